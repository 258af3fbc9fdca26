"""Exact records for fig71: figures on general news nobody tuned on (test19: showbiz, products, travel,
sport). Every sentence is written for the test.

- A play of a match counted after a stroke classifier ("cú", "pha", "quả") keeps the whole play as the unit,
  two syllables also when underthesea's lexicon has them as no verb ("pha lập công", "cú tắc bóng", "pha
  rê dắt"; units.toml [classifiers] stroke_plays) or when a stop or a comma follows them ("3 pha kiến
  tạo."): gold test19 "cú dứt điểm", "pha rê dắt", "cú tắc bóng", "pha kiến tạo" (figures.py _stroke).
- A count of people with a decimal part and no multiplier is a ratio, no figure ("1,76 giáo viên/nhóm trẻ",
  "sinh 1,3 con"; guideline test19; not_figures.toml [rate] fractional_people). Averages of things, money,
  measures and millions of people stay figures.
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence, expected", [
    # a two-syllable play before a comma and a stop, and plays the lexicon has as no verb
    ("Trong trận, tiền vệ này có 3 cú dứt điểm, thực hiện 2 pha rê dắt và 2 cú tắc bóng.",
     [("3 cú dứt điểm", 3, "cú dứt điểm"), ("2 pha rê dắt", 2, "pha rê dắt"), ("2 cú tắc bóng", 2, "cú tắc bóng")]),
    ("Cả mùa giải, anh ghi 10 bàn và 3 pha kiến tạo.",
     [("10 bàn", 10, "bàn"), ("3 pha kiến tạo", 3, "pha kiến tạo")]),
    ("Tiền đạo trẻ đã có 15 pha lập công trong mùa này.", [("15 pha lập công", 15, "pha lập công")]),
    ("Trung vệ có 9 pha cắt bóng và 4 pha phá bóng.",
     [("9 pha cắt bóng", 9, "pha cắt bóng"), ("4 pha phá bóng", 4, "pha phá bóng")]),
    ("Hậu vệ trái tung ra 20 pha dọn cỗ cho đồng đội.", [("20 pha dọn cỗ", 20, "pha dọn cỗ")]),
    # a one-syllable verb after the classifier is still the play; a noun after it is no play
    ("Đội khách có 5 cú sút trúng đích.", [("5 cú sút", 5, "cú sút")]),
    ("Xưởng dùng hệ thống điện 3 pha cho máy.", [("3 pha", 3, "pha")]),
])
def test_plays_after_a_stroke_classifier_are_kept_whole(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Hiện nay, cả nước chỉ có 1,76 giáo viên/nhóm trẻ.",
    "Tuyến tỉnh chỉ đạt 0,33 bác sĩ sản và 0,2 bác sĩ nhi/10.000 dân.",
    "Mỗi phụ nữ thành phố hiện chỉ sinh 1,3 con.",
    "Tỷ lệ giáo viên mầm non chỉ đạt từ 0,5 đến 1,0 giáo viên/lớp.",
    "Tỷ số giới tính khi sinh là 112,8 trẻ trai/100 trẻ gái.",
    "Mỗi cơ sở kinh doanh chỉ có 1,8 lao động.",
])
def test_fractional_counts_of_people_are_ratios(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # averages of things (gold test10), pay counted in months, measures and millions of people stay
    ("Bình quân mỗi xã có 13,3 trạm biến áp.", [("13,3 trạm biến áp", 13.3, "trạm biến áp")]),
    ("Công ty thưởng tết 1,7 tháng lương cho công nhân.", [("1,7 tháng lương", 1.7, "tháng lương")]),
    ("Năng suất lúa đạt 5,5 tấn/ha.", [("5,5 tấn", 5.5, "tấn")]),
    ("Lễ hội thu hút 1,5 triệu người tham dự.", [("1,5 triệu người", 1500000, "người")]),
])
def test_averages_measures_and_millions_stay_figures(sentence, expected):
    assert records(sentence) == expected
