"""Organisation classes of org31: "Sở Công an" (the old name of a city's police, and how writers still call
a province's police) is the police force "Công an", not a department of a sector; a city's or province's
bar association ("Đoàn Luật sư TP ...") is a body in scope, the place removed; the lower-case defence team
of a trial is none; departments listed as the units of a parent named just before them ("các đơn vị của Bộ
Công an như Cục ...") are the parent's, as with the parent after them, and so is a department named by its head's title ("Cục trưởng Kinh tế")
where the text gives that title with its parent once. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # "Sở Công an" in either case is the province's police
    ("Vụ việc đã được báo cho sở công an tỉnh để xử lý.", [("sở công an tỉnh", "Công an")]),
    ("Ông Nguyễn Văn A, cán bộ Sở Công an TP.HCM, cho biết.", [("Sở Công an TP.HCM", "Công an")]),
    # the ministry stays the ministry
    ("Bộ Công an vừa ban hành thông tư mới về đăng ký xe.", [("Bộ Công an", "Bộ Công an")]),
    # a bar association, the place removed
    ("Luật sư Trần Thị B (Đoàn Luật sư tỉnh Bình Dương) nhận định vụ án còn nhiều điểm mờ.",
     [("Đoàn Luật sư tỉnh Bình Dương", "Đoàn Luật sư")]),
    ("Theo ông C, Đoàn Luật sư TP Hà Nội, hợp đồng này vô hiệu.", [("Đoàn Luật sư TP Hà Nội", "Đoàn Luật sư")]),
    # the national federation is read whole, with no bar association inside it
    ("Ông D, Chủ tịch Liên đoàn Luật sư Việt Nam, phát biểu tại hội thảo.",
     [("Liên đoàn Luật sư Việt Nam", "Liên đoàn Luật sư")]),
    ("Liên đoàn luật sư Việt Nam vừa góp ý dự thảo luật.", [("Liên đoàn luật sư Việt Nam", "Liên đoàn Luật sư")]),
    # a trial's defence team is no body
    ("Gia đình bị cáo thuê một đoàn luật sư riêng.", []),
    ("Tòa đã nghe đoàn luật sư bào chữa cho bị cáo trình bày.", []),
    # departments listed as a parent's units are the parent's, the comma of "phòng, chống" no cut either
    ("Người bị lừa có thể báo cho các đơn vị của Bộ Công an như Cục Cảnh sát phòng, chống tội phạm "
     "sử dụng công nghệ cao; Cục An ninh mạng.", [("Bộ Công an", "Bộ Công an")]),
    ("Các cơ quan thuộc Bộ Y tế gồm Cục Quản lý dược, Cục An toàn thực phẩm đã vào cuộc.",
     [("Bộ Y tế", "Bộ Y tế")]),
    # a department named alone keeps its name
    ("Cục Quản lý dược vừa yêu cầu thu hồi lô thuốc giả.", [("Cục Quản lý dược", "Cục Quản lý dược")]),
    # a duty of a ministry is no list of its units
    ("Nhiệm vụ của Bộ Tài chính là phối hợp với Cục Hải quan kiểm tra hàng nhập.",
     [("Bộ Tài chính", "Bộ Tài chính"), ("Cục Hải quan", "Cục Hải quan")]),
    # a department named by its head's title with its parent once is the parent's when the title comes again
    ("Đại tá B, Cục trưởng kinh tế, Bộ Quốc phòng, phát biểu. \"Quân đội làm kinh tế giỏi\", Cục trưởng "
     "Kinh tế nói.", [("Bộ Quốc phòng", "Bộ Quốc phòng")]),
    # ... but the title alone still names its department
    ("\"Hàng lậu giảm mạnh\", Cục trưởng Hải quan Nguyễn Văn C cho biết.", [("Hải quan", "Cục Hải quan")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_org31_classes(text, expected):
    assert orgs(text) == expected
