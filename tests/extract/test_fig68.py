"""Exact records for fig68: figure precision on newly seen text (the false positives of test15-test18 grouped
into classes). Every sentence is written for the test.

- Repeats are keyed on value + unit, value_max no part of the key (GUIDELINES.md "Repeats"; dev7 p1, test8,
  test15, test16): a range that starts at an earlier value, or a value that starts an earlier range, is the
  same figure (extract/components.py _merge).
- A glued "g" before a part of the day is the hour of a clock time ("9g sáng"; not_figures.toml [clock]).
- "dòng" (a product line, a genre) drops before the product as "dòng xe" does (units.toml aliases).
- People counted with a personal pronoun after them ("5 người chúng tôi") are named again, digits too
  (not_figures.toml [pointing_back] pronoun_units).
- A full share or more of one's strength ("hết 500% năng lượng") is a figure of speech ([certainty] effort).
- The cores of a processor ("vi xử lý 8 nhân") name its class ([product_class]).
- "3 vòng" described or measured after it is a woman's measurements ([vital_statistics]).
- Whole thousands in digits before "tiền ..." are money in đồng ("26.000 tiền lẻ"; units.toml [money_nouns]).
"""
from __future__ import annotations

import pytest

from article_case import full_records, records


# ---------------------------------------------------------------- repeats on value + unit

def test_range_starting_at_an_earlier_value_repeats_it():
    # the first mention is kept with its own value_max; the later range is the same figure
    assert full_records("Ngân hàng cho vay tối đa 30% giá trị xe, nhưng khách chỉ nên vay 30- 50%.") == [
        ("30%", 30, None, "%", "exact")]


def test_value_starting_an_earlier_range_repeats_it():
    assert full_records("Lãi suất tăng từ 0,03% - 0,1%; kỳ hạn 1 tuần tăng 0,03%, kỳ hạn 2 tuần tăng 0,1%.") == [
        ("từ 0,03% - 0,1%", 0.03, 0.1, "%", "range"), ("0,1%", 0.1, None, "%", "exact")]


# ---------------------------------------------------------------- clock times written "Ng"

@pytest.mark.parametrize("sentence", [
    "Xong việc cũng đã 9g sáng, bà ngồi vào máy may.",
    "Khoảng 7g sáng 17-5, người dân phát hiện vụ việc.",
    "Cô bé đi bán vé số đến tận 9g tối.",
    "Nhà máy xả nước từ 6g sáng nhưng các cháu không biết.",
])
def test_glued_hour_before_a_part_of_the_day_is_a_clock_time(sentence):
    assert records(sentence) == []


def test_grams_stay_grams():
    assert records("Mỗi suất có 500g thịt bò và 3g muối.") == [("500g", 500, "g"), ("3g", 3, "g")]


# ---------------------------------------------------------------- "dòng" drops before the product

@pytest.mark.parametrize("sentence, expected", [
    ("Công nghệ này có mặt trong hai dòng TV OLED mới.", [("hai dòng TV", 2, "tv")]),
    ("Vở kịch kể về hai dòng nhạc đối nghịch nhau.", [("hai dòng nhạc", 2, "nhạc")]),
    ("Hãng ra mắt 5 dòng sản phẩm mới.", [("5 dòng sản phẩm", 5, "sản phẩm")]),
    ("Công ty giới thiệu 2 dòng máy cao cấp.", [("2 dòng máy", 2, "máy")]),
    # "dòng máu" (blood, descent) keeps its noun (gold dev15)
    ("Cô mang trong mình hai dòng máu Áo và Philippines.", [("hai dòng máu", 2, "dòng máu")]),
])
def test_product_line_drops_dong(sentence, expected):
    assert records(sentence) == expected


# ---------------------------------------------------------------- people named again by a pronoun

@pytest.mark.parametrize("sentence", [
    "Trời mưa to, 5 người chúng tôi đứng dưới bạt che.",
    "Tôi về nhà mẹ đẻ, để mặc 4 người họ ở đó.",
    "Bảo vệ dẫn 3 người chúng tôi đến nhà bác sĩ.",
])
def test_people_with_a_pronoun_after_them_point_back(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # "họ" before a capital is a surname: two people of the Nguyễn family are counted
    ("Làng có 2 người họ Nguyễn đỗ tiến sĩ.", [("2 người", 2, "người")]),
    ("Vụ tai nạn làm 5 người chết và 3 người bị thương.", [("5 người", 5, "người"), ("3 người", 3, "người")]),
    # a family with the writer's pronoun stays a count (gold dev6)
    ("4 mẹ con tôi phải ngủ ở kho rơm.", [("4 mẹ con", 4, "mẹ con")]),
])
def test_people_counted_stay(sentence, expected):
    assert records(sentence) == expected


# ---------------------------------------------------------------- all one's strength

@pytest.mark.parametrize("sentence", [
    "Cả đội sẽ cố gắng hết 500% năng lượng cho đêm thi.",
    "Gặp đối thủ giỏi, bạn phải chơi hết 100% sức lực.",
    "Đội khách cam kết sẽ đá với 100% sức mạnh.",
    "Cô chưa lấy lại được 100% phong độ.",
])
def test_full_share_of_ones_strength_is_a_figure_of_speech(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Huyện đạt 100% kế hoạch năm.", [("100%", 100, "%")]),
    ("Ông là thương binh mất 61% sức khỏe.", [("61%", 61, "%")]),
    ("Nhà máy chạy 80% công suất.", [("80%", 80, "%")]),
])
def test_shares_measured_stay(sentence, expected):
    assert records(sentence) == expected


# ---------------------------------------------------------------- a processor's cores

@pytest.mark.parametrize("sentence, expected", [
    ("Máy có RAM 4GB và vi xử lý 8 nhân.", [("4GB", 4, "gb")]),
    ("Với con chip 8 nhân, máy chạy mượt.", []),
    ("Đồng hồ dùng bộ xử lý 4 nhân và pin 430mAh.", [("430mAh", 430, "mah")]),
    ("Chip mới có cấu hình 6 lõi.", []),
    # staff of a chip maker are counted
    ("Nhà máy chip tuyển thêm 200 nhân viên.", [("200 nhân viên", 200, "nhân viên")]),
])
def test_processor_cores_name_a_class(sentence, expected):
    assert records(sentence) == expected


# ---------------------------------------------------------------- "3 vòng", a woman's measurements

@pytest.mark.parametrize("sentence", [
    "Người đẹp diện váy ôm tôn lên 3 vòng quyến rũ.",
    "Cô bị chê 3 vòng 'lép xẹp'.",
    "Hoa hậu khoe 3 vòng nóng bỏng trên bãi biển.",
    "Cô có 3 vòng 86-60-90.",
])
def test_three_rounds_of_a_body_are_no_count(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Bài thi được chấm theo 3 vòng độc lập.", [("3 vòng", 3, "vòng")]),
    ("Đội tuyển còn 3 vòng đấu nữa.", [("3 vòng đấu", 3, "vòng đấu")]),
    ("Khu vực được bảo vệ bằng 2 vòng nóng.", [("2 vòng", 2, "vòng")]),
])
def test_rounds_and_rings_counted_stay(sentence, expected):
    assert records(sentence) == expected


# ---------------------------------------------------------------- whole thousands before "tiền"

@pytest.mark.parametrize("sentence, expected", [
    ("Trong ví tôi chỉ còn đúng 26.000 tiền lẻ.", [("26.000", 26000, "đồng")]),
    ("Chúng cướp 1 điện thoại và 500.000 tiền mặt.", [("1 điện thoại", 1, "điện thoại"), ("500.000", 500000, "đồng")]),
    ("Anh nhận hơn 3 triệu tiền lương.", [("hơn 3 triệu", 3000000, "đồng")]),
])
def test_whole_thousands_before_tien_are_money(sentence, expected):
    assert records(sentence) == expected
