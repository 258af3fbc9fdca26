"""Exact records for classes of activity errors seen on the tuning splits dev6, dev7 and dev8
(round 9), fixed as classes: a feature story of how someone makes a living is livelihood
throughout. Every sentence here is written for the test; the rules alone are under test (the
learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- feature story of a livelihood

FARMER_STORY = (
    "Làm giàu từ vườn bưởi trên đất bãi",
    "Mười năm trước, anh Lê Văn Tâm vay vốn ngân hàng để cải tạo khu đất bãi ven sông thành trang trại. "
    "Nhờ chuyên canh bưởi da xanh, mỗi năm gia đình anh thu về hơn 500 triệu đồng tiền lời sau khi trừ chi phí. "
    "Vợ chồng anh nuôi 3 con ăn học đại học. "
    "Hiện khu vườn của anh rộng 2 ha với khoảng 1.200 gốc bưởi.")


def test_a_livelihood_feature_story_reads_its_figures_as_livelihood():
    # version 9 (rules) read the children, the plot and the trees as khac: no cue in their sentences
    assert figs(*FARMER_STORY) == [
        ("hơn 500 triệu đồng", 500e6, "đồng", "sinh_ke"),
        ("3 con", 3, "con", "sinh_ke"),
        ("2 ha", 2, "ha", "sinh_ke"),
        ("khoảng 1.200 gốc bưởi", 1200, "gốc bưởi", "sinh_ke"),
    ]


def test_a_livelihood_headline_over_other_news_stays_khac():
    # guards: the headline word alone does not make a feature story; the body must be about livelihood
    assert figs("Doanh nghiệp nuôi hy vọng vào thị trường chứng khoán",
                "Phiên giao dịch hôm qua, chỉ số chứng khoán tăng mạnh. Có 120 mã cổ phiếu tăng giá, "
                "giá trị giao dịch đạt 8.000 tỷ đồng.") == [
        ("120 mã", 120, "mã", "khac"),
        ("8.000 tỷ đồng", 8000e9, "đồng", "khac"),
    ]


# ---------------------------------------------------------------- the capital of banks and public works

def test_capital_of_a_public_work_is_general_news():
    # version 9 (rules) read both as sinh_ke ("nguồn vốn", "huy động" vote for loans and drives)
    assert figs("Dự án đường vành đai thiếu vốn",
                "Theo báo cáo, tổng nhu cầu vốn của dự án khoảng 20.000 tỷ đồng, trong đó nguồn vốn nhà nước "
                "chiếm 40%, phần còn lại là nguồn vốn huy động từ các nhà đầu tư.") == [
        ("khoảng 20.000 tỷ đồng", 20_000e9, "đồng", "khac"),
        ("40%", 40, "%", "khac"),
    ]


def test_a_loan_to_poor_households_stays_livelihood():
    # guards what worked: a loan to the poor is sinh_ke
    assert figs("Ngân hàng Chính sách xã hội huyện giải ngân vốn vay",
                "Năm nay, ngân hàng đã cho vay 320 hộ nghèo với tổng dư nợ 15 tỷ đồng.") == [
        ("320 hộ", 320, "hộ", "sinh_ke"),
        ("15 tỷ đồng", 15e9, "đồng", "sinh_ke"),
    ]


# ---------------------------------------------------------------- accidents: a drowning in a farm pond

def test_children_drowned_in_a_farm_pond_are_news_and_the_cash_to_families_a_gift():
    # version 9 (rules) read the children as thien_tai ("đuối nước", "hồ chứa") and the cash as
    # disaster relief
    assert figs("Trẻ nhỏ chết đuối thương tâm ở nông trường",
                "Chiều qua, 2 em nhỏ trượt chân xuống hồ chứa nước tưới cà phê của một nông trường và chết đuối. "
                "Ủy ban nhân dân xã đã hỗ trợ mỗi gia đình 3 triệu đồng để lo hậu sự.") == [
        ("2 em nhỏ", 2, "em nhỏ", "khac"),
        ("3 triệu đồng", 3e6, "đồng", "tham_hoi_tang_qua"),
    ]


def test_a_boat_capsized_at_sea_stays_a_disaster():
    # guards what worked: people rescued from a capsized boat are thien_tai
    assert figs("Lật thuyền trên biển, cứu sống 5 người",
                "Do sóng lớn, một thuyền đánh cá bị lật úp. Lực lượng cứu hộ đã cứu sống 5 người, "
                "1 người bị đuối nước đang được tìm kiếm.") == [
        ("5 người", 5, "người", "thien_tai"),
        ("1 người", 1, "người", "thien_tai"),
    ]


# ---------------------------------------------------------------- sport and a fire's rescue force

def test_a_footballer_contributing_assists_is_sport_news():
    # version 9 (rules) read "đóng góp 2 đường kiến tạo" as a donation (quyen_gop)
    assert figs("Tiền đạo trẻ tỏa sáng",
                "Trong trận đấu tối qua, tiền đạo này đóng góp 3 đường kiến tạo giúp đội nhà thắng đậm.") == [
        ("3 đường kiến tạo", 3, "đường kiến tạo", "khac"),
    ]


def test_people_led_out_of_a_fire_by_the_rescue_force_are_fire_news():
    # version 9 (rules) read them as thien_tai: "cứu nạn cứu hộ" named the fire police's force
    assert figs("Cháy quán karaoke lúc rạng sáng",
                "Nhận tin báo, Cảnh sát PCCC đã điều 5 xe chữa cháy tới hiện trường. Lực lượng cứu nạn cứu hộ "
                "đã đưa 12 người ra khỏi đám cháy an toàn.") == [
        ("5 xe chữa cháy", 5, "xe chữa cháy", "khac"),
        ("12 người", 12, "người", "khac"),
    ]


# ---------------------------------------------------------------- the war dead and civil servants' pay

def test_a_mass_grave_of_the_war_dead_is_policy_for_martyrs():
    # version 9 (rules) read the grave and the fallen as khac: no cue of ours near them
    assert figs("Tìm kiếm mộ tập thể ở chân núi",
                "Theo nhân chứng, dưới chân núi có 2 mộ tập thể chôn khoảng 80 chiến sĩ đã hy sinh năm 1972.") == [
        ("2 mộ tập thể", 2, "mộ tập thể", "chinh_sach"),
        ("khoảng 80 chiến sĩ", 80, "chiến sĩ", "chinh_sach"),
    ]


# ---------------------------------------------------------------- a story of one programme

def test_a_housing_story_lends_its_programme_to_figures_without_a_cue():
    # version 9 (rules) read the floors and the families as khac: no cue in their sentences
    assert figs("Sắp có thêm nhà ở xã hội cho công nhân",
                "Thành phố vừa khởi công dự án nhà ở xã hội cho công nhân khu công nghiệp, bán với giá ưu đãi. "
                "Tòa nhà cao 15 tầng. Khi hoàn thành, nơi đây sẽ là chỗ ở của khoảng 900 gia đình.") == [
        ("15 tầng", 15, "tầng", "nha_o"),
        ("khoảng 900 gia đình", 900, "gia đình", "nha_o"),
    ]


def test_a_storm_story_does_not_lend_its_activity():
    # guards: disaster stories count much else (the weather, a town's history); no evidence stays khac
    assert figs("Bão số 3 gây thiệt hại nặng",
                "Bão số 3 gây mưa lớn, nhiều nhà bị tốc mái. Ngôi chùa cổ của thị trấn có 8 pho tượng quý.") == [
        ("8 pho tượng", 8, "tượng", "khac"),
    ]


# ---------------------------------------------------------------- prizes, lotteries and inspection teams

def test_a_lottery_jackpot_and_a_state_award_are_no_gifts():
    # version 9 (rules) read both as tham_hoi_tang_qua ("trao", "tặng")
    assert figs("Kết quả xổ số tối qua",
                "Công ty xổ số đã trao giải jackpot trị giá hơn 30 tỷ đồng cho một khách hàng. "
                "Cùng ngày, Chủ tịch nước trao giải thưởng Hồ Chí Minh cho 3 công trình khoa học.") == [
        ("hơn 30 tỷ đồng", 30e9, "đồng", "khac"),
        ("3 công trình", 3, "công trình", "khac"),
    ]


def test_inspection_teams_founded_are_administration():
    # version 9 (rules) read them as xay_dung_to_chuc ("thành lập")
    assert figs("Quận siết kỷ cương công vụ",
                "Quận đã thành lập 3 tổ kiểm tra công vụ tại các phường.") == [
        ("3 tổ kiểm tra", 3, "tổ kiểm tra", "khac"),
    ]


# ---------------------------------------------------------------- a polluter's disaster, resorts

def test_a_polluters_disaster_at_sea_is_no_green_village_work():
    # version 9 (rules) read the provinces as nong_thon_moi ("môi trường" inside "sự cố môi trường")
    assert figs("Bồi thường cho ngư dân sau sự cố",
                "Sau sự cố môi trường, ngư dân nhận tiền bồi thường. Tỉnh đã chi trả hỗ trợ cho ngư dân. "
                "Sự cố môi trường ảnh hưởng tới 3 tỉnh ven biển.") == [
        ("3 tỉnh", 3, "tỉnh", "khac"),
    ]


def test_resort_projects_on_forest_land_are_tourism_news():
    # version 9 (rules) read the projects as nong_thon_moi ("rừng tự nhiên")
    assert figs("Tranh cãi quanh quy hoạch bán đảo",
                "Phần lớn diện tích rừng tự nhiên của bán đảo đã được giao cho 12 dự án phát triển du lịch.") == [
        ("12 dự án", 12, "dự án", "khac"),
    ]


# ---------------------------------------------------------------- fishermen's groups, farm output

def test_fishermens_solidarity_groups_and_farm_output_are_livelihood():
    # version 9 (rules) read both as khac: no cue of ours in their sentences
    assert figs("Ngư dân liên kết bám biển",
                "Toàn huyện đã thành lập 25 tổ đoàn kết trên biển. "
                "Năm qua, giá trị thu từ ngành nông nghiệp của xã đạt 80 tỷ đồng.") == [
        ("25 tổ đoàn kết", 25, "tổ đoàn kết", "sinh_ke"),
        ("80 tỷ đồng", 80e9, "đồng", "sinh_ke"),
    ]


# ---------------------------------------------------------------- charity

def test_money_raised_in_a_charity_box_is_a_donation():
    # version 9 (rules) read it as y_te (the hospital around it)
    assert figs("Đêm nhạc tại bệnh viện",
                "Kết thúc đêm nhạc, thùng từ thiện đặt tại sảnh bệnh viện đã quyên được 12 triệu đồng.") == [
        ("12 triệu đồng", 12e6, "đồng", "quyen_gop"),
    ]
