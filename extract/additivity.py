"""The additivity class of a unit: may figures in this unit be added up?

Data in extract/data/additivity.toml (the one home of the vocabulary). Counts, money and
measures add; percentages, rates, levels, ordinals, durations and frequencies do not.
"""
from __future__ import annotations

import tomllib
import unicodedata
from functools import lru_cache
from pathlib import Path

DEFAULT = "count"  # a counted noun not named in the file


@lru_cache(maxsize=1)
def _table() -> dict:
    data = tomllib.loads((Path(__file__).parent / "data" / "additivity.toml").read_text(encoding="utf-8"))
    return data["class"]


@lru_cache(maxsize=1)
def _by_unit() -> dict[str, str]:
    return {u: name for name, spec in _table().items() for u in spec.get("units", [])}


def classes() -> dict[str, dict]:
    """class name -> {"additive": bool, "label": Vietnamese label}, in file order."""
    return {name: {"additive": spec["additive"], "label": spec["label"]} for name, spec in _table().items()}


@lru_cache(maxsize=4096)
def additivity(unit: str | None) -> str:
    """The class of a stored (or corrected) unit; units are compared lower case, NFC."""
    u = unicodedata.normalize("NFC", (unit or "").strip().lower())
    found = _by_unit().get(u)
    if found:
        return found
    for name, spec in _table().items():
        if any(mark in f" {u} " for mark in spec.get("per_marks", [])):
            return name
    return DEFAULT


def additive(unit: str | None) -> bool:
    return _table()[additivity(unit)]["additive"]


def label(name: str) -> str:
    return _table()[name]["label"] if name in _table() else name
