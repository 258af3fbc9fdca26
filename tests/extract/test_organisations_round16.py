"""Organisation classes of round 16 (org16): a name ends before the sentence's verb, found by the part
of speech of the lower-case words after the head (underthesea's models), on sentences written for the
tests."""
import pytest

from article_case import orgs


CASES = [
    # a verb after the name (none of them in any word list): the name ends before it
    ("Cục Thuế truy thu hơn 2 tỷ đồng của một doanh nghiệp may.", [("Cục Thuế", "Cục Thuế")]),
    ("Sáng nay Chi cục Kiểm lâm bắt giữ một xe tải chở gỗ lậu.", [("Chi cục Kiểm lâm", "Chi cục Kiểm lâm")]),
    ("Chi cục Thú y tiêm phòng dại cho 300 con chó.", [("Chi cục Thú y", "Chi cục Thú y")]),
    ("Cục Hải quan thu giữ lô hàng điện thoại nhập lậu.", [("Cục Hải quan", "Cục Hải quan")]),
    ("Hội Nông dân vận động hội viên trồng rừng gỗ lớn.", [("Hội Nông dân", "Hội Nông dân")]),
    ("Phòng Văn hóa tiếp nhận 20 hồ sơ xét tặng danh hiệu.", []),  # (no level or place: as before)
    # an adjective of manner right before the verb ("khẩn trương kiểm tra")
    ("Chi cục Thủy sản khẩn trương kiểm tra các tàu cá về bờ.", [("Chi cục Thủy sản", "Chi cục Thủy sản")]),
    # an adverb of time after the name
    ("Sở Tài chính vừa trình phương án giá đất mới.", [("Sở Tài chính", "Sở Tài chính")]),
    ("Sở Y tế đã yêu cầu các bệnh viện báo cáo số ca mắc.", [("Sở Y tế", "Sở Y tế")]),
    ("Phòng Giáo dục sẽ tổ chức kỳ thi học sinh giỏi.", [("Phòng Giáo dục", "Phòng Giáo dục và Đào tạo")]),
    # lower-case words the model reads as nouns stay in the name
    ("Sở Giao thông công chính TP.HCM cho biết sẽ sửa 3 cây cầu.",
     [("Sở Giao thông công chính TP.HCM", "Sở Giao thông công chính")]),
    ("Phòng Lao động - Thương binh và Xã hội huyện Phú Vang hỗ trợ 50 hộ nghèo.",
     [("Phòng Lao động - Thương binh và Xã hội huyện Phú Vang", "Phòng Lao động - Thương binh và Xã hội")]),
    ("Chi cục Quản lý thị trường tỉnh Nghệ An kiểm tra 12 cửa hàng.",
     [("Chi cục Quản lý thị trường tỉnh Nghệ An", "Chi cục Quản lý thị trường")]),
    ("Hội Người cao tuổi tặng quà cho các cụ trên 90 tuổi.", [("Hội Người cao tuổi", "Hội Người cao tuổi")]),
    ("Hội Người cao tuổi xã Tân An tổ chức mừng thọ.", [("Hội Người cao tuổi xã Tân An", "Hội Người cao tuổi")]),
    # a country after the whole phrase: a foreign body, even where a word of its name reads as a verb
    ("Theo Hiệp hội Phòng cháy chữa cháy Úc, 80% vụ cháy nhà bắt đầu từ bếp.", []),
    # the name's own last word may read as a verb where no clause goes on after it
    ("Ông Lê Văn Bình - Cục trưởng Cục Chống buôn lậu – Phó trưởng ban chỉ đạo.",
     [("Cục Chống buôn lậu", "Cục Chống buôn lậu")]),
    ("Chuyên gia của Hiệp hội Phòng cháy chữa cháy Mỹ cho biết như vậy.", []),
    # a verb after a capitalised verb is its object, part of the name: not cut to "Cục Chống" (the name,
    # its verb beyond the words the pattern reads, is still dropped as cut short, as before)
    ("Cục Chống buôn lậu chủ trì việc kiểm tra.", []),
    ("Chi cục Thủy sản khẩn trương kiểm tra các tàu cá về bờ.", [("Chi cục Thủy sản", "Chi cục Thủy sản")]),
    ("Chi cục Chăn nuôi và Thú y hướng dẫn người dân vệ sinh chuồng trại.",
     [("Chi cục Chăn nuôi và Thú y", "Chi cục Chăn nuôi và Thú y")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round16_cases(text, expected):
    assert orgs(text) == expected
