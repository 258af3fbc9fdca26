"""Tables of figures (extract/tables.py, component baocao_tables): exact records for every
numeric cell of the sample annexes and of the .doc table, read through the real readers."""
from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest

from extract.cli import read_documents
from extract.pipeline import extract_document, extract_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
M = 1_000_000

# row label -> (unit, activity, {year: value}); the activity is what the row reports
LAO_CAI = {  # .xlsx, 2014-2016
    "Buổi tuyên truyền Luật Nghĩa vụ quân sự": ("buổi", "tuyen_truyen", {2014: 142, 2015: 156, 2016: 171}),
    "Lớp cảm tình đoàn cho thanh niên nhập ngũ": ("lớp", "xay_dung_to_chuc", {2014: 12, 2015: 14, 2016: 15}),
    "Thanh niên được kết nạp Đoàn trước khi nhập ngũ": ("người", "xay_dung_to_chuc", {2014: 610, 2015: 655, 2016: 702}),
    "Hiến máu tình nguyện": ("đơn vị máu", "hien_mau", {2014: 830, 2015: 915, 2016: 1040}),
    "Công trình thanh niên vùng biên": ("công trình", "phoi_hop", {2014: 6, 2015: 7, 2016: 9}),
    "Kinh phí hỗ trợ thanh niên xuất ngũ học nghề": ("đồng", "viec_lam", {2014: 185 * M, 2015: 210 * M, 2016: 246.5 * M}),
}
KHANH_HOA = {  # .xls with .VnTime cells, 2012-2015
    "Buổi nói chuyện truyền thống": ("buổi", "tuyen_truyen", {2012: 118, 2013: 124, 2014: 131, 2015: 140}),
    "Nhà đồng đội xây mới": ("nhà", "nha_o", {2012: 9, 2013: 11, 2014: 12, 2015: 14}),
    "Kinh phí xây nhà đồng đội": ("đồng", "nha_o", {2012: 360 * M, 2013: 440 * M, 2014: 480 * M, 2015: 560 * M}),
    "Hội viên tham gia Hội đồng NVQS cấp xã": ("người", "tuyen_quan", {2012: 137, 2013: 137, 2014: 140, 2015: 142}),
    "Thăm hỏi, tặng quà gia đình chính sách": ("suất", "tham_hoi_tang_qua", {2012: 640, 2013: 700, 2014: 725, 2015: 810}),
}
THAI_BINH = {  # Word 97 table, 2010-2011
    "Lớp cảm tình đoàn cho thanh niên nhập ngũ": ("lớp", "xay_dung_to_chuc", {2010: 18, 2011: 21}),
    "Thanh niên dự lớp cảm tình đoàn": ("người", "xay_dung_to_chuc", {2010: 1380, 2011: 1512}),
    "Tân binh được giao nhận": ("người", "tuyen_quan", {2010: 1460, 2011: 1545}),
    "Suất quà tặng tân binh": ("suất", "tham_hoi_tang_qua", {2010: 1460, 2011: 1545}),
    "Kinh phí tặng quà tân binh": ("đồng", "tham_hoi_tang_qua", {2010: 292 * M, 2011: 386.3 * M}),
}
SAMPLES = {
    "2016-lao-cai-phu-luc-ket-qua-phoi-hop-tinh-doan.xlsx": LAO_CAI,
    "2015-khanh-hoa-phu-luc-ket-qua-phoi-hop-ccb.xls": KHANH_HOA,
    "2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc": THAI_BINH,
}
# rows whose activity the classifier gets wrong today (it reads cue words; these labels lead with
# a generic head such as "Kinh phí" or "Hội viên"): asserted as known failures, not hidden
WRONG_ACTIVITY = {
    ("2016-lao-cai-phu-luc-ket-qua-phoi-hop-tinh-doan.xlsx", "Kinh phí hỗ trợ thanh niên xuất ngũ học nghề"),
}


def table_figures(name: str):
    if name.endswith(".doc") and shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return _table_figures(name)


@cache  # one LibreOffice conversion and one extraction per sample, whatever the number of tests
def _table_figures(name: str):
    [doc] = list(read_documents(CORPUS / name))
    figures = [f for f in extract_document(doc).figures if " | " in f.sentence]
    return doc, figures


def _row_label(sentence: str, rows: dict) -> str:
    cells = [c.strip() for c in sentence.split("|")]
    return next(c for c in cells if c in rows)


@pytest.mark.parametrize("name", SAMPLES, ids=list(SAMPLES))
def test_every_numeric_cell_is_a_figure(name):
    doc, figures = table_figures(name)
    rows = SAMPLES[name]
    got = sorted((_row_label(f.sentence, rows), f.year, f.value, f.unit) for f in figures)
    expected = sorted((label, year, float(value), unit)
                      for label, (unit, _, values) in rows.items() for year, value in values.items())
    assert got == expected
    for f in figures:
        # the offsets name the cell's number in the stored text
        assert doc.text[f.start:f.end] == f.text and f.text.replace(".", "").replace(",", "").isdigit()
        assert f.qualifier == "exact" and f.value_max is None


_KNOWN_WRONG = pytest.mark.xfail(strict=True, reason="the activity classifier misreads this label (WRONG_ACTIVITY)")


@pytest.mark.parametrize("name,label", [pytest.param(n, label, marks=[_KNOWN_WRONG] if (n, label) in WRONG_ACTIVITY else [])
                                        for n, rows in SAMPLES.items() for label in rows],
                         ids=[f"{n[:12]}-{label[:24]}" for n, rows in SAMPLES.items() for label in rows])
def test_row_activity(name, label):
    _, figures = table_figures(name)
    activities = {f.activity for f in figures if _row_label(f.sentence, SAMPLES[name]) == label}
    assert activities == {SAMPLES[name][label][1]}


def test_docx_table_with_notes_column():
    """A .docx table as read today: the 'Năm 2016' and 'Lũy kế' columns are figures, the notes are prose."""
    text = ("Kết quả cụ thể\nNội dung | Đơn vị tính | Năm 2016 | Lũy kế 2014 - 2016 | Ghi chú\n"
            "Suất quà tặng hộ nghèo | suất | 1.150 | 3.240 | đạt 100% kế hoạch\n"
            "Trị giá quà tặng | triệu đồng | 345 | 962 |\n\nNăm 2016 hai bên tặng 1.150 suất cho hộ nghèo.")
    figs = extract_text(text).figures
    got = [(f.value, f.unit, f.year, text[f.start:f.end]) for f in figs]
    assert got == [(1150.0, "suất", 2016, "1.150"), (3240.0, "suất", 2016, "3.240"), (100.0, "%", 2016, "100%"),
                   (345e6, "đồng", 2016, "345"), (962e6, "đồng", 2016, "962")]
    # the sentence restating the table's 1.150 suất for 2016 is the same result: one record, two mentions
    assert len(figs[0].mentions) == 2


def test_prose_with_bars_is_not_a_table():
    text = "Hội CCB | Bộ CHQS tỉnh phối hợp tặng 120 suất quà | năm 2016"
    assert [(f.value, f.unit) for f in extract_text(text).figures] == [(120.0, "suất quà")]
