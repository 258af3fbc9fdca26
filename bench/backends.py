"""The search backends side by side on one data directory: the same hits? how fast?

    python -m bench.backends --data-dir DIR [--opensearch-url http://host:9200] [--rounds 5]

Indexes every stored document into a fresh OpenSearch index (osmem-server from PyPI when no URL
is given: in-memory, one process, so its timings say nothing about a real cluster), then runs the
benchmark queries (bench/queries.toml) on the embedded Whoosh backend and on OpenSearch:
- equivalence: the set of matching documents (every match, through ordered_ids), the facet
  counts and the year histogram of each query; top-10 overlap and order where ranking differs;
- latency: one page (20 hits, facets, histogram) per query and round, Whoosh's per-snapshot
  result cache cleared before each, so both answer from their index, not from a cache; and the
  same queries on the main bench's SQLite FTS5 peer (bench/peer.py) built from the same store.
The data directory's Whoosh index is brought up to date first; the store is not marked for
OpenSearch (documents go in through SearchBackend.index), so the directory stays a Whoosh one.
"""
from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import queries as bench_queries
from bench.stats import percentile
from ingest.store import Store
from search_app.backends import index_doc, open_backend
from search_app.filters import Filters
from search_app.backends.whoosh.index import sync

FACETS_COMPARED = ("year", "org", "activity", "province", "doc_type", "source")


def filters_of(query) -> Filters:
    selected = {}
    for name in bench_queries.LIST_FILTERS:
        values = getattr(query, name)
        if values:
            selected[name] = tuple(str(v) for v in values)
    return Filters(q=query.q, selected=selected, year_from=query.year_from, year_to=query.year_to)


@dataclass
class Comparison:
    label: str
    whoosh_total: int
    opensearch_total: int
    same_hits: bool
    same_facets: bool
    same_histogram: bool
    top10_overlap: int
    top10_same_order: bool
    facet_diffs: list = field(default_factory=list)


def compare(whoosh, other, qs) -> list[Comparison]:
    out = []
    for query in qs:
        f = filters_of(query)
        a, b = whoosh.ordered_ids(f), other.ordered_ids(f)
        ra, rb = whoosh.search(f), other.search(f)
        diffs = []
        for name in FACETS_COMPARED:
            ca = {r["value"]: r["count"] for r in ra.facets[name] if r["count"]}
            cb = {r["value"]: r["count"] for r in rb.facets[name] if r["count"]}
            if ca != cb:
                diffs.append((name, ca, cb))
        out.append(Comparison(query.label, len(a), len(b), set(a) == set(b), not diffs,
                              ra.histogram == rb.histogram, len(set(a[:10]) & set(b[:10])), a[:10] == b[:10], diffs))
    return out


def latencies(backend, qs, rounds: int, clear=None) -> list[float]:
    samples = []
    for _ in range(rounds):
        for query in qs:
            if clear:
                clear()
            t0 = time.perf_counter()
            backend.search(filters_of(query))
            samples.append((time.perf_counter() - t0) * 1000)
    return samples


def fts5_latencies(data_dir: Path, qs, rounds: int) -> list[float]:
    """The same queries on the FTS5 peer of the main bench (one page, count and facets per search),
    built from the same store in a temporary file."""
    import tempfile

    from bench import peer

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "peer.sqlite3"
        peer.build(data_dir / "baocao.sqlite3", path)
        fts = peer.Peer(path)
        try:
            for query in qs:  # warm-up round
                fts.search(query)
            samples = []
            for _ in range(rounds):
                for query in qs:
                    t0 = time.perf_counter()
                    fts.search(query)
                    samples.append((time.perf_counter() - t0) * 1000)
            return samples
        finally:
            fts.close()


def index_everything(store, backend) -> tuple[int, float]:
    t0 = time.perf_counter()
    count = backend.index(index_doc(doc, store.get_records(doc.id)) for doc in store.iter_documents(None))
    backend.refresh()
    return count, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--opensearch-url", default="", help="a real cluster; default: osmem-server")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    server = None
    if args.opensearch_url:
        base, label = args.opensearch_url.rstrip("/"), f"OpenSearch at {args.opensearch_url}"
    else:
        from osmem_server import OsmemServer

        server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
        base, label = server.url, f"osmem-server {server.version} (in-memory, one process)"
    scheme = "opensearch+https" if base.startswith("https") else "opensearch"
    url = f"{scheme}://{base.split('://', 1)[1]}/baocao-bench-{int(time.time())}"
    qs = bench_queries.load()
    try:
        with Store.open(args.data_dir) as store:
            sync(store)
            whoosh = open_backend("", store.data_dir)
            other = open_backend(url, store.data_dir)
            other.drop()
            count, seconds = index_everything(store, other)
            print(f"{count} documents indexed into {label} in {seconds:.2f} s "
                  f"({count / seconds:.0f} docs/s)")
            rows = compare(whoosh, other, qs)
            print(f"\n{'query':45} {'whoosh':>7} {'opens.':>7}  hits  facets  hist  top10")
            for r in rows:
                print(f"{r.label[:45]:45} {r.whoosh_total:7d} {r.opensearch_total:7d}  "
                      f"{'same' if r.same_hits else 'DIFF':4}  {'same' if r.same_facets else 'DIFF':6}  "
                      f"{'same' if r.same_histogram else 'DIFF':4}  {r.top10_overlap:2d}/10"
                      f"{' same order' if r.top10_same_order else ''}")
                for name, a, b in r.facet_diffs:
                    only = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
                    print(f"    facet {name}: value (whoosh, opensearch) {only}")
            same = sum(r.same_hits for r in rows)
            print(f"\nsame hit sets: {same}/{len(rows)} queries; same facets: {sum(r.same_facets for r in rows)}"
                  f"/{len(rows)}; same top-10 order: {sum(r.top10_same_order for r in rows)}/{len(rows)}")
            clear = lambda: whoosh.snapshot().results.clear()  # noqa: E731 (measure the index, not the cache)
            for name, backend, clr in (("whoosh", whoosh, clear), (label, other, None)):
                latencies(backend, qs, 1, clr)  # warm-up round
                ms = latencies(backend, qs, args.rounds, clr)
                print(f"{name}: search p50 {percentile(ms, 50):.2f} ms, p95 {percentile(ms, 95):.2f} ms "
                      f"({len(ms)} searches: {len(qs)} queries x {args.rounds} rounds)")
            ms = fts5_latencies(store.data_dir, qs, args.rounds)
            print(f"FTS5 (Datasette-style page, bench/peer.py): search p50 {percentile(ms, 50):.2f} ms, "
                  f"p95 {percentile(ms, 95):.2f} ms ({len(ms)} searches)")
            other.drop()
            other.close()
            whoosh.close()
    finally:
        if server is not None:
            server.close()
            server.process.stdout.close()


if __name__ == "__main__":
    main()
