"""Exact records for the figure classes of fig35 (dev16's errors, general news): percentage points as a
unit of their own, ships and vehicles named by their job, a parking lot counted whole, a site noun whose
verb and object make one word of the dictionary, and the digit-1 set phrases "1 cách", "1 lượng" before
an adjective. Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Lãi suất cho vay được hạ thêm 0,5 điểm phần trăm.",
     [("0,5 điểm phần trăm", 0.5, None, "điểm phần trăm", "exact")]),
    ("Tỷ lệ hộ nghèo giảm 3 điểm phần trăm so với năm ngoái.",
     [("3 điểm phần trăm", 3.0, None, "điểm phần trăm", "exact")]),
])
def test_percentage_points_are_a_unit_of_their_own(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hải đội được bổ sung 6 tàu tuần tra và 2 tàu quét mìn.",
     [("6 tàu tuần tra", 6.0, None, "tàu tuần tra", "exact"),
      ("2 tàu quét mìn", 2.0, None, "tàu quét mìn", "exact")]),
    # the word after the job only says which kind: the text stops at the job
    ("Nước này đặt mua 3 tàu hộ vệ tên lửa.", [("3 tàu hộ vệ", 3.0, None, "tàu hộ vệ", "exact")]),
    ("Quân đội điều động 120 xe chiến đấu bộ binh.",
     [("120 xe chiến đấu", 120.0, None, "xe chiến đấu", "exact")]),
    # guards: vehicles doing something are counted at "xe", "tàu"
    ("Sáng nay 2 xe va chạm trên quốc lộ.", [("2 xe", 2.0, None, "xe", "exact")]),
    ("Có 15 tàu ra khơi trong đêm.", [("15 tàu", 15.0, None, "tàu", "exact")]),
])
def test_ships_and_vehicles_named_by_their_job(sentence, expected):
    assert full_records(sentence) == expected


def test_a_parking_lot_is_counted_whole():
    assert full_records("Quận sẽ xây thêm 12 bãi đỗ xe ngầm.") == [("12 bãi đỗ xe", 12.0, None, "bãi đỗ xe", "exact")]


@pytest.mark.parametrize("sentence, expected", [
    ("Ban tổ chức bố trí 3 điểm hạ vũ khí cho các bên.",
     [("3 điểm hạ vũ khí", 3.0, None, "điểm hạ vũ khí", "exact")]),
    # guard: a noun merely after the verb is no object of a fixed compound
    ("Xã đã xây 12 trạm bơm đầu mối.", [("12 trạm bơm", 12.0, None, "trạm bơm", "exact")]),
])
def test_a_site_keeps_a_verb_and_object_that_make_one_word(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mùa hè cơ thể mất 1 lượng lớn nước qua mồ hôi.", []),
    ("Cần xử lý việc này 1 cách nghiêm túc.", []),
    # guards: a method or a tael counted with a digit 1 stays a figure
    ("Nhóm đã tìm ra 1 cách làm mới.", [("1 cách", 1.0, None, "cách", "exact")]),
    ("Bà bán 1 lượng vàng.", [("1 lượng vàng", 1.0, None, "lượng vàng", "exact")]),
])
def test_digit_one_set_phrases_before_an_adjective(sentence, expected):
    assert full_records(sentence) == expected
