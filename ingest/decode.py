"""Turn the bytes of a text file into str, saying how when it was not plain UTF-8."""
from __future__ import annotations

import codecs

from ingest import legacy
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
                return _unlegacy(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise IngestError(f"không giải mã được {codec} (undecodable bytes at {exc.start})") from None
    _refuse_binary(data)
    try:
        return _unlegacy(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    # Pre-Unicode Vietnamese (TCVN3, VNI, VISCII): a declared charset, else the text's own
    # evidence; then Windows-1258, the one Windows code page for Vietnamese.
    encoding = legacy.charset_encoding(data)
    if encoding is None:
        encoding = legacy.detect(legacy.surface_text(data[:_SAMPLE])).encoding
    if encoding is not None:
        return legacy.decode_bytes(data, encoding), [legacy.note(encoding)]
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        raise IngestError(f"không giải mã được (undecodable bytes at {utf8_error}; not UTF-8 or Windows-1258)") from None
    return text, [f"decoded as windows-1258 (not valid UTF-8 at byte {utf8_error})"]


# Bytes the statistical check looks at: plenty of words, and a huge file costs no more.
_SAMPLE = 65536


def _unlegacy(text: str) -> tuple[str, list[str]]:
    """Unicode text may still hold legacy paragraphs, e.g. a .VnTime document saved as UTF-8."""
    text, encoding = legacy.fix_text(text)
    return text, [legacy.note(encoding)] if encoding else []


def _refuse_binary(data: bytes) -> None:
    """NUL bytes or many control bytes mean this is not a text file, whatever its name says."""
    sample = data[:65536]
    if b"\x00" in sample:
        raise IngestError("dữ liệu nhị phân, không phải văn bản (binary data, not text)")
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if control > _MAX_CONTROL_SHARE * len(sample):
        raise IngestError("dữ liệu nhị phân, không phải văn bản (binary data, not text)")
