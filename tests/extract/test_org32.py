"""Organisation constructions of org32 (issue 10, recall on unseen text): a department head in lower case
before the rest of its name capitalised, a bare "ủy ban" / "tòa án" with a local level word after it, a
national association defined by a bracketed abbreviation (and that abbreviation bound to it for the rest of
the text), a lower-case ministry as a department's parent. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # the head in lower case, the rest of the name capitalised: the department (contract "rest capitalised")
    ("Nhiều nhạc sĩ trẻ chưa lên cục Sở hữu trí tuệ để đăng ký tác phẩm.",
     [("cục Sở hữu trí tuệ", "Cục Sở hữu trí tuệ")]),
    ("Theo chi cục Thú y tỉnh Nghệ An, dịch đã được khống chế.",
     [("chi cục Thú y tỉnh Nghệ An", "Chi cục Thú y")]),
    # the "cục" of a longer head is read with it: one name, not "Cục Thủy sản" inside it
    ("Ông Bình làm việc tại Chi cục Thủy sản tỉnh Bến Tre.", [("Chi cục Thủy sản tỉnh Bến Tre", "Chi cục Thủy sản")]),
    # a department with its lower-case ministry in brackets after it: the ministry is the mention
    ("Đoàn do ông Trần Văn Hải, Cục trưởng cục Quản lý dược (bộ Y tế) dẫn đầu.",
     [("bộ Y tế", "Bộ Y tế")]),
    # lower-case "cục" before lower-case words stays a word ("cục đá")
    ("Người dân ném cục đá vào xe.", []),
    # a bare committee or court with a local level word after it: the local body
    ("Sau khi sự việc xảy ra, ủy ban phường đã cử cán bộ đến xác minh.",
     [("ủy ban phường", "Ủy ban nhân dân")]),
    ("Hồ sơ ly hôn đã được tòa án huyện thụ lý.", [("tòa án huyện", "Tòa án nhân dân")]),
    ("Ủy ban tỉnh giao các sở rà soát danh sách hộ nghèo.", [("Ủy ban tỉnh", "Ủy ban nhân dân")]),
    # not before another body's name, nor with the national level word
    ("Ủy ban Dân tộc tổ chức hội nghị tổng kết.", [("Ủy ban Dân tộc", "Ủy ban Dân tộc")]),
    ("Ông Hải được bầu vào Ủy ban Trung ương MTTQ khóa mới.", [("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam")]),
    ("Chủ tịch ủy ban cho biết kế hoạch đã được thông qua.", []),
    # a national association defined by its abbreviation in brackets, its words as written without the
    # country; the abbreviation names it again later
    ("Số liệu của Hiệp hội các nhà Bán lẻ Việt Nam (AVR) cho thấy sức mua giảm. Theo AVR, tháng 6 sẽ khá hơn.",
     [("Hiệp hội các nhà Bán lẻ Việt Nam", "Hiệp hội các nhà Bán lẻ"), ("AVR", "Hiệp hội các nhà Bán lẻ")]),
    ("Hiệp hội Thủy sản Việt Nam (VFAS) dự báo xuất khẩu tăng; VFAS kiến nghị giảm phí.",
     [("Hiệp hội Thủy sản Việt Nam", "Hiệp hội Thủy sản"), ("VFAS", "Hiệp hội Thủy sản")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org32_constructions(text, expected):
    assert orgs(text) == expected
