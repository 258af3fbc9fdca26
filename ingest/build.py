"""RawDocument (what a reader found) -> Document (normalised, with metadata)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ingest import settings
from ingest.dates import find_dateline
from ingest.document import Document, RawDocument
from ingest.errors import IngestError
from ingest.metadata import detect_doc_type, detect_provinces, detect_years, official_title
from ingest.normalize import doc_id, normalize_text, normalize_title


def max_chars() -> int:
    return int(settings.get("max_doc_chars"))


def _too_long(count: int, limit: int) -> IngestError:
    return IngestError(f"văn bản quá dài (over {count} characters; max_doc_chars is {limit})")


def capped_lines(lines: Iterable[str], already: int = 0) -> Iterator[str]:
    """Lines as a reader produces them, stopped with an error once they pass max_doc_chars, so a
    document that unpacks to millions of characters fails early instead of filling memory."""
    limit = max_chars()
    total = already
    for line in lines:
        total += len(line) + 1
        if total > limit:
            raise _too_long(limit, limit)
        yield line


def to_document(raw: RawDocument) -> Document:
    if len(raw.text) > max_chars():  # every reader: the text as read, before normalising it
        raise _too_long(len(raw.text), max_chars())
    text = normalize_text(raw.text)
    if not text:
        raise IngestError("không có nội dung văn bản (no text)")
    title = normalize_title(raw.title) or official_title(text) or _first_line(text)
    published = raw.published or find_dateline(text[:2000])
    return Document(
        id=doc_id(text),
        title=title,
        text=text,
        sources=[raw.source],
        published=published,
        years=detect_years(title, text, published),
        provinces=detect_provinces(title, text, raw.url, raw.source_name, raw.source),
        doc_type=detect_doc_type(title, text),
        format=raw.format,
        url=raw.url,
        source_name=raw.source_name,
        notes=list(raw.notes),
        ocr=list(raw.ocr),
    )


def _first_line(text: str, limit: int = 200) -> str:
    line = text.lstrip().split("\n", 1)[0]
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"
