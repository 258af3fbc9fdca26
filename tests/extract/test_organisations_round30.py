"""Organisation classes of org30: the army's technical institutes named by their service (in any of the
service's written forms), a service's medical institute as its hospital (out of scope, and no navy read out
of it), and a given name "Chi" before a noun ("Quỳnh Chi bộ trang sức") that is no party cell. Sentences
written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a technical institute of a service keeps its own name, the service spelled as the service spells it
    ("Viện Kỹ thuật Phòng không – Không quân vừa chế tạo xong một đài ra-đa mới.",
     [("Viện Kỹ thuật Phòng không – Không quân", "Viện Kỹ thuật Phòng không - Không quân")]),
    ("Theo Phó Viện trưởng Viện Kỹ thuật PK-KQ, sản phẩm đã qua thử nghiệm.",
     [("Viện Kỹ thuật PK-KQ", "Viện Kỹ thuật Phòng không - Không quân")]),
    ("Các kỹ sư của Viện Kỹ thuật Phòng không-Không quân bảo dưỡng máy bay.",
     [("Viện Kỹ thuật Phòng không-Không quân", "Viện Kỹ thuật Phòng không - Không quân")]),
    ("Viện Kỹ thuật Hải quân đóng mới hai tàu tuần tra.",
     [("Viện Kỹ thuật Hải quân", "Viện Kỹ thuật Hải quân")]),
    ("Viện Kỹ thuật Công binh thử nghiệm cầu phao.",
     [("Viện Kỹ thuật Công binh", "Viện Kỹ thuật Công binh")]),
    # a foreign navy's institute stays out
    ("Viện Kỹ thuật Hải quân Mỹ công bố mẫu tàu mới.", []),
    # a service's medical institute is its hospital: not annotated, and the navy is not read out of it
    ("Hai người bị thương đang điều trị tại Viện Y học Hải Quân.", []),
    # "Chi" ending a person's name before a noun is no party cell; the cell after a title still is
    ("Trong lễ cưới, mẹ chồng tặng Linh Chi bộ trang sức vàng.", []),
    ("Ông Tâm, Bí Thư Chi bộ thôn Đông, cho biết.", [("Chi bộ", "Chi bộ")]),
    ("Chi bộ thôn Đông họp bàn việc làm đường.", [("Chi bộ", "Chi bộ")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_org30_classes(text, expected):
    assert orgs(text) == expected
