"""Reads of documents from the store, on any connection: the writer's (Store) or a read-only
one per web request thread (search_app/db.py), SQLite or PostgreSQL (ingest/pgstore.py). The one
place that knows how a document, its sources and its records are laid out (ingest/schema.sql),
for ingest and search_app alike.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

DOCUMENT_FIELDS = ("id", "title", "text", "published", "years", "provinces", "doc_type", "format", "url",
                   "source_name", "ocr")
_JSON_LISTS = {"years", "provinces", "ocr"}  # ocr: the pages read by OCR as dicts, [] for a text layer
CHUNK = 900  # ids per IN (...) list, under SQLite's variable limit


def _row(fields: tuple[str, ...], row: tuple) -> dict:
    doc = dict(zip(fields, row))
    for name in _JSON_LISTS.intersection(fields):
        doc[name] = json.loads(doc[name] or "[]")
    return doc


def document(conn: sqlite3.Connection, doc_id: str, fields: tuple[str, ...] = DOCUMENT_FIELDS) -> dict | None:
    row = conn.execute(f"SELECT {', '.join(fields)} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else _row(fields, row)


def documents(conn: sqlite3.Connection, ids: Iterable[str],
              fields: tuple[str, ...] = DOCUMENT_FIELDS) -> Iterator[dict]:
    """The documents of `ids` that exist, in the order of `ids` (a search order, say)."""
    ids = list(ids)
    cols = ", ".join(("id", *fields))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        rows = conn.execute(f"SELECT {cols} FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        found = {r[0]: r[1:] for r in rows}
        for doc_id in chunk:
            if doc_id in found:
                yield _row(fields, found[doc_id])


def sources(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """Every path the document arrived from, in arrival order, with its kept original (or None) and
    the name readers see (relative to what was ingested; None in stores written before it)."""
    rows = conn.execute("SELECT source, original, shown FROM sources WHERE doc_id = ? ORDER BY rowid", (doc_id,))
    return [{"source": source, "original": original, "shown": shown} for source, original, shown in rows]


def records(conn: sqlite3.Connection, doc_id: str) -> dict | None:
    """The extraction records JSON (extract.records.Extraction.to_dict()), None before extraction."""
    row = conn.execute("SELECT records FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return json.loads(row[0]) if row and row[0] else None
