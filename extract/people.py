"""People: a Vietnamese full name after an honorific or title, or starting with a common
family name (three syllables or more), with the title written next to it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.places import UPPER
from extract import trie
from extract.resources import load


@dataclass(slots=True)
class FoundPerson:
    name: str
    title: str | None
    start: int
    end: int


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    data = load("people")
    syllable = rf"[{UPPER}][\w]*"
    honor = _alt(data["honorifics"]["words"])
    surnames = _alt(data["surnames"]["words"])
    titles = _alt(data["titles"]["starts"])
    # "đồng chí Trần Văn B" (2-4 syllables) or "Nguyễn Thị Phương Hoa" (family name + 2-3 syllables)
    starts = trie.first_chars([*data["honorifics"]["words"], *data["surnames"]["words"]])
    person = re.compile(
        rf"{starts}(?<!\w)(?:(?:{honor})\s+(?P<n1>{syllable}(?:\s+{syllable}){{1,3}})"
        rf"|(?P<n2>(?:{surnames})(?:\s+{syllable}){{2,3}}))(?!\w)"
    )
    title_after = re.compile(rf"\s*(?:,|-|–)\s*((?:{titles})[^,.;:()\n“”\"]{{0,90}})")
    title_before = re.compile(rf"((?:{titles})[^,.;:()\n“”\"]{{0,90}}?)\s*$")
    return person, title_after, title_before, frozenset(data["surnames"]["words"])


def find_people(text: str, taken: list[tuple[int, int]] = ()) -> list[FoundPerson]:
    """taken: spans already claimed by organisations and places (names inside them are not people)."""
    person, title_after, title_before, _ = _patterns()
    found: list[FoundPerson] = []
    mask = bytearray(len(text))
    for s, e in taken:
        mask[s:e] = b"\x01" * (e - s)
    pos = 0
    while True:
        m = person.search(text, pos)
        if not m:
            break
        group = "n1" if m.group("n1") else "n2"
        start, end = m.start(group), m.end(group)
        pos = m.start() + 1
        if any(mask[start:end]):
            continue
        if group == "n2":
            # "Hội LHPN Hà Nội Trần Thị Phương Hoa": a place before the name; restart at the family name
            words = m.group(group).split()
            later = [i for i, w in enumerate(words[1:], 1) if w in COMMON_SURNAMES]
            if later and later[0] >= 1 and words[0] not in COMMON_SURNAMES:
                pos = start + len(" ".join(words[:later[0]])) + 1
                continue
        pos = end
        title = None
        after = title_after.match(text, end)
        if after:
            title = after.group(1).strip()
        else:
            before = title_before.search(text, max(0, m.start() - 90), m.start())
            if before:
                title = before.group(1).strip()
        if title:
            title = _trim_title(title)
        found.append(FoundPerson(text[start:end], title, start, end))
    return found


# lower-case syllables that end an organisation name inside a title ("Tỉnh ủy", "Huyện đoàn")
_TITLE_TAIL = {"ủy", "uỷ", "đoàn", "tế", "an", "sự", "hội", "dân", "phòng", "tịch", "thư", "đốc", "trưởng", "viên",
               "khu", "lệnh"}
# the most common family names; a name starting with a rarer one ("Hà") may be a place before a name
COMMON_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"}


def _trim_title(title: str) -> str:
    """'Phó Bí thư Thường trực Tỉnh ủy dự' -> 'Phó Bí thư Thường trực Tỉnh ủy'."""
    words = title.split()
    last = 0
    for i, word in enumerate(words):
        if word[:1].isupper():
            last = i
    if last + 1 < len(words) and words[last + 1] in _TITLE_TAIL:
        last += 1
    if last + 1 < len(words) and words[last + 1].isdigit():
        last += 1  # "Tư lệnh Quân khu 7"
    return " ".join(words[: last + 1])
