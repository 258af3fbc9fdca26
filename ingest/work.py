"""The part of ingest that runs in worker processes: read, normalise, extract.

Workers never write to SQLite; they return results to the one writer (the
runner in the main process). The extractor (handed to the runner by the composition
root, see ingest/ports.py) is loaded once per worker by `init_worker`, not once per document.
"""
from __future__ import annotations

import ctypes
import json
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.build import to_document
from ingest.document import Document, RawDocument
from ingest.errors import IngestError, Skipped
from ingest.readers import reader_for
from ingest.timelimit import limit_s, time_limit

_STATE: dict = {"extractor": None, "db": None, "version": None, "prepare": None, "known": None}


@dataclass(slots=True)
class Result:
    """One document (or one failure) found in a file."""

    source: str
    document: Document | None = None
    error: str | None = None
    extraction: object | None = None  # extract.records.Extraction
    skipped: bool = False  # an archive member in a format we do not read
    records_json: str | None = None  # the extraction as stored, serialised here rather than by the writer
    prepared: object | None = None  # what the `prepare` hook made of the document (e.g. index fields)


def init_worker(extractor: Callable | None, setup: Callable | None, db_path: str | None, version: int | None,
                prepare: Callable | None = None, known: Callable[[str], int | None] | None = None) -> None:
    """`known(doc_id)` is the extractor version a store already holds for a document (None: not
    stored); the SQLite store's workers read it from `db_path`, other engines hand their own."""
    if _STATE["db"] is not None:
        _STATE["db"].close()  # inline runs call this once per run in the same process
    _STATE.update(extractor=extractor, version=version, db=None, prepare=prepare, known=known)
    if setup is not None:
        setup()  # e.g. extract.pipeline.load: the spaCy pipeline once per process
    if extractor is not None and db_path:
        # read-only, to skip documents that are already extracted (resumed runs)
        _STATE["db"] = sqlite3.connect(f"{Path(db_path).absolute().as_uri()}?mode=ro", uri=True)


def close_worker() -> None:
    if _STATE["db"] is not None:
        _STATE["db"].close()
        _STATE["db"] = None


def init_pool_worker(parent: int, *args) -> None:
    """Initializer of pool processes: Ctrl-C is the parent's to handle (it stops the pool
    cleanly); a worker dying on SIGINT mid-chunk would only add tracebacks. A worker whose
    parent (`parent`, the writer's PID) is gone has no one to hand its results to: it exits."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    init_worker(*args)


# linux/prctl.h
_PR_SET_PDEATHSIG = 1
PARENT_POLL_S = 0.5


def die_with_parent(parent: int) -> None:
    """Exit when the process `parent` dies, even by SIGKILL (which runs no cleanup of its own).

    Without this, `kill -9` of an ingest left its workers (and through them multiprocessing's
    resource tracker, which exits once every holder of its pipe is gone) alive for good,
    re-parented to init, 100-230 MB each. Linux: the kernel sends us SIGKILL when the parent
    dies (prctl PR_SET_PDEATHSIG); elsewhere, and as a second line, a thread polls getppid().
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no libc prctl (musl variants, sandboxes): the thread below still watches
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the death signal was armed
    threading.Thread(target=_watch_parent, args=(parent,), name="baocao-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def unexpected(exc: Exception) -> str:
    """Reason text for a library failure we did not foresee; recorded, never hidden."""
    return f"lỗi khi đọc tệp (unexpected {type(exc).__name__}: {exc})"


def read_file(path: str, data: bytes, name: str) -> list[Result]:
    """Read a whole (non-streaming) file and build its documents."""
    module = reader_for(name)
    limit = limit_s()
    started = time.monotonic()
    try:
        with time_limit(limit):  # doc_timeout_s: a slow or hostile file fails alone instead of hanging the batch
            items = list(module.read(path, data, name))
    except IngestError as exc:
        return [Result(exc.source or name, error=exc.reason)]
    except Exception as exc:  # noqa: BLE001 - third-party parsers raise anything on hostile input
        return [Result(name, error=unexpected(exc))]
    if not items:
        return [Result(name, error="không tìm thấy văn bản nào (no documents found)")]
    # one document: reading and building share its one limit (they once had doc_timeout_s each);
    # the documents of an archive or a JSON Lines file each get their own for building
    first = max(limit - (time.monotonic() - started), 0.001) if limit > 0 and len(items) == 1 else None
    return build_all(items, first)


def build_all(items: Iterable[RawDocument | IngestError], first_limit: float | None = None) -> list[Result]:
    results = []
    for i, item in enumerate(items):
        if isinstance(item, IngestError):
            results.append(Result(item.source or "", error=item.reason, skipped=isinstance(item, Skipped)))
            continue
        try:
            with time_limit(first_limit if i == 0 else None):
                doc = to_document(item)
                extraction = _extract(doc)
                records_json = _serialise(extraction)
                prepared = _prepare(doc, extraction)
        except IngestError as exc:
            results.append(Result(item.source, error=exc.reason))
            continue
        except Exception as exc:  # noqa: BLE001 - an extractor bug on one hostile text must not end the run
            results.append(Result(item.source, error=unexpected(exc)))
            continue
        results.append(Result(item.source, doc, extraction=extraction, records_json=records_json,
                              prepared=prepared))
    return results


def _serialise(extraction) -> str | None:
    if extraction is None:
        return None
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


def _prepare(doc: Document, extraction):
    prepare = _STATE["prepare"]
    if prepare is None or (extraction is None and _STATE["extractor"] is not None):
        # no extraction here means the store already has this document's records (a resumed
        # run); the writer side reads them back rather than indexing without them
        return None
    return prepare(doc, extraction)


def _extract(doc: Document):
    extractor = _STATE["extractor"]
    if extractor is None:
        return None
    db, known = _STATE["db"], _STATE["known"]
    if db is not None:
        row = db.execute("SELECT extractor_version FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row and row[0] == _STATE["version"]:
            return None
    elif known is not None and known(doc.id) == _STATE["version"]:
        return None
    return extractor(doc)
