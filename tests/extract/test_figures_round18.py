"""Exact records for the figure classes of round 18 (dev12, a fresh split of general news, with the
same classes in dev8, dev10, dev11 and test8): compound heads whose first syllable is a noun of its own
and which the segmenter cuts ("phòng tắm", "nhà thiết kế", "lời nguyền", "khối nhà"), "nam" before a
person noun as "nữ", "trái" and "màn" as classifiers, "đầu sách" as "sách", torque glued to the digits,
volumes in cubic feet and power in watts, a dollar of another country, and the pound after millions
ending at the currency word. Every sentence is written for the test; guards (marked) show what the
rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Trên tàu có 9 bạn thuyền quê Bình Định.", [("9 bạn thuyền", 9.0, None, "bạn thuyền", "exact")]),
    ("Nhóm 5 bạn trẻ quyên góp tiền mua sách.", [("5 bạn trẻ", 5.0, None, "bạn trẻ", "exact")]),
    ("Căn biệt thự có 8 phòng tắm và 10 phòng ngủ.",
     [("8 phòng tắm", 8.0, None, "phòng tắm", "exact"), ("10 phòng ngủ", 10.0, None, "phòng ngủ", "exact")]),
    ("Cuộc thi quy tụ 15 nhà thiết kế trẻ.", [("15 nhà thiết kế", 15.0, None, "nhà thiết kế", "exact")]),
    ("Quân đội điều 12 máy bay vận tải tới sân bay.",
     [("12 máy bay vận tải", 12.0, None, "máy bay vận tải", "exact")]),
    ("Mỗi cánh cửa có 6 chốt khóa bằng thép.", [("6 chốt khóa", 6.0, None, "chốt khóa", "exact")]),
    ("Khu chung cư gồm 3 khối nhà cao tầng.", [("3 khối nhà", 3.0, None, "khối nhà", "exact")]),
    ("Công viên xây 3 cầu thang bộ dẫn lên đồi.", [("3 cầu thang bộ", 3.0, None, "cầu thang bộ", "exact")]),
    ("Truyền thuyết kể về 4 lời nguyền của dòng họ.", [("4 lời nguyền", 4.0, None, "lời nguyền", "exact")]),
    ("Bộ Y tế đưa ra 2 lời khuyến cáo cho người dân.",
     [("2 lời khuyến cáo", 2.0, None, "lời khuyến cáo", "exact")]),
    # guards: hotel rooms are "phòng" ("phòng khách" is no head: "phòng khách sạn"); a block with no
    # noun after it stays "khối"
    ("Dự án sẽ có khoảng 900 phòng khách sạn cao cấp.", [("khoảng 900 phòng", 900.0, None, "phòng", "about")]),
    ("Tòa nhà có 3 khối cao 20 tầng.",
     [("3 khối", 3.0, None, "khối", "exact"), ("20 tầng", 20.0, None, "tầng", "exact")]),
])
def test_compound_heads_cut_by_the_segmenter(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Có hai nam thanh niên bơi ra cứu người.", [("hai nam thanh niên", 2.0, None, "nam thanh niên", "exact")]),
    # guard: "nam" alone, before a number, is the unit
    ("Nhóm trực có 2 nam 1 nữ.", [("2 nam", 2.0, None, "nam", "exact"), ("1 nữ", 1.0, None, "nữ", "exact")]),
])
def test_nam_before_a_person_noun(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cậu bé ném 9 trái bóng lên cao.", [("9 trái bóng", 9.0, None, "bóng", "exact")]),
    ("Chợ bán 20 trái dừa mỗi sáng.", [("20 trái dừa", 20.0, None, "dừa", "exact")]),
    ("Nghệ sĩ trình diễn 12 màn ảo thuật trên sân khấu.", [("12 màn ảo thuật", 12.0, None, "ảo thuật", "exact")]),
    ("Nhà xuất bản phát hành 40 đầu sách mới.", [("40 đầu sách", 40.0, None, "sách", "exact")]),
    # guard: "màn hình" is a word of its own
    ("Xe có 3 màn hình cảm ứng.", [("3 màn hình", 3.0, None, "màn hình", "exact")]),
])
def test_trai_man_and_dau_sach_are_dropped(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Động cơ sản sinh 120 mã lực và 180Nm mô-men xoắn.",
     [("120 mã lực", 120.0, None, "mã lực", "exact"), ("180Nm", 180.0, None, "nm", "exact")]),
    ("Chiếc tủ lạnh có dung tích 21.5 cubic feet.", [("21.5 cubic feet", 21.5, None, "cubic feet", "exact")]),
    ("Dàn loa có công suất 200-watt.", [("200-watt", 200.0, None, "watt", "exact")]),
])
def test_car_and_appliance_specifications(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Căn hộ có giá lên tới 500 vạn đô-la Hồng Kông.",
     [("500 vạn đô-la Hồng Kông", 5000000.0, None, "đô-la hồng kông", "exact")]),
    ("Dự án được rót 3 triệu đô la Singapore.",
     [("3 triệu đô la Singapore", 3000000.0, None, "đô-la singapore", "exact")]),
    ("Phí chuyển nhượng có thể tăng lên 40 triệu bảng tùy vào phong độ.",
     [("40 triệu bảng", 40000000.0, None, "bảng", "exact")]),
    # guards: the US dollar stays "USD"; "bảng" with no multiplier keeps its noun
    ("Anh trả 300 đô la cho chiếc điện thoại.", [("300 đô la", 300.0, None, "USD", "exact")]),
    ("Công ty lập 37 bảng lương mỗi tháng.", [("37 bảng lương", 37.0, None, "bảng lương", "exact")]),
])
def test_foreign_money(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Cô kết hôn với ông Tư. Hiện tại, hai người có chung một con gái.", []),
    ("Cô gặp nam ca sĩ trong một buổi diễn. Hai người gặp gỡ và bén duyên từ đó.", []),
    ("Ông cưới cô gái trẻ dù hai người cách nhau tới 40 tuổi.", []),
    # guards: victims are counted; a count before the names of its members stays
    ("Vụ tai nạn làm hai người chết tại chỗ.", [("hai người", 2.0, None, "người", "exact")]),
    ("Hai người không qua khỏi do bị thương quá nặng.", [("Hai người", 2.0, None, "người", "exact")]),
    ("Hai thành viên từng hoạt động trong nhóm nhạc là Mai, Lan.",
     [("Hai thành viên", 2.0, None, "thành viên", "exact")]),
])
def test_the_couple_of_a_story_in_its_history_together(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hãng bán chiếc xe 2 cửa với giá mềm.", []),
    ("Khách chọn bản hatchback 4 cửa nhiều hơn.", []),
    # guards: doors counted without a car before them; windows are a noun of their own
    ("Trường lắp thêm 12 cửa chống cháy.", [("12 cửa", 12.0, None, "cửa", "exact")]),
    ("Ngôi nhà có 4 cửa sổ lớn.", [("4 cửa sổ", 4.0, None, "cửa sổ", "exact")]),
])
def test_doors_after_a_car_name_its_body_style(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hãng vừa giới thiệu 3 mẫu xe tay ga mới tại triển lãm.", [("3 mẫu xe", 3.0, None, "xe", "exact")]),
    ("Công ty ra mắt 4 mẫu điện thoại giá rẻ.", [("4 mẫu điện thoại", 4.0, None, "điện thoại", "exact")]),
    # guards: samples and land measured in "mẫu" keep "mẫu"
    ("Đoàn lấy 120 mẫu kiểm tra an toàn thực phẩm.", [("120 mẫu", 120.0, None, "mẫu", "exact")]),
    ("Bệnh viện lấy 30 mẫu máu để xét nghiệm.", [("30 mẫu", 30.0, None, "mẫu", "exact")]),
    ("Gia đình ông có 5 mẫu ruộng ven sông.", [("5 mẫu", 5.0, None, "mẫu", "exact")]),
])
def test_a_model_before_its_product(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mỗi bữa cô chỉ ăn lượng cơm bằng hai lòng bàn tay.", []),
    ("Cậu bé đứng vững trên hai bàn chân trần.", []),
    # guard: people hurt in a body part are still counted
    ("Có hai người bị thương ở tay.", [("hai người", 2.0, None, "người", "exact")]),
])
def test_body_parts_are_no_count(sentence, expected):
    assert full_records(sentence) == expected
