"""Tables of figures: each number in a number column of a table whose header names a unit
column becomes a figure of its row (headers in extract/data/tables.toml).

The readers write a table row as one line, cells joined by " | " (.docx, .doc, .rtf, Excel).
A block of such lines is a table of figures when one of its rows (the header) has a unit
column ("Đơn vị tính", "ĐVT") and number columns (a year, "Kết quả", "Số lượng", "Kế hoạch").
Every row below the header is then read cell by cell: the label cell (the "Nội dung" column,
else the first column that is not a running number) names what was done, the unit cell what is
counted ("triệu đồng" folds its multiplier into the value, as figures.py does for prose), and
each number cell is one figure with the year its column header gives. Pure functions over
text; the spaCy component (extract/components.py: baocao_tables) puts the figures in place of
the ones find_figures made from the same cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract import figures as figures_mod
from extract import numbers
from extract.resources import load, nfc

SEPARATOR = "|"
_YEAR = re.compile(r"(?<!\d)((?:19[4-9]|20[0-4])\d)(?!\d)")
# a number cell: digits with Vietnamese thousands dots or a decimal comma, nothing else
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d+")


@dataclass(frozen=True, slots=True)
class Headers:
    unit: frozenset[str]
    label: frozenset[str]
    index: frozenset[str]
    number: tuple[str, ...]
    not_number: tuple[str, ...]


@cache
def headers() -> Headers:
    data = load("tables")["headers"]

    def norm(words):
        return [nfc(w).lower() for w in words]

    return Headers(frozenset(norm(data["unit"])), frozenset(norm(data["label"])), frozenset(norm(data["index"])),
                   tuple(norm(data["number"])), tuple(norm(data["not_number"])))


@dataclass(slots=True)
class TableFigure:
    value: float
    unit: str
    year: int | None
    start: int  # the number cell's text
    end: int
    text: str
    label: tuple[int, int]  # offsets of the row label
    row: tuple[int, int]  # offsets of the whole row line


@dataclass(slots=True)
class _Cell:
    text: str  # stripped
    start: int  # offset of the stripped text in the document


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    out = []
    pos = start
    for raw in text[start:end].split(SEPARATOR):
        lead = len(raw) - len(raw.lstrip())
        out.append(_Cell(raw.strip(), pos + lead))
        pos += len(raw) + 1
    return out


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _key(cell: str) -> str:
    return " ".join(nfc(cell).lower().replace(":", " ").split())


@dataclass(slots=True)
class _Layout:
    label: int
    unit: int
    numbers: dict[int, int | None]  # column -> year of its header (None: no year)


def _layout(cells: list[_Cell]) -> _Layout | None:
    """The header's columns, or None when the row is not the header of a table of figures."""
    h = headers()
    keys = [_key(c.text) for c in cells]
    unit = next((i for i, k in enumerate(keys) if k in h.unit), None)
    if unit is None:
        return None
    label = next((i for i, k in enumerate(keys) if k in h.label), None)
    if label is None:
        label = next((i for i, k in enumerate(keys) if i != unit and k not in h.index), None)
    cols: dict[int, int | None] = {}
    for i, k in enumerate(keys):
        if i in (unit, label) or not k or k in h.index or any(w in k for w in h.not_number):
            continue
        year = _YEAR.search(k)
        if year and len(_YEAR.findall(k)) == 1:
            cols[i] = int(year.group(1))
        elif any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", k) for w in h.number):
            cols[i] = None
    if label is None or not cols:
        return None
    return _Layout(label, unit, cols)


def find_table_figures(text: str) -> list[TableFigure]:
    if SEPARATOR not in text:
        return []
    g = figures_mod.grammar()
    out: list[TableFigure] = []
    layout: _Layout | None = None
    for start, end, line in _lines(text):
        if SEPARATOR not in line:
            layout = None  # a table ends at the first line that is not a row
            continue
        cells = _cells(text, start, end)
        header = _layout(cells)
        if header is not None:
            layout = header
            continue
        if layout is None or len(cells) <= max(layout.unit, layout.label):
            continue
        label = cells[layout.label]
        unit_cell = cells[layout.unit].text
        unit = figures_mod._unit_cell(unit_cell, g) if unit_cell else None
        if unit is None or not label.text:
            continue
        name, factor = unit
        for col, year in layout.numbers.items():
            if col >= len(cells):
                continue
            cell = cells[col]
            if not _NUMBER.fullmatch(cell.text):
                continue
            value = numbers.parse_digits(cell.text, has_multiplier=factor != 1.0) * factor
            out.append(TableFigure(value, name, year, cell.start, cell.start + len(cell.text), cell.text,
                                   (label.start, label.start + len(label.text)), (start, end)))
    return out
