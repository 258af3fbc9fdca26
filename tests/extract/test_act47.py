"""act47: a cue that ends in "nhà" ("xây nhà", "sửa nhà", "làm nhà", "căn nhà") yields to a building
named "nhà X" that is no home (activities.toml [buildings]). Cues are matched longest first and never
overlap, so the house cue used to take the building's "nhà", vote for homes and hide the building's
own cue ("sửa nhà văn hóa", "làm nhà kho", "xây nhà hàng"). Now the phrase votes as the building does:
its cue if it is one, else nothing. Sentences of our own, not from the gold articles."""
from article_case import figs_both
from extract.activity import find_cues


def cues(text: str) -> list[tuple[str, str, float, bool]]:
    low = text.lower()
    return [(low[c.start:c.end], c.activity, c.weight, c.verb) for c in find_cues(text)]


def test_a_house_verb_before_a_building_cue_votes_the_building():
    # the verb keeps its role (it opens a phrase), the building its vote
    assert cues("Xã đã sửa nhà văn hóa thôn") == [("sửa nhà văn hóa", "nong_thon_moi", 1.0, True)]
    assert cues("Công ty làm nhà máy mới") == [("làm nhà máy", "khac", 1.0, False)]
    assert cues("Tỉnh sẽ xây nhà ga T3") == [("xây nhà ga", "khac", 1.5, True)]
    assert cues("Năm nay xây dựng nhà xưởng") == [("xây dựng nhà xưởng", "khac", 1.0, False)]
    # a longer cue that opens with a building takes the "nhà" too
    assert cues("Tỉnh xây dựng nhà máy nước sạch") == [("xây dựng nhà máy nước", "nong_thon_moi", 1.0, False)]
    # the state is no building to vote for: building it votes nothing
    assert cues("Xây dựng nhà nước pháp quyền") == []


def test_a_house_cue_before_a_building_that_is_no_cue_votes_nothing():
    assert cues("Giáo dân sửa nhà thờ họ") == []
    assert cues("Họ xây nhà hàng ven biển") == []
    assert cues("Trường phải làm nhà kho") == []
    assert cues("Cạnh đó là căn nhà trẻ của phường") == []


def test_homes_keep_the_house_cues():
    assert cues("Hội xây nhà cho hộ nghèo") == [("xây nhà", "nha_o", 1.0, True), ("hộ nghèo", "sinh_ke", 1.0, False)]
    assert cues("Hội xây nhà tình nghĩa") == [("xây nhà tình nghĩa", "nha_o", 3.0, True)]
    # a garden house is a home, not an orchard: "nhà vườn" is no building of [buildings]
    assert cues("Ông mua ngôi nhà vườn") == [("ngôi nhà", "nha_o", 0.6, False)]


def test_money_for_a_village_cultural_house_is_new_rural():
    # was nha_o by the rules: "sửa nhà" took the "nhà" of "nhà văn hóa"
    rules, combined = figs_both("Huyện đầu tư xây dựng nông thôn mới",
                                "Năm nay, xã đã sửa nhà văn hóa thôn với kinh phí 350 triệu đồng.")
    assert rules == combined == [("350 triệu đồng", 350000000.0, "đồng", "nong_thon_moi")]


def test_a_school_storeroom_is_no_home():
    # was nha_o by both: "làm nhà" took the "nhà" of "nhà kho"; the school's own cue now decides
    rules, combined = figs_both("Trường học thiếu phòng",
                                "Nhà trường phải làm nhà kho tạm rộng 40 m2 cạnh lớp học.")
    assert rules == combined == [("40 m2", 40.0, "m2", "tuyen_truyen")]


def test_houses_built_for_the_poor_stay_homes():
    rules, combined = figs_both("Hội chữ thập đỏ xây nhà cho hộ nghèo",
                                "Năm nay, hội xây nhà cho 12 hộ nghèo trong xã.")
    assert combined == [("12 hộ", 12.0, "hộ", "nha_o")]
