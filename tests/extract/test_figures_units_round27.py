"""Exact records for round 27 (fig43) of the unit after a number, from the errors of the fresh split
dev17. Every sentence is written for the test.

- Bare millions before a preposition, a conjunction or an interjection of underthesea's
  lexicon, or before a word the news never counts, are money in đồng ("100 triệu nhờ", "568 triệu
  tương tự"); a pronoun, an adjective or a particle of the lexicon that is a noun there ("ảnh" for
  photos, "cổ" for shares, the classifier "quả") keeps its noun.
- A spelled part of a set with its size ("năm trong sáu trận đấu") is one figure, as the digits are;
  with no size ("hai trong số các nước") it stays no figure. After the copula ("A và B là 2 trong số 6
  nước") the part points back to the things named and only the set's size is a figure.
- After a classifier, a word of the dictionary with a bound second syllable ("trực thăng") is the
  noun, not a verb describing the classifier ("6 chiếc hỏng máy" still counts "chiếc").
- A hyphenated loanword of the dictionary is one unit ("đi-ốp", "ô-tô"), also spelled with spaces
  when its first syllable alone is a stop word ("đi ốp"); engine cylinders stay a class.
"""
from __future__ import annotations

import pytest

from article_case import records as units


@pytest.mark.parametrize("sentence, expected", [
    ("Nhờ bán rau sạch, mỗi năm chị Hoa thu về 150 triệu nhờ hợp đồng với siêu thị.",
     [("150 triệu", 150_000_000, "đồng")]),
    ("Bà cụ đưa con trai 300 triệu nhờ mua giúp mảnh đất.",
     [("300 triệu", 300_000_000, "đồng")]),
    ("Năm ngoái anh vay ngân hàng 420 triệu tương tự như nhiều hộ khác trong xóm.",
     [("420 triệu", 420_000_000, "đồng")]),
    ("Chị bán lứa lợn được 60 triệu và gửi hết vào ngân hàng.",
     [("60 triệu", 60_000_000, "đồng")]),
])
def test_bare_millions_before_a_word_that_is_no_noun_are_dong(sentence, expected):
    assert units(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Phiên hôm qua, mã này khớp lệnh hơn 2,4 triệu cổ.", [("hơn 2,4 triệu cổ", 2_400_000, "cổ")]),
    ("Thư viện số lưu giữ hàng chục triệu ảnh tư liệu.", [("hàng chục triệu ảnh", 10_000_000, "ảnh")]),
    ("Trong chiến tranh, hơn 3 triệu quả bom đã được thả xuống vùng này.",
     [("hơn 3 triệu quả bom", 3_000_000, "bom")]),
])
def test_nouns_the_lexicon_tags_otherwise_keep_their_count(sentence, expected):
    assert units(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đội khách đã thắng bốn trong sáu trận đấu gần nhất.", [("bốn trong sáu trận đấu", 4, "trận đấu")]),
    ("Tổ công tác đã bắt được hai trong số bảy đối tượng bỏ trốn.",
     [("hai trong số bảy đối tượng", 2, "đối tượng")]),
    ("Đội khách đã thắng 4 trong 6 trận đấu gần nhất.", [("4 trong 6 trận đấu", 4, "trận đấu")]),
])
def test_a_spelled_part_of_a_sized_set_is_one_figure(sentence, expected):
    assert units(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Lào và Campuchia, hai trong số các nước láng giềng, đã gửi điện mừng.",
    "Anh ấy nói có hai trong năm nay sẽ nghỉ hưu.",
])
def test_a_spelled_part_with_no_set_size_is_no_figure(sentence):
    assert units(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Quân đội đã điều 3 chiếc trực thăng tới vùng lũ.", [("3 chiếc trực thăng", 3, "trực thăng")]),
    ("Cơ quan chức năng đã điều ba chiếc trực thăng tới vùng lũ.",
     [("ba chiếc trực thăng", 3, "trực thăng")]),
    ("Trong đoàn tàu cá, 1 chiếc chìm do sóng lớn, 4 chiếc hỏng máy.",
     [("1 chiếc", 1, "chiếc"), ("4 chiếc", 4, "chiếc")]),
])
def test_a_compound_with_a_bound_syllable_after_a_classifier_is_the_noun(sentence, expected):
    assert units(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bé mới vào lớp một nhưng mắt đã cận 3 đi-ốp.", [("3 đi-ốp", 3, "đi-ốp")]),
    ("Nhiều em học sinh cận tới 4-6 đi ốp.", [("4-6 đi ốp", 4, "đi ốp")]),
    ("Hãng đã bàn giao 12 ô-tô cho bệnh viện.", [("12 ô-tô", 12, "ô-tô")]),
])
def test_a_hyphenated_loanword_is_one_unit(sentence, expected):
    assert units(sentence) == expected


def test_engine_cylinders_written_whole_stay_a_class():
    got = units("Mẫu xe dùng động cơ 1,5 lít 4 xi-lanh, công suất 118 mã lực.")
    assert [f for f in got if "xi" in f[2]] == []


@pytest.mark.parametrize("sentence, expected", [
    ("Hà Lan và Bỉ là 2 trong số 6 nước sáng lập khối này.", [("6 nước", 6, "nước")]),
    ("Trên đây là ba trong số 40 hộ nghèo được hỗ trợ.", [("40 hộ", 40, "hộ")]),
    ("Tân Sơn Nhất, Nội Bài là 2 trong số những sân bay đông khách nhất.",
     [("2 trong số những sân bay", 2, "sân bay")]),
])
def test_a_part_of_a_set_after_the_copula_points_back(sentence, expected):
    assert units(sentence) == expected
