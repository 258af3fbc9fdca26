"""Exact records for the figure classes of round 20 (general news): a closing quote written after a
multiplier word or any word is no inch mark (only a mark straight after a digit is). Every sentence is
written for the test; guards (marked) show what these rules must leave alone.
"""
from __future__ import annotations

import pytest

from extract.pipeline import extract_text


def records(sentence: str) -> list[tuple]:
    return [(f.text, f.value, f.value_max, f.unit, f.qualifier) for f in extract_text(sentence).figures]


@pytest.mark.parametrize("sentence, expected", [
    ('Bà kể: "Cả kho lúa bị cháy, thiệt hại khoảng trên 100 triệu”, rồi lặng im.',
     [("khoảng trên 100 triệu", 100000000.0, None, "đồng", "about")]),
    ('Ông nói: "Gia đình tôi mất khoảng 2 tỷ”, giọng nghẹn lại.',
     [("khoảng 2 tỷ", 2000000000.0, None, "đồng", "about")]),
    ('Chị nói: "Nhà tôi còn 3 con bò”, rồi quay đi.', [("3 con bò", 3.0, None, "bò", "exact")]),
    # guard: the mark straight after a digit is still the inch
    ("Bản thể thao dùng la-zăng 18” và 8 túi khí.",
     [("18”", 18.0, None, "inch", "exact"), ("8 túi khí", 8.0, None, "túi khí", "exact")]),
])
def test_a_closing_quote_after_a_word_is_no_inch(sentence, expected):
    assert records(sentence) == expected
