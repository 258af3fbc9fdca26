"""Exact records for round 22 of the activity rules: general news that mentions schools, pupils,
teachers or a meeting in passing is no education or forum of ours (khac read as tuyen_truyen in
dev2, dev8, dev11, dev12, test6, test7, test8). Classes: pupils and teachers counted are who the
figure is about, not schooling (drowned pupils, a mass performance); stage shows and sports
tournaments; criminal cases and the abuse of children; summits of foreign forums. Every sentence
is written for the test; guards (marked) show what must stay education. The rules alone are under
test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("title, body, expected", [
    # pupils as the people of an accident or a crime: the count says who, the story says what
    ("Hai học sinh chết đuối thương tâm", "Trưa 3/6, một nhóm 6 học sinh lớp 8 rủ nhau ra suối tắm.",
     [("Hai học sinh", 2, "học sinh", "khac"), ("6 học sinh", 6, "học sinh", "khac")]),
    ("Nhà trường và phụ huynh lo lắng", "Năm qua, trên địa bàn huyện có 3 học sinh bị xâm hại tình dục.",
     [("3 học sinh", 3, "học sinh", "khac")]),
    ("Nhà trường và phụ huynh lo lắng", "Công an huyện đang điều tra vụ dâm ô 2 học sinh tiểu học.",
     [("2 học sinh", 2, "học sinh", "khac")]),
    # pupils on a stage: a mass performance is a cultural event
    ("Trường học rộn ràng ngày hội áo dài",
     "Nhân kỷ niệm ngày thành lập trường, hơn 800 nữ sinh đồng diễn áo dài trên sân trường.",
     [("hơn 800 nữ sinh", 800, "nữ sinh", "khac")]),
    # a teacher in a sports tournament
    ("Thầy giáo dạy học trò vùng cao", "Thầy giáo trẻ tham gia giải thể thao của huyện cùng 12 đội bóng.",
     [("12 đội", 12, "đội", "khac")]),
])
def test_pupils_and_teachers_in_news_of_another_kind(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    # guards: a school's own figures and lessons stay education, pupils counted there too
    ("Trường vùng cao khai giảng", "Năm học này trường có 420 học sinh.",
     [("420 học sinh", 420, "học sinh", "tuyen_truyen")]),
    ("Huyện tập huấn kỹ năng", "Hơn 150 học sinh tham gia buổi tập huấn giáo dục kỹ năng phòng, chống xâm hại.",
     [("Hơn 150 học sinh", 150, "học sinh", "tuyen_truyen")]),
    ("Học sinh đạt giải quốc tế", "Em Minh cùng 4 bạn thi đấu tại cuộc thi lập trình quốc tế.",
     [("4 bạn", 4, "bạn", "tuyen_truyen")]),
    ("Hội khuyến học trao học bổng", "Hội Khuyến học trao 30 suất học bổng cho học sinh nghèo.",
     [("30 suất học bổng", 30, "suất học bổng", "tham_hoi_tang_qua")]),
])
def test_schooling_stays_education(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Thầy giáo bị bắt", "Trong vụ đại án, cơ quan điều tra đã lấy lời khai của 12 học sinh.",
     [("12 học sinh", 12, "học sinh", "khac")]),
    ("Ký ức nghề báo", "Nhóm phóng viên theo đuổi vụ đại án trong 5 năm, gặp 30 giáo viên.",
     [("30 giáo viên", 30, "giáo viên", "khac")]),
])
def test_people_of_a_criminal_case_are_crime_news(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Hội nghị Thượng đỉnh phụ nữ toàn cầu", "Hội nghị năm nay thu hút 1.000 đại biểu đến từ 50 quốc gia.",
     [("1.000 đại biểu", 1000, "đại biểu", "khac"), ("50 quốc gia", 50, "quốc gia", "khac")]),
    ("Tin APEC", "Tại hội nghị APEC năm nay, các quan chức tài chính đã thông qua 3 chủ đề ưu tiên.",
     [("3 chủ đề", 3, "chủ đề", "khac")]),
    # guard: a union's own conference stays a forum of ours
    ("Công đoàn tổ chức hội nghị", "Hội nghị tập huấn công tác nữ công thu hút 200 đại biểu.",
     [("200 đại biểu", 200, "đại biểu", "tuyen_truyen")]),
])
def test_summits_of_foreign_forums_are_diplomacy(title, body, expected):
    assert figs(title, body) == expected
