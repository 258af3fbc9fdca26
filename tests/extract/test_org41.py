"""Organisation classes of org41 (issue 10, organisations on unseen general news): a bare national body after one
the text gives a foreign country ("Bộ Y tế Liberia ... Chính phủ đã yêu cầu WHO") is that country's, unless its
own sentence or the text between names something of ours; a national body spoken of for many countries (the
text says "các chính phủ", or the sentence lists what "60 quốc gia" sent) is no body of ours; a story of foreign
people (its headline and text written with foreign names, a foreign country, nothing of ours) is set abroad; the
party's boards of the Front or a mass organisation ("Ban Tuyên giáo UBTƯ MTTQ") and a department its parent's
head directs ("Bộ trưởng Bộ ... yêu cầu Cục Báo chí") count as the parent; a paired remit written with a comma
("Cục Quản lý Y, dược cổ truyền") is one name; the cell's committee ("tập thể chi ủy") is the Chi bộ; the bodies
of the pre-1975 southern regime are gone. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a foreign ministry named, then the bare government: that country's; ours named in its own sentence stays
    ("Ngày 3/5, Bộ Y tế Liberia thông báo 12 ca tử vong tại tỉnh Sinoe. Chính phủ đã đề nghị WHO hỗ trợ xét nghiệm. "
     "Bộ Y tế Việt Nam tiếp tục theo dõi dịch bệnh.",
     [("Bộ Y tế Việt Nam", "Bộ Y tế")]),
    # "chính phủ Mỹ" in lower case opens the same chain
    ("Hôm qua chính phủ Mỹ công bố gói hỗ trợ 2 tỷ USD. Bộ Tài chính sẽ giải ngân trong 3 tháng.", []),
    # something of ours between them: the later body is ours
    ("Chính phủ Mỹ công bố gói hỗ trợ 2 tỷ USD. Tại Việt Nam, Bộ Tài chính sẽ giải ngân 500 tỷ đồng.",
     [("Bộ Tài chính", "Bộ Tài chính")]),
    # ours said so ("Chính phủ ta") after a foreign namesake
    ("Chính phủ Mỹ công bố gói hỗ trợ 2 tỷ USD. Chính phủ ta sẽ theo dõi trong 3 tháng.",
     [("Chính phủ", "Chính phủ")]),
    # no foreign namesake before it: ours as before
    ("Chính phủ đã yêu cầu Bộ Y tế khẩn trương hỗ trợ tỉnh Nghệ An 20 tấn hóa chất.",
     [("Chính phủ", "Chính phủ"), ("Bộ Y tế", "Bộ Y tế")]),
    # governments in general: the plural elsewhere, or what many countries sent
    ("Bộ tài liệu của Chính phủ là một dự án mới. Tài liệu nhằm hỗ trợ các Chính phủ trong quản lý mỏ.", []),
    ("Diễn đàn thu hút 1.200 đại biểu đến từ hơn 50 quốc gia, gồm lãnh đạo Nhà nước, Chính phủ, các bộ, ngành.", []),
    # our ministries listed after "Các" are no plural of many countries'
    ("Các Bộ Tài nguyên và Môi trường, Xây dựng phối hợp rà soát 30 mỏ cát.",
     [("Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường"), ("Xây dựng", "Bộ Xây dựng")]),
    # a story of foreign people: a boxer's joke is no tax department of ours
    ("Rooney đấu McGregor tại Las Vegas\nTrận Rooney – McGregor diễn ra tại Mỹ. Rooney nói McGregor nợ thuế. "
     "“Tao là Cục thuế đây”, Rooney nói. McGregor đáp Rooney sẽ thua. Trận đấu của McGregor và Rooney thu 5 triệu USD.",
     []),
    # the Front's department: the Front is the mention; a party committee's board counts beside its committee
    ("Theo định hướng của Ban Tuyên giáo UBTƯ MTTQ Việt Nam, tạp chí sẽ ra 12 số mỗi năm.",
     [("UBTƯ MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam")]),
    ("Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An tặng 20 suất quà.",
     [("ban Tuyên giáo", "Ban Tuyên giáo"), ("Tỉnh ủy Nghệ An", "Tỉnh ủy")]),
    # a department its minister directs: the ministry, here and where it is named again
    ("Bộ trưởng Bộ Thông tin - Truyền thông Nguyễn Văn An yêu cầu Cục Báo chí cần sớm sửa nghị định. "
     "Sở phối hợp với Cục Báo chí kiểm tra 15 văn phòng.",
     [("Bộ Thông tin - Truyền thông", "Bộ Thông tin và Truyền thông")]),
    ("Cục Báo chí vừa gửi văn bản tới 20 cơ quan báo chí.", [("Cục Báo chí", "Cục Báo chí")]),
    # a paired remit with a comma: one name, one spelling
    ("Theo Cục Quản lý Y, dược cổ truyền, 300 cơ sở đã đăng ký.",
     [("Cục Quản lý Y, dược cổ truyền", "Cục Quản lý Y, dược cổ truyền")]),
    ("Cục trưởng Cục Quản lý Y, Dược cổ truyền Nguyễn Văn An cho biết.",
     [("Cục Quản lý Y, Dược cổ truyền", "Cục Quản lý Y, dược cổ truyền")]),
    # a comma after a full remit still ends the name
    ("Theo Sở Y tế, bệnh viện đã tiếp nhận 20 ca.", [("Sở Y tế", "Sở Y tế")]),
    # the cell's committee is the cell
    ("Cuối năm, tập thể chi ủy của cơ quan bị phê bình.", [("chi ủy", "Chi bộ")]),
    ("Bí thư Chi ủy Nguyễn Văn An phát biểu tại 3 buổi họp.", [("Chi ủy", "Chi bộ")]),
    # the southern regime's ministry is gone
    ("Năm 1960, UNICEF cùng Bộ Y tế của chính quyền Sài Gòn cấp 2 học bổng.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org41(text, expected):
    assert orgs(text) == expected
