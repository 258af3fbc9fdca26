"""Organisation classes of round 13 (org13): exact records on sentences written for the tests."""
import pytest

from extract.orgs import find_orgs


def orgs(text: str) -> list[tuple]:
    return [(o.name, o.canonical) for o in find_orgs(text)]


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
]


@pytest.mark.parametrize("text,expected", FOREIGN)
def test_foreign_bodies_round13(text, expected):
    assert orgs(text) == expected
