"""The PostgreSQL store on a real server: Debian's postgresql-15, started once per session in a
temporary directory on a free loopback port (tests/conftest.py: pg_url) and stopped after. Several ingest
processes write to it at once: every text is stored once, every source is kept, nothing is lost."""
from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

if os.environ.get("CI"):
    import psycopg  # CI installs the test extra: a skip there would hide a broken install
else:
    psycopg = pytest.importorskip("psycopg")

from extract.records import Extraction, Figure, Organization  # noqa: E402
from ingest.document import Document  # noqa: E402
from ingest.normalize import doc_id  # noqa: E402
from ingest.pgstore import PgStore, ingest_paths  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "search_app"))
from backend_servers import opensearch_base, opensearch_url  # noqa: E402,F401 (a fixture)

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _doc(text: str, **kw) -> Document:
    return Document(id=doc_id(text), title=kw.pop("title", "Tin"), text=text, sources=[], **kw)


def test_documents_sources_records_and_index_marks(fresh_pg_db, tmp_path):
    text = "Hội Cựu chiến binh tỉnh trao 1.250 suất quà năm 2016."
    doc = _doc(text, published="2016-12-20", years=[2016], provinces=["Nghệ An"], doc_type="bao_cao")
    with PgStore.open(fresh_pg_db, tmp_path / "check") as store:
        with store.transaction() as conn:
            assert store.add_document(conn, doc, "/a.txt", None) == "ok"
            assert store.add_document(conn, doc, "/a.txt", None) == "unchanged"
            assert store.add_document(conn, doc, "/b.txt", "/orig/b.txt") == "duplicate"
        got = store.get_document(doc.id)
        assert (got.title, got.text, got.years, got.provinces, got.published) == (
            "Tin", text, [2016], ["Nghệ An"], "2016-12-20")
        assert got.sources == ["/a.txt", "/b.txt"]
        a, b = text.index("1.250"), text.index("1.250") + len("1.250 suất quà")
        store.put_extraction(doc.id, Extraction(version=3, organizations=[
            Organization("Hội Cựu chiến binh", "Hội Cựu chiến binh", "other", None, None, 0, 18)], figures=[
            Figure(1250, None, "suất quà", "exact", "tham_hoi_tang_qua", ["Hội Cựu chiến binh"], 2016, None,
                   text, a, b, text[a:b], [(a, b)])]))
        assert store.get_records(doc.id)["figures"][0]["value"] == 1250
        assert store.docs_needing_index(7) == [doc.id]
        store.mark_indexed([doc.id], 7)
        assert store.docs_needing_index(7) == []
        # a failed file leaves nothing behind
        with pytest.raises(RuntimeError), store.transaction() as conn:
            store.add_document(conn, _doc("Văn bản khác hẳn."), "/c.txt", None)
            raise RuntimeError("crash mid-file")
        assert store.count_documents() == 1


def _machine_folders(tmp_path: Path, files: list[Path], machines: int) -> list[Path]:
    """A copy of `files` per "machine" (may-0, may-1, ...): other paths, same texts."""
    folders = []
    for n in range(machines):
        folder = tmp_path / f"may-{n}"
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        folders.append(folder)
    return folders


def _ingest_worker(url: str, data_dir: str, paths: list[str], out) -> None:
    with PgStore.open(url, data_dir) as store:
        out.put(dict(ingest_paths(store, [Path(p) for p in paths], report=lambda line: None)))


def test_concurrent_ingests_store_each_text_once(fresh_pg_db, tmp_path):
    """Four processes ingest the sample corpus's text files at once, each from its own copy of
    the folder (other paths, same texts): each text is stored once, with all four sources."""
    files = sorted(CORPUS.glob("*.txt"))
    assert len(files) >= 20
    copies = [sorted(str(p) for p in folder.iterdir()) for folder in _machine_folders(tmp_path, files, 4)]
    ctx = multiprocessing.get_context("spawn")  # no inherited connections or locks
    out = ctx.Queue()
    procs = [ctx.Process(target=_ingest_worker, args=(fresh_pg_db, str(tmp_path / f"data-{n}"), paths, out))
             for n, paths in enumerate(copies)]
    for p in procs:
        p.start()
    counts = Counter()
    for _ in procs:
        counts.update(out.get(timeout=120))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    with PgStore.open(fresh_pg_db, tmp_path / "check") as store:
        stored = store.count_documents()
        sources = store.conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    # one ingest stored each distinct text; the other three recorded their copy as a duplicate
    assert counts["ok"] == stored and counts["duplicate"] == 3 * stored
    assert counts.get("error", 0) == 0 and sources == 4 * stored
    assert stored == len(files)  # the sample corpus's text files are all different


def test_concurrent_baocao_ingest_into_postgresql_and_opensearch(fresh_pg_db, opensearch_base, tmp_path):
    """Three `baocao ingest` processes ("machines": each its own data dir and copy of the files)
    write one PostgreSQL store and one OpenSearch index at once, with no lock file between them."""
    from search_app.backends import open_backend
    from search_app.filters import Filters

    files = sorted(CORPUS.glob("*.txt"))[:12]
    search_url = opensearch_url(opensearch_base[0])
    env = {**os.environ, "BAOCAO_DATABASE_URL": fresh_pg_db, "BAOCAO_SEARCH_URL": search_url}
    procs = []
    for n, folder in enumerate(_machine_folders(tmp_path, files, 3)):
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "search_app.cli", "ingest", str(folder), "--no-extract", "--quiet",
             "--workers", "1", "--data-dir", str(tmp_path / f"data-{n}")],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    lines = []
    for p in procs:
        out, _ = p.communicate(timeout=180)
        assert p.returncode == 0, out
        lines.append(out.strip().splitlines()[-1])
    # every file stored by exactly one ingest; the others found its text already there
    ingested = sum(int(line.split("ingested ")[1].split(",")[0]) for line in lines)
    duplicates = sum(int(line.split("duplicates ")[1].split(",")[0]) for line in lines)
    assert (ingested, duplicates) == (len(files), 2 * len(files)), lines
    with PgStore.open(fresh_pg_db, tmp_path / "check") as store:
        assert store.count_documents() == len(files)
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 3 * len(files)
        assert len(store.recent_runs(10)) == 3
    backend = open_backend(search_url, None)
    try:
        assert backend.count() == len(files)
        assert backend.search(Filters(q="")).total == len(files)
    finally:
        backend.drop()
        backend.close()


def test_a_first_round_postgresql_store_is_upgraded(fresh_pg_db, tmp_path):
    """The tables the first PostgreSQL store made (no schema version, no ocr, figures without kind,
    periods and role, sources without arrival order) gain what the one schema has now."""
    from ingest.store import SCHEMA_VERSION

    text = "Hội Cựu chiến binh tỉnh trao 1.250 suất quà năm 2016."
    with psycopg.connect(fresh_pg_db, autocommit=True) as conn:
        conn.execute("""
            CREATE TABLE documents (id TEXT PRIMARY KEY, seq BIGSERIAL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL,
                published TEXT, years JSONB NOT NULL DEFAULT '[]', provinces JSONB NOT NULL DEFAULT '[]',
                doc_type TEXT NOT NULL, format TEXT NOT NULL DEFAULT '', url TEXT, source_name TEXT,
                added_at TEXT NOT NULL, extractor_version INTEGER, records JSONB, indexed_version INTEGER);
            CREATE TABLE sources (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                source TEXT NOT NULL, original TEXT, PRIMARY KEY (doc_id, source));
            CREATE TABLE figures (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL, value DOUBLE PRECISION NOT NULL, value_max DOUBLE PRECISION, unit TEXT NOT NULL,
                qualifier TEXT NOT NULL, activity TEXT NOT NULL, organizations JSONB NOT NULL, year INTEGER,
                place TEXT, sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                text TEXT NOT NULL, PRIMARY KEY (doc_id, idx));""")
        conn.execute("INSERT INTO documents (id, title, text, years, doc_type, added_at) VALUES"
                     " ('old', 'Cũ', %s, '[2016]', 'tin_bai', '2026-01-01')", (text,))
        conn.execute("INSERT INTO sources VALUES ('old', '/b.txt', NULL), ('old', '/a.txt', NULL)")
    with PgStore.open(fresh_pg_db, tmp_path / "d") as store:
        assert store.conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        old = store.get_document("old")
        assert (old.years, old.ocr, old.sources) == ([2016], [], ["/b.txt", "/a.txt"])  # arrival order kept
        a, b = text.index("1.250"), text.index("1.250") + len("1.250 suất quà")
        store.put_extraction("old", Extraction(version=3, figures=[
            Figure(1250, None, "suất quà", "exact", "tham_hoi_tang_qua", [], None, None, text, a, b, text[a:b],
                   [(a, b)], kind="target", period_from=2016, period_to=2020, role="total")]))
        assert store.conn.execute("SELECT kind, period_from, period_to, role FROM figures").fetchall() == [
            ("target", 2016, 2020, "total")]
    with PgStore.open(fresh_pg_db, tmp_path / "d") as store:  # opening again changes nothing
        assert store.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1


def test_callers_of_the_first_pgstore_keep_working(fresh_pg_db, tmp_path):
    """store.conn and the transaction's conn still take psycopg's own spelling and methods."""
    with PgStore.open(fresh_pg_db, tmp_path / "d") as store:
        with store.transaction() as conn:
            assert store.add_document(conn, _doc("Một văn bản."), "/a.txt", None) == "ok"
            with conn.cursor() as cur:
                cur.execute("SELECT count(*) FROM sources WHERE source = %s", ("/a.txt",))
                assert cur.fetchone() == (1,)
        assert store.conn.execute("SELECT count(*) FROM documents WHERE title = %s", ("Tin",)).fetchone() == (1,)
        assert store.conn.execute("SELECT count(*) FROM documents WHERE title LIKE '%T%'").fetchone() == (1,)
