"""`baocao ingest`, `docs`, `status` through the click group."""
import json

from click.testing import CliRunner

from ingest.ports import Components, Extractor, IndexSinks
from search_app.cli import main

from ingest_helpers import BAD, GOOD


def _invoke(*args, env=None, obj=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, obj=obj)


def test_ingest_then_rerun(tmp_path):
    data = tmp_path / "data"
    first = _invoke("ingest", GOOD, "--data-dir", data, "--quiet", "--no-extract")
    assert first.exit_code == 0, first.output
    assert first.output.strip().splitlines()[-1] == "ingested 19, unchanged 0, duplicates 2, failed 0, skipped 1"
    again = _invoke("ingest", GOOD, "--data-dir", data, "--quiet", "--no-extract")
    assert again.output.strip().splitlines()[-1] == "ingested 0, unchanged 15, duplicates 0, failed 0"


def test_every_skipped_file_is_named_with_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bao-cao.txt").write_text("Hội Cựu chiến binh tỉnh tổng kết công tác năm 2016.", encoding="utf-8")
    (folder / "anh.bmp").write_bytes(b"BM\x00\x00")
    result = _invoke("ingest", folder, GOOD / "archive.zip", "--data-dir", tmp_path / "data", "--quiet", "--no-extract")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].endswith("skipped 2")
    skipped = sorted(line for line in lines if line.startswith("bỏ qua: "))
    assert len(skipped) == 2, lines
    [member] = [line for line in skipped if "archive.zip!" in line]
    [loose] = [line for line in skipped if line != member]
    assert loose.endswith("in/anh.bmp: định dạng không hỗ trợ (unsupported suffix .bmp)")
    assert "định dạng không hỗ trợ trong zip" in member


def test_closing_lines_count_the_documents_indexed_during_the_run(tmp_path):
    data = tmp_path / "data"
    first = _invoke("ingest", GOOD / "utf8.txt", GOOD / "report.pdf", "--data-dir", data, "--no-extract")
    assert first.exit_code == 0, first.output
    lines = first.output.strip().splitlines()
    assert lines[-2:] == ["Đã cập nhật chỉ mục tìm kiếm: 2 văn bản.", "ingested 2, unchanged 0, duplicates 0, failed 0"]
    again = _invoke("ingest", GOOD / "utf8.txt", GOOD / "report.pdf", "--data-dir", data, "--no-extract")
    assert "0 văn bản" not in again.output
    assert again.output.strip().splitlines()[-2:] == [
        "Chỉ mục tìm kiếm đã đủ: không có văn bản mới.", "ingested 0, unchanged 2, duplicates 0, failed 0"]


def test_failures_give_exit_1_and_one_line_each(tmp_path):
    result = _invoke("ingest", BAD / "empty.txt", BAD / "scanned.pdf", GOOD / "utf8.txt",
                     "--data-dir", tmp_path / "d", "--quiet", "--no-extract")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[-1] == "ingested 1, unchanged 0, duplicates 0, failed 2"
    errors = [line for line in lines if line.startswith("lỗi: ")]
    assert len(errors) == 2
    assert errors[0].endswith("empty.txt: tệp rỗng (empty file)")
    assert errors[1].endswith("scanned.pdf: không có lớp văn bản và không có ảnh trang để OCR "
                              "(no text layer and no page image to OCR)")


def test_data_dir_from_environment(tmp_path):
    env = {"BAOCAO_DATA_DIR": str(tmp_path / "envdata")}
    result = _invoke("ingest", GOOD / "utf8.txt", "--quiet", "--no-extract", env=env)
    assert result.exit_code == 0
    assert (tmp_path / "envdata" / "baocao.sqlite3").exists()


def test_docs_and_status(tmp_path):
    data = tmp_path / "data"
    _invoke("ingest", GOOD / "report.pdf", BAD / "password.pdf", "--data-dir", data, "--quiet", "--no-extract")
    docs = _invoke("docs", "--data-dir", data, "--json")
    [row] = [json.loads(line) for line in docs.output.strip().splitlines()]
    assert row["title"] == "Báo cáo kết quả phối hợp năm 2016"
    assert row["doc_type"] == "bao_cao" and row["provinces"] == ["Nam Định"]
    assert row["source"].endswith("report.pdf")
    table = _invoke("docs", "--data-dir", data)
    assert "Báo cáo kết quả phối hợp năm 2016" in table.output and "(1/1 văn bản)" in table.output
    status = _invoke("status", "--data-dir", data)
    assert status.exit_code == 0
    assert "Văn bản: 1 (nguồn: 1" in status.output
    assert "ingested 1, unchanged 0, duplicates 0, failed 1, skipped 0" in status.output
    assert "password.pdf: PDF có mật khẩu (password-protected PDF)" in status.output


class _NoIncrementalIndex:
    ix = None  # as for a data dir whose index sync() will build whole
    indexed = 0

    def __init__(self, store):
        pass

    def add(self, ids, prepared):
        pass

    def close(self):
        pass

    def cancel(self):
        pass


def test_extractor_and_index_hooks(tmp_path):
    """ingest extracts with the extractor it is handed and then syncs the index sinks it is handed."""
    from extract.records import Extraction, Figure

    def extract_document(doc):
        start = doc.text.index("7.384")
        return Extraction(version=7, figures=[Figure(7384, None, "hội viên", "exact", "khac", [], None, None,
                                                      doc.text, start, start + 14, "7.384 hội viên")])

    synced = []
    components = Components(
        extractor=lambda: Extractor(extract=extract_document, load=lambda: None, version=7),
        index=lambda: IndexSinks(incremental=_NoIncrementalIndex, prepare=None,
                                 sync=lambda store: synced.append(store.count_documents()) or 1))
    result = _invoke("ingest", GOOD / "utf8.txt", "--data-dir", tmp_path / "d", "--workers", "1", obj=components)
    assert result.exit_code == 0, result.output
    assert synced == [1]
    from ingest.store import Store

    with Store.open(tmp_path / "d") as store:
        [doc_id] = store.docs_needing_index(1)
        assert store.get_records(doc_id)["figures"][0]["value"] == 7384
        assert store.conn.execute("SELECT unit, text FROM figures").fetchall() == [("hội viên", "7.384 hội viên")]


def test_windows_1258_note_shown(tmp_path):
    from ingest_helpers import GOOD

    data = tmp_path / "data"
    result = _invoke("ingest", GOOD / "cp1258.txt", "--data-dir", data, "--no-extract")
    assert result.exit_code == 0
    assert "ghi chú: " in result.output and "cp1258.txt: decoded as windows-1258" in result.output
    status = _invoke("status", "--data-dir", data)
    assert "cp1258.txt: decoded as windows-1258 (not valid UTF-8 at byte 2)" in status.output


def test_status_limits_listed_failures(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(25):
        (folder / f"empty{i:02}.txt").write_bytes(b"")
    _invoke("ingest", folder, "--data-dir", tmp_path / "data", "--quiet")
    status = _invoke("status", "--data-dir", tmp_path / "data")
    assert status.output.count("  lỗi: ") == 20
    assert "... và 5 lỗi khác" in status.output
