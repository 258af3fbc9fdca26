"""Places: provinces (from ingest/places.py, owned by the ingest helper), districts and
communes by their type word ("huyện Cần Giuộc", "xã Bình Lộc"), foreign places from
extract/data/places.toml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extract import trie
from extract.resources import load

from ingest.places import find_provinces as _find_provinces

# a capitalised name of one to four syllables ("Cần Giuộc", "Hồ Chí Minh", "Đắk R'Lấp")
# every upper-case Latin letter with Vietnamese diacritics (re has no \p{Lu})
UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x1F00) if chr(c).islower() and chr(c).isalpha())
NAME = rf"[{UPPER}][\w']*(?:[ -][{UPPER}][\w']*){{0,3}}"
NUMBERED = r"\d{1,2}"  # "Quận 1", "phường 5"
_LISTED = re.compile(rf"\s*(?:,|và)\s*(?:tỉnh\s+)?(?!Vương quốc|Cộng hòa|Nước|CHDCND)({NAME})(?!\w)")


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
    admin = dict(data["admin_words"])
    # "tỉnh" + a name that is not one of our provinces: kept only when a foreign country follows
    # ("tỉnh Prey Veng và Svay Rieng, Vương quốc Campuchia"), see find_places
    admin.setdefault("tỉnh", "foreign_province")
    # trie.first_chars: re skips positions that cannot start a match (a third of the time here)
    admin_re = re.compile(rf"{trie.first_chars(admin)}(?<!\w)({_alt(admin)})\s+({NAME}|{NUMBERED})(?!\w)")
    foreign = data["foreign"]["names"]
    foreign_re = re.compile(rf"{trie.first_chars(foreign)}(?<!\w)({trie.pattern(foreign)})(?!\w)")
    return admin_re, admin, foreign_re


@cache
def _context() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """Ambiguous country names, the title test after them, and what links a place to a country
    written after it."""
    data = load("places")
    ambiguous = frozenset(data["foreign"].get("ambiguous", []))
    # "Anh Nguyễn Văn Nam", "Anh Tuấn": a title before a person's name, not the United Kingdom
    person = re.compile(rf"[ ]+[{UPPER}][{LOWER}]*(?![\w.])")
    # "... Svay Rieng, Vương quốc Campuchia", "... (Lào)", "... của nước bạn Lào", "và Svay Rieng thuộc Campuchia",
    # (org33) "thành phố Qiqihar ở tỉnh Hắc Long Giang"; an ambiguous name before another capitalised word is none
    # ("xã Phổ Cường (Đức Phổ, Quảng Ngãi)")
    foreign = [n for n in data["foreign"]["names"] if n not in ambiguous]
    link = re.compile(rf"(?:\s*(?:,|và)\s*(?:tỉnh\s+)?{NAME})*{_LINK.pattern}"
                      rf"(?:(?i:vương quốc|nước bạn|nước|cộng hòa dân chủ nhân dân|cộng hòa|CHDCND|tỉnh|bang)\s+)?"
                      rf"(?:(?:{trie.pattern(foreign)})(?!\w)|(?:{_alt(ambiguous)})(?!\w)(?![ ]+[{UPPER}]))")
    return ambiguous, person, link


# what puts a place (or a body) inside the place written after it: "..., Campuchia", "(Lào)", "thuộc", "của", "ở"
_LINK = re.compile(r"\s*(?:,|\(|-|–|thuộc|của|ở)?\s*")


def _abroad(text: str, end: int) -> bool:
    """A foreign country is written right after the place (and the names listed with it)."""
    return _context()[2].match(text, end) is not None


def inside(text: str, end: int, names) -> bool:
    """(org33) One of `names` (places found abroad) is written right after `end`, linked as a place that holds
    what precedes it ("quận Angangxi ở Qiqihar", "Cục Tài nguyên đất của Qiqihar")."""
    link = _LINK.match(text, end)
    return bool(link) and link.end() > end and named_at(text, link.end(), names)


def named_at(text: str, at: int, names) -> bool:
    """One of `names` is written whole at `at`."""
    return any(text.startswith(n, at) and not text[at + len(n):at + len(n) + 1].isalnum() for n in names)


def provinces(text: str) -> list[tuple[int, int, str]]:
    return _find_provinces(text)


def find_places(text: str) -> list[FoundPlace]:
    return _places(text)[0]


def _places(text: str) -> tuple[list[FoundPlace], set[str]]:
    """The places of `text`, and the names of those its words put abroad (a type word's place linked to a
    foreign country or to another such place, and the names listed with it)."""
    admin_re, admin, foreign_re = _patterns()
    found: list[FoundPlace] = []
    taken = bytearray(len(text))  # characters inside a found place
    for start, end, canonical in provinces(text):
        found.append(FoundPlace(text[start:end], canonical, "province", start, end))
        taken[start:end] = b"\x01" * (end - start)
    ambiguous, person, _ = _context()
    abroad_names: set[str] = set()
    for m in admin_re.finditer(text):
        start, end = m.start(2), m.end(2)
        if any(taken[start:end]):
            continue
        kind = admin[m.group(1)]
        # (org33) inside a place found abroad before it ("quận Angangxi ở Qiqihar") is abroad too
        abroad = _abroad(text, end) or inside(text, end, abroad_names)
        if kind == "foreign_province" and not abroad:
            continue  # "tỉnh" + a name that is none of our provinces and not abroad: not a place
        found.append(FoundPlace(m.group(0), m.group(2), "foreign" if abroad else kind, m.start(), end))
        taken[start:end] = b"\x01" * (end - start)
        if abroad:  # the names listed after it ("tỉnh Prey Veng và Svay Rieng, ...") are abroad too
            abroad_names.add(m.group(2))
            while (more := _LISTED.match(text, end)) and not foreign_re.fullmatch(text, *more.span(1)):
                s2, e2 = more.span(1)
                if any(taken[s2:e2]):
                    break
                found.append(FoundPlace(more.group(1), more.group(1), "foreign", s2, e2))
                taken[s2:e2] = b"\x01" * (e2 - s2)
                abroad_names.add(more.group(1))
                end = e2
    for m in foreign_re.finditer(text):
        if any(taken[m.start():m.end()]):
            continue
        if m.group(1) in ambiguous and person.match(text, m.end()):
            continue  # "Anh Nguyễn Văn Nam": a title before a name
        found.append(FoundPlace(m.group(1), m.group(1), "foreign", m.start(), m.end()))
    found.sort(key=lambda p: p.start)
    return found, abroad_names


@lru_cache(maxsize=4)
def abroad(text: str) -> frozenset[str]:
    """(org33) The places `text` puts abroad by their type word ("quận Angangxi ở Qiqihar"), for the bodies whose
    own place is one of them (countries are read after a body by the organisations' own rules)."""
    return frozenset(_places(text)[1])
