"""Whoosh-Reloaded is fenced in: the tested versions only, and its internals used from one module."""
from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import whoosh

from search_app.backends.whoosh import compat as whoosh_compat

ROOT = Path(__file__).resolve().parents[2]
# Whoosh's public API; anything else is imported through search_app/backends/whoosh/compat.py
PUBLIC = {"whoosh", "whoosh.analysis", "whoosh.fields", "whoosh.formats", "whoosh.index", "whoosh.query",
          "whoosh.searching"}


def test_installed_whoosh_is_a_tested_version():
    low, high = whoosh_compat.TESTED
    assert whoosh_compat.tested_version(), (
        f"Whoosh-Reloaded {whoosh.versionstring()} is not a tested version (tested: >={'.'.join(map(str, low))},"
        f"<{'.'.join(map(str, high))}). search_app/backends/whoosh/compat.py patches 2.7.5's bugs and reads its private "
        f"structures: check every item there against this version, then widen TESTED and pyproject.toml together.")


def test_pyproject_bound_is_the_tested_range():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    low, high = whoosh_compat.TESTED
    assert f"Whoosh-Reloaded>={'.'.join(map(str, low))},<{'.'.join(map(str, high))}" in deps


def test_patches_are_applied():
    from whoosh.codec.whoosh3 import W3PerDocReader, W3TermInfo

    assert W3TermInfo.set_inline is W3TermInfo.set_inlined or hasattr(W3TermInfo, "set_inline")
    assert W3PerDocReader._cached_reader is whoosh_compat._cached_reader_remembering_misses


def test_whoosh_internals_are_imported_only_by_the_compat_module():
    outside = []
    for package in ("ingest", "extract", "search_app"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.relative_to(ROOT).as_posix() == "search_app/backends/whoosh/compat.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
                outside += [f"{path.relative_to(ROOT)}: {n}" for n in names
                            if n.split(".")[0] == "whoosh" and n not in PUBLIC]
    assert not outside, f"Whoosh internals imported outside search_app/backends/whoosh/compat.py: {outside}"
