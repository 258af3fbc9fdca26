"""What ingest workers produce for the first N shared articles: a snapshot to diff, and their CPU cost.

    python -m bench.extract_diff snapshot OUT.jsonl [--limit 3000]
    python -m bench.extract_diff compare BEFORE.jsonl AFTER.jsonl
    python -m bench.extract_diff time [--limit 2000] [--runs 3]

`snapshot` runs the worker path of ingest (ingest/work.py: the jsonl reader's records ->
ingest.build.to_document -> extract.pipeline.extract_document) and writes one JSON object per
article: the Document fields ingest stores (title, text, published, years, provinces, doc_type)
and `extraction.to_dict()`. `compare` lists every record that differs (by source) and the keys
that changed. `time` measures CPU seconds (time.process_time, this one process) of building the
documents and of extracting them, several runs, and prints the median per document: wall time on
a shared machine mostly measures waiting for a core.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: import the repository's packages, not bench/'s neighbours
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
    sys.path.insert(0, str(ROOT))

from ingest.settings import shared_corpus  # noqa: E402

DOC_FIELDS = ("title", "text", "published", "years", "provinces", "doc_type")


def raw_documents(corpus: Path, limit: int) -> list:
    """The first `limit` records as the jsonl reader yields them (RawDocument or IngestError)."""
    from ingest.readers import jsonl

    with gzip.open(corpus, "rb") if corpus.name.endswith(".gz") else corpus.open("rb") as handle:
        return list(islice(jsonl._read_lines(corpus.name, handle), limit))


def records(raws: list):
    """(source, record) per article, through the same calls as ingest.work.build_all."""
    from extract import pipeline
    from ingest.build import to_document
    from ingest.errors import IngestError

    pipeline.load()
    for raw in raws:
        if isinstance(raw, IngestError):
            yield raw.source or "", {"error": raw.reason}
            continue
        try:
            doc = to_document(raw)
        except IngestError as exc:
            yield raw.source, {"error": exc.reason}
            continue
        record = {name: getattr(doc, name) for name in DOC_FIELDS}
        record["id"] = doc.id
        record["extraction"] = pipeline.extract_document(doc).to_dict()
        yield raw.source, record


def snapshot(corpus: Path, limit: int, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for source, record in records(raw_documents(corpus, limit)):
            handle.write(json.dumps({"source": source, **record}, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} records written to {out}")
    return 0


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {(row := json.loads(line))["source"]: row for line in handle if line.strip()}


def compare(before: Path, after: Path) -> int:
    old, new = _load(before), _load(after)
    changed = 0
    for source in sorted(set(old) | set(new)):
        a, b = old.get(source), new.get(source)
        if a == b:
            continue
        changed += 1
        if a is None or b is None:
            print(f"{source}: only in {'after' if a is None else 'before'}")
            continue
        keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        if "extraction" in keys:
            ea, eb = a["extraction"], b["extraction"]
            keys.remove("extraction")
            keys += [f"extraction.{k}" for k in sorted(set(ea) | set(eb)) if ea.get(k) != eb.get(k)]
        print(f"{source}: {', '.join(keys)}")
    print(f"{len(old)} before, {len(new)} after, {changed} differ")
    return 1 if changed else 0


def timing(corpus: Path, limit: int, runs: int) -> int:
    from extract import pipeline
    from ingest.build import to_document
    from ingest.document import RawDocument

    raws = [r for r in raw_documents(corpus, limit) if isinstance(r, RawDocument)]
    pipeline.load()
    pipeline.extract_text("Khởi động: Hội CCB trao 5 suất quà.")  # lazy models outside the timing
    build_times, extract_times, dict_times = [], [], []
    for run in range(runs):
        vi_cache_clear()
        started = time.process_time()
        docs = [to_document(raw) for raw in raws]
        built = time.process_time()
        extractions = [pipeline.extract_document(doc) for doc in docs]
        extracted = time.process_time()
        for extraction in extractions:
            extraction.to_dict()
        dicts = time.process_time()
        build_times.append(built - started)
        extract_times.append(extracted - built)
        dict_times.append(dicts - extracted)
        print(f"run {run + 1}: build {1000 * build_times[-1] / len(docs):.2f} ms/doc, "
              f"extract {1000 * extract_times[-1] / len(docs):.2f}, to_dict {1000 * dict_times[-1] / len(docs):.2f}",
              flush=True)
    n = len(raws)
    b, e, d = (1000 * statistics.median(t) / n for t in (build_times, extract_times, dict_times))
    print(f"{n} articles, median of {runs} runs, CPU ms per document: build {b:.2f} + extract {e:.2f} "
          f"= {b + e:.2f} (+ to_dict {d:.2f}, done by the writer)")
    return 0


def vi_cache_clear() -> None:
    """Each run starts with the per-document caches a fresh worker process would have (none);
    loaded models and word lists stay. (Fresh processes, `--runs 1`, are the surest.)"""
    from extract import vi

    for name in ("first_word", "_normalized", "_is_plain"):
        cached = getattr(vi, name, None)
        if cached is not None and hasattr(cached, "cache_clear"):
            cached.cache_clear()
    tagger = vi._tagger() if hasattr(vi, "_tagger") else None
    for _, _, _, cache in getattr(tagger, "_spans", ()):
        cache.clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_diff", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--limit", type=int, default=3000)
    comp = sub.add_parser("compare")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    tim = sub.add_parser("time")
    tim.add_argument("--limit", type=int, default=2000)
    tim.add_argument("--runs", type=int, default=3)
    for p in (snap, tim):
        p.add_argument("--corpus", type=Path, default=shared_corpus())
    args = parser.parse_args(argv)
    if args.what == "compare":
        return compare(args.before, args.after)
    if not args.corpus.exists():
        print(f"Lỗi: {args.corpus}: không tìm thấy kho bài báo", file=sys.stderr)
        return 1
    if args.what == "snapshot":
        return snapshot(args.corpus, args.limit, args.out)
    return timing(args.corpus, args.limit, args.runs)


if __name__ == "__main__":
    raise SystemExit(main())
