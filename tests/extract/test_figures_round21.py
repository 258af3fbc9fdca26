"""Exact records for the figure classes of round 21 (general news): a multi-syllable head of
units.toml that a longer word of underthesea's dictionary starts with is cut inside that word, so the
count takes the longer word; a word of sex added to a people head leaves the head. Every sentence is
written for the test; guards (marked) show what the rule must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # "nhà văn" (a writer) opens "nhà văn hóa" (a cultural house); "cơ sở" opens "cơ sở hạ tầng"
    ("Huyện đã xây mới 12 nhà văn hóa thôn trong năm qua.",
     [("12 nhà văn hóa", 12.0, None, "nhà văn hóa", "exact")]),
    ("Tỉnh dành vốn nâng cấp 300 cơ sở hạ tầng giao thông.",
     [("300 cơ sở hạ tầng", 300.0, None, "cơ sở hạ tầng", "exact")]),
    # guards: the bare heads still count their own things; a word of sex leaves the siblings' head
    ("Hội thảo có 20 nhà văn trẻ tham dự.", [("20 nhà văn", 20.0, None, "nhà văn", "exact")]),
    ("Xã có 15 cơ sở sản xuất gạch.", [("15 cơ sở", 15.0, None, "cơ sở", "exact")]),
    ("Gia đình có 3 chị em gái đều đi học.", [("3 chị em", 3.0, None, "chị em", "exact")]),
])
def test_a_head_cut_inside_a_longer_dictionary_word_takes_the_word(sentence, expected):
    assert full_records(sentence) == expected
