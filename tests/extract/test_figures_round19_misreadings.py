"""Exact records for the figure misreadings of round 19 (precision on unannotated general news of the
baomoi corpus): "tỷ lệ" after a vague prefix is a rate, not a billion ("cao hơn tỷ lệ chung"); a lone
"năm" after a multiplier is the year word, not a last digit ("10 triệu năm", "8 triệu năm 2016"); wheels
and the bus's English spelling name a vehicle's class ("xe 2 bánh", "xe bus 45 chỗ"); players after a
pitch name its format ("sân 7 người"); places moved in a ranking are a rank ("tăng 11 bậc"); "cứ 10 em
thì có 3 em" is a rate. Every sentence is written for the test; guards (marked) show what the rules
must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Số ca mắc mới ở huyện cao hơn tỷ lệ chung của tỉnh.", []),
    ("Xã có hơn tỉ lệ hộ cận nghèo giảm còn 4%.", [("4%", 4.0, None, "%", "exact")]),
    ("Ngành dệt chiếm gần tỷ trọng lớn nhất trong xuất khẩu.", []),
    # guards: a vague billion stays
    ("Hợp tác xã lãi hơn tỷ đồng mỗi vụ.", [("hơn tỷ đồng", 1e9, None, "đồng", "over")]),
    ("Tỉnh chi hàng tỷ đồng làm đường.", [("hàng tỷ đồng", 1e9, None, "đồng", "over")]),
])
def test_a_rate_after_a_vague_prefix_is_no_billion(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Lớp đá này hình thành từ 3 - 7 triệu năm trước.", []),
    ("Loài cá này đã sống trên Trái đất hàng triệu năm.", []),
    # "năm" + a year dates the sum (money without "đồng"), see test_a_year_after_nam_dates_the_amount
    ("Chị kiếm được 6 triệu năm 2019 nhờ bán rau.", [("6 triệu", 6e6, None, "đồng", "exact")]),
    # guard: "năm" with a number word after it is a digit
    ("Mỗi tháng anh nhận 7 triệu năm trăm nghìn đồng.", [("7 triệu năm trăm nghìn đồng", 7.5e6, None, "đồng", "exact")]),
])
def test_a_lone_year_word_after_a_multiplier_is_no_digit(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Học sinh được đưa đón bằng xe bus 29 chỗ.", []),
    ("Đường này cấm xe 3 bánh vào giờ cao điểm.", []),
    ("Một xe tải 12 bánh chở 15 tấn cát.", [("15 tấn", 15.0, None, "tấn", "exact")]),
    # guards: wheels and cakes counted elsewhere stay
    ("Chiếc ô tô nằm nghiêng với 2 bánh chổng lên trời.", [("2 bánh", 2.0, None, "bánh", "exact")]),
    ("Công an thu giữ 14 bánh heroin trên xe.", [("14 bánh", 14.0, None, "bánh", "exact")]),
])
def test_wheels_and_seats_after_a_vehicle_name_its_class(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Phường vừa làm xong sân bóng đá 7 người cho thanh niên.", []),
    ("Huyện mở giải bóng đá 5 người, có 12 đội dự.", [("12 đội", 12.0, None, "đội", "exact")]),
    # guard: players counted on a pitch stay
    ("Trận đấu trên sân 3 cầu thủ bị thẻ vàng.", [("3 cầu thủ", 3.0, None, "cầu thủ", "exact")]),
])
def test_players_after_a_pitch_name_its_format(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tuyển nữ tăng 4 bậc trên bảng xếp hạng thế giới.", []),
    ("Sau giải, tay vợt này tụt 6 hạng.", []),
    ("Thành phố leo lên 9 bậc về chỉ số cạnh tranh.", []),
    # guard: grades of pay keep their noun
    ("Ông được nâng 1 bậc lương trước hạn.", [("1 bậc lương", 1.0, None, "bậc lương", "exact")]),
])
def test_places_moved_in_a_ranking_are_a_rank(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ở trường này, cứ 8 em thì có 2 em thừa cân.", []),
    ("Cứ 50 hộ thì 4 hộ chưa có nhà vệ sinh.", []),
    ("Cháy lan từ lầu 3 lên tầng 5 của khu chung cư.", []),
    # guard: a count after a "cứ" clause closed by a comma stays
    ("Cứ 3 tháng, đoàn lại thăm 20 hộ nghèo.", [("20 hộ", 20.0, None, "hộ", "exact")]),
])
def test_rates_told_with_cu_and_floor_numbers_count_nothing(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a sum followed by "năm" and a year is dated money, not "million years"
    ("Anh kiếm được 8 triệu năm 2016.", [("8 triệu", 8000000.0, "đồng")]),
    ("Lương tháng 6 triệu năm 2017, nay 7 triệu.", [("6 triệu", 6000000.0, "đồng"), ("7 triệu", 7000000.0, "đồng")]),
    # guards: a span of years before a year stays no figure, million years stay none
    ("Dự án kéo dài 2 năm 2017 và 2018.", []),
    ("Hóa thạch có từ 3 - 7 triệu năm trước.", []),
])
def test_a_year_after_nam_dates_the_amount(sentence, expected):
    from extract.pipeline import extract_text
    assert [(f.text, f.value, f.unit) for f in extract_text(sentence).figures] == expected
