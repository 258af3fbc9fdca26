"""Exact records for fig48 (issue 10, figure unit extent and money on general news): a parent before "N con"
counts the children (units.toml [heads] parents), a bare amount after a foreign currency in its sentence keeps
that currency (guideline dev10), guests and packages counted at the head ("khách", "kiện"), compounds whose
first syllable is a head of its own kept whole, an adjective after "miếng" leaving it the noun, and a place
named by a verb and its object ("bãi xử lý rác"). Every sentence is written for the test; guards (marked)
show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import records


@pytest.mark.parametrize("sentence, expected", [
    ("Bức ảnh được bà mẹ hai con hạnh phúc đăng lên mạng.", [("hai con", 2.0, "con")]),
    ("Các món bánh đều do bà mẹ hai con tự tay làm.", [("hai con", 2.0, "con")]),
    ("Ông bố 3 con tên Nam làm nghề chạy xe ôm.", [("3 con", 3.0, "con")]),
    # guard: with no parent before it "con" is the classifier of the animal counted
    ("Người dân phát hiện hai con trăn trong vườn.", [("hai con trăn", 2.0, "trăn")]),
])
def test_a_parent_before_n_con_counts_children(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cây cầu tiêu tốn 3,2 tỷ peso, dù dự toán ban đầu chỉ 1,1 tỷ.",
     [("3,2 tỷ peso", 3.2e9, "peso"), ("1,1 tỷ", 1.1e9, "peso")]),
    ("Hãng cam kết đầu tư 2 tỷ USD, năm sau rót thêm 1 tỷ.", [("2 tỷ USD", 2e9, "USD"), ("1 tỷ", 1e9, "USD")]),
    # guards: a conversion in brackets with another multiplier is đồng; with no currency, bare millions are đồng
    ("Chiếc túi có giá 410.000 NDT (1,4 tỷ) tại Hong Kong.",
     [("410.000 NDT", 410000.0, "nhân dân tệ"), ("1,4 tỷ", 1.4e9, "đồng")]),
    ("Anh chi vài trăm triệu để sửa nhà.", [("vài trăm triệu", 1e8, "đồng")]),
])
def test_a_bare_amount_after_a_foreign_currency_keeps_it(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tiệc cưới chỉ có 150 khách mời thân thiết.", [("150 khách", 150.0, "khách")]),
    ("Khu nghỉ dưỡng đón 300 khách du lịch, có 12 khách sạn và 5 khách hàng lớn.",
     [("300 khách", 300.0, "khách"), ("12 khách sạn", 12.0, "khách sạn"), ("5 khách hàng", 5.0, "khách hàng")]),
    ("Tiểu thương vừa nhập cả trăm kiện hàng từ biên giới.", [("cả trăm kiện", 100.0, "kiện")]),
    # guard: a dictionary word opening with the head stays whole
    ("Giải quy tụ 3 kiện tướng cờ vua.", [("3 kiện tướng", 3.0, "kiện tướng")]),
])
def test_guests_and_packages_are_counted_at_the_head(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đội bóng đã lập 11 kỳ tích trong mùa giải.", [("11 kỳ tích", 11.0, "kỳ tích")]),
    ("Cô từng từ chối 3 buổi hẹn với anh.", [("3 buổi hẹn", 3.0, "buổi hẹn")]),
    ("Huấn luyện viên đã gặp riêng ba đội trưởng trước trận.", [("ba đội trưởng", 3.0, "đội trưởng")]),
    ("Con đường được mở rộng thành hai làn đường.", [("hai làn đường", 2.0, "làn đường")]),
    ("Bài viết nêu 5 điểm mấu chốt của dự luật.", [("5 điểm mấu chốt", 5.0, "điểm mấu chốt")]),
    ("Làng có hơn chục nhà thờ họ cổ.", [("hơn chục nhà thờ họ", 10.0, "nhà thờ họ")]),
    ("Ngư dân thấy 7 con cá voi sát thủ gần bờ.", [("7 con cá voi sát thủ", 7.0, "cá voi sát thủ")]),
    # guards: the head alone, and a classifier's adjective, stay as they were
    ("Tờ báo đăng 2 kỳ phóng sự.", [("2 kỳ", 2.0, "kỳ")]),
    ("Chị mua 1 miếng dày và 2 miếng gà rán.", [("1 miếng", 1.0, "miếng"), ("2 miếng gà rán", 2.0, "gà rán")]),
])
def test_compounds_opening_with_a_head_stay_whole(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tỉnh có 4 bãi xử lý rác và 3 khu xử lý rác tập trung.",
     [("4 bãi xử lý rác", 4.0, "bãi xử lý rác"), ("3 khu xử lý rác", 3.0, "khu xử lý rác")]),
    # guards: a noun of units.toml after the verb counts or dates something else
    ("Ngân hàng có gần 9.000 điểm giao dịch xã trên cả nước.", [("gần 9.000 điểm giao dịch", 9000.0, "điểm giao dịch")]),
])
def test_a_place_named_by_a_verb_and_its_object(sentence, expected):
    assert records(sentence) == expected
