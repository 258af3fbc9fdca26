import pytest
from hypothesis import example, given, settings, strategies as st

from extract.pipeline import load


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Có 4.200 người.", ["Có", "4.200", "người", "."]),
        ("1,5 tỷ đồng;", ["1,5", "tỷ", "đồng", ";"]),
        ("Nghị quyết số 12-NQ/TW", ["Nghị", "quyết", "số", "12-NQ/TW"]),
        ("tại TP.HCM, Sở LĐ-TB&XH", ["tại", "TP.HCM", ",", "Sở", "LĐ-TB&XH"]),
        ("(trên 95%)", ["(", "trên", "95", "%", ")"]),
        ("“Mái ấm”", ["“", "Mái", "ấm", "”"]),
    ],
    ids=["thousands", "decimal", "resolution", "codes", "percent", "quotes"],
)
def test_tokens(text, tokens):
    doc = load().make_doc(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text


@pytest.mark.parametrize("text", ["", " ", "a  b", "x\n\n  y ", "\tTab\u00a0nbsp", "đầu\r\ncuối"])
def test_text_round_trips(text):
    assert load().make_doc(text).text == text


CHUNK_PARTS = list("ab1 .,-/&()%\n\t\u00a0“”đĐ_:;'\"…²\u0301") + ["  ", " ", " ", "4.200", "TP.HCM"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(CHUNK_PARTS), max_size=20).map("".join))
@example(" a")
@example("a ")
@example("a \nb")
@example("a\n b")
def test_chunk_path_matches_the_regex(text):
    """The tokenizer's fast path (space-separated chunks, cached) gives the same tokens and
    spaces as one TOKEN_SPACE_RE pass over the text, whatever the whitespace."""
    tokenizer = load().tokenizer
    fast, slow = tokenizer(text), tokenizer._by_regex(text)
    assert [(t.text, t.whitespace_) for t in fast] == [(t.text, t.whitespace_) for t in slow]
    assert fast.text == text
