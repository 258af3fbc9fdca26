"""Exact records for round 28 of the activity rules (rules alone, the learned classifier off).
Every sentence is written for the test.

- Wrongdoing at a school (a denunciation of a head teacher, corruption, an exam leak, a fight
  filmed): the school words say where it happened, not that anyone was taught, so they vote
  `khac` (dev16: a corrupt head teacher's meal money and rice, an exam leak; dev13: a filmed
  fight between schoolgirls; test10: pupils knocked down on film). A school's own news keeps
  its schooling.
- Flood-defence works failing and shored up (a dike cracked by a high tide, the fields it threatens,
  the men reinforcing it, a reservoir releasing a flood) are disaster news (guideline dev11 p1; dev15:
  a broken dike's figures read as khac). A rescue that saves people at sea ("cứu được") is as
  "cứu sống" (dev16: a sunken trawler's crew picked up by passing ships).
"""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


def test_money_of_a_head_teacher_denounced_for_corruption_is_khac():
    got = figs("Hiệu trưởng bị tố tham nhũng tiền ăn của học sinh",
               "Đơn tố cáo cho biết trong năm học vừa qua, nhà trường đã bán 900kg gạo của học sinh "
               "bán trú và thu về 6.300.000 đồng.")
    assert got == [("900kg", 900, "kg", "khac"), ("6.300.000 đồng", 6_300_000, "đồng", "khac")]


def test_a_clerk_dismissed_for_an_exam_leak_is_khac():
    got = figs("Vụ lộ đề thi: Buộc thôi việc 2 nhân viên",
               "Sau vụ lộ đề thi học kỳ, nhà trường đã buộc thôi việc 2 nhân viên văn thư và yêu cầu "
               "bồi thường 45 triệu đồng cho kỳ thi phải tổ chức lại.")
    assert [(f[0], f[3]) for f in got] == [("2 nhân viên", "khac"), ("45 triệu đồng", "khac")]


def test_pupils_in_a_filmed_fight_are_khac():
    got = figs("Xuất hiện clip nữ sinh đánh hội đồng bạn cùng trường",
               "Đoạn clip dài 2 phút ghi lại cảnh 4 học sinh lớp 8 đánh một bạn nữ ngay trong giờ ra chơi.")
    assert [f for f in got if f[2] == "học sinh"] == [("4 học sinh", 4, "học sinh", "khac")]


def test_a_schools_own_exam_news_stays_schooling():
    # guard: no wrongdoing markers, the exam's candidates are education
    got = figs("Hơn 12.000 thí sinh dự thi vào lớp 10",
               "Năm học này, toàn tỉnh có 12.350 thí sinh dự thi tuyển sinh vào lớp 10 tại 40 điểm thi.")
    assert [f[3] for f in got if f[2] == "thí sinh"] == ["tuyen_truyen", "tuyen_truyen"]


def test_fields_threatened_by_a_broken_dike_are_disaster_news():
    got = figs("Triều cường làm vỡ đê",
               "Tuyến đê ven sông bị nứt vỡ nhiều đoạn, uy hiếp trực tiếp 85 ha lúa của hai hợp tác xã.")
    assert [f for f in got if f[2] == "ha"] == [("85 ha", 85, "ha", "thien_tai")]


def test_men_shoring_up_a_dike_are_disaster_news():
    got = figs("Khẩn trương gia cố đê",
               "Từ sáng qua, 120 chiến sĩ bộ đội đã dùng bao cát gia cố đê tại các điểm xung yếu.")
    assert [f[3] for f in got if f[0] == "120 chiến sĩ"] == ["thien_tai"]


def test_people_picked_up_at_sea_are_a_rescue():
    got = figs("Thuyền viên Việt Nam trở về an toàn",
               "Một tàu hàng đi ngang qua khu vực đã cứu được 12 người trên chiếc tàu cá.")
    assert [f for f in got if f[2] == "người"] == [("12 người", 12, "người", "thien_tai")]


def test_health_advice_told_through_illnesses_and_body_systems_is_health():
    # named illnesses, body systems and symptoms (activities.toml y_te) make the story a health one
    # where no treatment verb is written; before, both figures were khac
    got = figs("Uống nước chanh mỗi sáng có tốt không?",
               "Nhiều người tin rằng nước chanh giúp ổn định huyết áp và hỗ trợ hệ tiêu hóa. Theo các chuyên "
               "gia, người bị tiểu đường hay tim mạch vẫn có thể dùng, nhưng cần theo dõi các triệu chứng và "
               "biến chứng. Một khảo sát cho thấy 35% người tham gia thấy hệ miễn dịch tốt hơn sau 3 tháng. "
               "Bác sĩ khuyên không nên uống quá 2 cốc mỗi ngày để tránh hại dạ dày.")
    # ("không nên uống quá 2 cốc mỗi ngày" is a schedule of one person, as "không quá 3 ly/ngày" left out of
    # the gold of test10: not_figures.toml [after] schedule_units)
    assert [(t, a) for t, _, _, a in got] == [("35%", "y_te")]
