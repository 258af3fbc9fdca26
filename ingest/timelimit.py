"""A per-document time limit (setting doc_timeout_s) for readers and the extractor.

Hostile or pathological files (a PDF with millions of tiny drawing operations,
text that sends a pattern into backtracking) must end as one failed file, not
a hung batch. SIGALRM interrupts pure-Python code (pdfminer, regex loops
between steps, spaCy components) at the next bytecode; a C call that never
returns cannot be interrupted this way. Signals only reach the main thread,
so the limit applies where ingest runs readers: the main thread of the ingest
process or of a worker process. Elsewhere (e.g. a web thread) it is a no-op.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ingest import settings
from ingest.errors import IngestError


class DocumentTimeout(IngestError):
    """Reading or extracting one document took longer than doc_timeout_s."""


class _Expired(BaseException):
    """Raised by the alarm inside the limited block. A BaseException, like KeyboardInterrupt, so
    the parsers' own `except Exception` (pdfplumber wraps everything in PdfminerException, the zip
    reader guards each member) cannot swallow it and report a time-out as a corrupt file; it
    becomes a DocumentTimeout when it leaves the block."""


def limit_s() -> float:
    return float(settings.get("doc_timeout_s"))


def extend(seconds: float) -> None:
    """More time for the limited block under way (OCR: doc_timeout_s more per page read).
    A no-op outside a limited block and off the main thread."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        return
    remaining, interval = signal.getitimer(signal.ITIMER_REAL)
    if remaining > 0 and signal.getsignal(signal.SIGALRM) is _expire:
        signal.setitimer(signal.ITIMER_REAL, remaining + seconds, interval)


def _expire(signum, frame):
    raise _Expired


@contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    seconds = limit_s() if seconds is None else seconds
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    previous = signal.signal(signal.SIGALRM, _expire)
    # the alarm repeats until the block ends: an exception raised while Python runs a gc
    # callback or a __del__ is discarded as "unraisable", so one alarm alone can be lost
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    try:
        yield
    except _Expired:
        raise DocumentTimeout(f"quá thời gian xử lý một văn bản (over the time limit of {seconds:g} s)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
