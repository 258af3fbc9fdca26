import pytest

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
