"""docs/contracts.md is in the repository, every reference to a docs file resolves, and the
lists the contract spells out agree with their one home in the code."""
from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from extract.records import Figure

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = ROOT / "docs" / "contracts.md"
SCANNED = ("README.md", "bench", "docs", "extract", "ingest", "scripts", "search_app", "tests", "corpus/README.md")
SUFFIXES = {".py", ".md", ".toml", ".html", ".txt", ".sql", ".json", ".js"}


def _text_files():
    for name in SCANNED:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES)
        for p in files:
            if p.is_file() and "corpus_src" not in p.parts and p != Path(__file__):
                yield p


def _section(title: str) -> str:
    text = CONTRACT.read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_every_docs_reference_resolves():
    refs = []
    for path in _text_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"(\S*?)(\b[\w-]+\.md)\b", text):
            prefix, name = m.groups()
            if name == "contracts.md":
                # by repository path, never bare or outside the repository
                where = f"{path.relative_to(ROOT)}: {m.group(0)!r}"
                assert (prefix + name).lstrip("`(\"'").startswith("docs/contracts.md"), where
            if (prefix + name).lstrip("`(\"'").startswith("docs/"):
                refs.append((path, (prefix + name).lstrip("`(\"'")))
    assert any(ref == "docs/contracts.md" for _, ref in refs)
    for path, ref in refs:
        assert (ROOT / ref).is_file(), f"{path.relative_to(ROOT)} cites {ref}, which is not in the repository"


def test_contract_activities_match_the_taxonomy():
    data = tomllib.loads((ROOT / "extract" / "data" / "activities.toml").read_text(encoding="utf-8"))
    table = re.findall(r"^\| `(\w+)` \| (.+?) \|$", _section("Activity ids"), re.M)
    assert table == [(a["id"], a["label"]) for a in data["activity"]]


def test_contract_figure_fields_match_the_record():
    table = re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", _section("Record schemas").split("`Figure`", 1)[1], re.M)
    assert [n for pair in table for n in pair if n] == [f.name for f in dataclasses.fields(Figure)]


def test_contract_canonical_names_are_known_to_the_extractor():
    names = re.findall(r"^- (.+)$", _section("Organization canonical names"), re.M)
    known = {o["canonical"] for o in tomllib.loads(
        (ROOT / "extract" / "data" / "organizations.toml").read_text(encoding="utf-8"))["org"]}
    assert len(names) > 20 and not [n for n in names if n not in known]


@pytest.mark.parametrize("qualifier", ["exact", "over", "under", "about", "range"])
def test_contract_qualifiers(qualifier):
    assert f"| `{qualifier}` |" in _section("Qualifiers")
