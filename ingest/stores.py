"""Which store the commands use: SQLite in the data directory (default), or the PostgreSQL
database of the `database_url` setting (BAOCAO_DATABASE_URL), shared by ingests on many machines
and read by any number of `baocao serve`."""
from __future__ import annotations

import click

from ingest import settings
from ingest.store import StoreError


def database_url() -> str:
    return str(settings.get("database_url") or "").strip()


def open_store(data_dir=None):
    """The configured store; a bad URL, a database that does not answer or a store made by a newer
    baocao is one line (click.ClickException), not a traceback."""
    url = database_url()
    try:
        if not url:
            from ingest.store import Store

            return Store.open(data_dir)
        if not url.startswith(("postgresql://", "postgres://")):
            raise click.ClickException(f"database_url {url!r}: chỉ hỗ trợ postgresql://")
        try:
            from ingest.pgstore import PgStore
        except ImportError as exc:
            raise click.ClickException(
                f"database_url cần gói bổ sung: pip install 'baocao[scale]' ({exc})") from exc
        return PgStore.open(url, data_dir)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None


def needs_local_lock() -> bool:
    """One writer per data directory guards the SQLite store and the local Whoosh index; with a
    PostgreSQL store and an OpenSearch index nothing local is written but kept originals, and
    concurrent ingests are the point (the database's primary key dedups)."""
    return not (database_url() and str(settings.get("search_url") or "").strip())
