"""Exact records for the figure classes of round 19 (precision on unannotated general news of the baomoi
corpus, seeds 2525 and 4747): set phrases that count nothing, spelled or written with a digit ("váy hai
dây", "2 đời chồng", "bảy sắc cầu vồng", "cơ bụng 6 múi", "nghe bằng 2 tai", "1 thân 1 mình"). Every
sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Cô chọn áo hai dây màu trắng cho buổi dạo phố.", []),
    ("Người mẫu diện chiếc đầm 2 dây khoe vai trần.", []),
    ("Hàng xóm chê cô là gái hai đời chồng.", []),
    ("Bộ móng bảy sắc cầu vồng hợp với ngày hè.", []),
    ("Nam diễn viên khoe cơ bụng 6 múi sau nửa năm tập gym.", []),
    ("Lãnh đạo phải nghe bằng 2 tai, nhìn bằng 2 mắt.", []),
    ("Bà cụ sống 1 thân 1 mình trong căn nhà nhỏ.", []),
    # guards: a count next to such a phrase stays; a noun going on after the head is another thing
    ("Anh tập cơ bụng 6 múi trong 8 tháng và giảm 12 kg.", [("12 kg", 12.0, None, "kg", "exact")]),
    ("Cửa hàng bán được 2 tai nghe không dây.", [("2 tai nghe", 2.0, None, "tai nghe", "exact")]),
    ("Đoàn trao 20 suất quà cho hai dây chuyền sản xuất.", [("20 suất quà", 20.0, None, "suất quà", "exact"),
      ("hai dây chuyền", 2.0, None, "dây chuyền", "exact")]),
])
def test_set_phrases_count_nothing_spelled_or_with_a_digit(sentence, expected):
    assert full_records(sentence) == expected
