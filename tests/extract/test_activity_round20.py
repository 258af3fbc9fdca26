"""Exact records for classes of activity errors seen on the tuning splits (round 20, grouped from
dev12 across dev9 and test8), fixed as classes in extract/data/activities.toml. Every sentence here
is written for the test; the rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- a fishing fleet short of crew

def test_crews_a_fleet_lacks_are_jobs():
    # version 20 (rules): khac (no cue of ours for the crew; the genre prior)
    got = figs("Chủ tàu lo thiếu người sau Tết",
               "Cả huyện có hơn 2.000 tàu cá, cần khoảng 8.000 lao động đi biển mỗi chuyến.")
    assert ("khoảng 8.000 lao động", 8000, "lao động", "viec_lam") in got


def test_advances_paid_to_hired_crew_are_jobs():
    # version 20 (rules): khac (no cue of ours for the crew)
    got = figs("Chủ tàu khó giữ người",
               "Ông Hải đã ứng trước 30 triệu đồng cho 6 bạn tàu để họ ở lại với tàu.")
    assert ("30 triệu đồng", 30000000, "đồng", "viec_lam") in got
    assert ("6 bạn tàu", 6, "bạn tàu", "viec_lam") in got


def test_the_fleets_own_size_stays_livelihood():
    # guard: the boats themselves remain the fishermen's livelihood
    got = figs("Ngư dân vươn khơi bám biển",
               "Toàn tỉnh hiện có khoảng 3.000 tàu cá đánh bắt xa bờ.")
    assert ("khoảng 3.000 tàu cá", 3000, "tàu cá", "sinh_ke") in got
