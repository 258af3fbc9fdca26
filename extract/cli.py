"""Commands for extraction: extract, reextract.

Heavy imports (spaCy, underthesea, the ingest readers) happen inside the commands so that
`baocao --help` stays instant."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

import click

COMMANDS: list[click.Command] = []


def _command(fn: click.Command) -> click.Command:
    COMMANDS.append(fn)
    return fn


class ReadError(Exception):
    """A file (or one record of it) that cannot be read; the batch goes on."""


def read_documents(path: Path) -> Iterator:
    """Documents of one file through the ingest readers (every format ingest reads).

    Yields ingest.document.Document, or ReadError for a bad record of a many-record file."""
    from ingest.build import to_document
    from ingest.errors import IngestError
    from ingest.readers import reader_for

    reader = reader_for(path.name)
    if reader is None:
        raise ReadError("định dạng không được hỗ trợ (unsupported format)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"không đọc được tệp ({exc.strerror or exc})") from None
    try:
        for raw in reader.read(path, data, str(path)):
            if isinstance(raw, Exception):
                yield ReadError(str(raw))
                continue
            try:
                yield to_document(raw)
            except IngestError as exc:
                yield ReadError(f"{raw.source}: {exc}")
    except IngestError as exc:
        raise ReadError(str(exc)) from None


def document_json(doc, extraction) -> dict:
    """The `baocao extract --json` object of one document (schema in README)."""
    records = extraction.to_dict()
    return {
        "source": doc.sources[0] if doc.sources else None,
        "id": doc.id,
        "title": doc.title,
        "year": doc.years[0] if doc.years else None,
        "published": doc.published,
        "organizations": records["organizations"],
        "people": records["people"],
        "places": records["places"],
        "figures": records["figures"],
        "programmes": records["programmes"],
        # pages read by OCR from a scan, with Tesseract's confidence; [] for a text layer
        "ocr": [{"page": p.page, "confidence": p.confidence, "low": p.low} for p in getattr(doc, "ocr", [])],
    }


@_command
@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, default=True,
              help="In mỗi văn bản một đối tượng JSON trên một dòng (mặc định).")
def extract_command(files: tuple[Path, ...], as_json: bool) -> None:
    """Trích xuất tổ chức, người, địa danh và số liệu từ các tệp (không cần kho dữ liệu)."""
    from extract.pipeline import extract_document, load

    load()
    failed = 0
    for path in files:
        try:
            if not path.is_file():
                raise ReadError("không tìm thấy tệp (no such file)")
            for doc in read_documents(path):
                if isinstance(doc, ReadError):
                    failed += 1
                    click.echo(f"Lỗi: {path}: {doc}", err=True)
                    continue
                obj = document_json(doc, extract_document(doc))
                click.echo(json.dumps(obj, ensure_ascii=False))
        except ReadError as exc:
            failed += 1
            click.echo(f"Lỗi: {path}: {exc}", err=True)
    if failed:
        sys.exit(1)


@_command
@click.command("reextract")
@click.option("--data-dir", type=click.Path(path_type=Path), default=None,
              help="Thư mục dữ liệu (mặc định: BAOCAO_DATA_DIR hoặc ./data).")
def reextract_command(data_dir: Path | None) -> None:
    """Trích xuất lại các văn bản do phiên bản bộ trích xuất cũ hơn xử lý."""
    from ingest import settings
    from ingest.faults import crash_point
    from ingest.lock import writer_lock
    from ingest.ports import components
    from ingest.stores import open_store

    from extract.pipeline import VERSION, extract_document, load

    sinks = components().index()
    # one writer per data dir (ingest/lock.py): not while an ingest or another re-extraction runs
    with writer_lock(settings.data_dir(data_dir)):
        store = open_store(data_dir)
        try:
            # resumable: each document's new records are one transaction, so a rerun after a
            # kill picks up where it stopped; the ones done meanwhile are pending for the index
            ids = [row[0] for row in store.conn.execute(
                "SELECT id FROM documents WHERE extractor_version IS NULL OR extractor_version < ? ORDER BY rowid",
                (VERSION,))]
            if not ids:
                count = sinks.sync(store)  # what a killed run left pending
                click.echo(f"Không có văn bản nào cần trích xuất lại (phiên bản {VERSION})"
                           + (f"; đã cập nhật chỉ mục: {count} văn bản." if count else "."))
                return
            load()
            # the index follows as in ingest: committed every few thousand documents, each
            # marked only after the commit that holds it (facets and figure filters must not
            # keep showing the old records)
            indexer = sinks.incremental(store)
            done = 0
            try:
                for doc in store.iter_documents(ids):
                    store.put_extraction(doc.id, extract_document(doc))
                    crash_point("reextract.stored")
                    indexer.add([doc.id])
                    done += 1
                indexer.close()
            except BaseException:
                indexer.cancel()
                raise
            sinks.sync(store)
            click.echo(f"Đã trích xuất lại {done} văn bản bằng phiên bản {VERSION}.")
        finally:
            store.close()
