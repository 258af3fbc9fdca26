"""Organisation constructions of org34 (issue 10, recall on unseen text): the police's branches named as a force
("lực lượng CSGT", "Cảnh sát PCCC") are the police, while after a head word ("Cục CSGT", "Bộ Tư lệnh Cảnh sát cơ
động") they are that longer name's words; a university named after a body is a school; a name that needs a level
word names the body after a noun for a body ("cơ quan bảo hiểm xã hội"); a lower-case known name linked by "của" to
its level word and place; the carmakers' association in either case. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a branch of the police named as a force, by its abbreviation or its words, is the police
    ("Đêm qua, lực lượng CSGT đã túc trực tại các nút giao để phân luồng.", [("CSGT", "Công an")]),
    ("Người vi phạm sẽ bị các tổ CSGT tuần tra dừng xe kiểm tra.", [("CSGT", "Công an")]),
    ("Lực lượng cảnh sát giao thông đã có mặt để điều tiết.", [("cảnh sát giao thông", "Công an")]),
    ("Cảnh sát PCCC Bình Dương đã điều 6 xe chữa cháy tới hiện trường.",
     [("Cảnh sát PCCC Bình Dương", "Công an")]),
    ("Chiều 3/9, chiến sĩ CSCĐ đã hỗ trợ người dân sơ tán.", [("CSCĐ", "Công an")]),
    # after a head word the abbreviation is that head's name: the listed department, or the parent beside it
    ("Theo Cục CSGT, đợt cao điểm sẽ kéo dài một tháng.", [("Cục CSGT", "Cục Cảnh sát giao thông")]),
    ("Cục CSGT - Bộ Công an vừa ban hành kế hoạch.", [("Bộ Công an", "Bộ Công an")]),
    # the branch's words inside a longer name after its head are that name's: a department, a command, a school
    ("Cục Cảnh sát PCCC cho biết số vụ cháy giảm.", [("Cục Cảnh sát PCCC", "Cục Cảnh sát Phòng cháy chữa cháy")]),
    ("Bộ Tư lệnh Cảnh sát cơ động tổ chức lễ kỷ niệm.", []),
    ("Em trúng tuyển vào Trường Đại học Cảnh sát PCCC.", []),
    ("Cục trưởng CSGT vừa ký quyết định.", [("CSGT", "Cục Cảnh sát giao thông")]),
    # a university named after a body is a school, out of scope
    ("Sinh viên Trường Đại học Công đoàn đã tham gia hiến máu.", []),
    # a foreign traffic police is no body of ours
    ("Cảnh sát giao thông Mỹ đã bắt giữ tài xế.", []),
    # a name that needs a level word (its words also name the scheme) names the body after "cơ quan"
    ("Cơ quan bảo hiểm xã hội cần cấp lại thẻ cho người bệnh trong ba ngày.",
     [("bảo hiểm xã hội", "Bảo hiểm xã hội")]),
    ("Người lao động có thể hỏi cơ quan BHXH nơi mình đóng.", [("BHXH", "Bảo hiểm xã hội")]),
    # without it the words are the scheme
    ("Người lao động được hưởng chế độ bảo hiểm xã hội một lần.", []),
    ("Anh đã đóng bảo hiểm xã hội được 12 năm.", []),
    # a lower-case known name linked by "của" to a level word and a place names the body, as "phường X" right after
    ("Giải bóng đá do đoàn thanh niên của phường Tân Định tổ chức.",
     [("đoàn thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")]),
    ("Mỗi hộ được hội nông dân của xã Phú Lâm cho vay vốn.", [("hội nông dân", "Hội Nông dân")]),
    # "của" before a level word with no place is no such link; generic "thanh niên" is not the Youth Union
    ("Niềm vui của thanh niên trong xã được chia sẻ.", []),
    ("Đó là sáng kiến của đoàn thanh niên của tỉnh.", []),
    # the carmakers' association in lower case, its capitalised spelling and its abbreviation: one name
    ("Theo Hiệp hội các nhà sản xuất ô tô Việt Nam, doanh số tháng 5 tăng.",
     [("Hiệp hội các nhà sản xuất ô tô Việt Nam", "Hiệp hội các nhà Sản xuất Ôtô")]),
    ("Số liệu của VAMA cho thấy xe tải bán chạy.", [("VAMA", "Hiệp hội các nhà Sản xuất Ôtô")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org34_cases(text, expected):
    assert orgs(text) == expected
