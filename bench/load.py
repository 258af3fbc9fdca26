"""A bounded load test of `baocao serve` on loopback.

    python bench/load.py [--data-dir DIR] [--clients 20] [--seconds 60] [--max-requests 20000]
                         [--hostile] [--exports 5 --export-seconds 30 --searchers 4]

Starts `baocao serve` as a subprocess on a free 127.0.0.1 port (never another
interface), drives it with N concurrent asyncio/httpx clients doing a mix of
searches, facet clicks, document views, figure queries and exports, and stops
by itself at whichever comes first: the time limit or the request budget.
Prints the error count, p50/p95/p99 latency, throughput and the server's RSS
sampled through the run (mean of the first third vs the last third, to show
whether memory grows). Exit status 1 when any request failed.

Then, with --hostile, each hostile-parameter case (10,000 filter values, 249 parentheses,
a 20 MB body on a GET, ...) once, with the status it got and the server's peak RSS; and
with --exports N, N clients exporting the whole archive back to back (429 means wait
Retry-After) while --searchers clients search: search p50/p95 during the exports.

Without --data-dir it uses a fresh temporary data dir, which `serve` fills
from the bundled corpus/ on first start.
"""
from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
# Seed words a researcher would type; accentless ones exercise accent folding.
QUERIES = (
    "cựu chiến binh", "cuu chien binh", "hiến máu", "thanh niên", "phụ nữ", "chữ thập đỏ",
    "quân sự", "tuyển quân", "quyên góp", "\"chương trình phối hợp\"", "hội viên", "tân binh",
    "mặt trận tổ quốc", "biên phòng", "nhà tình nghĩa", "học sinh", "bão lũ", "dan quan",
)
# (name, weight): how often each kind of request is made
MIX = (
    ("search_api", 30), ("facet_click", 20), ("search_page", 10), ("document_api", 10),
    ("document_page", 10), ("figures_api", 8), ("export_csv", 6), ("export_xlsx", 3), ("facets_api", 3),
)


@dataclass
class Sample:
    kind: str
    status: int
    seconds: float
    error: str | None = None


@dataclass
class State:
    """What the clients learn from the app as they go: document ids and facet values to click."""

    doc_ids: list[str] = field(default_factory=list)
    facets: dict[str, list[str]] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, port: int, log) -> subprocess.Popen:
    command = [sys.executable, "-m", "search_app.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--data-dir", str(data_dir)]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def wait_ready(base: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode} before answering")
        try:
            if httpx.get(base + "/api/search", params={"q": ""}, timeout=5).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"server not ready after {timeout:.0f} s")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class RssSampler(threading.Thread):
    """Samples the server's resident memory (with any children) every `every` seconds."""

    def __init__(self, pid: int, every: float = 0.5):
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.every = every
        self.samples: list[tuple[float, int]] = []
        self.stopping = threading.Event()

    def rss(self) -> int:
        total = self.process.memory_info().rss
        for child in self.process.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.NoSuchProcess:
                pass
        return total

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                self.samples.append((time.monotonic(), self.rss()))
            except psutil.NoSuchProcess:
                return
            self.stopping.wait(self.every)


def request_for(kind: str, rng: random.Random, state: State) -> str | None:
    """The URL path (with query) for one request of the given kind, or None when not yet possible."""
    q = rng.choice(QUERIES)
    if kind == "search_api":
        return str(httpx.URL("/api/search", params={"q": q, "page": rng.choice((1, 1, 1, 2, 3))}))
    if kind == "search_page":
        return str(httpx.URL("/", params={"q": q}))
    if kind == "facets_api":
        return str(httpx.URL("/api/facets", params={"q": q}))
    if kind == "facet_click":
        params: list[tuple[str, str]] = [("q", q)]
        for name in rng.sample(sorted(state.facets), k=min(2, len(state.facets))):
            if state.facets[name]:
                params.append((name, rng.choice(state.facets[name])))
        return str(httpx.URL("/api/search", params=params))
    if kind in ("document_api", "document_page"):
        if not state.doc_ids:
            return None
        doc_id = rng.choice(state.doc_ids)
        return f"/api/documents/{doc_id}" if kind == "document_api" else f"/documents/{doc_id}"
    if kind == "figures_api":
        return str(httpx.URL("/api/figures", params={"q": q}))
    if kind in ("export_csv", "export_xlsx"):
        fmt = kind.split("_")[1]
        return str(httpx.URL(f"/export/figures.{fmt}", params={"q": q}))
    raise ValueError(kind)


def learn(state: State, body: dict) -> None:
    for hit in body.get("results", []):
        if hit.get("id") and hit["id"] not in state.doc_ids and len(state.doc_ids) < 500:
            state.doc_ids.append(hit["id"])
    for name, values in (body.get("facets") or {}).items():
        known = state.facets.setdefault(name, [])
        for item in values[:10]:
            value = str(item.get("value"))
            if value not in known:
                known.append(value)


async def client(base: str, rng: random.Random, state: State, samples: list[Sample],
                 budget: list[int], deadline: float, timeout: float) -> None:
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    async with httpx.AsyncClient(base_url=base, timeout=timeout) as http:
        while budget[0] > 0 and time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            url = request_for(kind, rng, state)
            if url is None:
                kind, url = "search_api", request_for("search_api", rng, state)
            budget[0] -= 1
            started = time.perf_counter()
            try:
                response = await http.get(url)
                body = await response.aread()
                elapsed = time.perf_counter() - started
                # 429: all export slots busy, the server asks to come back later; counted, not an error
                error = None if response.status_code < 400 or response.status_code == 429 \
                    else f"HTTP {response.status_code} {url}"
                samples.append(Sample(kind, response.status_code, elapsed, error))
                if kind in ("search_api", "facet_click") and response.status_code == 200:
                    learn(state, json.loads(body))
            except httpx.HTTPError as exc:
                samples.append(Sample(kind, 0, time.perf_counter() - started, f"{type(exc).__name__} {url}"))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[rank]


def _sixths(items: list) -> list[list]:
    size = len(items) / 6
    return [items[round(i * size):round((i + 1) * size)] for i in range(6)]


def summarise(samples: list[Sample], seconds: float, rss: list[tuple[float, int]]) -> dict:
    latencies = [s.seconds for s in samples]
    errors = [s for s in samples if s.error]
    third = max(1, len(rss) // 3)
    first = [r for _, r in rss[:third]]
    last = [r for _, r in rss[-third:]]
    by_kind = {}
    for kind, _ in MIX:
        values = [s.seconds for s in samples if s.kind == kind]
        if values:
            by_kind[kind] = {"n": len(values), "p50_ms": round(percentile(values, 50) * 1000, 1),
                             "p95_ms": round(percentile(values, 95) * 1000, 1)}
    mib = 1024 * 1024
    return {
        "requests": len(samples),
        "errors": len(errors),
        "error_examples": sorted({e.error for e in errors})[:10],
        "busy_429": sum(1 for s in samples if s.status == 429),
        "seconds": round(seconds, 2),
        "throughput_rps": round(len(samples) / seconds, 1) if seconds else 0.0,
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "max_ms": round(max(latencies, default=0) * 1000, 1),
        "rss_first_third_mib": round(statistics.mean(first) / mib, 1) if first else None,
        "rss_last_third_mib": round(statistics.mean(last) / mib, 1) if last else None,
        "rss_max_mib": round(max(r for _, r in rss) / mib, 1) if rss else None,
        "rss_samples": len(rss),
        # mean RSS per sixth of the run: a plateau after warm-up (caches filling) vs steady growth
        "rss_trajectory_mib": [round(statistics.mean(r for _, r in part) / mib, 1)
                               for part in _sixths(rss) if part],
        "by_kind": by_kind,
    }


async def drive(base: str, clients: int, seconds: float, max_requests: int, seed: int, timeout: float) -> tuple[list[Sample], float]:
    state = State()
    samples: list[Sample] = []
    budget = [max_requests]
    # one warm-up search so the first facet clicks and document views have something to use
    async with httpx.AsyncClient(base_url=base, timeout=timeout) as http:
        response = await http.get("/api/search", params={"q": QUERIES[0]})
        if response.status_code == 200:
            learn(state, response.json())
    started = time.monotonic()
    deadline = started + seconds
    await asyncio.gather(*(
        client(base, random.Random(seed * 1000 + i), state, samples, budget, deadline, timeout)
        for i in range(clients)
    ))
    return samples, time.monotonic() - started


# --- searches during concurrent full exports ---------------------------------------------

async def _exporter(http: httpx.AsyncClient, path: str, deadline: float, out: dict) -> None:
    """Full exports back to back (no filter: the whole archive); on 429 it waits Retry-After."""
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            async with http.stream("GET", path) as response:
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
            status = response.status_code
        except httpx.HTTPError as exc:
            out["errors"].append(f"{type(exc).__name__} {path}")
            continue
        out["statuses"][status] = out["statuses"].get(status, 0) + 1
        if status == 200:
            out["seconds"].append(time.perf_counter() - started)
            out["bytes"] = max(out["bytes"], size)
        elif status == 429:
            await asyncio.sleep(min(float(response.headers.get("Retry-After", "1")), max(0.0, deadline - time.monotonic())))
        else:
            out["errors"].append(f"HTTP {status} {path}")


async def _searcher(http: httpx.AsyncClient, rng: random.Random, deadline: float, out: dict) -> None:
    while time.monotonic() < deadline:
        params = {"q": rng.choice(QUERIES), "page": rng.choice((1, 1, 2))}
        started = time.perf_counter()
        try:
            response = await http.get("/api/search", params=params)
            await response.aread()
        except httpx.HTTPError as exc:
            out["errors"].append(f"{type(exc).__name__} /api/search")
            continue
        if response.status_code != 200:
            out["errors"].append(f"HTTP {response.status_code} /api/search")
        out["search_seconds"].append(time.perf_counter() - started)


async def exports_phase(base: str, exports: int, searchers: int, seconds: float, seed: int, timeout: float) -> dict:
    """`exports` clients run full figure exports (csv and xlsx alternating) while `searchers` clients
    search; reports search latency during the exports and what happened to the exports."""
    deadline = time.monotonic() + seconds
    out = {"statuses": {}, "seconds": [], "bytes": 0, "errors": [], "search_seconds": []}
    limits = httpx.Limits(max_connections=exports + searchers + 2)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as http:
        tasks = [_exporter(http, "/export/figures." + ("csv" if i % 2 == 0 else "xlsx"), deadline, out)
                 for i in range(exports)]
        await asyncio.sleep(0)
        tasks += [_searcher(http, random.Random(seed * 7 + i), deadline, out) for i in range(searchers)]
        await asyncio.gather(*tasks)
    lat = out["search_seconds"]
    return {
        "exports": exports, "searchers": searchers, "seconds": seconds,
        "searches": len(lat),
        "search_p50_ms": round(percentile(lat, 50) * 1000, 1), "search_p95_ms": round(percentile(lat, 95) * 1000, 1),
        "search_max_ms": round(max(lat, default=0) * 1000, 1),
        "export_statuses": {str(k): v for k, v in sorted(out["statuses"].items())},
        "exports_done": len(out["seconds"]),
        "export_p50_s": round(percentile(out["seconds"], 50), 2) if out["seconds"] else None,
        "export_mib": round(out["bytes"] / 1024 / 1024, 2),
        "errors": len(out["errors"]), "error_examples": sorted(set(out["errors"]))[:10],
    }


# --- hostile parameters ---------------------------------------------------------------------

def hostile_cases(per_param: int) -> list[tuple[str, str, dict, bytes | None, tuple[int, ...]]]:
    """(name, path, params, body, accepted statuses): what a red-team pass sent, bounded."""
    many = [("org", f"o{i}") for i in range(10_000)]  # a ~98 KB GET like the one that once took 4 GB
    at_cap = [("org", f"Tổ chức số {i}") for i in range(per_param)]
    return [
        ("org x10000 /", "/", many, None, (400,)),
        ("org x10000 /api/search", "/api/search", many, None, (400,)),
        ("org x10000 /export", "/export/figures.csv", many, None, (400, 429)),
        ("year x10000", "/api/search", [("year", str(1900 + i % 200)) for i in range(10_000)], None, (400,)),
        (f"org x{per_param} / (at the cap)", "/", at_cap, None, (200,)),
        (f"org x{per_param} /figures", "/figures", at_cap, None, (200,)),
        (f"org x{per_param} /programmes", "/programmes", at_cap, None, (200,)),
        ("249 parentheses", "/api/search", {"q": "(" * 249 + "a" + ")" * 249}, None, (400,)),
        ("prefix*", "/api/search", {"q": "quy* OR th* OR ng*"}, None, (200,)),
        ("page 10^6", "/api/search", {"q": "", "page": "1000000", "per_page": "200"}, None, (200,)),
        ("20 MB body on a GET", "/api/search", {"q": "a"}, b"x" * (20 * 1024 * 1024), (400, 413)),
    ]


def hostile_phase(base: str, timeout: float, sampler: "RssSampler", per_param: int) -> dict:
    """Each hostile request once, in turn; the server's RSS before and its peak during the phase."""
    before = sampler.rss()
    mark = len(sampler.samples)
    rows = []
    port = int(base.rsplit(":", 1)[1])
    for name, path, params, body, accepted in hostile_cases(per_param):
        started = time.perf_counter()
        # http.client: httpx refuses URLs over 64 KB, and these are the point
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            conn.request("GET", path + "?" + urlencode(params), body=body,
                         headers={"Content-Type": "application/octet-stream"} if body else {})
            response = conn.getresponse()
            response.read()
            status = response.status
        except OSError as exc:  # a server that hangs up on an oversized body also refuses
            status = 0 if body else -1
            name += f" ({type(exc).__name__})"
        finally:
            conn.close()
        rows.append({"case": name, "status": status, "ms": round((time.perf_counter() - started) * 1000, 1),
                     "ok": status in accepted or (status == 0 and body is not None)})
        sampler.samples.append((time.monotonic(), sampler.rss()))
    peak = max((r for _, r in sampler.samples[mark:]), default=before)
    mib = 1024 * 1024
    return {"cases": rows, "rss_before_mib": round(before / mib, 1), "rss_peak_mib": round(peak / mib, 1),
            "failed": [r["case"] for r in rows if not r["ok"]]}


def run(data_dir: Path | None, clients: int, seconds: float, max_requests: int, seed: int,
        timeout: float = 30.0, ready_timeout: float = 600.0, log_path: Path | None = None,
        exports: int = 0, export_seconds: float = 30.0, searchers: int = 4, hostile: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="baocao-load-") as tmp:
        data = Path(data_dir) if data_dir else Path(tmp) / "data"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log_file = Path(log_path) if log_path else Path(tmp) / "serve.log"
        with open(log_file, "wb") as log:
            proc = start_server(data, port, log)
            try:
                wait_ready(base, proc, ready_timeout)
                sampler = RssSampler(proc.pid)
                sampler.start()
                samples, elapsed = asyncio.run(drive(base, clients, seconds, max_requests, seed, timeout))
                extra = {}
                if hostile:
                    from ingest import settings

                    extra["hostile"] = hostile_phase(base, timeout, sampler, int(settings.get("max_filter_values")))
                if exports:
                    extra["exports_phase"] = asyncio.run(
                        exports_phase(base, exports, searchers, export_seconds, seed, timeout))
                sampler.stopping.set()
                sampler.join()
                if proc.poll() is not None:
                    raise RuntimeError(f"server died during the run (status {proc.returncode})")
            finally:
                stop_server(proc)
        result = summarise(samples, elapsed, sampler.samples)
        result.update(extra)
        result.update(clients=clients, data_dir=str(data_dir) if data_dir else "(temporary, sample corpus)")
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="an ingested data dir to serve (default: a temporary one filled from corpus/)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=20000, help="stop after this many requests")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30.0, help="per-request timeout (s)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument("--log", type=Path, default=None, help="keep the server's output in this file")
    parser.add_argument("--exports", type=int, default=0,
                        help="after the mixed load: this many clients run full exports back to back while "
                             "--searchers clients search (search p95 during exports)")
    parser.add_argument("--export-seconds", type=float, default=30.0, help="length of the exports phase (s)")
    parser.add_argument("--searchers", type=int, default=4, help="search clients during the exports phase")
    parser.add_argument("--hostile", action="store_true",
                        help="send the hostile-parameter cases once each and report the server's peak RSS")
    args = parser.parse_args(argv)
    result = run(args.data_dir, args.clients, args.seconds, args.max_requests, args.seed, args.timeout,
                 log_path=args.log, exports=args.exports, export_seconds=args.export_seconds,
                 searchers=args.searchers, hostile=args.hostile)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"data: {result['data_dir']}; {result['clients']} clients, {result['seconds']} s")
        print(f"requests {result['requests']}, errors {result['errors']}, busy (429) {result['busy_429']}, "
              f"throughput {result['throughput_rps']} req/s")
        print(f"latency p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms, "
              f"max {result['max_ms']} ms")
        print(f"server RSS: first third {result['rss_first_third_mib']} MiB, last third "
              f"{result['rss_last_third_mib']} MiB, max {result['rss_max_mib']} MiB "
              f"({result['rss_samples']} samples; by sixths of the run: {result['rss_trajectory_mib']})")
        for kind, stats in result["by_kind"].items():
            print(f"  {kind:14} n={stats['n']:6}  p50 {stats['p50_ms']:8} ms  p95 {stats['p95_ms']:8} ms")
        for example in result["error_examples"]:
            print(f"  error: {example}")
        if "hostile" in result:
            h = result["hostile"]
            print(f"hostile parameters: server RSS {h['rss_before_mib']} MiB before, peak {h['rss_peak_mib']} MiB")
            for row in h["cases"]:
                print(f"  {row['case']:34} -> {row['status']:4} in {row['ms']:9} ms{'' if row['ok'] else '  UNEXPECTED'}")
        if "exports_phase" in result:
            e = result["exports_phase"]
            print(f"{e['exports']} clients exporting the whole archive for {e['seconds']} s, {e['searchers']} searching: "
                  f"search p50 {e['search_p50_ms']} ms, p95 {e['search_p95_ms']} ms, max {e['search_max_ms']} ms "
                  f"({e['searches']} searches); exports {e['export_statuses']}, {e['exports_done']} done, "
                  f"p50 {e['export_p50_s']} s, largest {e['export_mib']} MiB")
            for example in e["error_examples"]:
                print(f"  error: {example}")
    failed = result["errors"] or result.get("exports_phase", {}).get("errors") or result.get("hostile", {}).get("failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
