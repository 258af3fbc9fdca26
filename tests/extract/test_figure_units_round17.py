"""Exact records for the extent of the counted noun (round 17): where the unit's text stops after a
classifier or a site noun. Every sentence is written for the test; guards (marked) show what the
rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # a verb or an adjective after a classifier of things or beings says what they did or are: the
    # classifier is the counted noun
    ("Trong đợt bão, 3 chiếc đắm ngoài khơi và 2 chiếc hư hỏng nặng.",
     [("3 chiếc", 3.0, None, "chiếc", "exact"), ("2 chiếc", 2.0, None, "chiếc", "exact")]),
    ("Trại nuôi có 40 con khỏe mạnh sau đợt dịch.",
     [("40 con", 40.0, None, "con", "exact")]),
    # guards: a noun after the classifier is the counted noun; a child is counted though "trẻ" is also
    # an adjective; after "cuộc" the event noun is a verb by its part of speech and stays the unit
    ("Ngư dân mua thêm 3 chiếc thuyền nan.",
     [("3 chiếc thuyền nan", 3.0, None, "thuyền nan", "exact")]),
    ("Nhà văn hóa đón 25 đứa trẻ vào dịp hè.",
     [("25 đứa trẻ", 25.0, None, "trẻ", "exact")]),
    ("Hai bên đã có ba cuộc đàm phán trong năm.",
     [("ba cuộc đàm phán", 3.0, None, "đàm phán", "exact")]),
])
def test_classifier_before_a_verb_or_adjective_is_the_unit(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a site noun whose bare form means something else keeps the verb of what is done there, and a
    # one-syllable object of that verb
    ("Phường đã bố trí 12 điểm thu gom pin cũ cho người dân.",
     [("12 điểm thu gom", 12.0, None, "điểm thu gom", "exact")]),
    ("Huyện lập thêm 7 điểm bán gạo giá rẻ.",
     [("7 điểm bán gạo", 7.0, None, "điểm bán gạo", "exact")]),
    ("Tỉnh có 30 trạm đo nắng đặt ở các xã vùng cao.",
     [("30 trạm đo nắng", 30.0, None, "trạm đo nắng", "exact")]),
    # guards: a verb of what happened there, a noun or an adjective after the site stays out
    ("Quốc lộ có 27 điểm sạt lở sau trận mưa.",
     [("27 điểm", 27.0, None, "điểm", "exact")]),
    ("Thành phố xóa được 40 điểm đen về rác thải.",
     [("40 điểm", 40.0, None, "điểm", "exact")]),
    ("Xã có 9 điểm giao thông xuống cấp.",
     [("9 điểm", 9.0, None, "điểm", "exact")]),
])
def test_site_noun_keeps_the_verb_of_what_is_done_there(sentence, expected):
    assert full_records(sentence) == expected
