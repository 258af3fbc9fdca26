"""Gazetteer of Vietnamese provinces (before and after the 2025 merger).

    find_provinces(text) -> [(start, end, canonical), ...]

Canonical names are the 63 pre-2025 names (TP Hồ Chí Minh for the city);
`after_2025(name)` gives the province it belongs to since 1 July 2025.
Matching is case-sensitive on the written form (and its all-caps form, for
headings) because several names are also common words: "hòa bình" is
"peace", "Hòa Bình" is the province.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ingest.normalize import normalize_title


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    after_2025: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    rows = []
    text = resources.files("ingest").joinpath("data/provinces.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, after, aliases = line.split("\t")
        rows.append(Province(
            normalize_title(name), normalize_title(after),
            tuple(normalize_title(a) for a in aliases.split(";") if a.strip()),
        ))
    return tuple(rows)


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, str]]:
    canonical: dict[str, str] = {}
    for p in provinces():
        for alias in (p.name, *p.aliases):
            canonical.setdefault(alias, p.name)
            canonical.setdefault(alias.upper(), p.name)
    # One group per first letter, longest first inside it (so "Bà Rịa - Vũng Tàu" wins over
    # "Bà ..."), behind a lookahead on those letters: re then skips most positions at once.
    by_first: dict[str, list[str]] = {}
    for alias in canonical:
        by_first.setdefault(alias[0], []).append(alias[1:])
    groups = "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(r) for r in sorted(rests, key=len, reverse=True)) + ")"
        for first, rests in sorted(by_first.items())
    )
    firsts = "".join(re.escape(c) for c in sorted(by_first))
    # not inside a longer word; "Hà Nam" must not match the start of "Hà Nam Ninh"
    pattern = re.compile(rf"(?=[{firsts}])(?<![\w.])({groups})(?![\w]| +[A-ZĐÂĂÊÔƠƯ][a-zà-ỹ])")
    return pattern, canonical


@lru_cache(maxsize=1)
def _not_provinces() -> re.Pattern:
    """Longer names that hold a province's name and are not it (data/not_provinces.txt): the
    Pacific, "Thái Bình Dương", is neither Thái Bình nor Bình Dương."""
    text = resources.files("ingest").joinpath("data/not_provinces.txt").read_text("utf-8")
    names = [normalize_title(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    names += [n.upper() for n in names]
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


# The last text searched and what was found: ingest looks for provinces in a document's text,
# then the extractor's place and organisation finders look again in the very same string object.
_LAST: list = [None, []]


def find_provinces(text: str) -> list[tuple[int, int, str]]:
    """Every province mention: (start, end, canonical name), in text order."""
    if _LAST[0] is text:  # the same object (held in _LAST, so its id cannot be reused meanwhile)
        return list(_LAST[1])
    pattern, canonical = _matcher()
    found = [(m.start(1), m.end(1), canonical[m.group(1)]) for m in pattern.finditer(text)]
    if found and (inside := [m.span() for m in _not_provinces().finditer(text)]):
        found = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e in inside)]
    _LAST[0], _LAST[1] = text, found
    return list(found)


def after_2025(name: str) -> str | None:
    for p in provinces():
        if p.name == name:
            return p.after_2025
    return None


def _fold(text: str) -> str:
    """'Quảng Ninh' -> 'quang-ninh' (for URLs and file names): ASCII, words joined by '-'."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text.lower() if c.isascii())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@lru_cache(maxsize=1)
def _slug_pattern() -> tuple[re.Pattern, dict[str, str]]:
    slugs = {}
    for p in provinces():
        for alias in (p.name, *p.aliases):
            hyphenated = _fold(alias)
            # "quang-ninh" in paths, "quangninh" in domains; short ones ("brvt") are too ambiguous
            for slug in (hyphenated, hyphenated.replace("-", "")):
                if len(slug.replace("-", "")) >= 5:
                    slugs.setdefault(slug, p.name)
    alternatives = sorted(slugs, key=len, reverse=True)
    # a newspaper domain like "baoquangninh.com.vn" or a path part like "bao-cao-nghe-an.pdf"
    pattern = re.compile(r"(?:^|[^a-z0-9]|bao)(" + "|".join(alternatives) + r")(?=$|[^a-z0-9]|online|news|tv)")
    return pattern, slugs


def provinces_in_source(*sources: str | None) -> list[str]:
    """Provinces implied by a URL, a publisher or a file path ("baothaibinh.com.vn", "nghe-an/bc.pdf")."""
    pattern, slugs = _slug_pattern()
    found: list[str] = []
    for source in sources:
        if not source:
            continue
        for m in pattern.finditer(_fold(source)):
            name = slugs[m.group(1)]
            if name not in found:
                found.append(name)
    return found
