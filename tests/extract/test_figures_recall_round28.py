"""Exact records for fig42 (round 28): missed figures of vague amounts and units of their own. "mấy"
(several) before a multiplier is a vague amount like "vài" ("mấy chục kí" -> 10, over); a bare "trăm"
before a multiplier is a hundred of it ("bỏ trăm triệu" -> 100000000, exact; extract/data/numbers.toml
[vague]); "chỉ" at a clause's end or before "và"/"hoặc" after a number is the weight of gold; the host of
a show is counted as "mc" (extract/data/units.toml). Every sentence is written for the test; guards
(marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Mùa hè ấy anh vác mấy chục kí gạo lên núi.",
     [("mấy chục kí", 10.0, None, "kí", "over")]),
    ("Bà con phải đi bộ mấy chục cây số mới tới chợ.",
     [("mấy chục cây số", 10.0, None, "cây số", "over")]),
    ("Sau vụ lừa đảo, ông mất mấy trăm triệu tiền tích cóp.",
     [("mấy trăm triệu", 100000000.0, None, "đồng", "over")]),
    # guard: "mấy" before a noun asks how many, or is a few years; no number
    ("Mấy người dân trong xóm đã đến giúp.", []),
    ("Đã mấy năm trôi qua kể từ ngày ấy.", []),
])
def test_several_before_a_multiplier_is_a_vague_amount(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chủ quán tiết lộ đã bỏ trăm triệu sửa lại mặt bằng.",
     [("trăm triệu", 100000000.0, None, "đồng", "exact")]),
    ("Gia đình nọ chi trăm tỷ đồng xây biệt phủ.",
     [("trăm tỷ đồng", 100000000000.0, None, "đồng", "exact")]),
    # guard: a number word before "trăm" makes one number with it; "trăm" before a noun is speech
    ("Doanh nghiệp ủng hộ hai trăm triệu đồng cho quỹ.",
     [("hai trăm triệu đồng", 200000000.0, None, "đồng", "exact")]),
    ("Chúc cô dâu chú rể trăm năm hạnh phúc.", []),
])
def test_a_bare_hundred_before_a_multiplier(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Khách chủ yếu mua nhẫn trơn loại 1 chỉ hoặc 3 chỉ, coi như lấy may.",
     [("1 chỉ", 1.0, None, "chỉ", "exact"), ("3 chỉ", 3.0, None, "chỉ", "exact")]),
    ("Mỗi chiếc kiềng nặng 5 chỉ, được chế tác thủ công.",
     [("5 chỉ", 5.0, None, "chỉ", "exact")]),
    # guard: before a word "chỉ" is "only": the number belongs to a model name
    ("Chiếc Galaxy Tab 4 chỉ có một cổng sạc.", []),
])
def test_a_weight_of_gold_in_chi(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đêm gala có ba MC dẫn dắt và hàng trăm khán giả.",
     [("ba MC", 3.0, None, "mc", "exact"), ("hàng trăm khán giả", 100.0, None, "khán giả", "over")]),
])
def test_the_hosts_of_a_show_are_counted_as_mc(sentence, expected):
    assert full_records(sentence) == expected


def test_a_bare_hundred_thousand_is_countless_not_a_figure():
    # guard: "trăm ngàn" alone is a figure of speech (countless); only millions and billions are sums
    assert full_records("Đời có trăm ngàn cảnh éo le mà ai cũng phải trải qua.") == []


def test_several_after_a_tens_word_is_a_digit_of_that_number():
    # guard: "mười mấy tỷ" (ten-odd billion) has no value of its own; "mấy" is not "vài" there
    assert full_records("Hắn lừa đảo tới mười mấy tỷ của bà con.") == []
