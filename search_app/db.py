"""Read-only queries on the store for the web app (one sqlite3 connection per request thread).

The Store object owns writes; web threads read through Store.readonly_connection()
so a slow page never holds a write lock. Documents and their sources are read through
ingest/reads.py, as ingest reads them; the queries here are the search app's own.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from extract import records
from ingest import reads

CHUNK = 900  # ids per IN (...) list, under SQLite's variable limit

# a stored figure: its document, its position in the document's list, the record's columns
FIGURE_COLUMNS = ("doc_id", "idx", *records.FIGURE_COLUMNS)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def document(conn: sqlite3.Connection, doc_id: str) -> dict | None:
    doc = reads.document(conn, doc_id)
    if doc is None:
        return None
    doc["records"] = reads.records(conn, doc_id)
    doc["sources"] = sources(conn, doc_id)
    return doc


def sources(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    # by name: the document page numbers its downloads in this order
    return sorted(reads.sources(conn, doc_id), key=lambda s: s["source"])


def texts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    out = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", chunk).fetchall())
    return out


def _figure(row) -> dict:
    fig = dict(zip(FIGURE_COLUMNS, row))
    fig["organizations"] = json.loads(fig["organizations"] or "[]")
    return fig


def headline_figures(conn: sqlite3.Connection, ids: list[str], per_doc: int = 3) -> dict[str, list[dict]]:
    """The first few figures of each document (in text order)."""
    out: dict[str, list[dict]] = {i: [] for i in ids}
    cols = ", ".join(f'"{c}"' for c in FIGURE_COLUMNS)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT {cols} FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY doc_id "
                            f"ORDER BY idx) AS rn FROM figures WHERE doc_id IN ({marks})) WHERE rn <= ?",
                            [*chunk, per_doc])
        for row in rows:
            fig = _figure(row)
            out[fig["doc_id"]].append(fig)
    return out


def doc_figures(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    cols = ", ".join(f'"{c}"' for c in FIGURE_COLUMNS)
    return [_figure(r) for r in conn.execute(f"SELECT {cols} FROM figures WHERE doc_id = ? ORDER BY idx",
                                             (doc_id,))]


def entities(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    rows = conn.execute('SELECT type, name, canonical, start, "end" FROM entities WHERE doc_id = ? '
                        'ORDER BY start', (doc_id,))
    return [dict(zip(("type", "name", "canonical", "start", "end"), r)) for r in rows]



# figure filter key -> SQL condition on the figures row `f` (one parameter each)
_FIGURE_FILTER_SQL = (
    ("unit", "f.unit = ?"),
    ("qualifier", "f.qualifier = ?"),
    ("fig_activity", "f.activity = ?"),
    ("fig_year", "f.year = ?"),
    ("fig_org", "EXISTS (SELECT 1 FROM json_each(f.organizations) WHERE value = ?)"),
    ("value_min", "f.value >= ?"),
    ("value_max", "f.value <= ?"),
)

def iter_figures(conn: sqlite3.Connection, ids: Iterable[str] | None, figure_filters: dict) -> Iterator[dict]:
    """Every figure of the given documents (None: all documents) passing the figure filters.

    Joined with the document title, date and provinces so exports are self-contained.
    """
    where, params = [], []
    for key, clause in _FIGURE_FILTER_SQL:
        value = figure_filters.get(key)
        # numbers may be 0; empty strings mean "no filter"
        if value is not None and value != "":
            where.append(clause)
            params.append(value)
    cols = ", ".join(f'f."{c}"' for c in FIGURE_COLUMNS)
    if ids is not None:
        # one JSON parameter instead of chunks of 900: one query, so one ORDER BY over all documents
        where.append("f.doc_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(ids)))
    sql = (f"SELECT {cols}, d.title, d.published, d.provinces FROM figures f JOIN documents d ON d.id = f.doc_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.published DESC, f.doc_id, f.idx")
    for row in conn.execute(sql, params):
        fig = _figure(row[:len(FIGURE_COLUMNS)])
        fig["title"], fig["published"], provinces = row[len(FIGURE_COLUMNS):]
        fig["provinces"] = json.loads(provinces or "[]")
        yield fig


def iter_documents(conn: sqlite3.Connection, ids: list[str]) -> Iterator[dict]:
    # the caller's order (the search order)
    return reads.documents(conn, ids, ("id", "title", "published", "years", "provinces", "doc_type",
                                       "source_name", "url"))


def doc_orgs(conn: sqlite3.Connection, ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT doc_id, canonical FROM entities WHERE type = 'organization' "
                            f"AND canonical IS NOT NULL AND doc_id IN ({marks})", chunk)
        for doc_id, canonical in rows:
            out.setdefault(doc_id, set()).add(canonical)
    return out


def docs_with_orgs(conn: sqlite3.Connection, orgs: list[str]) -> list[str]:
    """Documents that mention every one of the organisations."""
    marks = ",".join("?" * len(orgs))
    rows = conn.execute(f"SELECT doc_id FROM entities WHERE type = 'organization' AND canonical IN ({marks}) "
                        f"GROUP BY doc_id HAVING COUNT(DISTINCT canonical) = ?", [*orgs, len(orgs)])
    return [r[0] for r in rows]


def all_orgs(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT canonical, COUNT(DISTINCT doc_id) n FROM entities WHERE type = 'organization' "
                        "AND canonical IS NOT NULL GROUP BY canonical ORDER BY n DESC, canonical")
    return [r[0] for r in rows]
