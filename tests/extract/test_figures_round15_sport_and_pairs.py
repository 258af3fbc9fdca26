"""Exact records for general news that figure precision still got wrong in round 15 (sport, showbiz,
foreign and court news of dev9, dev10, dev11, test8):

- sport: formations ("sơ đồ 1 tiền đạo"), places in a standing ("xếp vị trí hai và ba chung cuộc"), a
  feat named by its titles ("cú ăn 6") and a match's margin in goals ("cách biệt 2 bàn", "vùi dập 4
  bàn") are no figures, while a goal tally ("ghi được 2 bàn", guideline dev8) stays;
- people named and then counted: a count of two people after a pair "A và B" of names just before it,
  or "hai đồng phạm là A và B" whose A the article already named, points back;
- chat-style pairs: "đứa", "thằng" without a child's noun after them ("2 đứa bây", "Hai thằng") are the
  people of the story, where "3 đứa con" counts children.

Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Huấn luyện viên chọn sơ đồ 1 tiền đạo cắm cho trận gặp đội khách.", []),
    ("Ba đội lần lượt xếp vị trí nhất, hai và ba chung cuộc sau chặng cuối.",
     [("Ba đội", 3.0, None, "đội", "exact")]),
    ("Câu lạc bộ từng giành cú ăn 6 trong mùa giải năm ấy.", []),
    ("Đội chủ nhà thắng cách biệt 3 bàn ở lượt đi.", []),
    ("Hà Tĩnh bị đội khách vùi dập 5 bàn không gỡ trên sân nhà.", []),
    # guards: a goal tally and a count before the formation word stay
    ("Tiền đạo trẻ đã ghi được 3 bàn sau 7 trận.",
     [("3 bàn", 3.0, None, "bàn", "exact"), ("7 trận", 7.0, None, "trận", "exact")]),
    ("Ông thường dùng 2 sơ đồ 4-3-3 và 3-5-2.", [("2 sơ đồ", 2.0, None, "sơ đồ", "exact")]),
    ("Đội có 3 tay đua nằm trong tốp 10 chung cuộc.", [("3 tay đua", 3.0, None, "tay đua", "exact")]),
])
def test_sport_ranks_formations_and_margins(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ca sĩ Minh Thư và Quốc Bảo xuất hiện cùng nhau tại sự kiện. Hai người chỉ mỉm cười trước ống kính.",
     []),
    ("Thủ tướng Anh Nguyễn Vũ và Tổng thống Pháp Lê Hòa gặp nhau tại Paris. Sau đó, hai nhà lãnh đạo "
     "dùng bữa trưa. Hai nhà lãnh đạo còn nhiều bất đồng.", []),
    ("Tòa xử Lê Văn Hải và Phan Minh Tú. Trước đó, Hải rủ thêm hai đồng phạm là Phan Minh Tú và Đỗ Bình.",
     []),
    # guards: a pair named only after its count is a first count; two people counted with no names before
    ("Nhóm nhạc có hai thành viên là Mai Hoa và Thu Hà.", [("hai thành viên", 2.0, None, "thành viên", "exact")]),
    ("Xe khách lật trên đèo khiến 2 người bị thương.", [("2 người", 2.0, None, "người", "exact")]),
])
def test_people_named_then_counted(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tao phải nấu cơm cho cả 2 đứa mày suốt một năm trời.", []),
    ("Hai thằng rủ nhau ra phố chơi tới khuya.", []),
    ("Hồi đó hai đứa còn yêu nhau say đắm.", []),
    # guards: children counted
    ("Chị một mình nuôi 3 đứa con ăn học.", [("3 đứa con", 3.0, None, "con", "exact")]),
    ("Bà chăm hai đứa cháu mồ côi.", [("hai đứa cháu", 2.0, None, "cháu", "exact")]),
])
def test_chat_style_pairs(sentence, expected):
    assert full_records(sentence) == expected
