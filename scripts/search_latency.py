"""Search latency on a slice of the baomoi corpus, through the Flask JSON API in-process.

    python scripts/search_latency.py --docs 3000 --data-dir /tmp/baocao-lat

Ingests the first N articles with the ingest runner (no extraction, so the
organisation/activity facets are empty unless the data dir already holds
extracted documents), syncs the index, then runs the query set warm and prints
p50/p95/p99 per query and overall. Reuses an existing data dir.

Measured 2026-11-26 on this 2-core machine while ~6 other agents ran (load
average 6-11, so every number is inflated):
- 10,000 articles, after opening the index without mmap (see search_app/backends/whoosh/index._storage):
  all 14 queries p50 15.9 ms, p95 23.1 ms, p99 25.5 ms (uncached, warm postings,
  --repeat 10, load 6-9); snapshot load 215 ms; process RSS 74 MB
- before that fix (Whoosh copied the segments into memory, RSS 642 MB):
  p50 48.4 ms, p95 89.4 ms at load 11; 3,000 articles p50 32.5 ms, p95 74.8 ms
- engine alone (match, BM25, six facet counts, sort; no snippets/JSON) on
  10,000: p50 2.8 ms, p95 11.2 ms
- index writing: ~65 documents per CPU-second (11 docs/s wall at load 11)
"""
from __future__ import annotations

import argparse
import gzip
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.settings import shared_corpus  # noqa: E402

QUERIES = [
    {"q": "cựu chiến binh"}, {"q": "cuu chien binh"}, {"q": "thanh niên nhập ngũ"}, {"q": '"hiến máu"'},
    {"q": "tặng quà", "year": "2016"}, {"q": "đồng"}, {"q": "Hội Chữ thập đỏ"},
    {"q": "nông thôn mới", "province": "Nghệ An"}, {"q": "người"}, {"q": "việt nam", "year_from": "2015", "year_to": "2017"},
    {"q": "giao thông", "sort": "newest"}, {"q": "bóng đá OR thể thao"}, {"q": "quyên*"}, {"q": ""},
    # issue 16: units apart, abbreviations both ways, a typo to suggest for
    {"q": "cựu chiến binh Long An"}, {"q": "MTTQ"}, {"q": "mặt trận tổ quốc"}, {"q": "cuu chein binh"},
]


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--data-dir", default="/tmp/baocao-latency")
    ap.add_argument("--corpus", default=str(shared_corpus()))
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    from ingest.runner import Runner
    from ingest.store import Store
    from search_app import create_app
    from search_app.backends.whoosh import index

    data_dir = Path(args.data_dir)
    with Store.open(data_dir) as store:
        if store.count_documents() == 0:
            slice_path = data_dir.parent / f"baomoi-{args.docs}.jsonl"
            with gzip.open(args.corpus, "rt", encoding="utf-8") as src, open(slice_path, "w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i >= args.docs:
                        break
                    dst.write(line)
            t = time.perf_counter()
            Runner(store, workers=1, keep_originals=False, report=lambda line: None).run([str(slice_path)])
            print(f"ingest (no extraction): {store.count_documents()} docs in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        count = index.sync(store)
        took = time.perf_counter() - t
        if count:
            print(f"index sync: {count} docs in {took:.1f} s ({count / took:.0f} docs/s)")
        n_docs = store.count_documents()

    app = create_app({"DATA_DIR": str(data_dir), "TESTING": True})
    client = app.test_client()
    t = time.perf_counter()
    app.extensions["baocao_engine"].snapshot()
    print(f"snapshot load: {(time.perf_counter() - t) * 1000:.0f} ms for {n_docs} docs; cores: {os.cpu_count()}")

    engine = app.extensions["baocao_engine"]
    for params in QUERIES:  # warm-up: term postings decoded once
        client.get("/api/search", query_string=params)
    rows, all_times = [], []
    for params in QUERIES:
        times = []
        for _ in range(args.repeat):
            engine.snapshot().results.clear()  # measure the work, not the result caches
            engine._responses.clear()
            t = time.perf_counter()
            response = client.get("/api/search", query_string=params)
            times.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, response.get_json()
        total = response.get_json()["total"]
        rows.append((params, total, statistics.median(times), percentile(times, 95)))
        all_times += times
    print(f"{'query':48} {'total':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for params, total, p50, p95 in rows:
        label = " ".join(f"{k}={v}" for k, v in params.items())
        print(f"{label:48} {total:7d} {p50:8.1f} {p95:8.1f}")
    print(f"ALL (uncached, warm postings): p50 {percentile(all_times, 50):.1f} ms  p95 {percentile(all_times, 95):.1f} ms"
          f"  p99 {percentile(all_times, 99):.1f} ms  over {len(all_times)} requests")
    cached = []
    for params in QUERIES:
        t = time.perf_counter()
        client.get("/api/search", query_string=params)
        cached.append((time.perf_counter() - t) * 1000)
    print(f"repeated queries (response cache): p50 {percentile(cached, 50):.1f} ms")
    floor = []
    for _ in range(50):
        t = time.perf_counter()
        client.get("/api/openapi.json")
        floor.append((time.perf_counter() - t) * 1000)
    print(f"floor (a static JSON route through the same Flask app): p50 {percentile(floor, 50):.1f} ms")
    try:
        print(f"load average now: {os.getloadavg()}")
    except OSError:
        pass
    engine.close()


if __name__ == "__main__":
    main()
