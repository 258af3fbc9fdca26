import pytest

from extract.numbers import parse_amount, parse_digits, parse_vague, spelled_length


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7.384", 7384),
        ("12.040", 12040),
        ("1,5", 1.5),
        ("1.234,5", 1234.5),
        ("2.5", 2.5),  # English decimal point, rare
        ("12,500", 12500),  # English thousands without a multiplier
        ("1,5 tỷ", 1_500_000_000),
        ("450 triệu", 450_000_000),
        ("2 tỷ 350 triệu", 2_350_000_000),
        ("553,763 tỷ", 553_763_000_000),  # decimal comma before a multiplier
        ("1 triệu 500 nghìn", 1_500_000),
        ("3 nghìn tỷ", 3_000_000_000_000),
        ("hai mươi", 20),
        ("hai mươi lăm", 25),
        ("hai mươi mốt", 21),
        ("mười hai", 12),
        ("một trăm linh năm", 105),
        ("ba nghìn hai trăm", 3200),
        ("bảy", 7),
        ("5 vạn", 50_000),
        ("1,2 tỉ", 1_200_000_000),
    ],
    ids=lambda v: str(v),
)
def test_parse_amount(text, value):
    assert parse_amount(text)[0] == pytest.approx(value)


def test_decimal_comma_with_multiplier_is_decimal():
    assert parse_digits("13,378", has_multiplier=True) == pytest.approx(13.378)
    assert parse_digits("13,378", has_multiplier=False) == 13378


@pytest.mark.parametrize(("text", "value"), [("hàng trăm", 100), ("hàng nghìn", 1000), ("hàng chục", 10),
                                             ("hàng chục nghìn", 10_000), ("hàng tỷ", 1e9)])
def test_vague(text, value):
    assert parse_vague(text) == value


@pytest.mark.parametrize(
    ("words", "n"),
    [("hai năm", 1), ("hai mươi lăm", 3), ("tư vấn", 0), ("mười hai", 2), ("năm người", 1), ("ba mươi tư", 3)],
)
def test_spelled_length(words, n):
    assert spelled_length(words.split()) == n
