"""act61: the rules' livelihood (sinh_ke) <-> general news (khac) confusion on the tuning splits, fixed as
data in activities.toml: breeding stock given to a household, a commune's poverty rate listed beside its
growth target, income tax read as a household's income, and a commercial bank's capital raised read as a
policy loan. Sentences of our own, not from the tuning articles."""
from article_case import figs_both

from extract.activity import find_cues, taxonomy


def test_breeding_stock_given_is_livelihood_support():
    # was khac by the rules and the classifier: "hỗ trợ" alone votes for a gift, weakly
    rules, combined = figs_both("Chuyện ở xóm nhỏ", "Năm ngoái, Mặt trận xã đã hỗ trợ anh Tâm 4 con dê sinh sản.")
    assert rules == combined == [("4 con dê", 4.0, "dê", "sinh_ke")]
    assert taxonomy().cue_map["dê sinh sản"].activity == "sinh_ke"
    # "sinh sản" alone is biology, no cue
    assert "sinh sản" not in taxonomy().cue_map


def test_the_poverty_rate_is_the_poverty_programmes_beside_a_growth_target():
    # the rate was khac: the growth target before it and the new-rural criteria after it outvoted "hộ nghèo"
    rules, combined = figs_both("Đại hội Đảng bộ xã Tân Lập",
                                "Năm 2018, xã phấn đấu tốc độ tăng trưởng kinh tế đạt 9%; tỷ lệ hộ nghèo giảm 2%; "
                                "giữ vững các tiêu chí nông thôn mới.")
    assert rules == combined == [("9%", 9.0, "%", "khac"), ("2%", 2.0, "%", "sinh_ke")]
    assert taxonomy().cue_map["tỉ lệ hộ nghèo"].activity == "sinh_ke"


def test_income_tax_is_no_households_income():
    # was sinh_ke by the rules and the classifier ("thu nhập" inside the tax's name, the headline's income)
    rules, combined = figs_both("Thí điểm casino: quy định mức thu nhập",
                                "Trước năm 2015, nhà nước đánh thuế thu nhập cá nhân 10% với người thắng từ 10 triệu "
                                "đồng trở lên.")
    assert rules == combined == [("10%", 10.0, "%", "khac"), ("10 triệu đồng", 10000000.0, "đồng", "khac")]
    assert find_cues("nộp thuế thu nhập doanh nghiệp") == []


def test_a_households_income_stays_a_livelihood():
    rules, combined = figs_both("Nông dân tăng thu nhập nhờ trồng cam",
                                "Mỗi năm gia đình anh có thu nhập khoảng 300 triệu đồng từ vườn cam.")
    assert rules == combined == [("khoảng 300 triệu đồng", 300000000.0, "đồng", "sinh_ke")]


def test_a_commercial_banks_capital_raised_is_no_policy_loan():
    # was sinh_ke by the rules and the classifier: the story names the policy bank, so "nguồn vốn" voted
    rules, combined = figs_both("Ngân hàng Chính sách xã hội đồng hành cùng hộ nghèo",
                                "Ngân hàng Chính sách xã hội huyện cho 500 hộ nghèo vay vốn. Ngân hàng Chính sách xã "
                                "hội còn mở 20 điểm giao dịch xã. Năm qua, một ngân hàng thương mại trên địa bàn đã huy "
                                "động nguồn vốn được 5.200 tỷ đồng.")
    assert rules == combined == [("500 hộ", 500.0, "hộ", "sinh_ke"),
                                 ("20 điểm giao dịch", 20.0, "điểm giao dịch", "sinh_ke"),
                                 ("5.200 tỷ đồng", 5200000000000.0, "đồng", "khac")]
