"""PDF through pdfplumber.

Pages are joined with a form feed ("\\f"): page N of a stored text is the
part after the (N-1)th form feed. We chose the form feed over visible
"[trang N]" markers because it adds no digits the figure extractor could
mistake for numbers, and offsets stay plain.

Lines that repeat at the top or bottom of most pages (running headers,
footers, page numbers) are dropped; characters printed twice (fake bold)
are removed with pdfplumber's dedupe_chars.
"""
from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSEOF, PSSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".pdf",)

# lines this close to a page's top or bottom are header/footer candidates
_EDGE_LINES = 2
# a line is running matter when it recurs on at least this share of pages
_REPEAT_SHARE = 0.5
_PAGE_NUMBER = re.compile(r"^\W*(?:trang|page)?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\W*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    head = data[:1024]
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    if b"%PDF-" not in head:
        raise IngestError("PDF hỏng: không có phần đầu %PDF (corrupt PDF: no %PDF header)")
    if b"%%EOF" not in data[-8192:]:
        raise IngestError("PDF bị cắt cụt: thiếu %%EOF (truncated PDF)")
    pages, title = _extract(data)
    if not any(p.strip() for p in pages):
        raise IngestError("không có lớp văn bản; cần OCR (no text layer; needs OCR)")
    text = "\f".join(_drop_running_lines(pages))
    yield RawDocument(source=name, text=text, title=title, format="pdf")


def _extract(data: bytes) -> tuple[list[str], str]:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            title = str((pdf.metadata or {}).get("Title") or "").strip()
            pages = [(page.dedupe_chars().extract_text() or "") for page in pdf.pages]
    except PdfminerException as exc:
        raise IngestError(_reason(exc.args[0] if exc.args else exc)) from None
    except (PDFPasswordIncorrect, PDFEncryptionError, PDFSyntaxError, PSEOF, PSSyntaxError) as exc:
        raise IngestError(_reason(exc)) from None
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, AssertionError, ZeroDivisionError,
            RecursionError) as exc:
        # pdfminer meets damaged object streams with whatever its code raises next (fuzzing found
        # "TypeError: 'NoneType' object is not iterable"): a corrupt file, said so
        raise IngestError(_reason(exc)) from None
    # producers put "untitled" or a file name into Title; only a sentence-like title is a title
    if title.lower().endswith((".doc", ".docx", ".pdf")) or title.lower() in ("untitled", "microsoft word"):
        title = ""
    return pages, title


def _reason(exc: object) -> str:
    if isinstance(exc, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "PDF có mật khẩu (password-protected PDF)"
    if isinstance(exc, PSEOF):
        return "PDF bị cắt cụt (truncated PDF)"
    return f"PDF hỏng (corrupt PDF: {type(exc).__name__}: {exc})"


def _drop_running_lines(pages: list[str]) -> list[str]:
    """Remove headers/footers that recur on many pages and bare page numbers."""
    split = [page.split("\n") for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        keys = {_key(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]}
        edges.update(k for k in keys if k)
    repeated = {k for k, n in edges.items() if len(pages) >= 2 and n >= max(2, _REPEAT_SHARE * len(pages))}
    cleaned = []
    for lines in split:
        edge = set(range(_EDGE_LINES)) | set(range(len(lines) - _EDGE_LINES, len(lines)))
        kept = [
            line for i, line in enumerate(lines)
            if not (i in edge and (_key(line) in repeated or _PAGE_NUMBER.match(line)))
        ]
        cleaned.append("\n".join(kept))
    return cleaned


def _key(line: str) -> str:
    """Page numbers differ from page to page: compare lines with digits blanked."""
    return _DIGITS.sub("#", " ".join(line.split()).lower())
