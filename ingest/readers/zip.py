"""ZIP archives: each member read by its own reader, reported as "archive.zip!member.pdf".

Guards against zip bombs: a cap on members, on each member's size (the
file size limit), on the total, and on the compression ratio; `check_package`
applies the same limits to documents that are zip packages (.docx, .xlsx,
.odt). Archives inside archives are not opened. Members whose names climb
out of the archive (`../x`, `/x`) are reported, not read.
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


# documents that are zip packages (.docx, .xlsx, .odt): a member this big or bigger must also
# keep to MAX_RATIO; smaller ones cannot bomb, and a real sheet of repeated empty cells may pack tighter
PACKAGE_RATIO_FLOOR = 1024 * 1024


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument | IngestError]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise IngestError(f"tệp zip hỏng (corrupt zip: {exc})") from None
    members = []
    for m in infos:
        if _unsafe(m.filename):
            # never unpacked to disk, but a name that climbs out of the archive is a sign of a crafted
            # file: named, not silently left out as a hidden one
            yield IngestError(f"tên tệp không an toàn trong zip (unsafe member name: {m.filename!r})",
                              f"{name}!{m.filename}")
        elif not _hidden(m.filename):
            members.append(m)
    if len(members) > MAX_MEMBERS:
        raise IngestError(f"zip có quá nhiều tệp (more than {MAX_MEMBERS} members)")
    limit = member_limit()
    if sum(m.file_size for m in members) > TOTAL_FACTOR * limit:
        raise IngestError("zip giải nén quá lớn (uncompressed total over the limit; zip bomb?)")
    for member in members:
        yield from _member(archive, member, f"{name}!{member.filename}", limit)


def member_limit() -> float:
    return float(settings.get("max_file_mb")) * 1024 * 1024


def _too_big(member: zipfile.ZipInfo, limit: float, ratio_floor: int = 0) -> str | None:
    """Why one member must not be unpacked (the limits of this module), or None."""
    if member.file_size > limit:
        return f"tệp quá lớn (file over the size limit: {member.file_size / 1024 / 1024:.1f} MiB)"
    if member.file_size >= ratio_floor and member.compress_size and member.file_size / member.compress_size > MAX_RATIO:
        return f"tỉ lệ nén bất thường (compression ratio over {MAX_RATIO}; zip bomb?)"
    return None


def check_package(data: bytes, label: str) -> None:
    """The zip limits for a document that is a zip package (.docx, .xlsx, .odt), before its parser
    unpacks it: a 0.9 MB .docx once unpacked to 155 million characters. Checks the sizes the
    package declares; the parsers then read only what it declares (zipfile stops at file_size).
    A file that is not a zip at all is left to its reader to report."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        return
    limit = member_limit()
    if len(infos) > MAX_MEMBERS:
        raise IngestError(f"tệp {label} có quá nhiều phần (more than {MAX_MEMBERS} zip members)")
    if sum(m.file_size for m in infos) > TOTAL_FACTOR * limit:
        raise IngestError(f"tệp {label} giải nén quá lớn (uncompressed total over the limit; zip bomb?)")
    for member in infos:
        reason = _too_big(member, limit, PACKAGE_RATIO_FLOOR)
        if reason:
            raise IngestError(f"{reason} ({label} part {member.filename})")


def _member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, source: str, limit: float):
    module = reader_for(member.filename)
    if module is None or suffix_of(member.filename) == ".zip":
        suffix = suffix_of(member.filename) or "(không có đuôi)"
        yield Skipped(f"định dạng không hỗ trợ trong zip (unsupported suffix {suffix})", source)
        return
    reason = _too_big(member, limit)
    if reason:
        yield IngestError(reason, source)
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


def _unsafe(filename: str) -> bool:
    parts = filename.replace("\\", "/").split("/")
    return filename.startswith(("/", "\\")) or ".." in parts or (len(filename) > 1 and filename[1] == ":")


def _hidden(filename: str) -> bool:
    parts = filename.split("/")
    return any(p.startswith(".") for p in parts) or parts[0] == "__MACOSX"
