"""Exact records for fig57 (issue 10: figures on fresh text of our genre, read by hand in 40 unannotated
baomoi articles drawn with seed 5757): a count after a verb whose last syllable is an identifier word
("kỷ luật 13 đảng viên": "luật" alone names a law; "kiểm điểm", "thí điểm": "điểm" alone is a point of an
article) is a count; a steering committee named by its decision number ("Ban Chỉ đạo 389 tỉnh") is a name,
also in brackets, where the first word of a bracket or a quote further back is read before the number.
Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Ủy ban Kiểm tra các cấp thi hành kỷ luật 13 đảng viên.",
     [("13 đảng viên", 13.0, None, "đảng viên", "exact")]),
    ("Chi bộ phải thi hành kỷ luật chín đảng viên vi phạm.",
     [("chín đảng viên", 9.0, None, "đảng viên", "exact")]),
    ("Huyện ủy kỉ luật 4 cán bộ xã.", [("4 cán bộ", 4.0, None, "cán bộ", "exact")]),
    ("Đảng ủy kiểm điểm 12 đảng viên chưa gương mẫu.",
     [("12 đảng viên", 12.0, None, "đảng viên", "exact")]),
    ("Hội Nông dân thí điểm 5 mô hình sinh kế cho hội viên.",
     [("5 mô hình", 5.0, None, "mô hình", "exact")]),
])
def test_a_count_after_a_verb_ending_in_an_identifier_word_stays(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # guards: a law or a site named by its number is still no figure
    "Luật 13 quy định rõ việc này.",
    "Đoàn quay lại địa điểm 2 để dâng hương.",
])
def test_a_law_or_a_site_named_by_its_number_stays_out(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Ban Chỉ đạo 389 quốc gia đề nghị các lực lượng phối hợp chặt chẽ.", []),
    ("Theo BCĐ 389 tỉnh, lực lượng chức năng đã bắt giữ 120 vụ buôn lậu.",
     [("120 vụ", 120.0, "vụ")]),
    ("Ban chỉ đạo 138 thành phố triệt phá 5 ổ nhóm tội phạm.", [("5 ổ nhóm", 5.0, "ổ nhóm")]),
])
def test_a_steering_committee_named_by_its_decision_is_a_name(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the name in brackets after the committee's full title, first word opening with the bracket
    ("Trưởng Ban chỉ đạo chống buôn lậu tỉnh (Ban chỉ đạo 389 tỉnh) cho biết đã xử lý 1.580 vụ.",
     [("1.580 vụ", 1580.0, None, "vụ", "exact")]),
    # a qualifier of two words that opens a bracket or a quote still bounds the number
    ("Thành phố mở thêm xe buýt (ước tính 6 tuyến) cho công nhân khu công nghiệp.",
     [("ước tính 6 tuyến", 6.0, None, "tuyến", "about")]),
    ("Đồn Biên phòng cho biết: “Ít nhất 28 ngư dân đã được đưa vào bờ an toàn”.",
     [("Ít nhất 28 ngư dân", 28.0, None, "ngư dân", "over")]),
])
def test_the_first_word_of_a_bracket_is_read_before_the_number(sentence, expected):
    assert full_records(sentence) == expected
