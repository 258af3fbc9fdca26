"""Running baocao's own CLI as a subprocess and measuring what it costs."""
from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.procmem import PeakRSS

REPO = Path(__file__).resolve().parent.parent
STORE_FILE = "baocao.sqlite3"


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "search_app.cli", *args]


def cli_env() -> dict[str, str]:
    """The environment for child processes: this worktree's packages first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def dir_size(path: Path) -> int:
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def store_size(data_dir: Path) -> int:
    """The SQLite store with its WAL and shared-memory files."""
    return sum(dir_size(p) for p in data_dir.glob(STORE_FILE + "*"))


@dataclass(slots=True)
class Timed:
    """A finished subprocess: exit code, wall time, peak memory of its tree, output tails."""

    returncode: int
    seconds: float
    peak_rss_tree: int
    peak_rss_single: int
    max_processes: int
    stdout_tail: str
    stderr_tail: str
    cpu_seconds: float = 0.0  # user + system CPU of the process and every descendant it waited for
    own_cpu_seconds: float = 0.0  # the process alone (sampled, see PeakRSS.own_cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.strip().splitlines()[-lines:])


def stop(proc: subprocess.Popen, timeout: float) -> None:
    """Terminate `proc` (one we started) and wait for it, killing it if it outlives `timeout` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def run_measured(cmd: list[str], log_dir: Path, name: str, timeout: float | None = None) -> Timed:
    """Run `cmd` from the repo root, polling its process tree's RSS until it exits."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path = log_dir / f"{name}.stdout"
    err_path = log_dir / f"{name}.stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        # CPU seconds do not depend on how busy the shared machine is; wall time does.
        cpu_before = _children_cpu()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, env=cli_env(), stdout=out, stderr=err)
        with PeakRSS(proc.pid) as peak:
            try:
                returncode = proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                returncode = proc.wait()
        seconds = time.perf_counter() - started
        cpu_seconds = _children_cpu() - cpu_before
    return Timed(
        returncode, seconds, peak.peak_tree, peak.peak_single, peak.max_processes,
        _tail(out_path), _tail(err_path), cpu_seconds, peak.own_cpu,
    )


@dataclass(slots=True)
class StoreCounts:
    documents: int
    extracted: int
    indexed: int
    figures: int
    entities: int


def store_counts(data_dir: Path) -> StoreCounts:
    path = data_dir / STORE_FILE
    if not path.exists():
        return StoreCounts(0, 0, 0, 0, 0)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731 - five tiny counts
        return StoreCounts(
            documents=one("SELECT count(*) FROM documents"),
            extracted=one("SELECT count(*) FROM documents WHERE extractor_version IS NOT NULL"),
            indexed=one("SELECT count(*) FROM documents WHERE indexed_version IS NOT NULL"),
            figures=one("SELECT count(*) FROM figures"),
            entities=one("SELECT count(*) FROM entities"),
        )
    finally:
        conn.close()
