"""Exact records for fig38 (round 27): where the counted noun ends is one decision,
extract.figures.unit_extent, driven by data (underthesea's dictionary and lexicon, units.toml).
Two categories are fixed in it: an agent prefix ("nhà") keeps the two-syllable verb of the agent's
trade after it, and a kin noun leaves out the sex word after it. Every sentence is written for the
test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from extract.figures import unit_extent

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Tập đoàn đã ký hợp đồng với 35 nhà cung ứng linh kiện trong nước.",
     [("35 nhà cung ứng", 35.0, None, "nhà cung ứng", "exact")]),
    ("Quỹ khởi nghiệp do ba nhà sáng lập người Singapore điều hành.",
     [("ba nhà sáng lập", 3.0, None, "nhà sáng lập", "exact")]),
    ("Hội chợ thu hút hơn 60 nhà sản xuất đồ gỗ.",
     [("hơn 60 nhà sản xuất", 60.0, None, "nhà sản xuất", "over")]),
    # guard: a noun after "nhà" stays out, the houses are counted
    ("Đoàn viên đã sửa 8 nhà đồng đội bị hư hỏng sau bão.", [("8 nhà", 8.0, None, "nhà", "exact")]),
    # guard: a longer word of the dictionary still wins ("nhà văn hóa", a cultural house)
    ("Huyện xây mới 14 nhà văn hóa thôn.", [("14 nhà văn hóa", 14.0, None, "nhà văn hóa", "exact")]),
])
def test_an_agent_prefix_keeps_the_verb_of_its_trade(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Vợ chồng anh nuôi 3 đứa con trai ăn học.", [("3 đứa con", 3.0, None, "con", "exact")]),
    ("Bà sinh được hai cậu con trai khôi ngô.", [("hai cậu con", 2.0, None, "con", "exact")]),
    # guard: a girl, a young man are the people themselves, no kin
    ("Cuộc thi có 15 cô gái lọt vào chung kết.", [("15 cô gái", 15.0, None, "cô gái", "exact")]),
    ("Đội bóng gồm 11 chàng trai đến từ miền núi.", [("11 chàng trai", 11.0, None, "chàng trai", "exact")]),
])
def test_a_kin_noun_leaves_out_the_sex_word(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("snippet, first, expected", [
    ("nhà cung ứng trong", "nhà", "nhà cung ứng"),
    ("chị gái", "chị gái", "chị"),
    ("khu liên hợp thể", "khu", "khu liên hợp"),     # a bound noun keeps its noun
    ("điểm bán thịt ở", "điểm", "điểm bán thịt"),      # a site keeps its verb and its object
    ("môn ngữ văn", "môn ngữ", "môn"),                # not cut inside the next word
])
def test_unit_extent_is_the_one_decision(snippet, first, expected):
    assert unit_extent(snippet, first, snippet.split(" ")[0]) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "ngôi" dropped as in "ngôi nhà" (units.toml aliases "ngôi sao" = "sao"; guideline test17, fig63)
    ("Khu nghỉ dưỡng mới đạt chuẩn 5 ngôi sao.", [("5 ngôi sao", 5.0, None, "sao", "exact")]),
    ("Câu lạc bộ vừa chiêu mộ 3 ngôi sao trẻ từ châu Âu.", [("3 ngôi sao", 3.0, None, "sao", "exact")]),
    # guard: a describing word after the classifier leaves the classifier the noun
    ("Chị một mình nuôi 4 con nhỏ.", [("4 con", 4.0, None, "con", "exact")]),
    # guard: a noun of ours after the classifier is still counted without it
    ("Nhà trường trao tặng 20 chiếc xe đạp cho học sinh.", [("20 chiếc xe đạp", 20.0, None, "xe đạp", "exact")]),
])
def test_a_classifier_with_no_noun_after_it_keeps_a_noun_of_the_lexicon(sentence, expected):
    assert full_records(sentence) == expected
