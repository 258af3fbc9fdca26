"""Parts 2 and 3: search latency of baocao's JSON API and the FTS5 peer, interleaved.

Both engines answer every query of the set in the same round, alternating which
goes first, so background load on this shared machine hits both alike.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlencode

from bench.peer import Peer
from bench.queries import Query
from bench.stats import Latency, median, ratio

PER_PAGE = 20


@dataclass(slots=True)
class Answer:
    total: int
    ids: list[str]
    snippets: int  # results on the page that carry a non-empty snippet
    facets: list[str]  # facet names present in the answer
    error: str | None = None
    took_ms: float | None = None  # the engine's own time when the answer reports it


Engine = Callable[[Query], Answer]


def api_url(query: Query, per_page: int = PER_PAGE) -> str:
    return "/api/search?" + urlencode([*query.params(), ("page", "1"), ("per_page", str(per_page))])


def answer_from_json(payload: dict) -> Answer:
    results = payload.get("results", [])
    return Answer(
        total=int(payload.get("total", 0)),
        ids=[r["id"] for r in results],
        snippets=sum(1 for r in results if r.get("snippet")),
        facets=sorted((payload.get("facets") or {}).keys()),
        took_ms=payload.get("took_ms"),
    )


def baocao_engine(data_dir: Path) -> Engine:
    """GET /api/search through Flask's test client: the whole request path, no socket."""
    from search_app import create_app  # imported late: the bench must start without the app

    app = create_app({"DATA_DIR": str(data_dir), "TESTING": True})
    client = app.test_client()

    def search(query: Query) -> Answer:
        response = client.get(api_url(query))
        if response.status_code != 200:
            return Answer(0, [], 0, [], error=f"HTTP {response.status_code}: {response.get_data(as_text=True)[:200]}")
        return answer_from_json(response.get_json())

    return search


def peer_engine(peer: Peer) -> Engine:
    def search(query: Query) -> Answer:
        result = peer.search(query, per_page=PER_PAGE)
        return Answer(result.total, result.ids, sum(1 for s in result.snippets if s), sorted(result.facets))

    return search


@dataclass(slots=True)
class QueryTimes:
    query: Query
    seconds: dict[str, list[float]] = field(default_factory=dict)
    answers: dict[str, Answer] = field(default_factory=dict)
    took_ms: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)  # CPU seconds of this process per request


def measure(
    engines: dict[str, Engine], queries: list[Query], warmup_queries: list[Query], warmup: int, rounds: int
) -> list[QueryTimes]:
    """Time every query on every engine, `rounds` times, after `warmup` rounds of other queries.

    Round 1 is each query's first sight (no per-query cache can help); later
    rounds repeat it, so a result cache shows up as the gap between the two.
    """
    for _ in range(warmup):
        for query in warmup_queries:
            for engine in engines.values():
                engine(query)
    table = [QueryTimes(q, {name: [] for name in engines}) for q in queries]
    names = list(engines)
    for rnd in range(rounds):
        order = names if rnd % 2 == 0 else names[::-1]
        for row in table:
            for name in order:
                cpu_started = time.process_time()
                started = time.perf_counter()
                answer = engines[name](row.query)
                row.seconds[name].append(time.perf_counter() - started)
                row.cpu.setdefault(name, []).append(time.process_time() - cpu_started)
                row.answers.setdefault(name, answer)
                if answer.took_ms is not None:
                    row.took_ms.setdefault(name, []).append(float(answer.took_ms))
    return table


def overlap(a: list[str], b: list[str], k: int = PER_PAGE) -> tuple[int, int]:
    """(shared ids among both top-k, the most that could be shared)."""
    top_a, top_b = a[:k], b[:k]
    return len(set(top_a) & set(top_b)), min(len(top_a), len(top_b))


def summarise(table: list[QueryTimes], base: str = "baocao", peer: str = "fts5") -> dict:
    names = list(table[0].seconds) if table else []
    pooled = {name: [s for row in table for s in row.seconds[name]] for name in names}
    latency = {name: Latency.of(samples) for name, samples in pooled.items()}
    # CPU time does not include waiting for a core, so it holds still when the shared machine is busy.
    cpu = {name: Latency.of([c for row in table for c in row.cpu.get(name, [])]) for name in names}
    first = {name: Latency.of([row.seconds[name][0] for row in table if row.seconds[name]]) for name in names}
    repeat = {name: Latency.of([s for row in table for s in row.seconds[name][1:]]) for name in names}
    per_query = []
    for row in table:
        entry = {"query": row.query.label, "kind": row.query.kind}
        for name in names:
            entry[f"{name}_median_ms"] = median(row.seconds[name]) * 1000.0
            answer = row.answers.get(name)
            entry[f"{name}_total"] = answer.total if answer else None
            entry[f"{name}_error"] = answer.error if answer else None
            entry[f"{name}_snippets"] = answer.snippets if answer else None
            entry[f"{name}_facets"] = answer.facets if answer else []
            took = row.took_ms.get(name)
            entry[f"{name}_engine_ms"] = median(took) if took else None
        if base in names and peer in names:
            entry["ratio"] = ratio(entry[f"{base}_median_ms"], entry[f"{peer}_median_ms"])
            shared, possible = overlap(row.answers[base].ids, row.answers[peer].ids)
            entry["overlap"] = shared
            entry["overlap_of"] = possible
        per_query.append(entry)
    return {
        "latency": {name: vars_of(lat) for name, lat in latency.items()},
        "latency_first": {name: vars_of(lat) for name, lat in first.items()},
        "latency_cpu": {name: vars_of(lat) for name, lat in cpu.items()},
        "latency_repeat": {name: vars_of(lat) for name, lat in repeat.items()},
        "per_query": per_query,
        "samples_per_engine": {name: len(s) for name, s in pooled.items()},
        # The part of each request spent in the search engine itself, by the app's own took_ms.
        "engine_took": {
            name: vars_of(Latency.of([t / 1000.0 for row in table for t in row.took_ms.get(name, [])]))
            for name in names if any(row.took_ms.get(name) for row in table)
        },
        "load_after": os.getloadavg()[0],
    }


def vars_of(lat: Latency) -> dict:
    return {"n": lat.n, "p50": lat.p50, "p95": lat.p95, "p99": lat.p99, "mean": lat.mean, "max": lat.max}
