"""Organisation classes of org27, from the dev16 recall errors (general news, scored once after round 23):
"các cấp" after a lower-case known name is a plural level; "cơ quan hải quan" in lower case is the customs
authority; national bodies known by abbreviations (TCTK, UBGSTC); the forest bodies of a district (the
ranger station, "Hạt KL", and the protection-forest board), place removed. Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # "các cấp" (at every level) after a lower-case known name: the body, as "công an các phường"
    ("Chỉ thị giao ủy ban nhân dân các cấp rà soát hộ nghèo.", [("ủy ban nhân dân", "Ủy ban nhân dân")]),
    ("Hội phụ nữ các cấp đã vận động chị em tiết kiệm.", [("Hội phụ nữ", "Hội Liên hiệp Phụ nữ")]),
    # ... while "các" before an ordinary noun still needs a level word
    ("Ông nói công an các nơi đều biết chuyện này.", []),
    # "cơ quan hải quan" in lower case: the customs authority; the procedure's "thủ tục hải quan" is not
    ("Hàng về cảng, cơ quan hải quan sẽ kiểm tra từng lô.", [("hải quan", "Hải quan")]),
    ("Doanh nghiệp phải làm thủ tục hải quan trước khi nhận xe.", []),
    # a foreign country after it: a foreign authority
    ("Cơ quan hải quan Nhật Bản đã thu giữ lô hàng.", []),
    # national bodies by their abbreviations
    ("Theo TCTK, chỉ số giá tiêu dùng tháng 5 giảm nhẹ.", [("TCTK", "Tổng cục Thống kê")]),
    ("Báo cáo của UBGSTC cho thấy tín dụng tăng chậm.", [("UBGSTC", "Ủy ban Giám sát tài chính")]),
    ("Ủy ban Giám sát tài chính Quốc gia dự báo lạm phát ổn định.",
     [("Ủy ban Giám sát tài chính Quốc gia", "Ủy ban Giám sát tài chính")]),
    # the forest bodies of a district, place removed
    ("Hạt KL huyện Sơn Động đã lập biên bản vụ phá rừng.", [("Hạt KL huyện Sơn Động", "Hạt Kiểm lâm")]),
    ("Cán bộ Hạt Kiểm lâm Tương Dương tuần tra suốt đêm.", [("Hạt Kiểm lâm", "Hạt Kiểm lâm")]),
    ("Gỗ bị chặt thuộc Ban quản lý rừng phòng hộ Sông Hinh.",
     [("Ban quản lý rừng phòng hộ", "Ban Quản lý rừng phòng hộ")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org27_organisations(text, expected):
    assert orgs(text) == expected
