"""Data files under extract/data, loaded once per process.

Everything staff may want to extend (organisation names, abbreviations, units, number words,
qualifiers, not-figure contexts, activity cues, places, people titles) lives in TOML files here,
so adding a spelling never means touching code.
"""
from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def lower_set(words) -> frozenset[str]:
    """A data list as the set of its words, NFC and lower-cased: the form the finders look words up in."""
    return frozenset(nfc(w).lower() for w in words)


@cache
def load(name: str) -> dict:
    """Parse extract/data/<name>.toml (cached: each file is read once per process)."""
    path = DATA_DIR / f"{name}.toml"
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return data


def lower_same_length(text: str) -> str:
    """text.lower() keeping every offset: the few characters whose lower case is longer stay as written."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
