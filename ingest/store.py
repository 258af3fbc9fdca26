"""The SQLite store: the system of record for documents, sources, runs and extraction rows.

One connection per Store, WAL so web threads can read while ingest writes,
and every write inside `transaction()` (BEGIN IMMEDIATE) so a crash leaves
either the whole document or nothing.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from ingest import reads, settings
from ingest.document import Document

DB_NAME = "baocao.sqlite3"


# Columns added to a table after stores were created with it: (table, column, declaration as in
# schema.sql). Store.open adds the missing ones; old rows get the default (NULL, 'plain'), and the
# extractor's version bump makes `baocao reextract` fill them in.
ADDED_COLUMNS = (
    ("figures", "period_from", "INTEGER"),
    ("figures", "period_to", "INTEGER"),
    ("figures", "role", "TEXT NOT NULL DEFAULT 'plain'"),
)


def _add_columns(conn: sqlite3.Connection) -> None:
    for table, column, declaration in ADDED_COLUMNS:
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if column not in have:
            conn.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {declaration}')


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (see transaction()).
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class Store:
    def __init__(self, data_dir: Path, conn: sqlite3.Connection):
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self.conn = conn

    @classmethod
    def open(cls, data_dir=None) -> "Store":
        root = settings.data_dir(data_dir)
        for sub in ("", "index", "originals"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        conn = _connect(root / DB_NAME)
        conn.executescript(resources.files("ingest").joinpath("schema.sql").read_text("utf-8"))
        _add_columns(conn)
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

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            # BaseException too: Ctrl-C in the middle of a document rolls it back.
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def readonly_connection(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 30000")
        return conn

    # -- documents ---------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        fields = reads.document(self.conn, doc_id)
        if fields is None:
            return None
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

    def add_document(self, conn: sqlite3.Connection, doc: Document, source: str, original: str | None) -> str:
        """Store a document from one source inside an open transaction.

        Returns "ok" (new document), "duplicate" (same text already stored from
        another source; this source is added) or "unchanged" (already stored
        from this very source, e.g. a run that was interrupted and resumed).
        """
        exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if exists:
            cur = conn.execute(
                "INSERT OR IGNORE INTO sources (doc_id, source, original) VALUES (?, ?, ?)",
                (doc.id, source, original),
            )
            return "duplicate" if cur.rowcount else "unchanged"
        conn.execute(
            "INSERT INTO documents (id, title, text, published, years, provinces, doc_type, format,"
            " url, source_name, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.title, doc.text, doc.published, json.dumps(doc.years),
             json.dumps(doc.provinces, ensure_ascii=False), doc.doc_type, doc.format,
             doc.url, doc.source_name, now()),
        )
        conn.execute(
            "INSERT INTO sources (doc_id, source, original) VALUES (?, ?, ?)", (doc.id, source, original)
        )
        return "ok"

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
        conn.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM entities WHERE doc_id = ?", (doc_id,))
        conn.executemany(
            "INSERT INTO figures (doc_id, idx, value, value_max, unit, qualifier, activity, organizations,"
            ' year, place, sentence, start, "end", text, period_from, period_to, role)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (doc_id, i, f.value, f.value_max, f.unit, f.qualifier, f.activity,
                 json.dumps(f.organizations, ensure_ascii=False), f.year, f.place, f.sentence,
                 f.start, f.end, f.text, f.period_from, f.period_to, f.role)
                for i, f in enumerate(extraction.figures)
            ],
        )
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
            cur = conn.execute(
                "INSERT INTO runs (started, args) VALUES (?, ?)", (now(), json.dumps(args, ensure_ascii=False))
            )
            return cur.lastrowid

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

    def recent_runs(self, limit: int = 5) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT id, started, finished, ingested, unchanged, duplicates, failed, skipped"
            " FROM runs ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()

    def run_failures(self, run_id: int, limit: int = -1) -> list[tuple[str, str]]:
        return self.conn.execute(
            "SELECT source, reason FROM run_files WHERE run_id = ? AND status = 'error' ORDER BY rowid LIMIT ?",
            (run_id, limit),
        ).fetchall()

    def run_notes(self, run_id: int, limit: int = -1) -> list[tuple[str, str]]:
        """Files stored with a remark, e.g. "decoded as windows-1258"."""
        return self.conn.execute(
            "SELECT source, notes FROM run_files WHERE run_id = ? AND notes IS NOT NULL ORDER BY rowid LIMIT ?",
            (run_id, limit),
        ).fetchall()
