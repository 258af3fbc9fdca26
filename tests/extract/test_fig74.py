"""Exact records for fig74: figures of random general news, from the errors of a second seeded sample of
120 fresh baomoi articles (seed 74074) and of 3,000 more read for the same classes. Every sentence is
written for the test.

- "trên" read as the preposition "on" is no bound (guideline test3): after "dựa", "quen biết", "đăng tải",
  and after a word of riding before a vehicle ("đi trên 2 ôtô"); a distance ridden and a count of
  vehicles kept stay over, as "trên" after other verbs does.
- People named "nhà" + their field or role ("nhà ngoại giao", "nhà toán học", "nhà vô địch") are counted
  whole, not read as houses; a launcher "dàn phóng" as "bệ phóng".
- The award "Quả bóng Vàng" in title case, with or without quotes, is "bóng vàng" (classifier dropped).
"""
from __future__ import annotations

import pytest

from article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Hơn chục thanh niên đi trên 2 ôtô lao vào quán.",
     [("Hơn chục thanh niên", 10, None, "thanh niên", "over"), ("2 ôtô", 2, None, "ôtô", "exact")]),
    ("Tổ công tác phát hiện 2 thanh niên đi trên 1 chiếc xe máy.",
     [("2 thanh niên", 2, None, "thanh niên", "exact"), ("1 chiếc xe máy", 1, None, "xe máy", "exact")]),
    ("Nhóm thanh niên lưu thông trên 3 xe máy và ném đá.",
     [("3 xe máy", 3, None, "xe máy", "exact")]),
    ("Người điều khiển trên 2 phương tiện không xuất trình giấy tờ.",
     [("2 phương tiện", 2, None, "phương tiện", "exact")]),
    ("Bộ tiêu chí được xây dựng dựa trên 4 nhóm tiêu chí.",
     [("4 nhóm tiêu chí", 4, None, "nhóm tiêu chí", "exact")]),
    ("Anh quen biết trên 1 trang web kết bạn.",
     [("1 trang web", 1, None, "trang web", "exact")]),
    ("Loạt bài được đăng tải trên 1 tờ báo điện tử.",
     [("1 tờ báo", 1, None, "báo", "exact")]),
])
def test_on_is_no_bound(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a distance ridden, a count of vehicles kept, a survey: "trên" stays "over"
    ("Mỗi ngày em phải đi trên 6 cây số đến trường.",
     [("trên 6 cây số", 6, None, "cây số", "over")]),
    ("Bãi xe giữ miễn phí trên 6.000 ô tô trong dịp lễ.",
     [("trên 6.000 ô tô", 6_000, None, "ô tô", "over")]),
    ("Đơn vị đã khảo sát trên 400 công nhân tại khu công nghiệp.",
     [("trên 400 công nhân", 400, None, "công nhân", "over")]),
    ("Hai tàu có trọng tải trên 120 tấn.",
     [("Hai tàu", 2, None, "tàu", "exact"), ("trên 120 tấn", 120, None, "tấn", "over")]),
])
def test_over_stays_a_bound_elsewhere(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Moskva tuyên bố trục xuất 35 nhà ngoại giao nước ngoài.", [("35 nhà ngoại giao", 35, "nhà ngoại giao")]),
    ("Bộ phim kể về ba nhà toán học làm việc cho NASA.", [("ba nhà toán học", 3, "nhà toán học")]),
    ("Đội bóng nằm cùng bảng với 7 nhà vô địch khác.", [("7 nhà vô địch", 7, "nhà vô địch")]),
    ("Chương trình có sự tham gia của 3 nhà mạng lớn.", [("3 nhà mạng", 3, "nhà mạng")]),
    ("Hội thảo quy tụ 12 nhà vật lý trẻ.", [("12 nhà vật lý", 12, "nhà vật lý")]),
    ("Mỗi lữ đoàn tên lửa có 8 dàn phóng.", [("8 dàn phóng", 8, "dàn phóng")]),
    # a house is still a house
    ("Cơn lốc làm sập 5 nhà dân trong xóm.", [("5 nhà", 5, "nhà")]),
])
def test_people_named_nha_and_their_field(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tiền đạo này đã có 4 “Quả bóng Vàng” trong sự nghiệp.", [("4 “Quả bóng Vàng", 4, "bóng vàng")]),
    ("Anh đang hướng tới kỷ lục 5 Quả bóng Vàng.", [("5 Quả bóng Vàng", 5, "bóng vàng")]),
    ("Cậu bé từng giành 3 Quả bóng vàng khi còn nhỏ.", [("3 Quả bóng vàng", 3, "bóng vàng")]),
])
def test_the_golden_ball_in_title_case(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cả nước dự kiến sản xuất khoảng 2,6 tỷ lít sữa tươi.",
     [("khoảng 2,6 tỷ lít", 2_600_000_000, None, "lít", "about")]),
    ("Nhà máy bia đạt hơn 1 tỉ lít mỗi năm.", [("hơn 1 tỉ lít", 1_000_000_000, None, "lít", "over")]),
    # billions of a noun we do not know stay money
    ("Tỉnh cần 12,1 ngàn tỷ chia cho các huyện.",
     [("12,1 ngàn tỷ", 12_100_000_000_000, None, "đồng", "exact")]),
])
def test_billions_of_a_measure_keep_the_measure(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("MU sắp bỏ ra 75 triệu Bảng để mua tiền đạo này.", [("75 triệu Bảng", 75_000_000, "bảng")]),
    ("Chelsea mua anh từ Anderlecht với giá 18 triệu Bảng.", [("18 triệu Bảng", 18_000_000, "bảng")]),
    ("Liverpool sẵn sàng trả 52 triệu Euro.", [("52 triệu Euro", 52_000_000, "euro")]),
    # "Đồng" with a capital opens a place; the millions are đồng
    ("Tỉnh hỗ trợ 5 triệu Đồng Nai vẫn chưa nhận.", [("5 triệu", 5_000_000, "đồng")]),
])
def test_a_capitalised_currency_after_millions(sentence, expected):
    assert records(sentence) == expected
