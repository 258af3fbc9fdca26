"""Exact records for general news (issue 10, second round): fires, crime, fraud, foreign navies,
patrol boats, public-money scandals and state visits are no activity of ours (`khac`), even when
their words look like ours ("thiệt hại", "hải lý", "ký", "quỹ", "thuốc", "thăm"); relief and
infrastructure keep theirs; units of such stories. Every sentence here is written for the test.
The version-5 extractor failed all of them except the relief, clean-water, abbreviation and
glued-money cases, which guard what already worked."""
from __future__ import annotations

import pytest

from extract.pipeline import VERSION, extract_text

from article_case import figs
from reextract_case import reextracted


# ---------------------------------------------------------------- fires are khac (guideline, split test2)

def test_a_fire_and_its_damage_are_khac_not_disaster():
    assert figs("Cháy kho hàng ở khu công nghiệp",
                "Lực lượng PCCC đã huy động 30 bình chữa cháy và 4 xe chuyên dụng. "
                "Đám cháy gây thiệt hại khoảng 2 tỷ đồng.") == [
        # (version 9 keeps the extinguisher whole, as the gold keeps "bình cứu hỏa", guideline dev6)
        ("30 bình chữa cháy", 30, "bình chữa cháy", "khac"),
        ("4 xe", 4, "xe", "khac"),
        ("khoảng 2 tỷ đồng", 2e9, "đồng", "khac"),
    ]


def test_a_firefighting_review_is_khac():
    assert figs("Thành phố tổng kết công tác phòng cháy chữa cháy",
                "Từ đầu năm, thành phố xảy ra 1.250 vụ cháy, nổ, làm 18 người chết. Tài sản thiệt hại "
                "ước tính hơn 150 tỉ đồng. Hiện còn thiếu 900 trụ nước chữa cháy, trong đó 70 trụ hư hỏng.") == [
        ("1.250 vụ", 1250, "vụ", "khac"),
        ("18 người", 18, "người", "khac"),
        ("hơn 150 tỉ đồng", 150e9, "đồng", "khac"),
        ("900 trụ", 900, "trụ", "khac"),
        ("70 trụ", 70, "trụ", "khac"),
    ]


# ---------------------------------------------------------------- crime and fraud: "thiệt hại" is not a storm's

def test_damage_done_by_crime_is_khac():
    assert figs("Công an quận báo cáo tình hình trật tự",
                "Năm qua quận xảy ra 120 vụ phạm pháp hình sự, gây thiệt hại khoảng 5 tỷ đồng.") == [
        ("120 vụ", 120, "vụ", "khac"),
        ("khoảng 5 tỷ đồng", 5e9, "đồng", "khac"),
    ]


def test_the_victims_of_a_fraud_are_khac():
    assert figs("Lừa đảo đa cấp, hàng nghìn người mất tiền",
                "Hơn 5.000 người đã nộp tiền cho công ty, sau khi trừ hoa hồng vẫn bị thiệt hại hơn 120 tỷ đồng.") == [
        ("hàng nghìn người", 1000, "người", "khac"),
        ("Hơn 5.000 người", 5000, "người", "khac"),
        ("hơn 120 tỷ đồng", 120e9, "đồng", "khac"),
    ]


# ---------------------------------------------------------------- warships and patrol boats are not rescue

def test_a_warships_distance_is_not_a_rescue():
    assert figs("Tàu khu trục nước ngoài áp sát đảo",
                "Tàu khu trục đã đi vào khu vực 12 hải lý quanh đảo, nơi có 7 thực thể địa lý.") == [
        ("12 hải lý", 12, "hải lý", "khac"),
        ("7 thực thể", 7, "thực thể", "khac"),
    ]


def test_patrol_boats_handed_over_are_khac():
    assert figs("Tiếp nhận xuồng tuần tra",
                "Phía bạn đã bàn giao 4 xuồng tuần tra dài 14m cho Bộ Tư lệnh Vùng Cảnh sát biển.") == [
        ("4 xuồng", 4, "xuồng", "khac"),
        ("14m", 14, "m", "khac"),
    ]


def test_relief_boats_still_are_disaster_relief():
    assert figs("Quân khu giúp dân vùng lũ",
                "Bộ Chỉ huy Quân sự tỉnh điều động 15 xuồng và 120 cán bộ, chiến sĩ giúp sơ tán 300 hộ dân "
                "vùng ngập lụt. Hội Chữ thập đỏ trao 2.000 viên lọc nước và 150 thùng hàng cứu trợ.") == [
        ("15 xuồng", 15, "xuồng", "thien_tai"),
        ("120 cán bộ", 120, "cán bộ", "thien_tai"),
        ("300 hộ", 300, "hộ", "thien_tai"),
        ("2.000 viên lọc nước", 2000, "viên lọc nước", "thien_tai"),
        ("150 thùng hàng", 150, "thùng hàng", "thien_tai"),
    ]


def test_goods_handed_out_after_a_flood_are_disaster_relief():
    # the flood is named in the sentence before; the goods alone would read as gifts
    assert figs("Hội Chữ thập đỏ hỗ trợ người dân",
                "Trận mưa lũ đầu tháng 11 làm nhiều xã ven sông bị ngập sâu. Hội Chữ thập đỏ huyện đã phân phối "
                "12 tấn gạo, 800 thùng mì tôm và hỗ trợ 230 hộ bị thiệt hại, tổng trị giá 650 triệu đồng.") == [
        ("12 tấn", 12, "tấn", "thien_tai"),
        ("800 thùng", 800, "thùng", "thien_tai"),
        ("230 hộ", 230, "hộ", "thien_tai"),
        ("650 triệu đồng", 650e6, "đồng", "thien_tai"),
    ]


def test_a_flood_named_later_in_the_sentence_does_not_turn_gifts_into_relief():
    # donations for several causes stay quyen_gop (guideline); gifts before them stay gifts
    assert figs("Hội Phụ nữ tiết kiệm giúp nhau",
                "Chi hội tặng 25 suất quà cho trẻ em nghèo, quyên góp ủng hộ đồng bào lũ lụt và người nghèo "
                "được 40 triệu đồng.") == [
        ("25 suất quà", 25, "suất quà", "tham_hoi_tang_qua"),
        ("40 triệu đồng", 40e6, "đồng", "quyen_gop"),
    ]


# ---------------------------------------------------------------- a clause holds several verb phrases
# (issue 10, round 8: activity.PHRASE_FACTOR). Cues of the phrase before the figure's own one,
# across a comma, vote like the rest of the sentence; a plain list keeps its one verb.

@pytest.mark.parametrize("weight", [0.0, None], ids=["rules", "combined"])
def test_the_verb_of_the_previous_phrase_votes_less_than_the_figures_own(monkeypatch, weight):
    from extract import learned
    if weight is not None:
        monkeypatch.setattr(learned, "WEIGHT", weight)
    # before: the membership drive of the first phrase won the money (xay_dung_to_chuc)
    assert figs("Đoàn thanh niên ra quân đầu năm",
                "Chi đoàn kết nạp 12 đoàn viên mới, vận động các hộ dân đóng góp được 30 triệu đồng để sửa "
                "nhà văn hóa.") == [
        ("12 đoàn viên", 12, "đoàn viên", "xay_dung_to_chuc"),
        ("30 triệu đồng", 30e6, "đồng", "quyen_gop"),
    ]
    # the rules alone were right on this one by a near tie (2.08 against 2.00): now by a margin
    assert figs("Hội Phụ nữ tiết kiệm giúp nhau",
                "Chi hội tặng 25 suất quà cho trẻ em nghèo, quyên góp ủng hộ đồng bào lũ lụt và người nghèo "
                "được 40 triệu đồng.")[1][3] == "quyen_gop"


def test_a_list_after_one_verb_and_a_cue_inside_a_phrase_keep_the_verb():
    # no cue opens the phrases after the commas: one verb governs the whole list
    assert figs("Hội Cựu chiến binh chăm lo Tết",
                "Hội trao 40 suất quà, 15 chiếc chăn và 20 bộ quần áo cho các hộ khó khăn.") == [
        ("40 suất quà", 40, "suất quà", "tham_hoi_tang_qua"),
        ("15 chiếc chăn", 15, "chăn", "tham_hoi_tang_qua"),
        ("20 bộ quần áo", 20, "quần áo", "tham_hoi_tang_qua"),
    ]
    # a noun cue in the next item of the list ("máy bay", general news) opens no phrase: only a verb
    # of ours before the item's number does (activities.toml [phrases])
    assert [a for *_, a in figs("Công đoàn đưa công nhân về quê đón Tết",
                                "Dịp Tết, công đoàn khu công nghiệp trao 300 phần quà cùng 400 vé xe, 50 vé máy bay "
                                "và 60 vé tàu cho công nhân về quê.")] == ["tham_hoi_tang_qua"] * 4
    # "tặng" far inside the phrase after the comma does not open a new one (PHRASE_OPENING)
    assert figs("Lãnh đạo huyện thăm gia đình chính sách",
                "Lãnh đạo huyện trao hai sổ tiết kiệm, mỗi sổ trị giá 10 triệu đồng tặng hai gia đình "
                "chính sách.") == [
        ("hai sổ tiết kiệm", 2, "sổ", "tham_hoi_tang_qua"),
        ("10 triệu đồng", 10e6, "đồng", "tham_hoi_tang_qua"),
        ("hai gia đình", 2, "gia đình", "tham_hoi_tang_qua"),
    ]


def test_trade_exchange_is_no_handing_over():
    from extract.activity import find_cues
    # "trao đổi" (trade, talks) holds "trao" (hand over): a neutral word, it votes for nothing
    assert find_cues("Trao đổi thương mại giữa hai nước đạt khoảng 500 triệu USD.") == []


def test_clean_water_and_roads_are_nong_thon_moi():
    assert figs("Xã về đích nông thôn mới",
                "Năm qua, xã xây dựng 2 trạm cấp nước sạch và làm mới 8 km đường bê tông liên thôn.") == [
        ("2 trạm cấp nước", 2, "trạm cấp nước", "nong_thon_moi"),
        ("8 km", 8, "km", "nong_thon_moi"),
    ]


# ---------------------------------------------------------------- general news tips close calls towards khac

@pytest.mark.parametrize("title, body, expected", [
    # a lone weak cue ("thăm" 0.6, "hỗ trợ" 0.5) in a story with no activity of ours
    ("Tàu du lịch cập cảng Chân Mây", "Sau khi thăm phố cổ Huế, 2.500 du khách trở lại tàu lúc chiều.",
     [("2.500 du khách", 2500, "du khách", "khac")]),
    ("Giá xăng giảm nhẹ", "Các doanh nghiệp được hỗ trợ giảm giá, mỗi lít xăng giảm 300 đồng.",
     [("300 đồng", 300, "đồng", "khac")]),
])
def test_a_weak_cue_in_general_news_is_khac(title, body, expected):
    assert figs(title, body) == expected


# ---------------------------------------------------------------- neutral words hold a cue but vote for nothing

def test_labour_contracts_and_public_money_are_not_signing_or_fund_raising():
    # "ký hợp đồng", "lỡ tay ký" are no signing of an agreement; "công quỹ" is no fund raised
    assert figs("Sai phạm tại trung tâm y tế huyện",
                "Giám đốc đã ký hợp đồng lao động với 50 trường hợp. Kế toán bị buộc bồi thường công quỹ "
                "hơn 40 triệu đồng.") == [
        ("50 trường hợp", 50, "trường hợp", "khac"),
        ("hơn 40 triệu đồng", 40e6, "đồng", "khac"),
    ]


def test_registered_investment_is_not_signing():
    assert figs("Thu hút đầu tư", "Tỉnh cấp phép cho 14 dự án với tổng vốn đăng ký 300 triệu USD.") == [
        ("14 dự án", 14, "dự án", "khac"),
        ("300 triệu USD", 300e6, "USD", "khac"),
    ]


def test_explosives_are_not_medicine():
    assert figs("Quả bom còn nguyên kíp nổ",
                "Quả bom chứa 80 kg thuốc nổ, được Bộ Chỉ huy Quân sự tỉnh di chuyển về kho.") == [
        ("80 kg", 80, "kg", "khac"),
    ]


def test_a_state_visit_is_not_visiting_the_needy():
    assert figs("Tăng cường hợp tác quốc phòng",
                "Chuyến thăm hữu nghị góp phần thắt chặt quan hệ giữa hai quân đội, 3 bộ trưởng đã tham dự.") == [
        ("hai quân đội", 2, "quân đội", "khac"),
        ("3 bộ trưởng", 3, "bộ trưởng", "khac"),
    ]


# ---------------------------------------------------------------- units of general news

@pytest.mark.parametrize("sentence, expected", [
    # the superscript of m2 lost after a glued "m", as after "300 m 2"
    ("Đám cháy lan trên diện tích 300m 2 ước tính khoảng 100 tấn hàng.",
     [("300m 2", 300, "m2"), ("khoảng 100 tấn", 100, "tấn")]),
    # a verb after a classifier: the classifier is the unit (whole children: since fig71 a birth rate
    # "sinh 1,3 con" is a ratio, no figure, guideline test19; see test_fig71.py)
    ("Bình quân mỗi gia đình trong xóm sinh 3 con thậm chí 4 con.", [("3 con", 3, "con"), ("4 con", 4, "con")]),
    ("Nhà trường đã đưa 20 em đi cấp cứu.", [("20 em", 20, "em")]),
    # compounds the segmenter splits
    ("Cuộc không kích tiêu diệt 120 phiến quân, khoảng 300 tay súng và 4 bệ phóng.",
     [("120 phiến quân", 120, "phiến quân"), ("khoảng 300 tay súng", 300, "tay súng"), ("4 bệ phóng", 4, "bệ phóng")]),
    ("Sở có 6 phó giám đốc, 3 bộ trưởng dự họp.", [("6 phó giám đốc", 6, "phó giám đốc"), ("3 bộ trưởng", 3, "bộ trưởng")]),
    # abbreviations and classifiers of union and school reports
    ("Có 450 CNVCLĐ, 1.500 ĐVTN, 120 TNXP và 30 CCB tham dự cùng 18 em học sinh và 12 dòng họ.",
     [("450 CNVCLĐ", 450, "công nhân"), ("1.500 ĐVTN", 1500, "đoàn viên"), ("120 TNXP", 120, "thanh niên xung phong"),
      ("30 CCB", 30, "cựu chiến binh"), ("18 em học sinh", 18, "học sinh"), ("12 dòng họ", 12, "dòng họ")]),
    ("Tổng kinh phí 139 triệu đồngchương trình do công đoàn chi.", [("139 triệu đồng", 139e6, "đồng")]),
    # ordinals and names followed by a verb are no figures
    ("Ông nhờ người làm bằng cấp 3 mang tên mình. Hiệp 1 khép lại với tỷ số hòa.", []),
])
def test_units_of_general_news(sentence, expected):
    assert [(f.text, f.value, f.unit) for f in extract_text(sentence).figures] == expected


# ---------------------------------------------------------------- reextract upgrades a version-5 store

def test_reextract_upgrades_version_5_records(tmp_path):
    """VERSION 6 reads a fire's damage as khac where version 5 read a storm's."""
    assert VERSION >= 6
    records = reextracted(tmp_path, "Cháy kho hàng ở khu công nghiệp", "Đám cháy gây thiệt hại khoảng 2 tỷ đồng.", 5,
                          '{"organizations": [], "figures": [{"value": 2000000000, "unit": "đồng", '
                          '"activity": "thien_tai"}]}')
    assert {(f["unit"], f["activity"]) for f in records["figures"]} == {("đồng", "khac")}


# ---------------------------------------------------------------- issue 10, third round (errors of split test3)
# Own sentences. The extractor before this round read all of them as khac, education or gift-giving
# and split "m 3", "chỗ làm" and "cờ thi đua", except the cost-saving case, which guards "tiết kiệm".

@pytest.mark.parametrize("title, body, expected", [
    # minimum wage and shift meals are labour benefits: chinh_sach (guideline)
    ("Công đoàn kiến nghị điều chỉnh lương tối thiểu vùng",
     "Tại phiên họp, đại diện công đoàn đề nghị tăng lương tối thiểu vùng thêm 8,5%, còn phía doanh nghiệp chỉ "
     "đồng ý mức 4%.",
     [("8,5%", 8.5, "%", "chinh_sach"), ("4%", 4, "%", "chinh_sach")]),
    ("Công đoàn kiểm tra bữa ăn ca tại khu công nghiệp",
     "Đoàn đã kiểm tra bữa ăn ca cho 2.400 công nhân; mức tiền ăn được nâng từ 16.000 đồng lên 20.000 đồng mỗi suất.",
     [("2.400 công nhân", 2400, "công nhân", "chinh_sach"), ("16.000 đồng", 16000, "đồng", "chinh_sach"),
      ("20.000 đồng", 20000, "đồng", "chinh_sach")]),
    # rain and water levels are disaster news; "phổ biến" (commonly) is no education here
    ("Miền núi phía Bắc tiếp tục mưa lớn",
     "Đêm qua các tỉnh miền núi có mưa to với lượng mưa phổ biến 60-90mm, có nơi trên 150mm. Mực nước trên "
     "sông Hồng tại Lào Cai đạt 82,4 m, trên báo động 1 là 0,4 m.",
     [("60-90mm", 60, "mm", "thien_tai"), ("trên 150mm", 150, "mm", "thien_tai"), ("82,4 m", 82.4, "m", "thien_tai"),
      ("0,4 m", 0.4, "m", "thien_tai")]),
    ("Hồ chứa tích nước",
     "Hồ có dung tích 1,2 triệu m 3 nước, hiện đạt 70% dung tích thiết kế.",
     [("1,2 triệu m 3", 1.2e6, "m3", "thien_tai"), ("70%", 70, "%", "thien_tai")]),
    # workers back after Tết and jobs waiting are viec_lam
    ("Doanh nghiệp ổn định sản xuất sau Tết",
     "Ngày đầu năm mới, 96% người lao động của công ty đã trở lại làm việc. Thành phố hiện có khoảng 35.000 chỗ "
     "làm đang cần tuyển.",
     [("96%", 96, "%", "viec_lam"), ("khoảng 35.000 chỗ làm", 35000, "chỗ làm", "viec_lam")]),
    # emulation awards are khac, not gifts
    ("Liên đoàn lao động tổng kết thi đua",
     "Liên đoàn tặng bằng khen cho 45 tập thể và 120 cá nhân, tặng 8 cờ thi đua cho các công đoàn ngành.",
     [("45 tập thể", 45, "tập thể", "khac"), ("120 cá nhân", 120, "cá nhân", "khac"),
      ("8 cờ thi đua", 8, "cờ thi đua", "khac")]),
    # money a worker's idea saves the firm is no savings scheme (sinh_ke)
    ("Thợ trẻ với nhiều sáng kiến",
     "Sáng kiến cải tiến dây chuyền của anh đã tiết kiệm cho nhà máy 80 triệu đồng mỗi năm.",
     [("80 triệu đồng", 80e6, "đồng", "khac")]),
])
def test_labour_benefits_weather_and_awards(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one body, one name (guideline): the remit written with or without its comma, levels removed
    ("Ban Chỉ đạo Trung ương về Phòng chống thiên tai yêu cầu các tỉnh sẵn sàng ứng phó.",
     ["Ban Chỉ đạo phòng, chống thiên tai"]),
    ("Theo Trung tâm Dự báo Khí tượng Thủy văn Trung ương, đêm nay trời mưa to.",
     ["Trung tâm Dự báo khí tượng thủy văn"]),
    ("Phiên họp thứ hai của Hội đồng Tiền lương quốc gia chưa ngã ngũ.", ["Hội đồng Tiền lương"]),
    # a verb right after "Ban Chỉ đạo" is no remit, so no name
    ("Ban Chỉ đạo khen thưởng các gia đình có thành tích.", []),
    ("Ban Chỉ đạo Tây Nam bộ đẩy mạnh liên kết vùng.", ["Ban Chỉ đạo Tây Nam bộ"]),
    # a school's Youth Union is the Youth Union
    ("Chị Lan, Bí thư Đoàn trường Cao đẳng Y tế, phát biểu.", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
])
def test_national_bodies_of_general_news(sentence, expected):
    assert [o.canonical for o in extract_text(sentence).organizations] == expected


def test_reextract_upgrades_version_6_records(tmp_path):
    """VERSION 7 reads a shift-meal rise as a labour benefit (chinh_sach) where version 6 had no cue."""
    assert VERSION >= 7
    records = reextracted(tmp_path, "Công đoàn kiểm tra bữa ăn ca tại khu công nghiệp",
                          "Đoàn đã kiểm tra bữa ăn ca cho 2.400 công nhân; mức tiền ăn được nâng từ 16.000 đồng "
                          "lên 20.000 đồng mỗi suất.", 6,
                          '{"organizations": [], "figures": [{"value": 2400, "unit": "công nhân", "activity": "khac"}]}')
    assert {(f["unit"], f["activity"]) for f in records["figures"]} >= {("công nhân", "chinh_sach")}


# ---------------------------------------------------------------- banking supervision is no loan to the poor

@pytest.mark.parametrize("weight", [0.0, None], ids=["rules", "combined"])
def test_bad_debt_of_credit_institutions_is_khac_but_a_policy_bank_lending_to_the_poor_is_not(monkeypatch, weight):
    from extract import learned
    if weight is not None:
        monkeypatch.setattr(learned, "WEIGHT", weight)
    # before: "tín dụng" and "dư nợ" (sinh_ke cues) made the audit's figures loans to the poor
    assert figs("Kiểm toán Nhà nước công bố kết quả kiểm toán ngân hàng",
                "Đến cuối năm, nợ xấu của các tổ chức tín dụng là 120 nghìn tỷ đồng, chiếm 4,5% tổng dư nợ.") == [
        ("120 nghìn tỷ đồng", 120e12, "đồng", "khac"),
        ("4,5%", 4.5, "%", "khac"),
    ]
    # the loans of the policy bank keep sinh_ke, even with a bad-debt ratio in the same sentence
    assert [a for *_, a in figs("Ngân hàng Chính sách xã hội huyện giải ngân vốn cho hộ nghèo",
                                "Năm qua, ngân hàng cho 320 hộ nghèo vay vốn với tổng dư nợ 15 tỷ đồng; nợ xấu "
                                "chỉ chiếm 0,2%.")] == ["sinh_ke", "sinh_ke", "sinh_ke"]


# ---------------------------------------------------------------- a rate's denominator is a counted noun

# the combined reading flips with each retrain of the classifier on the tuning gold (khac with the models
# of dev13/dev14 and of fig45, nha_o with those of the tenth session and of some of the eleventh's merges;
# at WEIGHT 2, learn5, the model's khac outweighs the one 'đồng/căn' vote more often): the rules hold it;
# the combined case is a known, unstable miss, not a strict one
@pytest.mark.parametrize("weight", [0.0, pytest.param(None, marks=pytest.mark.xfail(
    reason="unstable: the classifier's vote against 'đồng/căn' changes with each retrain on the tuning gold",
    strict=False))], ids=["rules", "combined"])
def test_a_price_per_flat_is_housing(monkeypatch, weight):
    from extract import learned
    if weight is not None:
        monkeypatch.setattr(learned, "WEIGHT", weight)
    # before: no cue in the clause, "180 triệu đồng/căn" was khac; "căn" (activities.toml [units])
    # after the slash votes like the unit of the figure
    assert figs("Doanh nghiệp bàn chuyện giá bán cho công nhân",
                "Với nền đất yếu, chủ đầu tư tính phải bán 180 triệu đồng/căn mới đủ bù chi phí.") == [
        ("180 triệu đồng", 180e6, "đồng", "nha_o")]
    # a denominator that belongs to no activity adds nothing
    assert figs("Hội nghị tổng kết năm", "Mỗi đại biểu đóng 200.000 đồng/người tiền ăn.") == [
        ("200.000 đồng", 200e3, "đồng", "khac")]


# ---------------------------------------------------------------- Party badges are party building, not gifts

@pytest.mark.parametrize("weight", [0.0, None], ids=["rules", "combined"])
def test_party_badges_are_xay_dung_to_chuc(monkeypatch, weight):
    from extract import learned
    if weight is not None:
        monkeypatch.setattr(learned, "WEIGHT", weight)
    # before: khac here, and in a longer report the "tặng" of "trao tặng" made them gifts
    assert figs("Đảng bộ xã tổng kết năm 2016",
                "Trong năm, Đảng bộ đề nghị trao tặng Huy hiệu Đảng cho 15 đồng chí, trong đó 3 đồng chí nhận "
                "Huy hiệu 50 năm tuổi Đảng.") == [
        ("15 đồng chí", 15, "đồng chí", "xay_dung_to_chuc"),
        ("3 đồng chí", 3, "đồng chí", "xay_dung_to_chuc"),
    ]
