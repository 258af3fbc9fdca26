"""Exact records for the figure classes of round 20 (general news): a closing quote written after a
multiplier word or any word is no inch mark (only a mark straight after a digit is). Every sentence is
written for the test; guards (marked) show what these rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ('Bà kể: "Cả kho lúa bị cháy, thiệt hại khoảng trên 100 triệu”, rồi lặng im.',
     [("khoảng trên 100 triệu", 100000000.0, None, "đồng", "about")]),
    ('Ông nói: "Gia đình tôi mất khoảng 2 tỷ”, giọng nghẹn lại.',
     [("khoảng 2 tỷ", 2000000000.0, None, "đồng", "about")]),
    ('Chị nói: "Nhà tôi còn 3 con bò”, rồi quay đi.', [("3 con bò", 3.0, None, "bò", "exact")]),
    # guard: the mark straight after a digit is still the inch
    ("Bản thể thao dùng la-zăng 18” và 8 túi khí.",
     [("18”", 18.0, None, "inch", "exact"), ("8 túi khí", 8.0, None, "túi khí", "exact")]),
])
def test_a_closing_quote_after_a_word_is_no_inch(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a head the segmenter cuts off from the noun written after it
    ("Viện đã đăng 45 bài nghiên cứu trên các tạp chí.",
     [("45 bài nghiên cứu", 45.0, None, "bài nghiên cứu", "exact")]),
    ("Diễn đàn quy tụ lãnh đạo 12 nền kinh tế.", [("12 nền kinh tế", 12.0, None, "nền kinh tế", "exact")]),
    ("Mỗi bệnh nhân nghèo được tặng ba phiếu cơm.", [("ba phiếu cơm", 3.0, None, "phiếu cơm", "exact")]),
    # a people's classifier before the noun it counts
    ("Cô giáo đưa ba cậu học trò đi thi.", [("ba cậu học trò", 3.0, None, "học trò", "exact")]),
    # guards: votes keep "phiếu" before how they were cast; "bài" before a verb stays; "cậu bé" is one word
    ("Nghị quyết được thông qua với 80 phiếu thuận, 12 phiếu chống.",
     [("80 phiếu", 80.0, None, "phiếu", "exact"), ("12 phiếu", 12.0, None, "phiếu", "exact")]),
    ("Ông nhận 150 phiếu tín nhiệm cao.", [("150 phiếu", 150.0, None, "phiếu", "exact")]),
    ("Với 15 bài đăng trên báo, anh được khen.", [("15 bài", 15.0, None, "bài", "exact")]),
    ("Ba cậu bé được cứu sống.", [("Ba cậu bé", 3.0, None, "cậu bé", "exact")]),
    ("Cả 4 cậu đều đỗ đại học.", [("4 cậu", 4.0, None, "cậu", "exact")]),
])
def test_counted_nouns_are_not_cut_short(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bố của hai em làm phụ hồ ở thành phố.", []),
    ("Mẹ của hai em đưa các con lên phố làm thuê.", []),
    ("Buổi gặp giữa hai nhân vật từng chỉ trích nhau được chú ý.", []),
    ("Hai người gắn bó 7 năm rồi chia tay.", []),
    # guards: a noun going on after the pair, a first count of people or characters
    ("Đây là quyền lợi của hai người lao động bị sa thải.",
     [("hai người", 2.0, None, "người", "exact")]),
    ("Trường có 20 em học sinh nghèo.", [("20 em học sinh", 20.0, None, "học sinh", "exact")]),
    ("Bộ phim có hai nhân vật chính.", [("hai nhân vật", 2.0, None, "nhân vật", "exact")]),
    ("Hai người bị thương nặng.", [("Hai người", 2.0, None, "người", "exact")]),
])
def test_counts_pointing_back_to_the_people_of_the_story(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a night named by its event is a show counted; "đêm" alone stays a span of time
    ("Chương trình có 6 đêm thi trực tiếp.", [("6 đêm thi", 6.0, None, "đêm thi", "exact")]),
    ("Thành phố tổ chức 3 đêm pháo hoa dịp lễ.", [("3 đêm pháo hoa", 3.0, None, "đêm pháo hoa", "exact")]),
    ("Họ đi bộ 3 đêm liền.", []),
    # a unit of length ends where it is written, whatever the next word
    ("Đồng hồ có màn hình 1,2 inch độ phân giải 360x360 pixel.", [("1,2 inch", 1.2, None, "inch", "exact")]),
])
def test_event_nights_and_a_unit_of_length_end_where_written(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a range of two years before a word that is no unit is a span of years, as a year alone is
    ("Giấy phép có thời hạn 2021-2025 cấp cho công ty B.", []),
    ("Quỹ giai đoạn 2021-2025 cấp vốn cho 40 xã.", [("40 xã", 40.0, None, "xã", "exact")]),
    # guard: a range of year-like numbers before a unit we know is a count
    ("Có 2000-2500 người tham dự lễ hội.", [("2000-2500 người", 2000.0, 2500.0, "người", "range")]),
])
def test_a_range_of_years_is_no_count(sentence, expected):
    assert full_records(sentence) == expected
