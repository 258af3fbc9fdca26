"""act41: weak general words against the activity they were cues of, and compounds a cue swallowed.
"thành lập" (to found) alone founds anything, a Party unit founded is party building; a building
verb before a factory or a village's cultural house is no home built; "gặp sự cố" is any breakdown,
"hạ tầng" any infrastructure, "tiền thưởng" a contest's prize as often as a bonus; sunburn and
inflammation are health, not a fire. Sentences of our own, not from the gold articles; each reading
is held for the rules alone and with the classifier, but for the cultural house (rules alone)."""
from article_case import figs, figs_agreed


def test_founding_a_company_is_no_organisation_building():
    assert figs_agreed("Doanh nhân trẻ khởi nghiệp",
                       "Sau 10 năm, anh đã thành lập 3 công ty chuyên sản xuất đồ gỗ xuất khẩu.") == \
        [("3 công ty", 3, "công ty", "khac")]


def test_founding_a_party_unit_is_party_building():
    assert figs_agreed("Lịch sử Đảng bộ huyện",
                       "Năm 1946, cấp trên ra quyết định thành lập Đảng bộ huyện, gồm 7 ủy viên.") == \
        [("7 ủy viên", 7, "ủy viên", "xay_dung_to_chuc")]


def test_a_factory_built_is_no_home():
    assert figs_agreed("Khởi công nhà máy chế biến",
                       "Tập đoàn sẽ xây dựng nhà máy chế biến gỗ với vốn đầu tư 500 tỷ đồng.") == \
        [("500 tỷ đồng", 500_000_000_000, "đồng", "khac")]


def test_a_villages_cultural_house_is_new_rural_work(rules_only):
    # the rules alone: the classifier still reads this bare sentence as khac (it was nha_o by the
    # house cue "xây dựng nhà" before act41)
    assert figs("Thiết chế văn hóa ở cơ sở",
                "Đến nay, 120 thôn trong huyện đã xây dựng nhà văn hóa khang trang.") == \
        [("120 thôn", 120, "thôn", "nong_thon_moi")]


def test_a_breakdown_is_no_disaster():
    assert figs_agreed("Thang máy chung cư liên tục hỏng",
                       "Trong tháng qua, 2 thang máy của tòa nhà đã gặp sự cố khiến cư dân bức xúc.") == \
        [("2 thang máy", 2, "thang máy", "khac")]


def test_a_races_prize_money_is_no_bonus():
    assert figs_agreed("Kết quả giải chạy bộ",
                       "Vận động viên về nhất nhận tiền thưởng 30 triệu đồng.") == \
        [("30 triệu đồng", 30_000_000, "đồng", "khac")]


def test_a_tet_bonus_is_a_benefit():
    assert figs_agreed("Thưởng Tết của người lao động",
                       "Năm nay, tiền thưởng Tết bình quân của công nhân đạt 6 triệu đồng.") == \
        [("6 triệu đồng", 6_000_000, "đồng", "chinh_sach")]


def test_a_sunburn_remedy_is_health_advice():
    assert figs_agreed("Mẹo trị da cháy nắng",
                       "Khi da bị cháy nắng, trộn 2 thìa sữa chua với mật ong rồi thoa lên vùng da đỏ rát.") == \
        [("2 thìa", 2, "thìa", "y_te")]
