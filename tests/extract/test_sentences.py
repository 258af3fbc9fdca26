"""Sentence offsets: extract/vi.py applies underthesea's splitting rules itself (faster); the
sentences must be exactly those of underthesea's sent_tokenize."""
import gzip
import json
from itertools import islice

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from extract import vi


def by_underthesea(line: str) -> list[tuple[int, int]]:
    if not line.strip():
        return []
    return vi._piece_spans(line, vi._underthesea().sent_tokenize(line))


def ours(line: str) -> list[tuple[int, int]]:
    if not line.strip():
        return []
    return vi._line_sentences(line, vi._abbreviations())


def test_abbreviations_come_from_underthesea():
    abbreviations = vi._abbreviations()
    assert abbreviations is not None
    assert {"tp", "ts", "v.v", "a", "z"} <= abbreviations


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        ("Hội CCB trao 5 suất quà. Đoàn viên tham gia!", ["Hội CCB trao 5 suất quà.", "Đoàn viên tham gia!"]),
        ("Có 1.500 người tại TP. Hồ Chí Minh.", ["Có 1.500 người tại TP. Hồ Chí Minh."]),
        ("Thật sao?! Vâng.", ["Thật sao?!", "Vâng."]),
        ("Chờ đợi... rồi đi. Và... Hết", ["Chờ đợi... rồi đi.", "Và...", "Hết"]),
        ("  khoảng trắng .  ", ["khoảng trắng ."]),
    ],
    ids=["two", "number-and-abbreviation", "marks", "ellipsis", "spaces"],
)
def test_known_lines(line, sentences):
    assert [line[s:e] for s, e in ours(line)] == sentences
    assert ours(line) == by_underthesea(line)


PARTS = list("aAbTP đĐ1.?!…\t,;:\r\"”") + ["TP", "v.v", "...", "  ", "1.5"]
LINE = st.lists(st.sampled_from(PARTS), max_size=30).map("".join)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINE)
@example("a.")
@example("....A")
@example("TP. A. 1.2. x..y")
def test_same_as_underthesea_on_random_lines(line):
    assert ours(line) == by_underthesea(line)


@pytest.mark.shared
def test_same_as_underthesea_on_real_articles(baomoi_path):
    lines = 0
    with gzip.open(baomoi_path, "rt", encoding="utf-8") as handle:
        for row in islice(handle, 400):
            for line in json.loads(row)["text"].split("\n"):
                assert ours(line) == by_underthesea(line), line
                lines += 1
    assert lines > 1000  # paragraphs of 400 articles
