"""Organisation classes of org42 (issue 10, organisation recall on unseen text): a bare "Ủy ban" before "về" opens a
committee's remit, never the local people's committee, and the National Assembly's social affairs committee is the
Assembly; a lower-case association or a known name in lower case closed by one of our provinces (no level word) is a
name; an association of Vietnamese "tại/ở" a foreign country is a diaspora body registered abroad (foreign); a
capitalised syllable and the lower-case one closing a word with it are no predicate ("Cục Tác chiến"); a minister
named by the sector before any verb the lexicon knows, and the ministries listed after "Các Bộ trưởng ...:"; the
Development Assistance Fund is defunct. Sentences written for the tests."""
import pytest

from article_case import orgs
from extract.pipeline import extract_text


CASES = [
    # a committee named by its remit after "Ủy ban về": no people's committee; the National Assembly's social affairs
    # committee is the Assembly (guideline test3/test8): its parent after it is the mention, or it names the Assembly
    ('Ông Lê Văn Hùng, Ủy viên Thường trực Ủy ban về các vấn đề xã hội của Quốc hội, cho rằng cần giám sát việc tặng quà.',
     [('Quốc hội', 'Quốc hội')]),
    ('Phó Chủ nhiệm Ủy ban về các vấn đề xã hội Nguyễn Văn Minh cho biết 3 đoàn giám sát sẽ về các tỉnh.',
     [('Ủy ban về các vấn đề xã hội', 'Quốc hội')]),
    # another committee named by its remit (a bilateral one): no local people's committee either
    ('Ông Trần Văn Nam, Chủ tịch Ủy ban về hợp tác kinh tế của hai nước, dự lễ ký kết.',
     []),
    # before another function word the bare head still points back to the local committee
    ('Từ Ủy ban đến các sở đều phải báo cáo trước ngày 10/6.',
     [('Ủy ban', 'Ủy ban nhân dân')]),
    # a lower-case association closed by one of our provinces without a level word: a name (the place removed)
    ('Công ty là hội viên của Hiệp hội doanh nghiệp TP.HCM và Hiệp hội Cà phê Ca cao Việt Nam.',
     [('Hiệp hội doanh nghiệp TP.HCM', 'Hiệp hội Doanh nghiệp'), ('Hiệp hội Cà phê Ca cao Việt Nam', 'Hiệp hội Cà phê Ca cao')]),
    ('Hiệp hội chăn nuôi Đồng Nai đề nghị hỗ trợ 200 hộ nuôi heo.',
     [('Hiệp hội chăn nuôi Đồng Nai', 'Hiệp hội Chăn nuôi')]),
    ('Hội doanh nhân trẻ Long An trao 50 suất học bổng.',
     [('Hội doanh nhân trẻ Long An', 'Hội Doanh nhân trẻ')]),
    # not another noun made with the head ("Hội chợ")
    ('Hội chợ Hà Nội mở cửa đón 3.000 lượt khách.',
     []),
    # a known name in lower case closed by one of our provinces; not "tỉnh đoàn kết", not a war front (a bare head)
    ('Đại diện tỉnh đoàn Cao Bằng trao 30 suất quà cho các em.',
     [('tỉnh đoàn Cao Bằng', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh')]),
    ('Các tỉnh đoàn kết giúp nhau vượt qua lũ.',
     []),
    ('Trận đánh ở mặt trận Quảng Trị năm 1972 kéo dài 81 ngày.',
     []),
    # a diaspora association: registered abroad, a foreign body; a party committee abroad is ours; an association
    # "tại" one of our provinces is ours
    ('Chủ tịch Hội Người Việt Nam tại Cộng hòa Séc, ông Nguyễn Văn Bình, trao 20 suất quà.',
     []),
    ('Hội Doanh nhân Việt Nam tại Nga trao 15 suất học bổng.',
     []),
    ('Phó Bí thư Đảng ủy Việt Nam tại Liên bang Nga dự lễ.',
     [('Đảng ủy Việt Nam', 'Đảng ủy')]),
    ('Hội Nông dân tại Thái Bình trao 40 con bò giống.',
     [('Hội Nông dân', 'Hội Nông dân')]),
    # a department cut by a "verb" that closes a word with its capitalised syllable ("Tác chiến"): whole, so its
    # parent after it (in lower case) is the mention
    ('Chuyến bay được Cục Tác chiến Bộ tổng tham mưu cấp phép ngày 30/5.',
     [('Bộ tổng tham mưu', 'Bộ Tổng Tham mưu')]),
    ('Cục Tác chiến cho biết đã cấp phép cho 2 chuyến bay.',
     [('Cục Tác chiến', 'Cục Tác chiến')]),
    # a minister named by the sector before any verb the lexicon knows; not before a second title ("kiêm")
    ('Video: Bộ trưởng Y tế tiết lộ 20 cán bộ bị kỷ luật.',
     [('Y tế', 'Bộ Y tế')]),
    ('Bộ trưởng Nội vụ trả lời chất vấn về tinh giản biên chế.',
     [('Nội vụ', 'Bộ Nội vụ')]),
    ('Phó Thủ tướng tiếp Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Arun Jaitley.',
     []),
    # the ministries listed by sector after the plural ministers' title and a colon; not another country's
    ('Các Bộ trưởng, Trưởng ngành cùng tham gia trả lời chất vấn: Kế hoạch và Đầu tư, Tài chính, Ngân hàng Nhà nước Việt Nam, Tài nguyên và Môi trường.',
     [('Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư'), ('Tài chính', 'Bộ Tài chính'), ('Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước'), ('Tài nguyên và Môi trường', 'Bộ Tài nguyên và Môi trường')]),
    ('Cùng đi với Thủ tướng Lào có các Bộ trưởng: Tài chính, Kế hoạch và Đầu tư, Công chính và Vận tải.',
     []),
    # the Development Assistance Fund (defunct since 2006) in lower case; the living cooperative fund stays
    ('Chi nhánh Quỹ hỗ trợ phát triển Bắc Ninh cho vay 20 tỷ đồng.',
     []),
    ('Quỹ Hỗ trợ phát triển hợp tác xã bảo lãnh 30 khoản vay.',
     [('Quỹ Hỗ trợ phát triển hợp tác xã', 'Quỹ Hỗ trợ phát triển hợp tác xã')]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org42(text, expected):
    assert orgs(text) == expected


def test_org42_committee_in_a_document():
    # the pipeline's record: the committee's member is the Assembly's, no people's committee is named
    text = ("Đại biểu Quốc hội Lê Văn Hùng, Ủy viên Thường trực Ủy ban về các vấn đề xã hội của Quốc hội, cho rằng cần "
            "giám sát việc tặng quà Tết. Chỉ thị của Ban Bí thư đã nêu rõ việc này.")
    ex = extract_text(text, title="Cần giám sát việc tặng quà Tết")
    assert sorted({o.canonical for o in ex.organizations}) == ["Ban Bí thư", "Quốc hội"]
