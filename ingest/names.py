"""File names as text the store can keep, losslessly.

Linux names are bytes. Python hands undecodable bytes over as lone surrogates ("b\\udce1o.txt"),
which SQLite (UTF-8 text) refuses: one such name once aborted a whole ingest. A name that is
valid UTF-8 is kept as it is; any other becomes its bytes with each undecodable byte written
`\\xNN` and each backslash `\\x5c` ("b\\xe1o.txt"), readable on any terminal. The two forms
never meet: an escaped name has at least one backslash and every backslash in it starts a
`\\xNN`, and a valid name of that shape is escaped too. So `name_bytes` gives back the exact bytes.
"""
from __future__ import annotations

import os
import re

_ESCAPE = re.compile(r"\\x([0-9a-f]{2})")


def _escaped_shape(text: str) -> bool:
    backslashes = text.count("\\")
    return bool(backslashes) and backslashes == len(_ESCAPE.findall(text))


def text_name(name: str | os.PathLike) -> str:
    """The name to store and show for a path (see the module docstring)."""
    text = os.fspath(name)
    raw = os.fsencode(text)
    try:
        plain = raw.decode("utf-8")
    except UnicodeDecodeError:
        plain = None
    if plain is not None and not _escaped_shape(plain):
        return plain
    out = []
    for ch in raw.decode("utf-8", "surrogateescape"):
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch == "\\":
            out.append("\\x5c")
        else:
            out.append(ch)
    return "".join(out)


def name_bytes(text: str) -> bytes:
    """The bytes of the path a stored name came from (the inverse of text_name)."""
    if not _escaped_shape(text):
        return text.encode("utf-8")
    parts, pos = [], 0
    for match in _ESCAPE.finditer(text):
        parts.append(text[pos:match.start()].encode("utf-8"))
        parts.append(bytes([int(match.group(1), 16)]))
        pos = match.end()
    parts.append(text[pos:].encode("utf-8"))
    return b"".join(parts)
