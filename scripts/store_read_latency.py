"""Read latency of the web app on its two stores: SQLite + Whoosh against PostgreSQL + OpenSearch.

    python scripts/store_read_latency.py [--rounds 60]

Builds the test suite's sample archive (tests/search_app/search_samples.py) twice, in SQLite
with the embedded index and in a throwaway PostgreSQL server (Debian's postgresql-15, as the tests
start it) with osmem-server (or BAOCAO_TEST_OPENSEARCH_URL), then times the same requests through
the Flask test client: median and p95 per request. Six documents: this measures the cost of a
request's round trips to each store, not scaling.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "search_app")]

import pg_server  # noqa: E402
from backend_servers import _opensearch_server, opensearch_url  # noqa: E402
from search_samples import CCB, build_store  # noqa: E402

from ingest.pgstore import PgStore  # noqa: E402
from search_app import create_app  # noqa: E402
from search_app.backends import open_backend  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    bindir = pg_server.bin_dir()
    if bindir is None:
        sys.exit("PostgreSQL server binaries not found (apt-get install postgresql-15)")
    url, stop_pg = pg_server.start(bindir)
    base, label, stop_os = _opensearch_server()
    apps = []
    try:
        tmp = Path(tempfile.mkdtemp(prefix="baocao-lat-"))
        ids = build_store(tmp / "sqlite")
        apps.append(("sqlite + whoosh", create_app({"TESTING": True, "DATA_DIR": str(tmp / "sqlite")})))
        backend = open_backend(opensearch_url(base), tmp / "pg")
        with PgStore.open(url, tmp / "pg") as store:
            build_store(tmp / "pg", store=store, backend=backend)
        apps.append((f"postgresql + {label.split(' at ')[0]}",
                     create_app({"TESTING": True, "DATA_DIR": str(tmp / "pg")}, store=PgStore.open(url, tmp / "pg"),
                                engine=backend)))
        paths = [f"/api/documents/{ids['ccb2016']}", f"/api/figures?fig_org={CCB}", f"/documents/{ids['ccb2016']}",
                 "/api/search?q=cuu+chien+binh"]
        for name, app in apps:
            client = app.test_client()
            for path in paths:
                client.get(path)  # warm: caches, the pool's first connection
                times = []
                for _ in range(args.rounds):
                    t0 = time.perf_counter()
                    assert client.get(path).status_code == 200
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                print(f"{name:32} {path[:44]:46} median {statistics.median(times):6.2f} ms  "
                      f"p95 {times[int(len(times) * 0.95) - 1]:6.2f} ms")
    finally:
        for _, app in apps:
            app.extensions["baocao_release"]()
        stop_os()
        stop_pg()


if __name__ == "__main__":
    main()
