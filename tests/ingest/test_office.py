"""Word 97 .doc, .rtf, .odt (LibreOffice) and Excel .xlsx/.xls readers, on the corpus samples.

Measured on these samples (see the report of issue 14): antiword reads a .doc in ~7 ms but
without fonts (so no .VnTimeH capitals, no per-run decisions); LibreOffice takes ~1.5-2.5 s and
keeps fonts and tables. These tests need LibreOffice (CI installs it through .ci/run)."""
from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest

from ingest import work
from ingest.readers import reader_for
from ingest.readers.sheet import format_number

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
BAD = ROOT / "tests" / "fixtures" / "bad"
needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
MOJIBAKE = set("¸µ¶·¹ÕÒÓÔÖ×ØÜÝÞßæçèéêëìíîïñòóôõö÷øùúûüýþ®©ª«¬") - set("àáâãèéêìíòóôõùúý")


def read(name: str, folder: Path = CORPUS):
    if folder == CORPUS:
        return _read_corpus(name)
    path = folder / name
    return list(reader_for(name).read(str(path), path.read_bytes(), name))


@cache  # each sample converted once (LibreOffice takes seconds)
def _read_corpus(name: str):
    path = CORPUS / name
    return list(reader_for(name).read(str(path), path.read_bytes(), name))


@needs_office
def test_doc_mixing_unicode_and_vntime_paragraphs():
    [doc] = read("2009-nghe-an-bao-cao-phoi-hop-ccb.doc")
    lines = doc.text.splitlines()
    assert doc.notes == ["chuyển mã TCVN3 → Unicode"]
    assert lines[0] == "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN - HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN"  # Unicode paragraph
    assert lines[1] == "BÁO CÁO KẾT QUẢ PHỐI HỢP NĂM 2009"  # .VnTimeH: upper case
    assert ("Hai bên phối hợp tổ chức 286 buổi nói chuyện truyền thống cho hơn 31.500 lượt học sinh, "
            "đoàn viên thanh niên và dân quân tự vệ.") in lines  # .VnTime
    assert "Quỹ hỗ trợ hội viên nghèo của Hội đạt 1,8 tỷ đồng, giúp 310 hộ vay vốn phát triển sản xuất." in lines
    assert not MOJIBAKE & set(doc.text)


@needs_office
def test_doc_table_rows():
    [doc] = read("2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc")
    assert doc.format == "doc" and doc.notes == []
    assert "Nội dung | Đơn vị tính | Năm 2010 | Năm 2011\nLớp cảm tình đoàn cho thanh niên nhập ngũ | lớp | 18 | 21" in doc.text
    assert "Kinh phí tặng quà tân binh | triệu đồng | 292 | 386,3" in doc.text


@needs_office
def test_doc_all_legacy_and_rtf():
    [doc] = read("2012-quang-nam-bao-cao-so-ket-phoi-hop-hoi-nong-dan.doc")
    assert doc.text.startswith("BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NAM\n")
    assert "hỗ trợ 48 con bò giống cho hộ nghèo là gia đình chính sách, trị giá 432 triệu đồng" in doc.text
    [rtf] = read("2014-long-an-bao-cao-phoi-hop-hoi-lhpn.rtf")
    assert rtf.format == "rtf"
    assert "Hai bên tổ chức 96 buổi tuyên truyền cho 8.400 lượt hội viên phụ nữ" in rtf.text


def test_workbooks():
    [xlsx] = read("2016-lao-cai-phu-luc-ket-qua-phoi-hop-tinh-doan.xlsx")
    assert xlsx.title.startswith("Phụ lục kết quả thực hiện Chương trình phối hợp")
    assert "TT | Nội dung | Đơn vị tính | 2014 | 2015 | 2016 | Ghi chú" in xlsx.text
    assert "6 | Kinh phí hỗ trợ thanh niên xuất ngũ học nghề | triệu đồng | 185 | 210 | 246,5" in xlsx.text
    [xls] = read("2015-khanh-hoa-phu-luc-ket-qua-phoi-hop-ccb.xls")
    assert xls.notes == ["chuyển mã TCVN3 → Unicode"]  # the .VnTime cells
    assert xls.text.startswith("PHỤ LỤC\nKết quả thực hiện phối hợp giữa Bộ CHQS tỉnh và Hội CCB tỉnh Khánh Hòa")
    assert "5 | Thăm hỏi, tặng quà gia đình chính sách | suất | 640 | 700 | 725 | 810" in xls.text
    assert not MOJIBAKE & set(xls.text)


def test_numbers_are_written_the_vietnamese_way():
    assert [format_number(v) for v in (1500.0, 2019, 246.5, 0.25)] == ["1500", "2019", "246,5", "0,25"]


@pytest.mark.parametrize("name,reason", [
    ("truncated.doc", "tệp .doc bị cắt cụt (truncated Word 97 file"),
    ("password.doc", "tệp .doc được bảo vệ bằng mật khẩu (password-protected Word 97 file)"),
    ("password.xls", "tệp .xls được bảo vệ bằng mật khẩu (password-protected Excel 97 file)"),
    ("truncated.xlsx", "tệp .xlsx hỏng (broken xlsx: BadZipFile"),
    ("not_really.rtf", "không phải tệp .rtf (not a .rtf file: wrong signature)"),
], ids=lambda v: v if "." in v and " " not in v else "")
def test_broken_files_give_one_clear_error(name, reason):
    [result] = work.read_file(str(BAD / name), (BAD / name).read_bytes(), name)
    assert result.document is None and result.error.startswith(reason), result.error
    assert "\n" not in result.error


def test_missing_libreoffice_names_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a machine without soffice on its PATH
    [result] = work.read_file("a.doc", (CORPUS / "2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc").read_bytes(), "a.doc")
    assert result.error == "cần LibreOffice để đọc Word 97 .doc (install the Debian package libreoffice-writer-nogui)"


@needs_office
def test_odt(tmp_path):
    """OpenDocument text: the .doc sample saved as .odt by LibreOffice reads the same."""
    import subprocess

    src = tmp_path / "in.doc"
    src.write_bytes((CORPUS / "2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc").read_bytes())
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--convert-to", "odt", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True,
                   timeout=300)
    [odt] = read("in.odt", tmp_path)
    [doc] = read("2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc")
    assert odt.format == "odt" and odt.text == doc.text


def test_docx_runs_decide_one_by_one(tmp_path):
    """One paragraph mixing a Unicode run, a .VnTime run and a VNI-Times run; a Unicode run typed in
    an old font stays; a table cell in .VnTimeH comes out in capitals. No LibreOffice needed."""
    import docx

    from ingest import legacy

    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, font in (("Hội CCB ", "Times New Roman"), (legacy.encode("tặng 120 suất quà ", "TCVN3"), ".VnTime"),
                       (legacy.encode("cho người nghèo", "VNI"), "VNI-Times")):
        paragraph.add_run(text).font.name = font
    document.add_paragraph().add_run("Hội Nông dân tỉnh").font.name = ".VnTime"  # already Unicode
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run(legacy.encode("nội dung", "TCVN3")).font.name = ".VnTimeH"
    table.cell(0, 1).paragraphs[0].add_run("đơn vị tính").font.name = "Arial"
    path = tmp_path / "runs.docx"
    document.save(path)
    [doc] = read("runs.docx", tmp_path)
    assert doc.text.splitlines()[:3] == ["Hội CCB tặng 120 suất quà cho người nghèo", "Hội Nông dân tỉnh",
                                         "NỘI DUNG | đơn vị tính"]
    assert doc.notes == ["chuyển mã TCVN3 → Unicode", "chuyển mã VNI → Unicode"]
