"""Word .docx through python-docx: paragraphs and tables in document order.

Tables of figures are common in reports, so each table row becomes one line
with its cells joined by " | " (merged cells counted once).

Legacy Vietnamese (ingest/legacy.py): a run set in a .VnTime/VNI-Times font is converted
from its font's encoding (upper case for the .VnTimeH fonts); a paragraph with no such
run is converted only when its own text says it is legacy. The .doc, .rtf and .odt
readers (ingest/readers/office.py) convert to .docx and read it here.
(Named word.py, not docx.py, so it never shadows the python-docx package.)
"""
from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from ingest import legacy
from ingest.document import RawDocument
from ingest.build import capped_lines
from ingest.errors import IngestError
from ingest.readers.zip import check_package

SUFFIXES = (".docx",)
CELL_SEPARATOR = " | "


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    yield read_docx(data, name, "docx")


def read_docx(data: bytes, name: str, fmt: str, label: str = ".docx") -> RawDocument:
    """The document of a .docx package; `fmt`/`label` name the original format in errors."""
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    check_package(data, label)
    found: set[str] = set()
    try:
        document = docx.Document(io.BytesIO(data))
        default_font = _default_font(document)
        lines = list(capped_lines(_lines(document, default_font, found)))
        title = (document.core_properties.title or "").strip()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError, zlib.error,
            EOFError) as exc:  # zlib.error: a damaged deflate stream inside the package (found by fuzzing)
        raise IngestError(f"tệp {label} hỏng (broken {label[1:]}: {type(exc).__name__}: {exc})") from None
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError(f"tệp {label} không có nội dung (no text in {label[1:]})")
    if not title:
        title = next((_text(p, default_font, set()).strip() for p in document.paragraphs
                      if p.text.strip() and p.style is not None and p.style.name in ("Title", "Heading 1")), "")
    notes = [legacy.note(enc) for enc in legacy.ENCODINGS if enc in found]
    return RawDocument(source=name, text=text, title=title, format=fmt, notes=notes)


def _lines(document, default_font: str | None, found: set[str]) -> Iterator[str]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            # one paragraph, one line; blank paragraphs mark paragraph breaks
            yield _text(block, default_font, found)
        elif isinstance(block, Table):
            yield from _table_rows(block, default_font, found)
            yield ""


def _default_font(document) -> str | None:
    """The font of text that names none: the Normal style's, else the document defaults'."""
    try:
        normal = document.styles["Normal"].font.name
    except KeyError:
        normal = None
    if normal:
        return normal
    fonts = document.styles.element.find(".//" + qn("w:rPrDefault") + "/" + qn("w:rPr") + "/" + qn("w:rFonts"))
    return fonts.get(qn("w:ascii")) if fonts is not None else None


def _style_font(paragraph: Paragraph, default_font: str | None) -> str | None:
    style = paragraph.style
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    return default_font


def _text(paragraph: Paragraph, default_font: str | None, found: set[str]) -> str:
    """The paragraph's text, legacy runs converted (see the module docstring)."""
    text = paragraph.text
    if not text or not any(ord(c) > 127 for c in text):
        return text
    base = _style_font(paragraph, default_font)
    parts, by_font = [], False
    for item in paragraph.iter_inner_content():
        for run in (item.runs if isinstance(item, Hyperlink) else [item]):
            evidence = legacy.font_encoding(run.font.name or base)
            if evidence and not legacy.looks_unicode(run.text):  # Unicode typed in an old font stays
                by_font = True
                found.add(evidence[0])
                parts.append(legacy.convert(_run_text(run), evidence[0], upper=evidence[1]))
            else:
                parts.append(run.text)
    if by_font:
        return "".join(parts)
    converted, encoding = legacy.fix_text(text)
    if encoding:
        found.add(encoding)
    return converted


_SOFT_HYPHEN = qn("w:softHyphen")
_TEXT_TAGS = frozenset(qn(f"w:{t}") for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab"))


def _run_text(run) -> str:
    """run.text, except that a soft hyphen is kept: TCVN3 writes "ư" as byte 0xAD, the soft
    hyphen of Windows-1252, which Word and LibreOffice store as <w:softHyphen/> and
    python-docx drops ("l\xadîng" is "lượng")."""
    if run._r.find(_SOFT_HYPHEN) is None:
        return run.text
    parts = []
    for child in run._r:
        if child.tag == _SOFT_HYPHEN:
            parts.append("\xad")
        elif child.tag in _TEXT_TAGS:
            parts.append(str(child))  # python-docx's own text for w:t, w:tab, w:br ...
    return "".join(parts)


def _table_rows(table: Table, default_font: str | None = None, found: set[str] | None = None) -> Iterator[str]:
    found = set() if found is None else found
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # a merged cell appears once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            nested = [" ".join(r) for t in cell.tables for r in _table_rows(t, default_font, found)]
            text = " ".join(_text(p, default_font, found) for p in cell.paragraphs)
            cells.append(" ".join([" ".join(text.split()), *nested]).strip())
        if any(cells):
            yield CELL_SEPARATOR.join(cells)
