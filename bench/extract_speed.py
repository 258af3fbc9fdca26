"""Extraction speed on the shared corpus, beside underthesea `ner` on the same documents.

    python bench/extract_speed.py [--limit N] [--ner-sample 500] [--corpus PATH] [--rules-only]

Runs in this one process (one core). Prints documents/s and characters/s of our pipeline over
the first N articles (all 35,440 by default), the peak resident memory of the process
(resource.getrusage maxrss), then underthesea `ner` sentence by sentence over the first
--ner-sample of the same articles (it is ~100x slower, hence a sample; 0 = all) and its rate.
--rules-only switches the learned activity classifier off (extract/learned.py), to compare.
The pipeline runs twice by default (--org-model both): without and with the learned organisation
recogniser (extract/org_model.py), printing both rates per core and their ratio.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
# run as a script, bench/ would be sys.path[0] and bench/profile.py would shadow the standard
# library's profile module (spaCy imports cProfile); keep the repository root instead
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

from ingest.settings import shared_corpus  # noqa: E402


def read_corpus(path: Path, limit: int | None) -> list[dict]:
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(docs) >= limit:
                break
            docs.append(json.loads(line))
    return docs


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_pass(docs: list[dict], chars: int, extract_text, label: str) -> tuple[float, float, float]:
    """(docs/s per core, CPU seconds, wall seconds) of one pass over docs."""
    figures = orgs = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for i, doc in enumerate(docs, 1):
        ex = extract_text(doc["text"], title=doc.get("title", ""))
        figures += len(ex.figures)
        orgs += len(ex.organizations)
        if i % 5000 == 0:
            elapsed = time.perf_counter() - started
            print(f"  {i} articles, {i / elapsed:.0f} docs/s", flush=True)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    # wall-clock rate depends on what else runs on the machine; CPU time is this one core's own work
    print(f"baocao pipeline, {label}: {len(docs)} docs in {elapsed:.1f} s wall = {len(docs) / elapsed:.1f} docs/s; "
          f"{cpu:.1f} s CPU = {len(docs) / cpu:.1f} docs/s per core ({chars / cpu / 1e6:.2f} M chars/s); "
          f"{figures} figures, {orgs} organisation mentions; peak RSS {peak_rss_mb():.0f} MB", flush=True)
    return len(docs) / cpu, cpu, elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N articles (default: all)")
    ap.add_argument("--ner-sample", type=int, default=500, help="articles for the underthesea ner run (0 = all)")
    ap.add_argument("--corpus", type=Path, default=shared_corpus())
    ap.add_argument("--rules-only", action="store_true", help="without the learned activity classifier")
    ap.add_argument("--org-model", choices=("both", "off", "on"), default="both",
                    help="pass(es) without / with the learned organisation recogniser (default: both, same run)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"Lỗi: {args.corpus}: không tìm thấy kho bài báo", file=sys.stderr)
        return 1

    docs = read_corpus(args.corpus, args.limit)
    chars = sum(len(d["text"]) for d in docs)
    print(f"corpus: {len(docs)} articles, {chars / 1e6:.1f} M characters; peak RSS after reading {peak_rss_mb():.0f} MB")

    from extract import learned
    from extract.pipeline import extract_text, load

    if args.rules_only:
        learned.WEIGHT = 0.0
    print(f"learned activity classifier: {'off' if not learned.WEIGHT or learned.model() is None else f'on (weight {learned.WEIGHT})'}")

    started = time.perf_counter()
    load()
    extract_text("Khởi động: Hội CCB trao 5 suất quà.")  # loads underthesea models used lazily
    print(f"pipeline load: {time.perf_counter() - started:.1f} s")

    from extract import org_model

    # the rules alone, then with the learned organisation recogniser (extract/org_model.py) in the
    # same process: ru_maxrss only grows, so the second pass's peak covers both
    passes = {"both": (False, True), "off": (False,), "on": (True,)}[args.org_model]
    if True in passes and org_model.model() is None:
        print("learned organisation recogniser: no weights in extract/models/orgs; rules only")
        passes = (False,)
    saved = org_model.ENABLED
    rates = {}
    for enabled in passes:
        org_model.ENABLED = enabled
        label = "rules + learned organisation recogniser" if enabled else "rules (organisation recogniser off)"
        rates[label], cpu, elapsed = run_pass(docs, chars, extract_text, label)
    org_model.ENABLED = saved
    if len(rates) == 2:
        (a, ra), (b, rb) = rates.items()
        print(f"=> per core: {a} {ra:.1f} docs/s; {b} {rb:.1f} docs/s (ratio {rb / ra:.2f})")

    sample = docs if args.ner_sample == 0 else docs[: args.ner_sample]
    from extract import vi

    started = time.perf_counter()
    ner_cpu_started = time.process_time()
    entities = 0
    for doc in sample:
        text = doc["text"]
        for s, e in vi.sentence_spans(text):
            entities += sum(1 for tok in vi.ner(text[s:e]) if tok[-1].startswith("B-"))
    ner_elapsed = time.perf_counter() - started
    ner_cpu = time.process_time() - ner_cpu_started
    print(f"underthesea ner: {len(sample)} docs in {ner_elapsed:.1f} s wall = {len(sample) / ner_elapsed:.1f} docs/s; "
          f"{ner_cpu:.1f} s CPU = {len(sample) / ner_cpu:.1f} docs/s per core; {entities} entities; "
          f"peak RSS {peak_rss_mb():.0f} MB")
    print(f"=> per core (CPU time): baocao {len(docs) / cpu:.1f} docs/s vs underthesea ner "
          f"{len(sample) / ner_cpu:.1f} docs/s; wall: {len(docs) / elapsed:.1f} vs {len(sample) / ner_elapsed:.1f}; "
          f"peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
