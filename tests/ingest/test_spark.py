"""The Spark ingest engine on real engines: Spark local[2] (one SparkSession for this module),
Debian's postgresql-15 and the OpenSearch test server (osmem-server, or BAOCAO_TEST_OPENSEARCH_URL),
and once through a standalone master and worker started on loopback.

The equivalence test ingests corpus/ twice, with local + SQLite + Whoosh and with
spark + PostgreSQL + OpenSearch, and compares the documents, the extracted rows and the hit
sets of the benchmark queries; the ranking difference is printed (pytest -s shows it).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

if os.environ.get("CI"):
    import pyspark  # CI installs the test extra: a skip there would hide a broken install
else:
    pyspark = pytest.importorskip("pyspark")
    pytest.importorskip("psycopg")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "search_app"))
from backend_servers import opensearch_base, opensearch_url  # noqa: E402,F401 (a fixture)

from ingest.pgstore import PgStore  # noqa: E402
from search_app.cli import main  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
CORPUS_DOCS = 62  # tests/test_corpus_manifest.py holds the corpus's contents


@pytest.fixture(scope="module")
def spark():
    """local[2], lean: no UI, two shuffle partitions, small memory. The engine uses the active
    session instead of making its own."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("baocao-tests")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "512m").getOrCreate())
    yield session
    session.stop()


def _ingest(args, database_url, search_url, data_dir, quiet=True):
    env = {"BAOCAO_DATABASE_URL": database_url, "BAOCAO_SEARCH_URL": search_url}
    return CliRunner().invoke(main, ["ingest", *map(str, args), *(["--quiet"] if quiet else []), "--data-dir",
                                     str(data_dir)], env=env)


def _counts(line: str) -> dict[str, int]:
    """'ingested 3, unchanged 0, duplicates 0, failed 1' -> {'ingested': 3, ...}"""
    out = {}
    for part in line.split(", "):
        word, number = part.rsplit(" ", 1)
        out[word] = int(number)
    return out


def _summary(output: str) -> dict[str, int]:
    return _counts([line for line in output.splitlines() if line.startswith("ingested ")][-1])


@pytest.fixture(scope="module")
def spark_corpus(spark, pg_database, opensearch_base, tmp_path_factory):
    """corpus/ ingested once by the spark engine into a fresh database and a fresh OpenSearch index."""
    url = pg_database()
    search_url = opensearch_url(opensearch_base[0])
    data_dir = tmp_path_factory.mktemp("spark-data")
    started = time.perf_counter()
    result = _ingest([CORPUS, "--engine", "spark"], url, search_url, data_dir)
    print(f"\nspark engine, corpus/: {time.perf_counter() - started:.1f} s")
    yield url, search_url, data_dir, result
    from search_app.backends import open_backend

    backend = open_backend(search_url, None)
    backend.drop()
    backend.close()


def test_corpus_through_spark_into_postgresql_and_opensearch(spark_corpus):
    from search_app.backends import open_backend
    from search_app.filters import Filters

    url, search_url, data_dir, result = spark_corpus
    assert result.exit_code == 0, result.output
    assert _summary(result.output) == {"ingested": CORPUS_DOCS, "unchanged": 0, "duplicates": 0, "failed": 0}
    with PgStore.open(url, data_dir) as store:
        assert store.count_documents() == CORPUS_DOCS
        conn = store.conn
        assert conn.execute("SELECT count(*) FROM documents WHERE extractor_version IS NOT NULL").fetchone()[0] == CORPUS_DOCS
        assert conn.execute("SELECT count(*) FROM figures").fetchone()[0] > 100
        # every document was sent to OpenSearch by the executor that stored it
        assert store.docs_needing_index(1_000_001) == []
        assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == len(
            [p for p in CORPUS.iterdir() if p.name != "README.md"])
    backend = open_backend(search_url, None)
    try:
        assert backend.count() == CORPUS_DOCS
        assert backend.search(Filters(q="cựu chiến binh")).total > 5
    finally:
        backend.close()


def test_second_run_stores_nothing_new(spark_corpus):
    url, search_url, data_dir, _ = spark_corpus
    again = _ingest([CORPUS, "--engine", "spark"], url, search_url, data_dir)
    assert again.exit_code == 0, again.output
    files = len([p for p in CORPUS.iterdir() if p.name != "README.md"])
    assert _summary(again.output) == {"ingested": 0, "unchanged": files, "duplicates": 0, "failed": 0}
    with PgStore.open(url, data_dir) as store:
        assert store.count_documents() == CORPUS_DOCS


def test_a_killed_run_is_resumed_by_text_hash(spark_corpus, tmp_path):
    """A run killed after storing documents but before recording its files: the next run reads
    the files again and finds every text stored (nothing new, nothing twice, no re-extraction)."""
    url, search_url, data_dir, _ = spark_corpus
    texts = sorted(CORPUS.glob("*.txt"))[:6]
    folder = tmp_path / "lai"
    folder.mkdir()
    for f in texts:
        shutil.copy(f, folder / f.name)
    first = _ingest([folder, "--engine", "spark"], url, search_url, data_dir)
    assert _summary(first.output)["duplicates"] == len(texts), first.output  # same texts, new paths
    with PgStore.open(url, data_dir) as store:
        store.conn.execute("DELETE FROM files WHERE path LIKE %s", (str(folder) + "/%",))
        stamps = store.conn.execute("SELECT id, extractor_version, records::text FROM documents ORDER BY id").fetchall()
    again = _ingest([folder, "--engine", "spark"], url, search_url, data_dir)
    assert again.exit_code == 0, again.output
    assert _summary(again.output) == {"ingested": 0, "unchanged": len(texts), "duplicates": 0, "failed": 0}
    with PgStore.open(url, data_dir) as store:
        assert store.conn.execute("SELECT id, extractor_version, records::text FROM documents ORDER BY id").fetchall() == stamps
        assert store.conn.execute("SELECT count(*) FROM sources WHERE source LIKE %s",
                                  (str(folder) + "/%",)).fetchone()[0] == len(texts)


def test_bad_files_are_one_line_each_and_the_batch_goes_on(spark, fresh_pg_db, opensearch_base, tmp_path):
    folder = tmp_path / "lo"
    folder.mkdir()
    (folder / "tot.txt").write_text("Hội Nông dân tỉnh hỗ trợ 120 hộ nghèo năm 2019.", encoding="utf-8")
    (folder / "hong.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 broken zip")
    (folder / "_gach-duoi.txt").write_text("Đoàn Thanh niên tổ chức 3 lớp tập huấn năm 2020.", encoding="utf-8")
    (folder / "Báo cáo số #2.txt").write_text("Mặt trận tiếp nhận 40 tấn gạo năm 2022.", encoding="utf-8")
    (folder / "dong.jsonl").write_text('{"title": "Tin", "text": "Hội Phụ nữ trao 50 suất quà năm 2021."}\n'
                                       '{"title": "hỏng"\n', encoding="utf-8")
    result = _ingest([folder, "--engine", "spark", "--no-extract"], fresh_pg_db, opensearch_url(opensearch_base[0]),
                     tmp_path / "data", quiet=False)
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("lỗi: ")]
    assert len(errors) == 3, result.output
    assert "dòng 2" in [e for e in errors if "dong.jsonl" in e][0]  # the line, as the local runner says it
    assert {e.split(": ")[1] for e in errors} == {str(folder / "hong.pdf"), str(folder / "hong.docx"),
                                                 str(folder / "dong.jsonl")}
    # the good files (one named so that Spark's own listing would drop it, one that Spark quotes
    # in its listing) are stored, each once
    assert _summary(result.output) == {"ingested": 4, "unchanged": 0, "duplicates": 0, "failed": 3}
    assert "Đã cập nhật chỉ mục tìm kiếm: 4 văn bản." in result.output  # by the executors
    with PgStore.open(fresh_pg_db, tmp_path / "data") as store:
        assert store.count_documents() == 4
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 4
        assert sorted(r[0] for r in store.run_failures(store.recent_runs(1)[0][0])) == sorted(
            e.split(": ")[1] for e in errors)


def test_an_unreachable_index_stops_the_job_with_one_line(spark, fresh_pg_db, tmp_path):
    """OpenSearch down during the run: the executors' index requests fail, the job stops with one
    line naming the cause (no JVM trace); the documents stored before it are kept, and a run with
    the index back indexes them (the closing sync)."""
    from pg_server import free_port

    folder = tmp_path / "lo"
    folder.mkdir()
    (folder / "tot.txt").write_text("Hội Nông dân tỉnh hỗ trợ 120 hộ nghèo năm 2019.", encoding="utf-8")
    result = _ingest([folder, "--engine", "spark", "--no-extract"], fresh_pg_db,
                     f"opensearch://127.0.0.1:{free_port()}/baocao", tmp_path / "data")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if "Spark dừng giữa chừng" in line]
    assert len(lines) == 1 and "BackendError" in lines[0] and "OpenSearch" in lines[0], result.output
    assert "at org.apache" not in result.output and "Traceback" not in result.output
    with PgStore.open(fresh_pg_db, tmp_path / "data") as store:
        assert store.count_documents() == 1


def test_spark_engine_needs_postgresql(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(CORPUS / "README.md"), "--engine", "spark",
                                       "--data-dir", str(tmp_path)], env={"BAOCAO_DATABASE_URL": ""})
    assert result.exit_code == 1 and "BAOCAO_DATABASE_URL" in result.output


# -- equivalence with the single-machine stack ------------------------------------------------

def _documents(rows):
    return {r[0]: tuple(r[1:]) for r in rows}


@pytest.fixture(scope="module")
def local_corpus(tmp_path_factory):
    """corpus/ through the single-machine stack: local runner, SQLite, Whoosh."""
    local_dir = tmp_path_factory.mktemp("local-data")
    result = CliRunner().invoke(main, ["ingest", str(CORPUS), "--quiet", "--workers", "1", "--data-dir", str(local_dir)],
                                env={"BAOCAO_DATABASE_URL": "", "BAOCAO_SEARCH_URL": ""})
    assert _summary(result.output)["ingested"] == CORPUS_DOCS, result.output
    return local_dir


def test_same_documents_and_records_as_the_local_stack(spark_corpus, local_corpus):
    """local + SQLite + Whoosh and spark + PostgreSQL + OpenSearch on corpus/: the same documents
    (id = text hash, title, date, years, provinces, type, text), the same extracted rows and
    records, and the same sources with the same names shown to readers."""
    from ingest.store import Store

    url, _, spark_dir, _ = spark_corpus
    doc_sql = "SELECT id, title, published, years, provinces, doc_type, format, text FROM documents"
    fig_sql = ("SELECT doc_id, idx, value, value_max, unit, qualifier, activity, organizations, year, place,"
               ' start, "end", text, kind, period_from, period_to, role FROM figures')
    ent_sql = 'SELECT doc_id, type, name, canonical, kind, level, place, start, "end" FROM entities'

    def read(store):
        # JSON columns are text on both stores (ingest/pgstore.py): parsed, so formatting cannot differ
        conn = store.conn
        docs = _documents([(*r[:3], json.loads(r[3]), json.loads(r[4]), *r[5:]) for r in conn.execute(doc_sql)])
        figs = sorted(((*r[:7], json.loads(r[7]), *r[8:]) for r in conn.execute(fig_sql)), key=repr)
        ents = sorted((tuple(r) for r in conn.execute(ent_sql)), key=repr)
        records = {k: json.loads(v) for k, v in conn.execute("SELECT id, records FROM documents")}
        # what readers see of each source (other tests here add sources outside corpus/)
        shown = sorted(tuple(r) for r in conn.execute("SELECT doc_id, source, shown FROM sources WHERE source LIKE ?",
                                                      (f"{CORPUS}/%",)))
        return docs, figs, ents, records, shown

    with Store.open(local_corpus) as store:
        local_docs, local_figs, local_ents, local_records, local_shown = read(store)
    with PgStore.open(url, spark_dir) as store:
        spark_docs, spark_figs, spark_ents, spark_records, spark_shown = read(store)
    assert len(local_docs) == CORPUS_DOCS
    assert spark_docs == local_docs
    assert len(local_figs) > 100 and spark_figs == local_figs
    assert len(local_ents) > 100 and spark_ents == local_ents
    assert spark_records == local_records
    assert len(local_shown) >= CORPUS_DOCS and spark_shown == local_shown


def test_same_hit_sets_as_the_local_stack(spark_corpus, local_corpus):
    """The benchmark queries find the same documents on both stacks; the ranking difference
    (top-10 overlap and order) is printed."""
    from bench import queries as bench_queries
    from bench.backends import compare
    from search_app.backends import open_backend

    whoosh = open_backend("", local_corpus)
    other = open_backend(spark_corpus[1], None)
    try:
        rows = compare(whoosh, other, bench_queries.load())
    finally:
        whoosh.close()
        other.close()
    assert len(rows) >= 20 and sum(r.whoosh_total for r in rows) > 200
    overlap = sum(r.top10_overlap for r in rows) / sum(min(10, r.whoosh_total) or 1 for r in rows)
    print(f"\nranking, local+whoosh vs spark+opensearch: top-10 overlap {overlap:.0%}, "
          f"same top-10 order on {sum(r.top10_same_order for r in rows)}/{len(rows)} queries")
    for r in rows:
        if not (r.same_hits and r.top10_same_order):
            print(f"  {r.label[:50]:50} hits {r.whoosh_total}/{r.opensearch_total} top-10 overlap {r.top10_overlap}")
    assert [r.label for r in rows if not r.same_hits] == []


# -- a standalone cluster ---------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _spark_class() -> str:
    from pyspark.find_spark_home import _find_spark_home

    return str(Path(_find_spark_home()) / "bin" / "spark-class")


def _wait_for(path: Path, text: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in path.read_text(errors="replace"):
            return
        if proc.poll() is not None:
            break
        time.sleep(0.3)
    raise AssertionError(f"{text!r} not seen: {path.read_text(errors='replace')[-2000:]}")


def test_standalone_master_and_worker(fresh_pg_db, opensearch_base, tmp_path):
    """`baocao ingest --engine spark --master spark://...` through a master and a worker on loopback."""
    from search_app.backends import open_backend

    port, web, worker_web = _free_port(), _free_port(), _free_port()
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "SPARK_LOG_DIR": str(tmp_path), "SPARK_WORKER_DIR": str(tmp_path / "work"),
           "SPARK_DAEMON_MEMORY": "256m", "PYSPARK_PYTHON": sys.executable}
    master_log, worker_log = tmp_path / "master.log", tmp_path / "worker.log"
    procs = []
    try:
        with master_log.open("w") as log:
            procs.append(subprocess.Popen([_spark_class(), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                                           "--port", str(port), "--webui-port", str(web)],
                                          env=env, stdout=log, stderr=subprocess.STDOUT))
        _wait_for(master_log, "I have been elected leader", procs[0])
        master = f"spark://127.0.0.1:{port}"
        with worker_log.open("w") as log:
            procs.append(subprocess.Popen([_spark_class(), "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1",
                                           "--cores", "2", "--memory", "1g", "--webui-port", str(worker_web)],
                                          env=env, stdout=log, stderr=subprocess.STDOUT))
        _wait_for(worker_log, "Successfully registered with master", procs[1])
        search_url = opensearch_url(opensearch_base[0])
        run = subprocess.run(
            [sys.executable, "-m", "search_app.cli", "ingest", str(CORPUS), "--engine", "spark", "--master", master,
             "--quiet", "--data-dir", str(tmp_path / "data")],
            env={**env, "BAOCAO_DATABASE_URL": fresh_pg_db, "BAOCAO_SEARCH_URL": search_url},
            capture_output=True, text=True, timeout=900)
        assert run.returncode == 0, run.stdout + run.stderr[-3000:]
        assert _summary(run.stdout) == {"ingested": CORPUS_DOCS, "unchanged": 0, "duplicates": 0, "failed": 0}
        assert "app-" in worker_log.read_text(errors="replace")  # the job ran on the worker's executor
        with PgStore.open(fresh_pg_db, tmp_path / "data") as store:
            assert store.count_documents() == CORPUS_DOCS
        backend = open_backend(search_url, None)
        try:
            assert backend.count() == CORPUS_DOCS
        finally:
            backend.drop()
            backend.close()
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in reversed(procs):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
