"""A scan through the whole service: `baocao ingest` OCRs the scanned first page of the mixed PDF
in its workers, the search results and the document page show the OCR badge, the exports carry
the `ocr` column (for a figure: the OCR page it was read from, empty for the typed page)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from search_app import create_app
from search_app.cli import main

MIXED = Path(__file__).resolve().parents[2] / "corpus" / "2017-quang-nam-bao-cao-phoi-hop-nong-dan-ban-quet.pdf"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    data = tmp_path_factory.mktemp("ocr") / "data"
    result = CliRunner().invoke(main, ["ingest", str(MIXED), "--data-dir", str(data), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "OCR (Tesseract vie) trang 1" in result.output  # the file's status line names the OCR
    app = create_app({"TESTING": True, "DATA_DIR": str(data)})
    yield app.test_client()
    app.extensions["baocao_release"]()


def _csv(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def test_search_result_and_document_page_show_the_badge(client):
    api = client.get("/api/search?q=nông dân").get_json()
    [hit] = api["results"]
    assert [(p["page"], p["low"]) for p in hit["ocr"]] == [(1, False)]
    page = client.get("/?q=nông dân").get_data(as_text=True)
    assert 'class="tag tag-ocr"' in page and ">OCR</span>" in page
    doc = client.get(f"/documents/{hit['id']}").get_data(as_text=True)
    assert "Bản quét" in doc and 'class="tag tag-ocr"' in doc


def test_exports_carry_the_ocr_column(client):
    [doc] = _csv(client.get("/export/documents.csv"))
    assert doc["ocr"].startswith("OCR trang 1, tin cậy ")
    figures = {row["text"]: row["ocr"] for row in _csv(client.get("/export/figures.csv"))}
    assert figures["1.150 thanh niên"].startswith("OCR trang 1, tin cậy ")
    assert figures["340 con bò giống"] == ""  # the typed second page: its text layer
    rows = client.get("/export/figures.json").get_json()
    assert all("ocr" in row for row in rows)


def test_low_confidence_page_is_flagged_on_the_document_page(client):
    import json
    import sqlite3

    [hit] = client.get("/api/search?q=nông dân").get_json()["results"]
    db = client.application.config["DATA_DIR"] + "/baocao.sqlite3"
    conn = sqlite3.connect(db)
    (saved,) = conn.execute("SELECT ocr FROM documents WHERE id = ?", (hit["id"],)).fetchone()
    try:
        conn.execute("UPDATE documents SET ocr = ? WHERE id = ?",
                     (json.dumps([{"page": 1, "confidence": 54.0, "low": True}]), hit["id"]))
        conn.commit()
        page = client.get(f"/documents/{hit['id']}").get_data(as_text=True)
        assert "tag-ocr-low" in page and "Trang 1: độ tin cậy thấp, cần đối chiếu bản gốc." in page
        [doc] = _csv(client.get("/export/documents.csv"))
        assert doc["ocr"] == "OCR trang 1, tin cậy 54; tin cậy thấp: trang 1 (54)"
    finally:
        conn.execute("UPDATE documents SET ocr = ? WHERE id = ?", (saved, hit["id"]))
        conn.commit()
        conn.close()
