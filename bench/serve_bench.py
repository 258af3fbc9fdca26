"""Part 5: resident memory of `baocao serve` after the query set has run over HTTP."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.procmem import sample_now
from bench.queries import Query
from bench.runs import cli_command, cli_env, REPO, stop
from bench.search_bench import api_url
from bench.stats import Latency


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, timeout: float = 60) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def wait_ready(base: str, proc: subprocess.Popen, timeout: float) -> float:
    """Seconds until the server answers /api/search; raises if it dies or never answers."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"baocao serve exited with code {proc.returncode}")
        try:
            status, _ = _get(base + "/api/search?q=a", timeout=5)
            if status < 500:
                return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"baocao serve did not answer within {timeout:.0f} s")


def run(data_dir: Path, queries: list[Query], rounds: int, log_dir: Path, timeout: float = 300) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_dir.mkdir(parents=True, exist_ok=True)
    with (log_dir / "serve.stdout").open("wb") as out, (log_dir / "serve.stderr").open("wb") as err:
        proc = subprocess.Popen(
            cli_command("serve", "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data_dir)),
            cwd=REPO, env=cli_env(), stdout=out, stderr=err,
        )
        try:
            ready = wait_ready(base, proc, timeout)
            rss_ready, uss_ready = sample_now(proc.pid)
            seconds = []
            errors = 0
            for _ in range(rounds):
                for query in queries:
                    started = time.perf_counter()
                    status, body = _get(base + api_url(query))
                    seconds.append(time.perf_counter() - started)
                    if status != 200:
                        errors += 1
                    else:
                        json.loads(body)
            rss, uss = sample_now(proc.pid)
        finally:
            # Only the process we started, by its pid; waitress exits on SIGTERM.
            stop(proc, timeout=20)
    lat = Latency.of(seconds)
    return {
        "ready_seconds": ready,
        "rss_ready": rss_ready,
        "uss_ready": uss_ready,
        "rss": rss,
        "uss": uss,
        "requests": len(seconds),
        "errors": errors,
        "http_p50": lat.p50,
        "http_p95": lat.p95,
    }
