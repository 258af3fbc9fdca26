"""Exact records for counts that point back to people the article has already counted (round 15,
general news of dev9, dev10, test8): "cả" (both, all) or "một trong" (one of) before a count of people
whose value was already counted for people ("Hai người" ... "một trong hai nạn nhân"). Every sentence is
written for the test; guards (marked) show the first counts of a set that the rule must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # the people already counted, named again by their role
    ("Hai người bị sóng cuốn trôi khi đi câu. Sáng nay đã tìm thấy một trong hai nạn nhân.",
     [("Hai người", 2.0, None, "người", "exact")]),
    ("Có 3 học sinh bị bỏng nhẹ. Cả 3 nạn nhân được đưa đi cấp cứu kịp thời.",
     [("3 học sinh", 3.0, None, "học sinh", "exact")]),
    ("Cảnh sát triệu tập 2 thanh niên. Một trong số 2 đối tượng khai nhận hành vi trộm cắp.",
     [("2 thanh niên", 2.0, None, "thanh niên", "exact")]),
    # guards: the same value counted for things leaves a first count of people alone
    ("Đoàn tặng 2 xe lăn. Cả hai nạn nhân nhận quà tại nhà riêng.",
     [("2 xe lăn", 2.0, None, "xe lăn", "exact"), ("hai nạn nhân", 2.0, None, "nạn nhân", "exact")]),
    # guards: "cả", "một trong" before things open a set of their own
    ("Xã có 3 thôn. Cả 3 bên gồm nhà nước, doanh nghiệp và người dân cùng góp vốn.",
     [("3 thôn", 3.0, None, "thôn", "exact"), ("3 bên", 3.0, None, "bên", "exact")]),
    # guards: no earlier count of that many people
    ("Huyện là một trong bốn địa phương đầu tiên đạt chuẩn, với 5 người được khen.",
     [("bốn địa phương", 4.0, None, "địa phương", "exact"), ("5 người", 5.0, None, "người", "exact")]),
])
def test_pointing_back_to_people_counted(sentence, expected):
    assert full_records(sentence) == expected
