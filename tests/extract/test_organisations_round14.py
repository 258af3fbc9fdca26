"""Organisation classes of round 14 (org14): exact records on sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a branch (Chi cục) with its parent department after it counts as the parent
    ("Bà Lê Thị Hoa, Chi cục trưởng Chi cục Kiểm lâm (Sở NN&PTNT tỉnh Gia Lai), cho biết rừng đã được giao.",
     [("Sở NN&PTNT tỉnh Gia Lai", "Sở Nông nghiệp và Phát triển nông thôn")]),
    ("Chi cục Bảo vệ thực vật thuộc Sở Nông nghiệp và Phát triển nông thôn đã lấy mẫu lúa.",
     [("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn")]),
    # ... but a branch with only its district after it keeps its name
    ("Chi cục Thuế huyện Đông Anh đã thu vượt kế hoạch.", [("Chi cục Thuế huyện Đông Anh", "Chi cục Thuế")]),
    # a bare "Mặt trận" with another capitalised name after it is another front, not the Fatherland Front
    ("Ứng viên của đảng Mặt trận Quốc gia đã thua ở vòng hai.", []),
    ("Sư đoàn này đã chiến đấu ở Mặt trận Tây Nam trong nhiều tháng.", []),
    # ... but with a level word or a place after it, or alone, it is still the Front
    ("Mặt trận huyện Củ Chi đã trao 50 suất quà.", [("Mặt trận huyện Củ Chi", "Ủy ban Mặt trận Tổ quốc Việt Nam")]),
    ("Mặt trận đã vận động các hộ ủng hộ.", [("Mặt trận", "Ủy ban Mặt trận Tổ quốc Việt Nam")]),
    # an out-of-scope body (a sports federation) written in lower case before the country is still out
    ("Liên đoàn bóng chuyền Việt Nam (VFV) vừa công bố danh sách đội tuyển.", []),
    # lower-case sectors after one "Sở" head: each is a department of its own
    ("Sở NN&PTNT đã họp với Sở tài chính, công thương và các doanh nghiệp chế biến.",
     [("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"), ("Sở tài chính", "Sở Tài chính"),
      ("công thương", "Sở Công Thương")]),
    # ... a capitalised word after the comma opens another body
    ("Sở Y tế, Công an tỉnh đã phối hợp kiểm tra.", [("Sở Y tế", "Sở Y tế"), ("Công an tỉnh", "Công an")]),
    # the short names of the agriculture department and ministry
    ("Cán bộ Sở NN xuống tận trang trại để kiểm tra.", [("Sở NN", "Sở Nông nghiệp và Phát triển nông thôn")]),
    ("Bộ NN đã gửi công văn hướng dẫn.", [("Bộ NN", "Bộ Nông nghiệp và Phát triển nông thôn")]),
    # a listed department written with an abbreviation of its words; the police investigation departments
    ("Cục Cảnh sát ĐTTP về trật tự xã hội đã triệt phá đường dây.",
     [("Cục Cảnh sát ĐTTP về trật tự xã hội", "Cục Cảnh sát điều tra tội phạm về trật tự xã hội")]),
    ("Cục Cảnh sát điều tra tội phạm về ma túy đã bắt giữ 3 đối tượng.",
     [("Cục Cảnh sát điều tra tội phạm về ma túy", "Cục Cảnh sát điều tra tội phạm về ma túy")]),
    # ... with the ministry after it, the ministry is the mention
    ("Cục Cảnh sát ĐTTP về tham nhũng (Bộ Công an) đã khởi tố vụ án.", [("Bộ Công an", "Bộ Công an")]),
    # ... a general department keeps its name with its ministry after it
    ("Ông Nguyễn Văn Nam, Tổng cục trưởng Tổng cục TDTT (Bộ VHTT&DL), phát biểu.",
     [("Tổng cục TDTT", "Tổng cục Thể dục thể thao"), ("Bộ VHTT&DL", "Bộ Văn hóa, Thể thao và Du lịch")]),
    # an association or public fund in lower case, closed by its level word and place
    ("Quỹ bảo trợ người khuyết tật tỉnh Bình Định đã trao 20 xe lăn.",
     [("Quỹ bảo trợ người khuyết tật tỉnh Bình Định", "Quỹ Bảo trợ người khuyết tật")]),
    ("Đại diện nghiệp đoàn nghề cá thị xã Sông Cầu phát biểu tại buổi lễ.",
     [("nghiệp đoàn nghề cá thị xã Sông Cầu", "Nghiệp đoàn Nghề cá")]),
    # ... not a compound of the head ("Hội nghị", "Hội thảo", "Hội đồng") nor without a place
    ("Hội nghị tổng kết tỉnh Ninh Bình diễn ra sáng nay.", []),
    ("Hội thảo khoa học huyện Thạch Thất thu hút nhiều nhà nghiên cứu.", []),
    ("Quỹ hỗ trợ ngư dân đã giải ngân.", []),
    # a listed body in lower case after a request to act: the body ("đề nghị công an vào cuộc")
    ("Người dân đã đề nghị công an vào cuộc làm rõ vụ việc.", [("công an", "Công an")]),
    ("Xã đã yêu cầu hội phụ nữ rà soát danh sách.", [("hội phụ nữ", "Hội Liên hiệp Phụ nữ")]),
    # the industrial-zone board written without "các" or with the export-processing zones beside
    ("Ban quản lý KCN-KCX Đà Nẵng đã tổ chức phiên giao dịch việc làm.",
     [("Ban quản lý KCN-KCX Đà Nẵng", "Ban Quản lý các khu công nghiệp")]),
    ("Ban Quản lý KCN tỉnh Bắc Giang cho biết 30 doanh nghiệp đã tuyển đủ lao động.",
     [("Ban Quản lý KCN tỉnh Bắc Giang", "Ban Quản lý các khu công nghiệp")]),
    # a state research institute by its own head; not "Viện" alone (a hospital, a private institute)
    ("Viện Nghiên cứu Nuôi trồng thủy sản đã chuyển giao 3 giống cá mới.",
     [("Viện Nghiên cứu Nuôi trồng thủy sản", "Viện Nghiên cứu Nuôi trồng thủy sản")]),
    ("Bệnh nhân được chuyển lên Viện Huyết học để điều trị.", []),
    # ... but not the police as a career
    ("Năm nay có 40 thanh niên nhập ngũ vào quân đội, công an.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_organisations_round14(text, expected):
    assert orgs(text) == expected
