"""Single files that once aborted or silently thinned a batch (issue 17): names that are not UTF-8,
zip-based documents that unpack to gigabytes, members named ../x, symlink loops, and a time limit
that gave reading and building a document 60 s each."""
from __future__ import annotations

import io
import os
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from ingest_helpers import GOOD

TEXT = "Năm 2017, Hội Cựu chiến binh tỉnh Nghệ An đã trao 320 phần quà cho hội viên khó khăn.\n"


def _bytes_path(folder: Path, raw: bytes) -> Path:
    """A file whose name is the given bytes (Linux names are bytes, not text)."""
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
    path.write_text(TEXT + raw.decode("latin-1") + "\n", "utf-8")
    return path


# --- 5. names that are not UTF-8 -------------------------------------------------------------

def test_non_utf8_names_are_stored_losslessly_and_reported_readably(tmp_path, store, run):
    from ingest.names import name_bytes

    folder = tmp_path / "in"
    folder.mkdir()
    latin = _bytes_path(folder, b"b\xe1o-c\xe1o-2017.txt")  # Latin-1 "báo-cáo", invalid UTF-8
    sub = Path(os.fsdecode(os.fsencode(folder) + b"/th\xf0-m\xfcc"))
    sub.mkdir()
    nested = _bytes_path(sub, b"tin.txt")
    (folder / "tot.txt").write_text(TEXT.replace("320", "321"), "utf-8")
    (folder / "a\\b.txt").write_text(TEXT.replace("320", "322"), "utf-8")  # a backslash in a good name
    (folder / "a\\x5c.txt").write_text(TEXT.replace("320", "326"), "utf-8")  # a good name shaped like an escape
    empty = Path(os.fsdecode(os.fsencode(folder) + b"/r\xf6ng.txt"))
    empty.write_bytes(b"")

    summary = run(folder)
    assert summary.counts["ok"] == 5 and summary.counts["error"] == 1, (summary.counts, summary.lines)
    sources = [r[0] for r in store.conn.execute("SELECT source FROM sources")]
    # every stored name is text SQLite accepts, and gives back the exact bytes of the path
    assert sorted(name_bytes(s) for s in sources) == sorted(
        os.fsencode(p) for p in (latin, nested, folder / "tot.txt", folder / "a\\b.txt", folder / "a\\x5c.txt"))
    assert any(s.endswith("/b\\xe1o-c\\xe1o-2017.txt") for s in sources), sources
    assert any(s.endswith("/a\\b.txt") for s in sources)  # a good name is kept as it is
    assert any(s.endswith("/a\\x5cx5c.txt") for s in sources)  # ... unless it looks escaped
    [line] = summary.lines
    assert line.startswith("lỗi: ") and "r\\xf6ng.txt" in line and "tệp rỗng" in line
    line.encode("utf-8")  # printable on any terminal
    again = run(folder)
    assert again.counts["unchanged"] == 5 and again.counts["ok"] == 0, again.counts


NAME_BYTES = st.binary(min_size=1, max_size=30).filter(lambda b: b"\x00" not in b)


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_BYTES, min_size=2, max_size=2, unique=True))
def test_name_text_is_lossless_and_injective(pair):
    from ingest.names import name_bytes, text_name

    texts = [text_name(os.fsdecode(raw)) for raw in pair]
    for raw, text in zip(pair, texts):
        text.encode("utf-8")  # storable
        assert name_bytes(text) == raw
    assert texts[0] != texts[1]


# --- 6. zip-based documents: member limits, characters, one time limit ------------------------

def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, replace.get(item.filename, src.read(item.filename)))
        for name, body in replace.items():
            if name not in src.namelist():
                dst.writestr(name, body)
    return out.getvalue()


def _docx_bomb(paragraphs: int) -> bytes:
    body = b"<w:p><w:r><w:t>" + b"a" * 400 + b"</w:t></w:r></w:p>"
    xml = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body * paragraphs + b"</w:body></w:document>")
    return _rezip((GOOD / "report.docx").read_bytes(), {"word/document.xml": xml})


def _xlsx_bomb(rows: int) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Hội Cựu chiến binh"
    buf = io.BytesIO()
    book.save(buf)
    row = "<row>" + '<c t="inlineStr"><is><t>' + "b" * 400 + "</t></is></c>" + "</row>"
    xml = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main"><sheetData>' + row * rows + "</sheetData></worksheet>").encode()
    return _rezip(buf.getvalue(), {"xl/worksheets/sheet1.xml": xml})


def _odt_bomb(paragraphs: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:'
                   'tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                   "<office:body><office:text>" + ("<text:p>" + "c" * 400 + "</text:p>") * paragraphs
                   + "</office:text></office:body></office:document-content>")
    return out.getvalue()


@pytest.mark.parametrize("suffix, make", [(".docx", _docx_bomb), (".xlsx", _xlsx_bomb), (".odt", _odt_bomb)],
                         ids=["docx", "xlsx", "odt"])
def test_zip_based_formats_get_the_zip_limits(tmp_path, store, run, suffix, make):
    """A 0.9 MB .docx once unpacked to 155 million characters and 2 GB of RAM: every zip-based
    format is checked member by member, as .zip archives are, before its parser runs."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"bom{suffix}").write_bytes(make(60_000))  # ~24 MB of XML, ~0.1 MB packed
    shutil.copy(GOOD / "utf8.txt", folder / "good.txt")
    started = time.monotonic()
    summary = run(folder)
    assert time.monotonic() - started < 20
    assert summary.counts["ok"] == 1 and summary.counts["error"] == 1, summary.lines
    [line] = summary.lines
    assert f"bom{suffix}" in line and "compression ratio over" in line, line


def test_characters_per_document_are_capped(tmp_path, store, run, monkeypatch):
    monkeypatch.setenv("BAOCAO_MAX_DOC_CHARS", "20000")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dai.docx").write_bytes(_docx_bomb(60))  # ~24,000 characters, ratio well under the limit
    (folder / "dai.txt").write_text(TEXT * 300, "utf-8")
    (folder / "ngan.txt").write_text(TEXT, "utf-8")
    summary = run(folder)
    assert summary.counts["ok"] == 1 and summary.counts["error"] == 2, summary.lines
    assert all("characters" in line and "20000" in line for line in summary.lines), summary.lines


def test_one_time_limit_covers_reading_and_building(monkeypatch):
    """The limit is per document, reading and building together: what reading took is gone when the
    extractor runs (each once had its own doc_timeout_s)."""
    import signal

    from ingest import work
    from ingest_helpers import remaining_time_extract, SEEN

    from ingest.readers import reader_for

    monkeypatch.setenv("BAOCAO_DOC_TIMEOUT_S", "60")
    data = _docx_bomb(2000)  # 2,000 paragraphs: python-docx takes a while, the packed XML is small
    reader_for("dai.docx")  # imported before the clock starts: the limit counts reading, not imports
    work.init_worker(remaining_time_extract, None, None, None)
    try:
        SEEN.clear()
        started = time.monotonic()
        [result] = work.read_file("dai.docx", data, "dai.docx")
    finally:
        work.close_worker()
    assert result.error is None, result.error
    [(remaining, at)] = SEEN
    spent = at - started
    assert spent > 0.05  # reading takes a while
    assert remaining <= 60 - spent + 0.01, (remaining, spent)
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # the alarm is off again


# --- 7. nothing dropped without a line --------------------------------------------------------

def test_unsafe_zip_member_names_are_named(tmp_path, store, run):
    archive = tmp_path / "in" / "goi.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../ra-ngoai.txt", TEXT)
        z.writestr("/tuyet-doi.txt", TEXT.replace("320", "323"))
        z.writestr("a/../../len-tren.txt", TEXT.replace("320", "324"))
        z.writestr("tot.txt", TEXT.replace("320", "325"))
        z.writestr(".an/khong-ke.txt", TEXT)  # hidden: still left out, as before
    summary = run(archive.parent)
    assert summary.counts["ok"] == 1 and summary.counts["error"] == 3, (summary.counts, summary.lines)
    rows = dict(store.conn.execute("SELECT source, reason FROM run_files WHERE status = 'error'").fetchall())
    for member in ("../ra-ngoai.txt", "/tuyet-doi.txt", "a/../../len-tren.txt"):
        [reason] = [r for s, r in rows.items() if s.endswith("!" + member)]
        assert "unsafe member name" in reason
        assert any(member in line and "unsafe member name" in line for line in summary.lines)


def test_symlink_loops_and_dangling_links_are_named(tmp_path, store, run):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tot.txt").write_text(TEXT, "utf-8")
    (folder / "vong-a.txt").symlink_to(folder / "vong-b.txt")
    (folder / "vong-b.txt").symlink_to(folder / "vong-a.txt")
    (folder / "hong.txt").symlink_to(folder / "khong-co.txt")
    (tmp_path / "khac").mkdir()
    (tmp_path / "khac" / "tin.txt").write_text(TEXT, "utf-8")
    (folder / "thu-muc").symlink_to(tmp_path / "khac")  # not followed (it could lead back up), but said
    summary = run(folder)
    assert summary.counts["ok"] == 1 and summary.counts["error"] == 3, (summary.counts, summary.lines)
    rows = dict(store.conn.execute("SELECT source, reason FROM run_files WHERE status = 'error'").fetchall())
    assert {Path(s).name: r for s, r in rows.items()}.keys() == {"vong-a.txt", "vong-b.txt", "hong.txt"}
    assert all("symlink loop" in r for s, r in rows.items() if "vong" in s)
    assert "broken symlink" in rows[str(folder / "hong.txt")]
    assert summary.counts["skipped"] == 1
    assert len(summary.lines) == 4
    assert any(line.startswith("bỏ qua: ") and "thu-muc" in line and "symlinked folder" in line
               for line in summary.lines), summary.lines
