"""Organisation constructions of org33 (issue 10, precision and recall on unseen text): a body whose own place the
text puts abroad (a city placed in a foreign province, a district in that city), or that is listed with others
before a foreign place, is foreign even in a story that names Việt Nam, whatever the syllables of its place; a head
written once before a list of names after "các"; a steering committee's remit in quotes; a long name after a title
running to the reporting verb. Sentences written for the tests."""
import pytest

from article_case import orgs
from extract.orgs import find_orgs


CASES = [
    # the city is put in a foreign province, the district in the city: their court and office are foreign
    ("Bà Lý sống ở thành phố Jiamusi ở tỉnh Hắc Long Giang. Năm 2012, Tòa án quận Xiangyang ở Jiamusi đã thụ lý "
     "đơn của bà, sau khi bà gửi thư cho Cục Tài nguyên đất của Jiamusi.", []),
    # the same words with places of ours, highland names included, stay Vietnamese bodies
    ("Tòa án huyện Krông Pắc ở Đắk Lắk đã thụ lý đơn của bà.", [("Tòa án huyện Krông Pắc", "Tòa án nhân dân")]),
    ("Công an huyện Cư Jút, tỉnh Đắk Nông cho biết đã bắt giữ hai đối tượng.",
     [("Công an huyện Cư Jút", "Công an")]),
    # "Đức Phổ" is a district of ours, not Germany: the commune before it is not abroad
    ("UBND xã Phổ Hòa (Đức Phổ, Quảng Ngãi) đã trao 20 suất quà.", [("UBND xã Phổ Hòa", "Ủy ban nhân dân")]),
    # bodies listed before one level word and a foreign place share it: foreign; with a place of ours, kept
    ("Ông cảm ơn Tỉnh ủy, Hội đồng nhân dân và Chính quyền tỉnh Vân Nam đã đón tiếp đoàn.", []),
    ("Bà khẳng định Đảng bộ, chính quyền tỉnh Quảng Đông luôn coi trọng hợp tác.", []),
    ("Bà khẳng định Đảng bộ, chính quyền tỉnh Hà Giang luôn coi trọng hợp tác.", [("Đảng bộ", "Đảng bộ")]),
    # the shared place is one the text puts abroad ("tỉnh Svay Rieng, Campuchia"), the list holding "các"
    ("Đoàn đến tỉnh Svay Rieng, Campuchia. Dự lễ có chính quyền, lực lượng vũ trang, các tầng lớp nhân dân tỉnh "
     "Svay Rieng.", []),
    ("Đoàn đến tỉnh Hà Giang. Dự lễ có chính quyền, lực lượng vũ trang, các tầng lớp nhân dân tỉnh Hà Giang.",
     [("lực lượng vũ trang", "Lực lượng vũ trang")]),
    # a head written once before a list of capitalised names after "các": one body per name
    ("Lãnh đạo các Hiệp hội Du lịch, Nữ doanh nhân, Doanh nghiệp nhỏ và vừa, và nhiều doanh nghiệp đã dự.",
     [("Hiệp hội Du lịch", "Hiệp hội Du lịch"), ("Nữ doanh nhân", "Hiệp hội Nữ doanh nhân"),
      ("Doanh nghiệp nhỏ và vừa", "Hiệp hội Doanh nghiệp nhỏ và vừa")]),
    ("Các Hội Nông dân, Cựu chiến binh và Phụ nữ xã đã ra quân dọn vệ sinh.",
     [("Hội Nông dân", "Hội Nông dân"), ("Cựu chiến binh", "Hội Cựu chiến binh"),
      ("Phụ nữ xã", "Hội Liên hiệp Phụ nữ")]),
    # without "các" a capitalised word after the comma is no list item of the head
    ("Hiệp hội Du lịch, Sở Văn hóa và Thể thao cùng tham gia.",
     [("Hiệp hội Du lịch", "Hiệp hội Du lịch"), ("Sở Văn hóa và Thể thao", "Sở Văn hóa và Thể thao")]),
    # a steering committee's remit in quotes is kept whole, even after a lower-case head; the campaign's listed
    # name keeps its capitals
    ("Bà Hoa, Phó Trưởng ban chỉ đạo “Cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh, cho biết.",
     [("ban chỉ đạo “Cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh",
       "Ban Chỉ đạo Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam")]),
    ('Ông Tâm, Trưởng ban chỉ đạo "Phong trào Toàn dân bảo vệ an ninh Tổ quốc" của phường, phát biểu.',
     [('ban chỉ đạo "Phong trào Toàn dân bảo vệ an ninh Tổ quốc"', "Ban Chỉ đạo Phong trào Toàn dân bảo vệ an ninh Tổ quốc")]),
    ("Ban chỉ đạo của tỉnh đã họp.", []),
    # after a title, a name whose two capitalised parts run on in lower case ends at the reporting verb
    ("Bà Thu, Giám đốc Trung tâm Bảo tồn động vật hoang dã và Phát triển cộng đồng cho biết dự án đã xong.",
     [("Trung tâm Bảo tồn động vật hoang dã và Phát triển cộng đồng",
       "Trung tâm Bảo tồn động vật hoang dã và Phát triển cộng đồng")]),
    ("Ông Phúc, Phó Giám đốc Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động nhấn mạnh điều đó.",
     [("Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động",
       "Trung tâm Dự báo nhu cầu nhân lực và Thông tin thị trường lao động")]),
    # a level word inside, or a lower-case word before the verb, is no such name
    ("Bà Lan, Giám đốc Trung tâm Văn hóa thị xã Kỳ Anh cho biết lễ hội sẽ kéo dài.", []),
    ("Bà Thu, Giám đốc Trung tâm Tư vấn pháp luật cho người lao động và Hỗ trợ việc làm cho biết số hồ sơ tăng.", []),
    # an office whose name runs on into a newspaper is the paper's (the press is out); "Cục Báo chí" is ours
    ("Mọi đóng góp xin gửi về Phòng PH - QC Báo Hà Tĩnh, số 5 đường Trần Phú.", []),
    ("Bộ trưởng yêu cầu Cục Báo chí sớm trình dự thảo.", [("Cục Báo chí", "Cục Báo chí")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org33_constructions(text, expected):
    assert orgs(text) == expected


def test_places_abroad_by_chain():
    from extract.places import abroad, find_places

    text = "Ông sống ở thành phố Jiamusi ở tỉnh Hắc Long Giang, gần quận Xiangyang ở Jiamusi."
    assert abroad(text) == frozenset({"Jiamusi", "Xiangyang"})
    assert [(p.canonical, p.kind) for p in find_places("Vợ chồng anh quê ở xã Phổ Hòa (Đức Phổ, Quảng Ngãi).")] == \
        [("Phổ Hòa", "commune"), ("Quảng Ngãi", "province")]


def test_steering_named_by_words_of_its_remit():
    # a steering committee named again by words inside its remit (or by its remit with the first word lost) is the one
    # named in full
    text = ("Thủ tướng lập Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có "
            "công. Các cơ quan thành viên Ban Chỉ đạo tiền lương đã họp; Ban chỉ đạo cách chính sách tiền lương, bảo "
            "hiểm xã hội và ưu đãi người có công giao Bộ Nội vụ soạn đề án.")
    assert sorted({o.canonical for o in find_orgs(text)}) == [
        "Ban Chỉ đạo cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công", "Bộ Nội vụ"]
    # two committees whose remits share no run of words stay two
    text = "Ban Chỉ đạo phòng, chống thiên tai và Ban Chỉ đạo xây dựng nông thôn mới cùng họp."
    assert sorted({o.canonical for o in find_orgs(text)}) == [
        "Ban Chỉ đạo phòng, chống thiên tai", "Ban Chỉ đạo xây dựng nông thôn mới"]
