"""Organisation classes of round 12 (org12): exact records on sentences written for the tests."""
import pytest

from extract.orgs import find_orgs


def orgs(text: str) -> list[tuple]:
    return [(o.name, o.canonical) for o in find_orgs(text)]


CASES = [
    # an abbreviation the document spells out in another name with the same first words is that name
    ("Ông Lê Văn Tám, Phó Chủ tịch Hội Khoa học và Kỹ thuật nông nghiệp tỉnh Nghệ An cho biết. "
     "Hội KHKTNN Nghệ An đã đề xuất giống mới.",
     [("Hội Khoa học và Kỹ thuật nông nghiệp tỉnh Nghệ An", "Hội Khoa học và Kỹ thuật nông nghiệp"),
      ("Hội KHKTNN Nghệ An", "Hội Khoa học và Kỹ thuật nông nghiệp")]),
    ("Hội Bảo trợ Người khuyết tật tỉnh Bình Định vừa trao quà. Hội Bảo trợ NKT cho biết sẽ tiếp tục.",
     [("Hội Bảo trợ Người khuyết tật tỉnh Bình Định", "Hội Bảo trợ Người khuyết tật"),
      ("Hội Bảo trợ NKT", "Hội Bảo trợ Người khuyết tật")]),
    # ... and without the spelled-out name it stays as written
    ("Hội KHKTNN Nghệ An đã đề xuất giống mới.", [("Hội KHKTNN Nghệ An", "Hội KHKTNN")]),
    # the national literary and professional associations: any casing names the one body
    ("Hội Nhà Văn Việt Nam đã gửi công văn. Rồi hội Nhà Văn nâng cấp ngày thơ.",
     [("Hội Nhà Văn Việt Nam", "Hội Nhà văn"), ("hội Nhà Văn", "Hội Nhà văn")]),
    ("Phó Chủ tịch Hội Nhà Báo tỉnh Quảng Nam phát biểu.", [("Hội Nhà Báo tỉnh Quảng Nam", "Hội Nhà báo")]),
    ("Chủ tịch Hội Nghệ Sĩ Nhiếp Ảnh Việt Nam trao giải.", [("Hội Nghệ Sĩ Nhiếp Ảnh Việt Nam", "Hội Nghệ sĩ nhiếp ảnh")]),
    ("Ông Nguyễn Văn Nhà Văn đến dự.", []),
    # a department head's own title, the head not written again, names the department
    ("Thiếu tướng Lê Văn An, phó Tổng cục trưởng Cảnh sát đã trao tài liệu.", [("Cảnh sát", "Tổng cục Cảnh sát")]),
    ("Cục trưởng Hải quan Hà Nội cho biết số thu tăng.", [("Hải quan Hà Nội", "Cục Hải quan")]),
    ("Cục trưởng CSGT vừa ký quyết định.", [("CSGT", "Cục Cảnh sát giao thông")]),
    # not a person, not a foreign body, not a department whose parent follows (the parent is the mention)
    ("Cục trưởng Nguyễn Văn Dũng phát biểu.", []),
    ("Cục trưởng FBI James Comey bị sa thải.", []),
    ("Thiếu tướng Võ Hồng Châu - Cục trưởng Kinh tế, Bộ Quốc phòng khẳng định.", [("Bộ Quốc phòng", "Bộ Quốc phòng")]),
    ("Tổng cục trưởng Tổng cục Du lịch cho biết.", [("Tổng cục Du lịch", "Tổng cục Du lịch")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_organisation_classes_round12(text, expected):
    assert orgs(text) == expected
