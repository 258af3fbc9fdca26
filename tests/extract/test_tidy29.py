"""tidy29: names for what the figure rules meant by bare numbers and by two look-alike patterns, and one
source for the plural determiners of the organisation rules. No behaviour change: the exact records below
pin the bounds and the cases the names describe, as the rules read them before the tidy. Every sentence is
written for the test."""
from __future__ import annotations

import pytest

from article_case import full_records, orgs
from extract import figures
from extract.orgs import _plural_determiners
from extract.pipeline import load


# --- the bounds of a clock time: hours 0-23 (a glued "g" before a part of the day), minutes 0-59

def test_the_clock_bounds():
    assert (figures.CLOCK_HOURS, figures.CLOCK_MINUTES) == (24, 60)


@pytest.mark.parametrize("sentence, expected", [
    # "g" (giờ) before a part of the day: an hour of the clock below 24 is no figure
    ("Anh ấy làm việc đến tận 23g tối mới về nhà.", []),
    ("Chợ đầu mối họp từ 0g sáng.", []),
    # 24 is no hour of the clock: grams
    ("Cửa hàng mở đến 24g tối.", [("24g", 24.0, None, "g", "exact")]),
])
def test_a_glued_hour_below_24_is_a_clock_time(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a number of at most two digits after "N giờ", below 60, is the minutes
    ("Lúc 9 giờ 59 người dân đã có mặt.", []),
    ("Đến 10 giờ 30 học sinh đã vào lớp.", []),
    # 60 and more are no minutes: a count
    ("Lúc 9 giờ 60 người dân đã có mặt.", [("60 người", 60.0, None, "người", "exact")]),
    ("Đến 10 giờ 65 học sinh đã vào lớp.", [("65 học sinh", 65.0, None, "học sinh", "exact")]),
])
def test_minutes_of_a_clock_time_are_below_60(sentence, expected):
    assert full_records(sentence) == expected


# --- thousands with one dot (any last digits) vs thousands ending ".000" (any number of dots)

@pytest.mark.parametrize("written, one_dot, zero_ended", [
    ("21.000", True, True),
    ("21.500", True, False),
    ("330.000.000", False, True),
    ("1.200.500", False, False),
])
def test_the_two_thousands_patterns(written, one_dot, zero_ended):
    assert bool(figures._ONE_DOT_THOUSANDS.fullmatch(written)) is one_dot
    assert bool(figures._ZERO_ENDED_THOUSANDS.fullmatch(written)) is zero_ended


@pytest.mark.parametrize("sentence, expected", [
    # an upper bound written with one thousands dot lends its thousands to a small lower bound ...
    ("Giá tôm hôm nay từ 20 - 21.500 đồng/kg.", [("từ 20 - 21.500 đồng", 20000.0, 21500.0, "đồng", "range")]),
    # ... one past a million does not
    ("Giá vé từ 150 - 1.200.000 đồng.", [("từ 150 - 1.200.000 đồng", 150.0, 1200000.0, "đồng", "range")]),
])
def test_a_one_dot_upper_bound_shares_its_thousands(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # whole thousands before "tiền ...": money in đồng
    ("Kẻ gian lấy đi 26.000 tiền lẻ trong ngăn kéo.", [("26.000", 26000.0, None, "đồng", "exact")]),
    # thousands not ending in "000" keep the noun
    ("Kẻ gian lấy đi 26.500 tiền lẻ trong ngăn kéo.", [("26.500 tiền lẻ", 26500.0, None, "tiền lẻ", "exact")]),
])
def test_zero_ended_thousands_before_money_nouns_are_dong(sentence, expected):
    assert full_records(sentence) == expected


# --- the plural determiners of the organisation rules: one list, organizations.toml [generic]

def test_the_plural_determiners_are_one_list():
    assert _plural_determiners() == "những|các"
    assert _plural_determiners(capitalised=True) == "Những|những|Các|các"


@pytest.mark.parametrize("text, expected", [
    # a list of sectors after a plural determiner, capitalised or not, names each department or ministry
    ("Những Sở Y tế, Giáo dục và Đào tạo phải báo cáo trước tháng 6.",
     [("Sở Y tế", "Sở Y tế"), ("Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo")]),
    ("Đại diện các bộ: Tài chính, Công Thương đã dự họp.",
     [("Tài chính", "Bộ Tài chính"), ("Công Thương", "Bộ Công Thương")]),
    # a body of every commune or ward: the body, with no level or place of its own
    ("Lãnh đạo công an những xã biên giới đã ra quân.", [("công an", "Công an")]),
    ("Hội phụ nữ các xã tổ chức tập huấn.", [("Hội phụ nữ", "Hội Liên hiệp Phụ nữ")]),
    # ministers of many countries are no ministry of ours; one minister named by the sector is
    ("Những Bộ trưởng Tài chính đã ký thỏa thuận.", []),
    ("Bộ trưởng Tài chính cho biết ngân sách tăng.", [("Tài chính", "Bộ Tài chính")]),
    # a government or an assembly after a plural determiner is any country's, and so is the bare one after it
    ("Chương trình hỗ trợ những Chính phủ trong khu vực. Danh mục dự án của Chính phủ được công bố.", []),
    ("Đại biểu đến từ các quốc gia như Lào, Campuchia và Chính phủ các nước đã dự.", []),
])
def test_plural_determiners_before_a_body(text, expected):
    assert orgs(text) == expected


# --- the token spans of the components: one helper for places, organisations, people and figures

def test_the_spans_of_each_component():
    doc = load()("Hội CCB huyện Cần Giuộc trao 50 suất quà cho ông Trần Văn Bình.")
    assert {key: [(s.text, s.label_) for s in doc.spans[key]]
            for key in ("places", "organizations", "people", "figures")} == {
        "places": [("huyện Cần Giuộc", "LOC")],
        "organizations": [("Hội CCB huyện Cần Giuộc", "ORG")],
        "people": [("Trần Văn Bình", "PER")],
        "figures": [("50 suất quà", "FIGURE")],
    }
