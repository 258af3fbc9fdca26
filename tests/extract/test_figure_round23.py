"""Exact records for figures of fresh general news (round 23, dev12-dev14, test10): a vehicle or
product class listed right after another one, or after a car's version or body form, or an engine's
code (not_figures.toml [vehicle_class], [product_class]); a verb, numeral or adverb of underthesea's
lexicon after bare millions, so the amount is money in đồng (units.toml [money_nouns] not_noun_tags);
a level "từ N X trở lên" inside a condition, a threshold (not_figures.toml [after] level_condition);
periods of play ("4 hiệp", units.toml durations), the digits of an amount ("7 con số", [digit_count]),
an engine's speed glued ("6.000v/ph"; units.toml glued, speed_glued).
Every sentence is written for the test; each class has a guard that the plain reading stays.
"""
from __future__ import annotations

import pytest

from article_case import range_records


@pytest.mark.parametrize("sentence, expected", [
    ("Mẫu xe mới có thân xe dạng 2 cửa và 4 cửa, giá từ 900 triệu đồng.",
     [("900 triệu đồng", 900000000.0, None, "đồng")]),
    ("Phiên bản 2 cửa có công suất 228 mã lực.", [("228 mã lực", 228.0, None, "mã lực")]),
    ("Chiếc sedan hai cửa, bốn chỗ này đã bán được 300 chiếc.", [("300 chiếc", 300.0, None, "chiếc")]),
    ("Xe trang bị động cơ DOHC, 16 van, dung tích 600 cc.", [("600 cc", 600.0, None, "cc")]),
    # guards: gates of a dam and bridges of a commune are counted
    ("Thủy điện đã mở 2 cửa xả và 4 cửa khác.", [("2 cửa", 2.0, None, "cửa"), ("4 cửa", 4.0, None, "cửa")]),
    ("Xã vừa xây 2 cầu và 4 cầu treo.", [("2 cầu", 2.0, None, "cầu"), ("4 cầu treo", 4.0, None, "cầu treo")]),
    ("Chiếc xe 2 cửa chở 3 người.", [("3 người", 3.0, None, "người")]),
])
def test_vehicle_and_product_classes_in_a_list(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Anh chi vài trăm triệu lấy một chiếc xe cũ.", [("vài trăm triệu", 100000000.0, None, "đồng")]),
    ("Bà tặng cháu sổ tiết kiệm 200 triệu coi như quà cưới.", [("200 triệu", 200000000.0, None, "đồng")]),
    ("Chị bỏ ra 5 triệu mua quần áo cho con.", [("5 triệu", 5000000.0, None, "đồng")]),
    # guards: nouns after millions are counted
    ("Cả nước có 2 triệu lao động và 3 triệu du khách.",
     [("2 triệu lao động", 2000000.0, None, "lao động"), ("3 triệu du khách", 3000000.0, None, "du khách")]),
    ("Album bán được 2 triệu bản.", [("2 triệu bản", 2000000.0, None, "bản")]),
    # guard: after a count of things the lexicon's verb is a noun of that count (compartments)
    ("Nghĩa trang có 6 tháp với 3 triệu ngăn chứa tro cốt.",
     [("6 tháp", 6.0, None, "tháp"), ("3 triệu ngăn", 3000000.0, None, "ngăn")]),
])
def test_a_verb_after_bare_millions(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nếu nhiệt độ nước từ 38 độ C trở lên, cá sẽ chết hàng loạt.", []),
    ("Người lao động bị thương tật từ 10% trở lên thì được trợ cấp.", []),
    ("Quỹ trợ cấp cho người có thu nhập giảm từ 30% trở lên.", []),
    # guards: a level reached or a power is the level itself
    ("Tỉnh phấn đấu tăng trưởng đạt từ 8% trở lên.", [("8%", 8.0, None, "%")]),
    ("Các tàu có công suất từ 400 CV trở lên.", [("400 CV", 400.0, None, "cv")]),
])
def test_a_level_in_a_condition(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Võ sĩ tuyên bố sẽ hạ đối thủ trong 4 hiệp.", []),
    ("Trận đấu phải kéo dài thêm 2 hiệp phụ.", []),
    # guards: words that "hiệp" opens are counted
    ("Hai nước đã ký 3 hiệp định thương mại.", [("3 hiệp định", 3.0, None, "hiệp định")]),
    ("Nhóm có 4 hiệp sĩ đường phố.", [("4 hiệp sĩ", 4.0, None, "hiệp sĩ")]),
])
def test_periods_of_play(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tay vợt này kiếm thu nhập 7/8/9 con số mỗi năm.", []),
    ("Mật khẩu gồm 6 chữ số.", []),
    # guard: a classifier before another noun counts it
    ("Trang trại nuôi 3 con bò.", [("3 con bò", 3.0, None, "bò")]),
])
def test_digits_of_an_amount(sentence, expected):
    assert range_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Xe máy đạt 9 mã lực tại 7.500v/ph.",
     [("9 mã lực", 9.0, None, "mã lực"), ("7.500v", 7500.0, None, "vòng")]),
    # guard: volts are no figure of ours
    ("Nguồn điện 220V cấp cho 3 hộ.", [("3 hộ", 3.0, None, "hộ")]),
])
def test_engine_speed_glued(sentence, expected):
    assert range_records(sentence) == expected
