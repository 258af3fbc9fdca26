"""Exact records for fig59 (issue 10: figure recall on unseen text; the misses of the least-tuned
splits and of 30 unannotated baomoi articles drawn with seed 5959, read by hand): a common noun written
with a capital after a number (items of a list, offices in title case, a title-case office after
"cựu"), shop prices grouped by two commas or more ("6,490,000 đồng"), and a plural marker between a
vague amount and its noun ("hàng trăm các em nhỏ").
Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Hiện vật trưng bày gồm 1 Bình gốm men lam, 1 Hộp trầu bằng đồng thời Lê.",
     [("1 Bình", 1.0, None, "bình", "exact"), ("1 Hộp", 1.0, None, "hộp", "exact")]),
    ("Nhà sưu tầm trao tặng bảo tàng 1 Bộ trang sức bằng bạc.",
     [("1 Bộ trang sức", 1.0, None, "trang sức", "exact")]),
    ("Thành phố có 2 Trung tâm Dịch vụ việc làm phục vụ người lao động.",
     [("2 Trung tâm", 2.0, None, "trung tâm", "exact")]),
    ("Tiền đạo này từng giành 3 Quả bóng vàng.",
     [("3 Quả bóng vàng", 3.0, None, "bóng vàng", "exact")]),
])
def test_a_common_noun_written_with_a_capital_is_counted(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đoàn có 2 cựu Chủ tịch tỉnh và 14 cán bộ hưu trí.",
     [("2 cựu Chủ tịch", 2.0, None, "cựu chủ tịch", "exact"), ("14 cán bộ", 14.0, None, "cán bộ", "exact")]),
    ("Buổi gặp mặt có 3 cựu Giám đốc sở tham dự.",
     [("3 cựu Giám đốc", 3.0, None, "cựu giám đốc", "exact")]),
])
def test_an_office_in_title_case_after_cuu_keeps_the_prefix(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # guards: a ministry named by "Bộ" alone and pointed back to, a place name of two capitals, a name
    "Cả 2 Bộ đều chưa trả lời văn bản của tỉnh.",
    "Khu phố 3 Bình Minh tổ chức lễ mít tinh.",
    "Phút 25 Messi mở tỷ số.",
    "Sáng 14 Tháng Giêng, nhân dân dâng hương.",
])
def test_names_and_bare_bodies_in_capitals_stay_out(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Trong dịp khuyến mãi, điện thoại chỉ còn 6,490,000 đồng.",
     [("6,490,000 đồng", 6490000.0, None, "đồng", "exact")]),
    ("Công ty thu về 1,250,000 USD từ hợp đồng.",
     [("1,250,000 USD", 1250000.0, None, "USD", "exact")]),
    # guard: a single comma before three digits and a multiplier stays the decimal mark
    ("Quỹ đã giải ngân 12,345 tỷ đồng.",
     [("12,345 tỷ đồng", 12345000000.0, None, "đồng", "exact")]),
])
def test_thousands_grouped_by_two_commas_are_read_whole(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hội trại thu hút hàng trăm các em nhỏ trong xã tham gia.",
     [("hàng trăm các em nhỏ", 100.0, None, "em nhỏ", "over")]),
    ("Khói thuốc lá chứa hàng nghìn các hóa chất, nhiều chất gây ung thư.",
     [("hàng nghìn các hóa chất", 1000.0, None, "hóa chất", "over")]),
])
def test_a_plural_marker_after_a_vague_amount_is_skipped(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mùa này tiền đạo ghi 7 bàn/12 trận.",
     [("7 bàn", 7.0, None, "bàn", "exact"), ("12 trận", 12.0, None, "trận", "exact")]),
    ("Thuê ruộng giá 300 ngàn đồng/3 sào.",
     [("300 ngàn đồng", 300000.0, None, "đồng", "exact"), ("3 sào", 3.0, None, "sào", "exact")]),
    ("Gói cước 90.000 đồng/tháng/5GB dành cho sinh viên.",
     [("90.000 đồng", 90000.0, None, "đồng", "exact"), ("5GB", 5.0, None, "gb", "exact")]),
])
def test_the_base_of_a_rate_after_a_unit_and_a_slash_is_a_count(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # guards: "per one", "per hundred", the whole a part is counted out of, a date, a part of a whole
    ("Mật độ dân số đạt 400 người/1 km2.", [("400 người", 400.0, None, "người", "exact")]),
    ("Xe tiêu hao 7 lít/100 km đường trường.", [("7 lít", 7.0, None, "lít", "exact")]),
    ("Phường đã thông thoáng 45 tuyến/60 tuyến phố.", [("45 tuyến", 45.0, None, "tuyến", "exact")]),
    ("Ngày 5/2 có 12/15 xã hoàn thành.", [("12/15 xã", 12.0, None, "xã", "exact")]),
])
def test_a_rate_per_one_or_a_whole_after_a_slash_stays_out(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tỷ giá trung tâm VND/USD tăng 15 đồng lên mức 22,980.",
     [("15 đồng", 15.0, None, "đồng", "exact"), ("22,980", 22980.0, None, "đồng", "exact")]),
    ("Các ngân hàng niêm yết tỷ giá mua vào ở mức 22.690, tăng so với tuần trước.",
     [("22.690", 22690.0, None, "đồng", "exact")]),
])
def test_a_bare_amount_in_an_exchange_rate_sentence_is_dong(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # guard: a bare number in a sentence without an exchange rate stays no money
    ("Giá dầu thô lên mức 22.690 trong phiên hôm qua.", []),
])
def test_a_bare_amount_elsewhere_stays_out(sentence, expected):
    assert full_records(sentence) == expected
