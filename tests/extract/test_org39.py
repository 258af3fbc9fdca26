"""Organisation classes of org39 (issue 10, organisations on unseen text of the test2 topics): the federation of
science and technology associations in its spellings ("Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh", "Liên
hiệp các hội KH&KT") is one name, not "Hội Liên hiệp" and "Hội Khoa học Kỹ thuật"; a cooperative whose name opens
with "Liên minh HTX" and goes on with its trade is a business, not the cooperative alliance; the national
search-and-rescue committee under its longer name ("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu
nạn") keeps the name it has, not cut at the comma; China by its official name ("Cộng hòa Nhân dân Trung Hoa")
is a foreign country, so the Politburo in a Chinese leader's titles is not ours. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a leading "Hội" and the sector without "và": one federation, the gold's name
    ("Tại lễ tuyên dương, Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh đã trao giấy khen cho 3 học sinh.",
     [("Hội Liên hiệp các hội Khoa học Kỹ thuật tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật")]),
    # the abbreviated sector
    ("Liên hiệp các hội KH&KT Việt Nam vừa trao 12 giải thưởng sáng tạo.",
     [("Liên hiệp các hội KH&KT Việt Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật")]),
    # written in full it was already right, and stays so
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Nam tặng 20 suất học bổng.",
     [("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật")]),
    # a cooperative named by its trade: a business, out of scope
    ("Ông Lê Văn Tám, Chủ tịch Liên minh HTX DV nông nghiệp tổng hợp Bình Phước, cho biết đã trả nợ.", []),
    ("Các xã viên của Liên minh Hợp tác xã Dịch vụ vận tải Hòa Bình đã góp 2 tỷ đồng.", []),
    # the cooperative alliance itself, national or provincial, is still read
    ("Liên minh HTX tỉnh Khánh Hòa đã hỗ trợ 20 hợp tác xã vay vốn.",
     [("Liên minh HTX tỉnh Khánh Hòa", "Liên minh Hợp tác xã Việt Nam")]),
    # the search-and-rescue committee under its longer name, comma and all
    ("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn đề nghị các tỉnh gọi 300 tàu cá vào bờ.",
     [("Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", "Ủy ban Quốc gia Tìm kiếm cứu nạn")]),
    # a Chinese leader's titles: that country's Politburo
    ("Chiều 22/5, Ủy viên Bộ Chính trị, Phó Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Lý Nguyên Triều đã tiếp "
     "đoàn thanh niên.", []),
    # our own Politburo in the same kind of story is still read
    ("Đoàn do Ủy viên Bộ Chính trị Trương Thị Mai dẫn đầu đã thăm Cộng hòa Nhân dân Trung Hoa.",
     [("Bộ Chính trị", "Bộ Chính trị")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org39(text, expected):
    assert orgs(text) == expected
