"""When a figure happened: one year, or a period of several ("trong 5 năm 2011-2015").

Pure functions over text; baocao_attribution (extract/components.py) calls `time_of` per figure.
A year inside a document number or a reference to another document ("Quyết định
142/2008/QĐ-TTg", "Luật ... năm 2015") never dates a figure: ingest.years.in_reference decides,
for the document's years and the figures' alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.years import in_reference

_Y = r"(?:19[4-9]|20[0-4])\d"
YEAR = re.compile(rf"(?=19|20)(?<![\d.,])({_Y})(?![\d.,]\d|\d)")
# "2011 - 2015", "2011–2015", "2011 đến năm 2015", "từ năm 2018 đến nay"
_SPAN = re.compile(rf"(?<![\d.,])({_Y})\s*(?:-|–|—|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*(?:({_Y})(?!\d)|(nay|hiện\s+nay)\b)",
                   re.IGNORECASE)
MAX_SPAN = 15  # "(1930 - 2017)" is an anniversary, not a period
# "trong 5 năm (qua)", "qua 5 năm", "sau 10 năm", "5 năm qua", "5 năm trước đó", "5 năm gần đây"
_COUNT = r"(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười lăm|hai mươi)"
# (not the years ahead, "trong 12 năm tới"; not "2 năm liền", mostly how long something took)
_RELATIVE = re.compile(
    rf"(?:\b(?:trong|qua|sau|suốt)\s+(?:hơn\s+|gần\s+)?{_COUNT}\s+năm"
    rf"(?!\s+(?:(?:19|20)\d\d|tới|nữa|sắp\s+tới|tiếp\s+theo|liền|liên\s+tiếp)(?!\w))"
    rf"|(?<![\w.,]){_COUNT}\s+năm\s+(?:qua|trước\s+đó|trước|gần\s+đây))(?!\w)",
    re.IGNORECASE)
_SPELLED = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
            "mười lăm": 15, "hai mươi": 20}


@dataclass(frozen=True, slots=True)
class Period:
    start: int  # offsets of the expression
    end: int
    first: int  # years
    last: int


def years(text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, year) of the years in text[lo:hi] that may date a figure (not document numbers)."""
    return [(m.start(), m.end(), int(m.group(1))) for m in YEAR.finditer(text, lo, hi)
            if not in_reference(text, m.start(), m.end())]


def spans(text: str, lo: int, hi: int, now: int | None) -> list[Period]:
    """Explicit periods in text[lo:hi]; "đến nay" ends at `now` (the document's year)."""
    out = []
    for m in _SPAN.finditer(text, lo, hi):
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else now
        if last is not None and 0 < last - first <= MAX_SPAN and not in_reference(text, m.start(1), m.end(1)):
            out.append(Period(m.start(), m.end(), first, last))
    return out


def document_period(title: str) -> tuple[int, int] | None:
    """The period a document's title names ("Báo cáo tổng kết ... giai đoạn 2011 - 2015")."""
    found = spans(title, 0, len(title), None)
    return (found[0].first, found[0].last) if found else None


def relative(text: str, lo: int, hi: int, now: int | None, doc_period: tuple[int, int] | None) -> list[Period]:
    """ "trong 5 năm qua" as years. In a report on a period of that length written at its end,
    the period itself; in one written at its start (a programme signed for 2011-2015), the
    years before it; else the N years up to the document's year."""
    out = []
    for m in _RELATIVE.finditer(text, lo, hi):
        word = (m.group(1) or m.group(2)).lower()
        n = int(word) if word.isdigit() else _SPELLED.get(" ".join(word.split()), 0)
        if not 2 <= n <= MAX_SPAN:
            continue
        if doc_period and doc_period[1] - doc_period[0] + 1 == n and now is not None:
            first, last = doc_period if now >= doc_period[1] else (doc_period[0] - n, doc_period[0] - 1)
        elif now is not None:
            first, last = now - n + 1, now
        else:
            continue
        out.append(Period(m.start(), m.end(), first, last))
    return out


def time_of(text: str, sent: tuple[int, int], pos: int, now: int | None,
            doc_period: tuple[int, int] | None) -> tuple[int, int] | int | None:
    """The time a figure at `pos` is written in: a period (first, last), a year, or None when its
    sentence names neither. The nearest expression before the figure wins, else the first after
    it ("... 156 lớp cảm tình đoàn trong 5 năm qua")."""
    marks: list[tuple[int, int, object]] = []
    periods = spans(text, *sent, now) + relative(text, *sent, now, doc_period)
    for p in periods:
        marks.append((p.start, p.end, (p.first, p.last)))
    for start, end, year in years(text, *sent):
        if not any(p.start <= start < p.end for p in periods):
            marks.append((start, end, year))
    if not marks:
        return None
    marks.sort(key=lambda m: m[0])
    before = [m for m in marks if m[0] <= pos]
    return (before[-1] if before else marks[0])[2]
