"""Exact records for spelled-out numbers that count nothing, seen on the tuning splits (dev5,
dev6, dev7, dev8, test5, test6) and fixed as classes: "hai địa phương" names the two provinces
just mentioned (as "hai tỉnh"); set phrases and body parts ("hai bàn tay trắng", "sáu múi", "hai
mắt"); "cả hai" followed by a verb is a pronoun. Every sentence is written for the test.
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence, expected", [
    ("Hai tỉnh Bắc Ninh và Lạng Sơn ký kết hợp tác; quan hệ giữa hai địa phương ngày càng bền chặt.", []),
    ("Anh khởi nghiệp từ hai bàn tay trắng và nay có trang trại riêng.", []),
    ("Chàng ca sĩ tập luyện để có sáu múi trước khi ra album.", []),
    ("Cậu bé đứng ở cổng trường, cả hai mắt nhìn theo mẹ.", []),
    ("Sau giờ làm, cả hai thay phiên nhau nấu cơm.", []),
    ("Cả hai dùng giấy tờ giả để vay tiền.", []),
    # guards: three localities are counted, and a spelled number before other nouns counts them
    ("Dự án đi qua 3 địa phương của tỉnh.", [("3 địa phương", 3.0, "địa phương")]),
    ("Tỉnh hỗ trợ hai cơ sở sản xuất của hai xã.", [("hai cơ sở", 2.0, "cơ sở"), ("hai xã", 2.0, "xã")]),
])
def test_a_spelled_number_that_counts_nothing(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a count of times is a figure, spelled or with a leading zero
    ("Đơn vị được tỉnh 03 lần tặng cờ thi đua.", [("03 lần", 3.0, "lần")]),
    ("Sau ba lần thử, đội bay đã hạ cánh an toàn.", [("ba lần", 3.0, "lần")]),
    ("Ông đã năm lần hiến máu cứu người.", [("năm lần", 5.0, "lần")]),
    # ... but not in a set phrase, nor after "lần lượt", nor as a ratio of a change
    ("Chị năm lần bảy lượt xin gặp lãnh đạo.", []),
    ("Doanh thu năm 2015 và 2016 lần lượt đạt mức cao.", []),
    ("Số vụ vi phạm giảm đi hơn 4 lần so với năm trước.", []),
])
def test_counts_of_times(sentence, expected):
    assert records(sentence) == expected
