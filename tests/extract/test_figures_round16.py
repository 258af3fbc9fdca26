"""Exact records for the figure classes of round 16 (precision on unannotated general news of the
baomoi corpus): a pair "A và B" before "2 người" that names places or organisations points back to no
people. Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from extract.figures import find_figures

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # a pair of places or organisations before a count of two people: the people are counted afresh
    ("Đoàn đã đến Hà Nội và Huế trong tuần qua. Tại đây có 2 người bị thương.",
     [("2 người", 2.0, None, "người", "exact")]),
    ("Mưa lớn kéo dài ở Quảng Nam và Quảng Ngãi. Lũ cuốn trôi hai người.",
     [("hai người", 2.0, None, "người", "exact")]),
    ("Đoàn công tác thăm Đan Mạch và Thụy Điển. Trong chuyến đi có 2 người bị ốm.",
     [("2 người", 2.0, None, "người", "exact")]),
    ("Hội Chữ thập đỏ Việt Nam và Hội Liên hiệp Phụ nữ Việt Nam phối hợp. Có 2 người được nhận nhà.",
     [("2 người", 2.0, None, "người", "exact")]),
    # guards: a pair of people named before "2 người" still points back to them
    ("Thu Hà và Minh Khang bị bắt gặp đi ăn tối. Nguồn tin cho biết 2 người đã hẹn hò từ lâu.", []),
    ("Tổng thống Macron và Thủ tướng Merkel gặp nhau ở Berlin. Hai nhà lãnh đạo bàn về Brexit.", []),
])
def test_pair_of_places_or_organisations_counts_afresh(sentence, expected):
    assert full_records(sentence) == expected


def test_find_figures_alone_looks_the_places_up():
    # called outside the pipeline, find_figures finds the places itself
    text = "Đoàn đã đến Hà Nội và Huế trong tuần qua. Tại đây có 2 người bị thương."
    assert [f.text for f in find_figures(text)] == ["2 người"]
    assert [f.text for f in find_figures(text, known=[])] == []  # nothing known: read as two people


@pytest.mark.parametrize("sentence, expected", [
    # bare "điểm" as points: a team's points in brackets, a perfect score, an index level, what a team needs
    ("Cuộc đua giữa Long An (25 điểm) và Bình Định (23 điểm) còn gay cấn.", []),
    ("Ở nhóm cuối, Quảng Nam (QN, 9 điểm) phải thắng để trụ hạng.", []),
    ("Đội tuyển nữ đứng đầu bảng với 6 điểm tuyệt đối.", []),
    ("Chỉ số chứng khoán lần đầu vượt ngưỡng 800 điểm lần đầu sau 9 năm.", []),
    ("Chelsea chỉ cần 3 điểm để chắc chắn vô địch.", []),
    ("Thí sinh cần đạt tối thiểu 24 điểm mới được xét tuyển.", []),
    # guards: "điểm" that counts sites stays, in brackets too
    ("Huyện có 14 điểm sạt lở (mỗi xã 2 điểm) cần di dời 60 hộ.",
     [("14 điểm", 14.0, None, "điểm", "exact"), ("2 điểm", 2.0, None, "điểm", "exact"),
      ("60 hộ", 60.0, None, "hộ", "exact")]),
    ("Tỉnh bố trí 18 điểm thi, trong đó có 2 điểm nhấn về an ninh.",
     # "điểm nhấn" keeps its verb as the gold of test8 does (round 17: units.toml [sites])
     [("18 điểm thi", 18.0, None, "điểm thi", "exact"), ("2 điểm nhấn", 2.0, None, "điểm nhấn", "exact")]),
])
def test_bare_points_are_scores(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "cả" + number before a verb, an adjective or an adverb: "both" as a pronoun
    ("Bị bắt quả tang, cả hai khai nhận mua hàng cấm về bán lại.", []),
    ("Doanh thu quý này của cả hai vô cùng ảm đạm.", []),
    ("Khi được khán giả nhắc tên, cả ba thích thú vẫy tay.", []),
    ("Sau đám cưới, cả hai coi Đà Lạt là quê nhà.", []),
    # guards: "cả" + number before a noun or a classifier counts
    ("Cả 3 gia đình đều được hỗ trợ 5 triệu đồng.",
     [("3 gia đình", 3.0, None, "gia đình", "exact"), ("5 triệu đồng", 5000000.0, None, "đồng", "exact")]),
    ("Cả 4 bị cáo đều nhận tội.", [("4 bị cáo", 4.0, None, "bị cáo", "exact")]),
])
def test_both_as_a_pronoun(sentence, expected):
    assert full_records(sentence) == expected
