"""Exact records for the figure classes of round 15 (general news of test8, each class also seen in
another tuning split): minutes of a clock time after the hour, a term of office, engine and wheel
classes of car and motorbike news, a car's seats after "ôtô", verbs after a number that counts
nothing, "tốp" for "top", and times in a period written with "một"/"mỗi". Every sentence is written
for the test; guards (marked) show the counts these rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # minutes after an hour are a clock time
    ("Vụ cháy xảy ra lúc 2 giờ 15 sáng qua, 40 hộ dân phải sơ tán.", [("40 hộ", 40.0, None, "hộ", "exact")]),
    ("Khoảng 7h 45 tối, đoàn đã trao 120 suất quà.", [("120 suất quà", 120.0, None, "suất quà", "exact")]),
    # a term of office is a span
    ("Ông đã giữ chức chủ tịch 2 nhiệm kỳ và xây 5 trường học.",
     [("5 trường học", 5.0, None, "trường học", "exact")]),
    ("Kế hoạch kéo dài 3 nhiệm kì với 12 dự án.", [("12 dự án", 12.0, None, "dự án", "exact")]),
    # engine and wheel classes
    ("Mẫu xe dùng động cơ 4 xi-lanh thẳng hàng 16 van, công suất 150 mã lực.",
     [("150 mã lực", 150.0, None, "mã lực", "exact")]),
    ("Bản cao cấp có máy 3.5L 6 xy lanh và mâm 19 inch 10 cánh.",
     [("19 inch", 19.0, None, "inch", "exact")]),
    # seats after "ôtô" name the vehicle's size
    ("Chiếc ôtô 16 chỗ chở 12 hành khách.", [("12 hành khách", 12.0, None, "hành khách", "exact")]),
    # verbs after a number that counts nothing
    ("Bức tranh có con số 9 nổi bật giữa 30 chiếc đèn lồng.",
     [("30 chiếc đèn lồng", 30.0, None, "đèn lồng", "exact")]),
    ("Tin đồn rộ lên nhưng cả hai nhanh chóng phủ nhận.", []),
    ("Trong gần 30 dạy học ở vùng cao, cô đã nhận 5 bằng khen.",
     [("5 bằng khen", 5.0, None, "bằng khen", "exact")]),
    # "tốp" is a place in a ranking
    ("Đội có 3 tay đua lọt vào tốp 10 chung cuộc.", [("3 tay đua", 3.0, None, "tay đua", "exact")]),
    # times in a period with "một"/"mỗi" are a schedule
    ("Bệnh nhân phải uống thuốc 2 lần một ngày.", []),
    ("Anh tập thể dục ba đến bốn lần mỗi tuần.", []),
])
def test_round15_not_figures(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # guard: a number before "giờ" is a duration, after an ordinary word it still counts
    ("Sau 3 giờ cứu hộ, 25 người được đưa ra ngoài.", [("25 người", 25.0, None, "người", "exact")]),
    # guard: lanes and valves away from an engine stay counts
    ("Tuyến đường có quy mô 6 làn xe.", [("6 làn xe", 6.0, None, "làn xe", "exact")]),
    ("Công trình thủy lợi lắp 8 van điều tiết mới.", [("8 van", 8.0, None, "van", "exact")]),
    # guard: times without a period after them are counted donations
    ("Anh đã hiến máu 15 lần.", [("15 lần", 15.0, None, "lần", "exact")]),
    # guard: seats of a hall are counted
    ("Hội trường có 500 chỗ ngồi.", [("500 chỗ ngồi", 500.0, None, "chỗ ngồi", "exact")]),
])
def test_round15_guards(sentence, expected):
    assert full_records(sentence) == expected
