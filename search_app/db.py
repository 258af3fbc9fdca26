"""Read-only queries on the store for the web app (one connection per request thread).

The Store object owns writes; web threads read through Store.readonly_connection()
so a slow page never holds a write lock. Documents and their sources are read through
ingest/reads.py, as ingest reads them; the queries here are the search app's own. They are
written once for SQLite and PostgreSQL (ingest/store.py): JSON functions come from the
connection's dialect (`_d(conn)`).
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Iterable, Iterator

from extract import records
from ingest import reads
from ingest.store import dialect_of as _d
from search_app import labels

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
    # readers see names relative to what was ingested, never the server's folders (the full
    # path stays in the operator's CLI: `baocao docs --json`, `baocao status`)
    rows = [{"source": s["shown"] or shown_source(s["source"]), "original": s["original"]}
            for s in reads.sources(conn, doc_id)]
    return sorted(rows, key=lambda s: s["source"])


def shown_source(source: str) -> str:
    """A full source path as readers may see it, for stores written before sources had their
    relative name: the file's name, with the archive member or line after it."""
    cut = min((i for i in (source.find("!"), source.find("#")) if i >= 0), default=len(source))
    head, rest = source[:cut], source[cut:]
    if head.startswith("/") or re.match(r"[A-Za-z]:[\\/]", head):
        head = re.split(r"[\\/]", head)[-1]
    return head + rest


def texts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    out = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", chunk).fetchall())
    return out


# the people's correction of a row, if any: the active row of the corrections table on the same
# mention (Store.write_extraction moves corrections onto re-extracted mentions)
CORRECTION_COLUMNS = ("correction_id", "correction", "changes", "original", "corrected_by", "corrected_at")
_CORRECTION_SELECT = "c.id, c.action, c.changes, c.original, c.corrected_by, c.corrected_at"


def _correction_join(alias: str, target: str) -> str:
    return (f"LEFT JOIN corrections c ON c.doc_id = {alias}.doc_id AND c.target = '{target}' AND c.active = 1 "
            f'AND c.start = {alias}.start AND c."end" = {alias}."end"')


# the SQL types of the figure columns a correction may change that are not text
_TYPES = {"value": "DOUBLE PRECISION", "value_max": "DOUBLE PRECISION", "year": "INTEGER",
          "period_from": "INTEGER", "period_to": "INTEGER", "organizations": "JSON"}


def _effective(d, column: str) -> str:
    """SQL for a figure column as corrected (the correction's value, else the machine's)."""
    return f"COALESCE({d.json_get('c.changes', column, _TYPES.get(column, 'TEXT'))}, f.\"{column}\")"


def _apply_correction(rec: dict, corr: tuple) -> dict:
    """Overlay a correction on a machine row: the corrected fields, who and when, the original values."""
    cid, action, changes, original, by, at = corr
    rec["correction"] = action
    rec["corrected_by"] = by
    rec["corrected_at"] = at
    rec["correction_id"] = cid
    rec["original_value"] = None
    if cid is None:
        return rec
    changes = json.loads(changes or "{}")
    original = json.loads(original or "{}")
    rec.update(changes)
    if changes:
        # the machine's values of the fields the person changed, e.g. {"value": 58.0, "unit": "lớp"}
        rec["original"] = {k: original.get(k) for k in changes}
        rec["original_value"] = original.get("value") if "value" in changes else None
    return rec


def _figure(row) -> dict:
    fig = dict(zip(FIGURE_COLUMNS, row))
    fig["organizations"] = json.loads(fig["organizations"] or "[]")
    return _apply_correction(fig, row[len(FIGURE_COLUMNS):len(FIGURE_COLUMNS) + len(CORRECTION_COLUMNS)])


def _figure_cols() -> str:
    return ", ".join(f'f."{c}"' for c in FIGURE_COLUMNS) + ", " + _CORRECTION_SELECT


def headline_figures(conn: sqlite3.Connection, ids: list[str], per_doc: int = 3) -> dict[str, list[dict]]:
    """The first few figures of each document (in text order), rejected ones left out."""
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT * FROM (SELECT {_figure_cols()}, ROW_NUMBER() OVER (PARTITION BY f.doc_id "
                            f"ORDER BY f.idx) AS rn FROM figures f {_correction_join('f', 'figure')} "
                            f"WHERE f.doc_id IN ({marks}) AND c.action IS DISTINCT FROM 'reject') AS t WHERE rn <= ?",
                            [*chunk, per_doc])
        for row in rows:
            fig = _figure(row)
            out[fig["doc_id"]].append(fig)
    return out


def doc_figures(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """Every figure of a document as corrected, rejected ones included (the document page marks them)."""
    return [_figure(r) for r in conn.execute(f"SELECT {_figure_cols()} FROM figures f "
                                             f"{_correction_join('f', 'figure')} WHERE f.doc_id = ? ORDER BY f.idx",
                                             (doc_id,))]


def entities(conn: sqlite3.Connection, doc_id: str) -> list[dict]:
    """Entities in text order; organisations as corrected (a rejected mention is marked, not dropped)."""
    rows = conn.execute(f'SELECT e.type, e.name, e.canonical, e.start, e."end", {_CORRECTION_SELECT} FROM entities e '
                        f"{_correction_join('e', 'organization')} WHERE e.doc_id = ? ORDER BY e.start", (doc_id,))
    out = []
    for r in rows:
        ent = dict(zip(("type", "name", "canonical", "start", "end"), r[:5]))
        out.append(_apply_correction(ent, r[5:]))
    return out


def _figure_filter_sql(d) -> tuple[tuple[str, str], ...]:
    """figure filter key -> SQL condition on the figures row `f` as corrected (one parameter each)"""
    return (
        ("unit", f"{_effective(d, 'unit')} = ?"),
        ("qualifier", f"{_effective(d, 'qualifier')} = ?"),
        ("fig_activity", f"{_effective(d, 'activity')} = ?"),
        ("fig_year", f"{_effective(d, 'year')} = ?"),
        ("fig_org", f"? IN ({d.json_list(_effective(d, 'organizations'))})"),
        ("value_min", f"{_effective(d, 'value')} >= ?"),
        ("value_max", f"{_effective(d, 'value')} <= ?"),
        ("kind", f"{_effective(d, 'kind')} = ?"),
    )


def iter_figures(conn: sqlite3.Connection, ids: Iterable[str] | None, figure_filters: dict) -> Iterator[dict]:
    """Every figure of the given documents (None: all documents) passing the figure filters, as
    corrected; figures a person rejected are left out.

    Joined with the document title, date and provinces so exports are self-contained.
    """
    d = _d(conn)
    where, params = ["c.action IS DISTINCT FROM 'reject'"], []
    for key, clause in _figure_filter_sql(d):
        value = figure_filters.get(key)
        # numbers may be 0; empty strings mean "no filter"
        if value is not None and value != "":
            where.append(clause)
            params.append(value)
    if ids is not None:
        # one JSON parameter instead of chunks of 900: one query, so one ORDER BY over all documents
        where.append(f"f.doc_id IN ({d.json_list('?')})")
        params.append(json.dumps(list(ids)))
    # the page a figure is on (form feeds before it + 1), counted only in documents read by OCR
    page = "CASE WHEN d.ocr IS NULL THEN NULL ELSE length(substr(d.text, 1, f.start)) - " \
           f"length(replace(substr(d.text, 1, f.start), {d.formfeed}, '')) + 1 END"
    sql = (f"SELECT {_figure_cols()}, d.title, d.published, d.source_name, d.url, d.ocr, {page}, d.provinces "
           f"FROM figures f JOIN documents d ON d.id = f.doc_id {_correction_join('f', 'figure')} WHERE "
           + " AND ".join(where) + " ORDER BY d.published DESC NULLS LAST, f.doc_id, f.idx")
    n = len(FIGURE_COLUMNS) + len(CORRECTION_COLUMNS)
    for row in conn.execute(sql, params):
        fig = _figure(row)
        fig["title"], fig["published"], fig["source_name"], fig["url"], ocr, page_no, provinces = row[n:]
        fig["ocr"] = labels.ocr(json.loads(ocr), page_no) if ocr else None
        fig["provinces"] = json.loads(provinces or "[]")
        yield fig


def ocr_pages(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[dict]]:
    """The pages read by OCR of each document that has any (search results show a badge)."""
    out = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT id, ocr FROM documents WHERE ocr IS NOT NULL AND id IN ({marks})", chunk)
        out.update((doc_id, json.loads(value)) for doc_id, value in rows)
    return out


def iter_documents(conn: sqlite3.Connection, ids: list[str]) -> Iterator[dict]:
    # the caller's order (the search order)
    for doc in reads.documents(conn, ids, ("id", "title", "published", "years", "provinces", "doc_type",
                                           "source_name", "url", "ocr")):
        doc["ocr"] = labels.ocr(doc["ocr"])
        yield doc


def _org_canonical(conn) -> str:
    return f"COALESCE({_d(conn).json_get('c.changes', 'canonical')}, e.canonical)"


def doc_orgs(conn: sqlite3.Connection, ids: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT e.doc_id, {_org_canonical(conn)} FROM entities e "
                            f"{_correction_join('e', 'organization')} WHERE e.type = 'organization' "
                            f"AND c.action IS DISTINCT FROM 'reject' AND e.doc_id IN ({marks})",
                            chunk)
        for doc_id, canonical in rows:
            if canonical:
                out.setdefault(doc_id, set()).add(canonical)
    return out


def has_corrections(conn: sqlite3.Connection, doc_id: str) -> bool:
    """Whether people corrected a figure or an organisation of the document (active corrections)."""
    return conn.execute("SELECT 1 FROM corrections WHERE doc_id = ? AND active = 1 AND target IN "
                        "('figure', 'organization') LIMIT 1", (doc_id,)).fetchone() is not None


def doc_activities(conn: sqlite3.Connection, doc_id: str) -> set[str]:
    """The activities of a document's figures as corrected, rejected figures left out."""
    rows = conn.execute(f"SELECT DISTINCT {_effective(_d(conn), 'activity')} FROM figures f "
                        f"{_correction_join('f', 'figure')} "
                        "WHERE f.doc_id = ? AND c.action IS DISTINCT FROM 'reject'", (doc_id,))
    return {r[0] for r in rows if r[0]}


def docs_with_orgs(conn: sqlite3.Connection, orgs: list[str]) -> list[str]:
    """Documents that mention every one of the organisations."""
    marks = ",".join("?" * len(orgs))
    canonical = _org_canonical(conn)
    rows = conn.execute(f"SELECT e.doc_id FROM entities e {_correction_join('e', 'organization')} "
                        f"WHERE e.type = 'organization' AND c.action IS DISTINCT FROM 'reject' AND {canonical} "
                        f"IN ({marks}) GROUP BY e.doc_id HAVING COUNT(DISTINCT {canonical}) = ?", [*orgs, len(orgs)])
    return [r[0] for r in rows]


def all_orgs(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT canonical, COUNT(DISTINCT doc_id) n FROM entities WHERE type = 'organization' "
                        "AND canonical IS NOT NULL GROUP BY canonical ORDER BY n DESC, canonical")
    return [r[0] for r in rows]


def group_decisions(conn: sqlite3.Connection) -> dict[tuple[str, int, int], str]:
    """(doc_id, start, end) -> "ungroup" | "regroup": the editors' active decisions about grouping
    a figure with the same figure of other documents (corrections with target "group")."""
    rows = conn.execute("SELECT doc_id, start, \"end\", action FROM corrections WHERE target = 'group' AND active = 1")
    return {(d, s, e): a for d, s, e, a in rows}


def corrections(conn: sqlite3.Connection) -> list[dict]:
    """Every correction, newest first, with its document's title: the audit trail."""
    rows = conn.execute('SELECT c.id, c.doc_id, d.title, c.target, c.start, c."end", c.text, c.action, c.changes, '
                        "c.original, c.corrected_by, c.corrected_at, c.active, c.matched FROM corrections c "
                        "LEFT JOIN documents d ON d.id = c.doc_id ORDER BY c.id DESC")
    keys = ("id", "doc_id", "title", "target", "start", "end", "text", "action", "changes", "original",
            "corrected_by", "corrected_at", "active", "matched")
    out = []
    for r in rows:
        row = dict(zip(keys, r))
        row["changes"] = json.loads(row["changes"] or "{}")
        row["original"] = json.loads(row["original"] or "{}")
        row["active"], row["matched"] = bool(row["active"]), bool(row["matched"])
        out.append(row)
    return out


def programmes(conn: sqlite3.Connection, ids: list[str]) -> list[dict]:
    """The programmes and plans among the documents `ids`, each with its commitments (in order) and
    its document's title, date and source."""
    out = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute("SELECT p.doc_id, p.type, p.title, p.parties, p.period_from, p.period_to, p.signatories, "
                            f"d.title, d.published, d.source_name, d.url FROM programmes p JOIN documents d "
                            f"ON d.id = p.doc_id WHERE p.doc_id IN ({marks})", chunk)
        for r in rows:
            out.append({"doc_id": r[0], "type": r[1], "title": r[2], "parties": json.loads(r[3] or "[]"),
                        "period_from": r[4], "period_to": r[5], "signatories": json.loads(r[6] or "[]"),
                        "doc_title": r[7], "published": r[8], "source_name": r[9], "url": r[10]})
    by_doc = {p["doc_id"]: p for p in out}
    for p in out:
        p["commitments"] = []
    for chunk in _chunks(list(by_doc)):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute('SELECT doc_id, section, number, heading, text, party, start, "end" FROM commitments '
                              f"WHERE doc_id IN ({marks}) ORDER BY doc_id, idx", chunk):
            c = dict(zip(("doc_id", "section", "number", "heading", "text", "party", "start", "end"), r))
            # the item's text without its heading, when the heading is its first words
            c["detail"] = c["text"][len(c["heading"]):].lstrip(" .:;") if c["text"].startswith(c["heading"]) \
                else c["text"]
            by_doc[r[0]]["commitments"].append(c)
    return out


def citations(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict]:
    """doc id -> title, date, source (the source name, else the URL, else the first path it came from)."""
    out = {}
    for doc in reads.documents(conn, ids, ("id", "title", "published", "source_name", "url")):
        source = doc["source_name"] or doc["url"]
        if not source:
            paths = reads.sources(conn, doc["id"])
            source = paths[0]["source"].rsplit("/", 1)[-1] if paths else ""
        out[doc["id"]] = {"title": doc["title"], "published": doc["published"], "source": source, "url": doc["url"]}
    return out
