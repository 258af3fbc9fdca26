"""What a figure is to the figures beside it (extract.records.FIGURE_ROLES): a rate, a part of a
total written with it, that total, or a plain figure. Sums over figures add plain figures and
totals only (records.SUMMED_ROLES), so "312 tỷ đồng, trong đó ... 50 tỷ đồng" is not 362 tỷ.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

# "mỗi hộ 5 triệu đồng", "mỗi suất trị giá 500.000 đồng", "với mức 2 triệu đồng/người/tháng"
# ("mỗi năm 40 suất quà" is the same each year, not per someone: time words are not rates)
_EACH_BEFORE = re.compile(r"\b(?:mỗi|mỗi một|bình quân|trung bình)\s+(?!(?:năm|tháng|quý|tuần|ngày|đợt|kỳ)\b)"
                          r"\w+(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
# the unit followed by "/người", "/hộ", "/nhà", "/tháng": an amount per someone
_PER_AFTER = re.compile(r"\s?/\s?[^\W\d_]")
# a part follows its total in the sentence: "..., trong đó 50 tỷ đồng", "gồm 620 tấn gạo"
_PARTS_MARK = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm|gồm\s+có|cụ\s+thể)(?!\w)", re.IGNORECASE)
# a numbered list: items are lines "1. ...", "a) ...", "- ..."; sections open with "II. ..."
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zđ][.)]|[-+•–])\s", re.MULTILINE)
_SECTION = re.compile(r"^\s*(?:[IVX]{1,5}\.|PHẦN\s|Phần\s)", re.MULTILINE)


def is_rate(text: str, start: int, end: int, clause_start: int) -> bool:
    if _PER_AFTER.match(text, end):
        return True
    return _EACH_BEFORE.search(text, max(clause_start, start - 40), start) is not None


def assign(text: str, figs, sentence_of) -> None:
    """Sets `role` on each figure (records sorted by start); `sentence_of(pos)` -> (start, end)."""
    for fig in figs:
        lo = text.rfind(",", sentence_of(fig.start)[0], fig.start)
        if is_rate(text, fig.start, fig.end, max(lo + 1, sentence_of(fig.start)[0])):
            fig.role = "rate"
    _parts_in_sentences(text, figs, sentence_of)
    _list_totals(text, figs)


def _parts_in_sentences(text: str, figs, sentence_of) -> None:
    """After "trong đó"/"gồm", a figure whose unit an earlier figure of the sentence has is one of
    its parts; that earlier figure is their total."""
    by_sentence: dict[tuple[int, int], list] = defaultdict(list)
    for fig in figs:
        by_sentence[sentence_of(fig.start)].append(fig)
    for (s, e), group in by_sentence.items():
        if len(group) < 2:
            continue
        for mark in _PARTS_MARK.finditer(text, s, e):
            before = [f for f in group if f.end <= mark.start() and f.role != "rate"]
            for fig in group:
                if fig.start < mark.end() or fig.role == "rate" or fig.unit == "%":
                    continue
                total = next((f for f in reversed(before) if f.unit == fig.unit and f.value >= fig.value), None)
                if total is not None and total.role != "part":
                    total.role = "total"
                    fig.role = "part"


def _list_totals(text: str, figs) -> None:
    """A line closing a numbered list ("Đến ngày 25/12 đã phân bổ 281 tỷ 960 triệu đồng" after
    items 1-5) whose figure is at least the sum of the items' figures of its unit is their total:
    the items are its parts. The sum test keeps an unrelated larger figure from claiming them."""
    items = []
    for m in _ITEM.finditer(text):
        end = text.find("\n", m.start())
        items.append((m.start(), len(text) if end < 0 else end))
    if len(items) < 2 or not figs:
        return
    sections = [m.start() for m in _SECTION.finditer(text)] + [len(text)]
    bounds = [(0, sections[0])] + list(zip(sections, sections[1:]))
    item_starts = [a for a, _ in items]
    fig_starts = [f.start for f in figs]
    for lo, hi in bounds:
        lines = items[bisect_left(item_starts, lo):bisect_left(item_starts, hi)]
        if len(lines) < 2:
            continue
        inside = figs[bisect_left(fig_starts, lo):bisect_left(fig_starts, hi)]
        # the closing line is the one right after the last item
        last_item_end = lines[-1][1]
        close_end = text.find("\n", last_item_end + 1)
        close_end = hi if close_end < 0 else min(close_end, hi)
        line_starts = [a for a, _ in lines]

        def in_item(pos: int) -> bool:
            i = bisect_right(line_starts, pos) - 1
            return i >= 0 and pos < lines[i][1]

        in_items = [f for f in inside if in_item(f.start)]
        closing = [f for f in inside if last_item_end <= f.start < close_end]
        for total in closing:
            if total.role != "plain":
                continue
            parts = [f for f in in_items if f.unit == total.unit and f.role == "plain"]
            if len(parts) >= 2 and sum(f.value for f in parts) <= total.value * (1 + 1e-9):
                total.role = "total"
                for f in parts:
                    f.role = "part"
