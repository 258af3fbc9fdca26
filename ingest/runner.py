"""The batch runner: files in, documents stored, one status per file or record.

The main process is the only writer. It decides per file whether there is
work (unchanged files are a stat() and one SELECT), reads the bytes, and
hands work to an executor: worker processes when there is enough work, the
same process otherwise. Results are written in submission order, one
transaction per chunk (a whole file, or a batch of records of a big JSON
Lines file); a file's `files` row is written with its last chunk, so an
interrupted run is resumed from the first file that was not finished.
"""
from __future__ import annotations

import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ingest import settings, work
from ingest.errors import IngestError
from ingest.faults import crash_point
from ingest.files import discover, given_roots, keep_original, sha256_bytes, shown_name, unreadable
from ingest.names import text_name
from ingest.readers import is_supported, reader_for, suffix_of
from ingest.store import Store

# Records per chunk for streaming formats: the unit of transaction and of work for a worker.
CHUNK = 200
# Records read but not yet written, at most (~30 KB each in memory). The writer spends a few
# seconds at each index commit; a short queue left the workers idle meanwhile (measured: a
# quarter of the cores' time on 3,544 articles with a queue of 6 chunks).
WINDOW = 4000
# Below this much pending input, starting worker processes costs more than it saves.
POOL_MIN_BYTES = 4 * 1024 * 1024


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)  # ok / duplicate / unchanged / error / skipped
    failures: list[tuple[str, str]] = field(default_factory=list)
    run_id: int | None = None

    @property
    def exit_code(self) -> int:
        return 1 if self.counts["error"] else 0

    def line(self) -> str:
        c = self.counts
        text = f"ingested {c['ok']}, unchanged {c['unchanged']}, duplicates {c['duplicate']}, failed {c['error']}"
        return text + (f", skipped {c['skipped']}" if c["skipped"] else "")


@dataclass
class _File:
    """Bookkeeping for one file while its chunks are in flight."""

    path: Path
    name: str
    size: int
    mtime_ns: int
    sha256: str
    original: str | None
    shown: str  # the name documents carry as their source (files.shown_name)
    statuses: Counter = field(default_factory=Counter)


class _InlineExecutor:
    """Runs work at submit time; same interface as a pool for small runs and tests."""

    def submit(self, fn: Callable, *args) -> Future:
        future: Future = Future()
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        work.close_worker()


class Runner:
    def __init__(
        self,
        store: Store,
        *,
        extractor: Callable | None = None,
        extractor_setup: Callable | None = None,
        extractor_version: int | Callable[[], int] | None = None,
        workers: int | None = None,
        max_file_mb: float | None = None,
        keep_originals: bool | None = None,
        report: Callable[[str], None] | None = None,
        progress: Callable[[int, int, int], None] | None = None,
        on_stored: Callable[[list[str], list], None] | None = None,
        prepare: Callable | None = None,
    ):
        self.store = store
        self.extractor = extractor
        self.extractor_setup = extractor_setup
        self.extractor_version = extractor_version
        configured = int(settings.get("workers", workers))
        self.workers = configured if configured > 0 else (os.cpu_count() or 1)
        self.max_bytes = float(settings.get("max_file_mb", max_file_mb)) * 1024 * 1024
        self.keep_originals = bool(settings.get("keep_originals", keep_originals))
        self.report = report or (lambda line: print(line, file=sys.stderr))
        # progress(files done, documents stored, pages read by OCR)
        self.progress = progress or (lambda files, docs, ocr_pages=0: None)
        # called in this process with the ids of new documents after each COMMIT, so the
        # search index can be written while the workers extract the next chunks; with them,
        # what `prepare(document, extraction)` made of each in the worker (None where it did not run)
        self.on_stored = on_stored
        self.prepare = prepare

    # -- public ----------------------------------------------------------------

    def run(self, paths: list[str | os.PathLike], args: list[str] | None = None) -> Summary:
        summary = Summary()
        summary.run_id = self.store.start_run(args if args is not None else [str(p) for p in paths])
        # never ingest the store itself (a data dir inside the folder being ingested)
        data_dir = self.store.data_dir.absolute()
        files = [f for f in discover(paths) if not f.is_relative_to(data_dir)]
        self._roots = given_roots(paths)
        pending = self.triage(files, summary)
        executor = self._executor(pending, summary)
        try:
            self._process(pending, executor, summary)
        finally:
            # on Ctrl-C: drop queued work; what was committed stays, the rest is redone next run
            executor.shutdown(wait=True, cancel_futures=True)
        self.store.finish_run(summary.run_id, summary.counts)
        return summary

    # -- deciding what to do with each file ------------------------------------

    def triage(self, files: list[Path], summary: Summary) -> list[tuple[Path, os.stat_result]]:
        """Handle skipped, missing, oversize and unchanged files at once; return the rest
        (the Spark engine, ingest/spark.py, triages the same way before reading the rest)."""
        pending = []
        quick: list[tuple] = []
        for path in files:
            name = text_name(path)  # names that are not UTF-8 are escaped, never a crash (ingest/names.py)
            problem = unreadable(path)
            if problem and "symlinked folder" in problem:
                quick.append((name, "skipped", problem, None, None))
                summary.counts["skipped"] += 1
                self.report(f"bỏ qua: {name}: {problem}")
                continue
            if problem:
                self._fail_quick(quick, summary, name, problem)
                continue
            if not is_supported(name):  # by suffix: importing readers (pdfplumber, trafilatura) costs 1 s
                suffix = suffix_of(name) or "(không có đuôi)"
                reason = f"định dạng không hỗ trợ (unsupported suffix {suffix})"
                quick.append((name, "skipped", reason, None, None))
                summary.counts["skipped"] += 1
                self.report(f"bỏ qua: {name}: {reason}")
                continue
            stat = path.stat()
            if stat.st_size > self.max_bytes:
                limit = self.max_bytes / 1024 / 1024
                self._fail_quick(quick, summary, name, f"tệp quá lớn (file over the size limit: "
                                 f"{stat.st_size / 1024 / 1024:.1f} MiB > {limit:g} MiB)")
                continue
            state = self.store.file_state(name)
            if state and state[0] == stat.st_size and state[1] == stat.st_mtime_ns and state[3] != "error":
                quick.append((name, "unchanged", None, None, None))
                summary.counts["unchanged"] += 1
                continue
            pending.append((path, stat))
        if quick:
            with self.store.transaction() as conn:
                self.store.add_run_files(conn, summary.run_id, quick)
        self.progress(len(files) - len(pending), 0)
        return pending

    def _fail_quick(self, quick: list, summary: Summary, name: str, reason: str) -> None:
        quick.append((name, "error", reason, None, None))
        self._failed(summary, name, reason)

    def _db_path(self) -> str | None:
        # a SQLite store's file, which workers read to skip extracted documents; None for a
        # PostgreSQL store (ingest/pgstore.py), whose workers simply extract
        return str(self.store.path) if self.store.path is not None else None

    def tally(self, summary: Summary, source: str, status: str, reason: str | None, notes: str | None) -> None:
        """Count one stored (or failed, or skipped) source and say what needs saying about it."""
        if status == "error":
            self._failed(summary, source, reason)
        else:
            summary.counts[status] += 1
            if status == "skipped":
                self.report(f"bỏ qua: {source}: {reason}")
        if notes:
            self.report(f"ghi chú: {source}: {notes}")

    def _failed(self, summary: Summary, source: str, reason: str) -> None:
        summary.counts["error"] += 1
        summary.failures.append((source, reason))
        self.report(f"lỗi: {source}: {reason}")

    def _executor(self, pending, summary: Summary):
        if not pending:
            return _InlineExecutor()  # nothing to read: do not pay for loading the extractor
        total = sum(stat.st_size for _, stat in pending)
        # resolved only now, so an all-unchanged run never imports the extraction pipeline
        version = self.extractor_version() if callable(self.extractor_version) else self.extractor_version
        if self.workers <= 1 or (self.extractor is None and total < POOL_MIN_BYTES):
            work.init_worker(self.extractor, self.extractor_setup, self._db_path(), version, self.prepare)
            return _InlineExecutor()
        import multiprocessing

        # spawn: workers start clean, without the parent's SQLite handle or threads
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=work.init_pool_worker,
            initargs=(os.getpid(), self.extractor, self.extractor_setup, self._db_path(), version, self.prepare),
        )

    # -- the pipeline ----------------------------------------------------------

    def _process(self, pending, executor, summary: Summary) -> None:
        # bounded: at most this many chunks read but not yet written, so memory stays flat;
        # enough of them that the workers keep busy while this process commits the index
        limit = max(2 * self.workers + 2, WINDOW // CHUNK)
        in_flight: deque[tuple[Future, _File, bool]] = deque()
        for chunk in self._chunks(pending, executor, summary):
            in_flight.append(chunk)
            while len(in_flight) >= limit or (in_flight and in_flight[0][0].done()):
                self._write(*in_flight.popleft(), summary)
        while in_flight:
            self._write(*in_flight.popleft(), summary)

    def _chunks(self, pending, executor, summary: Summary) -> Iterator[tuple[Future, _File, bool]]:
        for path, stat in pending:
            name = text_name(path)
            try:
                data = path.read_bytes()
            except OSError as exc:
                self._record_error_file(summary, name, f"không đọc được tệp (cannot read: {exc.strerror})")
                continue
            sha = sha256_bytes(data)
            state = self.store.file_state(name)
            if state and state[2] == sha and state[3] != "error":
                # touched but not changed: remember the new mtime so next time is a stat() again
                with self.store.transaction() as conn:
                    self.store.record_file(conn, name, stat.st_size, stat.st_mtime_ns, sha, summary.run_id, state[3])
                    self.store.add_run_files(conn, summary.run_id, [(name, "unchanged", None, None, None)])
                summary.counts["unchanged"] += 1
                self.progress(1, 0)
                continue
            original = keep_original(self.store.data_dir, data, sha, name) if self.keep_originals else None
            file = _File(path, name, stat.st_size, stat.st_mtime_ns, sha, original, shown_name(path, self._roots))
            module = reader_for(name)
            if getattr(module, "STREAMING", False):
                yield from self._stream(module, file, data, executor)
            else:
                yield executor.submit(work.read_file, name, data, name), file, True

    def _stream(self, module, file: _File, data: bytes, executor) -> Iterator[tuple[Future, _File, bool]]:
        """Records of a big file are read here and built in chunks by the executor."""
        batch: list = []
        try:
            for item in module.read(file.name, data, file.name):
                batch.append(item)
                if len(batch) >= CHUNK:
                    yield executor.submit(work.build_all, batch), file, False
                    batch = []
        except IngestError as exc:
            batch.append(exc)
        except Exception as exc:  # noqa: BLE001 - a reader bug on one hostile file must not end the run
            batch.append(IngestError(work.unexpected(exc)))
        yield executor.submit(work.build_all, batch), file, True

    def _write(self, future: Future, file: _File, last: bool, summary: Summary) -> None:
        results: list[work.Result] = future.result()
        rows = []
        new = []
        prepared = []
        with self.store.transaction() as conn:
            for result in results:
                source = result.source or file.name
                if result.document is None:
                    rows.append((source, "skipped" if result.skipped else "error", result.error, None, None))
                    continue
                doc = result.document
                # readers see the name relative to what was ingested; the operator keeps the path
                shown = file.shown + source[len(file.name):] if source.startswith(file.name) else file.shown
                status = self.store.add_document(conn, doc, source, file.original, shown)
                if status == "ok":
                    new.append(doc.id)
                    prepared.append(result.prepared)
                    if result.extraction is not None:
                        self.store.write_extraction(conn, doc.id, result.extraction, result.records_json)
                notes = "; ".join(doc.notes) or None
                rows.append((source, status, None, doc.id, notes))
            for source, status, reason, _, _ in rows:
                file.statuses[status] += 1
            if last:
                self.store.record_file(
                    conn, file.name, file.size, file.mtime_ns, file.sha256, summary.run_id, file_status(file.statuses)
                )
            self.store.add_run_files(conn, summary.run_id, rows)
        crash_point("ingest.stored")  # in the store, not yet in the index
        # counted only after COMMIT, so the summary never claims what a rollback undid
        for source, status, reason, _, notes in rows:
            self.tally(summary, source, status, reason, notes)
        # scanned pages read by OCR in the workers, for the progress bar
        pages = sum(len(r.document.ocr) for r in results if r.document is not None)
        self.progress(1 if last else 0, len(new), pages)
        if new and self.on_stored is not None:
            self.on_stored(new, prepared)

    def _record_error_file(self, summary: Summary, name: str, reason: str) -> None:
        with self.store.transaction() as conn:
            self.store.add_run_files(conn, summary.run_id, [(name, "error", reason, None, None)])
        self._failed(summary, name, reason)
        self.progress(1, 0)


def file_status(statuses: Counter) -> str:
    """One status for the file row: ok if anything was stored, else what happened to its documents."""
    if statuses["ok"]:
        return "ok"
    if statuses["duplicate"]:
        return "duplicate"
    # resumed after everything was already committed, or an archive of unsupported members only
    return "ok" if statuses["unchanged"] or statuses["skipped"] else "error"
