"""The sample corpus, its manifest and its gold annotations stay in step with each other."""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from ingest.document import DOC_TYPES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MANIFEST = json.loads((ROOT / "tests" / "corpus_manifest.json").read_text(encoding="utf-8"))
# gold files name documents relative to the repository root ("corpus/x.txt"); the manifest relative to corpus/
GOLD = [
    {**obj, "file": obj["file"].removeprefix("corpus/")}
    for obj in map(json.loads, (ROOT / "tests" / "gold" / "corpus.jsonl").read_text(encoding="utf-8").splitlines())
]
ACTIVITIES = {"tuyen_truyen", "tham_hoi_tang_qua", "y_te", "hien_mau", "viec_lam", "xay_dung_to_chuc",
              "quyen_gop", "nha_o", "tuyen_quan", "huan_luyen", "thien_tai", "sinh_ke", "nong_thon_moi",
              "chinh_sach", "phoi_hop", "khac"}
QUALIFIERS = {"exact", "over", "under", "about", "range"}


def raw_text(entry: str) -> str:
    """The text of one manifest entry, read simply (not through the ingester)."""
    name, _, line = entry.partition("#")
    path = CORPUS / name
    if path.name in SCAN_SOURCES:
        # scanned reports: the text they were typeset from (scripts/build_scans.py)
        return SCAN_SOURCES[path.name]
    if path.suffix == ".jsonl":
        obj = json.loads(path.read_text(encoding="utf-8").splitlines()[int(line) - 1])
        return obj["date"] + "\n" + obj["title"] + "\n" + obj["text"]
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        import docx
        doc = docx.Document(str(path))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if path.suffix in LEGACY_FORMATS or path.name in LEGACY_SOURCES:
        # Word 97, RTF, Excel and TCVN3/VNI text: the Unicode source they were built from
        return LEGACY_SOURCES[path.name]
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))


LEGACY_FORMATS = (".doc", ".rtf", ".xls", ".xlsx")


def _legacy_sources() -> dict[str, str]:
    out = {}
    for src in (ROOT / "scripts" / "corpus_src" / "legacy").glob("*.txt"):
        lines = src.read_text(encoding="utf-8").splitlines()
        name = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("@output:"))
        body = lines[lines.index("---") + 1:]
        out[name] = "\n".join(line.lstrip("~#>| ").removeprefix("H ") for line in body)
    return out


LEGACY_SOURCES = _legacy_sources()


def _scan_sources() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_scans
    finally:
        sys.path.pop(0)
    return {scan.output: unicodedata.normalize("NFC", build_scans.source_text(scan.source))
            for scan in build_scans.SCANS}


SCAN_SOURCES = _scan_sources()


def test_manifest_lists_exactly_the_corpus_files():
    on_disk = {p.name for p in CORPUS.iterdir() if p.name != "README.md"}
    listed = {e["file"].partition("#")[0] for e in MANIFEST}
    assert on_disk == listed


def test_jsonl_lines_are_each_listed_once():
    for path in CORPUS.glob("*.jsonl"):
        n = len(path.read_text(encoding="utf-8").splitlines())
        listed = sorted(e["file"] for e in MANIFEST if e["file"].startswith(path.name + "#"))
        assert listed == sorted(f"{path.name}#{i}" for i in range(1, n + 1))


def test_spread_of_years_provinces_and_formats():
    assert len(MANIFEST) >= 44
    main_years = {min(e["years"]) for e in MANIFEST}
    assert len(main_years) >= 10
    assert len({e["provinces"][0] for e in MANIFEST}) >= 6
    assert {e["format"] for e in MANIFEST} == {"txt", "html", "pdf", "docx", "jsonl", "xml", "doc", "rtf", "xls", "xlsx",
                                               "tif"}


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_manifest_entry_matches_its_text(entry):
    assert entry["doc_type"] in DOC_TYPES
    assert all(2008 <= y <= 2025 for y in entry["years"])
    text = raw_text(entry["file"])
    # the span a document reports on is written in it (first and last year at least)
    assert str(min(entry["years"])) in text
    assert str(max(entry["years"])) in text
    for province in entry["provinces"]:
        assert province in text.replace("Hoà", "Hòa")


@pytest.mark.parametrize("doc", GOLD, ids=[d["file"] for d in GOLD])
def test_gold_figures_appear_in_order(doc):
    assert doc["split"] == "corpus"
    assert doc["file"] in {e["file"] for e in MANIFEST}
    text = raw_text(doc["file"])
    pos = 0
    for fig in doc["figures"]:
        found = text.find(fig["text"], pos)
        assert found >= 0, f"{fig['text']!r} not found after offset {pos}"
        pos = found + 1
        assert fig["activity"] in ACTIVITIES
        assert fig["qualifier"] in QUALIFIERS
        assert (fig["value_max"] is not None) == (fig["qualifier"] == "range")
        assert fig["unit"] == unicodedata.normalize("NFC", fig["unit"].lower())


@pytest.mark.parametrize("doc", GOLD, ids=[d["file"] for d in GOLD])
def test_gold_organisation_names_are_canonical_spelling(doc):
    assert doc["organizations"], "every gold document names at least one organisation"
    for name in doc["organizations"]:
        assert name == unicodedata.normalize("NFC", name)
        assert "Uỷ" not in name and "uỷ" not in name


@pytest.mark.slow
def test_build_script_reproduces_committed_pdf_and_docx_text(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_corpus
    finally:
        sys.path.pop(0)
    assert build_corpus.main(["--out", str(tmp_path)]) == 0
    import docx
    import pdfplumber
    built = sorted(tmp_path.iterdir())
    typed_pdfs = [p for p in CORPUS.glob("*.pdf") if p.name not in SCAN_SOURCES]  # scans: build_scans.py
    assert len(built) == len(typed_pdfs) + len(list(CORPUS.glob("*.docx")))
    for path in built:
        if path.suffix == ".pdf":
            with pdfplumber.open(path) as a, pdfplumber.open(CORPUS / path.name) as b:
                assert [p.extract_text() for p in a.pages] == [p.extract_text() for p in b.pages]
        else:
            a, b = docx.Document(str(path)), docx.Document(str(CORPUS / path.name))
            assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]
            assert [[c.text for c in r.cells] for r in a.tables[0].rows] == \
                   [[c.text for c in r.cells] for r in b.tables[0].rows]
