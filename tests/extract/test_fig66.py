"""Exact records for fig66: figure precision on fresh general news, second pass (seeded draws of the baomoi
corpus hand-judged against GUIDELINES.md) and the same classes in the tuning splits. Every sentence is
written for the test.

- A ring road ("vành đai 2"), a step of a recipe ("Bước 4"), a party regulation ("Quy định 19") are named by
  their numbers, and "là số 1" is a rank (not_figures.toml [before] identifiers, count_before_number_sign).
- The serial of a licence plate after its province code and series ("51B - 1665") is no count
  (figures.py _PLATE_SERIES_BEFORE).
- Numbers listed after a number of a name or a date ("quận 4, 7, 8", "các tháng 3, 4, 7, 8") go on naming,
  once a third member shows it is a list (figures.py _continues_dropped_list); "tháng 7, 12 người" counts.
- The age band of a group written with "từ" ("độ tuổi từ 25 đến 34") is ages (not_figures.toml [before]).
- "1 phần nhỏ" (partly) and "sau 1 hồi" (a while) are "một" idioms written with a digit (not_figures.toml
  [one_idioms]); "1 phần quà", "1 hồi chuông" still count.
- Limbs and cheeks of one body ("hai chi dưới", "hai gò má") are no counts (not_figures.toml [body_parts]);
  "2 chi bộ" still counts.
"""
from __future__ import annotations

import pytest

from article_case import full_records, records


@pytest.mark.parametrize("sentence", [
    "Thành phố sẽ mở rộng đường vành đai 2 đoạn từ cầu Vĩnh Tuy đến Ngã Tư Sở.",
    "Bước 3 Cho đá bào vào máy xay cùng sữa chua.",
    "Chi bộ đã quán triệt Quy định 19 điều đảng viên không được làm.",
    "Anh từng là số 1 thế giới trước khi giải nghệ.",
])
def test_a_ring_road_a_step_a_regulation_and_a_rank_are_named_by_their_numbers(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # steps counted come before the word
    ("Món này chỉ cần làm theo 3 bước đơn giản.", [("3 bước", 3, "bước")]),
    # the verb "quy định" (to set) is followed by what it sets
    ("Nghị định mới quy định 3 mức phạt đối với hành vi này.", [("3 mức", 3, "mức")]),
    # a count word before "số" still opens a count
    ("Trong số 5 người bị thương có 2 trẻ em.", [("5 người", 5, "người"), ("2 trẻ em", 2, "trẻ em")]),
])
def test_counts_near_those_words_stay(sentence, expected):
    assert records(sentence) == expected


def test_the_serial_of_a_licence_plate_is_no_count():
    assert full_records("Xe khách BKS 51B - 1665 chạy tuyến Sài Gòn - Vinh bị phạt 45 triệu đồng.") == [
        ("45 triệu đồng", 45_000_000, None, "đồng", "exact")]
    assert records("Chiếc xe mang biển 29A-12345 đâm vào 3 xe máy.") == [("3 xe máy", 3, "xe máy")]


@pytest.mark.parametrize("sentence", [
    "Xe buýt chạy từ quận 1 qua quận 4, 7, 8 khu Nam Sài Gòn.",
    "Người sinh vào các tháng 3, 4, 7, 8 càng gặp nhiều may mắn.",
])
def test_numbers_listed_after_a_number_of_a_name_or_a_date_go_on_naming(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a count after a date and a comma: no third member, no list
    ("Trong tháng 7, 12 người đã tử vong vì sốt xuất huyết.", [("12 người", 12, "người")]),
    ("Quận 3, 5 phường có 20 hộ nghèo.", [("5 phường", 5, "phường"), ("20 hộ", 20, "hộ")]),
])
def test_a_count_after_a_name_and_a_comma_stays(sentence, expected):
    assert records(sentence) == expected


def test_an_age_band_written_with_tu_is_ages():
    assert records("Chỉ 6,9% người lao động trong độ tuổi từ 25 đến 34 nhảy việc.") == [("6,9%", 6.9, "%")]


@pytest.mark.parametrize("sentence, expected", [
    ("Bãi xe mới chỉ đáp ứng được 1 phần nhỏ nhu cầu gửi xe.", []),
    ("Sau 1 hồi do dự, cô gái đồng ý.", []),
    ("Đoàn trao 1 phần quà cho cụ bà.", [("1 phần quà", 1, "phần quà")]),
    ("Nhà trường đánh 1 hồi chuông dài.", [("1 hồi", 1, "hồi")]),
])
def test_one_idioms_of_part_and_while(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bệnh nhân bị tê hai chi dưới sau tai nạn.", []),
    ("Thoa kem chống nắng lên hai gò má và trán.", []),
    ("Đảng bộ xã có 2 chi bộ mới.", [("2 chi bộ", 2, "chi bộ")]),
])
def test_limbs_and_cheeks_of_one_body_are_no_counts(sentence, expected):
    assert records(sentence) == expected
