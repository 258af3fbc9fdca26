"""Every kind of bad input from issue 2: one clear line naming the file and the reason; the batch goes on."""
import shutil

import pytest

from ingest_helpers import BAD, GOOD

CASES = [
    # (fixture, status, reason fragment)
    ("empty.txt", "error", "tệp rỗng (empty file)"),
    ("junk.txt", "error", "binary data, not text"),
    ("truncated.pdf", "error", "truncated PDF"),
    ("corrupt.pdf", "error", "corrupt PDF"),
    ("password.pdf", "error", "password-protected PDF"),
    # drawings only: no text layer and no page image for OCR (image-only scans are OCR'd: test_ocr.py)
    ("scanned.pdf", "error", "no text layer and no page image to OCR"),
    ("broken.docx", "error", "broken docx"),
    ("bad_lines.jsonl", "error", "dòng 2: JSON không hợp lệ (invalid JSON"),
    ("undecodable.txt", "error", "undecodable bytes at 16"),
    ("oversize.txt", "error", "file over the size limit"),
    ("picture.bmp", "skipped", "unsupported suffix .bmp"),
    ("not_an_image.png", "error", "không phải tệp ảnh (not an image"),
    ("truncated.png", "error", "broken or truncated image, page 1: image file is truncated"),
    ("blank.png", "error", "OCR không đọc được chữ nào trong ảnh (no text found by OCR)"),
    ("bomb.zip", "error", "compression ratio over 100"),
]


@pytest.mark.parametrize("name, status, reason", CASES, ids=[c[0] for c in CASES])
def test_bad_input(tmp_path, store, run, name, status, reason):
    folder = tmp_path / "in"
    folder.mkdir()
    if name == "oversize.txt":
        (folder / name).write_text("Hội Cựu chiến binh. " * 100_000, encoding="utf-8")  # about 2 MiB
    else:
        shutil.copy(BAD / name, folder / name)
    shutil.copy(GOOD / "utf8.txt", folder / "good.txt")  # the batch goes on past the bad file

    summary = run(folder, max_file_mb=1)

    rows = store.conn.execute("SELECT source, status, reason FROM run_files WHERE status NOT IN ('ok')").fetchall()
    [(source, got_status, got_reason)] = [r for r in rows if name in r[0]]
    assert got_status == status
    assert reason in got_reason
    assert source.endswith(name) or source.endswith(name + "!bom.txt")
    assert summary.counts["ok"] >= 1  # good.txt (and the good lines of bad_lines.jsonl)
    [line] = summary.lines
    assert name in line and reason in line and "\n" not in line
    if status == "error":
        assert summary.exit_code == 1
        assert line.startswith("lỗi: ")
    else:  # skipped files are named too, with their reason (issue 16), and do not fail the run
        assert summary.exit_code == 0 and summary.counts["skipped"] == 1
        assert line.startswith("bỏ qua: ")


def test_invalid_json_line_keeps_good_lines(store, run):
    summary = run(BAD / "bad_lines.jsonl")
    assert summary.counts["ok"] == 2 and summary.counts["error"] == 1
    sources = [r[0] for r in store.conn.execute("SELECT source FROM sources ORDER BY source")]
    assert [s.rsplit("/", 1)[-1] for s in sources] == ["bad_lines.jsonl#1", "bad_lines.jsonl#3"]
    assert summary.line() == "ingested 2, unchanged 0, duplicates 0, failed 1"
