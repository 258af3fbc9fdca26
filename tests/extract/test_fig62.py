"""Exact records for fig62 (issue 10, figure precision on general news: measures and specifications that
are no figures). A measure after a word of type names a class ("xe khách loại 16 chỗ ngồi", "hạng 50 kg"),
a screen size after a plural model word the class compared with ("những mẫu laptop 13 inch"), a strength
after a substance a product's grade ("cồn 70 độ", "NaCl 0,9%"), nanometres near chip making a process node,
an elevation on a datum or above sea level a position, a half-open band of a statute ("từ A đến dưới B"),
its alternative and a case told by the goods' value thresholds that pick the clause, a half turn after a
word of change the idiom of reversal, the headphone jack's size its standard, a weight before "trở lên" a
class of things, and an amount after a market segment a price class (guideline test17, test15, dev19 p3,
dev6 A, dev14). Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Chiếc xe khách loại 16 chỗ ngồi lao xuống vực khiến 3 người bị thương.", [("3 người", 3.0, "người")]),
    ("Chiếc xe tải (loại 1,5 tấn) mất phanh khi đổ dốc.", []),
    ("Nhà vô địch hạng 50 kg sẽ thượng đài tối nay.", []),
    ("Cửa hàng bị thu giữ 5 bao gạo, loại 50 kg.", [("5 bao", 5.0, "bao")]),
    ("Máy tính bảng này mỏng hơn những mẫu laptop 13 inch.", []),
    # guards: "các loại" counts units of every kind; a screen size after "cỡ" is the product's own; a car's
    # wheels "là loại 18-inch" are its own size
    ("Bệnh viện đã xét nghiệm các loại 312 đơn vị máu.", [("312 đơn vị máu", 312.0, "đơn vị máu")]),
    ("Máy có màn hình cỡ 5,5 inch và pin 3.000 mAh.", [("5,5 inch", 5.5, "inch"), ("3.000 mAh", 3000.0, "mah")]),
    ("Mâm xe là loại 18-inch, lớn hơn bản cũ.", [("18-inch", 18.0, "inch")]),
])
def test_a_measure_after_a_word_of_type_names_a_class(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Người dân nên rửa vết thương bằng cồn 70 độ hoặc nước muối NaCl 0,9%.", []),
    ("Quán bán rượu 40 độ với giá 8.000 đồng một chai.", [("8.000 đồng", 8000.0, "đồng")]),
    ("Hãng đã loại bỏ giắc cắm tai nghe cỡ 3,5mm trên mẫu máy mới.", []),
    # guard: a lens's focal length is the product's own measure
    ("Máy có ống kính 28mm và jack 3.5mm để cắm tai nghe.", [("28mm", 28.0, "mm")]),
])
def test_a_strength_after_a_substance_is_a_grade(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Con chip được sản xuất trên quy trình 10nm, tiết kiệm điện hơn chip 14 nm đời trước.", []),
    ("Máy dùng quy trình công nghệ tiên tiến nhất - 10 Nm.", []),
    # guards: a torque, with or without its word near, and a wavelength are quantities
    ("Động cơ cho công suất 300 mã lực và mô-men xoắn cực đại 400 Nm.",
     [("300 mã lực", 300.0, "mã lực"), ("400 Nm", 400.0, "nm")]),
    ("Khối động cơ mạnh 34,5 mã lực/28 Nm.", [("34,5 mã lực", 34.5, "mã lực"), ("28 Nm", 28.0, "nm")]),
    ("Tia UVA có bước sóng 315-380 nm.", [("315-380 nm", 315.0, "nm")]),
])
def test_nanometres_of_chip_making_name_a_process_node(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Thành phố đề nghị hạ mặt đê đến cao độ dương 12,4m.", []),
    ("Với cao độ hạ đê đất đến dương 12,4m, mặt đường được mở rộng thêm 3m.", [("3m", 3.0, "m")]),
    ("Hố xoáy có cao trình -35 m đến -36 m, tâm cách bờ 80m.", [("80m", 80.0, "m")]),
    ("Ngôi chùa nằm ở độ cao gần 500m so với mực nước biển.", []),
    # guards: a height fallen and a water level read on the datum are quantities
    ("Nạn nhân rơi từ độ cao trên 10m xuống đất.", [("trên 10m", 10.0, "m")]),
    ("Mực nước trong hồ sáng nay đang ở cao trình 21,25 mét.", [("21,25 mét", 21.25, "m")]),
])
def test_an_elevation_is_a_position(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Người nào làm hư hỏng tài sản gây thiệt hại từ 5 triệu đồng đến dưới 50 triệu đồng thì bị phạt tù.", []),
    ("Kẻ gian chiếm đoạt tài sản trị giá từ hai triệu đồng đến dưới năm mươi triệu đồng hoặc dưới hai triệu đồng "
     "nhưng đã từng bị xử phạt.", []),
    ("Gây thiệt hại cho tài sản có giá trị từ năm trăm triệu đồng trở lên.", []),
    ("Cơ sở bị phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng nếu hàng hóa vi phạm có giá trị đến 5.000.000 đồng.",
     [("từ 1.000.000 đồng đến 2.000.000 đồng", 1000000.0, 1000000.0 * 2, "đồng", "range")]),
    ("Mức phạt cao nhất là từ 7 triệu đồng đến 10 triệu đồng trong trường hợp giá trị hàng hóa vi phạm trên "
     "100 triệu đồng.",
     [("từ 7 triệu đồng đến 10 triệu đồng", 7000000.0, 10000000.0, "đồng", "range")]),
    # guards: a fine's closed range, a real damage and an amount that "lên tới" stay figures
    ("Hành vi vi phạm bị phạt tiền từ 5 triệu đến 10 triệu đồng.",
     [("từ 5 triệu đến 10 triệu đồng", 5000000.0, 10000000.0, "đồng", "range")]),
    ("Vụ cháy gây thiệt hại hơn 2 tỷ đồng.", [("hơn 2 tỷ đồng", 2e9, None, "đồng", "over")]),
])
def test_a_band_of_a_statute_is_no_amount(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Thái độ của anh ta bỗng quay ngoắt 180 độ.", []),
    ("Hình ảnh mới của nữ ca sĩ khác biệt 180 độ so với trước.", []),
    ("Trang trại còn 4.000 con lợn có trọng lượng từ 70kg trở lên.", [("4.000 con lợn", 4000.0, "lợn")]),
    ("Đây là mẫu smartphone tầm trung (giá dưới 6 triệu) đáng mua nhất.", []),
    ("Máy là chuẩn mực cho sản phẩm tầm trung 7 triệu.", []),
    # guards: a hinge's rotation is the product's spec, and a price "tầm" (about) an amount is the price
    ("Máy có bản lề xoay 360 độ.", [("360 độ", 360.0, "độ")]),
    ("Chiếc điện thoại có giá tầm 7 triệu đồng.", [("tầm 7 triệu đồng", 7000000.0, "đồng")]),
])
def test_idioms_classes_and_price_segments_are_no_figures(sentence, expected):
    assert records(sentence) == expected
