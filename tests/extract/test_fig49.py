"""Exact records for fig49 (issue 10, figure precision on unseen general news): "một" after a multiplier is
the article of a rate's base ("7 nghìn một kg"), two neighbouring values joined by a comma are one hedged
amount ("ba, bốn lần"), a number after a brand with a capital inside names a version, "năm" before a grade or
an ordinal is the year word, a bound set for a class ("đối với") is a rule's threshold, a pair after the nouns
of a couple's bond points back, and "mẫu"/"dòng" before a product line drop like a classifier. Every sentence
is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import figs, records


@pytest.mark.parametrize("sentence, expected", [
    ("Chợ đầu mối bán cà chua giá 9 nghìn một kg vào sáng nay.", [("9 nghìn", 9000.0, "đồng")]),
    ("Thịt bò ở đây bán khoảng 250 nghìn một cân.", [("khoảng 250 nghìn", 250000.0, "đồng")]),
    ("Tiền thuê kho đã tốn 30 triệu một tháng.", [("30 triệu", 30000000.0, "đồng")]),
    # guards: "một" before a number word goes on the number; "năm" after a multiplier stays the year word
    ("Hội thao thu hút hai nghìn một trăm người tham gia.", [("hai nghìn một trăm người", 2100.0, "người")]),
    ("Hóa thạch có tuổi khoảng 5 triệu năm.", []),
])
def test_mot_after_a_multiplier_is_the_article_of_a_rate(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Anh kể mình từng bị phạt ba, bốn lần vì đỗ xe sai chỗ.", [("ba, bốn lần", 3.0, "lần")]),
    ("Cô nhận mức lương 8, 9 triệu/tháng khi mới ra trường.", [("8, 9 triệu", 8000000.0, "đồng")]),
    ("Mỗi chuyến đò chở khoảng 4, 5 khách qua sông.", [("khoảng 4, 5 khách", 4.0, "khách")]),
    # guard: values that are no neighbours are a list, one figure each
    ("Đoàn trao 5, 10 và 20 suất quà cho các thôn.",
     [("5", 5.0, "suất quà"), ("10", 10.0, "suất quà"), ("20 suất quà", 20.0, "suất quà")]),
])
def test_two_neighbouring_values_are_one_hedged_amount(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bản cập nhật iOS 12 chạy mượt hơn trên máy cũ.", []),
    ("Người dùng iOS 9 được khuyên nâng cấp sớm.", []),
    # guard: a count after the name stays
    ("Nhà mạng bán ra 3 chiếc iPhone mỗi phút.", [("3 chiếc iPhone", 3.0, "iphone")]),
])
def test_a_number_after_a_brand_with_an_inner_capital_names_a_version(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Năm lớp 10, Lan bắt đầu học đàn.", []),
    ("Điểm tổng kết năm lớp 11 của em là 9,1.", []),
    # guard: "năm" before a noun and no number is five
    ("Xã vừa khánh thành năm cây cầu dân sinh.", [("năm cây cầu", 5.0, "cầu")]),
])
def test_nam_before_a_grade_is_the_year_word(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mức phạt áp dụng cho hàng hóa có giá trị dưới 50 triệu đồng đối với hộ kinh doanh.", []),
    ("Học viên phải thi tối thiểu 8 vòng đối với môn Tin học.", []),
    # guard: an amount given for a class with no bound is money given
    ("Tỉnh hỗ trợ 3 triệu đồng đối với mỗi hộ nghèo.", [("3 triệu đồng", 3000000.0, "đồng")]),
])
def test_a_bound_set_for_a_class_is_a_threshold(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Người hâm mộ luôn chúc phúc cho tình yêu hai người.", []),
    ("Chuyện tình của hai người từng khiến dư luận xôn xao.", []),
    ("Bạn bè đều nói duyên phận hai người là do trời định.", []),
    # guards: the pair as the people reported stays, and so does a pair possessed by "của" before a noun
    ("Vụ cháy làm hai người bị thương.", [("hai người", 2.0, "người")]),
    ("Đây là tài sản của hai người con trai ông.", [("hai người", 2.0, "người")]),
])
def test_a_pair_after_the_nouns_of_a_bond_points_back(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hãng sẽ ra mắt hai mẫu iPhone mới vào mùa thu.", [("hai mẫu iPhone", 2.0, "iphone")]),
    ("Cuộc thi nhận được 35 mẫu thiết kế từ sinh viên.", [("35 mẫu thiết kế", 35.0, "thiết kế")]),
    ("Đại lý trưng bày ba dòng xe điện mới.", [("ba dòng xe", 3.0, "xe")]),
    # guard: "dòng máu" is a word of its own
    ("Cậu bé mang hai dòng máu Việt - Pháp.", [("hai dòng máu", 2.0, "dòng máu")]),
])
def test_mau_and_dong_before_a_product_line_drop(sentence, expected):
    assert records(sentence) == expected


def test_a_price_per_kg_in_an_article_is_money():
    title = "Dưa hấu rớt giá"
    body = "Nông dân bán dưa cho thương lái giá 4 nghìn một kg, thấp hơn năm ngoái."
    assert [f[:3] for f in figs(title, body)] == [("4 nghìn", 4000.0, "đồng")]
