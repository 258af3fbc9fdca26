"""Exact records for round 26 of the activity rules (rules alone, the learned classifier off).
Every sentence is written for the test.

- A story of private life (lovers, in-laws, a wedding, Valentine) tells of private gifts and one
  person's own money: its gift and earning words vote `khac` (dev8, dev9, dev12, test9, test10:
  a girlfriend's present, the in-laws' wedding gold, Valentine cash read as gift-giving). A charity
  story keeps its gifts.
- "tiêu chí" alone is any list of criteria, not the new-rural programme's (dev10, test10); beside
  "nông thôn mới" the programme still decides.
"""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


def test_wedding_gifts_of_the_in_laws_are_private():
    got = figs("Nhà chồng tặng cô dâu quà cưới bạc tỷ",
               "Trong tiệc cưới tối qua, mẹ chồng tặng cô dâu 5 cây vàng. Bố chồng trao thêm món quà là "
               "300 triệu đồng tiền mặt cho đôi vợ chồng trẻ.")
    assert [f for f in got if f[2] in ("cây vàng", "đồng")] == [
        ("5 cây vàng", 5, "cây vàng", "khac"), ("300 triệu đồng", 300_000_000, "đồng", "khac")]


def test_a_present_for_a_girlfriend_on_valentine_is_private():
    got = figs("Quà Valentine bạc triệu của chàng trai",
               "Nhân ngày lễ tình nhân, anh tặng quà cho người yêu gồm 99 bông hồng và 20 triệu đồng.")
    assert got == [("99 bông", 99, "bông", "khac"), ("20 triệu đồng", 20_000_000, "đồng", "khac")]


def test_gifts_of_a_charity_visit_stay_gifts():
    # guard: no private-life words, the union's gifts are gift-giving
    got = figs("Công đoàn tặng quà công nhân khó khăn",
               "Công đoàn tỉnh đã trao tặng 200 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất "
               "trị giá 500.000 đồng.")
    assert [f[3] for f in got] == ["tham_hoi_tang_qua", "tham_hoi_tang_qua"]


def test_a_charity_story_with_one_wedding_word_keeps_its_gifts():
    # guard: one marker is not a private-life story
    got = figs("Hội Phụ nữ thăm hỏi hộ nghèo",
               "Nhân dịp này, Hội tặng 50 phần quà cho hộ nghèo, trong đó có gia đình một cô dâu trẻ.")
    assert got == [("50 phần quà", 50, "phần quà", "tham_hoi_tang_qua")]


def test_criteria_of_a_party_are_no_new_rural_criteria():
    got = figs("Đảng mới tuyển ứng viên",
               "Ban tổ chức đã phỏng vấn nhiều người trước khi chọn ra ứng viên phù hợp với 4 tiêu chí "
               "về năng lực và đạo đức.")
    assert [f for f in got if f[2] == "tiêu chí"] == [("4 tiêu chí", 4, "tiêu chí", "khac")]


def test_new_rural_criteria_stay_new_rural():
    # guard: beside the programme's name the criteria are its
    got = figs("Xã về đích nông thôn mới",
               "Đến nay xã đã đạt 19 tiêu chí nông thôn mới, về đích trước kế hoạch một năm.")
    assert [f for f in got if f[2] == "tiêu chí"] == [("19 tiêu chí", 19, "tiêu chí", "nong_thon_moi")]
