"""The system of record on PostgreSQL (psycopg 3), for several ingests on different machines at once.

The same tables as the SQLite store (ingest/schema.sql) in PostgreSQL's dialect. What makes
concurrent writers safe is the database, not a lock file: a document's id is the hash of its
normalised text and the primary key, so two ingests storing the same text race on
`INSERT ... ON CONFLICT DO NOTHING` and exactly one of them stores it (the other waits for that
transaction, then records its own source as a duplicate); each file is one transaction, so a
crash leaves the file's documents whole or absent.

PgStore has what the ingest runner (ingest/runner.py) and the index sync ask of a store, so
`baocao ingest` writes here when `database_url` is set (ingest/stores.py); the web app and the
other commands still read the SQLite store (docs/scaling.md says what is left). `ingest_paths` is
the per-file loop without the runner (no extraction), for tests and scripts.
Needs the `scale` extra (psycopg).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from ingest.document import Document
from ingest.files import given_roots, shown_name
from ingest.store import now

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,               -- hash of the normalised text: the dedup key
    seq BIGSERIAL UNIQUE,              -- arrival order (SQLite's rowid)
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT,
    years JSONB NOT NULL DEFAULT '[]',
    provinces JSONB NOT NULL DEFAULT '[]',
    doc_type TEXT NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    url TEXT,
    source_name TEXT,
    added_at TEXT NOT NULL,
    extractor_version INTEGER,
    records JSONB,
    indexed_version INTEGER
);
CREATE TABLE IF NOT EXISTS sources (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    original TEXT,
    shown TEXT,
    PRIMARY KEY (doc_id, source)
);
ALTER TABLE sources ADD COLUMN IF NOT EXISTS shown TEXT;
CREATE TABLE IF NOT EXISTS figures (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    value_max DOUBLE PRECISION,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    activity TEXT NOT NULL,
    organizations JSONB NOT NULL,
    year INTEGER,
    place TEXT,
    sentence TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS figures_activity ON figures(activity, year);
CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    canonical TEXT,
    kind TEXT,
    level TEXT,
    place TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc_id, type);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    mtime_ns BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    last_run BIGINT,
    status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id BIGSERIAL PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    args JSONB NOT NULL,
    ingested INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS run_files (
    seq BIGSERIAL PRIMARY KEY,
    run_id BIGINT NOT NULL REFERENCES runs(id),
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    doc_id TEXT,
    notes TEXT
);
CREATE INDEX IF NOT EXISTS run_files_run ON run_files(run_id, status);
"""
# Several ingests may start at once against an empty database: CREATE TABLE IF NOT EXISTS is not
# safe under concurrency in PostgreSQL, so the schema is applied under a transaction-level lock.
_SCHEMA_LOCK = 0x0BA0CA0


class PgStore:
    """What ingest.runner.Runner asks of a store, on PostgreSQL. `data_dir` is this machine's
    directory for kept originals (and a local search index); `path` is None: the ingest workers
    then open no SQLite connection of their own."""

    path = None

    def __init__(self, conn: psycopg.Connection, url: str, data_dir: Path):
        self.conn = conn
        self.url = url
        self.data_dir = data_dir

    @classmethod
    def open(cls, url: str, data_dir=None) -> "PgStore":
        from ingest import settings

        root = settings.data_dir(data_dir)
        (root / "originals").mkdir(parents=True, exist_ok=True)
        conn = psycopg.connect(url, autocommit=True)
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            conn.execute(SCHEMA)
        return cls(conn, url, root)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "PgStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection]:
        """One transaction (a file's documents); rolled back on any exception, Ctrl-C included."""
        with self.conn.transaction():
            yield self.conn

    # -- documents ---------------------------------------------------------

    def add_document(self, conn, doc: Document, source: str, original: str | None, shown: str | None = None) -> str:
        """As ingest.store.Store.add_document: "ok", "duplicate" or "unchanged", safe when
        another ingest stores the same text at the same moment (the primary key decides)."""
        inserted = conn.execute(
            "INSERT INTO documents (id, title, text, published, years, provinces, doc_type, format, url,"
            " source_name, added_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (id) DO NOTHING RETURNING id",
            (doc.id, doc.title, doc.text, doc.published, json.dumps(doc.years),
             json.dumps(doc.provinces, ensure_ascii=False), doc.doc_type, doc.format, doc.url,
             doc.source_name, now()),
        ).fetchone()
        added = conn.execute(
            "INSERT INTO sources (doc_id, source, original, shown) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
            (doc.id, source, original, shown),
        ).rowcount
        if inserted:
            return "ok"
        return "duplicate" if added else "unchanged"

    def get_sources(self, doc_id: str) -> list[dict]:
        rows = self.conn.execute("SELECT source, original, shown FROM sources WHERE doc_id = %s ORDER BY source",
                                 (doc_id,))
        return [{"source": s, "original": o, "shown": shown} for s, o, shown in rows]

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(
            "SELECT id, title, text, published, years, provinces, doc_type, format, url, source_name"
            " FROM documents WHERE id = %s", (doc_id,)).fetchone()
        if row is None:
            return None
        return Document(id=row[0], title=row[1], text=row[2], published=row[3], years=list(row[4]),
                        provinces=list(row[5]), doc_type=row[6], format=row[7], url=row[8],
                        source_name=row[9], sources=[s["source"] for s in self.get_sources(doc_id)])

    def iter_documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        if ids is None:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY seq")]
        for doc_id in ids:
            doc = self.get_document(doc_id)
            if doc is not None:
                yield doc

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    # -- extraction --------------------------------------------------------

    def get_records(self, doc_id: str) -> dict | None:
        row = self.conn.execute("SELECT records FROM documents WHERE id = %s", (doc_id,)).fetchone()
        return row[0] if row else None

    def put_extraction(self, doc_id: str, extraction) -> None:
        with self.transaction() as conn:
            self.write_extraction(conn, doc_id, extraction)

    def write_extraction(self, conn, doc_id: str, extraction, records_json: str | None = None) -> None:
        conn.execute("DELETE FROM figures WHERE doc_id = %s", (doc_id,))
        conn.execute("DELETE FROM entities WHERE doc_id = %s", (doc_id,))
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO figures (doc_id, idx, value, value_max, unit, qualifier, activity, organizations,"
                ' year, place, sentence, start, "end", text) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s,'
                " %s, %s, %s, %s)",
                [(doc_id, i, f.value, f.value_max, f.unit, f.qualifier, f.activity,
                  json.dumps(f.organizations, ensure_ascii=False), f.year, f.place, f.sentence,
                  f.start, f.end, f.text) for i, f in enumerate(extraction.figures)])
            cur.executemany(
                'INSERT INTO entities (doc_id, type, name, canonical, kind, level, place, start, "end")'
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(doc_id, "organization", o.name, o.canonical, o.kind, o.level, o.place, o.start, o.end)
                 for o in extraction.organizations]
                + [(doc_id, "person", p.name, p.name, p.title, None, None, p.start, p.end)
                   for p in extraction.people]
                + [(doc_id, "place", p.name, p.canonical, p.kind, None, None, p.start, p.end)
                   for p in extraction.places])
        conn.execute(
            "UPDATE documents SET records = %s, extractor_version = %s, indexed_version = NULL WHERE id = %s",
            (records_json or json.dumps(extraction.to_dict(), ensure_ascii=False), extraction.version, doc_id))

    # -- search index bookkeeping ------------------------------------------

    def docs_needing_index(self, index_version: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE indexed_version IS DISTINCT FROM %s ORDER BY seq", (index_version,))
        return [r[0] for r in rows]

    def mark_indexed(self, ids: Iterable[str], index_version: int) -> None:
        with self.transaction() as conn, conn.cursor() as cur:
            cur.executemany("UPDATE documents SET indexed_version = %s WHERE id = %s",
                            [(index_version, i) for i in ids])


    # -- files and runs ----------------------------------------------------

    def file_state(self, path: str):
        return self.conn.execute("SELECT size, mtime_ns, sha256, status FROM files WHERE path = %s",
                                 (path,)).fetchone()

    def record_file(self, conn, path: str, size: int, mtime_ns: int, sha256: str, run_id: int, status: str) -> None:
        conn.execute(
            "INSERT INTO files (path, size, mtime_ns, sha256, last_run, status) VALUES (%s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
            " sha256 = excluded.sha256, last_run = excluded.last_run, status = excluded.status",
            (path, size, mtime_ns, sha256, run_id, status))

    def start_run(self, args: list[str]) -> int:
        with self.transaction() as conn:
            return conn.execute("INSERT INTO runs (started, args) VALUES (%s, %s) RETURNING id",
                                (now(), json.dumps(args, ensure_ascii=False))).fetchone()[0]

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished = %s, ingested = %s, unchanged = %s, duplicates = %s, failed = %s,"
                " skipped = %s WHERE id = %s",
                (now(), counts.get("ok", 0), counts.get("unchanged", 0), counts.get("duplicate", 0),
                 counts.get("error", 0), counts.get("skipped", 0), run_id))

    def add_run_files(self, conn, run_id: int, rows: Iterable[tuple]) -> None:
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO run_files (run_id, source, status, reason, doc_id, notes)"
                            " VALUES (%s, %s, %s, %s, %s, %s)", [(run_id, *row) for row in rows])

    def recent_runs(self, limit: int = 5) -> list[tuple]:
        return self.conn.execute("SELECT id, started, finished, ingested, unchanged, duplicates, failed, skipped"
                                 " FROM runs ORDER BY id DESC LIMIT %s", (limit,)).fetchall()

    def run_failures(self, run_id: int, limit: int = -1) -> list[tuple[str, str]]:
        return self.conn.execute("SELECT source, reason FROM run_files WHERE run_id = %s AND status = 'error'"
                                 " ORDER BY seq LIMIT %s", (run_id, None if limit < 0 else limit)).fetchall()

    def run_notes(self, run_id: int, limit: int = -1) -> list[tuple[str, str]]:
        return self.conn.execute("SELECT source, notes FROM run_files WHERE run_id = %s AND notes IS NOT NULL"
                                 " ORDER BY seq LIMIT %s", (run_id, None if limit < 0 else limit)).fetchall()


def ingest_paths(store: PgStore, paths: Iterable[Path], report=print) -> Counter:
    """Store the documents of each file (read and normalised by the ingest readers, no extraction),
    one transaction per file. A bad file is one line naming it and the reason; the batch goes on."""
    from ingest.work import read_file

    counts: Counter = Counter()
    paths = [Path(path) for path in paths]
    roots = given_roots(paths)
    for path in paths:
        name = str(path.absolute())
        results = read_file(name, path.read_bytes(), name)  # as the runner names sources
        with store.transaction() as conn:
            for result in results:
                if result.document is None:
                    counts["skipped" if result.skipped else "error"] += 1
                    if not result.skipped:
                        report(f"{path}: {result.error}")
                    continue
                source = result.source or name
                shown = shown_name(path.absolute(), roots) + source[len(name):] if source.startswith(name) else None
                counts[store.add_document(conn, result.document, source, None, shown)] += 1
    return counts
