"""Exact records for fig44 (round 27 leftovers). An abbreviation the article defines itself ("cơ sở giết
mổ (CSGM)", then "2 CSGM") is read as the words written out, its unit decided as for the spelled noun
(guideline: abbreviations expanded; "2 CSGM" -> "cơ sở" as "6 cơ sở giết mổ"); a noun going on into the
abbreviation takes all of it ("hai khu TĐC" -> "khu tái định cư"). extract/figures.py
defined_abbreviations reads the definitions in one pass a text. Every sentence is written for the test;
guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from extract.figures import defined_abbreviations

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Huyện có 4 cơ sở chế biến thủy sản (CSCBTS) đạt chuẩn, năm nay mở thêm 3 CSCBTS nữa.",
     [("4 cơ sở", 4.0, None, "cơ sở", "exact"), ("3 CSCBTS", 3.0, None, "cơ sở", "exact")]),
    # the extent is that of the words written out: "12 nhà vệ sinh công cộng" counts "nhà vệ sinh"
    ("Thành phố xây nhà vệ sinh công cộng (NVSCC) ở chợ; hiện đã có 12 NVSCC.",
     [("12 NVSCC", 12.0, None, "nhà vệ sinh", "exact")]),
    # a noun written before the abbreviation goes on into all of it
    ("Quận lắp nhà vệ sinh công cộng (VSCC) ở chợ; hiện đã có 12 nhà VSCC.",
     [("12 nhà VSCC", 12.0, None, "nhà vệ sinh công cộng", "exact")]),
    ("Người dân chờ khu dân cư (KDC) mới. Xã quy hoạch ba khu KDC cho các hộ.",
     [("ba khu KDC", 3.0, None, "khu dân cư", "exact")]),
    # guard: capitals in brackets that are not the initials of the words before them define nothing
    ("Công ty giao hàng nhanh (VNX) có 5 VNX.", []),
    # guard: a name spelled out (capitals inside) is the organisations' business, no counted noun
    ("Hội Nông Dân (HND) xã có 2 HND.", []),
])
def test_an_abbreviation_defined_in_the_article_is_counted_as_written_out(sentence, expected):
    assert full_records(sentence) == expected


def test_definitions_are_read_from_the_initials_before_the_brackets():
    text = "Đoàn kiểm tra 10 cơ sở giết mổ (CSGM) và khu tái định cư (TĐC) ở xã (UBND)."
    assert defined_abbreviations(text) == {"CSGM": "cơ sở giết mổ", "TĐC": "tái định cư"}


@pytest.mark.parametrize("sentence, expected", [
    # a law numbers its articles in digits; before a spelled number the capital "Điều" opens a sentence
    # with the verb "send"
    ("Cháy lớn tại chợ. Điều ba chiếc xe chữa cháy tới hiện trường ngay trong đêm.",
     [("ba chiếc xe chữa cháy", 3.0, None, "xe chữa cháy", "exact")]),
    # guard: an article of law stays no figure
    ("Theo Điều 12 Luật Đất đai, người dân được bồi thường.", []),
])
def test_a_spelled_number_after_a_capital_dieu_is_sent_not_an_article(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the dictionary's "phiếu bầu" is a ballot cast: the votes are counted as "phiếu", as "phiếu thuận"
    ("Ứng viên đảng Xanh nhận được 4,2 triệu phiếu bầu trong vòng đầu.",
     [("4,2 triệu phiếu", 4200000.0, None, "phiếu", "exact")]),
    ("Ông thắng với 310 phiếu bầu, đối thủ chỉ có 95 phiếu thuận.",
     [("310 phiếu", 310.0, None, "phiếu", "exact"), ("95 phiếu", 95.0, None, "phiếu", "exact")]),
])
def test_votes_cast_are_counted_as_votes(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the rest of a set of children, one of whom was just named, is counted
    ("Đứa lớn nhất đã đi làm xa. Hai đứa còn lại vẫn ở với bà ngoại.",
     [("Hai đứa", 2.0, None, "đứa", "exact")]),
    # guard: chat-style pairs stay the people of the story
    ("Hai đứa còn giận nhau mấy hôm liền.", []),
])
def test_the_remaining_children_are_counted(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what an object is made of stays in its unit (guideline "ghế nhựa", "tàu vỏ composite")
    ("Đội cứu hộ đưa 6 xuồng cao su vào vùng ngập.",
     [("6 xuồng cao su", 6.0, None, "xuồng cao su", "exact")]),
    ("Công an thu giữ 40 bẫy thép dùng săn thú.",
     [("40 bẫy thép", 40.0, None, "bẫy thép", "exact")]),
    # guard: timber and concrete are left out of built things
    ("Xã làm 3 cầu gỗ qua kênh.",
     [("3 cầu", 3.0, None, "cầu", "exact")]),
])
def test_a_noun_keeps_what_it_is_made_of(sentence, expected):
    assert full_records(sentence) == expected
