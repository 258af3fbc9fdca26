"""Organisation classes of round 21 (org21), from the dev12 errors (general news): a site's board whose
site is a resort or a nature reserve, or whose head word is mistyped "Bản", its name's dash spaced; a
department named by its head's title, the sector run on into the head's own name; a listed department
spelled as listed after that title; the transport inspectorate by its own words or "TTGT".
Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # the state board of a resort or a nature reserve, as of a heritage site (guideline dev12 p3)
    ("Phó Trưởng Ban quản lý Khu nghỉ mát Bạch Mã cho biết lượng khách tăng gấp đôi.",
     [("Ban quản lý Khu nghỉ mát Bạch Mã", "Ban Quản lý Khu nghỉ mát Bạch Mã")]),
    ("Ban quản lý Khu bảo tồn thiên nhiên Xuân Liên đã bắt giữ hai đối tượng chặt gỗ.",
     [("Ban quản lý Khu bảo tồn thiên nhiên Xuân Liên", "Ban Quản lý Khu bảo tồn thiên nhiên Xuân Liên")]),
    # the head mistyped "Bản", and an en dash in the site's name: the name repaired, the dash spaced " - "
    ("Đại diện Bản quản lý Vườn quốc gia Bù Gia Mập – Đồng Nai cho biết đàn voọc đã tăng.",
     [("Bản quản lý Vườn quốc gia Bù Gia Mập – Đồng Nai", "Ban Quản lý Vườn quốc gia Bù Gia Mập - Đồng Nai")]),
    # ... but "bản" (a copy) before a word that is no kind of site names nothing
    ("Công ty vừa phát hành bản quản lý Kho Hàng mới cho các cửa hàng.", []),
    # "Cục trưởng" + sector, the head's own name cut inside it: the person is no part of the department,
    # and a listed department keeps its listed spelling
    ("Cục trưởng An toàn Lao Động Hà Văn Minh cho biết số vụ tai nạn đã giảm.",
     [("An toàn Lao Động", "Cục An toàn lao động")]),
    ("Cục trưởng Quản lý Lao Động ngoài nước Lê Văn Tùng đề nghị siết các công ty môi giới.",
     [("Quản lý Lao Động ngoài nước", "Cục Quản lý lao động ngoài nước")]),
    # the transport inspectorate of a city, by its abbreviation in a title or by its own words
    ("Ông Trần Văn Hải, phó chánh TTGT TP Đà Nẵng, bị kỷ luật vì nhận tiền của nhà xe.",
     [("TTGT TP Đà Nẵng", "Thanh tra giao thông")]),
    ("Chánh Thanh tra giao thông tỉnh Long An cho biết đã lập biên bản 30 xe quá tải.",
     [("Thanh tra giao thông tỉnh Long An", "Thanh tra giao thông")]),
    # ... the inspectors in lower case are people, and the ministry's inspectorate is not this body
    ("Năm thanh tra giao thông bị bắt quả tang nhận tiền trên quốc lộ.", []),
    ("Chánh Thanh tra Giao thông vận tải Nguyễn Văn Bình chủ trì cuộc họp.", []),
    ("Văn phòng của lực lượng Thanh tra Giao thông Vận tải nằm ngay trên con phố này.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round21_organisations(text, expected):
    assert orgs(text) == expected
