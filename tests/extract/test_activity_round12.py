"""Exact records for classes of activity errors seen on several tuning splits (round 12: green
spaces and marine conservation, the storm season, votes and polls, taxes named for the
environment, burns, a star's private gifts), fixed as classes. Every sentence here is written for
the test; the rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- parks, gardens and their trees

def test_trees_received_for_a_town_garden_are_greenery_not_a_donation():
    # version 12 (rules): "tiếp nhận" voted quyen_gop; the purpose (the garden) decides
    got = figs("Thị xã chỉnh trang công viên",
               "Thị xã đã tiếp nhận 150 cây sao đen để trồng ở vườn hoa trung tâm.")
    assert ("150 cây", 150, "cây", "nong_thon_moi") in got


def test_old_trees_moved_out_of_a_square_are_greenery():
    # (passed before round 12 too: a guard that the garden cues keep tree work green)
    got = figs("Di dời cây xanh quảng trường",
               "Thành phố đã di chuyển hơn 40 cây cổ thụ ra khỏi khu quảng trường để trồng lại ở công viên.")
    assert ("hơn 40 cây cổ thụ", 40, "cây", "nong_thon_moi") in got  # "cây cổ thụ" -> "cây" (fig12, as "cây dừa")


# ---------------------------------------------------------------- coral reefs and marine life

def test_coral_reef_areas_under_threat_are_the_environment():
    # version 12 (rules): no cue of ours, khac
    got = figs("Bảo vệ san hô ở vịnh",
               "Khoảng 15ha rạn san hô quanh đảo đang bị đe dọa bởi tàu thuyền neo đậu.")
    assert ("Khoảng 15ha", 15, "ha", "nong_thon_moi") in got


def test_species_of_a_marine_ecosystem_are_the_environment():
    got = figs("Đa dạng sinh vật biển",
               "Vùng biển này có hệ sinh thái phong phú với hơn 300 loài sinh vật biển, trong đó có 20 loài quý hiếm.")
    assert ("hơn 300 loài sinh vật", 300, "sinh vật", "nong_thon_moi") in got
    assert ("20 loài", 20, "loài", "nong_thon_moi") in got


# ---------------------------------------------------------------- the storm and flood season

def test_households_in_danger_in_the_rainy_season_are_disaster_news():
    # version 12 (rules): no cue of ours near the figures, khac
    got = figs("Nỗi lo của tỉnh ven biển",
               "Điều tỉnh lo nhất trong mùa mưa năm nay là còn hơn 3.500 hộ dân ở 40 xã đang sống trong vùng nguy hiểm.")
    assert ("hơn 3.500 hộ", 3500, "hộ", "thien_tai") in got
    assert ("40 xã", 40, "xã", "thien_tai") in got


# ---------------------------------------------------------------- votes, polls and seats

def test_votes_of_support_in_a_parliament_are_politics_not_a_donation():
    # version 12 (rules): "ủng hộ" voted quyen_gop
    got = figs("Nội các mới được thông qua",
               "Với 312 phiếu ủng hộ, nội các mới đã vượt qua cuộc bỏ phiếu tín nhiệm tại Quốc hội.")
    assert ("312 phiếu", 312, "phiếu", "khac") in got


def test_a_party_s_share_in_a_poll_is_politics():
    got = figs("Thăm dò trước bầu cử",
               "Theo cuộc thăm dò dư luận mới nhất, đảng đối lập đạt mức ủng hộ 38%.")
    assert ("38%", 38, "%", "khac") in got


def test_money_raised_by_a_union_stays_a_donation():
    got = figs("Quyên góp giúp đồng bào",
               "Công đoàn đã vận động đoàn viên quyên góp, ủng hộ được 45 triệu đồng.")
    assert ("45 triệu đồng", 45_000_000, "đồng", "quyen_gop") in got


# ---------------------------------------------------------------- a tax named for the environment

def test_an_environment_tax_s_revenue_is_fiscal_news():
    # version 12 (rules): "môi trường" inside the tax's name voted nong_thon_moi
    got = figs("Thuế bảo vệ môi trường tăng gấp ba",
               "Thuế bảo vệ môi trường với xăng tăng gấp ba từ năm ngoái. Số thu từ thuế bảo vệ môi trường "
               "năm nay đạt khoảng 35.000 tỷ đồng, chiếm gần 3% tổng thu.")
    assert ("khoảng 35.000 tỷ đồng", 35_000_000_000_000, "đồng", "khac") in got
    assert ("gần 3%", 3, "%", "khac") in got


def test_budget_spent_on_protecting_the_environment_stays_the_environment():
    got = figs("Thuế bảo vệ môi trường tăng gấp ba",
               "Thuế bảo vệ môi trường với xăng tăng gấp ba từ năm ngoái. Tuy vậy, chi ngân sách cho bảo vệ "
               "môi trường năm nay chỉ khoảng 8.000 tỷ đồng.")
    assert ("khoảng 8.000 tỷ đồng", 8_000_000_000_000, "đồng", "nong_thon_moi") in got


# ---------------------------------------------------------------- burns, mine ponds, private gifts

def test_pupils_burned_in_a_lab_accident_are_news_not_schooling():
    # version 12 (rules): "học sinh" voted tuyen_truyen
    got = figs("Tai nạn ở trường học",
               "Vụ nổ trong phòng thí nghiệm của trường khiến 2 học sinh bị bỏng nặng.")
    assert ("2 học sinh", 2, "học sinh", "khac") in got


def test_a_mine_s_chemical_ponds_are_no_reservoir():
    # version 12 (rules): "hồ chứa" voted thien_tai
    got = figs("Đóng cửa mỏ quặng",
               "Đoàn kiểm tra phát hiện 6 hồ chứa hóa chất không được che chắn tại khu mỏ.")
    assert ("6 hồ", 6, "hồ", "khac") in got


def test_a_star_s_car_for_his_wife_is_showbiz_news():
    # version 12 (rules): "tặng" voted tham_hoi_tang_qua
    got = figs("Quà khủng của sao",
               "Nam ca sĩ vừa tặng bà xã chiếc xế hộp trị giá 2,5 tỉ đồng nhân kỷ niệm ngày cưới.")
    assert ("2,5 tỉ đồng", 2_500_000_000, "đồng", "khac") in got


# ---------------------------------------------------------------- countries counted

def test_countries_at_an_international_conference_are_foreign_affairs():
    # version 12 (rules): "hội nghị" voted tuyen_truyen
    got = figs("Khai mạc hội nghị khu vực",
               "Hội nghị năm nay có sự tham gia của các bộ trưởng đến từ hơn 40 quốc gia và vùng lãnh thổ.")
    assert ("hơn 40 quốc gia", 40, "quốc gia", "khac") in got


def test_blood_donors_from_several_countries_stay_blood_donation():
    got = figs("Tôn vinh người hiến máu",
               "Lễ tôn vinh những người hiến máu tình nguyện có 50 đại biểu đến từ 7 quốc gia.")
    assert ("7 quốc gia", 7, "quốc gia", "hien_mau") in got
