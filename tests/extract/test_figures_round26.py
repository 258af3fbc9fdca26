"""Exact records for fig36 (round 26): a number before a word the news never counts, a verb or an
adjective that the unannotated baomoi news never writes after "các", "những", "mỗi", "nhiều", "vài",
"mọi" (extract/data/never_counted.toml, built by scripts/build_never_counted.py), is no figure. A
classifier before the word counts it, and the nouns the gold counts stay. Every sentence is written
for the test; guards (marked) show what the rule must leave alone.
"""
from __future__ import annotations

import pytest

from extract.figures import grammar

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Chương trình khuyến mãi kéo dài đến hết tháng 3 bắt đầu từ tuần sau.", []),
    ("Tuyến xe buýt số 12 mở rộng lộ trình tới khu công nghiệp.", []),
    ("Bộ phim dài 40 tập, mỗi tập 45 phút, được chiếu trên kênh số 7 phát sóng lúc 20 giờ.",
     [("40 tập", 40.0, None, "tập", "exact")]),  # (durations are no figures)
    ("Xã đã hỗ trợ 15 hộ, năm nay nâng lên 25 muốn vậy phải có thêm vốn.",
     [("15 hộ", 15.0, None, "hộ", "exact")]),
])
def test_a_word_never_counted_takes_no_count(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # guard: a classifier before the word counts it
    # ("cuộc" dropped as a classifier: "hai cuộc họp" -> "họp" in the gold of dev7)
    ("Ban chỉ đạo đã tổ chức 3 cuộc họp với người dân.", [("3 cuộc họp", 3.0, None, "họp", "exact")]),
    # guard: nouns the lexicon tags as verbs, counted by the news
    ("UBND tỉnh đã ban hành 4 quyết định thu hồi đất.", [("4 quyết định", 4.0, None, "quyết định", "exact")]),
    ("Cử tri gửi 12 kiến nghị tới kỳ họp.", [("12 kiến nghị", 12.0, None, "kiến nghị", "exact")]),
    # guard: a word often written after a number is a unit even when no determiner comes before it
    ("Công an đã triệu tập hơn 30 côn đồ gây rối.", [("hơn 30 côn đồ", 30.0, None, "côn đồ", "over")]),
])
def test_counted_words_stay(sentence, expected):
    assert full_records(sentence) == expected


def test_the_list_holds_verbs_not_the_units_of_units_toml():
    g = grammar()
    assert {"bắt đầu", "mở rộng", "phát sóng", "muốn"} <= g.never_counted
    assert not {"quyết định", "tổ chức", "kiến nghị", "cách", "tập", "côn đồ"} & g.never_counted
