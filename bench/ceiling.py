"""One machine's ceiling: ingest and search at 35,440 and at ~106,000 documents.

The larger archive is the shared corpus three times over. Copy 0 is the corpus as it is; copies 1
and 2 are the same articles with their texts changed deterministically so that none is stored as
a duplicate (the store keys documents by a hash of their text): every province name is replaced
by the name `copy` places further along the province table (the same kind of report, from another
province), "và" becomes "cùng" in one copy and "với" in the other, and a text neither change
touches gets its copy number appended. Each copy is its own .jsonl.gz (one file of all three would
pass ingest's per-file size limit).

Sizes are grown, not rebuilt: the 35k store is ingested from copy 0 into a fresh data directory,
then copied and copies 1 and 2 are ingested into the copy, so the ~106k figures are the cost of
adding 70,880 documents to an archive that already holds 35,440 (what a growing archive pays).

Parts (`--parts`, default all, each on the stores already in the work directory):
    prepare   write the copies
    ingest    `baocao ingest` as a subprocess: wall s, docs/s, CPU-s per document, peak RSS
    reindex   `baocao reindex` (the index again with the code of this checkout): s, CPU-s/doc
    size      index bytes per byte of raw text (title + text, UTF-8) and what takes the space
    search    the benchmark queries in-process through the JSON API: p50/p95 (ms)
    serve     the real `baocao serve` (waitress) over HTTP: the query set, then RSS/USS of the server

    python -m bench.ceiling --work-dir /work/ceil-logs/run --workers 1 --parts prepare,ingest
    python -m bench.ceiling --work-dir /work/ceil-logs/run --parts reindex,size,search,serve

Every part appends its figures to <work-dir>/ceiling.json; the table of all figures measured so
far is printed at the end of each run.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import sqlite3
import sys
import time
from functools import lru_cache
from pathlib import Path

from bench.corpus import read_jsonl_lines
from bench.runs import STORE_FILE, cli_command, dir_size, run_measured, store_counts
from ingest.settings import shared_corpus

SIZES = {"35k": (0,), "106k": (0, 1, 2)}  # size -> copies it holds
CONJUNCTION = {1: "cùng", 2: "với"}  # what "và" becomes in each changed copy
PARTS = ("prepare", "ingest", "reindex", "size", "search", "serve")


@lru_cache(maxsize=1)
def _province_names() -> list[str]:
    from ingest.places import provinces

    return [p.name for p in provinces()]


@lru_cache(maxsize=4)
def _province_swap(copy: int):
    names = _province_names()
    table = {name: names[(i + copy * 7) % len(names)] for i, name in enumerate(names)}
    # longest first: "Bà Rịa - Vũng Tàu" before a shorter name inside it
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True)) + r")(?!\w)")
    return pattern, table


_VA = re.compile(r"(?<!\w)và(?!\w)")


def changed(text: str, copy: int) -> tuple[str, str]:
    """The text of `copy` and which change made it differ (copy 0: the text as it is)."""
    if copy == 0:
        return text, "none"
    pattern, table = _province_swap(copy)
    out = pattern.sub(lambda m: table[m.group(1)], text)
    out = _VA.sub(CONJUNCTION[copy], out)
    if out != text:
        return out, "words"
    return f"{text}\n(bản {copy})", "appended"


def prepare(work: Path, corpus: Path) -> dict:
    lines = read_jsonl_lines(corpus)
    out_dir = work / "input"
    out_dir.mkdir(parents=True, exist_ok=True)
    stats = {}
    for copy in (0, 1, 2):
        path = out_dir / f"copy-{copy}.jsonl.gz"
        kinds: dict[str, int] = {}
        raw = 0
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as handle:
            for line in lines:
                item = json.loads(line)
                for key in ("title", "text", "content"):
                    if isinstance(item.get(key), str):
                        item[key], kind = changed(item[key], copy)
                        if key != "title":
                            kinds[kind] = kinds.get(kind, 0) + 1
                if item.get("id") is not None and copy:
                    item["id"] = f"{item['id']}-c{copy}"
                raw += len((item.get("title") or "").encode()) + len((item.get("text") or item.get("content") or "").encode())
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        stats[f"copy-{copy}"] = {"records": len(lines), "changes": kinds, "raw_text_bytes": raw,
                                 "gz_bytes": path.stat().st_size}
        print(f"prepare: {path} {len(lines)} records, changes {kinds}", flush=True)
    return stats


def ingest(work: Path, size: str, workers: int | None) -> dict:
    data = work / f"data-{size}"
    copies = SIZES[size]
    if size == "106k":  # grown from the 35k store
        base = work / "data-35k"
        if not (base / STORE_FILE).exists():
            raise SystemExit("ceiling: ingest 35k first (the 106k store grows from it)")
        if data.exists():
            shutil.rmtree(data)
        shutil.copytree(base, data)
        copies = copies[1:]
    elif data.exists():
        shutil.rmtree(data)
    before = store_counts(data).documents
    args = ["ingest", *(str(work / "input" / f"copy-{c}.jsonl.gz") for c in copies), "--data-dir", str(data), "--quiet"]
    if workers:
        args += ["--workers", str(workers)]
    load_before = os.getloadavg()[0]
    timed = run_measured(cli_command(*args), work / "logs", f"ingest-{size}")
    counts = store_counts(data)
    added = counts.documents - before
    return {"returncode": timed.returncode, "documents_before": before, "documents": counts.documents,
            "added": added, "indexed": counts.indexed, "figures": counts.figures, "seconds": timed.seconds,
            "docs_per_s": added / timed.seconds if timed.seconds else 0.0,
            "cpu_seconds": timed.cpu_seconds, "cpu_s_per_doc": timed.cpu_seconds / added if added else None,
            "writer_cpu_seconds": timed.own_cpu_seconds, "peak_rss_tree": timed.peak_rss_tree,
            "workers": workers, "load_before": load_before, "load_after": os.getloadavg()[0],
            "stderr_tail": timed.stderr_tail}


def reindex(work: Path, size: str) -> dict:
    data = work / f"data-{size}"
    timed = run_measured(cli_command("reindex", "--data-dir", str(data)), work / "logs", f"reindex-{size}")
    docs = store_counts(data).documents
    return {"returncode": timed.returncode, "seconds": timed.seconds, "cpu_seconds": timed.cpu_seconds,
            "cpu_ms_per_doc": 1000 * timed.cpu_seconds / docs if docs else None, "stderr_tail": timed.stderr_tail}


def raw_text_bytes(data: Path) -> tuple[int, int]:
    """(documents, UTF-8 bytes of their titles and texts) in the store."""
    conn = sqlite3.connect(f"file:{data / STORE_FILE}?mode=ro", uri=True)
    try:
        total = docs = 0
        for title, text in conn.execute("SELECT title, text FROM documents"):
            total += len((title or "").encode()) + len((text or "").encode())
            docs += 1
        return docs, total
    finally:
        conn.close()


def size(work: Path, size_name: str) -> dict:
    from bench.index_size import breakdown

    data = work / f"data-{size_name}"
    docs, raw = raw_text_bytes(data)
    index_bytes = dir_size(data / "index")
    return {"documents": docs, "raw_text_bytes": raw, "index_bytes": index_bytes,
            "index_per_raw": index_bytes / raw if raw else None,
            "index_bytes_per_doc": index_bytes / docs if docs else None,
            "store_bytes": dir_size(data / STORE_FILE), "breakdown": breakdown(data / "index")}


def search(work: Path, size_name: str, rounds: int) -> dict:
    from bench import queries as Qs
    from bench.search_bench import baocao_engine, measure, summarise

    engine = baocao_engine(work / f"data-{size_name}")
    table = measure({"baocao": engine}, Qs.load(), Qs.load(section="warmup"), 1, rounds)
    summary = summarise(table)
    return {"latency": summary["latency"]["baocao"], "latency_cpu": summary["latency_cpu"]["baocao"],
            "latency_first": summary["latency_first"]["baocao"], "rounds": rounds,
            "queries": len(table)}


def serve(work: Path, size_name: str, rounds: int) -> dict:
    from bench import queries as Qs
    from bench import serve_bench

    return serve_bench.run(work / f"data-{size_name}", Qs.load(), rounds, work / "logs" / f"serve-{size_name}",
                           timeout=900)


def _load(path: Path) -> dict:
    return json.loads(path.read_text()) if path.exists() else {}


def _save(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1))
    tmp.replace(path)


def _fmt(value, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def table(results: dict) -> str:
    rows = ["| figure | " + " | ".join(SIZES) + " |", "|---|" + "---|" * len(SIZES)]

    def row(label, get, spec):
        cells = []
        for name in SIZES:
            try:
                cells.append(_fmt(get(results[name]), spec))
            except (KeyError, TypeError):
                cells.append("—")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")

    row("documents in the store", lambda r: r["size"]["documents"], ",d")
    row("documents ingested by this run", lambda r: r["ingest"]["added"], ",d")
    row("ingest wall s", lambda r: r["ingest"]["seconds"], ".0f")
    row("ingest docs/s (wall, shared machine)", lambda r: r["ingest"]["docs_per_s"], ".1f")
    row("ingest CPU-s per document", lambda r: r["ingest"]["cpu_s_per_doc"], ".4f")
    row("ingest peak RSS tree MB", lambda r: r["ingest"]["peak_rss_tree"] / 2**20, ".0f")
    row("reindex wall s", lambda r: r["reindex"]["seconds"], ".0f")
    row("reindex CPU ms per document", lambda r: r["reindex"]["cpu_ms_per_doc"], ".2f")
    row("raw text MB", lambda r: r["size"]["raw_text_bytes"] / 2**20, ".1f")
    row("index MB", lambda r: r["size"]["index_bytes"] / 2**20, ".1f")
    row("index bytes per byte of raw text", lambda r: r["size"]["index_per_raw"], ".2f")
    row("index bytes per document", lambda r: r["size"]["index_bytes_per_doc"], ",.0f")
    row("store (SQLite) MB", lambda r: r["size"]["store_bytes"] / 2**20, ".0f")
    row("search p50 ms (in-process API)", lambda r: r["search"]["latency"]["p50"], ".1f")
    row("search p95 ms (in-process API)", lambda r: r["search"]["latency"]["p95"], ".1f")
    row("search first-sight p95 ms", lambda r: r["search"]["latency_first"]["p95"], ".1f")
    row("serve ready s (open index)", lambda r: r["serve"]["ready_seconds"], ".1f")
    row("serve HTTP p50 ms", lambda r: r["serve"]["http_p50"], ".1f")
    row("serve HTTP p95 ms", lambda r: r["serve"]["http_p95"], ".1f")
    row("serve RSS MB after the queries", lambda r: r["serve"]["rss"] / 2**20, ".0f")
    row("serve USS MB after the queries", lambda r: r["serve"]["uss"] / 2**20, ".0f")
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ceiling", description=__doc__.splitlines()[0])
    parser.add_argument("--work-dir", type=Path, required=True, help="inputs, data dirs, logs, ceiling.json")
    parser.add_argument("--corpus", type=Path, default=shared_corpus())
    parser.add_argument("--sizes", default=",".join(SIZES), help="35k,106k")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--workers", type=int, default=None, help="ingest worker processes")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of the query set")
    args = parser.parse_args(argv)
    work = args.work_dir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    out = work / "ceiling.json"
    results = _load(out)
    parts = [p for p in args.parts.split(",") if p]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts {sorted(unknown)}")
    if "prepare" in parts:
        results["prepare"] = prepare(work, args.corpus)
        _save(out, results)
    for name in [s for s in args.sizes.split(",") if s]:
        for part in parts:
            if part == "prepare":
                continue
            started = time.strftime("%H:%M:%S")
            print(f"[{started}] {name}: {part} ...", flush=True)
            if part == "ingest":
                value = ingest(work, name, args.workers)
            elif part == "reindex":
                value = reindex(work, name)
            elif part == "size":
                value = size(work, name)
            elif part == "search":
                value = search(work, name, args.rounds)
            else:
                value = serve(work, name, args.rounds)
            results = _load(out)
            results.setdefault(name, {})[part] = value
            results[name][part]["measured_at"] = time.strftime("%Y-%m-%d %H:%M:%S")
            _save(out, results)
            print(json.dumps({name: {part: {k: v for k, v in value.items() if k != "breakdown"}}},
                             ensure_ascii=False), flush=True)
    print(table(_load(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
