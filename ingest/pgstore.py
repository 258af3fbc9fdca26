"""The store on PostgreSQL (psycopg 3), for several ingests on different machines at once.

The same schema (ingest/schema.sql) and the same statements as the SQLite store (ingest/store.py):
PgStore is that Store with PostgreSQL's connections and transactions, and PgConnection makes a
psycopg connection take the statements as written (`?` parameters, `rowid` for arrival order, which
is the `seq` column here). What makes concurrent writers safe is the database, not a lock file: a
document's id is the hash of its normalised text and the primary key, so two ingests storing the
same text race on `INSERT ... ON CONFLICT DO NOTHING` and exactly one of them stores it; each file
is one transaction, so a crash leaves the file's documents whole or absent.

`baocao ingest`, `serve`, `status`, `check`, `reextract` and the rest use it when `database_url` is
set (ingest/stores.py). `ingest_paths` is the per-file loop without the runner (no extraction),
for tests and scripts. Needs the `scale` extra (psycopg, psycopg-pool).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import psycopg
from psycopg.types.string import TextLoader
from psycopg_pool import ConnectionPool

from ingest.files import given_roots, shown_name
from ingest.store import Dialect, Store, StoreError, schema_sql, upgrade

# Several ingests may start at once against an empty database: CREATE TABLE IF NOT EXISTS is not
# safe under concurrency in PostgreSQL, so the schema is applied under a transaction-level lock.
_SCHEMA_LOCK = 0x0BA0CA0
_TIMEOUT_S = 10
# Read connections kept open for the web app's request threads (a new PostgreSQL connection costs
# a server process and ~15 ms, more than most pages): waitress's threads, exports included, and
# a few CLI readers fit well under PostgreSQL's default of 100 connections.
_POOL_MAX = 24


class PgDialect(Dialect):
    name = "postgresql"
    # JSON as jsonb (read back as text, see _configure: the readers parse it as they parse SQLite's);
    # `seq` numbers rows in arrival order where SQLite has its rowid
    words = {"json": "JSONB", "serial": "BIGSERIAL PRIMARY KEY", "seq": "    seq BIGSERIAL UNIQUE,\n"}
    formfeed = "chr(12)"

    def json_get(self, expr: str, key: str, sqltype: str = "TEXT") -> str:
        if sqltype == "JSON":
            return f"({expr} -> '{key}')"
        # ->> gives text: cast to the column's type so COALESCE with the column is well typed
        return f"({expr} ->> '{key}')" if sqltype == "TEXT" else f"CAST({expr} ->> '{key}' AS {sqltype})"

    def json_list(self, expr: str) -> str:
        return f"SELECT value FROM jsonb_array_elements_text(CAST({expr} AS JSONB))"

    def columns(self, conn, table: str) -> set[str]:
        rows = conn.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                            " AND table_name = ?", (table,))
        return {r[0] for r in rows}

    def upgrade(self, conn, version: int) -> None:
        if version == 0:
            # stores of the first PostgreSQL round numbered documents and run_files only
            conn.execute("ALTER TABLE sources ADD COLUMN IF NOT EXISTS seq BIGSERIAL UNIQUE")


POSTGRESQL = PgDialect()


@lru_cache(maxsize=512)
def _translate(sql: str) -> str:
    """A statement of ingest/store.py or search_app/db.py in psycopg's spelling. One already in
    psycopg's (`%s`, no `?`: callers written for the first PgStore, whose conn was psycopg's) is
    left as it is."""
    if "%s" in sql and "?" not in sql:
        return sql
    return re.sub(r"\browid\b", "seq", sql.replace("%", "%%").replace("?", "%s"))


class PgConnection:
    """A psycopg connection that takes the store's statements as written, with sqlite3's
    execute/executemany; `raw` is the psycopg connection."""

    dialect = POSTGRESQL

    def __init__(self, raw: psycopg.Connection, release=None):
        self.raw = raw
        self._release = release  # back to the pool it came from, instead of closing

    def execute(self, sql: str, params: Iterable = ()) -> psycopg.Cursor:
        return self.raw.execute(_translate(sql), list(params))

    def executemany(self, sql: str, rows: Iterable) -> psycopg.Cursor:
        cur = self.raw.cursor()
        cur.executemany(_translate(sql), list(rows))
        return cur

    def close(self) -> None:
        if self._release is None:
            self.raw.close()
        else:
            release, self._release = self._release, None
            release(self.raw)

    def __getattr__(self, name: str):
        # the rest of psycopg's connection (cursor(), transaction(), ...) for code that needs it
        return getattr(self.raw, name)


_READONLY = "-c default_transaction_read_only=on"


def _unreachable(url: str, exc: Exception) -> StoreError:
    # the URL may carry a password: name the host and database only
    info = psycopg.conninfo.conninfo_to_dict(url)
    return StoreError(f"database_url: không kết nối được PostgreSQL {info.get('host', '')}:"
                      f"{info.get('port', 5432)}/{info.get('dbname', '')} ({str(exc).strip().splitlines()[0]})")


def _configure(raw: psycopg.Connection) -> None:
    # JSON columns come back as text, as SQLite gives them: one parsing for both stores
    for name in ("json", "jsonb"):
        raw.adapters.register_loader(name, TextLoader)


def connect(url: str, readonly: bool = False) -> PgConnection:
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=_TIMEOUT_S, options=_READONLY if readonly else "")
    except psycopg.OperationalError as exc:
        raise _unreachable(url, exc) from None
    _configure(raw)
    return PgConnection(raw)


class PgStore(Store):
    """The store on PostgreSQL. `data_dir` is this machine's directory for kept originals (and a
    local search index); `path` is None: the ingest workers then open no SQLite connection."""

    dialect = POSTGRESQL
    path = None

    def __init__(self, conn: PgConnection, url: str, data_dir: Path):
        self.conn = conn
        self.url = url
        self.data_dir = data_dir
        self._pool: ConnectionPool | None = None

    @property
    def where(self) -> str:
        info = psycopg.conninfo.conninfo_to_dict(self.url)  # no password in messages
        return f"postgresql://{info.get('host', '')}:{info.get('port', 5432)}/{info.get('dbname', '')}"

    @classmethod
    def open(cls, url: str, data_dir=None) -> "PgStore":
        from ingest import settings

        root = settings.data_dir(data_dir)
        for sub in ("index", "originals"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        conn = connect(url)
        try:
            with conn.raw.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(?)", (_SCHEMA_LOCK,))
                conn.raw.execute(schema_sql(POSTGRESQL))
                upgrade(conn, POSTGRESQL, url)
        except BaseException:
            conn.close()
            raise
        return cls(conn, url, root)

    @staticmethod
    @contextmanager
    def _transaction_on(conn: PgConnection) -> Iterator[PgConnection]:
        # rolled back on any exception, Ctrl-C included
        with conn.raw.transaction():
            yield conn

    def write_connection(self) -> PgConnection:
        return connect(self.url)

    def readonly_connection(self) -> PgConnection:
        """A read-only connection from the store's pool (made on first use); close() gives it back."""
        if self._pool is None:
            self._pool = ConnectionPool(self.url, min_size=1, max_size=_POOL_MAX, open=True, configure=_configure,
                                        check=ConnectionPool.check_connection, timeout=_TIMEOUT_S,
                                        kwargs={"autocommit": True, "options": _READONLY,
                                                "connect_timeout": _TIMEOUT_S})
        try:
            raw = self._pool.getconn()
        except psycopg.OperationalError as exc:  # the pool's PoolTimeout too: the server went away
            raise _unreachable(self.url, exc) from None
        return PgConnection(raw, release=self._pool.putconn)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        self.conn.close()


def ingest_paths(store: Store, paths: Iterable[Path], report=print) -> Counter:
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
