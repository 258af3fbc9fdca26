"""Exact records for fig54 (issue 10, figure recall on unseen text): "ba" before a noun of one syllable
counts three where it is the object of a verb or a preposition (units.toml [spelled] open_noun_pos,
open_after_pos), words that make one word with it are no number ([spelled] word_before), a count that
lists its items after its noun is a first count, no pair pointing back (figures.py _items_named), and
square metres and the yuan's code glued to the digits. Every sentence is written for the test; guards
(marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import records


@pytest.mark.parametrize("sentence, expected", [
    ("Đêm qua trên địa bàn huyện xảy ra ba vụ cháy rừng.", [("ba vụ", 3.0, "vụ")]),
    ("Đoàn công tác đã đến thăm ba trường vùng cao của tỉnh.", [("ba trường", 3.0, "trường")]),
    ("Tiền đạo trẻ ghi ba bàn trong trận chung kết.", [("ba bàn", 3.0, "bàn")]),
    # guards: the father, a backpack, a junction, a kind of a noun and an unsure start stay no figure
    ("Hôm qua tôi gặp ba tôi ở chợ.", []),
    ("Em đeo ba lô đến trường mỗi sáng.", []),
    ("Xe tải gây tai nạn tại ngã ba đường Lê Lợi.", []),
    ("Quán bán xôi nếp ba màu rất đắt hàng.", []),
    ("Ba cô mất khi cô còn nhỏ.", []),
])
def test_ba_before_a_noun_of_one_syllable(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hàng nông sản chịu cạnh tranh từ hai quốc gia là Thái Lan và Campuchia.",
     [("hai quốc gia", 2.0, "quốc gia")]),
    ("Việc cấp cứu cần sự chung tay từ hai phía là bệnh viện và gia đình.", [("hai phía", 2.0, "phía")]),
    ("Sở sẽ lấy ý kiến của ba bên gồm: Công an tỉnh, Sở Tư pháp và Sở Nội vụ.", [("ba bên", 3.0, "bên")]),
    # guards: the bond of two named parties, and a pair that does something first, point back
    ("Quan hệ giữa hai nước là nền tảng và động lực của khu vực.", []),
    ("Một trọng tâm của hai bên là chống lãng phí, chống tham nhũng.", []),
])
def test_a_count_that_lists_its_items_is_no_pair(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Lô đất đấu giá có tổng diện tích 2.150,5m² nằm ven quốc lộ.", [("2.150,5m²", 2150.5, "m2")]),
    ("Tòa án buộc công ty bồi thường 350.000NDT cho các hộ dân.", [("350.000NDT", 350000.0, "nhân dân tệ")]),
])
def test_glued_square_metres_and_yuan(sentence, expected):
    assert records(sentence) == expected
