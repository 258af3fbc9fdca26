"""Exact records for fig75: figures of test20 (random general news) and the car news of fresh baomoi
articles. Every sentence is written for the test.

- A number written with a dot before one digit ("2.0", "4.8") is an English decimal. Right after an
  engine or model word ("động cơ", "sedan") or a model code ("X1", "S90") and before a noun that no data
  file names as a unit, it is a model or engine label, not a figure (guideline test20 "Động cơ 2.0").
  Before a measure, and away from those words, it stays an amount.
- A box ("hộp") is counted at the container, as "thùng": "99 hộp tôm hùm" -> "hộp" (gold dev17, dev18,
  test20); "hộp sọ", "hộp đêm", "hộp carton" and the like stay whole.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Động cơ 2.0 công suất 190 mã lực, mô-men xoắn 300 Nm.",
     [("190 mã lực", 190, None, "mã lực", "exact"), ("300 Nm", 300, None, "nm", "exact")]),
    ("Mẫu BMW X3 2.0 phiên bản 2012 có giá 650 triệu đồng.",
     [("650 triệu đồng", 650_000_000, None, "đồng", "exact")]),
    ("Chiếc Kia K3 sedan 1.6 giá 580 triệu đồng tại đại lý.",
     [("580 triệu đồng", 580_000_000, None, "đồng", "exact")]),
])
def test_dotted_model_label_is_no_figure(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a measure after the engine word: the displacement is an amount
    ("Xe dùng động cơ 1.5 lít, 4 xi lanh.",
     [("1.5 lít", 1.5, None, "lít", "exact")]),
    # a measure the data files name ("độ"), away from the engine words
    ("Con tàu bị nghiêng 12.5 độ về mạn phải.",
     [("12.5 độ", 12.5, None, "độ", "exact")]),
    # an unlisted measure word with no engine word or model code before it stays an amount
    ("Tâm chấn ở độ sâu khoảng 8.2 kilomet.",
     [("khoảng 8.2 kilomet", 8.2, None, "kilomet", "about")]),
])
def test_dotted_amount_stays(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a box is counted at the container; what it holds is said after it (gold "8 hộp sữa", "99 hộp tôm hùm")
    ("Anh mua 99 hộp tôm hùm tặng bạn gái.",
     [("99 hộp", 99, None, "hộp", "exact")]),
    ("Nhóm thiện nguyện trao 50 hộp bánh quy cho các cháu.",
     [("50 hộp", 50, None, "hộp", "exact")]),
    ("Bé uống được 3 hộp đầu tiên thì ăn ngon hơn.",
     [("3 hộp", 3, None, "hộp", "exact")]),
    # compounds that name another thing stay whole, and so does the material "carton"
    ("Các nhà khảo cổ tìm thấy hơn 600 hộp sọ người.",
     [("hơn 600 hộp sọ", 600, None, "hộp sọ", "over")]),
    ("Quận kiểm tra 2 hộp đêm trong đêm qua.",
     [("2 hộp đêm", 2, None, "hộp đêm", "exact")]),
    ("Hàng được đóng trong 400 hộp carton.",
     [("400 hộp carton", 400, None, "hộp carton", "exact")]),
])
def test_box_counted_at_container(sentence, expected):
    assert full_records(sentence) == expected
