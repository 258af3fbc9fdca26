"""Exact records for fig52 (issue 10: figure precision on fresh text, read on 80 unannotated baomoi
articles): a count of two or three written with digits whose noun is followed by a word pointing back
("3 xã nói trên", "2 quyết định trên", "2 model này") names things already named, as a spelled number
or "cả" + number did; the noun may carry two words of its own ("2 máy lọc thận trên", "hai vùng lãnh
thổ này"); "trên" before a noun is the preposition; "như thế"/"như vậy" point back too. Every sentence
is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import figs, records


@pytest.mark.parametrize("sentence", [
    "Sau khi thu hồi 2 giấy phép trên, sở yêu cầu doanh nghiệp nộp lại con dấu.",
    "Lãnh đạo 3 phường nói trên đã được yêu cầu kiểm điểm.",
    "Giá niêm yết của 2 phiên bản xe này chưa được công bố.",
    "Trong số 3 giống lúa kể trên thì giống thứ hai cho năng suất cao nhất.",
    "Ngoài 2 trạm bơm trên, thành phố còn xây thêm bể chứa.",
    "Chị trộn đều 3 vị thuốc nêu trên rồi sắc lấy nước.",
    "Tỉnh sẽ rà soát lại hai vùng nguyên liệu này trước mùa mưa.",
    "Dựa trên hai kiến nghị như thế, hội đồng đã họp lại.",
])
def test_a_pair_or_trio_followed_by_a_pointer_names_things_already_named(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # guards: "trên" before a noun is the preposition; a count of four or more so written is a group
    # counted once and named again; a measure is no count
    ("Xã còn 2 hộ trên đỉnh đồi cần di dời gấp.", [("2 hộ", 2.0, "hộ")]),
    ("Ngư dân cứu được 3 thuyền viên trên tàu cá bị chìm.", [("3 thuyền viên", 3.0, "thuyền viên")]),
    ("Trước đây 140 ki-ốt này bỏ trống, nay đã có người thuê.", [("140 ki-ốt", 140.0, "ki-ốt")]),
    ("Chiếc máy phát có dung tích 2,5 lít này chạy khá êm.", [("2,5 lít", 2.5, "lít")]),
    # guards: "trên" before a noun of two syllables whose first alone is a verb ("chiến", fight) is the
    # preposition; after a count of times the pointer belongs to the deed's object
    ("Hai nước tiếp tay cho 2 nhóm vũ trang trên chiến trường Syria.", [("2 nhóm vũ trang", 2.0, "nhóm vũ trang")]),
    ("Nữ ca sĩ đã hai lần mặc chiếc váy này lên sân khấu.", [("hai lần", 2.0, "lần")]),
])
def test_the_preposition_trên_a_larger_group_and_a_measure_stay(sentence, expected):
    assert records(sentence) == expected


def test_a_pointer_in_the_title_points_ahead_to_the_article():
    # guard: in the headline "này" announces what the article tells
    assert figs("Vì sao 2 bản làng này được mệnh danh là thiên đường mây", "Du khách đổ về ngày càng đông.") == [
        ("2 bản làng", 2.0, "bản làng", "khac")]


@pytest.mark.parametrize("sentence, expected", [
    ("Muốn xóa lịch sử, bạn nhấn vào menu ba dấu chấm ở góc phải.", []),
    ("Người dùng chạm vào biểu tượng menu 3 chấm trên màn hình chính.", []),
    ("Tiếp theo, chạm vào trình đơn 3 dấu gạch ngang ở góc trên.", []),
    # guard: marks counted anywhere else stay counts
    ("Trên bản đồ có 3 chấm đỏ đánh dấu các điểm sạt lở.", [("3 chấm", 3.0, "chấm")]),
])
def test_the_marks_of_a_menu_button_name_the_button(sentence, expected):
    assert records(sentence) == expected
