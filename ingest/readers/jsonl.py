"""JSON Lines (optionally gzipped) and .json: one article per object.

Fields: `title`, `text` (or `content`), optional `date`, `url`, `source`, `id`.
A bad line is reported with its line number and the good lines are kept.
"""
from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator

from ingest.dates import parse_date
from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".jsonl", ".json", ".jsonl.gz", ".json.gz")
# The runner iterates records itself and sends them to workers in chunks.
STREAMING = True


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument | IngestError]:
    if data[:2] == b"\x1f\x8b":
        yield from _read_lines(name, _gunzip_lines(data))
        return
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    if name.lower().endswith(".json") and data.lstrip()[:1] in (b"[", b"{"):
        # A whole-file JSON document (an array of articles or one article)...
        try:
            value = json.loads(data.decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            # RecursionError: arrays/objects nested thousands deep (hostile input)
            value = None  # ...or JSON Lines under a .json name
        if value is not None:
            items = value if isinstance(value, list) else [value]
            for index, item in enumerate(items, 1):
                yield _record(item, f"{name}#{index}", f"phần tử {index}")
            return
    yield from _read_lines(name, io.BytesIO(data))


def _gunzip_lines(data: bytes) -> Iterator[bytes]:
    try:
        yield from gzip.GzipFile(fileobj=io.BytesIO(data))
    except (OSError, EOFError, zlib.error) as exc:
        raise IngestError(f"tệp gzip hỏng (corrupt gzip: {exc})") from None


def _read_lines(name: str, lines) -> Iterator[RawDocument | IngestError]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"dòng {number}"
        try:
            item = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield IngestError(f"{where}: không giải mã được UTF-8 (undecodable bytes at {exc.start})")
            continue
        except ValueError as exc:
            yield IngestError(f"{where}: JSON không hợp lệ (invalid JSON: {exc})")
            continue
        except RecursionError:
            # json.loads recurses per nesting level; a hostile line must not end the whole run
            yield IngestError(f"{where}: JSON lồng quá sâu (JSON nested too deeply)")
            continue
        yield _record(item, f"{name}#{number}", where)


def _record(item: object, source: str, where: str) -> RawDocument | IngestError:
    if not isinstance(item, dict):
        return IngestError(f"{where}: không phải đối tượng JSON (not a JSON object)")
    text = item.get("text") or item.get("content") or ""
    if not isinstance(text, str) or not text.strip():
        return IngestError(f"{where}: thiếu nội dung 'text' (no text)")
    title = item.get("title") or ""
    published = parse_date(str(item["date"])) if item.get("date") else None
    return RawDocument(
        source=source,
        text=text,
        title=title if isinstance(title, str) else str(title),
        published=published,
        url=item.get("url") or None,
        source_name=item.get("source") or None,
        external_id=str(item["id"]) if item.get("id") is not None else None,
        format="jsonl",
    )
