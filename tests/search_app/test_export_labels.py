"""Exports a researcher can read (issue 16): Vietnamese activity and qualifier labels beside the
ids, the province and a link to the document; XLSX with column widths and an autofilter."""
from __future__ import annotations

import csv
import io
import tomllib
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[2]
ACTIVITY_LABELS = {a["id"]: a["label"] for a in
                   tomllib.loads((ROOT / "extract/data/activities.toml").read_text(encoding="utf-8"))["activity"]}


def _csv(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))


def test_figures_csv_has_labels_province_and_link(client, doc_ids):
    from search_app import labels

    header, *rows = _csv(client, "/export/figures.csv?fig_activity=hien_mau")
    # each label right after its id
    assert header[header.index("activity") + 1] == "activity_label"
    assert header[header.index("qualifier") + 1] == "qualifier_label"
    [row] = [dict(zip(header, r)) for r in rows]
    assert row["activity"] == "hien_mau" and row["activity_label"] == ACTIVITY_LABELS["hien_mau"]
    assert row["qualifier"] == "over" and row["qualifier_label"] == labels.qualifier("over") != "over"
    assert row["provinces"] == "Hà Nội"
    assert row["link"] == f"http://localhost/documents/{doc_ids['hienmau']}"


def test_documents_csv_has_a_link(client, doc_ids):
    header, *rows = _csv(client, "/export/documents.csv?q=hien+mau")
    [row] = [dict(zip(header, r)) for r in rows]
    assert row["link"] == f"http://localhost/documents/{doc_ids['hienmau']}"


def test_xlsx_has_widths_and_an_autofilter(client):
    for what, rows in (("figures", 9), ("documents", 6)):
        book = openpyxl.load_workbook(io.BytesIO(client.get(f"/export/{what}.xlsx").get_data()))
        sheet = book.active
        width = sheet.max_column
        last = openpyxl.utils.get_column_letter(width)
        assert sheet.auto_filter.ref == f"A1:{last}{rows + 1}"
        widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, width + 1)]
        assert all(w and w >= 8 for w in widths), widths
        assert widths[1] >= 40  # the title


def test_cli_export_carries_the_labels(tmp_path, sample_store, runner):
    from search_app.cli import main

    out = tmp_path / "so-lieu.csv"
    result = runner.invoke(main, ["export", "--what", "figures", "--format", "csv", "-o", str(out),
                                  "--data-dir", str(sample_store[0]), "--activity", "hien_mau"])
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    row = dict(zip(header, rows[0]))
    assert row["activity_label"] == ACTIVITY_LABELS["hien_mau"]
    assert row["link"].endswith(f"/documents/{row['doc_id']}")
