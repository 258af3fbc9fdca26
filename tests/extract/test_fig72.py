"""Exact records for fig72: figures of random general news, from the errors of a seeded sample of 120
fresh baomoi articles and of 3,000 more read for the same classes. Every sentence is written for the test.

- The lower bound of a range shares the upper bound's multiplier, so its comma is the decimal mark
  as the upper one's is: "36,230 – 36,430 triệu đồng" is 36.23 to 36.43 million (gold prices).
- "1 cách" before an adjective written in two syllables ("chính thức", "tàn nhẫn") is the adverbial
  "một cách", no count, as before one of one syllable ("mạnh mẽ" read "mạnh").
- "bẩy", the misspelt seven, counts only before a noun we know: "đòn bẩy", "xúi bẩy" are words.
- The sides and pieces of one thing ("áo tắm hai mảnh", "có hai mặt") are no counts, as body parts;
  "mặt con" counts children ("con").
- A bare amount of millions whose value the text gives in one foreign currency is that money again.
- "Ngoài" opening a clause is "besides" (exact); "nước ngoài" before a number is no bound.
- A count written with a leading zero before a unit the segmenter settles on counts ("01 xe mô tô").
"""
from __future__ import annotations

import pytest

from article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Sáng nay, vàng miếng được niêm yết ở mức 36,230 – 36,430 triệu đồng/lượng.",
     [("36,230 – 36,430 triệu đồng", 36_230_000, 36_430_000, "đồng", "range")]),
    ("Vàng nhẫn bán ra ở mức 3,485-3,53 triệu đồng/chỉ.",
     [("3,485-3,53 triệu đồng", 3_485_000, 3_530_000, "đồng", "range")]),
    ("Mẫu xe mới có giá bán từ 1,329 đến 1,488 tỷ đồng.",
     [("từ 1,329 đến 1,488 tỷ đồng", 1_329_000_000, 1_488_000_000, "đồng", "range")]),
    # a lower bound written whole in thousands keeps its value ("500,000" would pass the upper bound)
    ("Mỗi suất học bổng trị giá 500,000 - 1,5 triệu đồng.",
     [("500,000 - 1,5 triệu đồng", 500_000, 1_500_000, "đồng", "range")]),
])
def test_a_range_lower_bound_reads_its_comma_as_the_upper_one(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Dự án vẫn chưa được phê duyệt 1 cách chính thức.", []),
    ("Anh ta đối xử với vợ 1 cách tàn nhẫn.", []),
    ("Cụ ông dùng điện thoại thông minh 1 cách thành thạo.", []),
    ("Nhóm nghiên cứu đã tìm ra 1 cách làm mới.", [("1 cách", 1, "cách")]),
])
def test_one_way_before_an_adjective_is_an_adverb(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bắc Kinh giữ vai trò đòn bẩy quan trọng trong đàm phán.", []),
    ("Bắc Kinh sử dụng đòn bẩy kinh tế để gây sức ép.", []),
    ("Nhóm người bị cáo buộc xúi bẩy cuộc ẩu đả.", []),
    ("Vụ tai nạn khiến bẩy người bị thương.", [("bẩy người", 7, "người")]),
])
def test_the_misspelt_seven_counts_only_before_a_known_noun(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nữ ca sĩ khoe dáng với bộ áo tắm hai mảnh màu đỏ.", []),
    ("Anh bị bạn bè gọi là người đàn ông “hai mặt”.", []),
    ("Chuyện gì cũng có hai mặt, cần nhìn cho thấu đáo.", []),
    ("Rán bánh đến khi vàng đều 2 mặt thì vớt ra.", []),
    ("Khu đô thị có ba mặt giáp sông.", []),
    ("Chị đã có chồng và 4 mặt con.", [("4 mặt con", 4, "con")]),
    ("Ban tổ chức còn thiếu 2 mảnh ghép cho đội hình.", [("2 mảnh ghép", 2, "mảnh ghép")]),
    ("Gia đình được cấp 3 mảnh đất tái định cư.", [("3 mảnh đất", 3, "mảnh đất")]),
])
def test_sides_and_pieces_of_one_thing_are_no_counts(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đoàn phim nhận 2,4 triệu NDT tài trợ. Đạo diễn cải chính con số 2,4 triệu chứ không phải 3 triệu NDT.",
     [("2,4 triệu NDT", 2_400_000, "nhân dân tệ"), ("3 triệu NDT", 3_000_000, "nhân dân tệ")]),
    ("Tiền vệ này được mua với giá 90 triệu euro. Mức giá 90 triệu khiến nhiều người bất ngờ.",
     [("90 triệu euro", 90_000_000, "euro")]),
    # the same value in đồng written out keeps a bare amount in đồng
    ("Ông nhận 5 triệu USD tiền thưởng và 5 triệu đồng tiền mặt. Số tiền 5 triệu được gửi vào ngân hàng.",
     [("5 triệu USD", 5_000_000, "USD"), ("5 triệu đồng", 5_000_000, "đồng")]),
    ("Mỗi tháng anh kiếm được 40 triệu nhờ bán hàng qua mạng.", [("40 triệu", 40_000_000, "đồng")]),
])
def test_a_bare_amount_named_in_a_foreign_currency_is_that_money_again(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tàu bị hư hại nặng. Ngoài 7 thủy thủ thiệt mạng, 3 thủy thủ khác bị thương.",
     [("7 thủy thủ", 7, None, "thủy thủ", "exact"), ("3 thủy thủ", 3, None, "thủy thủ", "exact")]),
    ("Cơ quan điều tra khởi tố 6 bị can (ngoài 5 bị can bị bắt còn 1 bị can bỏ trốn).",
     [("6 bị can", 6, None, "bị can", "exact"), ("5 bị can", 5, None, "bị can", "exact"),
      ("1 bị can", 1, None, "bị can", "exact")]),
    ("Ngân sách vay trong nước 195.900 tỷ đồng và vay nước ngoài 67.235 tỷ.",
     [("195.900 tỷ đồng", 195_900_000_000_000, None, "đồng", "exact"),
      ("67.235 tỷ", 67_235_000_000_000, None, "đồng", "exact")]),
    ("Tài khoản của anh nhận được con số khủng ngoài 20 tỷ.",
     [("ngoài 20 tỷ", 20_000_000_000, None, "đồng", "over")]),
])
def test_ngoai_opening_a_clause_is_besides(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ô tô va chạm với 02 xe đạp điện và 01 xe mô tô đi cùng chiều.",
     [("02 xe đạp", 2, "xe đạp"), ("01 xe mô tô", 1, "xe mô tô")]),
    ("Thành phố sẽ xây thêm 05 nhà chờ trên tuyến buýt nhanh.", [("05 nhà chờ", 5, "nhà chờ")]),
    ("Giải đặc biệt gồm các số 07 06 12.", []),
])
def test_a_leading_zero_count_before_a_settled_unit(sentence, expected):
    assert records(sentence) == expected
