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
    assert set(obj) == {"source", "id", "title", "year", "published", "organizations", "people", "places", "figures"}
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
