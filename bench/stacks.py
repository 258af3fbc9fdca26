"""The same slice through both stacks in one run: the single-machine default (local runner,
SQLite, Whoosh) and the scale stack (Spark, PostgreSQL, OpenSearch).

    python -m bench.stacks [--percent 10] [--rounds 1] [--master local[2]] [--corpus PATH]

Each round ingests the slice into a fresh data directory (local) and a fresh database and
index (spark) with the real CLI as a subprocess, stacks taking turns so that load on a shared
machine hits both alike. Reported per stack (medians over rounds): wall seconds, stored
documents per second, CPU seconds per 1,000 documents of the whole ingest process tree (the
Python writer and workers; for Spark also the JVM and Spark's Python workers), and Spark's CPU
per document as a ratio of the local runner's (target <= 1.3x). The CPU of the PostgreSQL and
OpenSearch servers the spark stack writes to is listed beside it (the local stack's SQLite and
Whoosh work is inside its own process).

CPU of a tree: resource.getrusage(RUSAGE_CHILDREN) counts every descendant that was waited for;
a psutil poll of the tree (every 0.2 s, the last user+system time seen per process) counts
those that were not (a JVM whose parent exits without reaping it). The larger is reported.
PostgreSQL: Debian's postgresql-15 started in a temp dir on a free loopback port (initdb/pg_ctl);
OpenSearch: BAOCAO_TEST_OPENSEARCH_URL if set, else osmem-server from PyPI (in-memory, one
process: its numbers say nothing about a real cluster). Skips cleanly without ../shared.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import psutil

from bench import corpus
from bench.runs import REPO, cli_command, cli_env
from ingest.settings import shared_corpus

TARGET_RATIO = 1.3


class TreeCPU:
    """Polls a process tree; `seconds` is the sum over every process seen of its last CPU time."""

    def __init__(self, pids: list[int], interval: float = 0.2, recursive: bool = True):
        self.pids = pids
        self.interval = interval
        self.recursive = recursive
        self.last: dict[tuple[int, float], float] = {}  # (pid, create_time) -> user + system
        self.names: dict[tuple[int, float], str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, name="cpu-poller", daemon=True)

    def _sample(self) -> None:
        for pid in self.pids:
            try:
                root = psutil.Process(pid)
                members = [root, *(root.children(recursive=True) if self.recursive else [])]
            except psutil.Error:
                continue
            for proc in members:
                try:
                    with proc.oneshot():
                        times = proc.cpu_times()
                        key = (proc.pid, proc.create_time())
                        self.last[key] = times.user + times.system
                        self.names[key] = proc.name()  # the last: a launcher script execs java
                except psutil.Error:
                    continue

    def _poll(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeCPU":
        self._sample()
        self.start = dict(self.last)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sample()

    def by_name(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for key, value in self.last.items():
            name = self.names.get(key, "?")
            out[name] = out.get(name, 0.0) + value - self.start.get(key, 0.0)
        return out

    @property
    def seconds(self) -> float:
        # for long-running servers: only what they spent during the measured span
        return sum(v - self.start.get(k, 0.0) for k, v in self.last.items())


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def postgres():
    """(URL of a fresh server, its postmaster pid), stopped and removed after (tests/pg_server.py)."""
    sys.path.insert(0, str(REPO / "tests"))
    import pg_server

    bindir = pg_server.bin_dir()
    if bindir is None:
        raise SystemExit("PostgreSQL server binaries not found (Debian: postgresql-15)")
    url, stop = pg_server.start(bindir, fsync=True)
    try:
        port = int(url.rsplit(":", 1)[1].split("/")[0])
        # the postmaster: started by pg_ctl with "-p PORT"; its backends are its children
        pid = next(p.pid for p in psutil.process_iter(["name", "cmdline"]) if p.info["name"] == "postgres"
                   and f" -p {port} " in " ".join(p.info["cmdline"] or []) + " ")
        yield url, pid
    finally:
        stop()


@contextmanager
def opensearch():
    """(base URL, label, pid of a local server or None)."""
    url = os.environ.get("BAOCAO_TEST_OPENSEARCH_URL", "").strip()
    if url:
        yield url.rstrip("/"), f"OpenSearch at {url}", None
        return
    from osmem_server import OsmemServer

    server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
    try:
        yield server.url, f"osmem-server {server.version} (in-memory, one process)", server.process.pid
    finally:
        server.close()
        if server.process.stdout is not None:
            server.process.stdout.close()


def _run(args: list[str], env: dict, log: Path, servers: list[int]) -> dict:
    """One ingest subprocess: wall time, CPU of its tree, CPU of the given servers meanwhile."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    with log.open("wb") as out, TreeCPU([p for p in servers if p], recursive=True) as server_cpu:
        proc = subprocess.Popen(cli_command(*args), cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
        with TreeCPU([proc.pid]) as tree:
            code = proc.wait()
    seconds = time.perf_counter() - started
    rusage = _children_cpu() - cpu_before
    text = log.read_text(encoding="utf-8", errors="replace")
    line = [ln for ln in text.splitlines() if ln.startswith("ingested ")]
    if code != 0 or not line:
        raise SystemExit(f"ingest failed ({code}): {' '.join(args)}\n{text[-3000:]}")
    documents = int(line[-1].split("ingested ")[1].split(",")[0])
    return {"seconds": seconds, "documents": documents, "cpu_rusage": rusage, "cpu_polled": tree.seconds,
            "cpu": max(rusage, tree.seconds), "server_cpu": server_cpu.seconds, "line": line[-1],
            "by_process": tree.by_name()}


def _round(run: dict) -> str:
    where = ", ".join(f"{name} {cpu:.1f}" for name, cpu in sorted(run["by_process"].items(), key=lambda kv: -kv[1]))
    return f"{run['line']}; {run['seconds']:.1f} s, CPU-s polled by process: {where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=shared_corpus())
    parser.add_argument("--percent", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--workers", type=int, default=2, help="local runner's worker processes (as local[N]'s N)")
    parser.add_argument("--work-dir", type=Path, default=None, help="keep data dirs and logs here")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench.stacks: skipped: {args.corpus} not found (the shared corpora live in ../shared)")
        return 0
    import psycopg

    work = args.work_dir or Path(tempfile.mkdtemp(prefix="baocao-stacks-"))
    work.mkdir(parents=True, exist_ok=True)
    if corpus.is_jsonl(args.corpus):
        slice_ = corpus.slice_jsonl(corpus.read_jsonl_lines(args.corpus), args.percent, work / "slice")
    else:
        raise SystemExit("--corpus: a .jsonl(.gz) file")
    print(f"# Two stacks, {slice_.records} records ({args.percent:g} % of {args.corpus.name}), "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, {args.rounds} round(s)")
    runs: dict[str, list[dict]] = {"local": [], "spark": []}
    with postgres() as (pg_url, pg_pid), opensearch() as (os_base, os_label, os_pid):
        print(f"spark stack: Spark {args.master}, PostgreSQL (Debian, temp dir), {os_label}")
        for n in range(args.rounds):
            data = work / f"local-{n}"
            shutil.rmtree(data, ignore_errors=True)
            env = {**cli_env(), "BAOCAO_DATABASE_URL": "", "BAOCAO_SEARCH_URL": ""}
            runs["local"].append(_run(["ingest", str(slice_.path), "--quiet", "--workers", str(args.workers),
                                       "--data-dir", str(data)], env, work / f"local-{n}.log", []))
            print(f"round {n + 1} local: {_round(runs['local'][-1])}", flush=True)
            db = f"stacks_{n}_{int(time.time())}"
            with psycopg.connect(pg_url, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE {db}")
            scheme = "opensearch+https" if os_base.startswith("https") else "opensearch"
            search_url = f"{scheme}://{os_base.split('://', 1)[1]}/{db.replace('_', '-')}"
            data = work / f"spark-{n}"
            shutil.rmtree(data, ignore_errors=True)
            env = {**cli_env(), "BAOCAO_DATABASE_URL": pg_url.rsplit("/", 1)[0] + "/" + db,
                   "BAOCAO_SEARCH_URL": search_url, "PYSPARK_PYTHON": sys.executable}
            runs["spark"].append(_run(["ingest", str(slice_.path), "--quiet", "--engine", "spark", "--master",
                                       args.master, "--data-dir", str(data)], env, work / f"spark-{n}.log",
                                      [pg_pid, os_pid]))
            print(f"round {n + 1} spark: {_round(runs['spark'][-1])}", flush=True)
            from search_app.backends import open_backend

            backend = open_backend(search_url, None)
            indexed = backend.count()
            backend.drop()
            backend.close()
            if indexed != runs["spark"][-1]["documents"]:
                print(f"  ! OpenSearch holds {indexed} documents, the store {runs['spark'][-1]['documents']}")

    def med(stack: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[stack])

    print(f"\n| stack | documents | wall s | docs/s | CPU-s / 1,000 docs (tree) | rusage / polled CPU-s | "
          f"servers CPU-s / 1,000 docs |")
    print("|---|---|---|---|---|---|---|")
    per_doc = {}
    for stack, label in (("local", "local + SQLite + Whoosh"), ("spark", f"spark {args.master} + PostgreSQL + OpenSearch")):
        docs = med(stack, "documents")
        per_doc[stack] = med(stack, "cpu") / docs * 1000
        servers = med(stack, "server_cpu") / docs * 1000
        print(f"| {label} | {docs:.0f} | {med(stack, 'seconds'):.1f} | {docs / med(stack, 'seconds'):.1f} | "
              f"{per_doc[stack]:.1f} | {med(stack, 'cpu_rusage'):.1f} / {med(stack, 'cpu_polled'):.1f} | "
              f"{servers:.1f} |")
    ratio = per_doc["spark"] / per_doc["local"]
    with_servers = (per_doc["spark"] + med("spark", "server_cpu") / med("spark", "documents") * 1000) / per_doc["local"]
    verdict = "within" if ratio <= TARGET_RATIO else "over"
    print(f"\nSpark CPU per document / local: {ratio:.2f}x ({verdict} the {TARGET_RATIO}x target); "
          f"with the PostgreSQL and OpenSearch servers' CPU: {with_servers:.2f}x")
    if not args.work_dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
