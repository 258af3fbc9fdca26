"""Environment failures (full disk, read-only data directory, busy store) as one clear line.

These are not per-file problems (those are IngestError) but reasons a whole
command cannot go on. The CLI turns them into a one-line Vietnamese message
and exit status 2 instead of a traceback; SQLite has already rolled back the
open transaction, so the store stays as it was after the last commit.
"""
from __future__ import annotations

import errno
import sqlite3

from ingest.lock import DataDirBusy

EXIT_ENVIRONMENT = 2

_ERRNO = {
    errno.ENOSPC: "ổ đĩa đã đầy (no space left on device)",
    errno.EDQUOT: "vượt hạn mức ổ đĩa (disk quota exceeded)",
    errno.EFBIG: "tệp vượt giới hạn kích thước cho phép (file too large)",
    errno.EROFS: "thư mục dữ liệu chỉ đọc (read-only file system)",
    errno.EACCES: "không có quyền ghi (permission denied)",
    errno.EPERM: "không được phép (operation not permitted)",
    errno.EIO: "lỗi vào/ra của ổ đĩa (I/O error)",
}

# SQLite reports the same conditions in its own words.
_SQLITE = (
    ("database or disk is full", _ERRNO[errno.ENOSPC]),
    ("attempt to write a readonly database", "kho dữ liệu chỉ đọc (read-only database)"),
    ("readonly database", "kho dữ liệu chỉ đọc (read-only database)"),
    ("unable to open database file", "không mở được tệp kho dữ liệu (unable to open database file)"),
    ("disk i/o error", _ERRNO[errno.EIO]),
    ("database is locked", "kho dữ liệu đang bị khóa bởi tiến trình khác (database is locked)"),
    ("file is not a database", "tệp kho dữ liệu hỏng (file is not a database)"),
    ("database disk image is malformed", "tệp kho dữ liệu hỏng (database disk image is malformed)"),
)


def describe(exc: BaseException) -> str | None:
    """The one-line message for an environment failure, or None for anything else (a bug)."""
    if isinstance(exc, DataDirBusy):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for needle, message in _SQLITE:
            if needle in text:
                return f"lỗi kho dữ liệu: {message}"
        return None
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        where = f": {exc.filename}" if exc.filename else ""
        return f"lỗi hệ thống tệp: {_ERRNO[exc.errno]}{where}"
    # Whoosh and others wrap the OSError; look one level down
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc and isinstance(cause, (OSError, sqlite3.Error)):
        return describe(cause)
    return None
