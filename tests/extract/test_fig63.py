"""Exact records for fig63: counts of general news that only point back, give a rate per item or name a
thing's make-up, and two units cut short. Every sentence is written for the test.

- "ăn N bàn" tells a match's score in words, like "vùi dập 4 bàn" (not_figures.toml [scores] margin_before;
  guideline test17); a player's "ghi 2 bàn" stays a tally.
- People an item has, after "mỗi" + the item and "có"/"gồm", are a crew per item, a rate of any size
  ("Mỗi đội sẽ có 3 thành viên", guideline dev14 p1), and so are things each item is given ("Mỗi phật tử
  được nhận 3 cuốn sách", dev10 p2); people of a period, people an item serves, and money so given stay
  ([rate] each_crew_units, crew_verbs, allot_verbs).
- What a generic item usually has or takes ("Một thuyền thông thường có 4 người", "một chiếc xe tải có
  thể cần 10 lốp", guideline dev11 p3, test14) and what making one unit takes, with that one unit ("cần
  đến 20 kỹ thuật viên và 6 tháng để hoàn thành 1 chiếc xe", guideline test17) are rates ([rate]
  generic_markers, generic_verbs, need_before, make_verbs).
- "cả" + a bare classifier of things ("cả 2 chiếc đều cháy trụi") repeats the things just listed
  ([pointing_back] bare_after_all).
- A number inside the quoted name of a programme is part of the name ([quoted_names]).
- "xe tay ga", "bếp ăn" are counted whole (units.toml [heads]); "ngôi sao" drops its classifier like
  "ngôi nhà" (units.toml aliases: "sao").
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence, expected", [
    ("Đội khách quá mạnh, họ ăn bốn bàn nhàn nhã trong hiệp hai.", []),
    ("Đội chủ nhà ăn 3 bàn chỉ trong 20 phút đầu.", []),
    ("Tiền đạo này ghi 2 bàn trong trận đấu.", [("2 bàn", 2.0, "bàn")]),
])
def test_goals_let_in_or_scored_in_one_match_are_its_score(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mỗi đội sẽ có 3 thành viên được bịt mắt để bắt vịt.", []),
    ("Trong hội thi, mỗi đội sẽ có ba người thi.", []),
    ("Mỗi tổ gồm khoảng 5 người trực đêm.", []),
    ("Sau buổi lễ, mỗi phật tử được nhận 3 cuốn sách.", []),
    # the people of a period, people served and people sent are counted
    ("Mỗi ngày có từ 10-15 người nghèo đến lấy quần áo.", [("từ 10-15 người", 10.0, "người")]),
    ("Mỗi công chức phục vụ hơn 700 người dân.", [("hơn 700 người", 700.0, "người")]),
    ("Mỗi đợt khoảng 50-70 cán bộ xuống thôn giúp dân.", [("khoảng 50-70 cán bộ", 50.0, "cán bộ")]),
    # money and measures given per item are amounts
    ("Mỗi hộ được nhận 2 triệu đồng tiền hỗ trợ.", [("2 triệu đồng", 2000000.0, "đồng")]),
    ("Mỗi hộ nghèo được tặng 10 kg gạo.", [("10 kg", 10.0, "kg")]),
    # a designed size of a building is no crew
    ("Mỗi khu nhà bao gồm 5 tầng.", [("5 tầng", 5.0, "tầng")]),
])
def test_people_or_things_per_item_are_a_rate(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Một ghe thông thường có 4 người, dịp lễ thì ghe chở 6 người.", []),
    ("Theo chủ xe, một chiếc xe tải có thể cần 10 lốp hay thậm chí là 14 lốp.", []),
    ("Hãng cần đến 20 kỹ thuật viên và 6 tháng để hoàn thành 1 chiếc xe.", []),
    # one thing of the story, no generic marker: a count
    ("Một con cá lớn cần khoảng 5 người khiêng.", [("khoảng 5 người", 5.0, "người")]),
    ("Công ty tuyển 20 kỹ thuật viên để hoàn thành dự án.", [("20 kỹ thuật viên", 20.0, "kỹ thuật viên")]),
    # the specification of the model stays
    ("Hãng cần 20 thợ để làm 1 chiếc, mỗi chiếc gồm 1.800 bộ phận.", [("1.800 bộ phận", 1800.0, "bộ phận")]),
])
def test_what_a_generic_item_has_or_one_unit_takes_is_a_rate(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Kẻ gian lấy 1 xe tay ga màu đỏ, 1 xe Wave, cả 2 chiếc đều mới mua.",
     [("1 xe tay ga", 1.0, "xe tay ga"), ("1 xe", 1.0, "xe")]),
    ("Cả 2 chiếc ghe đều bị chìm.", [("2 chiếc ghe", 2.0, "ghe")]),
    ("Cả 3 con nhỏ ngủ say.", [("3 con", 3.0, "con")]),
])
def test_all_of_a_bare_classifier_points_back_to_things_listed(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ngôi trường được xây bằng kinh phí của chương trình “1 hộp sữa, 1 viên gạch” do hãng sữa khởi xướng.", []),
    ("Huyện đẩy mạnh phong trào “Ba xây và ba chống” trong toàn quân.", []),
    ("Chương trình “Tặng 500 xe đạp” đã trao 500 xe đạp cho học sinh.", [("500 xe đạp", 500.0, "xe đạp")]),
])
def test_a_number_inside_a_programmes_quoted_name_is_part_of_the_name(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Điểm trường gồm 3 phòng học và 1 bếp ăn cho học sinh.",
     [("3 phòng học", 3.0, "phòng học"), ("1 bếp ăn", 1.0, "bếp ăn")]),
    ("Anh mua thêm 2 xe tay ga cho con.", [("2 xe tay ga", 2.0, "xe tay ga")]),
    ("Đội tuyển vắng hai ngôi sao Minh Tuấn và Văn Hậu.", [("hai ngôi sao", 2.0, "sao")]),
    ("Khách sạn đạt chuẩn 4 ngôi sao.", [("4 ngôi sao", 4.0, "sao")]),
])
def test_compounds_counted_whole_and_the_star_classifier_dropped(sentence, expected):
    assert records(sentence) == expected
