"""Organisation classes of org40 (issue 10, organisations on unseen general news): a listed name written with the
abbreviation of some of its words ("Liên đoàn LS", "Đoàn LS TP.HCM": [generic.name_abbr] "LS" = "Luật sư") is the
listed body, while a lower-case head before such an abbreviation ("đoàn LS bào chữa") names none; a body named
by the international border gate it serves ("Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai") is ours, not an
international one; the inspectorate of a province, city or district ("Phó Chánh Thanh tra TP Hà Nội") is the
local people's committee, as the guideline has it, while a ministry's or department's is its parent and "thanh
tra" in lower case is the verb; a story naming neither the country nor a province but one of its regions ("Đông
Nam Bộ", "Tây Nguyên") is set at home however often it names China, and an association in lower case closed by
such a region is a name; a national park's board in any case or abbreviated ("Vườn Quốc gia", "BQL VQG", an
abbreviation in brackets after the kind of site) is one name, dashed where the text dashes it once; a remit the
lists know written in sentence case ("Chi cục An toàn vệ sinh thực phẩm") is read whole, not cut at its capitals;
a department named by its province alone ("Sở Hà Nội xác minh") is no name, nor is a generic name cut after the
first word of its remit ("Cục Quản lý | các hoạt động xây dựng", "Hội Hồi sức | cấp cứu").
Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # the bar bodies with "LS" for "Luật sư": the listed names
    ("Ông Trần Văn Nam, Chủ tịch Liên đoàn LS Việt Nam, cho biết 120 luật sư đã đăng ký.",
     [("Liên đoàn LS Việt Nam", "Liên đoàn Luật sư")]),
    ("Luật sư Lê Thị Hoa, Đoàn LS TP.HCM, đã nhận bào chữa miễn phí cho 5 bị cáo.",
     [("Đoàn LS TP.HCM", "Đoàn Luật sư")]),
    # a trial's team of lawyers in lower case: no body
    ("Phiên tòa kéo dài 3 ngày, đoàn LS bào chữa cho bị cáo đề nghị triệu tập thêm nhân chứng.", []),
    # the cooperative alliance with "HTX" for "Hợp tác xã" before a level word and place
    ("Liên minh HTX tỉnh Nghệ An đã cho 15 hợp tác xã vay vốn.",
     [("Liên minh HTX tỉnh Nghệ An", "Liên minh Hợp tác xã Việt Nam")]),
    # a border post named by the international gate it serves: the border guard, ours
    ("Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai đã tiếp nhận 11 công dân bị lừa bán.",
     [("Đồn Biên phòng", "Bộ đội Biên phòng")]),
    # an international body is still out
    ("Hội Chữ thập đỏ Quốc tế đã hỗ trợ 200 bộ dụng cụ sửa nhà.", []),
    # a city's, province's or district's inspectorate: the people's committee
    ("Ông Nguyễn Văn Hùng, Phó Chánh Thanh tra TP Hà Nội, cho biết đã kiểm tra 12 dự án.",
     [("Thanh tra TP Hà Nội", "Ủy ban nhân dân")]),
    ("Thanh tra tỉnh Quảng Nam vừa kết luận 3 sai phạm về đất đai.",
     [("Thanh tra tỉnh Quảng Nam", "Ủy ban nhân dân")]),
    ("Phó Chánh thanh tra huyện Ba Vì cho biết đoàn đã làm việc 10 ngày.",
     [("Chánh thanh tra huyện Ba Vì", "Ủy ban nhân dân")]),
    # a ministry's or department's inspectorate is the parent; the verb in lower case is no body
    ("Thanh tra Bộ Nội vụ đã kiểm tra 4 đơn vị.", [("Bộ Nội vụ", "Bộ Nội vụ")]),
    ("Sở đã tiến hành thanh tra tỉnh lộ 5 sau 2 năm thi công.", []),
    # the transport inspectorate keeps its own name
    ("Chánh Thanh tra giao thông tỉnh Nghệ An cho biết đã xử phạt 30 xe.",
     [("Thanh tra giao thông tỉnh Nghệ An", "Thanh tra giao thông")]),
    # a national park's board: the kind of site in any case, abbreviated, with brackets after it
    ("Ông Lê Văn Bình, Giám đốc Ban Quản lý Vườn Quốc gia (BQL VQG) Phong Nha Kẻ Bàng, cho biết có 3 tuyến.",
     [("Ban Quản lý Vườn Quốc gia (BQL VQG) Phong Nha Kẻ Bàng", "Ban Quản lý Vườn quốc gia Phong Nha Kẻ Bàng")]),
    ("Theo BQL VQG Cúc Phương, 20 cá thể đã được thả.",
     [("BQL VQG Cúc Phương", "Ban Quản lý Vườn quốc gia Cúc Phương")]),
    # written once with the dash and once without: one name, the dashed one
    ("Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng đã mở 2 tuyến. Sau đó BQL VQG Phong Nha Kẻ Bàng kiểm tra.",
     [("Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng", "Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng"),
      ("BQL VQG Phong Nha Kẻ Bàng", "Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng")]),
    # a heritage board as before
    ("Ban quản lý quần thể danh thắng Tràng An đón 5.000 khách.",
     [("Ban quản lý quần thể danh thắng Tràng An", "Ban Quản lý quần thể danh thắng Tràng An")]),
    # a known remit in sentence case runs on over its lower-case words (cut at the capitals it named nothing)
    ("Sở Y tế làm việc với Chi cục An toàn vệ sinh thực phẩm, lấy 6 mẫu thức ăn.",
     [("Sở Y tế", "Sở Y tế"), ("Chi cục An toàn vệ sinh thực phẩm", "Chi cục An toàn vệ sinh thực phẩm")]),
    ("Chi cục An toàn vệ sinh thực phẩm tỉnh Cao Bằng đã lấy 4 mẫu.",
     [("Chi cục An toàn vệ sinh thực phẩm tỉnh Cao Bằng", "Chi cục An toàn vệ sinh thực phẩm")]),
    # not where a foreign proper name follows it
    ("Đoàn đã tham quan Viện Nghiên cứu An toàn thực phẩm RIKILT trong 2 giờ.", []),
    # a generic name cut after the first word of its remit is no name
    ("Ông Nguyễn Văn Bình, Chủ tịch Hội Hồi sức cấp cứu và chống độc Việt Nam có đơn gửi 2 bộ.", []),
    ("Theo quy định, Cục Quản lý các hoạt động xây dựng thuộc Bộ Xây dựng thẩm định 20 dự án.",
     [("Bộ Xây dựng", "Bộ Xây dựng")]),
    ("Quỹ Hỗ trợ nông dân tỉnh đã cho 30 hộ vay.", [("Quỹ Hỗ trợ nông dân tỉnh", "Quỹ Hỗ trợ nông dân")]),
    # a department named by its province alone, its sector left out: no name (the full mention gives it)
    ("Bộ GD&ĐT yêu cầu Sở Hà Nội xác minh, báo cáo trước ngày 7/2.",
     [("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo")]),
    ("Sở Y tế Long An đã cấp 2.000 liều vắc xin.", [("Sở Y tế Long An", "Sở Y tế")]),
    # a story at home that names a region, not the country: its bodies are ours though China is named often
    ("Trung Quốc thu mua lợn trở lại. Trung Quốc nhập 1.000 tấn. Thương lái Trung Quốc đến tận trại. Hàng sang "
     "Trung Quốc tăng. Giá ở Trung Quốc cao. Lãnh đạo Hiệp hội chăn nuôi Đông Nam Bộ cho biết giá tăng 5.000 đồng. "
     "Thứ trưởng Bộ Công Thương cho biết sẽ theo dõi.",
     [("Hiệp hội chăn nuôi", "Hiệp hội Chăn nuôi"), ("Bộ Công Thương", "Bộ Công Thương")]),
    # the same story with no region of ours is still set abroad
    ("Trung Quốc thu mua lợn trở lại. Trung Quốc nhập 1.000 tấn. Thương lái Trung Quốc đến tận trại. Hàng sang "
     "Trung Quốc tăng. Giá ở Trung Quốc cao. Thứ trưởng Bộ Công Thương cho biết sẽ theo dõi.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org40(text, expected):
    assert orgs(text) == expected
