"""Exact records for fig60 (issue 10: figures on fresh text of the topics of the unseen split test2, from the
errors of 30 unannotated baomoi articles drawn with seed 6060 by topic): a decoration of the state or the
Party counted with the capital of its name ("11 Huân chương", "30 Huy hiệu Đảng") is counted as "5 Kỷ niệm
chương" and "3 Bằng khen" are; a grassroots union written out is the head "công đoàn cơ sở", capital or not,
as its abbreviation "CĐCS" is; "ĐBQH" (đại biểu Quốc hội) is expanded to its head "đại biểu" as "ĐB" is.
Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Thay mặt Nhà nước, đồng chí Bí thư đã trao 12 Huân chương Lao động hạng Ba tặng các tập thể.",
     [("12 Huân chương", 12.0, None, "huân chương", "exact")]),
    ("Dịp này, Huyện ủy trao tặng 45 Huy hiệu Đảng cho các đảng viên lão thành.",
     [("45 Huy hiệu", 45.0, None, "huy hiệu", "exact")]),
    ("Bộ Quốc phòng trao hơn 20 huân chương cho cán bộ, chiến sĩ.",
     [("hơn 20 huân chương", 20.0, None, "huân chương", "over")]),
    # guards: the other decorations were counted already, with or without a capital
    ("Công đoàn ngành trao 6 Bằng khen và 3 Kỷ niệm chương cho cán bộ.",
     [("6 Bằng khen", 6.0, None, "bằng khen", "exact"), ("3 Kỷ niệm chương", 3.0, None, "kỷ niệm chương", "exact")]),
])
def test_a_decoration_counted_with_its_capital(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Liên đoàn Lao động thành phố đang quản lý hơn 8.500 Công đoàn cơ sở với 900.000 đoàn viên.",
     [("hơn 8.500 Công đoàn cơ sở", 8500.0, None, "công đoàn cơ sở", "over"),
      ("900.000 đoàn viên", 900000.0, None, "đoàn viên", "exact")]),
    ("Trong năm, các cấp công đoàn đã thành lập mới 37 công đoàn cơ sở.",
     [("37 công đoàn cơ sở", 37.0, None, "công đoàn cơ sở", "exact")]),
    # guard: the abbreviation reads the same
    ("Năm qua thành lập mới 14 CĐCS.", [("14 CĐCS", 14.0, None, "công đoàn cơ sở", "exact")]),
])
def test_a_grassroots_union_written_out_is_one_head(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hiện Quốc hội khuyết 4 ĐBQH do chuyển công tác.", [("4 ĐBQH", 4.0, "đại biểu")]),
    # guard: the short form stays as it was
    ("Kỳ họp có 58 ĐB vắng mặt.", [("58 ĐB", 58.0, "đại biểu")]),
])
def test_a_member_of_parliament_abbreviated_is_a_delegate(sentence, expected):
    assert records(sentence) == expected
