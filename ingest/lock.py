"""One writer per data directory: an advisory lock on <data_dir>/ingest.lock.

SQLite serialises single transactions, but an ingest run is many transactions
plus a Whoosh index update, and Whoosh allows one writer. Two runs at once
would interleave their index writes and race on `indexed_version`, so every
command that writes (ingest, reindex, check --repair, restore) holds this lock.

flock() locks belong to the open file description: the kernel drops them when
the process dies, even by SIGKILL, so a killed run never leaves a stale lock. The next
writer takes it over at once, says so when the PID in the file was a dead process, and first
finishes or clears what the killed run left (ingest/tidy.py).
"""
from __future__ import annotations

import fcntl
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest import settings, tidy

LOCK_NAME = "ingest.lock"
POLL_S = 0.2


class DataDirBusy(RuntimeError):
    """Another process holds the writer lock of this data directory."""


def _holder(path: Path) -> str:
    try:
        text = path.read_text("utf-8").strip()
    except OSError:
        return ""
    return f" (PID {text})" if text.isdigit() else ""


@contextmanager
def writer_lock(data_dir: str | os.PathLike, wait_s: float | None = None) -> Iterator[Path]:
    """Hold the data directory's writer lock for the duration of the block.

    wait_s: seconds to wait for another writer to finish (None: the
    `lock_wait_s` setting; 0: refuse at once). Raises DataDirBusy with a
    Vietnamese one-line message when the lock is still held after that.
    """
    wait = float(settings.get("lock_wait_s", wait_s))
    path = Path(data_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DataDirBusy(
                        f"Thư mục dữ liệu {path.parent} đang được một tiến trình khác ghi{_holder(path)}; "
                        f"hãy đợi lần chạy đó xong (hoặc đặt BAOCAO_LOCK_WAIT_S để chờ)."
                    ) from None
                time.sleep(POLL_S)
        previous = _holder(path).strip(" ()PID")
        # the holder's PID, only to name it in the message others get
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        _take_over(path.parent, int(previous) if previous.isdigit() else None)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)  # a clean end: no PID left for the next writer to wonder about
    finally:
        # closing the descriptor releases the lock
        os.close(fd)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _take_over(data_dir: Path, previous: int | None) -> None:
    """What a writer does first: finish a committed restore, remove leftovers of killed runs."""
    say = lambda line: print(line, file=sys.stderr)  # noqa: E731
    if previous is not None and previous != os.getpid() and not _alive(previous):
        say(f"ghi chú: lần ghi trước (PID {previous}) đã dừng bất thường; tiếp quản thư mục dữ liệu {data_dir}.")
    if tidy.finish_restore(data_dir):
        say(f"ghi chú: đã hoàn tất lần khôi phục bị ngắt trong {data_dir}.")
    removed = tidy.clean(data_dir)
    if removed:
        names = ", ".join(str(p.relative_to(data_dir)) for p in removed[:5])
        more = f" (và {len(removed) - 5} mục khác)" if len(removed) > 5 else ""
        say(f"ghi chú: đã xóa {len(removed)} tệp/thư mục tạm còn sót của lệnh bị ngắt: {names}{more}.")


def is_locked(data_dir: str | os.PathLike) -> bool:
    """True when some process holds the writer lock (used by `baocao check`)."""
    path = Path(data_dir) / LOCK_NAME
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
