"""Commands for reading archives into the store: ingest, docs, status.

Messages for the user are Vietnamese; the closing summary line of `ingest`
keeps the fixed English form scripts grep for.
"""
from __future__ import annotations

import gc
import json
import sys
import time

import click

from ingest import settings
from ingest.ports import components

COMMANDS: list[click.Command] = []

data_dir_option = click.option(
    "--data-dir", type=click.Path(file_okay=False), default=None,
    help=f"Thư mục dữ liệu (mặc định {settings.get('data_dir')!s}, biến môi trường BAOCAO_DATA_DIR).",
)


class _Progress:
    """A tqdm bar over files with documents per second; only on a terminal."""

    def __init__(self, total: int, enabled: bool):
        self.bar = None
        self.docs = 0
        self.ocr_pages = 0  # scanned pages read by OCR (in the worker processes)
        self.started = self.last_draw = time.monotonic()
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="tệp", dynamic_ncols=True, file=sys.stderr)

    def __call__(self, files: int, docs: int, ocr_pages: int = 0) -> None:
        self.docs += docs
        self.ocr_pages += ocr_pages
        if self.bar is None:
            return
        now = time.monotonic()
        rate = self.docs / max(now - self.started, 1e-6)
        ocr = f", OCR {self.ocr_pages} trang" if self.ocr_pages else ""
        self.bar.set_postfix_str(f"{self.docs} văn bản, {rate:.0f} vb/s{ocr}", refresh=False)
        self.bar.update(files)
        # one big JSON Lines file is one "file": redraw for its documents too, twice a second
        if not files and now - self.last_draw > 0.5:
            self.bar.refresh()
            self.last_draw = now

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@data_dir_option
@click.option("--quiet", "-q", is_flag=True, help="Không hiện thanh tiến trình, chỉ in lỗi và dòng tổng kết.")
@click.option("--workers", type=int, default=None, help="Số tiến trình xử lý (mặc định: số nhân CPU).")
@click.option("--no-extract", is_flag=True, help="Chỉ lưu văn bản, không trích xuất số liệu.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default=None,
              help="local: các tiến trình trên máy này (mặc định, BAOCAO_ENGINE); spark: Apache Spark "
                   "(cần database_url PostgreSQL).")
@click.option("--master", default=None, help="Spark master cho --engine spark: local[N] hoặc spark://máy:7077 "
                                             f"(mặc định {settings.get('spark_master')}, BAOCAO_SPARK_MASTER).")
def ingest_command(paths, data_dir, quiet, workers, no_extract, engine, master):
    """Đọc tệp, thư mục và tệp .zip vào kho (txt, md, html, pdf, docx, doc, rtf, odt, xlsx, xls, ảnh quét png/jpg/tif, jsonl, json, xml, zip)."""
    # The writer (this process) buffers millions of small, acyclic objects (index postings)
    # between commits; the default collector thresholds make it re-scan them all over and
    # over (measured: ~7% of the writer's CPU on 12,000 articles).
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        _ingest(paths, data_dir, quiet, workers, no_extract, engine, master)
    finally:
        gc.set_threshold(*thresholds)  # in-process callers (tests) get theirs back


def _engine(name: str | None):
    """The runner class of an ingest engine: the local worker pool, or Spark (ingest/spark.py),
    which needs a PostgreSQL store and pyspark; both take the same arguments and return a Summary."""
    from ingest.stores import database_url

    name = str(settings.get("engine", name)).strip().lower()
    if name == "local":
        from ingest.runner import Runner

        return Runner
    if name != "spark":
        raise click.ClickException(f"engine {name!r}: chỉ có local hoặc spark")
    if not database_url():
        raise click.ClickException("--engine spark ghi vào kho PostgreSQL: đặt BAOCAO_DATABASE_URL=postgresql://...")
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise click.ClickException(f"--engine spark cần gói bổ sung: pip install 'baocao[spark]' ({exc})") from exc
    from ingest.spark import SparkRunner

    return SparkRunner


def _ingest(paths, data_dir, quiet, workers, no_extract, engine=None, master=None):
    from ingest.files import discover
    from ingest.lock import writer_lock
    from contextlib import nullcontext

    from ingest.runner import Runner
    from ingest.stores import needs_local_lock, open_store

    runner_class = _engine(engine)
    parts = components()
    extractor = None if no_extract else parts.extractor()
    sinks = parts.index()
    # one writer per data dir (ingest.lock): a second run refuses (or waits, BAOCAO_LOCK_WAIT_S)
    # instead of interleaving its index writes with ours; not with a shared PostgreSQL store and
    # OpenSearch index, which many ingests write at once (ingest/stores.py)
    with writer_lock(settings.data_dir(data_dir)) if needs_local_lock() else nullcontext():
        store = open_store(data_dir)
        progress = _Progress(len(discover(list(paths))), enabled=not quiet and sys.stderr.isatty())
        indexer = sinks.incremental(store)
        try:
            runner = runner_class(
                store,
                extractor=extractor.extract if extractor else None,
                extractor_setup=extractor.load if extractor else None,
                extractor_version=extractor.version if extractor else None,
                workers=workers,
                report=progress.write,
                progress=progress,
                on_stored=indexer.add,
                # index fields analysed in the workers: the writer here only appends postings;
                # with no index yet, the sync() below builds it whole
                prepare=sinks.prepare if indexer.ix is not None else None,
                # the spark engine's executors index what they store, where the backend allows it
                **({} if runner_class is Runner else {"master": master, "index_partition": sinks.partition}),
            )
            summary = runner.run(list(paths), args=list(sys.argv[1:]))
            indexer.close()
        except KeyboardInterrupt:
            indexer.cancel()
            progress.close()
            store.close()
            click.echo("Đã dừng (Ctrl-C). Các tệp đã xong vẫn được lưu; chạy lại lệnh để tiếp tục.", err=True)
            sys.exit(130)
        except BaseException:
            indexer.cancel()
            store.close()  # a PostgreSQL connection left open warns (and holds a server process)
            raise
        finally:
            progress.close()
        try:
            # the documents the incremental indexer did not get to (an index being
            # rebuilt, earlier interrupted runs) are indexed here
            count = indexer.indexed + getattr(runner, "indexed", 0) + sinks.sync(store)
            if not quiet:
                # the documents indexed while they were stored count too: most are, on a fresh index
                click.echo(f"Đã cập nhật chỉ mục tìm kiếm: {count} văn bản." if count else
                           "Chỉ mục tìm kiếm đã đủ: không có văn bản mới.", err=True)
        finally:
            store.close()
    click.echo(summary.line())
    sys.exit(summary.exit_code)


@click.command("docs")
@data_dir_option
@click.option("--limit", type=int, default=50, show_default=True, help="Số văn bản tối đa.")
@click.option("--json", "as_json", is_flag=True, help="In mỗi văn bản một dòng JSON.")
def docs_command(data_dir, limit, as_json):
    """Liệt kê các văn bản đã lưu."""
    from ingest.stores import open_store

    with open_store(data_dir) as store:
        rows = store.conn.execute(
            "SELECT d.id, d.published, d.doc_type, d.years, d.provinces, d.title,"
            " (SELECT source FROM sources s WHERE s.doc_id = d.id ORDER BY rowid LIMIT 1)"
            " FROM documents d ORDER BY d.rowid LIMIT ?", (limit,)
        ).fetchall()
        total = store.count_documents()
    for doc_id, published, doc_type, years, provinces, title, source in rows:
        if as_json:
            click.echo(json.dumps({
                "id": doc_id, "title": title, "published": published, "doc_type": doc_type,
                "years": json.loads(years), "provinces": json.loads(provinces), "source": source,
            }, ensure_ascii=False))
            continue
        year_text = ",".join(str(y) for y in json.loads(years)) or "-"
        place_text = ", ".join(json.loads(provinces)[:3]) or "-"
        click.echo(f"{doc_id}  {published or '-':10}  {doc_type:22}  {year_text:14}  {place_text:30}  {title[:80]}")
    if not as_json:
        click.echo(f"({len(rows)}/{total} văn bản)")


_SHOWN = 20  # failures listed per run; a 35,000-line file with a broken export should not flood the terminal


@click.command("status")
@data_dir_option
@click.option("--runs", type=int, default=3, show_default=True, help="Số lần chạy gần nhất cần hiện.")
def status_command(data_dir, runs):
    """Số liệu của kho và lỗi của những lần nhập gần nhất."""
    from ingest.stores import open_store

    with open_store(data_dir) as store:
        conn = store.conn
        documents = store.count_documents()
        sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        extracted = conn.execute("SELECT count(*) FROM documents WHERE records IS NOT NULL").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM documents WHERE indexed_version IS NOT NULL").fetchone()[0]
        figures = conn.execute("SELECT count(*) FROM figures").fetchone()[0]
        click.echo(f"Kho: {store.where}")
        click.echo(f"Văn bản: {documents} (nguồn: {sources}, đã trích xuất: {extracted}, "
                   f"đã lập chỉ mục: {indexed}, số liệu: {figures})")
        for run in store.recent_runs(runs):
            run_id, started, finished, ok, unchanged, dup, failed, skipped = run
            state = finished or "chưa xong (bị dừng?)"
            click.echo(f"Lần chạy #{run_id} {started} -> {state}: ingested {ok}, unchanged {unchanged}, "
                       f"duplicates {dup}, failed {failed}, skipped {skipped}")
            failures = store.run_failures(run_id, _SHOWN + 1)
            for source, reason in failures[:_SHOWN]:
                click.echo(f"  lỗi: {source}: {reason}")
            if len(failures) > _SHOWN:
                click.echo(f"  ... và {failed - _SHOWN} lỗi khác")
            for source, notes in store.run_notes(run_id, _SHOWN):
                click.echo(f"  ghi chú: {source}: {notes}")


COMMANDS.extend([ingest_command, docs_command, status_command])
