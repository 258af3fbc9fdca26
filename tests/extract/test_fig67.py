"""Exact records for fig67: figure precision on sports and school news, points and scores. League points,
match and exam marks are no figures (GUIDELINES.md "## Figures": scores; dev8 p3 league points, dev7 exam
scores), while "điểm" that counts sites ("393 điểm sạt lở", "25 điểm coi thi", "tăng lên 25 điểm": gold dev2,
test4) stays. Every sentence is written for the test.

- A league table or an exam's marks named in the sentence ("tổng điểm", "bảng xếp hạng", "điểm trung bình",
  "điểm sàn") makes a bare "điểm" points (not_figures.toml [scores] clause).
- A league gap told with a stress word ("kém đúng 1 điểm", "hơn ... tới 10 điểm") after a word of comparing
  ([scores] gap_clause, gap_before).
- A league place or a table row after the points ("có 12 điểm và đứng thứ 8", "30 điểm, hiệu số 12";
  [scores] rank_after).
- Tallies of tennis and league ("43 điểm winner", "87 điểm trong tay", "3 điểm quý giá"; [scores] won_after),
  a verb of scoring read into the noun ("25 điểm giành được", "8 điểm xếp trên"; [scores] verbs_after),
  verbs of taking points and an exam level ("đoạt", "đem về", "mức"; [scores] before), a name after the
  points ("cùng 21 điểm Sài Gòn FC"; figures.py _bare_points) and the misspelt "diểm" ([scores] units).
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence", [
    "Với chiến thắng này, Chelsea nâng tổng điểm lên 66 điểm.",
    "Điểm trung bình môn Văn năm nay cao hơn năm trước 2 điểm.",
    "Arsenal hiện kém đúng 1 điểm so với đội xếp trên.",
    "Sau trận hòa, HAGL có 12 điểm và đứng thứ 8.",
    "2. Quảng Nam 30 điểm, hiệu số 12.",
    "Djokovic ăn 43 điểm winner trong trận.",
    "Chelsea có 87 điểm trong tay.",
    "Đội bóng đem về 3 điểm quý giá sau trận thắng.",
    "Với 25 điểm giành được, anh vươn lên thứ hai.",
    "Nam Định cùng 8 điểm xếp trên Huế.",
    "Đội khách đoạt 3 điểm trên sân Thống Nhất.",
    "Thí sinh cần đạt mức 9 điểm.",
    "Hải Phòng sẽ làm khách đội cùng 21 điểm Sài Gòn FC vào cuối tuần.",
    "Em đạt 27 điểm xét tuyển vào ngành Y.",
    "Em được 5 diểm môn Toán.",
])
def test_league_points_and_exam_marks_are_scores(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # sites keep their noun or come with no word of points
    ("Huyện có 15 điểm sạt lở và 20 điểm ngập.", [("15 điểm", 15, "điểm"), ("20 điểm", 20, "điểm")]),
    ("Tỉnh bố trí 25 điểm thi với 484 phòng thi.", [("25 điểm thi", 25, "điểm thi"), ("484 phòng thi", 484, "phòng thi")]),
    # a count of sites that rose (gold test4 "năm nay tăng lên 25 điểm")
    ("Năm nay tăng lên 25 điểm và phải huy động thêm giáo viên.", [("25 điểm", 25, "điểm")]),
    # a site's verb with its object is no verb of scoring
    ("Huyện có 13 điểm bán thịt và 6 điểm ghi hình.",
     [("13 điểm bán thịt", 13, "điểm bán thịt"), ("6 điểm ghi hình", 6, "điểm ghi hình")]),
])
def test_sites_counted_stay_figures(sentence, expected):
    assert records(sentence) == expected
