"""The years a document reports on.

We look at each four-digit year in the text and at the words just before
and after it, rather than running many patterns over the whole text: long
articles have few years, so this stays fast (it runs for every document).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

# the lookahead first lets re skip positions without "19"/"20" cheaply (a lookbehind first does not)
_YEAR = re.compile(r"(?=19|20)(?<!\d)((?:19[4-9]|20[0-4])\d)(?!\d)")
_MAX_SPAN = 15  # "giai đoạn 2016-2020" yes; "(1930 - 2017)" is an anniversary, not a span
_BEFORE = 90  # characters of context looked at before a year

# "2016-2020", "2016 - 2020", "2016 đến năm 2020"
_SPAN_AFTER = re.compile(r"\s*(?:-|–|—|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*((?:19[4-9]|20[0-4])\d)(?!\d)",
                         re.IGNORECASE)
# "năm 2016", "6 tháng đầu năm 2017", "tháng 6/2017", "quý I/2017", "quý II năm 2017", "Tết Đinh Dậu 2017"
_PHRASE_BEFORE = re.compile(
    r"(?:\bnăm|\btháng\s+\d{1,2}\s*[/-]|\bquý\s+[IV1-4]+\s*[/-]|\bTết\s+\w+\s+\w+)\s*$", re.IGNORECASE
)
# "..., phương hướng nhiệm vụ năm 2013" in a report's title: next year's plan, not what is reported
_PLAN = re.compile(r"phương\s+hướng(?:\s+nhiệm\s+vụ)?\s+năm\s+((?:19[4-9]|20[0-4])\d)(?!\d)", re.IGNORECASE)
# a full date "12/01/2017": the day the text speaks of
_DATE_BEFORE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$")
# the year of a document number: "142/2008/QĐ-TTg", "12/2008/NĐ-CP", "05/2019/TT-BQP" (a type code
# of capitals follows it); the number names when another document was issued, never a reported year
_IDENTIFIER_AFTER = re.compile(r"\s?[/-]\s?[A-ZĐ]{2}")
# comparisons look back: "so với cùng kỳ năm 2016" says nothing about what is reported
_COMPARISON_BEFORE = re.compile(r"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _legal_before() -> re.Pattern:
    """A year inside a reference to another document: "Nghị quyết số 12-NQ/TW ngày 5/1/2015",
    "Chỉ thị 16/2008/CT-TTg", "Luật Nghĩa vụ quân sự năm 2015" (cues in data/legal_refs.txt)."""
    words = [
        line.strip()
        for line in resources.files("ingest").joinpath("data/legal_refs.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    cue = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    number = r"(?:\s+số)?\s*\d[\w/.-]*"
    dated = r"\s*,?\s*ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)"
    return re.compile(
        rf"(?:{cue})(?:(?:\s+số)?\s*[\w/.-]*|{number}{dated}|[^\n.,;:()]{{0,60}}\bnăm\s+)$", re.IGNORECASE
    )


def in_reference(text: str, start: int, end: int) -> bool:
    """Whether the year text[start:end] belongs to a document number or a reference to another
    document ("Quyết định 142/2008/QĐ-TTg", "Luật Nghĩa vụ quân sự năm 2015"): such a year never
    dates what the text reports. Also used by the extractor for the year of each figure."""
    if _IDENTIFIER_AFTER.match(text, end):
        return True
    return _legal_before().search(text[max(0, start - _BEFORE): start]) is not None


def _years_in(text: str, *, title: bool) -> tuple[list[range], Counter]:
    """(spans, counted years). In a title every year counts; in a body only reporting phrases and dates."""
    spans: list[range] = []
    counts: Counter = Counter()
    skip_until = -1
    for m in _YEAR.finditer(text):
        if m.start() < skip_until:
            continue
        before = text[max(0, m.start() - _BEFORE): m.start()]
        if in_reference(text, m.start(), m.end()) or _COMPARISON_BEFORE.search(before):
            continue
        year = int(m.group(1))
        if span := _SPAN_AFTER.match(text, m.end()):
            last = int(span.group(1))
            if 0 < last - year <= _MAX_SPAN:
                spans.append(range(year, last + 1))
                skip_until = span.end()
                continue
        if title or _PHRASE_BEFORE.search(before) or _DATE_BEFORE.search(before):
            counts[year] += 1
    return spans, counts


def detect_years(title: str, text: str, published: str | None = None) -> list[int]:
    """Years the document reports on, sorted.

    1. A title that names years decides ("Báo cáo ... năm 2016", "... giai
       đoạn 2011 - 2015"): the body's "phương hướng năm 2017" or "giai đoạn
       2016-2020" are plans, not what is reported (so is "phương hướng năm
       2013" in the title, when it names another year too). A document
       written before the years it names (a plan) also gets its own year.
    2. Else the publication year, with the body's spans that contain it
       ("ký kết chương trình phối hợp giai đoạn 2012 - 2016").
    3. Else the year the body's reporting phrases name most (the latest on a
       tie, as news reports on the present), with spans that contain it; a
       history piece listing models of 1950, 1951, ... is not filed under each.
    """
    title_spans, title_counts = _years_in(title, title=True)
    firm = {y for span in title_spans for y in span} | set(title_counts)
    if firm:
        plans = {int(m.group(1)) for m in _PLAN.finditer(title)}
        firm = firm - plans or firm
        # a plan written in 2020 for 2021 also belongs to 2020
        if published and int(published[:4]) < min(firm):
            firm.add(int(published[:4]))
        return sorted(firm)
    spans, counts = _years_in(text, title=False)
    if published:
        anchor = int(published[:4])
    elif counts:
        top = max(counts.values())
        anchor = max(y for y, n in counts.items() if n == top)
    else:
        return list(spans[0]) if spans else []  # no reporting phrase: the first span is all we have
    years = {anchor}
    years.update(y for span in spans if anchor in span for y in span)
    return sorted(years)
