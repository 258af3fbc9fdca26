"""The Spark ingest engine (`baocao ingest --engine spark --master URL`): the local runner's
per-file work on Apache Spark's executors, for archives past one machine.

What stays as in the local runner (ingest/runner.py): the files are discovered and triaged
(skipped, missing, oversize, unchanged by size and mtime) the same way, in the driver; each file
or chunk of records goes through the same pure functions (ingest/work.py: read, normalise,
extract, prepare); a failure is one line naming the file and the reason and the batch goes on;
each file (or chunk) is one transaction; the closing summary line is the same.

What Spark does:
- reads the pending files with its `binaryFile` source (on a cluster, a path every executor
  can read: a shared mount). Names Spark cannot take as a path (a leading `_` or `.`, which its
  file listing drops silently even when named; glob characters, `%`, `:`; names that are not
  UTF-8) and any file its listing did not return are read by the driver and handed over with
  the rest, so no file is lost to Spark's path rules;
- stage 1 per file: the SHA-256 against the store's `files` row (same path and hash as stored:
  unchanged, not read again), then a streaming file (JSON Lines) is cut into chunks of
  SPARK_CHUNK records so one big file spreads over all executors;
- stage 2 per partition (after a round-robin repartition): read and extract each file or
  chunk, store it in PostgreSQL in one transaction per file or chunk, then send the partition's
  new documents to the search backend (IndexSinks.partition; with none, the closing sync of
  `baocao ingest` indexes them). The per-file rows come back to the driver, which prints the
  lines and records each file's `files` row once all its chunks are stored.

Resumable: a run killed midway recorded no `files` row for the files it was working on, so the
next run reads them again; their texts are already stored (the primary key on the text hash
dedups, also between two runs at once, and between Spark retrying a task) and their extraction
is skipped when the stored one has the current extractor version. Only a PostgreSQL store:
executors on other machines cannot write the driver's SQLite file.
Needs the `spark` extra (pyspark; Java 17).
"""
from __future__ import annotations

import functools
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import click

from ingest import settings, work
from ingest.errors import IngestError
from ingest.files import discover, given_roots, keep_original, sha256_bytes, shown_name
from ingest.names import text_name
from ingest.readers import reader_for
from ingest.runner import Runner, Summary, file_status

# Records per unit of work from a streaming file: small, so that one big JSON Lines file keeps
# every executor busy (the local runner's CHUNK is the unit of a writer transaction instead).
SPARK_CHUNK = 50
# New documents per search-backend request from one partition.
INDEX_BATCH = 500
# Characters Hadoop's path globbing or URI parsing reads as syntax: such names go via the driver.
_SPECIAL = set("\\*?[]{}%:") | {chr(c) for c in range(32)}


@dataclass(frozen=True, slots=True)
class Job:
    """What every executor needs, shipped with the tasks (module-level functions only: they are
    pickled by reference and imported on the executors, which run this same package)."""

    database_url: str
    data_dir: str
    keep_originals: bool
    run_id: int
    roots: tuple[str, ...]  # the paths given to ingest: sources are shown relative to them
    extractor: Callable | None
    setup: Callable | None
    version: int | None
    index: Callable | None  # IndexSinks.partition: (store, [(Document, extraction)]) -> documents indexed


# -- executor side -----------------------------------------------------------------------------

_EXECUTOR: dict = {"key": None, "store": None, "worker": None}


def _store(job: Job):
    """One PostgreSQL connection per executor Python process, kept across tasks (Spark reuses
    its Python workers), renewed when a new run's job arrives."""
    key = (job.database_url, job.run_id)
    if _EXECUTOR["key"] != key:
        from ingest.pgstore import PgStore

        if _EXECUTOR["store"] is not None:
            _EXECUTOR["store"].close()
        _EXECUTOR.update(key=key, store=PgStore.open(job.database_url, job.data_dir), worker=None)
    return _EXECUTOR["store"]


def _worker(job: Job):
    """The store, and the extractor loaded once per process: only where documents are built
    (stage 2; stage 1 only reads and cuts files, and loading spaCy there would be wasted)."""
    store = _store(job)
    if _EXECUTOR["worker"] != _EXECUTOR["key"]:
        known = functools.partial(_stored_version, store) if job.extractor is not None else None
        work.init_worker(job.extractor, job.setup, None, job.version, None, known)
        _EXECUTOR["worker"] = _EXECUTOR["key"]
    return store


def _stored_version(store, doc_id: str) -> int | None:
    row = store.conn.execute("SELECT extractor_version FROM documents WHERE id = %s", (doc_id,)).fetchone()
    return row[0] if row else None


def file_units(job: Job, item: tuple[str, bytes, str | None]) -> Iterator[tuple]:
    """Stage 1: one file (name, bytes, shown name or None) -> units
    (name, sha256, kind, payload, original, shown)."""
    name, data = item[0], bytes(item[1])
    shown = item[2] or shown_name(Path(name), [Path(r) for r in job.roots])
    sha = sha256_bytes(data)
    store = _store(job)
    state = store.file_state(name)
    if state and state[2] == sha and state[3] != "error":
        yield name, sha, "unchanged", None, None, shown
        return
    original = keep_original(Path(job.data_dir), data, sha, name) if job.keep_originals else None
    module = reader_for(name)
    if not getattr(module, "STREAMING", False):
        yield name, sha, "file", data, original, shown
        return
    batch: list = []
    try:
        for record in module.read(name, data, name):
            batch.append(record)
            if len(batch) >= SPARK_CHUNK:
                yield name, sha, "records", batch, original, shown
                batch = []
    except IngestError as exc:
        batch.append(exc)
    except Exception as exc:  # noqa: BLE001 - a reader bug on one hostile file must not end the run
        batch.append(IngestError(work.unexpected(exc)))
    yield name, sha, "records", batch, original, shown


def store_units(job: Job, units: Iterable[tuple]) -> Iterator[tuple]:
    """Stage 2, one partition: build, store (a transaction per unit), index; yields one row per
    document or failure: (file, sha256, source, status, reason, doc_id, notes)."""
    store = _worker(job)
    new: list = []
    for name, sha, kind, payload, original, shown in units:
        if kind == "unchanged":
            rows = [(name, "unchanged", None, None, None)]
            with store.transaction() as conn:
                store.add_run_files(conn, job.run_id, rows)
        else:
            results = work.read_file(name, payload, name) if kind == "file" else work.build_all(payload)
            rows = []
            with store.transaction() as conn:
                for result in results:
                    source = result.source or name
                    if result.document is None:
                        rows.append((source, "skipped" if result.skipped else "error", result.error, None, None))
                        continue
                    doc = result.document
                    # as the local runner: readers see the name relative to what was ingested
                    seen = shown + source[len(name):] if source.startswith(name) else shown
                    status = store.add_document(conn, doc, source, original, seen)
                    if status == "ok":
                        if result.extraction is not None:
                            store.write_extraction(conn, doc.id, result.extraction, result.records_json)
                        new.append((doc, result.extraction))
                    rows.append((source, status, None, doc.id, "; ".join(doc.notes) or None))
                store.add_run_files(conn, job.run_id, rows)
        for row in rows:
            yield (name, sha, *row)
        if job.index is not None and len(new) >= INDEX_BATCH:
            job.index(store, new)
            new = []
    if job.index is not None and new:
        job.index(store, new)  # after COMMIT: a crash before it leaves them to the closing sync


# -- driver side -------------------------------------------------------------------------------

class SparkJobFailed(click.ClickException):
    """The Spark job stopped (an executor could not reach the store or the index, the cluster
    went away): one line naming the cause, not a JVM stack trace. What was committed stays."""


_CAUSE = re.compile(r"^\s*(?:[\w.]+\.)?(\w+(?:Error|Exception|Failed))(?:\([^)]*\))?: (.+)$")


def job_failure(exc: Exception) -> SparkJobFailed:
    """The innermost "SomeError: message" line of a Spark failure (a Python worker's traceback
    comes inside the JVM's), as one line."""
    causes = [m.groups() for m in map(_CAUSE.match, str(exc).splitlines()) if m]
    name, text = causes[-1] if causes else (type(exc).__name__, str(exc).strip().splitlines()[0] if str(exc).strip() else "")
    return SparkJobFailed(f"Spark dừng giữa chừng ({name}: {text.strip()[:300]}). Các tệp đã lưu vẫn còn; "
                          "chạy lại lệnh để tiếp tục.")


def spark_can_name(path: Path) -> bool:
    """Whether Spark's binaryFile source takes this path as it is (see the module docstring)."""
    text = str(path)
    return (text_name(path) == text and not _SPECIAL.intersection(text)
            and not path.name.startswith(("_", ".")))


def _listed(uri: str, quoted: bool = False) -> str:
    """A path as Spark gives it (file:/a/b, file:///a/b) -> /a/b. inputFiles() quotes (a%20b),
    the rows' path column does not; names with a literal % never go through Spark."""
    rest = uri.split(":", 1)[1] if uri.startswith("file:") else uri
    return "/" + (unquote(rest) if quoted else rest).lstrip("/")


def _executor_env() -> dict[str, str]:
    # settings reach the executors as they reach local workers: through the environment
    # (a standalone cluster's executors do not inherit the driver's)
    return {k: v for k, v in os.environ.items() if k.startswith("BAOCAO_")}


def session(master: str):
    """The active SparkSession (tests and notebooks make their own), else a new one for `master`;
    (session, whether we made it and must stop it)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this same environment
    builder = (SparkSession.builder.master(master).appName("baocao ingest")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.executorEnv.PYSPARK_PYTHON", os.environ["PYSPARK_PYTHON"]))
    for key, value in _executor_env().items():
        builder = builder.config(f"spark.executorEnv.{key}", value)
    made = builder.getOrCreate()
    made.sparkContext.setLogLevel("ERROR")  # per-task warnings would bury the per-file lines
    return made, True


class SparkRunner:
    """The `spark` ingest engine; same run() and Summary as ingest.runner.Runner."""

    def __init__(self, store, *, master: str | None = None, extractor: Callable | None = None,
                 extractor_setup: Callable | None = None, extractor_version=None,
                 index_partition: Callable | None = None, max_file_mb: float | None = None,
                 keep_originals: bool | None = None, report: Callable[[str], None] | None = None,
                 progress: Callable | None = None, **_local_only):
        if store.path is not None:
            raise ValueError("the spark engine writes a PostgreSQL store (database_url), not SQLite")
        self.store = store
        self.master = str(settings.get("spark_master", master))
        self.extractor = extractor
        self.extractor_setup = extractor_setup
        self.extractor_version = extractor_version
        self.index_partition = index_partition
        self.report = report or (lambda line: print(line, file=sys.stderr))
        self.indexed = 0  # documents the executors sent to the search index (the CLI's closing line)
        self.progress = progress or (lambda files, docs, ocr_pages=0: None)
        # triage (and its settings) exactly as the local runner's
        self._triage = Runner(store, workers=1, max_file_mb=max_file_mb, keep_originals=keep_originals,
                              report=self.report, progress=self.progress)

    def run(self, paths: list[str | os.PathLike], args: list[str] | None = None) -> Summary:
        summary = Summary()
        summary.run_id = self.store.start_run(args if args is not None else [str(p) for p in paths])
        self._roots = given_roots(paths)
        data_dir = self.store.data_dir.absolute()
        files = [f for f in discover(paths) if not f.is_relative_to(data_dir)]
        pending = self._triage.triage(files, summary)
        if pending:
            self._run_spark(pending, summary)
        self.store.finish_run(summary.run_id, summary.counts)
        return summary

    def _job(self, run_id: int) -> Job:
        version = self.extractor_version() if callable(self.extractor_version) else self.extractor_version
        return Job(self.store.url, str(self.store.data_dir), self._triage.keep_originals, run_id,
                   tuple(str(r) for r in self._roots), self.extractor, self.extractor_setup, version,
                   self.index_partition)

    def _run_spark(self, pending, summary: Summary) -> None:
        job = self._job(summary.run_id)
        order = {text_name(path): n for n, (path, _) in enumerate(pending)}
        stats = {text_name(path): stat for path, stat in pending}
        spark, ours = session(self.master)
        try:
            sc = spark.sparkContext
            by_spark = [path for path, _ in pending if spark_can_name(path)]
            rdds = []
            listed: set[str] = set()
            if by_spark:
                frame = spark.read.format("binaryFile").load(["file://" + str(p) for p in by_spark])
                listed = {_listed(uri, quoted=True) for uri in frame.inputFiles()}
                rdds.append(frame.select("path", "content").rdd.map(lambda row: (_listed(row[0]), row[1], None)))
            by_driver = []
            for path, _ in pending:
                name = text_name(path)
                if str(path) in listed:
                    continue
                try:
                    by_driver.append((name, path.read_bytes(), shown_name(path, self._roots)))
                except OSError as exc:
                    self._triage._record_error_file(summary, name, f"không đọc được tệp (cannot read: {exc.strerror})")
            if by_driver:
                rdds.append(sc.parallelize(by_driver, max(1, min(len(by_driver), sc.defaultParallelism))))
            if not rdds:
                return
            files = rdds[0] if len(rdds) == 1 else sc.union(rdds)
            parts = max(2, 3 * sc.defaultParallelism)
            try:
                rows = (files.flatMap(functools.partial(file_units, job))
                        .repartition(parts)
                        .mapPartitions(functools.partial(store_units, job))
                        .collect())
            except Exception as exc:
                if not type(exc).__module__.startswith(("py4j", "pyspark")):
                    raise
                raise job_failure(exc) from exc
        finally:
            if ours:
                spark.stop()
        self._finish(rows, order, stats, summary)

    def _finish(self, rows: list[tuple], order: dict, stats: dict, summary: Summary) -> None:
        """Print and count what the executors did, file by file in discovery order, and record each
        file that came back (its `files` row: next time it is unchanged)."""
        rows.sort(key=lambda r: order.get(r[0], len(order)))
        per_file: dict[str, tuple[str, Counter]] = {}
        for name, sha, source, status, reason, _doc_id, notes in rows:
            per_file.setdefault(name, (sha, Counter()))[1][status] += 1
            self._triage.tally(summary, source, status, reason, notes)
        with self.store.transaction() as conn:
            for name, (sha, statuses) in per_file.items():
                stat = stats[name]
                self.store.record_file(conn, name, stat.st_size, stat.st_mtime_ns, sha, summary.run_id,
                                       file_status(statuses))
        stored = sum(1 for r in rows if r[3] == "ok")
        # a task's rows reach the driver only if the whole partition, its index requests included,
        # succeeded: every new document of them is in the search index
        self.indexed = stored if self.index_partition is not None else 0
        self.progress(len(per_file), stored)
