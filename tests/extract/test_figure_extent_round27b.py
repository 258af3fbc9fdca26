"""Exact records for fig41 (round 27, unit extent part 2). Two categories:
- a classifier and the word after it that underthesea's segmenter reads as one word in its context
  ("4 con giáp": "giáp" alone is a verb and the lexicon lacks the pair) are counted whole, in the one
  step of the unit extent that knows the classifier (find_unit);
- a kin noun counted with its sex word ("2 chị gái", "hai em gái") is kin (a kin noun that is also a
  classifier, "em", "con", is the unit, not the sex word after it), not people just named that a bare "hai
  chị" points back to: the pointing-back rule of units.toml [spelled] not_after_two leaves it alone.
Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Các chuyên gia cho rằng 5 con giáp sẽ gặp nhiều may mắn trong năm mới.",
     [("5 con giáp", 5.0, None, "con giáp", "exact")]),
    ("Tháng này có 3 con giáp được quý nhân phù trợ.", [("3 con giáp", 3.0, None, "con giáp", "exact")]),
    # guard: the noun after the classifier is still the unit ("con" dropped)
    ("Gia đình ông nuôi 12 con lợn.", [("12 con lợn", 12.0, None, "lợn", "exact")]),
    # guard: a word that describes the classifier leaves the classifier as the unit
    ("Chị một mình nuôi 3 con nhỏ.", [("3 con", 3.0, None, "con", "exact")]),
    # guard: the lexicon's noun still stands, "ngôi" dropped as in "ngôi nhà" (units.toml aliases; guideline test17, fig63)
    ("Bộ phim quy tụ 6 ngôi sao hạng A.", [("6 ngôi sao", 6.0, None, "sao", "exact")]),
])
def test_a_classifier_and_the_segmenters_word_after_it(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sau khi bố mất, 2 chị gái bỏ học đi làm thuê nuôi em.", [("2 chị", 2.0, None, "chị", "exact")]),
    ("Nhà anh có 6 người gồm bố mẹ, 2 anh trai và hai em gái.",
     [("6 người", 6.0, None, "người", "exact"), ("2 anh", 2.0, None, "anh", "exact"),
      ("hai em", 2.0, None, "em", "exact")]),
    # guard: bare "hai chị", "2 anh" point back to people just named
    ("Chị Lan và chị Hoa là bạn thân; 2 chị cùng mở quán ăn.", []),
    ("Anh Minh gặp anh Tuấn, hai anh bắt tay nhau.", []),
])
def test_kin_named_by_sex_is_counted_not_pointing_back(sentence, expected):
    assert full_records(sentence) == expected
