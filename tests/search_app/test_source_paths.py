"""Document pages name each source relative to what was given to `baocao ingest` (issue 15, item 6):
never the server's own folders. The operator's CLI keeps the full path."""
from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest
from click.testing import CliRunner

from search_app import create_app
from search_app.cli import main

TEXT_A = ("Báo cáo kết quả phối hợp năm 2019\nNăm 2019, Hội Cựu chiến binh huyện và Ban Chỉ huy Quân sự huyện "
          "đã trao 120 suất quà cho hội viên có hoàn cảnh khó khăn.")
TEXT_B = ("Tin hoạt động Đoàn Thanh niên\nTỉnh đoàn phối hợp mở 14 lớp cảm tình đoàn cho 620 thanh niên "
          "trong năm 2020.")
TEXT_C = ("Hội Chữ thập đỏ tỉnh tổng kết năm 2021\nHội Chữ thập đỏ tỉnh đã vận động 3.200 đơn vị máu "
          "trong năm 2021.")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    base = tmp_path_factory.mktemp("server") / "srv" / "baocao-inputs"
    folder = base / "luu-tru-2020" / "bao-cao"
    folder.mkdir(parents=True)
    (folder / "ccb.txt").write_text(TEXT_A, encoding="utf-8")
    with zipfile.ZipFile(folder.parent / "tin.zip", "w") as zf:
        zf.writestr("thang-3/doan.txt", TEXT_B)
    single = base / "le" / "ctd.txt"
    single.parent.mkdir(parents=True)
    single.write_text(TEXT_C, encoding="utf-8")
    data = base.parent / "data"
    runner = CliRunner()
    for given in (base / "luu-tru-2020", single):
        result = runner.invoke(main, ["ingest", str(given), "--data-dir", str(data), "--workers", "1"])
        assert result.exit_code == 0, result.output
    return base, data


@pytest.fixture(scope="module")
def client(archive):
    app = create_app({"TESTING": True, "DATA_DIR": str(archive[1])})
    yield app.test_client()
    app.extensions["baocao_release"]()


def _shown(data) -> dict[str, str]:
    with sqlite3.connect(data / "baocao.sqlite3") as conn:
        rows = conn.execute("SELECT doc_id, shown FROM sources").fetchall()
    return {shown: doc_id for doc_id, shown in rows}


def test_sources_are_stored_relative_to_what_was_ingested(archive):
    assert sorted(_shown(archive[1])) == [
        "ctd.txt",  # a file given by name: its name alone
        "luu-tru-2020/bao-cao/ccb.txt",  # under the folder given: the folder's own name, then the way down
        "luu-tru-2020/tin.zip!thang-3/doan.txt",  # an archive member keeps its member name
    ]


def test_document_pages_and_api_never_show_the_server_layout(archive, client):
    base, data = archive
    server = str(base.parent)
    for source, doc_id in _shown(data).items():
        page = client.get(f"/documents/{doc_id}").get_data(as_text=True)
        assert f"<code>{source}</code>" in page
        assert server not in page
        api = client.get(f"/api/documents/{doc_id}").get_json()
        assert [s["source"] for s in api["sources"]] == [source]
        assert server not in json.dumps(api, ensure_ascii=False)


def test_the_operator_cli_keeps_the_full_path(archive):
    base, data = archive
    result = CliRunner().invoke(main, ["docs", "--json", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    paths = sorted(row["source"] for row in rows)
    assert paths == sorted([str(base / "le" / "ctd.txt"), str(base / "luu-tru-2020" / "bao-cao" / "ccb.txt"),
                            str(base / "luu-tru-2020" / "tin.zip") + "!thang-3/doan.txt"])


def test_a_store_written_before_shows_only_the_file_name(archive, client):
    base, data = archive
    doc_id = _shown(data)["ctd.txt"]
    # what older versions stored: the absolute path on the server and no relative name
    with sqlite3.connect(data / "baocao.sqlite3") as conn:
        conn.execute("UPDATE sources SET shown = NULL WHERE doc_id = ?", (doc_id,))
    try:
        page = client.get(f"/documents/{doc_id}").get_data(as_text=True)
        assert "<code>ctd.txt</code>" in page
        assert str(base) not in page
    finally:
        with sqlite3.connect(data / "baocao.sqlite3") as conn:
            conn.execute("UPDATE sources SET shown = 'ctd.txt' WHERE doc_id = ?", (doc_id,))
