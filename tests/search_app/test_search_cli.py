"""The search app's commands through click's CliRunner, on real stores."""
from __future__ import annotations

import csv
import io
import json

import openpyxl

from ingest.store import Store
from search_app.cli import main

from search_samples import SAMPLES, build_store


def test_search_text_and_json(runner, sample_store):
    data_dir, ids = sample_store
    result = runner.invoke(main, ["search", "cuu chien binh", "--year", "2016", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "1 văn bản"
    assert ids["ccb2016"] in result.output
    result = runner.invoke(main, ["search", "dong", "--json", "--sort", "oldest", "--data-dir", str(data_dir)])
    data = json.loads(result.output)
    assert data["total"] == 3 and data["results"][0]["id"] == ids["dong"]
    assert {r["value"] for r in data["facets"]["province"]} == {"Quảng Nam", "Thanh Hóa", "Hà Nội"}


def test_search_bad_query_exits_2_with_message(runner, sample_store):
    result = runner.invoke(main, ["search", '"abc', "--data-dir", str(sample_store[0])])
    assert result.exit_code == 2 and "ngoặc kép" in result.output


def test_export_figures_formats(runner, sample_store, tmp_path):
    data_dir = str(sample_store[0])
    out = tmp_path / "f.csv"
    result = runner.invoke(main, ["export", "--what", "figures", "--format", "csv", "--org", "Hội Cựu chiến binh",
                                  "-o", str(out), "--data-dir", data_dir])
    assert result.exit_code == 0, result.output
    assert "Đã xuất 5 dòng" in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert sorted(float(r["value"]) for r in rows) == [37, 40, 1250, 1500, 12040]
    out = tmp_path / "f.xlsx"
    runner.invoke(main, ["export", "--what", "figures", "--format", "xlsx", "--value-min", "1000", "-o", str(out),
                         "--data-dir", data_dir])
    header, *rows = openpyxl.load_workbook(out).active.iter_rows(values_only=True)
    values = sorted(r[header.index("Giá trị")] for r in rows)
    assert values == [1250, 1500, 12040, 1.5e9]
    out = tmp_path / "d.json"
    runner.invoke(main, ["export", "--what", "documents", "--format", "json", "-q", "thanh niên", "-o", str(out),
                         "--data-dir", data_dir])
    assert {d["title"] for d in json.loads(out.read_text("utf-8"))} == {
        SAMPLES[0].title, "Tuổi trẻ Thủ đô hiến máu tình nguyện"}


def test_reindex(runner, tmp_path):
    build_store(tmp_path / "data")
    result = runner.invoke(main, ["reindex", "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0 and f"Đã lập chỉ mục {len(SAMPLES)} văn bản." in result.output


def test_empty_store_ingests_bundled_corpus(tmp_path, monkeypatch):
    from search_app import commands
    from search_app.cli import make_extractor
    from search_app.backends.whoosh.engine import Engine
    from search_app.filters import Filters

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bao-cao.txt").write_text("Báo cáo của Hội Cựu chiến binh huyện năm 2019: 25 buổi sinh hoạt.",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with Store.open(tmp_path / "data") as store:
        commands.ensure_ready(store, make_extractor, quiet=True)
        assert store.count_documents() == 1
    engine = Engine(tmp_path / "data")
    assert engine.search(Filters(q="cuu chien binh")).total == 1
    engine.close()


def test_help_lists_every_command(runner):
    result = runner.invoke(main, ["--help"])
    for name in ("serve", "reindex", "search", "export", "ingest"):
        assert name in result.output


def test_export_creates_the_folder_and_leaves_no_partial_file(runner, sample_store, tmp_path):
    out = tmp_path / "new" / "folder" / "f.json"
    result = runner.invoke(main, ["export", "--what", "figures", "--format", "json", "-o", str(out),
                                  "--data-dir", str(sample_store[0])])
    assert result.exit_code == 0, result.output
    assert len(json.loads(out.read_text("utf-8"))) == 9
    assert [p.name for p in out.parent.iterdir()] == ["f.json"]
