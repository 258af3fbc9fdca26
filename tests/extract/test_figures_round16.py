"""Exact records for the figure classes of round 16 (precision on unannotated general news of the
baomoi corpus): a pair "A và B" before "2 người" that names places or organisations points back to no
people. Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from extract.figures import find_figures
from extract.pipeline import extract_text


def records(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.unit, f.qualifier) for f in extract_text(sentence).figures]


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
    assert records(sentence) == expected


def test_find_figures_alone_looks_the_places_up():
    # called outside the pipeline, find_figures finds the places itself
    text = "Đoàn đã đến Hà Nội và Huế trong tuần qua. Tại đây có 2 người bị thương."
    assert [f.text for f in find_figures(text)] == ["2 người"]
    assert [f.text for f in find_figures(text, known=[])] == []  # nothing known: read as two people
