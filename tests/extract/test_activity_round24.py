"""Exact records for round 24 of the activity rules: the story decides when a figure's clause has
no cue. A story whose headline names no activity of ours but whose body is about one (a
health-advice piece, a patient's story: activities.toml [feature.body]) lends it to its figures
with no evidence (gold test10: drinking-water advice and an anorexia story, y_te; test9, dev11,
dev12 patient stories); a schooling story named by headline and body lends tuyen_truyen (gold
dev7 exam, test6 press prize). Every sentence is written for the test; the rules alone are under
test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


def test_amounts_advised_in_a_health_advice_story_are_health():
    # the headline has no cue of ours; the body is about health throughout
    got = figs("Ăn sáng thế nào cho đúng cách?",
               "Các bác sĩ dinh dưỡng cho biết bữa sáng giúp phòng bệnh tiểu đường và bệnh tim mạch. Người bệnh "
               "tiểu đường nên khám sức khỏe định kỳ tại bệnh viện và điều trị theo chỉ định của bác sĩ. "
               "Chuyên gia khuyên người trưởng thành ăn khoảng 400 calo vào buổi sáng, trẻ nhỏ chỉ cần 250 calo.")
    assert got == [("khoảng 400 calo", 400, "calo", "y_te"), ("250 calo", 250, "calo", "y_te")]


def test_a_patient_s_weight_in_a_treatment_story_is_health():
    got = figs("Chàng trai từng nhịn ăn suốt hai năm",
               "Anh Minh bị chứng biếng ăn, phải nhập viện điều trị nhiều lần. Các bác sĩ bệnh viện tâm thần giúp "
               "anh điều trị bệnh và khám sức khỏe hằng tuần. Lúc nặng nhất, cơ thể anh chỉ còn 40kg.")
    assert got == [("40kg", 40, "kg", "y_te")]


def test_one_health_word_does_not_make_a_health_story():
    # guard: a retired doctor's café is general news; its visitors stay khac
    got = figs("Một buổi sáng ở phố cổ",
               "Bác sĩ Lan mở quán cà phê ở phố cổ sau khi nghỉ hưu. Phố cổ đón 300 du khách mỗi sáng, khách ngồi "
               "kín các quán cà phê.")
    assert got == [("300 du khách", 300, "du khách", "khac")]


def test_a_share_in_an_exam_story_is_schooling():
    # headline and body name an exam: its shares with no cue of their own are schooling
    got = figs("Kỳ thi tốt nghiệp: đề thi Toán khó đạt điểm cao",
               "Theo các giáo viên, đề thi năm nay phân loại tốt thí sinh. Khoảng 60% câu hỏi ở mức cơ bản.")
    assert got == [("Khoảng 60%", 60, "%", "tuyen_truyen")]
