"""A throwaway PostgreSQL server: Debian's postgresql-15 (initdb/pg_ctl) in a temporary directory
on a free loopback port, for the test session (tests/conftest.py) and scripts that measure it."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from glob import glob
from pathlib import Path


def bin_dir() -> Path | None:
    found = sorted(glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(bindir: Path, fsync: bool = False):
    """(postgresql:// URL of its `postgres` database, stop()): the caller calls stop(). fsync off
    for tests; on for benchmarks (bench/stacks.py), which compare it with SQLite's durable commits."""
    root = Path(tempfile.mkdtemp(prefix="baocao-pg-"))
    # initdb refuses to run as root: the server runs as the postgres user, in a directory it owns
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if run_as:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", free_port()
    subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                    f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync={'on' if fsync else 'off'}", "start"],
                   check=True, capture_output=True)

    def stop() -> None:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)

    return f"postgresql://postgres@127.0.0.1:{port}/postgres", stop
