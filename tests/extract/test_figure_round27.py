"""Exact records for spelled-out pairs and trios of people that act in the story (round 27, fig37):
"Hai người lấy tiền", "hai người sắp bước vào": a spelled-out count of people right before a verb,
an adjective, an adverb or a pronoun out of context is the people just named doing something, not a
count (not_figures.toml [pointing_back] actor_pos). Victims, counts after "có", counts that name
their people and digits stay figures. Every sentence is written for the test.
"""
from __future__ import annotations

import pytest

from article_case import records as units


@pytest.mark.parametrize("sentence", [
    "Minh và Lan quen nhau ở Đà Lạt. Hai người quay về Hà Nội mở quán cà phê.",
    "Tuấn cùng vợ đi chợ sớm, hai người thẳng thắn góp ý cho ban quản lý.",
    "Sau đám cưới, hai người sắp chuyển vào căn hộ mới ở quận 7.",
    "Bà ngoại trông cháu để hai người đi làm mỗi ngày.",
    "Hai cô cậu học trò ấy ngồi cạnh nhau, ba người họ cùng ôn bài.",
    "Ông Hải và ông Tâm bị tạm giữ; hai người khai nhặt được chiếc ví trên phố.",
])
def test_people_of_the_story_who_act_are_no_count(sentence):
    assert [f for f in units(sentence) if f[2] in ("người", "đứa", "em")] == []


@pytest.mark.parametrize("sentence, expected", [
    # victims are counted
    ("Xe khách lật trên đèo, hai người thiệt mạng tại chỗ.", [("hai người", 2.0, "người")]),
    ("Sau vụ cháy, ba người bị thương được đưa đi cấp cứu.", [("ba người", 3.0, "người")]),
    # a count after an existential "có" introduces new people
    ("Trong đoàn chỉ có hai người biết bơi.", [("hai người", 2.0, "người")]),
    # a count that names its people in its clause stays a count
    ("Chương trình mời hai người chơi đặc biệt là ca sĩ Hòa và diễn viên Thu.", [("hai người", 2.0, "người")]),
    # names right after the noun
    ("Buổi diễn có sự góp mặt của hai nghệ sĩ Văn Toàn và Hồng Nhung.", [("hai nghệ sĩ", 2.0, "nghệ sĩ")]),
    # digits are left alone
    ("Hai xe tông nhau khiến 2 người tử vong.", [("2 người", 2.0, "người")]),
])
def test_counts_of_people_stay(sentence, expected):
    assert [f for f in units(sentence) if f[2] in ("người", "nghệ sĩ")] == expected
