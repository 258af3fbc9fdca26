"""Exact records for the figure classes of round 19 (fig24): a pair of a name and a lower-case partner
noun before "hai người" points back to the couple; doses counted per intake or per day are a schedule;
a single boat's own engine after "con tàu" is its spec, not a class threshold. Every sentence is written
for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # a name and a partner noun, then a count of two people: the couple just named
    ("Thu Trang và bạn trai đã chia tay. Thu Trang cho biết hai người không còn liên lạc.", []),
    ("Ca sĩ Minh Hằng và chồng về quê ăn Tết. Hai người được người hâm mộ chào đón.", []),
    # guards: a partner noun before a count of people who are not the pair still counts them
    ("Thu Trang và bạn trai mở quán cà phê. Quán thuê 5 người phục vụ.",
     [("5 người", 5.0, None, "người", "exact")]),
    # a count of two that names its items afterwards stays a figure
    ("Ban nhạc tuyển thêm hai thành viên là Quốc Bảo và Hà Vy.",
     [("hai thành viên", 2.0, None, "thành viên", "exact")]),
    # doses counted per intake or per day are a schedule
    ("Ngày hai lần, mỗi lần người lớn uống 2 viên; trẻ nhỏ uống 1 viên.", []),
    ("Tán bột, mỗi ngày uống từ 3-6 gói tùy bệnh.", []),
    # guards: a measured amount a day, and a count in a sentence with no period, stay figures
    ("Mỗi ngày uống 3g bột nghệ.", [("3g", 3.0, None, "g", "exact")]),
    ("Bệnh nhân đã uống 20 viên thuốc ngủ.", [("20 viên thuốc ngủ", 20.0, None, "thuốc ngủ", "exact")]),
    # one boat's own engine after its classifier is its spec, a figure
    ("Con tàu trên 400 CV của anh Hùng vừa cập bến.", [("trên 400 CV", 400.0, None, "cv", "over")]),
    # guard: a bound after the bare noun still names a class of boats
    ("Tàu cá trên 400 CV được hỗ trợ dầu.", []),
])
def test_round19_records(sentence, expected):
    assert full_records(sentence) == expected
