"""The peer engine: SQLite FTS5 over the same documents, queried the way Datasette does.

Datasette serves full-text search over an FTS5 table with an external content
table, escapes the user's words into quoted FTS terms, runs one SQL query for
the page (with snippet()), one for the count and one GROUP BY per facet, each
repeating the search. We do the same, with facet values copied from the baocao
store into plain side tables so both engines filter and count the same data.
"""
from __future__ import annotations

import html
import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.queries import Query

TOKENIZER = "unicode61 remove_diacritics 2"
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # placeholders: escape the snippet first, then mark it
FACETS = ("year", "org", "activity", "province", "doc_type")

SCHEMA = f"""
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT, text TEXT,
                   published TEXT, doc_type TEXT, years TEXT, provinces TEXT);
CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='rowid',
                                         tokenize='{TOKENIZER}');
CREATE TABLE doc_year (rowid INTEGER NOT NULL, year INTEGER NOT NULL);
CREATE TABLE doc_org (rowid INTEGER NOT NULL, org TEXT NOT NULL);
CREATE TABLE doc_activity (rowid INTEGER NOT NULL, activity TEXT NOT NULL);
CREATE TABLE doc_province (rowid INTEGER NOT NULL, province TEXT NOT NULL);
CREATE TABLE doc_doctype (rowid INTEGER NOT NULL, doc_type TEXT NOT NULL);
CREATE TABLE fig (rowid INTEGER NOT NULL, idx INTEGER NOT NULL, value REAL, unit TEXT,
                  qualifier TEXT, activity TEXT, PRIMARY KEY (rowid, idx)) WITHOUT ROWID;
"""

INDEXES = """
CREATE INDEX doc_year_v ON doc_year(year, rowid);   CREATE INDEX doc_year_r ON doc_year(rowid, year);
CREATE INDEX doc_org_v ON doc_org(org, rowid);      CREATE INDEX doc_org_r ON doc_org(rowid, org);
CREATE INDEX doc_activity_v ON doc_activity(activity, rowid);
CREATE INDEX doc_activity_r ON doc_activity(rowid, activity);
CREATE INDEX doc_province_v ON doc_province(province, rowid);
CREATE INDEX doc_province_r ON doc_province(rowid, province);
CREATE INDEX doc_doctype_v ON doc_doctype(doc_type, rowid);
CREATE INDEX doc_doctype_r ON doc_doctype(rowid, doc_type);
"""

# facet name -> (side table, column). doc_type gets a side table too: counting it
# through `docs` would drag every matching row's full text through the page cache.
SIDE_TABLES = {
    "year": ("doc_year", "year"),
    "org": ("doc_org", "org"),
    "activity": ("doc_activity", "activity"),
    "province": ("doc_province", "province"),
    "doc_type": ("doc_doctype", "doc_type"),
}


@dataclass(slots=True)
class BuildInfo:
    documents: int
    seconds: float
    size_bytes: int
    facet_rows: dict[str, int] = field(default_factory=dict)


def _json_list(raw: str | None) -> list:
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []


def build(store_db: Path, out_path: Path) -> BuildInfo:
    """Copy documents and facet values from the baocao store into a fresh FTS5 database."""
    started = time.perf_counter()
    if out_path.exists():
        out_path.unlink()
    src = sqlite3.connect(f"file:{store_db}?mode=ro", uri=True)
    dst = sqlite3.connect(out_path)
    dst.executescript(SCHEMA)
    rowids: dict[str, int] = {}
    with dst:
        rows = src.execute(
            "SELECT id, title, text, published, doc_type, years, provinces FROM documents ORDER BY id"
        )
        for n, (doc_id, title, text, published, doc_type, years, provinces) in enumerate(rows, start=1):
            rowids[doc_id] = n
            dst.execute(
                "INSERT INTO docs VALUES (?,?,?,?,?,?,?,?)",
                (n, doc_id, title, text, published, doc_type, years, provinces),
            )
            dst.execute("INSERT INTO doc_doctype VALUES (?,?)", (n, doc_type))
            for year in set(_json_list(years)):
                dst.execute("INSERT INTO doc_year VALUES (?,?)", (n, int(year)))
            for province in set(_json_list(provinces)):
                dst.execute("INSERT INTO doc_province VALUES (?,?)", (n, province))
        dst.execute("INSERT INTO docs_fts(docs_fts) VALUES ('rebuild')")
        orgs = src.execute(
            "SELECT DISTINCT doc_id, canonical FROM entities "
            "WHERE type = 'organization' AND canonical IS NOT NULL AND canonical != ''"
        )
        dst.executemany(
            "INSERT INTO doc_org VALUES (?,?)", ((rowids[d], o) for d, o in orgs if d in rowids)
        )
        activities = src.execute("SELECT DISTINCT doc_id, activity FROM figures")
        dst.executemany(
            "INSERT INTO doc_activity VALUES (?,?)", ((rowids[d], a) for d, a in activities if d in rowids)
        )
        figures = src.execute("SELECT doc_id, idx, value, unit, qualifier, activity FROM figures")
        dst.executemany(
            "INSERT INTO fig VALUES (?,?,?,?,?,?)",
            ((rowids[d], i, v, u, q, a) for d, i, v, u, q, a in figures if d in rowids),
        )
        dst.executescript(INDEXES)
    dst.execute("ANALYZE")
    facet_rows = {
        name: dst.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for name, (table, _col) in SIDE_TABLES.items()
    }
    dst.close()
    src.close()
    return BuildInfo(len(rowids), time.perf_counter() - started, out_path.stat().st_size, facet_rows)


_TERM_RE = re.compile(r'"[^"]*"|[^\s"]+')


def escape_fts(query: str) -> str:
    """The user's words as quoted FTS5 terms, quoted phrases kept whole (Datasette's approach)."""
    if query.count('"') % 2:
        query += '"'
    terms = []
    for bit in _TERM_RE.findall(query):
        inner = bit.strip('"').replace('"', "")
        if inner.strip():
            terms.append(f'"{inner}"')
    return " ".join(terms)


@dataclass(slots=True)
class PeerResult:
    total: int
    ids: list[str]
    snippets: list[str]
    facets: dict[str, list[tuple[object, int]]]


class Peer:
    def __init__(self, path: Path) -> None:
        self.path = path
        # One read-only connection reused for every query, as a web worker would.
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def close(self) -> None:
        self.conn.close()

    def _filters(
        self, query: Query, skip: str | None = None, col: str = "+docs_fts.rowid"
    ) -> tuple[list[str], list[object]]:
        """SQL conditions on `col` (a rowid) for the query's filters, leaving out facet `skip`.

        The unary + keeps SQLite from handing the rowid constraint to FTS5, which
        would then run the MATCH once per candidate row (seconds instead of ms).
        """
        clauses: list[str] = []
        params: list[object] = []
        for name in FACETS:
            values = list(getattr(query, name))
            if not values or name == skip:
                continue
            table, column = SIDE_TABLES[name]
            marks = ",".join("?" * len(values))
            clauses.append(f"{col} IN (SELECT rowid FROM {table} WHERE {column} IN ({marks}))")
            params.extend(values)
        if skip != "year" and (query.year_from is not None or query.year_to is not None):
            low = query.year_from if query.year_from is not None else -10_000
            high = query.year_to if query.year_to is not None else 10_000
            clauses.append(f"{col} IN (SELECT rowid FROM doc_year WHERE year BETWEEN ? AND ?)")
            params.extend([low, high])
        return clauses, params

    def _where(self, match: str, query: Query, skip: str | None = None) -> tuple[str, list[object]]:
        clauses, params = self._filters(query, skip)
        where = " AND ".join(["docs_fts MATCH ?", *clauses])
        return where, [match, *params]

    def search(self, query: Query, per_page: int = 20) -> PeerResult:
        match = escape_fts(query.q)
        if not match:
            return PeerResult(0, [], [], {})
        where, params = self._where(match, query)
        conn = self.conn
        page = conn.execute(
            "SELECT docs.rowid, docs.id, docs.title, docs.published, docs.years, docs.provinces, "
            f"docs.doc_type, snippet(docs_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) "
            f"FROM docs_fts JOIN docs ON docs.rowid = docs_fts.rowid WHERE {where} "
            f"ORDER BY rank LIMIT {int(per_page)}",
            params,
        ).fetchall()
        total = self._count(match, query)
        snippets = [
            html.escape(row[7]).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>") for row in page
        ]
        # First few figures of each result on the page, as baocao's results carry them.
        page_rowids = [row[0] for row in page]
        if page_rowids:
            marks = ",".join("?" * len(page_rowids))
            conn.execute(
                f"SELECT rowid, idx, value, unit, qualifier, activity FROM fig "
                f"WHERE rowid IN ({marks}) AND idx < 3",
                page_rowids,
            ).fetchall()
        facets = self._facets(match, query)
        return PeerResult(total, [row[1] for row in page], snippets, facets)

    def _count(self, match: str, query: Query) -> int:
        where, params = self._where(match, query)
        return self.conn.execute(f"SELECT count(*) FROM docs_fts WHERE {where}", params).fetchone()[0]

    def _facets(self, match: str, query: Query) -> dict[str, list[tuple[object, int]]]:
        """One GROUP BY per facet, each repeating the MATCH with the other facets' filters (Datasette)."""
        facets = {}
        for name in FACETS:
            fwhere, fparams = self._where(match, query, skip=name)
            table, column = SIDE_TABLES[name]
            if name == "year":
                # LEFT JOIN keeps the "no year" bucket (NULL) that baocao shows too.
                sql = (
                    f"SELECT f.{column}, count(*) FROM (SELECT rowid FROM docs_fts WHERE {fwhere}) m "
                    f"LEFT JOIN {table} f ON f.rowid = m.rowid GROUP BY f.{column} ORDER BY count(*) DESC"
                )
            else:
                sql = (
                    f"SELECT f.{column}, count(*) FROM {table} f WHERE f.rowid IN "
                    f"(SELECT rowid FROM docs_fts WHERE {fwhere}) GROUP BY f.{column} ORDER BY count(*) DESC"
                )
            facets[name] = self.conn.execute(sql, fparams).fetchall()
        return facets


class PeerOneMatch(Peer):
    """A tuned FTS5 setup beyond Datasette: run the MATCH once into a temp table, count and facet from it.

    Shows how much of the peer's time is the repeated MATCH, so the comparison is
    not only against the simplest FTS5 page.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.conn.execute("CREATE TEMP TABLE hits (rowid INTEGER PRIMARY KEY)")
        self._match: str | None = None

    def _fill(self, match: str) -> None:
        if match != self._match:
            self.conn.execute("DELETE FROM temp.hits")
            self.conn.execute("INSERT INTO temp.hits SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?", (match,))
            self._match = match

    def _count(self, match: str, query: Query) -> int:
        self._fill(match)
        clauses, params = self._filters(query, col="h.rowid")
        where = " AND ".join(clauses) or "1"
        return self.conn.execute(f"SELECT count(*) FROM temp.hits h WHERE {where}", params).fetchone()[0]

    def _facets(self, match: str, query: Query) -> dict[str, list[tuple[object, int]]]:
        self._fill(match)
        facets = {}
        for name in FACETS:
            clauses, params = self._filters(query, skip=name, col="h.rowid")
            where = " AND ".join(clauses) or "1"
            table, column = SIDE_TABLES[name]
            join = "LEFT JOIN" if name == "year" else "JOIN"
            facets[name] = self.conn.execute(
                f"SELECT f.{column}, count(*) FROM temp.hits h {join} {table} f ON f.rowid = h.rowid "
                f"WHERE {where} GROUP BY f.{column} ORDER BY count(*) DESC",
                params,
            ).fetchall()
        return facets

    def search(self, query: Query, per_page: int = 20) -> PeerResult:
        self._match = None  # every search pays its own MATCH; nothing is cached across requests
        return super().search(query, per_page)
