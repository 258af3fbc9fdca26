"""Exact records for round 25 of the activity rules (rules alone, the learned classifier off).
Every sentence is written for the test.

- A story whose body is about one activity and whose headline names the same one is no general
  news: a remedy's doses under "... bài thuốc ..." take the story's health activity, as a
  headline with no activity already did (dev13: a remedy story's doses read as khac).
- A show's audience, stage and episode on air mark show business: its contestants are no school's
  exams (test10: a kids' singing show's contestants read as schooling); a school's exam keeps them.
"""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")

REMEDY_BODY = (
    "Ho kéo dài ở trẻ nhỏ là bệnh thường gặp khi trời trở lạnh. Theo y học cổ truyền, người bệnh có "
    "thể dùng các bài thuốc dân gian để hỗ trợ điều trị. Trước khi dùng nên hỏi ý kiến bác sĩ. "
    "Bài 1: lá hẹ 20g, đường phèn 10g, đem hấp cách thủy rồi cho trẻ uống. "
    "Bài 2: quất 3 quả, mật ong 15g, hấp chín, chia uống trong ngày. "
    "Nếu bệnh không đỡ sau vài ngày, cần đưa trẻ đi khám bệnh. "
    # a long piece with few cues for its length: the genre prior for general news would outvote
    # the story's own prior were it not lifted
    + "Mùa đông ở miền Bắc thường kéo dài, gió mùa tràn về mang theo không khí hanh khô, nhiều gia "
      "đình vẫn giữ thói quen nấu nướng bằng những nguyên liệu quen thuộc trong căn bếp của mình. " * 16)


def test_a_remedy_s_doses_take_the_health_story_s_activity():
    got = figs("3 bài thuốc chữa ho cho trẻ", REMEDY_BODY)
    doses = [f for f in got if f[2] in ("g", "quả")]
    assert doses == [("20g", 20, "g", "y_te"), ("10g", 10, "g", "y_te"),
                     ("3 quả", 3, "quả", "y_te"), ("15g", 15, "g", "y_te")]


def test_a_recipe_in_general_news_stays_general():
    # guard: a cooking tip with no health story around it lends nothing
    assert figs("Cách làm bánh flan tại nhà", "Chuẩn bị 3 quả trứng, 50g đường và 200ml sữa tươi.") == [
        ("3 quả trứng", 3, "trứng", "khac"), ("50g", 50, "g", "khac"), ("200ml", 200, "ml", "khac")]


SHOW_BODY = (
    "Tập 5 của chương trình vừa lên sóng tối qua. Trên sân khấu, 6 thí sinh nhí lần lượt trình diễn "
    "trước hàng nghìn khán giả. Sau phần thi, ban giám khảo chọn 2 thí sinh vào vòng trong.")


def test_contestants_of_a_tv_show_are_show_business():
    assert figs("Bé 8 tuổi khiến khán giả bật khóc", SHOW_BODY) == [
        ("6 thí sinh", 6, "thí sinh", "khac"),
        ("hàng nghìn khán giả", 1000, "khán giả", "khac"), ("2 thí sinh", 2, "thí sinh", "khac")]


def test_candidates_of_a_school_exam_stay_education():
    # guard: an exam with a ceremony on a stage once is no show
    assert figs("Tỉnh sẵn sàng cho kỳ thi tốt nghiệp",
                "Năm nay toàn tỉnh có 12.000 thí sinh dự thi. Lễ tuyên dương học sinh giỏi diễn ra trên sân khấu hội trường.") == [
        ("12.000 thí sinh", 12000, "thí sinh", "tuyen_truyen")]


def test_money_raised_with_the_plain_verb_is_a_donation():
    # "quyên tiền" / "quyên được" raise money as "quyên góp" does (dev13: a charity auction's takings)
    assert figs("Buổi đấu giá gây chú ý", "Nhà hàng tổ chức đấu giá một bức tranh để quyên tiền cho trẻ mồ côi, thu về 800 triệu đồng.") == [
        ("800 triệu đồng", 800_000_000, "đồng", "quyen_gop")]
