"""Ingest while `baocao serve` answers; two ingests at once."""
from __future__ import annotations

import random
import subprocess
import threading
import time

import httpx
import pytest

from robust_helpers import (ROOT, Server, assert_store_consistent, cli_command, cli_env, connect_ro, make_corpus,
                            run_cli)

pytestmark = pytest.mark.slow

QUERY = "hội viên"


def _start_ingest(corpus, data, **env) -> subprocess.Popen:
    return subprocess.Popen(cli_command("ingest", str(corpus), "--data-dir", str(data), "--quiet", "--workers", "1"),
                            cwd=ROOT, env=cli_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _reader(base: str, ids: list[str], stop: threading.Event, seed: int, log: dict) -> None:
    """One user clicking around: searches, facets, documents, an export. Records every failure."""
    rng = random.Random(seed)
    totals: list[int] = []
    with httpx.Client(base_url=base, timeout=60) as http:
        while not stop.is_set():
            kind = rng.choice(("search", "search", "facets", "doc_api", "doc_page", "export", "figures"))
            if kind == "search":
                url, params = "/api/search", {"q": QUERY, "per_page": 5}
            elif kind == "facets":
                url, params = "/api/facets", {"q": QUERY}
            elif kind == "doc_api":
                url, params = f"/api/documents/{rng.choice(ids)}", {}
            elif kind == "doc_page":
                url, params = f"/documents/{rng.choice(ids)}", {}
            elif kind == "figures":
                url, params = "/api/figures", {"q": QUERY}
            else:
                url, params = "/export/figures.csv", {"q": "hiến máu"}
            try:
                response = http.get(url, params=params)
            except httpx.HTTPError as exc:
                log["errors"].append(f"{url}: {type(exc).__name__}")
                continue
            log["requests"] += 1
            body = response.text
            if kind == "export" and response.status_code == 429 and response.headers.get("Retry-After"):
                log["busy"] = log.get("busy", 0) + 1  # every export slot taken: "come back", not a failure
                continue
            if kind == "export" and response.status_code == 200:
                log["exports"] = log.get("exports", 0) + 1
            if response.status_code != 200:
                log["errors"].append(f"{url}: HTTP {response.status_code}: {body[:200]}")
            if "locked" in body.lower() and "database" in body.lower():
                log["errors"].append(f"{url}: lock error in body")
            if kind == "search" and response.status_code == 200:
                totals.append(response.json()["total"])
    log["totals"].append(totals)


def test_serving_while_ingesting_shows_only_committed_state(archive, tmp_path):
    conn = connect_ro(archive)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
    conn.close()
    more = tmp_path / "more"
    new_titles = make_corpus(more, 150, seed=5, start=70_000)
    log = {"errors": [], "requests": 0, "totals": []}
    with Server(archive) as server:
        stop = threading.Event()
        readers = [threading.Thread(target=_reader, args=(server.base, ids, stop, i, log)) for i in range(4)]
        for thread in readers:
            thread.start()
        ingest = _start_ingest(more, archive)
        try:
            out, err = ingest.communicate(timeout=600)
        finally:
            time.sleep(1.0)  # a little reading after the final commit too
            stop.set()
            for thread in readers:
                thread.join(timeout=120)
        assert ingest.returncode == 0, err
        assert log["errors"] == [], log["errors"][:10]
        assert log.get("exports", 0) >= 1, log  # exports were answered too, not only refused
        assert log["requests"] > 20
        for totals in log["totals"]:
            # documents are only added: a reader never sees a count go backwards (no half state)
            assert totals == sorted(totals), totals
        # and the readers were really there while the store changed under them
        assert any(totals and totals[0] < totals[-1] for totals in log["totals"]), log["totals"]
        # the running app picks up the new documents once the index commit lands
        title = sorted(new_titles)[0]
        deadline = time.monotonic() + 30
        found = []
        while time.monotonic() < deadline and not found:
            body = httpx.get(server.base + "/api/search", params={"q": title, "per_page": 50}, timeout=30).json()
            found = [hit for hit in body["results"] if hit["title"] == title]
            time.sleep(0.5)
        assert found, "the server never showed a document ingested while it was running"
    assert_store_consistent(archive)


def test_second_ingest_refuses_then_waits(archive, tmp_path):
    first_corpus = tmp_path / "first"
    make_corpus(first_corpus, 150, seed=11, start=80_000)
    second_corpus = tmp_path / "second"
    second_titles = make_corpus(second_corpus, 20, seed=12, start=90_000)
    from ingest.lock import is_locked

    first = _start_ingest(first_corpus, archive)
    try:
        deadline = time.monotonic() + 60
        while not is_locked(archive) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert is_locked(archive), "the first ingest never took the data-dir lock"
        refused = run_cli("ingest", str(second_corpus), "--data-dir", str(archive), "--quiet")
        assert refused.returncode == 2, refused.stdout + refused.stderr
        message = refused.stderr.strip().splitlines()
        assert len(message) == 1 and "đang được một tiến trình khác ghi" in message[0], refused.stderr
        assert "PID" in message[0]
        waiting = _start_ingest(second_corpus, archive, BAOCAO_LOCK_WAIT_S="600")
        out, err = first.communicate(timeout=600)
        assert first.returncode == 0, err
        out, err = waiting.communicate(timeout=600)
        assert waiting.returncode == 0, err
        assert out.strip().startswith("ingested 20,"), out
    finally:
        for proc in (first,):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert_store_consistent(archive)
    conn = connect_ro(archive)
    titles = {r[0] for r in conn.execute("SELECT title FROM documents")}
    conn.close()
    assert set(second_titles) <= titles
    check = run_cli("check", "--data-dir", str(archive))
    assert check.returncode == 0, check.stdout
