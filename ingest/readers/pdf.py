"""PDF through pdfplumber.

Pages are joined with a form feed ("\\f"): page N of a stored text is the
part after the (N-1)th form feed. We chose the form feed over visible
"[trang N]" markers because it adds no digits the figure extractor could
mistake for numbers, and offsets stay plain.

Lines that repeat at the top or bottom of most pages (running headers,
footers, page numbers) are dropped; characters printed twice (fake bold)
are removed with pdfplumber's dedupe_chars.

Scanned pages (no letters in the text layer, an image on the page) are rendered with
pypdfium2 at ocr_dpi and read by OCR (ingest/ocr.py); the other pages of a mixed PDF keep
their text layer. Setting ocr=force reads every page by OCR, ocr=off none.
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

from ingest import ocr
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
    pages, title, scanned = _extract(data)
    how = ocr.mode()
    if how == "force":
        scanned = list(range(len(pages)))
    if how == "off" and not any(p.strip() for p in pages):
        raise IngestError("không có lớp văn bản; cần OCR, mà OCR đang tắt (no text layer; needs OCR; BAOCAO_OCR=off)")
    found = []
    if scanned and how != "off":
        for page in ocr.recognise_pages(_rendered(data, scanned)):
            pages[page.page.page - 1] = page.text
            found.append(page.page)
    if not any(p.strip() for p in pages):
        if found:
            raise IngestError("OCR không đọc được chữ nào trong bản quét (no text layer, and no text found by OCR)")
        raise IngestError("không có lớp văn bản và không có ảnh trang để OCR (no text layer and no page image to OCR)")
    text = "\f".join(_drop_running_lines(pages))
    yield RawDocument(source=name, text=text, title=title, format="pdf", notes=ocr.notes(found), ocr=found)


def _needs_ocr(page, text: str) -> bool:
    """A scanned page: no letters in its text layer, and an image to read."""
    return not any(c.isalpha() for c in text) and bool(page.images)


def _rendered(data: bytes, indexes: list[int]) -> Iterator[tuple[int, object, int]]:
    """(page number, PIL image, dpi) of the given pages, rendered one at a time."""
    import pypdfium2 as pdfium

    resolution = ocr.dpi()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise IngestError(f"PDF hỏng, không dựng được trang để OCR (cannot render for OCR: {exc})") from None
    try:
        for i in indexes:
            page = pdf[i]
            width, height = page.get_size()  # points
            # a poster-sized page is rendered smaller rather than as a gigantic bitmap
            scale = min(resolution / 72, (ocr.MAX_PIXELS / max(1.0, width * height)) ** 0.5)
            image = page.render(scale=scale).to_pil()
            page.close()
            yield i + 1, image, round(scale * 72)
    finally:
        pdf.close()


def _extract(data: bytes) -> tuple[list[str], str, list[int]]:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            title = str((pdf.metadata or {}).get("Title") or "").strip()
            pages, scanned = [], []
            for i, page in enumerate(pdf.pages):
                pages.append(page.dedupe_chars().extract_text() or "")
                if _needs_ocr(page, pages[-1]):
                    scanned.append(i)
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
    return pages, title, scanned


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
