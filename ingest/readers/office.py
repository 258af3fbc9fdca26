"""Word 97 .doc, .rtf and OpenDocument .odt through LibreOffice: converted to .docx and read by
the .docx reader (ingest/readers/word.py), so tables become `cell | cell` rows there too.

Why LibreOffice and not antiword/catdoc/striprtf: the legacy Vietnamese archives type whole
paragraphs, or single runs, in .VnTime/.VnTimeH/VNI-Times fonts, and only a converter that
keeps each run's font tells which text to convert and which to set in capitals. antiword
(7 ms a file against LibreOffice's ~2.5 s) gives the text without fonts; catdoc dropped our
sample's table; striprtf gives RTF text without its fonts or tables. Measured on our samples:
see tests/ingest/test_office.py and the report of issue 14.

Each worker process keeps one LibreOffice profile directory of its own (two processes on one
profile wait for each other's lock). The conversion runs under the per-document time limit.
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ingest.document import RawDocument
from ingest.errors import IngestError
from ingest.guard import run_guarded
from ingest.readers import word
from ingest.readers.zip import check_package
from ingest.timelimit import limit_s

SUFFIXES = (".doc", ".rtf", ".odt")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97 (and every OLE compound file)
_SIGNATURES = {".doc": (_OLE,), ".rtf": (b"{\\rtf",), ".odt": (b"PK\x03\x04",)}
_NAMES = {".doc": "Word 97 .doc", ".rtf": ".rtf", ".odt": ".odt"}
_PROFILE: dict[str, str] = {}


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    suffix = Path(name).suffix.lower()
    label = _NAMES.get(suffix, suffix)
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    if not data.lstrip().startswith(_SIGNATURES.get(suffix, (b"",))):
        raise IngestError(f"không phải tệp {label} (not a {label} file: wrong signature)")
    if suffix == ".doc":
        _check_doc(data)
    if suffix == ".odt":  # a zip package: its limits before LibreOffice unpacks it
        check_package(data, label)
    converted = convert_to_docx(data, suffix, label)
    yield word.read_docx(converted, name, suffix[1:], label)


def _check_doc(data: bytes) -> None:
    """Refuse what LibreOffice would silently turn into an empty or partial document."""
    if len(data) < 1536 or (len(data) - 512) % 512:
        # an OLE file is a 512-byte header and whole 512-byte sectors
        raise IngestError(f"tệp .doc bị cắt cụt (truncated Word 97 file: {len(data)} bytes, not whole sectors)")
    if b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" not in data:
        raise IngestError("tệp OLE không phải văn bản Word 97 (OLE file without a WordDocument stream)")
    if _fib_encrypted(data):
        raise IngestError("tệp .doc được bảo vệ bằng mật khẩu (password-protected Word 97 file)")


def _fib_encrypted(data: bytes) -> bool:
    """The fEncrypted bit of the Word file information block, which starts the WordDocument
    stream; that stream is found through the magic number 0xA5EC at a sector start."""
    for offset in range(512, min(len(data), 512 * 64), 512):
        if data[offset:offset + 2] == b"\xec\xa5":
            return bool(data[offset + 11] & 0x01)
    return False


def convert_to_docx(data: bytes, suffix: str, label: str) -> bytes:
    exe = soffice()
    if exe is None:
        raise IngestError(f"cần LibreOffice để đọc {label} (install the Debian package libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory(prefix="baocao-office-") as tmp:
        src = Path(tmp) / f"in{suffix}"
        src.write_bytes(data)
        timeout = limit_s() or None
        try:
            # guarded: LibreOffice's soffice.bin must not outlive a killed worker (ingest/guard.py)
            done = run_guarded(
                [exe, "--headless", "--norestore", f"-env:UserInstallation={_profile()}",
                 "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, str(src)],
                timeout=timeout)
        except subprocess.TimeoutExpired:
            raise IngestError(f"LibreOffice không chuyển được {label} trong {timeout:g} s (conversion timed out)") from None
        out = Path(tmp) / "in.docx"
        if not out.exists():
            detail = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
            reason = detail[-1] if detail else f"exit status {done.returncode}"
            raise IngestError(f"tệp {label} hỏng, LibreOffice không đọc được (broken {label}: {reason})")
        return out.read_bytes()


def _profile() -> str:
    """A LibreOffice user profile for this process, removed when it exits."""
    key = str(os.getpid())
    if key not in _PROFILE:
        folder = tempfile.mkdtemp(prefix="baocao-lo-profile-")
        atexit.register(shutil.rmtree, folder, True)
        _PROFILE[key] = Path(folder).as_uri()
    return _PROFILE[key]
