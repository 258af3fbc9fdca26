"""A fresh install cannot break (issue 15, item 5).

A clean virtual environment gets the pip that ships with this Python (no upgrade) and installs the
project from its package metadata alone (`pip install .`, no extras, no editable source tree on the
path). Then every reader and the web app must import, and `baocao ingest corpus/` must store the
whole sample corpus. Before every imported package was declared, the stock pip left out
`lxml_html_clean` (lxml 6 has no `html_clean` extra for it) and the first .html file failed with
"lxml.html.clean module is now a separate project".
"""
from __future__ import annotations

import ensurepip
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
MANIFEST = ROOT / "tests" / "corpus_manifest.json"
READERS = ("txt", "jsonl", "html", "pdf", "word", "office", "sheet", "image", "xml", "zip")


def _packages_reachable() -> bool:
    """PyPI, or a local wheel folder pip is configured with (machines without the internet)."""
    links = os.environ.get("PIP_FIND_LINKS", "")
    if links and all(Path(p).is_dir() for p in links.split()):
        return True
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
        return True
    except OSError:
        return False


def _env() -> dict[str, str]:
    # only the machine's pip settings; nothing of the test run's own environment
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
    return env


def _run(args: list, cwd: Path, timeout: int) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{args[:3]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def clean_venv(tmp_path_factory):
    if not _packages_reachable():
        pytest.skip("no package index reachable: a clean install needs PyPI or a local wheel folder")
    base = tmp_path_factory.mktemp("clean-install")
    # the project as a user gets it: the source tree without anything a developer's run left behind
    src = base / "src"
    anywhere = shutil.ignore_patterns(".git", ".venv", "*.egg-info", "__pycache__", ".pytest_cache", "node_modules")

    def ignore(folder: str, names: list[str]) -> set[str]:
        top = {"build", "dist", "tests", "data"} if Path(folder) == ROOT else set()  # not ingest/data
        return set(anywhere(folder, names)) | (top & set(names))

    shutil.copytree(ROOT, src, ignore=ignore)
    venv = base / "venv"
    python = getattr(sys, "_base_executable", sys.executable)
    _run([python, "-m", "venv", venv], base, 300)
    pip = venv / "bin" / "pip"
    shipped = _run([pip, "--version"], base, 60).stdout.split()[1]
    assert shipped == ensurepip.version(), "the venv's pip must be the one that ships with Python"
    _run([pip, "install", "--no-input", "--progress-bar", "off", src], base, 1500)
    return base, venv


def test_every_reader_and_the_web_app_import(clean_venv):
    base, venv = clean_venv
    code = (
        "import importlib, json, ingest, search_app\n"
        f"for name in {READERS!r}: importlib.import_module('ingest.readers.' + name)\n"
        "import lxml.html.clean, justext, trafilatura\n"  # the chain that broke on the stock pip
        "from search_app import create_app\n"
        "app = create_app({'TESTING': True, 'DATA_DIR': 'empty-data'})\n"
        "print(json.dumps([ingest.__file__, search_app.__file__]))\n"
    )
    out = _run([venv / "bin" / "python", "-c", code], base, 300).stdout
    files = json.loads(out.strip().splitlines()[-1])
    # imported from the installed package, not from a source tree on the path
    assert all(str(venv) in f for f in files), files


def test_the_installed_baocao_ingests_the_corpus(clean_venv):
    base, venv = clean_venv
    data = base / "data"
    done = _run([venv / "bin" / "baocao", "ingest", CORPUS, "--data-dir", data], base, 900)
    assert "lỗi:" not in done.stderr, done.stderr[-3000:]
    expected = len(json.loads(MANIFEST.read_text(encoding="utf-8")))
    with sqlite3.connect(data / "baocao.sqlite3") as conn:
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        formats = {row[0] for row in conn.execute("SELECT DISTINCT format FROM documents")}
    assert stored == expected
    assert {"html", "pdf", "docx", "doc", "xlsx"} <= formats
    found = _run([venv / "bin" / "baocao", "search", "cựu chiến binh", "--data-dir", data, "--json"], base, 300)
    assert found.stdout.strip(), "the ingested corpus is searchable"
