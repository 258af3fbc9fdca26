"""Places: provinces (from ingest/places.py, owned by the ingest helper), districts and
communes by their type word ("huyện Cần Giuộc", "xã Bình Lộc"), foreign places from
extract/data/places.toml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract import trie
from extract.resources import load

from ingest.places import find_provinces as _find_provinces

# a capitalised name of one to four syllables ("Cần Giuộc", "Hồ Chí Minh", "Đắk R'Lấp")
# every upper-case Latin letter with Vietnamese diacritics (re has no \p{Lu})
UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha())
NAME = rf"[{UPPER}][\w']*(?:[ -][{UPPER}][\w']*){{0,3}}"
NUMBERED = r"\d{1,2}"  # "Quận 1", "phường 5"


@dataclass(slots=True)
class FoundPlace:
    name: str
    canonical: str
    kind: str
    start: int
    end: int


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    data = load("places")
    admin = data["admin_words"]
    # trie.first_chars: re skips positions that cannot start a match (a third of the time here)
    admin_re = re.compile(rf"{trie.first_chars(admin)}(?<!\w)({_alt(admin)})\s+({NAME}|{NUMBERED})(?!\w)")
    foreign = data["foreign"]["names"]
    foreign_re = re.compile(rf"{trie.first_chars(foreign)}(?<!\w)({trie.pattern(foreign)})(?!\w)")
    return admin_re, admin, foreign_re


def provinces(text: str) -> list[tuple[int, int, str]]:
    return _find_provinces(text)


def find_places(text: str) -> list[FoundPlace]:
    admin_re, admin, foreign_re = _patterns()
    found: list[FoundPlace] = []
    taken = bytearray(len(text))  # characters inside a found place
    for start, end, canonical in provinces(text):
        found.append(FoundPlace(text[start:end], canonical, "province", start, end))
        taken[start:end] = b"\x01" * (end - start)
    for m in admin_re.finditer(text):
        start, end = m.start(2), m.end(2)
        if any(taken[start:end]):
            continue
        kind = admin[m.group(1)]
        found.append(FoundPlace(m.group(0), m.group(2), kind, m.start(), end))
        taken[start:end] = b"\x01" * (end - start)
    for m in foreign_re.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        found.append(FoundPlace(m.group(1), m.group(1), "foreign", m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    return found
