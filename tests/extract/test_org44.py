"""Organisation classes of org44 (issue 10, organisation precision and recall on general news, test20): a known
name written with its head in lower case and the rest capitalised is a name for heads of two syllables too
("trung tâm Khí tượng Thủy văn", "quân chủng Phòng không - Không quân"), not only of one ("bộ Văn hóa"); the
hydro-meteorological centre named without "Dự báo" is a state body kept as written; a body named with a continent
capitalised ("Quỹ Châu Á", "Hiệp hội Internet Châu Á - Thái Bình Dương") is a regional body abroad, as with the
continent in lower case. Sentences written for the tests."""
import pytest

from article_case import orgs
from extract.pipeline import extract_text


CASES = [
    # a two-syllable head in lower case, the rest of the known name capitalised as written: the name
    ('Theo trung tâm Khí tượng Thủy văn Trung ương, đợt nắng nóng sẽ kéo dài đến hết ngày 5/6.',
     [('trung tâm Khí tượng Thủy văn Trung ương', 'Trung tâm Khí tượng thủy văn')]),
    ('Đơn vị tư vấn thuộc quân chủng Phòng không - Không quân đưa ra 2 phương án.',
     [('quân chủng Phòng không - Không quân', 'Quân chủng Phòng không - Không quân')]),
    # the centre without "Dự báo", capitalised or abbreviated, one canonical name (the level removed)
    ('Trung tâm Khí tượng Thủy văn quốc gia cho biết 3 ngày tới trời mưa to.',
     [('Trung tâm Khí tượng Thủy văn', 'Trung tâm Khí tượng thủy văn')]),
    ('Theo Trung tâm KTTV tỉnh, mực nước sông đã lên 2 mét.',
     [('Trung tâm KTTV tỉnh', 'Trung tâm Khí tượng thủy văn')]),
    # the forecasting centre keeps its own name
    ('Theo Trung tâm Dự báo KTTV Trung ương, bão số 2 đang mạnh lên.',
     [('Trung tâm Dự báo KTTV Trung ương', 'Trung tâm Dự báo khí tượng thủy văn')]),
    # a lower-case head with a lower-case remit is still no name (a social centre, a clinic: out of scope)
    ('Các em ở trung tâm Bảo trợ xã hội được tặng 50 phần quà.',
     []),
    ('Bác sĩ trung tâm Y tế huyện khám cho 200 người.',
     []),
    # a continent capitalised in a body's name: a regional body abroad, out of scope (and never run on over "và")
    ('Sự kiện do Bộ Công Thương, Quỹ Châu Á và Google phối hợp tổ chức tại Hà Nội.',
     [('Bộ Công Thương', 'Bộ Công Thương')]),
    ('Đại diện Hiệp hội Internet Châu Á - Thái Bình Dương phát biểu tại hội thảo.',
     []),
    ('Quỹ Phòng chống thương vong Châu Á trao 100 mũ bảo hiểm cho học sinh.',
     []),
    # our own bodies are untouched
    ('Hội Liên hiệp Phụ nữ tỉnh trao 30 suất quà.',
     [('Hội Liên hiệp Phụ nữ tỉnh', 'Hội Liên hiệp Phụ nữ')]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org44(text, expected):
    assert orgs(text) == expected


def test_org44_weather_centre_in_a_document():
    # the pipeline's record: the centre in lower case is the one organisation of a weather report
    text = ("Nắng nóng gay gắt tiếp tục bao trùm Hà Nội. Theo trung tâm Khí tượng Thủy văn Trung ương, đợt nắng nóng "
            "sẽ kéo dài hết ngày 5/6, nhiệt độ cao nhất 39 độ C.")
    ex = extract_text(text, title="Nắng nóng kéo dài")
    assert sorted({o.canonical for o in ex.organizations}) == ["Trung tâm Khí tượng thủy văn"]
