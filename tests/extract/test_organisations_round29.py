"""Organisation classes of org29 (fresh-text errors of test11 and test12): a dash inside a listed
department's remit or glued to one side of a sector list, the procuracy named bare or in lower case, the
mass-sport department of the sports directorate, a numbered transport agency with its parent beside it,
a fund named by a foreign person, a comma-listed remit that runs on to a foreign country, and the United
Nations spelled "Liên hiệp Quốc". Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a dash between two words of a listed department's remit: the department as its charter spells it
    ("Bà Hoa được giao phụ trách Cục Nghệ thuật - Biểu diễn từ đầu năm.",
     [("Cục Nghệ thuật - Biểu diễn", "Cục Nghệ thuật biểu diễn")]),
    ("Cục Y tế - Dự phòng khuyến cáo người dân rửa tay thường xuyên.",
     [("Cục Y tế - Dự phòng", "Cục Y tế dự phòng")]),
    # a listed name that holds a dash keeps its own spelling
    ("Chi cục Dân số - Kế hoạch hóa gia đình Hà Nội vừa tổng kết năm.",
     [("Chi cục Dân số - Kế hoạch hóa gia đình Hà Nội", "Chi cục Dân số - Kế hoạch hóa gia đình")]),
    # a dash glued to one side between the sectors of a department
    ("Giám đốc Sở Giáo dục- Đào tạo Nam Định đã ký quyết định.",
     [("Sở Giáo dục- Đào tạo Nam Định", "Sở Giáo dục và Đào tạo")]),
    ("Sở Văn hóa -Thể thao Bắc Giang tổ chức giải chạy.",
     [("Sở Văn hóa -Thể thao Bắc Giang", "Sở Văn hóa và Thể thao")]),
    # the procuracy named bare, in either case
    ("Tại phiên tòa, đại diện Viện kiểm sát đề nghị mức án ba năm tù.",
     [("Viện kiểm sát", "Viện Kiểm sát nhân dân")]),
    ("Viện kiểm sát quân sự quân khu đã trả hồ sơ.",
     [("Viện kiểm sát quân sự quân khu", "Viện Kiểm sát Quân sự")]),
    # the mass-sport department of the sports directorate, in title case
    ("Ông Lê An, Vụ trưởng Vụ Thể dục Thể thao Quần chúng, dự lễ khai mạc.",
     [("Vụ Thể dục Thể thao Quần chúng", "Vụ Thể dục thể thao quần chúng")]),
    # a numbered transport agency with its parent beside it: the parent, and its later mentions are dropped
    ("Khu Quản lý giao thông đô thị số 2 (thuộc Sở GTVT TP.HCM) đã sửa mặt đường. Sau đó Khu Quản lý "
     "giao thông đô thị số 2 cắm biển cấm.", [("Sở GTVT TP.HCM", "Sở Giao thông vận tải")]),
    ("Khu Quản lý giao thông đô thị số 1 đã thay đèn tín hiệu.",
     [("Khu Quản lý giao thông đô thị số 1", "Khu Quản lý giao thông đô thị")]),
    # a fund named by a foreign person is that person's own; one named after a Vietnamese stays
    ("Quỹ Oliver Brown do anh lập ra giúp trẻ em khuyết tật học vẽ.", []),
    ("Quỹ Nguyễn Văn Trỗi trao học bổng cho học sinh nghèo.",
     [("Quỹ Nguyễn Văn Trỗi", "Quỹ Nguyễn Văn Trỗi")]),
    # a comma-listed remit running on to a foreign country: that country's body
    ("Dự án do Bộ Giáo dục, Văn hóa, Thể thao Nhật Bản tài trợ.", []),
    ("Sở Y tế, Sở Tài chính tỉnh Nghệ An cùng kiểm tra.",
     [("Sở Y tế", "Sở Y tế"), ("Sở Tài chính tỉnh Nghệ An", "Sở Tài chính")]),
    # a listed part that opens a body of its own ends the remit: two bodies, not one of France
    ("Hội thảo có đại diện Bộ Tư pháp, Ủy ban Pháp luật Quốc hội cùng dự.",
     [("Bộ Tư pháp", "Bộ Tư pháp"), ("Quốc hội", "Quốc hội")]),
    # the United Nations spelled with "hiệp" is no "Liên hiệp" of ours
    ("Dự án được Liên hiệp Quốc công nhận là mô hình tốt.", []),
    ("Quỹ Nhi đồng Liên hiệp quốc hỗ trợ tỉnh 2 tỷ đồng.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_org29_classes(text, expected):
    assert orgs(text) == expected
