"""Organisation classes of org26, from the dev15 errors (general news): official names whose list of
remits holds a comma; a province's department written in title case with one tone mark off; a bare
military service after "môi trường" as a career setting; the local police abbreviated "CA" + its level
letters before a place. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # official names holding a comma are read whole, not cut at the comma
    ("Cục Xuất bản, In và Phát hành vừa thu hồi hai đầu sách in lậu.",
     [("Cục Xuất bản, In và Phát hành", "Cục Xuất bản, In và Phát hành")]),
    ("Đoàn kiểm tra của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ làm việc tại nhà máy.",
     [("Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
       "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ")]),
    ("Bộ Văn hóa, Thể thao và Du lịch đã cấp phép cho lễ hội.",
     [("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")]),
    # a department in title case with one tone mark off is its sector's department
    ("Ông Tâm, Giám đốc Sở Giáo Dục và Đạo Tạo tỉnh Bến Tre, chủ trì cuộc họp.",
     [("Sở Giáo Dục và Đạo Tạo tỉnh Bến Tre", "Sở Giáo dục và Đào tạo")]),
    ("Sở Tài Nguyên và Môi Trướng tỉnh Bến Tre đã lấy mẫu nước.",
     [("Sở Tài Nguyên và Môi Trướng tỉnh Bến Tre", "Sở Tài nguyên và Môi trường")]),
    # a bare military service after "môi trường" is a career setting
    ("Sau 5 năm rèn luyện trong môi trường Hải quân, anh trở về quê lập nghiệp.", []),
    # ... while the service as an actor, and the environment police's force with its place, are bodies
    ("Hải quân đã đưa 30 ngư dân về bờ an toàn.", [("Hải quân", "Quân chủng Hải quân")]),
    # the local police abbreviated "CA" + level letters before a place
    ("Lực lượng CAH Phú Vang đã khống chế đối tượng.", [("CAH", "Công an")]),
    ("CAQ Cầu Giấy đang điều tra vụ việc.", [("CAQ", "Công an")]),
    # ... not the letters alone
    ("Ông ký hợp đồng với hãng CAT.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round26_organisations(text, expected):
    assert orgs(text) == expected
