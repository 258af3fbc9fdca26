from __future__ import annotations

from pathlib import Path

import pytest

from ingest.settings import shared_corpus

BAOMOI = shared_corpus()


@pytest.fixture
def baomoi_path() -> Path:
    if not BAOMOI.exists():
        pytest.skip(f"{BAOMOI} is absent")
    return BAOMOI


# -- PostgreSQL ----------------------------------------------------------------------------------
# One server per test session (Debian's postgresql-15, started with initdb/pg_ctl in a temporary
# directory on a free loopback port, stopped at the end); each test that writes gets a database
# of its own on it (fresh_pg_db).

@pytest.fixture(scope="session")
def pg_url():
    """postgresql:// URL of the session's server (its `postgres` database)."""
    import os

    import pg_server

    if os.environ.get("CI"):
        import psycopg  # noqa: F401 - CI installs the test extra: a skip there would hide a broken install
    else:
        pytest.importorskip("psycopg")
    bindir = pg_server.bin_dir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (.ci/run installs postgresql-15)")
        pytest.skip("PostgreSQL server binaries not found")
    url, stop = pg_server.start(bindir)
    try:
        yield url
    finally:
        stop()


def _new_pg_db(pg_url: str) -> str:
    import os

    import psycopg

    from pg_server import free_port

    name = f"t{os.getpid()}_{free_port()}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return pg_url.rsplit("/", 1)[0] + "/" + name


def _drop_pg_db(pg_url: str, url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_database(pg_url):
    """make() -> the URL of a new, empty database on the session's server (for module fixtures);
    dropped at the end of the session."""
    made = []

    def make() -> str:
        made.append(_new_pg_db(pg_url))
        return made[-1]

    yield make
    for url in made:
        _drop_pg_db(pg_url, url)


@pytest.fixture
def fresh_pg_db(pg_url):
    """A new, empty database for one test."""
    url = _new_pg_db(pg_url)
    yield url
    _drop_pg_db(pg_url, url)
