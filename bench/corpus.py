"""Slices of the benchmark corpus written to a temporary folder.

Slices are prefixes (the first N% of records or files), so 10% is contained in
30% and 30% in 100%: each larger run does strictly more of the same work.
"""
from __future__ import annotations

import gzip
import shutil
from dataclasses import dataclass
from pathlib import Path

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True, slots=True)
class Slice:
    percent: float
    path: Path  # a .jsonl file or a folder handed to `ingest`
    records: int  # input records (jsonl lines or files)
    input_bytes: int  # uncompressed text bytes handed to ingest


def is_jsonl(path: Path) -> bool:
    return path.is_file() and path.name.endswith(JSONL_SUFFIXES)


def _open_text(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open("r", encoding="utf-8")


def read_jsonl_lines(path: Path) -> list[str]:
    """Non-empty lines of a jsonl(.gz) file, as text (not parsed: ingest parses them)."""
    with _open_text(path) as handle:
        return [line for line in handle if line.strip()]


def count_for(total: int, percent: float, limit: int | None) -> int:
    """How many records a slice keeps: at least one, at most `limit` when given."""
    count = max(1, round(total * percent / 100.0))
    if limit is not None:
        count = min(count, max(1, round(limit * percent / 100.0)))
    return min(count, total)


def slice_jsonl(lines: list[str], percent: float, out_dir: Path, limit: int | None = None) -> Slice:
    """Write a gzipped slice, as the shared corpus itself is: the full corpus as plain
    text (122 MiB) is over ingest's default per-file size limit, the .gz (39 MiB) is not."""
    keep = lines[: count_for(len(lines), percent, limit)]
    out_dir.mkdir(parents=True, exist_ok=True)
    label = f"{percent:g}".replace(".", "_")
    path = out_dir / f"slice-{label}pct.jsonl.gz"
    size = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as handle:
        for line in keep:
            text = line if line.endswith("\n") else line + "\n"
            size += len(text.encode("utf-8"))
            handle.write(text)
    return Slice(percent, path, len(keep), size)


def slice_folder(source: Path, percent: float, out_dir: Path, limit: int | None = None) -> Slice:
    files = sorted(p for p in source.rglob("*") if p.is_file())
    keep = files[: count_for(len(files), percent, limit)]
    label = f"{percent:g}".replace(".", "_")
    target = out_dir / f"slice-{label}pct"
    if target.exists():
        shutil.rmtree(target)
    size = 0
    for path in keep:
        dest = target / path.relative_to(source)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
        size += path.stat().st_size
    return Slice(percent, target, len(keep), size)


def make_slices(
    source: Path, percents: list[float], out_dir: Path, limit: int | None = None
) -> tuple[int, list[Slice]]:
    """(records in the whole source, one slice per percentage)."""
    if is_jsonl(source):
        lines = read_jsonl_lines(source)
        return len(lines), [slice_jsonl(lines, pct, out_dir, limit) for pct in percents]
    if source.is_dir():
        total = sum(1 for p in source.rglob("*") if p.is_file())
        return total, [slice_folder(source, pct, out_dir, limit) for pct in percents]
    raise SystemExit(f"bench: {source}: không đọc được kho văn bản (cần tệp .jsonl/.jsonl.gz hoặc thư mục)")

