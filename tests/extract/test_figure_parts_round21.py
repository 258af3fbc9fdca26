"""Exact records for parts of one thing, which are no counts (guideline: "gẫy hai tay", "bấm 1 ngón";
numbers pointing back to things just named): the two sides or ends of one river, bridge or blade
(units.toml [spelled] not_after_two), the parts of one body (not_figures.toml [body_parts]) and the
class of a car's drive or control after a drive code ([product_class]). Every sentence is written
for the test; each class has a guard that a real count next to it stays.
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence, expected", [
    # the sides and ends of one thing
    ("Người dân sống ở hai bên bờ con kênh đã được di dời 120 hộ.", [("120 hộ", 120.0, "hộ")]),
    ("Cây cầu nối liền hai bờ sông, có 3 nhịp.", [("3 nhịp", 3.0, "nhịp")]),
    ("Lực lượng chức năng chốt chặn ở hai đầu cầu suốt đêm.", []),
    ("Đây là con dao hai lưỡi với 40 hộ dân.", [("40 hộ", 40.0, "hộ")]),
    # the parts of one body
    ("Cô bé chỉ cần bấm 1 ngón là mở được điện thoại.", []),
    ("Anh bị gãy 2 ngón tay và chấn thương hai đầu gối.", []),
    ("Tai nạn khiến 2 người bị thương nặng.", [("2 người", 2.0, "người")]),
    # the class of a drive or a control in a car's spec list
    ("Mẫu xe có bản XLS 4x2 (1 cầu) và bản XLT 4x4 (2 cầu).", []),
    ("Kính lái điều khiển 1 chạm, chống kẹt.", []),
    # guard: bridges counted stay
    ("Tỉnh khởi công xây dựng 5 cầu dân sinh.", [("5 cầu", 5.0, "cầu")]),
])
def test_parts_of_one_thing_are_no_counts(sentence, expected):
    assert records(sentence) == expected
