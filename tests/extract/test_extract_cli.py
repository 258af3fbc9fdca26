import json

from click.testing import CliRunner

from search_app.cli import main


def test_extract_json_lines(tmp_path):
    good = tmp_path / "bao_cao.txt"
    good.write_text("Báo cáo Hội CCB\nHội CCB tỉnh trao 120 suất quà cho hội viên năm 2016.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(good), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1
    obj = lines[0]
    assert set(obj) == {"source", "id", "title", "year", "published", "organizations", "people", "places", "figures", "ocr", "programmes"}
    assert [o["canonical"] for o in obj["organizations"]] == ["Hội Cựu chiến binh", "Hội Cựu chiến binh"]
    fig = obj["figures"][0]
    assert (fig["value"], fig["unit"], fig["activity"], fig["year"]) == (120, "suất quà", "tham_hoi_tang_qua", 2016)


def test_extract_bad_file_reports_and_goes_on(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Trao 5 suất quà.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["extract", str(missing), str(good)])
    assert result.exit_code == 1
    assert "missing.txt" in result.output  # the one-line error names the file
    assert '"suất quà"' in result.output  # and the batch went on


def test_reextract_redoes_only_older_versions(tmp_path):
    from ingest.document import Document
    from ingest.store import Store

    from extract.pipeline import VERSION

    store = Store.open(tmp_path)
    old = Document(id="old", title="Tin", text="Hội CCB trao 12 suất quà.", sources=["a.txt"])
    new = Document(id="new", title="Tin", text="Hội LHPN trao 7 suất quà.", sources=["b.txt"])
    never = Document(id="never", title="Tin", text="Tỉnh đoàn kết nạp 30 đoàn viên.", sources=["c.txt"])
    with store.transaction() as conn:
        for doc in (old, new, never):
            store.add_document(conn, doc, doc.sources[0], None)
        conn.execute("UPDATE documents SET extractor_version = ?, records = '{}' WHERE id = 'old'", (VERSION - 1,))
        conn.execute("UPDATE documents SET extractor_version = ?, records = '{\"kept\": true}' WHERE id = 'new'",
                     (VERSION,))
    store.close()

    result = CliRunner().invoke(main, ["reextract", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "2" in result.output

    store = Store.open(tmp_path)
    try:
        assert [f["value"] for f in store.get_records("old")["figures"]] == [12]
        assert [f["unit"] for f in store.get_records("never")["figures"]] == ["đoàn viên"]
        assert store.get_records("new") == {"kept": True}  # current version: left alone
    finally:
        store.close()
    again = CliRunner().invoke(main, ["reextract", "--data-dir", str(tmp_path)])
    assert again.exit_code == 0 and "Không có văn bản nào" in again.output
