"""ZIP archives: each member read by its own reader, reported as "archive.zip!member.pdf".

Guards against zip bombs: a cap on members, on each member's size (the
file size limit), on the total, and on the compression ratio. Archives
inside archives are not opened.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

from ingest import settings
from ingest.document import RawDocument
from ingest.errors import IngestError, Skipped
from ingest.readers import reader_for, suffix_of

SUFFIXES = (".zip",)
MAX_MEMBERS = 10_000
# text compresses about 5-10x; 100x is only reached by crafted data
MAX_RATIO = 100
TOTAL_FACTOR = 4  # the whole archive may unpack to this many times the per-file limit


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument | IngestError]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir() and not _hidden(m.filename)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise IngestError(f"tệp zip hỏng (corrupt zip: {exc})") from None
    if len(members) > MAX_MEMBERS:
        raise IngestError(f"zip có quá nhiều tệp (more than {MAX_MEMBERS} members)")
    limit = float(settings.get("max_file_mb")) * 1024 * 1024
    if sum(m.file_size for m in members) > TOTAL_FACTOR * limit:
        raise IngestError("zip giải nén quá lớn (uncompressed total over the limit; zip bomb?)")
    for member in members:
        yield from _member(archive, member, f"{name}!{member.filename}", limit)


def _member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, source: str, limit: float):
    module = reader_for(member.filename)
    if module is None or suffix_of(member.filename) == ".zip":
        suffix = suffix_of(member.filename) or "(không có đuôi)"
        yield Skipped(f"định dạng không hỗ trợ trong zip (unsupported suffix {suffix})", source)
        return
    if member.file_size > limit:
        yield IngestError(f"tệp quá lớn (file over the size limit: {member.file_size / 1024 / 1024:.1f} MiB)", source)
        return
    if member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
        yield IngestError(f"tỉ lệ nén bất thường (compression ratio over {MAX_RATIO}; zip bomb?)", source)
        return
    try:
        with archive.open(member) as handle:
            # read at most limit+1 bytes: the header's size could lie
            data = handle.read(int(limit) + 1)
    except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, ValueError, zlib.error) as exc:
        # RuntimeError: encrypted member without a password; ValueError ("negative seek value")
        # and zlib.error come from damaged member headers and streams (found by fuzzing)
        yield IngestError(f"không giải nén được (cannot extract: {exc})", source)
        return
    if len(data) > limit:
        yield IngestError("tệp quá lớn (file over the size limit)", source)
        return
    try:
        for item in module.read(source, data, source):
            if isinstance(item, IngestError) and item.source is None:
                item.source = source
            yield item
    except IngestError as exc:
        yield IngestError(exc.reason, source)
    except Exception as exc:  # noqa: BLE001 - one hostile member must not lose the others
        yield IngestError(f"lỗi khi đọc tệp (unexpected {type(exc).__name__}: {exc})", source)


def _hidden(filename: str) -> bool:
    parts = filename.split("/")
    return any(p.startswith(".") for p in parts) or parts[0] == "__MACOSX"
