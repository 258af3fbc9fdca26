"""Part 4: exporting every figure of the store with `baocao export`, as CSV and XLSX."""
from __future__ import annotations

import csv
from pathlib import Path

from bench.runs import cli_command, run_measured

FORMATS = ("csv", "xlsx")


def count_rows(path: Path, fmt: str) -> int:
    """Data rows in an exported file (header excluded), read back to check the export is whole."""
    if not path.exists():
        return 0
    if fmt == "csv":
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            return max(0, sum(1 for _ in csv.reader(handle)) - 1)
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        sheet = book.worksheets[0]
        return max(0, sum(1 for _ in sheet.iter_rows(values_only=True)) - 1)
    finally:
        book.close()


def run(data_dir: Path, out_dir: Path, log_dir: Path) -> dict:
    # Python start-up plus importing the CLI is paid by every export; measure it alone.
    baseline = run_measured(cli_command("--help"), log_dir, "cli-help")
    results = {"startup_seconds": baseline.seconds, "formats": {}}
    out_dir.mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        target = out_dir / f"figures.{fmt}"
        if target.exists():
            target.unlink()
        timed = run_measured(
            cli_command("export", "--what", "figures", "--format", fmt, "-o", str(target), "--data-dir", str(data_dir)),
            log_dir,
            f"export-{fmt}",
        )
        results["formats"][fmt] = {
            "returncode": timed.returncode,
            "seconds": timed.seconds,
            "bytes": target.stat().st_size if target.exists() else 0,
            "rows": count_rows(target, fmt) if timed.returncode == 0 else 0,
            "peak_rss_tree": timed.peak_rss_tree,
            "stderr_tail": timed.stderr_tail,
        }
    return results
