"""Organisation constructions of org35 (issue 10, names on unannotated general news read by hand): a head that opens
many bodies' names ("Ủy ban"), written bare and going on in lower case, is another body's name, not the local people's
committee; a republic's name after a body makes it foreign even when a person's name follows; "tập đoàn" (a company
group) holds no school Youth Union ("Đoàn trường"). Sentences written for the tests."""
import pytest

from article_case import org_names

CASES = [
    # a bare "Ủy ban" going on in lower-case words names another committee (a joint or foreign one)
    ("Hai nước sẽ lập một Ủy ban điều phối chung để theo dõi dự án.", []),
    ("Việt Nam là thành viên tích cực của Ủy ban liên chính phủ về nhân quyền.", []),
    # before a function word it still points back to the local committee; with a level word it is one
    ("Hồ sơ dự án đã được trình lên Ủy ban để phê duyệt.", [("Ủy ban", "Ủy ban nhân dân")]),
    ("Ủy ban xã đã cử cán bộ xuống tận nhà.", [("Ủy ban xã", "Ủy ban nhân dân")]),
    # a republic's name after a body is a country even when its official's name follows
    ("Đón đoàn có Thứ trưởng Bộ Ngoại giao Cộng hòa Belarus Oleg Kravchenko.", []),
    ("Tiếp đó là cuộc gặp với Phó Thủ tướng Chính phủ Cộng hòa Belarus Vladimir Semashko.", []),
    # our own republic's name is no foreign country; a country word opening a place name of ours is guarded as before
    ("Luật được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua.", [("Quốc hội", "Quốc hội")]),
    ("Công an Nga Sơn đã bắt giữ đối tượng.", [("Công an", "Công an")]),
    # "tập đoàn" is a company group: "đoàn Trường" inside it is no school's Youth Union, which still reads alone
    ("Tập đoàn Trường Hải vừa công bố doanh số tháng 6.", []),
    ("Công ty thuộc tập đoàn Trường Thịnh đã thi công con đường.", []),
    ("Bí thư Đoàn trường Đại học Vinh phát biểu tại buổi lễ.",
     [("Đoàn trường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org35_cases(text, expected):
    assert org_names(text) == expected
