"""The store: the system of record for documents, sources, runs and extraction rows.

One schema (ingest/schema.sql) and one set of statements for both databases: SQLite in the data
directory (the default, this module) and PostgreSQL (ingest/pgstore.py, for many machines). The
statements are written once, in the SQL both speak, with `?` for parameters and `rowid` for arrival
order; what the two spell differently lives in a Dialect (the schema's types, JSON functions).

SQLite: one connection per Store, WAL so web threads can read while ingest writes, and every
write inside `transaction()` (BEGIN IMMEDIATE) so a crash leaves either the whole document or nothing.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from string import Template

from ingest import reads, settings, tidy
from ingest.document import Document, OcrPage

DB_NAME = tidy.DB_NAME
# The schema's number, kept in the schema_version table. Bump it with every change to schema.sql
# that an existing store needs (a new column goes into ADD_COLUMNS with the new number); a store
# with a higher number was made by a newer baocao and is refused rather than misread.
SCHEMA_VERSION = 1
# Columns added to existing tables after stores were first made: (schema version that added it,
# table, column, declaration). CREATE TABLE IF NOT EXISTS leaves an old table as it was; these bring
# it up to schema.sql. Version 1 is the first numbered schema: a store without a number (0) may
# lack any of the columns listed with 1.
ADD_COLUMNS = (
    (1, "documents", "ocr", "$json"),
    (1, "figures", "kind", "TEXT NOT NULL DEFAULT 'result'"),
    # old rows get the default (NULL, 'plain'); the extractor's version bump makes reextract fill them
    (1, "figures", "period_from", "INTEGER"),
    (1, "figures", "period_to", "INTEGER"),
    (1, "figures", "role", "TEXT NOT NULL DEFAULT 'plain'"),
    # sources stored before it show only their file's name (search_app/db.shown_source)
    (1, "sources", "shown", "TEXT"),
)


class StoreError(RuntimeError):
    """A store this code cannot use (made by a newer baocao, an unreachable database); the
    message is the one line the user sees."""


class Dialect:
    """What SQLite spells its own way. The PostgreSQL one is in ingest/pgstore.py."""

    name = "sqlite"
    # the words schema.sql leaves open: JSON columns, auto-numbered keys, the arrival-order column
    # (SQLite's tables have rowid already)
    words = {"json": "TEXT", "serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "seq": ""}
    formfeed = "char(12)"  # the character OCR puts between pages

    def json_get(self, expr: str, key: str, sqltype: str = "TEXT") -> str:
        """SQL for one key of a JSON object (`sqltype` JSON: a list, as JSON), typed like the column."""
        return f"json_extract({expr}, '$.{key}')"

    def json_list(self, expr: str) -> str:
        """A subquery of the elements (as text) of a JSON list."""
        return f"SELECT value FROM json_each({expr})"

    def columns(self, conn, table: str) -> set[str]:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}

    def upgrade(self, conn, version: int) -> None:
        """Changes a store of `version` needs beyond ADD_COLUMNS (none in SQLite)."""


SQLITE = Dialect()


def dialect_of(conn) -> Dialect:
    """The dialect of a store connection: a PostgreSQL one says so, a sqlite3 one cannot."""
    return getattr(conn, "dialect", SQLITE)


def schema_sql(dialect: Dialect) -> str:
    return Template(resources.files("ingest").joinpath("schema.sql").read_text("utf-8")).substitute(dialect.words)


def upgrade(conn, dialect: Dialect, where: str) -> None:
    """Bring the store's tables up to SCHEMA_VERSION (after schema.sql made the missing ones).
    Run inside a transaction (or, in SQLite, on a connection no one else writes yet)."""
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    version = row[0] or 0
    if version > SCHEMA_VERSION:
        raise StoreError(f"{where}: kho có lược đồ phiên bản {version}, mới hơn bản baocao này "
                         f"(phiên bản {SCHEMA_VERSION}); hãy cập nhật baocao")
    if version == SCHEMA_VERSION:
        return
    for since, table, column, declaration in ADD_COLUMNS:
        if since > version and column not in dialect.columns(conn, table):
            conn.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" '
                         + Template(declaration).substitute(dialect.words))
    dialect.upgrade(conn, version)
    conn.execute("DELETE FROM schema_version")
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (see transaction()).
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def _finish_restore(root: Path) -> None:
    """A restore was killed after its commit point: finish it before reading anything, unless
    a writer (the restore itself, still running) holds the data directory."""
    from ingest.lock import DataDirBusy, writer_lock

    try:
        with writer_lock(root, wait_s=0):
            pass  # taking the lock finishes the restore (ingest/lock.py)
    except DataDirBusy:
        pass


class Store:
    """The store's operations, in the SQL both databases speak. This class opens SQLite; PgStore
    (ingest/pgstore.py) is the same store on PostgreSQL, with its own connections and transactions."""

    dialect: Dialect = SQLITE

    def __init__(self, data_dir: Path, conn: sqlite3.Connection):
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self.conn = conn

    @property
    def where(self) -> str:
        """Where the store is, for messages (`baocao status`)."""
        return str(self.path)

    @classmethod
    def open(cls, data_dir=None) -> "Store":
        root = settings.data_dir(data_dir)
        if tidy.restore_pending(root):
            _finish_restore(root)
        for sub in ("", "index", "originals"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        conn = _connect(root / DB_NAME)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(schema_sql(SQLITE))
        try:
            upgrade(conn, SQLITE, str(root / DB_NAME))
        except BaseException:
            conn.close()
            raise
        # NORMAL is durable across application crashes in WAL mode; only an OS
        # crash can lose the last commits, never corrupt the database.
        conn.execute("PRAGMA synchronous = NORMAL")
        return cls(root, conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        """The store's own connection in a transaction: committed at the end, rolled back on any
        exception (Ctrl-C in the middle of a document too)."""
        return self._transaction_on(self.conn)

    @staticmethod
    @contextmanager
    def _transaction_on(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def own_transaction(self):
        """A transaction on a connection of its own, for a writer on another thread (the web app's
        correction endpoints). SQLite serialises it with ingest's writes (WAL)."""
        conn = self.write_connection()
        try:
            with self._transaction_on(conn) as tx:
                yield tx
        finally:
            conn.close()

    def write_connection(self) -> sqlite3.Connection:
        return _connect(self.path)

    def readonly_connection(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        return conn

    # -- documents ---------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        fields = reads.document(self.conn, doc_id)
        if fields is None:
            return None
        fields["ocr"] = [OcrPage.from_dict(p) for p in fields["ocr"]]
        return Document(**fields, sources=[s["source"] for s in self.get_sources(doc_id)])

    def get_sources(self, doc_id: str) -> list[dict]:
        return reads.sources(self.conn, doc_id)

    def iter_documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        if ids is None:
            # fetch ids first so callers may write while iterating
            ids = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]
        for doc_id in ids:
            doc = self.get_document(doc_id)
            if doc is not None:
                yield doc

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def add_document(self, conn: sqlite3.Connection, doc: Document, source: str, original: str | None,
                     shown: str | None = None) -> str:
        """Store a document from one source inside an open transaction.

        Returns "ok" (new document), "duplicate" (same text already stored from
        another source; this source is added) or "unchanged" (already stored
        from this very source, e.g. a run that was interrupted and resumed). `source` is the
        full path (the operator's), `shown` the name relative to what was ingested (readers').
        """
        # Safe when another ingest (PostgreSQL: on another machine) stores the same text at the same
        # moment: the primary key decides, the loser waits for the winner's transaction and then
        # records its own source as a duplicate.
        inserted = conn.execute(
            "INSERT INTO documents (id, title, text, published, years, provinces, doc_type, format,"
            " url, source_name, added_at, ocr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO NOTHING RETURNING id",
            (doc.id, doc.title, doc.text, doc.published, json.dumps(doc.years),
             json.dumps(doc.provinces, ensure_ascii=False), doc.doc_type, doc.format,
             doc.url, doc.source_name, now(), ocr_json(doc.ocr)),
        ).fetchone()
        added = conn.execute(
            "INSERT INTO sources (doc_id, source, original, shown) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (doc.id, source, original, shown),
        ).rowcount
        if inserted:
            return "ok"
        return "duplicate" if added else "unchanged"

    # -- extraction --------------------------------------------------------

    def get_records(self, doc_id: str) -> dict | None:
        return reads.records(self.conn, doc_id)

    def put_extraction(self, doc_id: str, extraction) -> None:
        with self.transaction() as conn:
            self.write_extraction(conn, doc_id, extraction)

    def write_extraction(self, conn: sqlite3.Connection, doc_id: str, extraction,
                         records_json: str | None = None) -> None:
        """Records JSON + figures + entities rows, inside the caller's transaction.

        `records_json` is the extraction already serialised (by an ingest worker)."""
        for table in ("figures", "entities", "programmes", "commitments"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        conn.executemany(
            "INSERT INTO figures (doc_id, idx, value, value_max, unit, qualifier, activity, organizations,"
            ' year, place, sentence, start, "end", text, kind, period_from, period_to, role)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc_id, i, f.value, f.value_max, f.unit, f.qualifier, f.activity,
                 json.dumps(f.organizations, ensure_ascii=False), f.year, f.place, f.sentence,
                 f.start, f.end, f.text, f.kind, f.period_from, f.period_to, f.role)
                for i, f in enumerate(extraction.figures)
            ],
        )
        self._write_programmes(conn, doc_id, getattr(extraction, "programmes", None) or [])
        entities = [
            (doc_id, "organization", o.name, o.canonical, o.kind, o.level, o.place, o.start, o.end)
            for o in extraction.organizations
        ] + [
            (doc_id, "person", p.name, p.name, p.title, None, None, p.start, p.end) for p in extraction.people
        ] + [
            (doc_id, "place", p.name, p.canonical, p.kind, None, None, p.start, p.end) for p in extraction.places
        ]
        conn.executemany(
            'INSERT INTO entities (doc_id, type, name, canonical, kind, level, place, start, "end")'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entities,
        )
        # the index must pick up the new records, hence indexed_version = NULL
        conn.execute(
            "UPDATE documents SET records = ?, extractor_version = ?, indexed_version = NULL WHERE id = ?",
            (records_json or json.dumps(extraction.to_dict(), ensure_ascii=False), extraction.version, doc_id),
        )

        reanchor_corrections(conn, doc_id, extraction)

    @staticmethod
    def _write_programmes(conn: sqlite3.Connection, doc_id: str, programmes) -> None:
        # one programme per document (the extractor finds at most one: the document itself)
        for p in programmes[:1]:
            conn.execute(
                "INSERT INTO programmes (doc_id, type, title, parties, period_from, period_to, signatories)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc_id, p.type, p.title, json.dumps(p.parties, ensure_ascii=False), p.period_from, p.period_to,
                 json.dumps([{"name": x.name, "title": x.title, "organization": x.organization, "start": x.start,
                              "end": x.end} for x in p.signatories], ensure_ascii=False)))
            conn.executemany(
                'INSERT INTO commitments (doc_id, idx, section, number, heading, text, party, start, "end")'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc_id, i, c.section, c.number, c.heading, c.text, c.party, c.start, c.end)
                 for i, c in enumerate(p.commitments)])

    # -- corrections -------------------------------------------------------

    def add_correction(self, conn: sqlite3.Connection, doc_id: str, target: str, start: int, end: int,
                       action: str, changes: dict, corrected_by: str) -> int:
        """Record a person's decision about one mention (a figure or an organisation), inside the
        caller's transaction. The machine's current values are kept as `original`; earlier
        corrections of the same mention stay, inactive, for the audit trail."""
        # every column of the machine's row but its place in the text: the columns are the record's
        # fields (extract/records.py), which ingest cannot import, so they come from the row itself
        # target "group": an editor's ungroup / regroup of a figure with the same figure of other
        # documents (search_app/totals.py), kept on the figure's mention like a correction
        table, where = (("figures", "") if target in ("figure", "group") else ("entities", " AND type = 'organization'"))
        cur = conn.execute(f'SELECT * FROM {table} WHERE doc_id = ? AND start = ? AND "end" = ?{where}',
                           (doc_id, start, end))
        row = cur.fetchone()
        if row is None:
            raise KeyError(f"{doc_id}: no {target} at {start}-{end}")
        original = {d[0]: v for d, v in zip(cur.description, row)
                    if d[0] not in _NOT_CORRECTED}
        if target == "organization":
            original["text"] = original.pop("name")
        if isinstance(original.get("organizations"), str):
            original["organizations"] = json.loads(original["organizations"] or "[]")
        text = original.pop("text")
        # a form sends every field: keep only what differs from the machine's row; a "correction"
        # that changes nothing confirms the row
        changes = {k: v for k, v in changes.items() if original.get(k) != v}
        if action == "correct" and not changes:
            action = "confirm"
        conn.execute('UPDATE corrections SET active = 0 WHERE doc_id = ? AND target = ? AND start = ? AND "end" = ?',
                     (doc_id, target, start, end))
        return conn.execute(
            'INSERT INTO corrections (doc_id, target, start, "end", text, action, changes, original, corrected_by,'
            " corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (doc_id, target, start, end, text, action, json.dumps(changes, ensure_ascii=False),
             json.dumps(original, ensure_ascii=False), corrected_by, now())).fetchone()[0]

    def docs_needing_extraction(self, version: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE extractor_version IS NULL OR extractor_version != ? ORDER BY rowid",
            (version,),
        )
        return [r[0] for r in rows]

    # -- search index bookkeeping ------------------------------------------

    def docs_needing_index(self, index_version: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE indexed_version IS NULL OR indexed_version != ? ORDER BY rowid",
            (index_version,),
        )
        return [r[0] for r in rows]

    def mark_indexed(self, ids: Iterable[str], index_version: int) -> None:
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE documents SET indexed_version = ? WHERE id = ?", [(index_version, i) for i in ids]
            )

    # -- files and runs ----------------------------------------------------

    def file_state(self, path: str) -> tuple[int, int, str, str] | None:
        """(size, mtime_ns, sha256, status) recorded for a file by its last complete run."""
        return self.conn.execute(
            "SELECT size, mtime_ns, sha256, status FROM files WHERE path = ?", (path,)
        ).fetchone()

    def record_file(self, conn, path: str, size: int, mtime_ns: int, sha256: str, run_id: int, status: str) -> None:
        conn.execute(
            "INSERT INTO files (path, size, mtime_ns, sha256, last_run, status) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
            " sha256 = excluded.sha256, last_run = excluded.last_run, status = excluded.status",
            (path, size, mtime_ns, sha256, run_id, status),
        )

    def start_run(self, args: list[str]) -> int:
        with self.transaction() as conn:
            return conn.execute("INSERT INTO runs (started, args) VALUES (?, ?) RETURNING id",
                                (now(), json.dumps(args, ensure_ascii=False))).fetchone()[0]

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished = ?, ingested = ?, unchanged = ?, duplicates = ?, failed = ?,"
                " skipped = ? WHERE id = ?",
                (now(), counts.get("ok", 0), counts.get("unchanged", 0), counts.get("duplicate", 0),
                 counts.get("error", 0), counts.get("skipped", 0), run_id),
            )

    def add_run_files(self, conn, run_id: int, rows: Iterable[tuple]) -> None:
        """rows: (source, status, reason, doc_id, notes)."""
        conn.executemany(
            "INSERT INTO run_files (run_id, source, status, reason, doc_id, notes) VALUES (?, ?, ?, ?, ?, ?)",
            [(run_id, *row) for row in rows],
        )

    def recent_runs(self, limit: int = 5) -> list[tuple]:
        return self.conn.execute(
            "SELECT id, started, finished, ingested, unchanged, duplicates, failed, skipped"
            " FROM runs ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()

    def run_failures(self, run_id: int, limit: int = -1) -> list[tuple[str, str]]:
        return self._run_files("reason", "status = 'error'", run_id, limit)

    def run_notes(self, run_id: int, limit: int = -1) -> list[tuple[str, str]]:
        """Files stored with a remark, e.g. "decoded as windows-1258"."""
        return self._run_files("notes", "notes IS NOT NULL", run_id, limit)

    def _run_files(self, column: str, where: str, run_id: int, limit: int) -> list[tuple[str, str]]:
        # no LIMIT at all for "all": SQLite's LIMIT -1 is not PostgreSQL's
        params = (run_id,) if limit < 0 else (run_id, limit)
        return self.conn.execute(f"SELECT source, {column} FROM run_files WHERE run_id = ? AND {where} ORDER BY rowid"
                                 + ("" if limit < 0 else " LIMIT ?"), params).fetchall()


# columns of a machine row that say where it is, not what it says: not kept as a correction's original
_NOT_CORRECTED = frozenset("doc_id idx type sentence start end place".split())

def reanchor_corrections(conn: sqlite3.Connection, doc_id: str, extraction) -> None:
    """Keep people's corrections on their mentions after a (re-)extraction. A correction names its
    mention by offsets and text; when the new records put the mention elsewhere (a figure that now
    starts at its qualifier, a repeat that became the first mention) it moves to the record whose
    span holds the same text at an overlapping place. A correction with no such record stays,
    marked unmatched, for the audit page."""
    rows = conn.execute('SELECT id, target, start, "end", text FROM corrections WHERE doc_id = ? AND active = 1',
                        (doc_id,)).fetchall()
    if not rows:
        return
    spans = {
        "figure": [((f.start, f.end), [tuple(m) for m in (f.mentions or [(f.start, f.end)])], f.text)
                   for f in extraction.figures],
        "organization": [((o.start, o.end), [(o.start, o.end)], o.name) for o in extraction.organizations],
    }
    spans["group"] = spans["figure"]
    for cid, target, start, end, text in rows:
        found = None
        for anchor, mentions, written in spans.get(target, []):
            if (start, end) in mentions:
                found = anchor
                break
        if found is None:
            for anchor, mentions, written in spans.get(target, []):
                if anchor[0] < end and start < anchor[1] and (text in written or written in text):
                    found = anchor
                    break
        if found is None:
            conn.execute("UPDATE corrections SET matched = 0 WHERE id = ?", (cid,))
        else:
            conn.execute('UPDATE corrections SET start = ?, "end" = ?, matched = 1 WHERE id = ?', (*found, cid))


def ocr_json(pages: list[OcrPage]) -> str | None:
    """The documents.ocr column: NULL for a text read from a text layer."""
    if not pages:
        return None
    return json.dumps([{"page": p.page, "confidence": p.confidence, "low": p.low} for p in pages])
