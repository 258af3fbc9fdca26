"""Commands that keep an archive healthy: check [--repair], backup FILE, restore FILE."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ingest import settings

COMMANDS: list[click.Command] = []

data_dir_option = click.option(
    "--data-dir", type=click.Path(file_okay=False), default=None,
    help="Thư mục dữ liệu (mặc định theo BAOCAO_DATA_DIR hoặc ./data).",
)


@click.command("check")
@data_dir_option
@click.option("--repair", is_flag=True, help="Sửa những gì sửa được (dòng mồ côi, chỉ mục thiếu/thừa/cũ).")
def check_command(data_dir, repair):
    """Kiểm tra kho dữ liệu và chỉ mục tìm kiếm có khớp nhau không (và sửa với --repair)."""
    from contextlib import ExitStack

    from ingest.lock import writer_lock
    from ingest.stores import database_url, open_store
    from search_app import check
    from search_app.backends import open_backend, scheme

    root = settings.data_dir(data_dir)
    if not database_url() and not (root / "baocao.sqlite3").exists():
        raise click.ClickException(f"không có kho dữ liệu trong {root}")
    url = settings.get("search_url")
    with open_store(root) as store, ExitStack() as closing:
        # the embedded index is checked file by file (search_app/check.py); another backend by ids
        backend = None
        if scheme(url) != "whoosh":
            backend = open_backend(url, root)
            closing.callback(backend.close)
        if not repair:
            report = check.check(store, writer=False, backend=backend)
        else:
            # repairs write to the store and the index: one writer at a time
            with writer_lock(store.data_dir):
                report = check.check(store, writer=True, backend=backend)
                check.repair(store, report, backend)
                for line in report.repaired:
                    click.echo(f"Đã sửa: {line}")
                report = check.check(store, writer=True, backend=backend)
        for line in report.lines():
            click.echo(line)
        documents = store.count_documents()
    if report.problems:
        click.echo(f"Kho có {documents} văn bản; phát hiện {report.problems} vấn đề"
                   + ("" if repair else " (chạy lại với --repair để sửa)") + ".")
        sys.exit(1)
    pending = f"; {len(report.not_indexed)} văn bản đang chờ lập chỉ mục" if report.not_indexed else ""
    click.echo(f"Kho có {documents} văn bản; kho và chỉ mục khớp nhau, không phát hiện vấn đề{pending}.")


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, writable=True))
@data_dir_option
def backup_command(file, data_dir):
    """Sao lưu toàn bộ kho (CSDL + tệp gốc) vào một tệp .tar.gz di chuyển được."""
    from ingest import backup

    _refuse_with_postgresql("sao lưu", "pg_dump")

    try:
        info = backup.backup(settings.data_dir(data_dir), Path(file))
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from None
    for path, reason in sorted(info.refused.items()):
        click.echo(f"bỏ qua tệp gốc: {path}: {reason}", err=True)
    c = info.counts
    click.echo(f"Đã sao lưu {c['documents']} văn bản, {c['sources']} nguồn, {c['figures']} số liệu, "
               f"{info.originals} tệp gốc vào {info.path} ({info.size / 1024 / 1024:.1f} MiB).")


@click.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@data_dir_option
@click.option("--force", is_flag=True, help="Thay kho đang có dữ liệu bằng bản sao lưu.")
def restore_command(file, data_dir, force):
    """Khôi phục kho từ tệp sao lưu vào thư mục dữ liệu, rồi lập lại chỉ mục tìm kiếm."""
    import shutil

    from ingest import backup, tidy
    from ingest.faults import crash_point
    from ingest.lock import writer_lock
    from ingest.store import Store
    from search_app.backends import open_backend, scheme

    _refuse_with_postgresql("khôi phục", "pg_restore")
    url = settings.get("search_url")
    embedded = scheme(url) == "whoosh"
    root = settings.data_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    with writer_lock(root):
        try:
            stage, counts = backup.stage_restore(Path(file), root, force=force)
        except backup.BackupError as exc:
            raise click.ClickException(str(exc)) from None
        try:
            # the new archive is made complete (store, originals, index) beside the old one ...
            with Store.open(stage) as store:
                indexed = 0
                if embedded:  # the embedded index lives in the data directory: built in the stage
                    backend = open_backend(url, stage)
                    try:
                        indexed = backend.rebuild(store)
                    finally:
                        backend.close()
            crash_point("restore.staged")
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        # ... and only then swapped in (a kill from here on is finished by the next start)
        tidy.commit_restore(root, stage)
        if not embedded:
            # an index outside the data directory (OpenSearch) follows the swapped-in store; killed
            # halfway, the restored documents are pending (not indexed) and the next writer, or
            # `baocao reindex`, indexes them
            backend = open_backend(url, root)
            try:
                with Store.open(root) as store:
                    indexed = backend.rebuild(store)
            finally:
                backend.close()
    click.echo(f"Đã khôi phục {counts['documents']} văn bản, {counts['sources']} nguồn, "
               f"{counts['figures']} số liệu vào {root}; đã lập chỉ mục {indexed} văn bản.")


def _refuse_with_postgresql(doing: str, tool: str) -> None:
    """A backup file holds a SQLite store and one machine's originals: a PostgreSQL store, written
    by many machines, is the database's to back up, with the tools its administrators already run."""
    from ingest.stores import database_url

    if database_url():
        raise click.ClickException(
            f"database_url đã đặt: kho PostgreSQL được {doing} bằng {tool} (và thư mục originals/ của từng "
            "máy nhập), không bằng lệnh này; xem docs/scaling.md.")


COMMANDS.extend([check_command, backup_command, restore_command])
