"""act64: activity errors of random general news, found on a seeded fresh sample of 2017 baomoi articles
(and probes of the same corpus for each class) and fixed as data in activities.toml: a football club's prize
money, the small-and-medium-business support law, the fuel-price stabilisation fund, commodity futures on a
foreign exchange, and drownings written as the incident or its victims. Sentences of our own, not from the
articles."""
from article_case import figs_both

from extract.activity import find_cues


def test_a_clubs_prize_money_is_sport_not_a_bonus():
    # was chinh_sach by the rules: the weak "tiền thưởng" and no sport marker but "đội bóng", "HLV"
    # (the league's name is now a marker and the sport story recasts "tiền thưởng")
    rules, combined = figs_both("MU kiếm bộn tiền thưởng từ Europa League",
                                "Đội bóng của HLV Mourinho sẽ nhận được 40 triệu bảng tiền thưởng nếu vô địch Europa "
                                "League.")
    assert rules == combined == [("40 triệu bảng", 40000000.0, "bảng", "khac")]
    # a workers' Tết bonus is unchanged (chế độ chính sách)
    rules, combined = figs_both("Công ty may thưởng Tết cho công nhân",
                                "Năm nay công ty chi 2 tỷ đồng tiền thưởng tết cho công nhân.")
    assert rules == combined == [("2 tỷ đồng", 2000000000.0, "đồng", "chinh_sach")]


def test_the_sme_support_law_is_no_gift():
    # was tham_hoi_tang_qua: the law's "hỗ trợ"
    rules, combined = figs_both("Quốc hội thông qua Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
                                "Luật Hỗ trợ doanh nghiệp nhỏ và vừa gồm 4 chương, 35 điều và có hiệu lực từ năm sau.")
    assert rules == combined == [("4 chương", 4.0, "chương", "khac"), ("35 điều", 35.0, "điều", "khac")]
    assert [c.activity for c in find_cues("Luật hỗ trợ DNNVV")] == ["khac"]


def test_the_fuel_price_stabilisation_fund_raises_no_money():
    # all three were quyen_gop: the fund's "quỹ"
    rules, combined = figs_both("Doanh nghiệp đầu mối trích lập quỹ",
                                "Trong quý II, các doanh nghiệp đã trích hơn 900 tỷ đồng từ quỹ bình ổn giá.")
    assert rules == combined == [("hơn 900 tỷ đồng", 900000000000.0, "đồng", "khac")]
    rules, combined = figs_both("Doanh nghiệp đầu mối trích lập quỹ",
                                "Đến cuối tháng 6, Quỹ BOG có số dư 1.200 tỷ đồng.")
    assert rules == combined == [("1.200 tỷ đồng", 1200000000000.0, "đồng", "khac")]
    # a fund for the poor still collects donations
    rules, combined = figs_both("Quỹ vì người nghèo của huyện",
                                "Năm nay Quỹ vì người nghèo của huyện đã vận động được 500 triệu đồng.")
    assert rules == combined == [("500 triệu đồng", 500000000.0, "đồng", "quyen_gop")]


def test_rubber_futures_abroad_are_market_news_and_a_farm_is_a_livelihood():
    # was sinh_ke: "cao su"
    rules, combined = figs_both("Giá cao su kỳ hạn tại Tokyo tăng",
                                "Giá cao su giao kỳ hạn tháng 7 trên Sở giao dịch hàng hóa Tokyo tăng 5 yên.")
    assert rules == combined == [("5 yên", 5.0, "yên", "khac")]
    rules, combined = figs_both("Nông dân Ea Kly làm giàu từ cao su", "Nông dân xã Ea Kly đã trồng 200 ha cao su.")
    assert rules == combined == [("200 ha", 200.0, "ha", "sinh_ke")]


def test_a_drowning_is_news_and_a_flood_is_a_disaster():
    # both were thien_tai: the bare "đuối nước" (the headline's "học sinh đuối nước" and "vụ đuối nước" now
    # vote khac, weakly)
    rules, combined = figs_both("Ba học sinh đuối nước khi chơi gần hồ",
                                "Chiều qua, 3 học sinh lớp 6 chơi gần hồ và bị đuối nước.")
    assert rules == combined == [("Ba học sinh", 3.0, "học sinh", "khac")]
    rules, combined = figs_both("Vụ đuối nước ở Phú Yên", "Vụ đuối nước khiến 4 người trong một gia đình tử vong.")
    assert rules == combined == [("4 người", 4.0, "người", "khac")]
    # the people a flash flood drowns stay the disaster's
    rules, combined = figs_both("Lũ quét ở Mù Cang Chải", "Lũ quét bất ngờ cuốn trôi nhà cửa, 2 người bị đuối nước.")
    assert rules == combined == [("2 người", 2.0, "người", "thien_tai")]
