"""ingest is the bottom layer: it imports nothing from extract or search_app, in any form
(import statements, importlib with a string, a module name in a string for later import).
The extractor and the index reach ingest as values from the composition root (search_app/cli.py)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ABOVE = ("extract", "search_app")
MODULE_NAME = re.compile(rf"^({'|'.join(ABOVE)})(\.\w+)*(:\w+)?$")


def _uses_above(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_NAME.match(node.value):
            names = [node.value]  # importlib.import_module("extract.pipeline"), entry-point strings
        found += [f"{path}:{node.lineno}: {n}" for n in names if n.split(".")[0] in ABOVE]
    return found


def test_ingest_imports_nothing_above_it():
    found = [hit for path in sorted((ROOT / "ingest").rglob("*.py")) for hit in _uses_above(path)]
    assert not found, found


def test_the_detector_sees_string_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('import importlib\nPIPELINE = "extract.pipeline"\nfrom search_app import index\n')
    assert len(_uses_above(sample)) == 2
