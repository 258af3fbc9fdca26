"""CPU cost of writing the search index alone, per document.

    python -m bench.index_speed --docs 3000 [--data-dir DIR] [--profile] [--sort tottime]

Ingests the first N baomoi articles into DIR with no extraction (once; an
existing store is reused), then rebuilds the index of that store and prints
CPU seconds (time.process_time of this process) and wall seconds, documents
per CPU second and CPU ms per document. With --profile the rebuild runs under
cProfile (CPU clock) and the top functions are printed; profiled numbers are
inflated, so time without --profile for the headline figure.
"""
from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import pstats
import time
from pathlib import Path

from ingest.settings import shared_corpus

ROOT = Path(__file__).resolve().parent.parent


def ensure_store(data_dir: Path, docs: int, corpus: Path):
    from ingest.runner import Runner
    from ingest.store import Store

    store = Store.open(data_dir)
    if store.count_documents() == 0:
        slice_path = data_dir.parent / f"{data_dir.name}-baomoi-{docs}.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as src, open(slice_path, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= docs:
                    break
                dst.write(line)
        Runner(store, workers=1, keep_originals=False, report=lambda line: None).run([str(slice_path)])
        slice_path.unlink()
    return store


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.index_speed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--data-dir", type=Path, default=None, help="default /tmp/baocao-index-speed-N")
    ap.add_argument("--corpus", type=Path, default=shared_corpus())
    ap.add_argument("--rounds", type=int, default=1, help="rebuild this many times, report the best")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--limit", type=int, default=30)
    args = ap.parse_args(argv)

    from search_app.backends.whoosh import index

    data_dir = args.data_dir or Path(f"/tmp/baocao-index-speed-{args.docs}")
    store = ensure_store(data_dir, args.docs, args.corpus)
    try:
        best = None
        for _ in range(args.rounds):
            profiler = cProfile.Profile(time.process_time) if args.profile else None
            cpu, wall = time.process_time(), time.perf_counter()
            if profiler:
                profiler.enable()
            count = index.rebuild(store)
            if profiler:
                profiler.disable()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            print(f"rebuild: {count} docs, {cpu:.2f} CPU s, {wall:.2f} wall s: "
                  f"{count / cpu:.0f} docs per CPU s, {cpu / count * 1000:.2f} CPU ms/doc"
                  + (" (under cProfile)" if profiler else ""))
            best = cpu if best is None else min(best, cpu)
        size = sum(p.stat().st_size for p in index.index_dir(data_dir).iterdir())
        print(f"best: {best / count * 1000:.2f} CPU ms/doc; index {size / 1e6:.1f} MB; "
              f"INDEX_VERSION {index.INDEX_VERSION}")
        if args.profile:
            buf = io.StringIO()
            pstats.Stats(profiler, stream=buf).strip_dirs().sort_stats(args.sort).print_stats(args.limit)
            print(buf.getvalue())
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
