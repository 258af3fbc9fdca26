"""Exact records for fig56 (issue 10: figure precision on fresh text, classes of error read by hand in
unannotated baomoi articles drawn with seed 5656): "hơn" after a comparative adjective is "than", so the
number is a difference, exact; league points won ("3 điểm có được"), level on points ("cùng 87 điểm") and
a score before the closing byline; people and compounds the dictionary cuts ("con bạc", "mạng xã hội",
"áo đấu"); house numbers of an address ("53 ấp Phú Hiệp"); junctions ("ngã 3"); factors after a
comparative of size ("lớn hơn ... tới 3 lần"); codes that open with a zero before a thousands dot
("69C - 004.87"); centuries and decades named by their number ("thế kỷ 21"). Every sentence is written
for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Lợi nhuận quý này thấp hơn 12% so với cùng kỳ.", [("12%", 12.0, None, "%", "exact")]),
    ("Sản lượng điện cao hơn 4,5% so với năm ngoái.", [("4,5%", 4.5, None, "%", "exact")]),
    ("Mẫu xe mới rộng hơn 6 cm so với bản cũ.", [("6 cm", 6.0, None, "cm", "exact")]),
    ("Công suất động cơ lớn hơn 15%.", [("15%", 15.0, None, "%", "exact")]),
    # after an adjective of "less" "hơn" is never "more than", with or without "so với"
    ("Gầm xe nằm thấp hơn 20 mm.", [("20 mm", 20.0, None, "mm", "exact")]),
    ("Đội khách chỉ đá ít hơn 2 trận.", [("2 trận", 2.0, None, "trận", "exact")]),
])
def test_hơn_after_a_comparative_is_than_and_the_number_a_difference(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # guards: a length or an amount of more than N stays a bound; a verb before "hơn" too
    ("Con đê dài hơn 12 km.", [("hơn 12 km", 12.0, None, "km", "over")]),
    ("Giá bán nhiều hơn 40 triệu đồng.", [("hơn 40 triệu đồng", 40000000.0, None, "đồng", "over")]),
    ("Dư nợ tăng hơn 500 tỷ đồng so với đầu năm.", [("hơn 500 tỷ đồng", 500000000000.0, None, "đồng", "over")]),
    ("Doanh thu không ít hơn 3 tỷ đồng.", [("không ít hơn 3 tỷ đồng", 3000000000.0, None, "đồng", "over")]),
])
def test_hơn_without_a_comparative_of_difference_stays_over(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Nhờ 3 điểm có được trên sân khách, đội bóng vươn lên thứ hai.",
    "Cả hai đội đang có cùng 40 điểm nhưng chủ nhà hơn hiệu số.",
    "Trường lấy điểm chuẩn từ 18 đến 20 điểm Minh Anh",
])
def test_points_won_level_or_before_the_byline_are_scores(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # guards: sites counted, with a verb phrase or a name after them
    ("Lực lượng chức năng chốt tại 30 điểm có nguy cơ ngập.", [("30 điểm", 30.0, "điểm")]),
    ("Thành phố bố trí 12 điểm Nam Định bán hàng bình ổn.", [("12 điểm", 12.0, "điểm")]),
])
def test_sites_counted_stay(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Công an bắt quả tang 15 con bạc tại chỗ.", [("15 con bạc", 15.0, "con bạc")]),
    ("Cầu thủ ký tặng 10 áo đấu cho người hâm mộ.", [("10 áo đấu", 10.0, "áo đấu")]),
    ("Đoạn clip lan nhanh qua 3 mạng xã hội lớn.", [("3 mạng xã hội", 3.0, "mạng xã hội")]),
    # guard: "con" before an animal is still a classifier
    ("Trại vừa nhập 20 con lợn giống.", [("20 con lợn", 20.0, "lợn")]),
])
def test_compounds_the_dictionary_cuts_stay_whole(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Mọi đóng góp xin gửi về: Chị Lê Thị Hoa, 27 ấp Bình Thạnh, xã Tân An, huyện Cần Đước.",
    "Văn phòng đặt tại tầng 2, 48 Phố Huế, quận Hai Bà Trưng.",
    "Đoàn thanh tra lô đất tại tổ 15, 36 phường Tân Lập của gia đình ông Hùng.",
])
def test_a_house_number_before_one_place_name_is_an_address(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # guards: places counted name each of them, or a region, or none
    ("Mưa lớn làm ngập lúa ở 3 xã Tân Phú, Tân Lợi và Tân Hòa.", [("3 xã", 3.0, "xã")]),
    ("Đoàn khảo sát 2 xã Xuân Sơn, xã Xuân Lâm.", [("2 xã", 2.0, "xã")]),
    ("Chương trình hỗ trợ 5 tỉnh Tây Nguyên.", [("5 tỉnh", 5.0, "tỉnh")]),
    ("Dự án đi qua 4 phường của quận.", [("4 phường", 4.0, "phường")]),
])
def test_places_counted_stay(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Xe tải lật tại ngã 3 đường Long Phước – Tam Đa.", []),
    ("Tàu hàng mắc cạn ở đoạn ngã 3 rạch Cái Sơn.", []),
    # guard: the verb "ngã" (knock down) before a count
    ("Chiếc xe tông ngã 2 người đi bộ.", [("2 người", 2.0, "người")]),
])
def test_a_junction_is_named_by_its_roads(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Con tàu mới lớn hơn tàu cũ tới 4 lần.", []),
    ("Tên lửa bay cao hơn máy bay dân dụng tới 6 lần.", []),
    # guard: times counted without a comparative
    ("Anh đã 4 lần vô địch giải chạy này.", [("4 lần", 4.0, "lần")]),
])
def test_a_factor_after_a_comparative_of_size_is_a_ratio(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chiếc xe tải mang BS 61C - 003.52 chạy hướng Bình Dương.", []),
    ("Xe ben biển số 51D – 007.91 đổ đất xuống đường.", []),
    # guards: a leading zero without a dot counts; a decimal comma after a zero is an amount
    ("Máy bay dùng 04 động cơ phản lực.", [("04 động cơ", 4.0, "động cơ")]),
    ("Giá xăng giảm 0,3 nghìn đồng.", [("0,3 nghìn đồng", 300.0, "đồng")]),
])
def test_a_zero_before_a_thousands_dot_opens_a_code(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cậu là cầu thủ đầu tiên sinh ra trong thế kỷ 21 khoác áo đội tuyển.", []),
    ("Từ thập niên 90 của thế kỷ trước, làng nghề đã nổi tiếng.", []),
    # guard: centuries counted before the word are a duration; the count after them stays
    ("Ngôi đình có lịch sử 3 thế kỷ với 12 pho tượng cổ.", [("12 pho tượng", 12.0, "tượng")]),
])
def test_a_century_or_a_decade_named_by_its_number_is_a_date(sentence, expected):
    assert records(sentence) == expected
