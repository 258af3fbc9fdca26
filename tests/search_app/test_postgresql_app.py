"""The web app, status and check on a PostgreSQL store with the OpenSearch backend: the same sample
archive as the SQLite + Whoosh app of conftest.py (search_samples.py), on the session's real
postgresql-15 (tests/conftest.py) and osmem-server (or BAOCAO_TEST_OPENSEARCH_URL). Pages and API
answers must match the embedded app's (search hit sets, not ranking), corrections must write and
read back through PostgreSQL's JSON functions, and one real `baocao serve` answers over HTTP."""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
import urllib.request

import pytest
from click.testing import CliRunner

from backend_servers import opensearch_base, opensearch_url  # noqa: F401 (a fixture)
from search_samples import BCH, CCB, build_store


TOKEN = "mã-biên-tập-thử"


@pytest.fixture(scope="module")
def pg_archive(pg_database, opensearch_base, tmp_path_factory):
    """(database URL, search URL, data dir, {key: doc id}) of the sample archive in PostgreSQL,
    indexed in a fresh OpenSearch index."""
    from ingest.pgstore import PgStore
    from search_app.backends import open_backend

    url, search_url = pg_database(), opensearch_url(opensearch_base[0])
    data_dir = tmp_path_factory.mktemp("pg") / "data"
    backend = open_backend(search_url, data_dir)
    with PgStore.open(url, data_dir) as store:
        ids = build_store(data_dir, store=store, backend=backend)
    yield url, search_url, data_dir, ids
    backend.drop()
    backend.close()


@pytest.fixture(scope="module")
def pg_app(pg_archive):
    from ingest.pgstore import PgStore
    from search_app import create_app
    from search_app.backends import open_backend

    url, search_url, data_dir, _ = pg_archive
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir), "MAX_QUERY_CHARS": 200, "ADMIN_TOKEN": TOKEN},
                     store=PgStore.open(url, data_dir), engine=open_backend(search_url, data_dir))
    yield app
    app.extensions["baocao_release"]()


@pytest.fixture
def pg_client(pg_app):
    return pg_app.test_client()


def _env(pg_archive) -> dict:
    url, search_url, data_dir, _ = pg_archive
    return {"BAOCAO_DATABASE_URL": url, "BAOCAO_SEARCH_URL": search_url, "BAOCAO_DATA_DIR": str(data_dir)}


def test_the_store_is_postgresql(pg_app):
    from ingest.store import SCHEMA_VERSION

    store = pg_app.extensions["baocao_store"]
    assert store.dialect.name == "postgresql" and store.path is None
    assert store.conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 6


def test_documents_match_the_sqlite_app(pg_client, client, doc_ids, pg_archive):
    assert pg_archive[3] == doc_ids  # same texts, same ids
    for key, doc_id in doc_ids.items():
        ours, theirs = pg_client.get(f"/api/documents/{doc_id}"), client.get(f"/api/documents/{doc_id}")
        assert ours.status_code == theirs.status_code == 200, key
        assert ours.get_json() == theirs.get_json(), key
    assert pg_client.get("/api/documents/nope").status_code == 404
    html = pg_client.get(f"/documents/{doc_ids['ccb2016']}").get_data(as_text=True)
    assert "Báo cáo kết quả phối hợp giữa Bộ Chỉ huy Quân sự tỉnh" in html and "1.250" in html
    # the kept original downloads from this machine's data dir; the second source of "dong" points outside it
    with pg_client.get(f"/documents/{doc_ids['ccb2016']}/original/0") as response:
        assert response.status_code == 200 and "12.040 hội viên" in response.get_data(as_text=True)
    assert pg_client.get(f"/documents/{doc_ids['dong']}/original/1").status_code == 404


@pytest.mark.parametrize("query", [
    "", "q=cuu+chien+binh", "q=c%E1%BB%B1u+chi%E1%BA%BFn+binh", "q=%22su%E1%BA%A5t+qu%C3%A0%22", "year=2017",
    "q=hi%E1%BA%BFn+m%C3%A1u", "province=Ngh%E1%BB%87+An&year=2016", "org=" + CCB, "q=-binh",
], ids=["all", "folded", "accented", "phrase", "year", "hienmau", "facets", "org", "not"])
def test_search_matches_the_sqlite_app(pg_client, client, query):
    ours, theirs = pg_client.get(f"/api/search?{query}&per_page=50"), client.get(f"/api/search?{query}&per_page=50")
    assert ours.status_code == theirs.status_code == 200
    ours, theirs = ours.get_json(), theirs.get_json()
    assert {r["id"] for r in ours["results"]} == {r["id"] for r in theirs["results"]}
    assert ours["total"] == theirs["total"] and ours["facets"] == theirs["facets"]
    # what each result shows from the store: headline figures, dates, provinces
    shown = {r["id"]: (r["figures"], r["published"], r["provinces"]) for r in theirs["results"]}
    assert {r["id"]: (r["figures"], r["published"], r["provinces"]) for r in ours["results"]} == shown
    page = pg_client.get(f"/?{query}")
    assert page.status_code == 200 and "văn bản" in page.get_data(as_text=True)


@pytest.mark.parametrize("query", [
    "", "value_min=1000000", "fig_activity=tuyen_truyen", "q=cuu+chien+binh&unit=su%E1%BA%A5t+qu%C3%A0",
    "qualifier=over", "fig_org=" + CCB, "fig_year=2017", "value_min=38&value_max=1500", "per_page=4&page=2",
], ids=["all", "value", "activity", "unit", "qualifier", "org", "year", "range", "page"])
def test_figures_match_the_sqlite_app(pg_client, client, query):
    ours, theirs = pg_client.get(f"/api/figures?{query}").get_json(), client.get(f"/api/figures?{query}").get_json()
    assert ours == theirs
    assert pg_client.get(f"/figures?{query}").status_code == 200


def test_figures_answers(pg_client):
    # the values themselves, not only "the same as SQLite"
    data = pg_client.get("/api/figures?fig_activity=tuyen_truyen").get_json()
    assert {(a["year"], a["unit"], a["sum"], a["count"]) for a in data["aggregates"]} == {
        (2016, "buổi", 37, 1), (2017, "buổi", 40, 1)}
    assert pg_client.get("/api/figures").get_json()["total"] == 9
    assert [f["value"] for f in pg_client.get("/api/figures?value_min=1000000").get_json()["figures"]] == [1.5e9]
    html = pg_client.get("/figures?fig_activity=tuyen_truyen").get_data(as_text=True)
    assert "37" in html and "40" in html


def test_exports_and_programmes_match(pg_client, client):
    for path in ("/export/figures.csv", "/export/documents.csv"):
        ours, theirs = pg_client.get(path).get_data(as_text=True), client.get(path).get_data(as_text=True)
        # relevance ties may break differently between the two engines: compare the rows as sets
        assert sorted(ours.splitlines()) == sorted(theirs.splitlines()), path
    query = f"/programmes?a={BCH}&b={CCB}"
    ours, theirs = pg_client.get(query).get_data(as_text=True), client.get(query).get_data(as_text=True)
    assert re.findall(r"<td[^>]*>([^<]*)</td>", ours) == re.findall(r"<td[^>]*>([^<]*)</td>", theirs)
    assert "1.250" in ours


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _sign_in(client) -> str:
    """Sign in as an editor; the CSRF token for the writes that follow."""
    csrf = _csrf(client.get("/editor").get_data(as_text=True))
    assert client.post("/editor/login", data={"csrf_token": csrf, "token": TOKEN, "name": "Biên Tập"}
                       ).status_code == 302
    return _csrf(client.get("/editor").get_data(as_text=True))


def test_corrections_write_and_read_back(pg_client, pg_app, doc_ids):
    """The editor's POST writes the correction in PostgreSQL; filters, pages and exports read the
    corrected value through PostgreSQL's JSON operators. Undone at the end (the app is shared)."""
    store = pg_app.extensions["baocao_store"]
    doc = doc_ids["ccb2016"]
    start, end = store.conn.execute('SELECT start, "end" FROM figures WHERE doc_id = ? AND text = ?',
                                    (doc, "37 buổi")).fetchone()
    csrf = _sign_in(pg_client)
    try:
        r = pg_client.post(f"/documents/{doc}/corrections", data={
            "csrf_token": csrf, "target": "figure", "start": start, "end": end, "action": "correct", "value": "38",
            "unit": "buổi", "activity": "tuyen_truyen", "organizations": CCB, "kind": "target"})
        assert r.status_code == 303
        fig = next(f for f in pg_client.get(f"/api/documents/{doc}").get_json()["figures"] if f["start"] == start)
        assert (fig["value"], fig["kind"], fig["correction"], fig["original_value"]) == (38, "target", "correct", 37)
        in_range = pg_client.get("/api/figures?value_min=38&value_max=38").get_json()["figures"]
        assert [f["text"] for f in in_range] == ["37 buổi"]
        # organisations as corrected: the figure no longer names the Bộ Chỉ huy
        by_org = {f["text"] for f in pg_client.get(f"/api/figures?fig_org={BCH}").get_json()["figures"]}
        assert "37 buổi" not in by_org and "40 buổi" in by_org
        assert "37 buổi" in {f["text"] for f in pg_client.get(f"/api/figures?fig_org={CCB}").get_json()["figures"]}
        assert "“37 buổi”" in pg_client.get("/corrections").get_data(as_text=True)
        log = list(csv.DictReader(io.StringIO(pg_client.get("/export/corrections.csv").get_data(as_text=True)
                                              .lstrip("\ufeff"))))
        assert len(log) == 1 and log[0]["text"] == "37 buổi"
        # a rejected figure leaves the figures list and the headline figures
        r = pg_client.post(f"/documents/{doc}/corrections", data={
            "csrf_token": csrf, "target": "figure", "start": start, "end": end, "action": "reject"})
        assert r.status_code == 303
        assert "37 buổi" not in {f["text"] for f in pg_client.get("/api/figures").get_json()["figures"]}
        result = next(r for r in pg_client.get("/api/search?q=cuu+chien+binh").get_json()["results"] if r["id"] == doc)
        assert all(f["text"] != "37 buổi" for f in result["figures"])
        # a mention that is not there: 404, nothing written
        assert pg_client.post(f"/documents/{doc}/corrections", data={
            "csrf_token": csrf, "target": "figure", "start": 0, "end": 1, "action": "reject"}).status_code == 404
        assert store.conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 2
    finally:
        with store.transaction() as conn:
            conn.execute("DELETE FROM corrections")


def test_status_and_check(pg_archive, monkeypatch):
    from ingest.cli import status_command
    from search_app.backends import open_backend
    from search_app.maintenance import backup_command, check_command, restore_command

    for name, value in _env(pg_archive).items():
        monkeypatch.setenv(name, value)
    url, search_url, data_dir, ids = pg_archive
    runner = CliRunner()
    out = runner.invoke(status_command, [])
    assert out.exit_code == 0, out.output
    host = url.split("@", 1)[1]
    assert f"Kho: postgresql://{host}" in out.output
    assert "Văn bản: 6 (nguồn: 7, đã trích xuất: 6, đã lập chỉ mục: 6, số liệu: 9)" in out.output
    out = runner.invoke(check_command, [])
    assert out.exit_code == 0, out.output
    assert "Kho có 6 văn bản; kho và chỉ mục khớp nhau" in out.output
    # the index loses a document and gains one the store does not have
    backend = open_backend(search_url, data_dir)
    try:
        backend.delete([ids["hienmau"]])
        backend.refresh()
        out = runner.invoke(check_command, [])
        assert out.exit_code == 1, out.output
        assert f"thiếu trong chỉ mục: 1: {ids['hienmau']}" in out.output
        out = runner.invoke(check_command, ["--repair"])
        assert out.exit_code == 0, out.output
        assert "Đã sửa: đã lập chỉ mục lại 1 văn bản" in out.output
        assert backend.count() == 6
    finally:
        backend.close()
    # a kept original gone from this machine's data dir is reported
    original = next((data_dir / "originals").iterdir())
    kept = original.read_bytes()
    original.unlink()
    try:
        out = runner.invoke(check_command, [])
        assert out.exit_code == 1 and "Tệp gốc đã lưu bị mất: 1" in out.output
    finally:
        original.write_bytes(kept)
    # backup and restore say, in one line, that PostgreSQL is backed up with its own tools
    out = runner.invoke(backup_command, [str(data_dir.parent / "b.tar.gz")])
    assert out.exit_code == 1 and "pg_dump" in out.output and len(out.output.strip().splitlines()) == 1
    assert not (data_dir.parent / "b.tar.gz").exists()
    (data_dir.parent / "x.tar.gz").write_bytes(b"")
    out = runner.invoke(restore_command, [str(data_dir.parent / "x.tar.gz")])
    assert out.exit_code == 1 and "pg_restore" in out.output


def test_an_unreachable_database_is_one_line(tmp_path, monkeypatch):
    from ingest.cli import status_command

    monkeypatch.setenv("BAOCAO_DATABASE_URL", f"postgresql://nobody:secret@127.0.0.1:{_closed_port()}/kho")
    out = CliRunner().invoke(status_command, ["--data-dir", str(tmp_path)])
    assert out.exit_code == 1
    assert "không kết nối được PostgreSQL 127.0.0.1" in out.output and "secret" not in out.output
    assert len(out.output.strip().splitlines()) == 1



def test_the_web_app_says_503_when_postgresql_is_gone(pg_archive, monkeypatch):
    """Read connections come from a pool; when the server does not answer, a page is a 503 naming
    the database (not a 500, not the password)."""
    from ingest import pgstore
    from search_app import create_app
    from search_app.backends import open_backend

    url, search_url, data_dir, ids = pg_archive
    monkeypatch.setattr(pgstore, "_TIMEOUT_S", 1)
    store = pgstore.PgStore.open(url, data_dir)
    pooled = store.readonly_connection()  # the pool works ...
    assert pooled.execute("SELECT count(*) FROM documents").fetchone() == (6,)
    pooled.close()
    assert not pooled.raw.closed  # ... and keeps the connection for the next request
    store._pool.close()
    store._pool, store.url = None, f"postgresql://nobody:secret@127.0.0.1:{_closed_port()}/kho"  # ... then the server goes
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)}, store=store, engine=open_backend(search_url, data_dir))
    try:
        response = app.test_client().get(f"/api/documents/{ids['hienmau']}")
        assert response.status_code == 503
        assert "không kết nối được PostgreSQL 127.0.0.1" in response.get_json()["error"]
        assert "secret" not in response.get_json()["error"]
    finally:
        app.extensions["baocao_release"]()


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_from_postgresql(pg_archive, doc_ids, tmp_path):
    """One real `baocao serve` (waitress) on PostgreSQL + OpenSearch."""
    port = _closed_port()
    env = {**os.environ, **_env(pg_archive)}
    proc = subprocess.Popen([sys.executable, "-m", "search_app.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/search?q=hien+mau", timeout=5) as r:
                    data = __import__("json").loads(r.read())
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "serve did not answer in 60 s"
                time.sleep(0.2)
        assert [r["id"] for r in data["results"]] == [doc_ids["hienmau"]]
        with urllib.request.urlopen(f"{base}/documents/{doc_ids['hienmau']}", timeout=5) as r:
            assert "450 đơn vị máu" in r.read().decode("utf-8")
        with urllib.request.urlopen(f"{base}/figures?fig_activity=hien_mau", timeout=5) as r:
            assert r.status == 200 and "450" in r.read().decode("utf-8")
    finally:
        proc.terminate()
        proc.communicate(timeout=30)  # reads and closes its stderr


def test_ingest_reextract_and_check_on_postgresql(fresh_pg_db, opensearch_base, tmp_path, monkeypatch):
    """`baocao ingest --no-extract`, then `baocao reextract` fills the records, figures and entities
    in PostgreSQL and the OpenSearch index follows; status and check agree."""
    import json
    import shutil
    from pathlib import Path

    from search_app.backends import open_backend
    from search_app.cli import main

    search_url = opensearch_url(opensearch_base[0])
    monkeypatch.setenv("BAOCAO_DATABASE_URL", fresh_pg_db)
    monkeypatch.setenv("BAOCAO_SEARCH_URL", search_url)
    folder, data_dir = tmp_path / "in", tmp_path / "data"
    folder.mkdir()
    for f in sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))[:3]:
        shutil.copy(f, folder / f.name)
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", str(folder), "--no-extract", "--quiet", "--data-dir", str(data_dir)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["status", "--data-dir", str(data_dir)])
    assert "Văn bản: 3 (nguồn: 3, đã trích xuất: 0, đã lập chỉ mục: 3, số liệu: 0)" in out.output, out.output
    out = runner.invoke(main, ["docs", "--json", "--data-dir", str(data_dir)])
    assert out.exit_code == 0 and len(out.output.splitlines()) == 3, out.output
    assert {json.loads(line)["source"] for line in out.output.splitlines()} == {str(f) for f in folder.iterdir()}
    out = runner.invoke(main, ["reextract", "--data-dir", str(data_dir)])
    assert out.exit_code == 0, out.output
    assert "Đã trích xuất lại 3 văn bản" in out.output
    out = runner.invoke(main, ["status", "--data-dir", str(data_dir)])
    figures = int(re.search(r"số liệu: (\d+)\)", out.output).group(1))
    assert "đã trích xuất: 3, đã lập chỉ mục: 3" in out.output and figures > 0, out.output
    out = runner.invoke(main, ["check", "--data-dir", str(data_dir)])
    assert out.exit_code == 0 and "kho và chỉ mục khớp nhau" in out.output, out.output
    exported = tmp_path / "figures.json"
    out = runner.invoke(main, ["export", "--what", "figures", "--format", "json", "-o", str(exported),
                               "--data-dir", str(data_dir)])
    assert out.exit_code == 0, out.output
    assert len(json.loads(exported.read_text("utf-8"))) == figures
    backend = open_backend(search_url, None)
    try:
        assert backend.count() == 3
    finally:
        backend.drop()
        backend.close()


def _org_counts(client) -> dict[str, int]:
    return {f["value"]: f["count"] for f in client.get("/api/facets").get_json()["facets"]["org"]}


def test_a_corrected_organisation_stays_in_opensearch_facets_through_a_rebuild(pg_client, pg_app, doc_ids):
    """A renamed organisation mention reaches the OpenSearch index at once, and a full rebuild from
    the store keeps it (the index entries carry the corrections on every backend: backends.stored_docs)."""
    store, engine = pg_app.extensions["baocao_store"], pg_app.extensions["baocao_engine"]
    doc = doc_ids["ccb2017"]
    start, end, written = store.conn.execute(
        "SELECT start, \"end\", name FROM entities WHERE doc_id = ? AND type = 'organization' AND canonical = ?",
        (doc, CCB)).fetchone()
    before = _org_counts(pg_client)
    csrf = _sign_in(pg_client)
    try:
        r = pg_client.post(f"/documents/{doc}/corrections", data={
            "csrf_token": csrf, "target": "organization", "start": start, "end": end, "action": "correct",
            "canonical": "Hội Khuyến học"})
        assert r.status_code == 303, written
        after = _org_counts(pg_client)
        assert after.get("Hội Khuyến học") == before.get("Hội Khuyến học", 0) + 1
        assert after[CCB] == before[CCB] - 1
        engine.rebuild(store)
        assert _org_counts(pg_client) == after
    finally:
        with store.transaction() as conn:
            conn.execute("DELETE FROM corrections")
        engine.rebuild(store)
    assert _org_counts(pg_client) == before
