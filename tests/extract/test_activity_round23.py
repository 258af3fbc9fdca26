"""Exact records for round 23 of the activity rules: lightning, thunderstorms and flooded streets
are natural hazards (guideline test3 weather damage; test9: lightning victims and damage, free
repair of vehicles stalled in a flooded street -> thien_tai; gold dev12, test9). The idioms that
hold the lightning words stay out. Every sentence is written for the test; the rules alone are
under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("title, body, expected", [
    ("Nghệ An: sét đánh trúng nhóm người làm đồng",
     "Chiều qua, 4 người đang gặt lúa thì bị sét đánh trúng.",
     [("4 người", 4, "người", "thien_tai")]),
    ("Mưa giông kèm sấm sét gây thiệt hại",
     "Trận mưa giông chiều 12/6 làm 2 người đi đường bị thương.",
     [("2 người", 2, "người", "thien_tai")]),
    ("Đường phố ngập sâu sau cơn mưa",
     "Mưa lớn khiến đường ngập nặng, hàng chục xe máy chết máy giữa đường.",
     [("hàng chục xe máy", 10, "xe máy", "thien_tai")]),
])
def test_lightning_and_flooded_streets_are_disaster_news(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    # guard: the idiom of sudden bad news is no lightning
    ("Chuyện tình cảm của nữ ca sĩ",
     "Nhận tin sét đánh, cả 5 người trong gia đình bật khóc.",
     [("5 người", 5, "người", "khac")]),
])
def test_lightning_idioms_stay_news(title, body, expected):
    assert figs(title, body) == expected
