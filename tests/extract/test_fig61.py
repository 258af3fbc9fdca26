"""Exact records for fig61: spelled counts of the tuning splits that the rules dropped. Every sentence
is written for the test.

- A capitalised spelled number inside a sentence is a name or a date ("anh Mười", "tháng Ba", "quận Hai
  Bà Trưng"), but after a lower-case word that no name or date follows and before a lower-case word it
  starts a sentence whose full stop was lost after a heading or a caption ("... bị lật nghiêng Hai tài
  xế được đưa đi cấp cứu"): a count (units.toml [spelled] capital_name_before).
- A spelled pair or trio named by an office, a trade or a school role is a first count even when a verb
  follows ("hai chuyên gia quyết định ..."); "người", "đứa", "bạn" and the stars of a story doing
  something still point back (not_figures.toml [pointing_back] actor_role_units).
- "cấp trên" (superiors), "phía trên" end a noun of their own: no pointer "trên" (after_noun_compounds).
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence, expected", [
    ("Chiếc xe tải bị lật nghiêng Hai tài xế được đưa đi cấp cứu.", [("Hai tài xế", 2, "tài xế")]),
    ("Tiền đạo lập cú đúp Ba bàn thắng của anh giúp đội nhà vượt lên.", [("Ba bàn thắng", 3, "bàn thắng")]),
    ("Khởi nghiệp từ gara Ba nhà sáng lập cùng nhau đi gọi vốn.", [("Ba nhà sáng lập", 3, "nhà sáng lập")]),
])
def test_a_capitalised_count_after_a_lost_full_stop_is_a_figure(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Sau đó anh Mười cho biết tàu đã về bến.",
    "Chợ phiên họp vào thứ Bảy hàng tuần.",
    "Đoàn đến thăm quận Hai Bà Trưng.",
    "Người dân nói rằng Năm Cam đã bị bắt.",
    "Trận chung kết diễn ra vào tháng Ba năm nay.",
    "Sau khi bị bắt, bị cáo Ba thừa nhận hành vi phạm tội.",
])
def test_a_capitalised_name_or_date_inside_a_sentence_stays_no_figure(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Khi con gấu ngủ say, hai chuyên gia quyết định lại gần đo nhiệt độ.",
     [("hai chuyên gia", 2, "chuyên gia")]),
    ("Nhận tin báo, hai cán bộ lập tức có mặt tại hiện trường.", [("hai cán bộ", 2, "cán bộ")]),
    ("Sáng nay, ba thanh niên khỏe mạnh nhảy xuống sông cứu người.", [("ba thanh niên", 3, "thanh niên")]),
])
def test_a_spelled_count_of_an_office_or_trade_that_acts_is_a_figure(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Lan và Hùng quen nhau đã lâu. Hai người quyết định tổ chức đám cưới.",
    "Mẹ mất sớm nên hai đứa phải tự lo cho nhau.",
    "Sau buổi diễn, hai nghệ sĩ liên tục phủ nhận tin đồn hẹn hò.",
])
def test_the_couple_or_the_stars_of_the_story_acting_still_point_back(sentence):
    assert records(sentence) == []


def test_superiors_are_no_pointer_back():
    assert records("Ông Tâm đã gửi thư cho hai cán bộ cấp trên của mình.") == [("hai cán bộ", 2, "cán bộ")]


def test_things_just_named_with_trên_still_point_back():
    assert records("Đoàn kiểm tra đã làm rõ hai vấn đề trên trong buổi họp.") == []
