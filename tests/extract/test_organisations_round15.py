"""Organisation classes of round 15 (org15): where a name ends, on sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a verb of motion after a name closes it (the body is sent somewhere)
    ("UBND huyện đã giao Chi cục Kiểm lâm xuống hiện trường xác minh.",
     [("UBND huyện", "Ủy ban nhân dân"), ("Chi cục Kiểm lâm", "Chi cục Kiểm lâm")]),
    ("Ngay trong đêm, Sở Y tế lên vùng lũ hỗ trợ người dân.", [("Sở Y tế", "Sở Y tế")]),
    ("Cục Thú y sang tỉnh bạn phối hợp dập dịch.", [("Cục Thú y", "Cục Thú y")]),
    # a department or ministry cut after the first word of its sector: the whole sector
    ("Sở Giáo dục yêu cầu hiệu trưởng viết tường trình.",
     [("Sở Giáo dục", "Sở Giáo dục và Đào tạo")]),
    ("Theo Bộ Tài nguyên, mực nước sông sẽ còn lên.", [("Bộ Tài nguyên", "Bộ Tài nguyên và Môi trường")]),
    ("Trưởng Phòng Lao động huyện Kim Bôi cho biết 200 người đã có việc làm.",
     [("Phòng Lao động huyện Kim Bôi", "Phòng Lao động - Thương binh và Xã hội")]),
    # ... but a longer name goes on in lower case: read whole, not cut to the short form
    ("Sở Giao thông công chính TP.HCM cho biết 3 tuyến đường sẽ được mở rộng.",
     [("Sở Giao thông công chính TP.HCM", "Sở Giao thông công chính")]),
    # ... and the whole name is still read whole
    ("Sở Kế hoạch và Đầu tư tỉnh đã cấp phép cho 12 dự án.", [("Sở Kế hoạch và Đầu tư tỉnh", "Sở Kế hoạch và Đầu tư")]),
    # a department in brackets right after its parent: the parent is the mention
    ("Các bệnh viện báo cáo về Bộ Y tế (Cục Quản lý dược) trước ngày 10/4.", [("Bộ Y tế", "Bộ Y tế")]),
    ("Hồ sơ gửi về Bộ Công Thương (Vụ Thị trường trong nước) để tổng hợp.", [("Bộ Công Thương", "Bộ Công Thương")]),
    # an NGO "without borders" is international, not an association of ours
    ("Tổ chức Bác sĩ Không biên giới và Hội Kỹ sư không biên giới đã tặng 3 máy lọc nước.", []),
    # a federation of associations written with "các Hội" keeps it, its place removed
    ("Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An phát biểu.",
     [("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An", "Liên hiệp các Hội Khoa học và Kỹ thuật")]),
    # a heritage site's management board: the site's name is the body's name, "quản lý" in any case
    ("Ban quản lý khu di tích Côn Sơn - Kiếp Bạc cho biết lượng khách tăng mạnh.",
     [("Ban quản lý khu di tích Côn Sơn - Kiếp Bạc", "Ban Quản lý khu di tích Côn Sơn - Kiếp Bạc")]),
    ("Đại diện BQL vịnh Lan Hạ đề nghị các tàu tuân thủ quy định.",
     [("BQL vịnh Lan Hạ", "Ban Quản lý vịnh Lan Hạ")]),
    ("Ban Quản lý (BQL) Quần thể danh thắng Hương Sơn đã lắp thêm camera.",
     [("Ban Quản lý (BQL) Quần thể danh thắng Hương Sơn", "Ban Quản lý Quần thể danh thắng Hương Sơn")]),
    # ... but a project board or a board of a relic without a name is none
    ("Ban quản lý dự án huyện Thanh Oai làm chủ đầu tư.", []),
    ("Ban quản lý di tích tỉnh đã lập biên bản.", []),
    # the relics centre of Huế, however written, is one body (guideline dev11)
    ("Giám đốc Trung tâm Bảo tồn di tích Huế cho biết mộ cổ đã được kiểm kê.",
     [("Trung tâm Bảo tồn di tích Huế", "Trung tâm Bảo tồn Di tích Cố đô Huế")]),
    # a province's public-service centre named by its remit in lower case, place removed
    ("Trung tâm phát triển quỹ đất huyện Đông Anh chưa bàn giao mặt bằng.",
     [("Trung tâm phát triển quỹ đất huyện Đông Anh", "Trung tâm Phát triển quỹ đất")]),
    ("Người dân nộp hồ sơ tại Trung tâm trợ giúp pháp lý TP Cần Thơ.",
     [("Trung tâm trợ giúp pháp lý TP Cần Thơ", "Trung tâm Trợ giúp pháp lý")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_organisations_round15(text, expected):
    assert orgs(text) == expected
