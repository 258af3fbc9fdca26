"""What a document is about: the years it reports on, its provinces, its type."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from ingest.places import find_provinces, provinces_in_source

_Y = r"((?:19[4-9]|20[0-4])\d)"
_DASH = r"\s*(?:-|–|—|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*"
# "giai đoạn 2016-2020", "nhiệm kỳ 2017 - 2022", "từ năm 2016 đến năm 2020", "năm học 2016-2017"
_SPAN = re.compile(
    rf"(?:giai đoạn|nhiệm kỳ|năm học|niên khóa|thời kỳ|từ năm|từ|kế hoạch)?\s*\(?{_Y}{_DASH}{_Y}\b",
    re.IGNORECASE,
)
# "năm 2016", "6 tháng đầu năm 2017", "tháng 6/2017", "quý I/2017", "Tết Đinh Dậu 2017"
_PHRASE = re.compile(
    rf"(?:\bnăm|\btháng\s+\d{{1,2}}\s*[/-]|\bquý\s+[IV1-4]+\s*[/-]|\bquý\s+[IV1-4]+\s+năm|\bTết\s+\w+\s+\w+)\s*{_Y}\b",
    re.IGNORECASE,
)
# a full date: "12/01/2017", "ngày 12 tháng 1 năm 2017"
_DATE = re.compile(rf"\b\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_Y}\b|ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+{_Y}",
                   re.IGNORECASE)
# comparisons look back: "so với cùng kỳ năm 2016" says nothing about what is reported
_COMPARISON = re.compile(rf"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?{_Y}", re.IGNORECASE)
_ANY_YEAR = re.compile(rf"(?<![\d/.-]){_Y}(?![\d])")
_MAX_SPAN = 15


@lru_cache(maxsize=1)
def _legal_ref() -> re.Pattern:
    words = [
        line.strip()
        for line in resources.files("ingest").joinpath("data/legal_refs.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    cue = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    date = r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
    # "Nghị quyết số 12-NQ/TW ngày 5/1/2015", "Chỉ thị 16/2008/CT-TTg",
    # "Luật Nghĩa vụ quân sự năm 2015"
    return re.compile(
        rf"(?:{cue})(?:\s+số)?\s*(?:\d[\w/.-]*|[^\n.,;:()]{{0,60}}?\bnăm\s+\d{{4}})(?:\s*,?\s*ngày\s+{date})?",
        re.IGNORECASE,
    )


def _masked(text: str) -> str:
    """The text with document references and comparisons blanked out (same length, offsets kept)."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group(0))
    return _COMPARISON.sub(blank, _legal_ref().sub(blank, text))


def _spans(text: str) -> tuple[list[int], str]:
    years: list[int] = []

    def take(m: re.Match) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= _MAX_SPAN:
            years.extend(range(first, last + 1))
            return " " * len(m.group(0))
        return m.group(0)

    return years, _SPAN.sub(take, text)


def detect_years(title: str, text: str, published: str | None = None) -> list[int]:
    """Years the document reports on, sorted.

    The title's years (or else the publication year) anchor the result. Spans
    ("giai đoạn 2016-2020") always count with every year in them; other years
    in the body count when near an anchor or repeated, so a 2017 report that
    recalls "năm 2010" once is not filed under 2010.
    """
    title_spans, title_rest = _spans(_masked(title))
    title_years = set(title_spans) | {int(y) for y in _ANY_YEAR.findall(title_rest)}
    anchors = set(title_years)
    if not anchors and published:
        anchors.add(int(published[:4]))
    body_spans, rest = _spans(_masked(text))
    counts = Counter(int(y) for y in _PHRASE.findall(rest))
    for m in _DATE.finditer(rest):
        counts[int(m.group(1) or m.group(2))] += 1
    years = anchors | set(body_spans)
    for year, count in counts.items():
        if not anchors or count >= 2 or min(anchors) - 1 <= year <= max(anchors) + 1:
            years.add(year)
    return sorted(years)


def detect_provinces(title: str, text: str, *sources: str | None) -> list[str]:
    """Provinces implied by the source first, then those named, in order of first mention."""
    found = provinces_in_source(*sources)
    for _, _, name in find_provinces(title + "\n" + text):
        if name not in found:
            found.append(name)
    return found


@lru_cache(maxsize=1)
def _doc_type_cues() -> list[tuple[str, str]]:
    rows = resources.files("ingest").joinpath("data/doc_types.tsv").read_text("utf-8").splitlines()
    return [tuple(r.split("\t")) for r in rows if r.strip() and not r.startswith("#")]


def _starts_with_cue(line: str, cue: str) -> bool:
    if line[: len(cue)].casefold() != cue.casefold():
        return False
    rest = line[len(cue):]
    if rest[:1].isalpha():  # a longer word
        return False
    words = rest.split(None, 1)
    # "Báo cáo viên" is a lecturer, not a report
    return not words or words[0].casefold() != "viên"


_HEAD_LINES = 8
_HEADING_CHARS = 120


def detect_doc_type(title: str, text: str) -> str:
    """A key of DOC_TYPES from a cue at the start of the title or of a heading near the top."""
    cues = _doc_type_cues()
    for key, cue in cues:
        if _starts_with_cue(title.strip(), cue):
            return key
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    for line in lines:
        for key, cue in cues:
            # an all-caps heading ("BÁO CÁO") or a short line, not a sentence that opens with the word
            if line.startswith(cue.upper()) or (len(line) <= _HEADING_CHARS and _starts_with_cue(line, cue)):
                return key
    return "tin_bai"
