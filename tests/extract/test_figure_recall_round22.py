"""Exact records for figures lost or cut on fresh general news (round 22): a one-syllable measure
word that opens another word ("cuộc tấn công" counts attacks, not tonnes; units.toml
measures_opening_words), litres glued to the digits as a fuel consumption ("9L/100km"; volume_glued),
the slang "k" for thousands of đồng ("200k"; thousands_glued), a classifier noun of the lexicon or
"trận" before a two-syllable word ("cơn địa chấn"; [bound] prefixes, nc_not_prefixes) and currencies
written in capitals ("NDT", "Bitcoin"). Every sentence is written for the test; each class has a
guard that the plain reading next to it stays.
"""
from __future__ import annotations

import pytest

from article_case import range_records


@pytest.mark.parametrize("sentence, expected", [
    # a measure word opening a word of the lexicon is no measure
    ("Hệ thống đã chặn khoảng 2.500 cuộc tấn công mạng trong tháng.",
     [("khoảng 2.500 cuộc tấn công", 2500.0, None, "tấn công")]),
    # guards: tonnes stay, also before "tới" ("tấn tới" is a word of the dictionary, no entry of the lexicon)
    ("Hợp tác xã thu hoạch 12 tấn lúa.", [("12 tấn", 12.0, None, "tấn")]),
    ("Công ty chở 300 tấn tới Hải Phòng.", [("300 tấn", 300.0, None, "tấn")]),
])
def test_a_measure_word_inside_another_word(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Xe tiêu hao khoảng 7L/100km trên cao tốc và 10-11L/100km trong phố.",
     [("khoảng 7L", 7.0, None, "l"), ("10-11L", 10.0, 11.0, "l")]),
    ("Động cơ có dung tích 3.5L, công suất 280 mã lực.",
     [("3.5L", 3.5, None, "l"), ("280 mã lực", 280.0, None, "mã lực")]),
    # guard: an engine class names the trim, no figure
    ("Bản 1.8L có giá 650 triệu đồng.", [("650 triệu đồng", 650000000.0, None, "đồng")]),
])
def test_glued_litres(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mỗi bữa sáng cả nhà tiêu hết 150k.", [("150k", 150000.0, None, "đồng")]),
    ("Cà chua ngoài chợ 15 - 25k/kg.", [("15 - 25k", 15000.0, 25000.0, "đồng")]),
    ("Tiền học thêm cho con: 300k - 2 triệu.", [("300k - 2 triệu", 300000.0, 2000000.0, "đồng")]),
    ("Clip đã đạt 250k lượt xem.", [("250k lượt", 250000.0, None, "lượt")]),
    # guards: a purity of gold, a capital K (a screen format)
    ("Chiếc nhẫn làm bằng vàng 18k.", []),
    ("Tivi có độ phân giải 4K.", []),
    ("Màn hình cảm ứng có độ phân giải 920k.", []),
])
def test_k_is_thousands(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Khu vực ghi nhận 120 trận động đất trong năm.", [("120 trận động đất", 120.0, None, "trận động đất")]),
    ("Đêm qua có 35 cơn địa chấn nhỏ.", [("35 cơn địa chấn", 35.0, None, "cơn địa chấn")]),
    ("Bệnh viện thực hiện 40 ca phẫu thuật.", [("40 ca phẫu thuật", 40.0, None, "ca phẫu thuật")]),
    # guard: a longer word the segmenter found stands ("trận đấu", then "loại trực tiếp")
    ("Giải có 12 trận đấu loại trực tiếp.", [("12 trận đấu", 12.0, None, "trận đấu")]),
    # guard: a classifier noun of people is no prefix
    ("Xã có 3 ông bà cao tuổi.", [("3 ông bà", 3.0, None, "ông bà")]),
])
def test_classifier_noun_before_a_word(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Doanh thu đạt 30 triệu NDT.", [("30 triệu NDT", 30000000.0, None, "nhân dân tệ")]),
    ("Quỹ này nắm giữ 2 triệu Bitcoin.", [("2 triệu Bitcoin", 2000000.0, None, "bitcoin")]),
    # guard: a bare amount of millions stays đồng
    ("Anh nhận 8 triệu.", [("8 triệu", 8000000.0, None, "đồng")]),
])
def test_currencies_in_capitals(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cô người mẫu có chiều cao 1m7.", [("1m7", 1.7, None, "m")]),
    ("Cậu bé cao 1m48.", [("1m48", 1.48, None, "m")]),
    # guard: a glued 2 or 3 is an area or a volume
    ("Căn phòng chỉ rộng 9m2.", [("9m2", 9.0, None, "m2")]),
])
def test_heights_in_tenths(sentence, expected):
    assert range_records(sentence) == expected
