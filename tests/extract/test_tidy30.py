"""tidy30: one name for the foreign currencies that fig72's repeat of a foreign amount and fig74's capitalised
currency after millions each spelled as "a currency but not đồng", plain word patterns for the words around a
dashed pair of names (fig73), and one test of a purpose-phrase head for org43's word completion and the older
cut-short rule. No behaviour change: the exact records below are what the rules gave before the tidy (checked
on main c8c3832). Every sentence is written for the test."""
from __future__ import annotations

import pytest

from article_case import full_records, orgs
from extract import figures
from extract.orgs import _purpose_phrase_head


# --- the foreign currencies: every stored money unit but đồng

def test_foreign_currencies_are_the_currencies_but_dong():
    g = figures.grammar()
    assert "đồng" in g.currencies and "đồng" not in g.foreign_currencies
    assert g.foreign_currencies == g.currencies - {"đồng"}
    assert {"USD", "euro", "yên", "bảng"} <= g.foreign_currencies


@pytest.mark.parametrize("sentence, expected", [
    # a capitalised foreign currency after millions is that money (fig74) ...
    ("Đội bóng chi 40 triệu Euro để mua hậu vệ này.",
     [("40 triệu Euro", 40_000_000.0, None, "euro", "exact")]),
    ("Câu lạc bộ trả 60 triệu USD cho tiền vệ.",
     [("60 triệu USD", 60_000_000.0, None, "USD", "exact")]),
    # ... "Đồng" opens a place's name and the millions stay đồng
    ("Xã nhận 3 triệu Đồng Tháp gửi về.", [("3 triệu", 3_000_000.0, None, "đồng", "exact")]),
])
def test_a_capitalised_currency_after_millions(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a bare amount that the text gives in one foreign currency names that money again (fig72): one record
    ("Câu lạc bộ trả 60 triệu euro cho tiền vệ người Bỉ. Mức giá 60 triệu khiến nhiều người bất ngờ.",
     [("60 triệu euro", 60_000_000.0, None, "euro", "exact")]),
    # the same amount in two foreign currencies: the bare one stays đồng
    ("Công ty bán 40 triệu USD trái phiếu. Sau đó công ty mua lại 40 triệu, giá 40 triệu yên.",
     [("40 triệu USD", 40_000_000.0, None, "USD", "exact"), ("40 triệu", 40_000_000.0, None, "đồng", "exact"),
      ("40 triệu yên", 40_000_000.0, None, "yên", "exact")]),
])
def test_a_bare_amount_named_again_in_a_foreign_currency(sentence, expected):
    assert full_records(sentence) == expected


# --- a pair of names joined by a dash (fig73): the words on either side, capitalised, make full names

@pytest.mark.parametrize("sentence, expected", [
    # two full names: the duo just named, no count
    ("Tối qua, Lê Minh Hoàng – Trần Thu Hà đã song ca. Hai ca sĩ nhận được nhiều lời khen.", []),
    # single capitalised words are directions; names after a crossing are streets; a title after the dash
    ("Chiếc xe chạy hướng Nam – Bắc thì va chạm, 2 người bị thương.",
     [("2 người", 2.0, None, "người", "exact")]),
    ("Tai nạn xảy ra tại ngã tư Lê Văn Lương – Nguyễn Hữu Thọ, 2 người bị thương.",
     [("2 người", 2.0, None, "người", "exact")]),
    ("Ông Phạm Văn Tâm – Giám đốc Sở Y tế cho biết 2 người đã xuất viện.",
     [("2 người", 2.0, None, "người", "exact")]),
])
def test_a_dashed_pair_of_full_names(sentence, expected):
    assert full_records(sentence) == expected


# --- a head whose names are purpose phrases ([generic] cut_after_one_lower_heads: "Quỹ")

def test_the_purpose_phrase_head():
    assert _purpose_phrase_head("Quỹ Việc") and _purpose_phrase_head("Quỹ Hỗ trợ việc làm")
    assert not _purpose_phrase_head("Cục Hậu") and not _purpose_phrase_head("Hội Quỹ")


@pytest.mark.parametrize("sentence, expected", [
    # a name cut inside a word is taken on over it where the clause goes on (org43) ...
    ("Quỹ Việc làm đã giải ngân 4 tỷ đồng cho nông dân.", [("Quỹ Việc làm", "Quỹ Việc làm")]),
    ("Quỹ Hỗ trợ việc làm đã cho 20 hộ vay vốn.", [("Quỹ Hỗ trợ việc làm", "Quỹ Hỗ trợ việc làm")]),
    ("Quỹ Vì Trường Sa thân yêu, đã tiếp nhận 3 tỷ đồng.",
     [("Quỹ Vì Trường Sa thân yêu", "Quỹ Vì Trường Sa thân yêu")]),
    ("Cục Hậu cần đã cấp 20 xe cứu thương.", [("Cục Hậu cần", "Cục Hậu cần")]),
    # ... a level word after it is cut off
    ("Cục Thuế Thành phố đã thu 500 tỷ đồng.", [("Cục Thuế", "Cục Thuế")]),
    # ... and a purpose going on after the word, or a fund's phrase cut after one syllable, gives no name
    ("Quỹ Việc làm cho người nghèo đã hỗ trợ 30 hộ.", []),
    ("Quỹ Hỗ trợ sáng tạo đã trao 10 giải thưởng.", []),
    # names whose lower-case words end at a stop word are whole
    ("Quỹ Bảo trợ trẻ em đã trao 100 suất quà.", [("Quỹ Bảo trợ trẻ em", "Quỹ Bảo trợ trẻ em")]),
    ("Cục Quản lý cạnh tranh đã xử phạt 3 doanh nghiệp.",
     [("Cục Quản lý cạnh tranh", "Cục Quản lý cạnh tranh")]),
])
def test_a_name_cut_inside_a_word(sentence, expected):
    assert orgs(sentence) == expected
