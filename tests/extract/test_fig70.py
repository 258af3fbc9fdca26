"""Exact records for fig70: counts that point back to parties or people the text has already named
(GUIDELINES.md "Spelled-out numbers": "hai" + a noun pointing back to two named parties; test13, test16,
test18). Every sentence is written for the test.

- "đất nước" names the two countries of a story as "nước" does, spelled or in digits (units.toml [spelled]
  not_after_two; gold dev11, test8, test13 leave every such pair out).
- A count of three or more parties whose own sentence listed as many names before it names them again
  (extract/figures.py _parties_listed_before; "Anh, Mỹ và Pháp ... 3 nước", test16); names after the count
  are its items and keep it, and so does a count that is the predicate of the names ("... là bốn đội bóng").
- "của hai bạn", "giữa hai bạn": "bạn" (you) addressing the couple of an advice column (not_figures.toml
  [pointing_back] pair_units; test11, test12, test18); a noun going on after it keeps the count.
"""
from __future__ import annotations

import pytest

from article_case import records


# ---------------------------------------------------------------- "đất nước" as "nước"

@pytest.mark.parametrize("sentence", [
    "Hai nữ ca sĩ trò chuyện về ẩm thực, văn hóa 2 đất nước.",
    "Đoàn phim đi lại giữa hai đất nước trong nhiều tháng.",
    "Hai đất nước cũng có nhiều điều kiện để hợp tác.",
])
def test_pair_of_countries_points_back(sentence):
    assert [r for r in records(sentence) if r[2] == "đất nước"] == []


# ---------------------------------------------------------------- parties listed before their count

@pytest.mark.parametrize("sentence", [
    "Anh, Mỹ và Pháp hôm qua ra tuyên bố chung nhấn mạnh 3 nước sẽ không ký hiệp ước.",
    "Nhật Bản, Mỹ và Hàn Quốc sẽ tiến hành đàm phán 3 bên tại hội nghị.",
    "Lào, Thái Lan, Campuchia và Myanmar cam kết 4 nước cùng bảo vệ dòng sông.",
])
def test_count_of_parties_listed_before_it_points_back(sentence):
    assert records(sentence) == []


def test_count_of_parties_naming_them_after_stays():
    assert records("Hội nghị có 3 nước Lào, Campuchia và Thái Lan tham dự.") == [("3 nước", 3, "nước")]


def test_count_as_predicate_of_the_names_stays():
    # "là": the first count of the four, given as their predicate (GUIDELINES.md test7 "là ba ca khúc")
    assert records("Real Madrid, Atletico Madrid, Juventus và Monaco là bốn đội bóng mạnh nhất giải.") == [
        ("bốn đội", 4, "đội")]


def test_list_of_another_size_keeps_the_count():
    # two names listed, three countries counted: not the same set
    assert records("Anh và Pháp kêu gọi 3 nước còn lại tham gia.") == [("3 nước", 3, "nước")]


def test_list_in_an_earlier_sentence_keeps_the_count():
    assert records("Anh, Mỹ và Pháp phản đối. Sau đó 3 nước khác lên tiếng ủng hộ.") == [("3 nước", 3, "nước")]


# ---------------------------------------------------------------- "hai bạn": the couple addressed

@pytest.mark.parametrize("sentence", [
    "Bạn hãy rửa những bức ảnh đẹp của hai bạn để lưu lại kỷ niệm.",
    "Những món quà nhỏ giữa hai bạn sẽ làm tình cảm thêm bền chặt.",
])
def test_couple_addressed_as_hai_ban_points_back(sentence):
    assert records(sentence) == []


def test_ban_with_a_noun_going_on_stays_a_count():
    assert records("Nhà trường đã trao học bổng cho hai bạn học sinh nghèo.") == [("hai bạn học sinh", 2, "học sinh")]
