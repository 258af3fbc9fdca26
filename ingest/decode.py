"""Turn the bytes of a text file into str, saying how when it was not plain UTF-8."""
from __future__ import annotations

import codecs

from ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters above which "text" is really binary junk.
_MAX_CONTROL_SHARE = 0.05


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Return (text, notes). Raises IngestError for empty, binary or undecodable input."""
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError as exc:
                raise IngestError(f"không giải mã được {codec} (undecodable bytes at {exc.start})") from None
    _refuse_binary(data)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    # Old Vietnamese Windows files: only when UTF-8 fails, and we say so.
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise IngestError(f"không giải mã được (undecodable bytes at {utf8_error}; not UTF-8 or Windows-1258)") from None
    return text, [f"decoded as windows-1258 (not valid UTF-8 at byte {utf8_error})"]


def _refuse_binary(data: bytes) -> None:
    """NUL bytes or many control bytes mean this is not a text file, whatever its name says."""
    sample = data[:65536]
    if b"\x00" in sample:
        raise IngestError("dữ liệu nhị phân, không phải văn bản (binary data, not text)")
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if control > _MAX_CONTROL_SHARE * len(sample):
        raise IngestError("dữ liệu nhị phân, không phải văn bản (binary data, not text)")
