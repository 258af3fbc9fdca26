"""Word .docx through python-docx: paragraphs and tables in document order.

Tables of figures are common in reports, so each table row becomes one line
with its cells joined by " | " (merged cells counted once).
(Named word.py, not docx.py, so it never shadows the python-docx package.)
"""
from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".docx",)
CELL_SEPARATOR = " | "


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_lines(document))
        title = (document.core_properties.title or "").strip()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError, zlib.error,
            EOFError) as exc:  # zlib.error: a damaged deflate stream inside the package (found by fuzzing)
        raise IngestError(f"tệp .docx hỏng (broken docx: {type(exc).__name__}: {exc})") from None
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError("tệp .docx không có nội dung (no text in docx)")
    if not title:
        title = next((p.text.strip() for p in document.paragraphs
                      if p.text.strip() and p.style is not None and p.style.name in ("Title", "Heading 1")), "")
    yield RawDocument(source=name, text=text, title=title, format="docx")


def _lines(document) -> Iterator[str]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            # one paragraph, one line; blank paragraphs mark paragraph breaks
            yield block.text
        elif isinstance(block, Table):
            yield from _table_rows(block)
            yield ""


def _table_rows(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # a merged cell appears once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            nested = [" ".join(r) for t in cell.tables for r in _table_rows(t)]
            cells.append(" ".join([cell.text.replace("\n", " ").strip(), *nested]).strip())
        if any(cells):
            yield CELL_SEPARATOR.join(cells)
