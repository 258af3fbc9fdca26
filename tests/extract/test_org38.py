"""Organisation classes of org38 (issue 10, organisations on unseen text): one body written in two cases is one
name; a story whose headline names a foreign country (named three times, Việt Nam never) names that country's
bodies; a language ("tiếng Anh") is no country; the board of a party committee in any case ("Ban tổ chức Huyện
ủy", "Trưởng ban Tổ chức huyện ủy") names both; a steering committee's remit ends before a time clause ("trước
khi") and, with a dash straight into another body, both are named; an item of "các bộ: Công an, ..." or of
"Bộ Quốc phòng, Công an, Ngoại giao" is the ministry; a unit's arm in lower case ("Lữ đoàn pháo binh 490") and the same unit by its number alone are one
"Lữ đoàn Pháo binh"; a federation "Liên hiệp các hội" is spelled "Liên hiệp các Hội". Sentences written for the
tests."""
import pytest

from article_case import orgs


CASES = [
    # one body, one name whatever the case of its words
    ("Tối 5/2, Hội Văn học Nghệ thuật tỉnh Lai Châu tổ chức đêm thơ. Ngày 6/2, Hội Văn học nghệ thuật tỉnh "
     "Sóc Trăng tổ chức ngày thơ.",
     [("Hội Văn học Nghệ thuật tỉnh Lai Châu", "Hội Văn học Nghệ thuật"),
      ("Hội Văn học nghệ thuật tỉnh Sóc Trăng", "Hội Văn học Nghệ thuật")]),
    # the name the lists hold wins over the one written first
    ("Hội Liên hiệp phụ nữ xã đã trao quà. Hội Liên hiệp Phụ nữ huyện cũng tham gia.",
     [("Hội Liên hiệp phụ nữ xã", "Hội Liên hiệp Phụ nữ"), ("Hội Liên hiệp Phụ nữ huyện", "Hội Liên hiệp Phụ nữ")]),
    # a story set abroad by its headline: that country's navy is not ours
    ("Tàu cá bị lật ngoài khơi Philippines\nGiới chức Philippines cho biết 5 người mất tích. Lực lượng cứu hộ "
     "Philippines cùng 3 sĩ quan Hải quân đã được điều đến.", []),
    # the same story naming Việt Nam keeps its bodies
    ("Tàu cá bị lật ngoài khơi Philippines\nGiới chức Philippines cho biết 5 ngư dân Việt Nam mất tích. "
     "Philippines đã báo cho Bộ Ngoại giao.", [("Bộ Ngoại giao", "Bộ Ngoại giao")]),
    # a language is no country: a story on an English maths contest is not set abroad
    ("Thi Toán tiếng Anh trên mạng\nCuộc thi Toán tiếng Anh, Toán tiếng Việt và Vật lý do Bộ GD&ĐT phát động; "
     "học sinh thi Toán tiếng Anh ở vòng 1.", [("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo")]),
    # the board of a party committee, in any case, and the committee after it
    ("Ông Lê Văn A, Trưởng ban Tổ chức huyện ủy Krông Pa, bị kỷ luật.",
     [("ban Tổ chức", "Ban Tổ chức"), ("huyện ủy", "Huyện ủy")]),
    ("Ban tổ chức Huyện ủy đã tham mưu sai quy định.", [("Ban tổ chức", "Ban Tổ chức"), ("Huyện ủy", "Huyện ủy")]),
    ("Phó ban Dân vận tỉnh ủy Phú Yên dự lễ.", [("ban Dân vận", "Ban Dân vận"), ("tỉnh ủy Phú Yên", "Tỉnh ủy")]),
    # an event's organising committee is no body
    ("Ban tổ chức giải đua ghe đã trao 3 giải nhất.", []),
    ("Ban tổ chức huyện đã chuẩn bị sân khấu.", []),
    # a steering committee's remit ends before a time clause
    ("Bộ Tài chính báo cáo Ban Chỉ đạo điều hành giá trước khi trình Thủ tướng.",
     [("Bộ Tài chính", "Bộ Tài chính"), ("Ban Chỉ đạo điều hành giá", "Ban Chỉ đạo điều hành giá")]),
    # a dash straight into another body: both named
    ("Ban Chỉ đạo T.Ư về Phòng chống thiên tai - Ủy ban Quốc gia Tìm kiếm cứu nạn vừa ra công điện.",
     [("Ban Chỉ đạo T.Ư về Phòng chống thiên tai", "Ban Chỉ đạo phòng, chống thiên tai"),
      ("Ủy ban Quốc gia Tìm kiếm cứu nạn", "Ủy ban Quốc gia Tìm kiếm cứu nạn")]),
    # the police named as an item of the ministries' list is the ministry
    ("Dự lễ có Thứ trưởng các bộ: Công an, Tài chính.", [("Công an", "Bộ Công an"), ("Tài chính", "Bộ Tài chính")]),
    # capitalised sectors listed by commas after a ministry share its head, the police one of them
    ("Dự thảo đã được gửi lấy ý kiến các bộ, ngành như Bộ Quốc phòng, Công an, Ngoại giao, tỉnh Khánh Hòa.",
     [("Bộ Quốc phòng", "Bộ Quốc phòng"), ("Công an", "Bộ Công an"), ("Ngoại giao", "Bộ Ngoại giao")]),
    ("Bộ Quốc phòng và Công an phối hợp tuần tra.", [("Bộ Quốc phòng", "Bộ Quốc phòng"), ("Công an", "Bộ Công an")]),
    # a level word after the item makes it the police; one item alone is no list
    ("Theo Bộ Công an, Công an tỉnh Nghệ An đã bắt giữ đối tượng.",
     [("Bộ Công an", "Bộ Công an"), ("Công an tỉnh Nghệ An", "Công an")]),
    ("Lãnh đạo Bộ Y tế, Công an tỉnh cùng dự họp.", [("Bộ Y tế", "Bộ Y tế"), ("Công an tỉnh", "Công an")]),
    # a department's list keeps the listed police
    ("Lãnh đạo các sở: Y tế, Công an dự họp.", [("Y tế", "Sở Y tế"), ("Công an", "Công an")]),
    # a unit's arm in lower case, and the unit again by its number
    ("Lữ đoàn pháo binh 490 kỷ niệm 35 năm thành lập. Cán bộ Lữ đoàn 490 luôn huấn luyện tốt.",
     [("Lữ đoàn pháo binh 490", "Lữ đoàn Pháo binh"), ("Lữ đoàn 490", "Lữ đoàn Pháo binh")]),
    # a unit by its number alone, no armed name beside it, stays the type
    ("Năm 1988, Lữ đoàn 28 nhận bàn giao đất.", [("Lữ đoàn 28", "Lữ đoàn")]),
    # the federation of associations, "hội" in lower case
    ("Liên hiệp các hội Khoa học và Kỹ thuật tỉnh trao giải sáng tạo.",
     [("Liên hiệp các hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật")]),
    # the tourist support centre, "du khách" in lower case
    ("Sản phẩm được trưng bày tại Trung tâm Hỗ trợ du khách và nhiều điểm khác.",
     [("Trung tâm Hỗ trợ du khách", "Trung tâm Hỗ trợ Du khách")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org38(text, expected):
    assert orgs(text) == expected
