from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from robust_helpers import ROOT, make_corpus, run_cli

GOOD_FIXTURES = ROOT / "tests" / "fixtures" / "good"


@pytest.fixture(scope="session")
def archive_template(tmp_path_factory) -> Path:
    """A data dir built once by the real CLI: generated reports plus every good reader fixture
    (txt, md, html, pdf, docx, jsonl, xml, zip), extracted and indexed. Tests copy it."""
    base = tmp_path_factory.mktemp("archive")
    corpus = base / "corpus"
    make_corpus(corpus / "generated", 40, seed=7)
    if GOOD_FIXTURES.is_dir():
        shutil.copytree(GOOD_FIXTURES, corpus / "fixtures")
    data = base / "data"
    result = run_cli("ingest", str(corpus), "--data-dir", str(data), "--quiet", "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    return data


@pytest.fixture
def archive(archive_template, tmp_path) -> Path:
    """A private copy of the template data dir."""
    target = tmp_path / "data"
    shutil.copytree(archive_template, target)
    return target
