"""Exact records for the unit and value classes of round 15 (figure fig16): figures found at the right
place with a wrong unit or value on general news (dev10, test7): classifiers of people and of copies
taken as the unit, foreign currencies read as đồng, a range with its thousands written once, and a
decimal comma before three digits of a measure. Every sentence is written for the test; the code
before this round failed each case except the guards (marked).
"""
from __future__ import annotations

import pytest

from article_case import full_records


# ---------------------------------------------------------------- classifiers of people and copies

@pytest.mark.parametrize("sentence, expected", [
    ("Xưởng may có 3 cô thợ may bị ngất do nắng nóng.", [("3 cô thợ may", 3.0, None, "thợ may", "exact")]),
    ("Đội bóng vừa chiêu mộ 2 chàng tiền đạo trẻ.", [("2 chàng tiền đạo", 2.0, None, "tiền đạo", "exact")]),
    ("Nhà xuất bản in thêm 5.000 bản truyện tranh cho thiếu nhi.",
     [("5.000 bản truyện tranh", 5000.0, None, "truyện tranh", "exact")]),
    # guards: the classifier opens a word of the dictionary, of two or three syllables
    ("Trường vừa đón 4 cô giáo mới về dạy.", [("4 cô giáo", 4.0, None, "cô giáo", "exact")]),
    ("Công ty nộp 120 bản thiết kế dự thi.", [("120 bản thiết kế", 120.0, None, "bản thiết kế", "exact")]),
    # guard: alone the classifier is the counted noun
    ("Cuốn sách đã bán được 30.000 bản.", [("30.000 bản", 30000.0, None, "bản", "exact")]),
])
def test_classifiers_of_people_and_copies(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- foreign currencies

@pytest.mark.parametrize("sentence, expected", [
    ("Chính phủ Philippines chi 2,5 tỷ peso cho vùng bão.",
     [("2,5 tỷ peso", 2_500_000_000.0, None, "peso", "exact")]),
    ("Du khách tiêu khoảng 40 triệu baht mỗi ngày lễ.",
     [("khoảng 40 triệu baht", 40_000_000.0, None, "baht", "about")]),
    # a typo of "triệu" still multiplies
    ("Hãng bị phạt 12 trệu ringgit.", [("12 trệu ringgit", 12_000_000.0, None, "ringgit", "exact")]),
])
def test_foreign_currencies_after_millions(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- values

@pytest.mark.parametrize("sentence, expected", [
    ("Giá cà phê nhân dao động 30 - 32.000 đồng/kg.",
     [("30 - 32.000 đồng", 30000.0, 32000.0, "đồng", "range")]),
    # guard: both bounds written in full stay as written
    ("Giá vé từ 150.000 - 200.000 đồng.", [("từ 150.000 - 200.000 đồng", 150000.0, 200000.0, "đồng", "range")]),
    ("Tay đua về nhất với vận tốc 42,315 km/h.", [("42,315 km", 42.315, None, "km", "exact")]),
    # guard: before a count, a comma before three digits stays English thousands
    ("Lễ hội thu hút 15,200 người tham dự.", [("15,200 người", 15200.0, None, "người", "exact")]),
])
def test_range_thousands_and_decimal_comma(sentence, expected):
    assert full_records(sentence) == expected
