import unicodedata

import pytest

from ingest.normalize import doc_id, normalize_text, normalize_title


@pytest.mark.parametrize(
    "written, stored",
    [
        ("hoà bình", "hòa bình"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("thuỷ lợi", "thủy lợi"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("UỶ BAN", "ỦY BAN"),
        ("sức khoẻ", "sức khỏe"),
        ("tuỳ", "tùy"),
        ("qúa trình", "quá trình"),
        # already traditional, or written the same in both styles: unchanged
        ("hòa bình", "hòa bình"),
        ("hoàn thành", "hoàn thành"),
        ("ngoài", "ngoài"),
        ("khuỷu tay", "khuỷu tay"),
        ("quý", "quý"),
        ("quỳ", "quỳ"),
        ("thuyền", "thuyền"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_tone_mark_placement(written, stored):
    assert normalize_text(written) == stored


def test_both_spellings_get_one_id():
    assert doc_id(normalize_text("Uỷ ban hoà giải")) == doc_id(normalize_text("Ủy ban hòa giải"))


def test_decomposed_input_becomes_nfc():
    decomposed = unicodedata.normalize("NFD", "Hội Cựu chiến binh")
    assert normalize_text(decomposed) == "Hội Cựu chiến binh"
    assert unicodedata.is_normalized("NFC", normalize_text(decomposed))


def test_whitespace_keeps_paragraphs_and_pages():
    raw = "  Dòng  một\t có\u00a0tab \r\n\r\n\r\n\r\nĐoạn hai\u200b\n \f \nTrang hai  "
    assert normalize_text(raw) == "Dòng một có tab\n\nĐoạn hai\fTrang hai"


def test_title_is_one_line():
    assert normalize_title("  Báo cáo\n kết quả  năm 2016 ") == "Báo cáo kết quả năm 2016"


def test_id_is_stable_hex():
    assert doc_id("abc") == "ba7816bf8f01cfea"
