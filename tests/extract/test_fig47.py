"""Exact records for fig47 (figure precision on general news, second pass). Classes of spurious figures the
guidelines leave out, read as data: exam and league scores told with an exam block or subject after "điểm"
or with a score or a league gap named earlier in the clause (not_figures.toml [scores] after_not_site,
clause); fixed classifications written with digits or words ("12 con giáp", "bốn nhóm chất": units.toml
[spelled] idioms, "con giáp" a head); "cả tỷ đồng", which has no number of its own (numbers.toml [vague]
no_number). Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import figs


@pytest.mark.parametrize("title, body, expected", [
    ("Nữ sinh nghèo đỗ thủ khoa",
     "Em đạt 29 điểm khối A. Ở kỳ thi học kỳ, em được 10 điểm Toán và 9 điểm Tiếng Việt.", []),
    ("Cuộc đua vô địch",
     "Trước vòng đấu, khoảng cách giữa hai đội là 7 điểm. Sau trận thắng, cách biệt được nới lên thành 10 điểm.",
     []),
    ("Cậu học trò nghèo", "Kỳ thi năm nay cậu đạt số điểm khá cao 512 điểm (tối đa là 750 điểm).", []),
    # guard: "điểm" before a site noun and bare sites with no score word count
    ("Ngập sau mưa", "Thành phố có 35 điểm ngập sau cơn mưa, lực lượng chức năng phải túc trực tại 12 điểm.",
     [("35 điểm", 35.0, "điểm", "thien_tai"), ("12 điểm", 12.0, "điểm", "thien_tai")]),
])
def test_exam_and_league_scores_are_no_figures(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Tử vi tuần mới", "Trong 12 con giáp, 2 con giáp gặp nhiều may mắn về tiền bạc.",
     [("2 con giáp", 2.0, "con giáp", "khac")]),
    ("Tử vi ngày mới", "Dự đoán ngày mới cho mười hai con giáp.", []),
    ("Trẻ biếng ăn", "Mẹ cần cho bé ăn đủ bốn nhóm chất: đạm, béo, bột đường và vitamin.", []),
    # guard: a count of groups is no food group
    ("Giải golf", "Các tay golf được chia làm 4 nhóm.", [("4 nhóm", 4.0, "nhóm", "khac")]),
])
def test_fixed_classifications_are_no_counts(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Chợ cháy", "Sau vụ cháy, nhiều tiểu thương mất cả tỷ đồng, có người nợ cả tỉ.", []),
    # guard: "cả" before a hundred, a thousand billion or a million is a round number
    ("Làng tỷ phú", "Nhiều doanh nghiệp trị giá cả ngàn tỷ đồng, thu hút cả triệu người đến xem.",
     [("cả ngàn tỷ đồng", 1e12, "đồng", "khac"), ("cả triệu người", 1e6, "người", "khac")]),
])
def test_a_fortune_has_no_number(title, body, expected):
    assert figs(title, body) == expected
