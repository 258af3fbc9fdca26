"""Plain text and Markdown: the first non-empty line is the title."""
from __future__ import annotations

from collections.abc import Iterator

from ingest.decode import decode_bytes
from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".txt", ".md")


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    text, notes = decode_bytes(data)
    if not text.strip():
        raise IngestError("tệp rỗng (empty file)")
    # a Markdown heading is a title; otherwise build.to_document decides (official
    # documents open with the issuer's name, not the title)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first.lstrip("#").strip() if first.startswith("#") else ""
    yield RawDocument(source=name, text=text, title=title, format="txt", notes=notes)
