"""Part 1: end-to-end `ingest` of each corpus slice into a fresh data directory."""
from __future__ import annotations

import os
from pathlib import Path

from bench.corpus import Slice
from bench.runs import cli_command, dir_size, run_measured, store_counts, store_size


def run(slice_: Slice, data_dir: Path, log_dir: Path, workers: int | None = None) -> dict:
    args = ["ingest", str(slice_.path), "--data-dir", str(data_dir), "--quiet"]
    if workers is not None:
        args += ["--workers", str(workers)]
    load_before = os.getloadavg()[0]
    timed = run_measured(cli_command(*args), log_dir, f"ingest-{slice_.percent:g}pct")
    load_after = os.getloadavg()[0]
    counts = store_counts(data_dir)
    return {
        "percent": slice_.percent,
        "records": slice_.records,
        "input_bytes": slice_.input_bytes,
        "returncode": timed.returncode,
        "seconds": timed.seconds,
        "cpu_seconds": timed.cpu_seconds,
        "main_cpu_seconds": timed.own_cpu_seconds,  # the writer process: store rows, index postings
        "documents": counts.documents,
        "extracted": counts.extracted,
        "indexed": counts.indexed,
        "figures": counts.figures,
        "entities": counts.entities,
        "records_per_s": slice_.records / timed.seconds if timed.seconds else 0.0,
        "docs_per_s": counts.documents / timed.seconds if timed.seconds else 0.0,
        "peak_rss_tree": timed.peak_rss_tree,
        "peak_rss_single": timed.peak_rss_single,
        "max_processes": timed.max_processes,
        "store_bytes": store_size(data_dir),
        "index_bytes": dir_size(data_dir / "index"),
        "originals_bytes": dir_size(data_dir / "originals"),
        "load_before": load_before,
        "load_after": load_after,
        "stdout_tail": timed.stdout_tail,
        "stderr_tail": timed.stderr_tail,
        "data_dir": str(data_dir),
    }
