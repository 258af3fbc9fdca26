from __future__ import annotations

import pytest

from ingest.runner import Runner
from ingest.store import Store


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "data") as s:
        yield s


@pytest.fixture
def run(store):
    """Run the ingest runner in-process (no worker pool) and collect the error lines it reports."""
    lines: list[str] = []

    def _run(*paths, **options):
        options.setdefault("workers", 1)
        options.setdefault("keep_originals", False)
        runner = Runner(store, report=lines.append, **options)
        summary = runner.run([str(p) for p in paths])
        summary.lines = list(lines)
        lines.clear()
        return summary

    return _run
