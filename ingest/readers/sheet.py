"""Excel workbooks: .xlsx through openpyxl, .xls (Excel 97-2003) through xlrd.

Every sheet becomes lines of text, one row a line with its non-empty cells joined by " | "
(as the .docx reader writes table rows), so a results annex ("Phụ lục: kết quả thực hiện":
nội dung | đơn vị tính | 2019 | 2020) reaches the extractor's table component
(extract/tables.py) as a table. In a workbook of several sheets, each sheet with a name of its
own (not "Sheet1") opens with that name.

Numbers are written as Vietnamese texts write them: "1500", "2,5" (decimal comma), so the
figure parser reads them like any report. Legacy Vietnamese in a cell is converted from the
cell's font (.VnTime -> TCVN3, VNI-Times -> VNI; xlrd and openpyxl both give it), else only
when the cell's text itself says so (ingest/legacy.py).

openpyxl against python-calamine: calamine reads our annexes ~3x faster but gives no fonts,
and the font is the best evidence of a legacy encoding; the workbooks of reports are small.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest import legacy
from ingest.document import RawDocument
from ingest.build import capped_lines
from ingest.errors import IngestError
from ingest.readers.zip import check_package

SUFFIXES = (".xlsx", ".xls")
CELL_SEPARATOR = " | "
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DEFAULT_SHEET = re.compile(r"(?:sheet|trang tính|feuil|tabelle)\s*\d*", re.IGNORECASE)


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    suffix = Path(name).suffix.lower()
    found: set[str] = set()
    if suffix == ".xlsx" and data.startswith(_OLE):
        # an encrypted .xlsx is an OLE container (EncryptionInfo + EncryptedPackage), not a zip
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise IngestError("tệp .xlsx được bảo vệ bằng mật khẩu (password-protected workbook)")
    if suffix == ".xls" or data.startswith(_OLE):
        sheets, title = _xls(data), ""
    else:
        check_package(data, ".xlsx")
        sheets, title = _xlsx(data)
    lines: list[str] = []
    named = len(sheets) > 1
    for sheet_name, rows in sheets:
        block = list(capped_lines((_row(row, found) for row in rows), sum(map(len, lines))))
        # (an empty row stays: a paragraph break)
        while block and not block[-1]:
            block.pop()
        if not any(block):
            continue
        if lines:
            lines.append("")
        if named and not _DEFAULT_SHEET.fullmatch(sheet_name.strip()):
            lines.append(_cell(sheet_name, None, found))
        lines.extend(block)
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError("bảng tính không có nội dung (no text in workbook)")
    notes = [legacy.note(enc) for enc in legacy.ENCODINGS if enc in found]
    yield RawDocument(source=name, text=text, title=title, format=suffix[1:], notes=notes)


def _row(row, found: set[str]) -> str:
    """One row: empty cells between filled ones stay (as "| |"), so columns keep their place."""
    cells = [_cell(v, f, found) for v, f in row]
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    return CELL_SEPARATOR.join(cells)


Rows = Iterable[list[tuple[object, str | None]]]  # (value, font name) per cell


def _xlsx(data: bytes) -> tuple[list[tuple[str, Rows]], str]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # not read_only: merged cells and fonts need the full model; report annexes are small
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise IngestError(f"tệp .xlsx hỏng (broken xlsx: {type(exc).__name__}: {exc})") from None
    sheets = []
    for ws in book.worksheets:
        rows = [[(c.value, c.font.name if c.font is not None else None) for c in row] for row in ws.iter_rows()]
        sheets.append((ws.title, rows))
    return sheets, (book.properties.title or "").strip()


def _xls(data: bytes) -> list[tuple[str, Rows]]:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=False)
    except xlrd.biffh.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise IngestError("tệp .xls được bảo vệ bằng mật khẩu (password-protected Excel 97 file)") from None
        raise IngestError(f"tệp .xls hỏng (broken xls: {exc})") from None
    except (AssertionError, IndexError, ValueError, KeyError, EOFError, OSError, struct_error()) as exc:
        raise IngestError(f"tệp .xls hỏng hoặc bị cắt cụt (broken or truncated xls: {type(exc).__name__}: {exc})") from None
    sheets = []
    for sh in book.sheets():
        rows = []
        for r in range(sh.nrows):
            row = []
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                value = cell.value
                if cell.ctype == xlrd.XL_CELL_EMPTY or cell.ctype == xlrd.XL_CELL_BLANK:
                    value = None
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN or cell.ctype == xlrd.XL_CELL_ERROR:
                    value = None
                font = book.font_list[book.xf_list[cell.xf_index].font_index].name if cell.xf_index is not None else None
                row.append((value, font))
            rows.append(row)
        sheets.append((sh.name, rows))
    return sheets


def struct_error() -> type:
    import struct

    return struct.error


def _cell(value: object, font: str | None, found: set[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return format_number(value)
    if hasattr(value, "isoformat"):  # dates: "2019-12-31"
        return value.isoformat()[:10]
    text = " ".join(str(value).split())
    if not text or not any(ord(c) > 127 for c in text):
        return text
    evidence = legacy.font_encoding(font)
    if evidence and not legacy.looks_unicode(text):  # Unicode typed in an old font stays
        found.add(evidence[0])
        return legacy.convert(text, evidence[0], upper=evidence[1])
    converted, encoding = legacy.fix_text(text)
    if encoding:
        found.add(encoding)
    return converted


def format_number(value: float) -> str:
    """1500.0 -> '1500'; 2.5 -> '2,5' (the Vietnamese decimal comma)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")
