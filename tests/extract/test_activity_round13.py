"""Exact records for classes of activity errors seen on several tuning splits (round 13: the fishing
fleet of the offshore-fishing programme, a pig farm's herd and its slump), fixed as classes. Every
sentence here is written for the test; the rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- the fishing fleet (Decree 67)

def test_steel_boats_built_under_the_fishing_decree_are_livelihood():
    # version 13 (rules): no cue of ours, khac
    got = figs("Tàu vỏ thép nằm bờ",
               "Toàn tỉnh có 12 tàu vỏ thép đóng theo Nghị định 67 đang nằm bờ vì máy hỏng.")
    assert ("12 tàu vỏ thép", 12, "tàu vỏ thép", "sinh_ke") in got


def test_a_district_fleet_and_its_engine_power_are_livelihood():
    # version 13 (rules): khac for both
    got = figs("Huyện biển phát triển đội tàu",
               "Huyện hiện có 1.450 tàu, thuyền các loại với tổng công suất 96.000 CV.")
    assert ("1.450 tàu", 1450, "tàu", "sinh_ke") in got
    assert ("96.000 CV", 96000, "cv", "sinh_ke") in got


def test_fuel_and_hull_insurance_support_for_fishermen_is_livelihood_not_a_gift():
    # version 13 (rules): "hỗ trợ" voted tham_hoi_tang_qua
    got = figs("Hỗ trợ ngư dân bám biển",
               "Năm qua tỉnh đã chi 85 tỷ đồng hỗ trợ nhiên liệu, bảo hiểm thân tàu cho ngư dân.")
    assert ("85 tỷ đồng", 85e9, "đồng", "sinh_ke") in got


def test_a_boat_sunk_in_a_storm_stays_the_disaster():
    # guard: the fleet's cues do not take a storm's losses
    got = figs("Bão đánh chìm tàu cá",
               "Cơn bão số 3 đã làm chìm 4 tàu, thuyền của ngư dân đang neo đậu trong vịnh.")
    assert ("4 tàu", 4, "tàu", "thien_tai") in got


# ---------------------------------------------------------------- a pig farm's herd

def test_fattening_pigs_and_sows_of_farms_are_livelihood():
    # version 13 (rules): khac
    got = figs("Giá lợn xuống thấp",
               "Trong tỉnh còn khoảng 60.000 con lợn thịt và 3.500 lợn nái chưa bán được.")
    assert ("khoảng 60.000 con lợn thịt", 60000, "lợn thịt", "sinh_ke") in got
    assert ("3.500 lợn nái", 3500, "lợn nái", "sinh_ke") in got


def test_pigs_ready_for_sale_are_livelihood():
    # (passed before round 13 too, by the headline's "người nuôi": a guard that "xuất chuồng" keeps it)
    got = figs("Người nuôi lo lắng",
               "Hiện có 8.000 con lợn đã đạt trọng lượng xuất chuồng nhưng thương lái không mua.")
    assert ("8.000 con lợn", 8000, "lợn", "sinh_ke") in got


def test_a_pig_given_to_a_poor_family_stays_a_gift():
    # guard: pigs alone are no herd ("lợn" is no unit of ours)
    got = figs("Hội phụ nữ chăm lo Tết cho hội viên nghèo",
               "Dịp Tết, Hội đã trao tặng 6 con lợn cho 6 hộ hội viên nghèo trong xã.")
    assert ("6 con lợn", 6, "lợn", "tham_hoi_tang_qua") in got


# ---------------------------------------------------------------- health-insurance premiums

def test_a_health_insurance_premium_as_a_share_of_base_pay_is_health():
    # version 13 (rules): "lương cơ sở" right after the percentage voted chinh_sach as its counted noun
    got = figs("Điều chỉnh phí bảo hiểm y tế",
               "Từ năm sau, mức đóng BHYT của học sinh sẽ bằng 4,5% lương cơ sở.")
    assert ("4,5%", 4.5, "%", "y_te") in got


def test_household_health_insurance_fees_are_health():
    # (passed before round 13 too, by "bhyt": a guard that the premium cues keep it health)
    got = figs("Người dân lo tăng phí",
               "Phí BHYT hộ gia đình dự kiến tăng thêm khoảng 8% trong năm tới.")
    assert ("khoảng 8%", 8, "%", "y_te") in got


def test_social_insurance_contribution_rates_stay_policy():
    # guard: the premium cues are health insurance's only; social insurance keeps chinh_sach
    got = figs("Giảm mức đóng bảo hiểm",
               "Chính phủ quyết định giảm mức đóng bảo hiểm xã hội từ 18% xuống 17% quỹ tiền lương.")
    assert ("18%", 18, "%", "chinh_sach") in got


def test_the_base_pay_itself_stays_policy():
    # guard: the base pay is no percentage's base ("lương cơ sở" still votes for what follows it)
    got = figs("Tăng lương cho công chức",
               "Từ tháng 7, mức lương cơ sở tăng lên 1.490.000 đồng/tháng.")
    assert ("1.490.000 đồng", 1490000, "đồng", "chinh_sach") in got


# ---------------------------------------------------------------- health advice and home remedies

def test_the_doses_of_a_home_remedy_for_a_childhood_disease_are_health():
    # version 13 (rules): a sparse general-news page, khac
    got = figs("Cách phòng bệnh sởi cho trẻ bằng lá tía tô",
               "Theo đông y, lá tía tô có tác dụng trị bệnh sởi ở trẻ nhỏ. Mỗi ngày dùng 20g lá tía tô "
               "nấu nước cho trẻ uống.")
    assert ("20g", 20, "g", "y_te") in got


def test_a_vaccine_s_protection_rate_is_health():
    # version 13 (rules): khac
    got = figs("Tiêm phòng cho trẻ trước mùa dịch",
               "Vắc xin phòng thủy đậu giúp trẻ tránh được bệnh tới 85%.")
    assert ("85%", 85, "%", "y_te") in got


def test_the_base_pay_in_brackets_after_a_premium_stays_policy():
    # version 13 (rules, before the bracket rule): the premium cue before it won, y_te; a figure in
    # brackets right after a noun is that noun's value (guideline: base pay -> chinh_sach)
    got = figs("Điều chỉnh phí bảo hiểm y tế",
               "Hiện nay mức đóng BHYT bằng 4,5% lương cơ sở (1.490.000 đồng/tháng).")
    assert ("4,5%", 4.5, "%", "y_te") in got
    assert ("1.490.000 đồng", 1490000, "đồng", "chinh_sach") in got
