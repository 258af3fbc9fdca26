"""Organisation classes of round 13 (org13): exact records on sentences written for the tests."""
import pytest

from article_case import orgs


FOREIGN = [
    # a ministry of a country the list lacked
    ("Người phát ngôn Bộ Nội vụ Somalia cho biết có 19 người chết.", []),
    ("Bộ Y tế Yemen kêu gọi viện trợ khẩn cấp.", []),
    # a story set abroad: an office Việt Nam does not have and one country named three times
    ("Tổng thống Peru đề xuất thành lập Quốc hội lập hiến. Peru đang khủng hoảng. Chính phủ Peru và phe "
     "đối lập không đối thoại được, Quốc hội bị tước quyền và Ủy ban Bầu cử Quốc gia nhận hồ sơ.", []),
    # ... but a Vietnamese story that quotes a president keeps its bodies
    ("Chủ tịch nước tiếp Tổng thống Peru tại Hà Nội. Peru là đối tác lớn. Quốc hội sẽ phê chuẩn hiệp "
     "định với Peru.", [("Quốc hội", "Quốc hội")]),
    # a world digest whose title names Việt Nam: the item set abroad is that country's
    ("Thế giới ngày qua: cháy lớn ở biên giới Việt Nam\nCộng hòa Séc có thủ tướng mới: Chính phủ đề cử "
     "của ông Andrej Babis vượt qua bỏ phiếu tại Quốc hội. Thủ tướng Babis cảm ơn người dân Cộng hòa Séc.", []),
    # ... but a passage where our side is named by a Vietnamese official keeps its body
    ("Tin trong nước\nThủ tướng Nguyễn Xuân Phúc đã tiếp Thủ tướng Nhật Bản Shinzo Abe. Hai bên nhất trí "
     "Chính phủ sẽ thúc đẩy hợp tác với Nhật Bản.", [("Chính phủ", "Chính phủ")]),
]


@pytest.mark.parametrize("text,expected", FOREIGN)
def test_foreign_bodies_round13(text, expected):
    assert orgs(text) == expected


STATE_AGENCIES = [
    # the transport sector's network agencies, number and place removed, remit in lower case
    ("Khu Quản lý đường bộ IV đã có văn bản gửi Sở GTVT.",
     [("Khu Quản lý đường bộ IV", "Khu Quản lý đường bộ"), ("Sở GTVT", "Sở Giao thông vận tải")]),
    ("Khu Quản lý giao thông đô thị số 2 đã kiểm tra tuyến đường.",
     [("Khu Quản lý giao thông đô thị số 2", "Khu Quản lý giao thông đô thị")]),
    ("Sau mưa lớn, Khu Quản lý đường thủy nội địa đã cắm biển cảnh báo.",
     [("Khu Quản lý đường thủy nội địa", "Khu Quản lý đường thủy nội địa")]),
    ("Khu quản lý đô thị mới Sala có nhiều cây xanh.", []),
    # a province's or region's hydro-meteorological station
    ("Theo Đài Khí tượng thủy văn tỉnh Quảng Nam, mưa lớn sẽ kéo dài.",
     [("Đài Khí tượng thủy văn tỉnh Quảng Nam", "Đài Khí tượng thủy văn")]),
    ("Đài KTTV khu vực Bắc Trung Bộ cho biết bão sẽ suy yếu.", [("Đài KTTV", "Đài Khí tượng thủy văn")]),
    # a city office named in its head's title, capitalised, closed by the city
    ("Theo Trưởng phòng Quản lý Đô thị TP Vinh, ông Nguyễn Văn An, cây xanh đã được trồng lại.",
     [("phòng Quản lý Đô thị TP Vinh", "Phòng Quản lý đô thị")]),
    ("Trưởng phòng Nội vụ thị xã Sơn Tây cho biết.", [("phòng Nội vụ thị xã Sơn Tây", "Phòng Nội vụ")]),
    ("Trưởng phòng Kinh doanh thành phố Hà Nội của công ty cho biết.", []),
    # a local steering board of disasters and search and rescue is the local command
    ("Thành viên Ban chỉ đạo PCTT-TKCN của tỉnh đi kiểm tra các hồ chứa.",
     [("Ban chỉ đạo PCTT-TKCN", "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn")]),
    ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai yêu cầu các tỉnh chủ động.",
     [("Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ban Chỉ đạo phòng, chống thiên tai")]),
]


@pytest.mark.parametrize("text,expected", STATE_AGENCIES)
def test_state_agencies_round13(text, expected):
    assert orgs(text) == expected


NOT_OURS = [
    # a party abroad named after "đảng" is not the Fatherland Front
    ("Đảng cực hữu Mặt trận quốc gia của bà Le Pen giành nhiều phiếu.", []),
    ("Bà Le Pen, lãnh đạo đảng cầm quyền Mặt trận Dân tộc, tranh cử.", []),
    ("Hội nghị của Ban cán sự đảng Bộ Xây dựng bàn về quy hoạch.",
     [("Ban cán sự đảng", "Ban cán sự Đảng"), ("Bộ Xây dựng", "Bộ Xây dựng")]),
    ("Đảng, Mặt trận và các đoàn thể đã vào cuộc hỗ trợ bà con.", [("Mặt trận", "Ủy ban Mặt trận Tổ quốc Việt Nam")]),
    # a Vietnamese embassy is a state body; a foreign country's is not
    ("Đại sứ quán Việt Nam tại Nhật Bản đã làm việc với cơ quan chức năng sở tại.",
     [("Đại sứ quán Việt Nam", "Đại sứ quán")]),
    ("Người biểu tình tập trung trước Đại sứ quán Qatar ở Washington.", []),
    ("Đại diện Đại sứ quán nước CHDCND Lào dự lễ.", []),
]


@pytest.mark.parametrize("text,expected", NOT_OURS)
def test_parties_and_embassies_round13(text, expected):
    assert orgs(text) == expected


LISTS_AND_MINISTERS = [
    # a lower-case list of forces after "lực lượng ... như": each force
    ("Các lực lượng chức năng tại cửa khẩu như biên phòng, hải quan và công an đã có mặt kịp thời.",
     [("biên phòng", "Bộ đội Biên phòng"), ("hải quan", "Hải quan"), ("công an", "Công an")]),
    ("Lực lượng gồm công an, dân quân đã túc trực suốt đêm.", [("công an", "Công an"), ("dân quân", "Dân quân tự vệ")]),
    # one item is no list; "quân đội, công an" stays a generic phrase
    ("Nhiều lực lượng như cứu hộ đã vào cuộc.", []),
    ("Các lực lượng như quân đội, công an đã tham gia.", []),
    # a minister named by sector and no person, closed by a verb or "và": the ministry
    ("Việc này đã được báo cáo Bộ trưởng Giao thông vận tải và Chính phủ.",
     [("Giao thông vận tải", "Bộ Giao thông vận tải"), ("Chính phủ", "Chính phủ")]),
    ("Thứ trưởng Ngoại giao cho biết đoàn sẽ lên đường.", [("Ngoại giao", "Bộ Ngoại giao")]),
    # ... not a foreign minister, nor the ministers of many countries
    ("Bộ trưởng Tài chính Nhật Bản cho biết lãi suất sẽ giữ nguyên.", []),
    ("Các Bộ trưởng Tài chính nhấn mạnh vai trò của đầu tư hạ tầng.", []),
    ("Hội nghị Thứ trưởng Tài chính và Phó Thống đốc các nền kinh tế diễn ra tháng 2.", []),
]


@pytest.mark.parametrize("text,expected", LISTS_AND_MINISTERS)
def test_force_lists_and_ministers_round13(text, expected):
    assert orgs(text) == expected


INSTITUTIONS_NAMED_AFTER_BODIES = [
    # a club, team, hospital, museum or troupe named after a body is the institution, not the body
    ("CLB Công an Nhân dân giành chiến thắng 2-0 trên sân khách.", []),
    ("Câu lạc bộ Công an Hà Nội vô địch giải quốc gia.", []),
    ("Đội bóng Quân khu 4 xuống hạng sau trận thua.", []),
    ("Bệnh viện Công an tỉnh tiếp nhận 3 nạn nhân.", []),
    ("Bảo tàng Quân khu 5 trưng bày nhiều hiện vật.", []),
    ("Đoàn nghệ thuật Công an nhân dân biểu diễn phục vụ bà con.", []),
    # ... but the body that runs a club is still named
    ("Câu lạc bộ Hưu trí của Hội Cựu chiến binh phường hoạt động sôi nổi.",
     [("Hội Cựu chiến binh phường", "Hội Cựu chiến binh")]),
]


@pytest.mark.parametrize("text,expected", INSTITUTIONS_NAMED_AFTER_BODIES)
def test_institutions_named_after_bodies_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an unknown abbreviation cut at its hyphen gives no name ("Cục PT" is no body)
    ("Cục PT-TH và TTĐT đã xử phạt ba trang tin.", []),
    ("Phối hợp với Cục Báo chí, Cục PT-TH kiểm tra các văn phòng đại diện.", [("Cục Báo chí", "Cục Báo chí")]),
    # a known one still reads ("CSGT" is written out)
    ("Cục CSGT-ĐB cho biết số vụ tai nạn giảm.", [("Cục CSGT", "Cục Cảnh sát giao thông")]),
])
def test_hyphenated_abbreviation_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # forces Việt Nam does not have are another country's
    ("Tại Trung tâm huấn luyện Bộ Tư lệnh Hiến binh ở tỉnh Kampong Chhnang, lễ khánh thành diễn ra.", []),
    ("Bộ Tư lệnh Thủ đô Hà Nội tổ chức diễn tập.", [("Bộ Tư lệnh Thủ đô Hà Nội", "Bộ Tư lệnh Thủ đô")]),
])
def test_foreign_forces_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # national departments whose names end in lower-case syllables, read whole before a verb
    ("Tổng cục Thể dục thể thao cử đoàn 500 vận động viên dự SEA Games.",
     [("Tổng cục Thể dục thể thao", "Tổng cục Thể dục thể thao")]),
    ("Cục Cảnh sát giao thông yêu cầu các địa phương tăng cường tuần tra.",
     [("Cục Cảnh sát giao thông", "Cục Cảnh sát giao thông")]),
    ("Bà Lan, Phó cục trưởng Cục Văn hóa cơ sở không đồng tình với đề xuất.",
     [("Cục Văn hóa cơ sở", "Cục Văn hóa cơ sở")]),
    ("Cục Nghệ thuật biểu diễn cấp phép cho ca sĩ biểu diễn.",
     [("Cục Nghệ thuật biểu diễn", "Cục Nghệ thuật biểu diễn")]),
    # ... with its parent after it, the parent is the mention
    ("Cục An toàn thực phẩm (Bộ Y tế) cảnh báo về thực phẩm bẩn.", [("Bộ Y tế", "Bộ Y tế")]),
])
def test_national_departments_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # every ministry of ours is listed: an unlisted "Bộ X" is another country's
    ("Tổng thống ký sắc lệnh, Bộ An ninh Nội địa thực thi ngay.", []),
    ("Bộ Năng lượng cho biết giá dầu sẽ giảm.", []),
    # ... the commands and forces are named by their own words
    ("Bộ Tư lệnh Cảnh vệ đã hoàn thành nhiệm vụ.", [("Bộ Tư lệnh Cảnh vệ", "Bộ Tư lệnh Cảnh vệ")]),
    ("Bộ Giao thông - Vận tải cho biết dự án chậm tiến độ.",
     [("Bộ Giao thông - Vận tải", "Bộ Giao thông vận tải")]),
])
def test_unlisted_ministries_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # sports bodies and their committees are out, as the federations
    ("Ủy ban Kỷ luật VFF đã phạt cầu thủ 20 triệu đồng.", []),
    ("Ủy ban Thi đấu của VPF cho biết lịch thi đấu sẽ thay đổi.", []),
    ("Ủy ban Olympic Việt Nam cử đoàn dự đại hội.", []),
    # religious bodies are not annotated
    ("Hội Thánh Tin Lành tổ chức lễ Giáng sinh.", []),
    # a school named after a command is the school
    ("Trường Quân sự Quân khu 2 khai giảng năm học mới.", []),
    # the party's inspection committee is still ours
    ("Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật đảng viên.",
     [("Ủy ban Kiểm tra", "Ủy ban Kiểm tra"), ("Tỉnh ủy", "Tỉnh ủy")]),
])
def test_sports_religious_and_schools_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a police department with "cảnh sát" in lower case is the force
    ("Ông Phúc cho biết Phòng cảnh sát An ninh Kinh tế đang làm rõ vụ việc.",
     [("Phòng cảnh sát An", "Công an")]),  # (the span stops at the first capitalised word)
    ("Phòng cảnh sát hình sự đã bắt giữ hai đối tượng.", [("Phòng cảnh sát hình sự", "Công an")]),
])
def test_police_departments_lower_round13(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # China's provinces in their Vietnamese reading are foreign places
    ("Tỉnh ủy Quảng Tây cử đoàn sang thăm và làm việc.", []),
    ("Tỉnh ủy Quảng Ninh đón đoàn cán bộ tỉnh Vân Nam.", [("Tỉnh ủy Quảng Ninh", "Tỉnh ủy")]),
])
def test_chinese_provinces_round13(text, expected):
    assert orgs(text) == expected
