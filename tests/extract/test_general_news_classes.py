"""Exact records for classes of errors seen on the spent split test4 (issue 10, fifth round),
fixed as classes rather than as words of one article: a document sparse in our activity cues
(general news) reads its figures as `khac`; nature reserves and forests are the environment; a
farmer's harvest is livelihood; "a/b X" counts; thresholds, pointing-back numbers, positions and
slogans are no figures; classifiers and compound heads. Round 6 (spent splits test5 and test6):
the counted noun and the clause's own cue words for schooling, social housing, health insurance,
base pay, lucky money, grassroots unions, urban waste and staff cuts, and a sentence that counts the
noun the sentence before it counted continuing that list. Every sentence here is written for the
test. The version-7 extractor failed each case except where a comment says it guards what worked.
"""
from __future__ import annotations

import pytest

from extract.pipeline import VERSION

from article_case import figs, records
from reextract_case import reextracted


# ---------------------------------------------------------------- genre: general news defaults to khac

CITY_INVESTMENT = (
    "Thành phố bàn kế hoạch đầu tư công trung hạn",
    "Sáng nay, Ủy ban nhân dân thành phố họp với các sở, ngành về kế hoạch đầu tư công trung hạn. "
    "Theo Sở Kế hoạch và Đầu tư, giai đoạn tới thành phố cần khoảng 400.000 tỷ đồng để đầu tư cho 150 dự án "
    "hạ tầng giao thông, trong đó có các tuyến vành đai, cầu vượt sông và bến xe liên tỉnh. "
    "Lãnh đạo thành phố yêu cầu các chủ đầu tư rà soát tiến độ, giải ngân đúng hạn và công khai thông tin. "
    "Các dự án chậm tiến độ quá hai năm sẽ bị xem xét điều chuyển vốn sang công trình khác. "
    "Thành phố cũng kêu gọi nhà đầu tư tư nhân tham gia theo hình thức đối tác công tư.")


def test_city_infrastructure_in_general_news_is_khac():
    # version 7 read both as nong_thon_moi ("hạ tầng" in an article with few cues of ours)
    assert figs(*CITY_INVESTMENT) == [
        ("khoảng 400.000 tỷ đồng", 400_000e9, "đồng", "khac"),
        ("150 dự án", 150, "dự án", "khac"),
    ]


def test_a_court_story_stays_khac():
    # guards what worked: its own cues (xét xử, bị cáo) already said khac
    assert figs("Tòa tuyên án vụ sai phạm tại công ty vận tải",
                "Sau năm ngày xét xử, tòa án nhân dân thành phố đã tuyên án đối với các bị cáo trong vụ sai phạm tại "
                "một công ty vận tải nhà nước. Theo cáo trạng, các bị cáo đã ký hợp đồng mua xe sai quy định, gây "
                "thất thoát hơn 60 tỷ đồng. Hội đồng xét xử nhận định hành vi của các bị cáo gây hậu quả đặc biệt "
                "nghiêm trọng. Tòa buộc các bị cáo liên đới bồi thường toàn bộ số tiền.") == [
        ("hơn 60 tỷ đồng", 60e9, "đồng", "khac"),
    ]


@pytest.mark.parametrize("title, body, expected", [
    # version 7 read bribes for loans as sinh_ke and embezzlement from a fund as quyen_gop
    ("Truy tố nguyên giám đốc chi nhánh ngân hàng",
     "Theo cáo trạng, bị cáo đã nhận hối lộ 2 tỷ đồng để giúp 15 doanh nghiệp được vay vốn trái quy định.",
     [("2 tỷ đồng", 2e9, "đồng", "khac"), ("15 doanh nghiệp", 15, "doanh nghiệp", "khac")]),
    ("Xét xử vụ án tại quỹ hỗ trợ nông dân",
     "Viện kiểm sát đề nghị mức án 12 năm tù với nguyên giám đốc quỹ, người đã tham ô 8 tỷ đồng tiền cho vay ưu đãi.",
     [("8 tỷ đồng", 8e9, "đồng", "khac")]),
])
def test_courts_and_corruption_are_khac(title, body, expected):
    assert figs(title, body) == expected


def test_founding_inspection_teams_is_administration():
    # version 7 read both as xay_dung_to_chuc ("thành lập"); signing a commitment is phoi_hop (guideline test3)
    assert figs("Phường ra quân lập lại trật tự vỉa hè",
                "UBND phường đã thành lập 5 đoàn kiểm tra và thành lập Ban Chỉ đạo liên ngành; 100% tổ dân phố đã "
                "ký cam kết.") == [
        ("5 đoàn kiểm tra", 5, "đoàn kiểm tra", "khac"),
        ("100%", 100, "%", "phoi_hop"),
    ]


def test_a_leaders_working_visit_is_no_visit_to_the_needy():
    # version 7 read the visited firms and workers as tham_hoi_tang_qua ("thăm")
    assert figs("Tổng Bí thư thăm và làm việc tại tỉnh",
                "Tổng Bí thư đã thăm khu công nghiệp có 120 doanh nghiệp, thu hút 45.000 lao động. Năm qua, kinh tế "
                "tỉnh tăng trưởng 9,5%, thu ngân sách đạt 12.000 tỷ đồng.") == [
        ("120 doanh nghiệp", 120, "doanh nghiệp", "khac"),
        ("45.000 lao động", 45000, "lao động", "khac"),
        ("9,5%", 9.5, "%", "khac"),
        ("12.000 tỷ đồng", 12000e9, "đồng", "khac"),
    ]


def test_a_cue_inside_an_organisations_name_says_who_not_what():
    # version 7 read the certificates as y_te ("y tế" of "Bộ Y tế")
    assert figs("Kiểm tra an toàn thực phẩm nhập khẩu",
                "Bộ Y tế đã cấp 1.200 giấy chứng nhận cho lô hàng nhập khẩu trong năm.") == [
        ("1.200 giấy chứng nhận", 1200, "giấy chứng nhận", "khac"),
    ]


def test_social_insurance_benefits_are_labour_benefits():
    # guards what worked (guideline: labour benefits and insurance are chinh_sach) now that the genre
    # prior leans sparse stories towards khac
    assert figs("Bảo hiểm xã hội tỉnh chi trả đúng hạn",
                "Năm qua, cơ quan bảo hiểm đã chi trả lương hưu cho 45.000 người và trợ cấp thất nghiệp cho 8.200 "
                "lao động.") == [
        ("45.000 người", 45000, "người", "chinh_sach"),
        ("8.200 lao động", 8200, "lao động", "chinh_sach"),
    ]


def test_a_story_dense_in_our_cues_keeps_its_activity():
    # guards what worked: the genre prior fades out where our cues are dense
    assert figs("Hội Chữ thập đỏ trao quà cho hộ nghèo",
                "Hội Chữ thập đỏ huyện đã trao 200 suất quà cho hộ nghèo và tặng 30 xe đạp cho học sinh.") == [
        ("200 suất quà", 200, "suất quà", "tham_hoi_tang_qua"),
        ("30 xe đạp", 30, "xe đạp", "tham_hoi_tang_qua"),
    ]


# ---------------------------------------------------------------- environment and livelihood (guideline)

def test_a_nature_reserve_and_its_forest_are_the_environment():
    assert figs("Quy hoạch khu du lịch ven biển",
                "Khu bảo tồn thiên nhiên của bán đảo có diện tích 3.200 ha, trong đó rừng tự nhiên còn 2.900 ha.") == [
        ("3.200 ha", 3200, "ha", "nong_thon_moi"),
        ("2.900 ha", 2900, "ha", "nong_thon_moi"),
    ]


def test_a_farmers_harvest_is_livelihood():
    assert figs("Làm giàu từ vườn bưởi", "Mỗi năm anh thu hoạch khoảng 20 tấn quả, với giá bán 25.000 đồng/kg.") == [
        ("khoảng 20 tấn", 20, "tấn", "sinh_ke"),
        ("25.000 đồng", 25000, "đồng", "sinh_ke"),
    ]


def test_a_fishermans_trip_and_catch_are_livelihood():
    # version 7 read all three as khac
    assert figs("Ngư dân trúng đậm sau Tết",
                "Sau chuyến biển đầu năm, tàu cá của anh Tâm cập bến với hơn 3 tấn cá ngừ, thu về khoảng 250 triệu "
                "đồng. Bạn tàu gồm 12 người ra khơi từ mùng 2 Tết.") == [
        ("hơn 3 tấn", 3, "tấn", "sinh_ke"),
        ("khoảng 250 triệu đồng", 250e6, "đồng", "sinh_ke"),
        ("12 người", 12, "người", "sinh_ke"),
    ]


def test_training_teachers_is_education():
    # version 7 read the first as khac (guideline: university training is tuyen_truyen)
    assert figs("Cần cấu trúc lại các trường sư phạm",
                "Theo đề án, giai đoạn tới các trường sư phạm cần đào tạo bổ sung khoảng 60.000 giáo viên và bồi "
                "dưỡng 200.000 giáo viên đang dạy.") == [
        ("khoảng 60.000 giáo viên", 60000, "giáo viên", "tuyen_truyen"),
        ("200.000 giáo viên", 200000, "giáo viên", "tuyen_truyen"),
    ]


# ---------------------------------------------------------------- what is a figure (guideline)

@pytest.mark.parametrize("sentence, expected", [
    # a of b counted items is the figure a
    ("Đến nay đã có 24/30 doanh nghiệp hoạt động trở lại; toàn tỉnh có 101/101 xã tham gia.",
     [("24/30 doanh nghiệp", 24, "doanh nghiệp"), ("101/101 xã", 101, "xã")]),
    # ... but not a map scale, a fraction of a whole or a date (guards: version 7 read no "a/b" at all)
    ("Bản đồ tỉ lệ 1/500 được công bố; khoảng 2/3 diện tích đã giải phóng mặt bằng từ 30/4.", []),
    # the threshold of a rule
    ("Người mua phải có từ 4 nhân khẩu trở lên và chưa có nhà ở.", []),
    # numbers pointing back to people or parties just named, and "ba mẹ" (the father)
    ("Hai ông bị tuyên án. Ba mẹ của bị hại có mặt tại tòa. Lãnh đạo 2 bên đã trao đổi.", []),
    ("Bài nói về hai cuộc kháng chiến của dân tộc.", []),
    # "cả N X trên/này": the things just named
    ("Sau khi sửa máy, cả 2 tàu trên tiếp tục hành trình; cả ba yếu tố này đều đã rõ.", []),
    # slogans and ratings name qualities, not things
    ("Thành phố phấn đấu đạt 4 an; khách sạn đạt chuẩn 5 sao; tuyến đường 2 chiều đã thông xe.", []),
    # the year of a name, before a noun
    ("Theo Hội đồng thi THPT Quốc gia 2017 đơn vị tỉnh, mọi khâu đã sẵn sàng.", []),
    # schedules are time spans (guideline: "1 lần/tháng"; once in an interval)
    ("Tổ công tác định kỳ 3 tháng họp 1 lần; đơn vị tổ chức đối thoại 1 lần/tháng.", []),
    # positions are not temperatures: a coordinate, a bearing
    ("Tàu gặp nạn tại tọa độ 10 độ 20’N – 112 độ 30’E, trôi theo hướng 250 độ.", []),
])
def test_what_is_not_a_count(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # classifiers before the counted noun (guideline: "bốn cuộc gặp mặt" -> "gặp mặt")
    ("Ban tổ chức đã tổ chức 3 cuộc đối thoại và trưng bày 60 loại sản phẩm trong 2 tòa nhà.",
     [("3 cuộc đối thoại", 3, "đối thoại"), ("60 loại sản phẩm", 60, "sản phẩm"), ("2 tòa nhà", 2, "nhà")]),
    # compounds whose first syllable alone means something else
    ("Đề thi gồm 150 câu hỏi; đường được mở rộng thêm 2 làn xe; tỉnh cấp 1.200 giấy chứng nhận.",
     [("150 câu hỏi", 150, "câu hỏi"), ("2 làn xe", 2, "làn xe"), ("1.200 giấy chứng nhận", 1200, "giấy chứng nhận")]),
    # units glued to the number, and a temperature with its scale
    ("Tàu cá công suất 450CV; mỗi quả nặng 500gam; nhiệt độ xuống còn 2 độ C.",
     [("450CV", 450, "cv"), ("500gam", 500, "gam"), ("2 độ C", 2, "độ c")]),
    # a count written with a leading zero before a known noun (guideline test4: "01 đồng chí"),
    # not a lottery number or a code
    ("Ban chỉ đạo có 01 đồng chí Phó Chủ tịch làm Trưởng ban và 03 thành viên; giải đặc biệt về 07.",
     [("01 đồng chí", 1, "đồng chí"), ("03 thành viên", 3, "thành viên")]),
    # "cả hai" announcing a list is still a count (guards what worked)
    ("Người vay phải thỏa mãn cả hai điều kiện: có việc làm và có nơi ở.", [("hai điều kiện", 2, "điều kiện")]),
    # a year-like count after lower-case words is a count (guards what worked)
    ("Năm 2008, thành phố đã cho phép xây 2000 biệt thự.", [("2000 biệt thự", 2000, "biệt thự")]),
    # a count of times is still a figure (guards what worked)
    ("Sau 5 năm anh đã hiến máu 20 lần.", [("20 lần", 20, "lần")]),
    # billions with "đồng" left out are money; billions of people keep their noun
    ("Tổng chi phí 12,1 ngàn tỷ chia cho 5 năm; dân số thế giới đạt 7,5 tỷ người.",
     [("12,1 ngàn tỷ", 12.1e12, "đồng"), ("7,5 tỷ người", 7.5e9, "người")]),
    # one stored spelling per unit, so facets and totals do not split "ha" from "hecta" (the gold
    # keeps the unit as written; extract.evaluate compares spellings through units.toml)
    ("Căn phòng chưa đến 12 mét vuông; dự án rộng 80 hecta.",
     [("chưa đến 12 mét vuông", 12, "m2"), ("80 hecta", 80, "ha")]),
])
def test_units_of_general_news(sentence, expected):
    assert records(sentence) == expected


# ---------------------------------------------------------------- reextract upgrades a version-7 store

def test_reextract_upgrades_version_7_records(tmp_path):
    """VERSION 8 reads city infrastructure in general news as khac where version 7 read rural works."""
    assert VERSION >= 8
    records = reextracted(tmp_path, *CITY_INVESTMENT, 7,
                          '{"organizations": [], "figures": [{"value": 150, "unit": "dự án", '
                          '"activity": "nong_thon_moi"}]}')
    assert {(f["unit"], f["activity"]) for f in records["figures"]} >= {("dự án", "khac")}


# ---------------------------------------------------------------- round 6 (spent splits test5/test6): classes of evidence

@pytest.mark.parametrize("title, body, expected", [
    # schools, classrooms and teachers counted are schooling (guideline: education), even in general news
    ("Trường mầm non tư thục bị đình chỉ hoạt động",
     "Theo Phòng Giáo dục quận, trường mầm non này có 12 phòng học và 25 giáo viên, nhận trông khoảng 300 trẻ.",
     [("12 phòng học", 12, "phòng học", "tuyen_truyen"), ("25 giáo viên", 25, "giáo viên", "tuyen_truyen"),
      ("khoảng 300 trẻ", 300, "trẻ", "tuyen_truyen")]),
    # the health-insurance fund written as its abbreviation (version 8: quyen_gop, from "quỹ")
    ("Bộ Tài chính cảnh báo quỹ bảo hiểm",
     "Theo dự báo, Quỹ BHYT sẽ bội chi 5.000 tỷ đồng vào năm tới, chủ yếu do giá dịch vụ tăng.",
     [("5.000 tỷ đồng", 5000e9, "đồng", "y_te")]),
    # base pay is a labour benefit (guideline: wages -> chinh_sach)
    ("Nhiều chính sách mới có hiệu lực từ tháng 7",
     "Từ ngày 1/7, lương cơ sở tăng lên 1.500.000 đồng/tháng đối với cán bộ, công chức.",
     [("1.500.000 đồng", 1_500_000, "đồng", "chinh_sach")]),
    # lucky money handed to workers is a gift
    ("Công nhân phấn khởi ngày đầu năm mới",
     "Sáng mùng 6 Tết, ban giám đốc công ty đã lì xì 300.000 đồng cho mỗi công nhân đi làm.",
     [("300.000 đồng", 300_000, "đồng", "tham_hoi_tang_qua")]),
    # grassroots unions counted are the organisation (guideline: unit counts -> xay_dung_to_chuc)
    ("Liên đoàn Lao động tỉnh tổng kết năm",
     "Hiện Liên đoàn Lao động tỉnh quản lý 12 công đoàn cơ sở trong các khu công nghiệp.",
     [("12 công đoàn cơ sở", 12, "công đoàn cơ sở", "xay_dung_to_chuc")]),   # the whole head since fig60
    # urban waste is the environment (guideline, test5)
    ("Thành phố họp bàn giảm mùi hôi",
     "Hiện bãi rác của thành phố tiếp nhận khoảng 3.000 tấn rác mỗi ngày từ 12 quận.",
     [("khoảng 3.000 tấn", 3000, "tấn", "nong_thon_moi"), ("12 quận", 12, "quận", "nong_thon_moi")]),
    # staff cuts with their retirement policies are benefits (guideline, test5)
    ("Bộ Nội vụ báo cáo cải cách bộ máy",
     "Trong năm, cả nước đã giải quyết tinh giản biên chế cho hơn 2.000 người.",
     [("hơn 2.000 người", 2000, "người", "chinh_sach")]),
])
def test_evidence_of_general_news_classes(title, body, expected):
    # version 8 read every one of these as khac unless a comment says otherwise
    assert figs(title, body) == expected


def rules_figs(title: str, body: str, monkeypatch) -> list[tuple]:
    """The rules alone (the learned classifier off): the mechanism, not the model, is under test."""
    from extract import learned
    monkeypatch.setattr(learned, "WEIGHT", 0.0)
    return figs(title, body)


def test_a_sentence_counting_the_same_noun_continues_the_list(monkeypatch):
    # version 8 (rules) read "9 dự án" as khac: its sentence has no cue and no "Trong đó"
    assert rules_figs("Thành phố đẩy nhanh nhà ở xã hội",
                      "Đến nay thành phố đã hoàn thành 14 dự án nhà ở xã hội. Năm tới, các chủ đầu tư sẽ khởi công "
                      "thêm 9 dự án.", monkeypatch) == [
        ("14 dự án", 14, "dự án", "nha_o"),
        ("9 dự án", 9, "dự án", "nha_o"),
    ]


def test_the_same_noun_without_evidence_before_stays_khac(monkeypatch):
    # guards: the link carries the previous sentence's evidence, not an activity of its own
    assert rules_figs("Thành phố họp về giao thông",
                      "Năm nay thành phố khởi công 14 dự án. Năm tới, các chủ đầu tư sẽ khởi công thêm 9 dự án.",
                      monkeypatch) == [
        ("14 dự án", 14, "dự án", "khac"),
        ("9 dự án", 9, "dự án", "khac"),
    ]


def test_money_does_not_continue_a_list(monkeypatch):
    # guards: money, shares and people are counted in every sentence; they carry no list over
    assert rules_figs("Huyện khánh thành nhà cho hộ nghèo",
                      "Huyện đã khánh thành 40 nhà đại đoàn kết trị giá 2 tỷ đồng. Năm tới, huyện chi 3 tỷ đồng cho "
                      "đường điện.", monkeypatch)[-1][3] != "nha_o"


def test_reextract_upgrades_version_8_records(tmp_path):
    """VERSION 9 reads base pay as a labour benefit where version 8 read no activity."""
    assert VERSION >= 9
    records = reextracted(tmp_path, "Nhiều chính sách mới có hiệu lực từ tháng 7",
                          "Từ ngày 1/7, lương cơ sở tăng lên 1.500.000 đồng/tháng đối với cán bộ, công chức.", 8,
                          '{"organizations": [], "figures": [{"value": 1500000, "unit": "đồng", "activity": "khac"}]}')
    assert {(f["unit"], f["activity"]) for f in records["figures"]} >= {("đồng", "chinh_sach")}
