"""RawDocument (what a reader found) -> Document (normalised, with metadata)."""
from __future__ import annotations

from ingest.dates import find_dateline
from ingest.document import Document, RawDocument
from ingest.errors import IngestError
from ingest.metadata import detect_doc_type, detect_provinces, detect_years, official_title
from ingest.normalize import doc_id, normalize_text, normalize_title


def to_document(raw: RawDocument) -> Document:
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
