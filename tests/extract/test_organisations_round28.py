"""Organisation classes of org28: a research institute whose remit after "Viện Nghiên cứu" is written in lower
case, closed by a level word or a known province (place and level removed, remit kept as written), and Ho Chi
Minh City's flood-control operations centre by its long and short forms. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a lower-case remit closed by a national level word or by a province: the institute, remit as written
    ("Bà Lan, chuyên gia Viện Nghiên cứu quản lý kinh tế Trung ương, nhận định thị trường còn khó.",
     [("Viện Nghiên cứu quản lý kinh tế Trung ương", "Viện Nghiên cứu quản lý kinh tế")]),
    ("Thành phố giao Viện Nghiên cứu và phát triển TP.HCM khảo sát lại quy hoạch.",
     [("Viện Nghiên cứu và phát triển TP.HCM", "Viện Nghiên cứu và phát triển")]),
    ("Giống lúa mới do Viện Nghiên cứu cây lương thực tỉnh Thái Bình lai tạo.",
     [("Viện Nghiên cứu cây lương thực tỉnh Thái Bình", "Viện Nghiên cứu cây lương thực")]),
    # a capital that is no province goes on with the name (a foreign person, a numeral, a compass word)
    ("Ông từng làm việc tại Viện Nghiên cứu hóa học Marie Curie ở Pháp.", []),
    ("Các mẫu được gửi về Viện Nghiên cứu nuôi trồng thủy sản II để phân tích.", []),
    ("Theo Viện Nghiên cứu phương Đông, con tàu đã đi qua vùng biển này.", []),
    # a clause after the head, not a remit
    ("Viện Nghiên cứu cho biết Bộ Y tế sẽ xem xét đề xuất.", [("Bộ Y tế", "Bộ Y tế")]),
    # the flood-control operations centre, long form and short form, either case, place removed
    ("Trung tâm Điều hành chương trình chống ngập nước TP HCM đã nạo vét ba tuyến kênh.",
     [("Trung tâm Điều hành chương trình chống ngập nước TP HCM", "Trung tâm Điều hành chống ngập")]),
    ("Quận đã đề nghị nhiều lần, Trung tâm điều hành chống ngập TP đồng ý nhưng chưa làm.",
     [("Trung tâm điều hành chống ngập TP", "Trung tâm Điều hành chống ngập")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round28_organisations(text, expected):
    assert orgs(text) == expected
