"""act49: activity classes found by hand-judging 80 fresh 2017 articles that name our organisation
kinds (584 figures): social-insurance arrears read as general news, admission scores read as no
schooling, and the price of power read as a farmer's selling price. Cue data in activities.toml.
Sentences of our own, not from the gold articles or the judged sample."""
from article_case import cues, figs_both


# --- social-insurance arrears are the workers' benefits (chinh_sach), wage arrears stay general news

def test_insurance_arrears_outrun_the_general_debt_words():
    assert cues("Nhiều công ty nợ đọng bảo hiểm xã hội kéo dài") == [("nợ đọng bảo hiểm xã hội", "chinh_sach", 2.0)]
    assert cues("Doanh nghiệp chậm đóng BHXH cho công nhân") == [("chậm đóng bhxh", "chinh_sach", 2.0)]
    assert cues("Công ty nợ bảo hiểm nhiều tháng") == [("nợ bảo hiểm", "chinh_sach", 2.0)]
    assert cues("Có doanh nghiệp nợ quỹ BHXH") == [("nợ quỹ bhxh", "chinh_sach", 2.0)]


def test_other_debts_keep_the_general_news_words():
    # a commune's public-works debt and a late payment of rent are no insurance
    assert cues("Xã còn nợ đọng xây dựng cơ bản") == [("nợ đọng", "khac", 1.5)]
    assert cues("Công ty chậm đóng tiền thuê đất") == [("chậm đóng", "khac", 1.5)]


def test_an_arrears_story_is_chinh_sach_throughout():
    # was khac by both: "nợ đọng" (general news) outvoted "bảo hiểm xã hội"
    rules, combined = figs_both(
        "Nhiều doanh nghiệp nợ đọng bảo hiểm xã hội",
        "Đến tháng 5, các doanh nghiệp trong huyện nợ đọng bảo hiểm xã hội 35 tỷ đồng. "
        "Cơ quan bảo hiểm đã gửi thông báo tới 40 doanh nghiệp.")
    assert rules == combined == [("35 tỷ đồng", 35000000000.0, "đồng", "chinh_sach"),
                                 ("40 doanh nghiệp", 40.0, "doanh nghiệp", "chinh_sach")]


def test_firms_sued_for_late_contributions_are_chinh_sach():
    # was khac by both ("chậm đóng")
    rules, combined = figs_both("Khởi kiện doanh nghiệp",
                                "Công đoàn chuẩn bị khởi kiện 12 doanh nghiệp chậm đóng BHXH cho người lao động.")
    assert rules == combined == [("12 doanh nghiệp", 12.0, "doanh nghiệp", "chinh_sach")]


def test_wage_arrears_stay_khac():
    rules, combined = figs_both("Công ty nợ lương công nhân", "Công ty nợ lương 300 công nhân suốt ba tháng.")
    assert rules == combined == [("300 công nhân", 300.0, "công nhân", "khac")]


# --- admission scores and thresholds are the exam's (tuyen_truyen)

def test_admission_words_are_schooling_cues():
    assert cues("Trường công bố điểm chuẩn và điểm sàn xét tuyển") == [
        ("điểm chuẩn", "tuyen_truyen", 2.0), ("điểm sàn", "tuyen_truyen", 2.0), ("xét tuyển", "tuyen_truyen", 1.5)]
    assert cues("Mức điểm nhận hồ sơ năm nay") == [("điểm nhận hồ sơ", "tuyen_truyen", 2.0)]


def test_the_score_an_academy_takes_applications_at_is_schooling():
    # was khac by both: no exam word near the score
    rules, combined = figs_both("Trường quân đội công bố điểm",
                                "Học viện nhận hồ sơ xét tuyển từ 18 điểm với tổ hợp A00.")
    assert rules == combined == [("18 điểm", 18.0, "điểm", "tuyen_truyen")]


# --- the price of power and fuel is market news (khac), a crop's selling price stays a livelihood

def test_power_and_fuel_prices_are_general_news_cues():
    assert cues("EVN điều chỉnh giá bán điện bình quân") == [("giá bán điện", "khac", 1.5)]
    assert cues("Giá xăng dầu tăng") == [("giá xăng dầu", "khac", 1.5)]
    assert cues("Giá bán cà phê nhân tăng") == [("giá bán", "sinh_ke", 0.5), ("cà phê", "sinh_ke", 0.8)]


def test_a_power_price_story_is_no_livelihood():
    # was sinh_ke by both: "giá bán" (a selling price) throughout made it the story's activity
    rules, combined = figs_both(
        "Điều chỉnh giá bán điện bình quân",
        "Khi giá bán điện bình quân cần tăng từ 3% đến dưới 5%, tập đoàn được tự điều chỉnh. "
        "Khi giá bán điện bình quân cần tăng từ 5% đến dưới 10%, Bộ Công Thương xem xét. "
        "Giá bán điện bình quân được rà soát mỗi 6 tháng, lần gần nhất tăng 6,08%.")
    # (fig62: the rule's half-open bands "từ 3% đến dưới 5%" pick its clause and are no figures, guideline
    # test17 and dev19 p3; the rise actually made carries the activity test)
    assert rules == combined == [("6,08%", 6.08, "%", "khac")]


def test_a_crop_price_stays_a_livelihood():
    rules, combined = figs_both("Giá cà phê tăng mạnh",
                                "Giá bán cà phê nhân tại Đắk Lắk lên 45.000 đồng/kg, nông dân phấn khởi.")
    assert rules == combined == [("45.000 đồng", 45000.0, "đồng", "sinh_ke")]
