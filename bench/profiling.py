"""Where the time goes: cProfile of baocao's search API or of extraction, printed as pstats.

The profiler counts CPU time of this process (time.process_time), not wall time:
on a machine shared with other work, wall time mostly measures waiting for a core.

    python -m bench.profiling search --data-dir DIR [--rounds 3] [--query "cựu chiến binh"]
    python -m bench.profiling extract [--corpus FILE] [--docs 200]
    python -m bench.profiling index --data-dir DIR      (rebuilds the index of a copy of the store)
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path

from bench import queries
from bench.corpus import read_jsonl_lines


def _print_stats(profiler: cProfile.Profile, sort: str, limit: int) -> str:
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.strip_dirs().sort_stats(sort).print_stats(limit)
    return buffer.getvalue()


def profile_search(data_dir: Path, rounds: int, only: list[str], sort: str, limit: int) -> str:
    from bench.search_bench import baocao_engine

    engine = baocao_engine(data_dir)
    query_set = [q for q in queries.load() if not only or q.q in only or q.label in only]
    if not query_set:
        raise SystemExit(f"bench.profiling: không có truy vấn nào khớp {only}")
    # Warm-up on other queries: opens the index and fills the term caches, but leaves no
    # cached answer for the profiled queries (profile the first sight, not a cache hit).
    for query in queries.load(section="warmup"):
        engine(query)
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    profiler.enable()
    for _ in range(rounds):
        for query in query_set:
            engine(query)
    profiler.disable()
    seconds = time.process_time() - started
    head = f"{rounds * len(query_set)} searches in {seconds:.2f} CPU s under cProfile\n"
    return head + _print_stats(profiler, sort, limit)


def profile_extract(corpus: Path, docs: int, sort: str, limit: int) -> str:
    from extract import pipeline

    lines = read_jsonl_lines(corpus)[:docs]
    articles = [json.loads(line) for line in lines]
    pipeline.load()  # model loading is a one-off per worker; keep it out of the profile
    # (underthesea's models load lazily: a figure whose noun needs segmenting loads them)
    pipeline.extract_text("Xã có 12 giếng khoan mới. Hội CCB trao 5 suất quà.")
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    profiler.enable()
    for article in articles:
        pipeline.extract_text(article.get("text", ""), title=article.get("title", ""))
    profiler.disable()
    seconds = time.process_time() - started
    head = (f"{len(articles)} articles extracted in {seconds:.2f} CPU s under cProfile "
            f"({len(articles) / seconds:.1f}/s of one core)\n")
    return head + _print_stats(profiler, sort, limit)


def profile_index(data_dir: Path, sort: str, limit: int) -> str:
    """cProfile of rebuilding the search index from a copy of a store (the original is left alone)."""
    import shutil
    import tempfile

    from ingest.store import Store
    from search_app.backends.whoosh import index

    with tempfile.TemporaryDirectory(prefix="baocao-profile-") as tmp:
        copy = Path(tmp) / "data"
        copy.mkdir()
        for path in data_dir.glob("baocao.sqlite3*"):
            shutil.copy2(path, copy / path.name)
        store = Store.open(copy)
        try:
            profiler = cProfile.Profile(time.process_time)
            started = time.process_time()
            wall = time.perf_counter()
            profiler.enable()
            count = index.rebuild(store)
            profiler.disable()
            seconds = time.process_time() - started
            wall = time.perf_counter() - wall
        finally:
            store.close()
    head = (f"index rebuilt for {count} documents in {seconds:.2f} CPU s under cProfile, {wall:.1f} s wall "
            f"({count / seconds:.1f} docs per CPU second)\n")
    return head + _print_stats(profiler, sort, limit)


def main(argv: list[str] | None = None) -> int:
    from ingest.settings import shared_corpus

    parser = argparse.ArgumentParser(prog="python -m bench.profiling", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    search = sub.add_parser("search")
    search.add_argument("--data-dir", type=Path, required=True)
    search.add_argument("--rounds", type=int, default=3)
    search.add_argument("--query", action="append", default=[], help="profile only these queries (q or label)")
    extract = sub.add_parser("extract")
    extract.add_argument("--corpus", type=Path, default=shared_corpus())
    extract.add_argument("--docs", type=int, default=200)
    index_cmd = sub.add_parser("index")
    index_cmd.add_argument("--data-dir", type=Path, required=True)
    for p in (search, extract, index_cmd):
        p.add_argument("--sort", default="cumulative", help="pstats sort key (cumulative, tottime, ...)")
        p.add_argument("--limit", type=int, default=35)
    args = parser.parse_args(argv)
    if args.what == "search":
        print(profile_search(args.data_dir, args.rounds, args.query, args.sort, args.limit))
    elif args.what == "index":
        print(profile_index(args.data_dir, args.sort, args.limit))
    else:
        print(profile_extract(args.corpus, args.docs, args.sort, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
