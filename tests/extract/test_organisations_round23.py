"""Organisation classes of round 23 (org23), from the misses of the fresh splits test9 and test10: a
department named by its sector in other words or order, a centre's head in title case, "cơ sở" (a clinic,
a facility) read as the head "Sở", and the provincial literature and arts association abbreviated.
Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a department named by two or more syllables of one sector only, in any order: that sector's department
    ("Người dân có thể phản ánh tới Sở Truyền Thông qua đường dây nóng.",
     [("Sở Truyền Thông", "Sở Thông tin và Truyền thông")]),
    ("Sở Thông tin Truyền thông tỉnh Bình Định vừa cấp phép cho hai trang tin.",
     [("Sở Thông tin Truyền thông tỉnh Bình Định", "Sở Thông tin và Truyền thông")]),
    ("Đại diện Sở Phát triển Nông thôn tỉnh Long An cho biết lúa đã thu hoạch xong.",
     [("Sở Phát triển Nông thôn tỉnh Long An", "Sở Nông nghiệp và Phát triển nông thôn")]),
    # words of two sectors, or a department some provinces have of its own, keep the name as written
    ("Sở Du lịch Khánh Hòa mở đợt kích cầu mùa hè.", [("Sở Du lịch Khánh Hòa", "Sở Du lịch")]),
    # a centre's head in title case, as in lists of addresses
    ("Trung Tâm Hỗ trợ Du khách Quảng Nam, số 12 đường Hai Bà Trưng.",
     [("Trung Tâm Hỗ trợ Du khách Quảng Nam", "Trung tâm Hỗ trợ Du khách")]),
    # "cơ sở y tế xã" are clinics: "sở" closes the word "cơ sở", no department
    ("Huyện đã nâng cấp 12 cơ sở y tế xã và 5 trạm y tế.", []),
    # "Hội VHNT": the literature and arts association, spelled out
    ("Hội VHNT tỉnh Gia Lai trao giải cho 20 tác phẩm.", [("Hội VHNT tỉnh Gia Lai", "Hội Văn học Nghệ thuật")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round23_organisations(text, expected):
    assert orgs(text) == expected
