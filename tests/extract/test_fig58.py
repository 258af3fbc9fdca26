"""Exact records for fig58 (issue 10: figure precision on unseen general news, from the errors of test16,
test15 and 50 unannotated baomoi articles drawn with seed 5858): a count of one after "mỗi" + a noun is one
per item, a rate ("mỗi phòng thi đều có 1 cán bộ"), unless a quota word makes it a limit or it is money, a
measure or pay counted in time; the owners of a firm's legal form ("công ty TNHH 2 thành viên") name it;
"hai lãnh đạo" after "giữa" are the two heads just named; a kiss, a mouth or a package keeps what it is
of ("1 nụ hôn", "bốn gói cước"), and "kiểu" is a kind dropped as
"loại" ("20 kiểu hệ sinh thái" -> "hệ sinh thái").
Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records, records


@pytest.mark.parametrize("sentence", [
    "Theo quy chế, mỗi phòng thi đều có 1 cán bộ giám sát độc lập.",
    "Mỗi lô hàng nhập khẩu là 1 tờ khai hải quan.",
    "Mỗi một lô xe phải mang 1 chiếc xe đi kiểm định.",
    "Hãng cho biết mỗi chuyến được mời thêm 1 người thân đi cùng.",
])
def test_a_count_of_one_per_item_is_a_rate(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # guards: a quota word makes the one a limit, which the guideline annotates
    ("Ban tổ chức quy định mỗi đoàn chỉ có 1 trưởng đoàn.",
     [("1 trưởng đoàn", 1.0, None, "trưởng đoàn", "exact")]),
    # money and pay counted in time per item are amounts
    ("Xã hỗ trợ mỗi gia đình 1 triệu đồng để sửa nhà.",
     [("1 triệu đồng", 1000000.0, None, "đồng", "exact")]),
    ("Công ty vẫn thưởng Tết cho công nhân mỗi người 1 tháng lương.",
     [("1 tháng lương", 1.0, None, "tháng lương", "exact")]),
    # larger counts of things per item stay figures (a building's designed size); people an item has are a
    # crew per item of any size since fig63 (guideline dev14 p1, test17: "Mỗi đội sẽ có 3 thành viên")
    ("Mỗi khu nhà gồm 5 tầng.",
     [("5 tầng", 5.0, None, "tầng", "exact")]),
    # far from "mỗi", after a description of the item, the one is a part of it
    ("Mỗi căn nhà có chiều rộng 5m và dài 12m, gồm có 1 gác lửng.",
     [("5m", 5.0, None, "m", "exact"), ("12m", 12.0, None, "m", "exact"),
      ("1 gác lửng", 1.0, None, "gác lửng", "exact")]),
])
def test_a_quota_money_or_a_larger_count_per_item_stays(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Trong quý có 120 công ty trách nhiệm hữu hạn 1 thành viên giải thể.", [("120 công ty", 120.0, "công ty")]),
    ("Tỉnh có 45 công ty TNHH 2 thành viên đăng ký mới.", [("45 công ty", 45.0, "công ty")]),
    # guard: members counted elsewhere stay
    ("Hội kết nạp 2 thành viên mới.", [("2 thành viên", 2.0, "thành viên")]),
])
def test_the_owners_of_a_legal_form_name_the_firm(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # (the spelled pair after two named leaders was dropped before too, by the named-pair look-back)
    ("Tổng thống Mỹ và Tổng thống Nga đã điện đàm. Cuộc gặp giữa hai lãnh đạo sẽ diễn ra vào tháng sau.", []),
    ("Điện Kremlin cho rằng cuộc gặp giữa 2 nhà lãnh đạo khó sớm diễn ra.", []),
    # guard: leaders counted in a delegation stay
    ("Đoàn công tác có 2 lãnh đạo tỉnh và 5 doanh nghiệp.",
     [("2 lãnh đạo", 2.0, "lãnh đạo"), ("5 doanh nghiệp", 5.0, "doanh nghiệp")]),
])
def test_two_leaders_after_between_point_back(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cô gái nhận được 1 nụ hôn trên sân khấu.", [("1 nụ hôn", 1.0, "nụ hôn")]),
    ("Nhà mạng đưa ra bốn gói cước mới cho học sinh.", [("bốn gói cước", 4.0, "gói cước")]),
    ("Các nhà khoa học tìm thấy sinh vật ở hơn 20 kiểu hệ sinh thái.",
     [("hơn 20 kiểu hệ sinh thái", 20.0, "hệ sinh thái")]),
    # guards: alone or as a dictionary word the noun stays as it was; a mouth to feed was read whole before
    ("Gia đình anh có bốn miệng ăn.", [("bốn miệng ăn", 4.0, "miệng ăn")]),
    ("Xã đã thu đủ 4 gói.", [("4 gói", 4.0, "gói")]),
    ("Công ty ra mắt 3 kiểu dáng mới.", [("3 kiểu dáng", 3.0, "kiểu dáng")]),
])
def test_a_bound_noun_keeps_what_it_is_of(sentence, expected):
    assert records(sentence) == expected
