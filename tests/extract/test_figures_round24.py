"""Exact records for the figure classes of round 24 (dev15's errors, general news): a decimal with a
leading zero, dollars of other countries, a film counted at its head, compounds whose first syllable is
a classifier or another noun, and "chú" before an animal. Every sentence is written for the test;
guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # a thousands group never follows a lone "0"
    ("Mỗi lượt tải chỉ tốn 0,002 USD cho nhà phát triển.",
     [("0,002 USD", 0.002, None, "USD", "exact")]),
    ("Lãi suất giảm còn 0.004% một ngày.", [("0.004%", 0.004, None, "%", "exact")]),
    # guards: thousands groups after a non-zero digit
    ("Xã có 2.500 hộ dân.", [("2.500 hộ", 2500.0, None, "hộ", "exact")]),
])
def test_a_decimal_with_a_leading_zero(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Học phí năm đầu khoảng 25.000 đô la New Zealand.",
     [("khoảng 25.000 đô la New Zealand", 25000.0, None, "đô-la new zealand", "about")]),
    ("Vé vào cửa giá 40 đô la Hong Kong.", [("40 đô la Hong Kong", 40.0, None, "đô-la hồng kông", "exact")]),
    # guard: a bare dollar is the US dollar
    ("Anh trả 300 đô la tiền phòng.", [("300 đô la", 300.0, None, "USD", "exact")]),
])
def test_a_dollar_of_another_country_keeps_its_country(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đạo diễn đã làm hơn 30 bộ phim tài liệu về biển đảo.",
     [("hơn 30 bộ phim", 30.0, None, "phim", "over")]),
    ("Liên hoan chiếu 12 phim hoạt hình của thiếu nhi.", [("12 phim", 12.0, None, "phim", "exact")]),
])
def test_a_film_is_counted_at_its_head(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nhóm vũ trang còn giữ 14 con tin ở vùng núi.", [("14 con tin", 14.0, None, "con tin", "exact")]),
    ("Cô dâu nhận 4 món quà từ họ hàng.", [("4 món quà", 4.0, None, "món quà", "exact")]),
    ("Nhà hàng phục vụ 6 tiệc cưới mỗi cuối tuần trong mùa cưới.",
     [("6 tiệc cưới", 6.0, None, "tiệc cưới", "exact")]),
    ("Chiếc máy phát hỗ trợ hai băng tần cùng lúc.", [("hai băng tần", 2.0, None, "băng tần", "exact")]),
    ("Trường đã tổ chức 250 bài kiểm tra trực tuyến.",
     [("250 bài kiểm tra", 250.0, None, "bài kiểm tra", "exact")]),
    # guards: the classifier still drops before a plain noun
    ("Trang trại nuôi 40 con lợn rừng.", [("40 con lợn rừng", 40.0, None, "lợn rừng", "exact")]),
])
def test_a_compound_whose_first_syllable_is_a_classifier_stays_whole(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Vườn thú vừa nhận thêm 3 chú hổ từ Thái Lan.", [("3 chú hổ", 3.0, None, "hổ", "exact")]),
    # guard: a word of the dictionary that opens with "chú" stays whole
    ("Lễ cưới tập thể có 12 chú rể.", [("12 chú rể", 12.0, None, "chú rể", "exact")]),
])
def test_chu_before_an_animal_is_a_classifier(sentence, expected):
    assert full_records(sentence) == expected
