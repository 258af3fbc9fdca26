"""Exact records for classes of activity errors seen on the tuning splits (round 14, from dev11's
first sight: childbirth and organ transplants in hospital, the fishing-boat livelihood story,
compensation for damage, the search for the missing, flood-defence works, trade appraisals), fixed
as classes. Every sentence here is written for the test; the rules alone are under test (the learned
classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- childbirth and maternal health

def test_a_mother_in_labour_and_her_newborns_are_health_news():
    # version 14 (rules): khac for all (no cue of ours in the headline nor the body)
    got = figs("Sản phụ 42 tuổi sinh ba",
               "Sản phụ đã có 5 người con, lần này sinh mổ 3 bé với cân nặng 1,8 kg, 1,9 kg và 2 kg.")
    assert ("5 người", 5, "người", "y_te") in got
    assert ("3 bé", 3, "bé", "y_te") in got
    assert ("1,8 kg", 1.8, "kg", "y_te") in got


def test_a_premature_birth_in_the_maternity_ward_is_health_news():
    # version 14 (rules): khac
    got = figs("Chuyện vượt cạn của sản phụ 40 tuổi",
               "Chị mang thai lần thứ 6, nhập khoa sản khi thai được 30 tuần và sinh non một bé nặng 1,4 kg.")
    assert ("1,4 kg", 1.4, "kg", "y_te") in got


def test_postpartum_depression_prevalence_is_health_news():
    # version 14 (rules): khac
    got = figs("Trầm cảm sau sinh: đừng xem nhẹ",
               "Một nghiên cứu cho thấy gần 25% bà mẹ có dấu hiệu trầm cảm sau sinh.")
    assert ("gần 25%", 25, "%", "y_te") in got


def test_a_family_story_without_medicine_stays_general_news():
    # guard: "sinh con" alone is no hospital
    got = figs("Bà mẹ trẻ và 4 đứa con",
               "Chị sinh con năm 20 tuổi và nay đã có 4 đứa con, cả nhà sống vui vẻ ở ngoại ô.")
    assert ("4 đứa con", 4, "con", "khac") in got


# ---------------------------------------------------------------- organ transplants

def test_a_transplant_team_of_doctors_is_health_news():
    # version 14 (rules): khac ("bác sỹ", the southern spelling, was no cue)
    got = figs("Thành công kỹ thuật mới",
               "Kíp ghép tạng gồm 25 bác sỹ, điều dưỡng đã làm việc liên tục trong 9 giờ.")
    assert ("25 bác sỹ", 25, "bác sỹ", "y_te") in got


def test_the_share_of_a_liver_given_is_health_news():
    # version 14 (rules): khac
    got = figs("Con hiến gan cứu bố",
               "Sau ca ghép gan, người con chỉ còn lại 35% thể tích gan nhưng sức khỏe ổn định.")
    assert ("35%", 35, "%", "y_te") in got


# ---------------------------------------------------------------- the fisherman's boat story

def test_a_steel_boat_and_its_tonnage_in_a_fishermans_story_are_livelihood():
    # version 14 (rules): khac (no cue of ours in the sentence; the headline now lends the story)
    got = figs("Ngư dân vươn khơi với tàu vỏ thép",
               "Chiếc tàu dài 25 m, trọng tải 90 tấn, mỗi chuyến đi 20 ngày.")
    assert ("25 m", 25, "m", "sinh_ke") in got
    assert ("90 tấn", 90, "tấn", "sinh_ke") in got


def test_a_fishing_boat_sunk_in_a_storm_stays_the_disaster():
    # guard: the storm is the body's dominant activity, not the fisherman's trade
    got = figs("Tàu cá bị chìm trong bão",
               "Cơn bão làm chìm chiếc tàu dài 15 m, 6 thuyền viên được cứu sống.")
    assert ("15 m", 15, "m", "thien_tai") in got
    assert ("6 thuyền viên", 6, "thuyền viên", "thien_tai") in got


def test_engines_found_not_genuine_by_appraisers_are_general_news():
    # guard: the appraisal of a boat's engines is trade inspection (gold dev10), not the livelihood
    got = figs("Tàu cá hư hỏng sau vài chuyến biển",
               "Đơn vị giám định độc lập phát hiện 4 máy tàu không chính hãng.")
    assert ("4 máy tàu", 4, "máy tàu", "khac") in got


# ---------------------------------------------------------------- compensation

def test_a_developers_compensation_is_no_gift():
    # version 14 (rules): tham_hoi_tang_qua ("hỗ trợ mỗi")
    got = figs("Dân cạnh công trình lo nhà nứt",
               "Chủ đầu tư đã hỗ trợ mỗi hộ 10 triệu đồng tiền đền bù để sửa nhà.")
    assert ("10 triệu đồng", 10e6, "đồng", "khac") in got


def test_land_clearance_compensation_is_general_news():
    got = figs("Dự án cao tốc chậm giải phóng mặt bằng",
               "Tỉnh đã chi 320 tỷ đồng bồi thường cho 450 hộ dân.")
    assert ("320 tỷ đồng", 320e9, "đồng", "khac") in got
    assert ("450 hộ", 450, "hộ", "khac") in got


# ---------------------------------------------------------------- the search for the missing

def test_people_mustered_to_search_for_the_missing_are_rescue():
    # version 14 (rules): quyen_gop ("huy động")
    got = figs("Hai em nhỏ mất tích khi tắm suối",
               "Huyện đã huy động 150 người tham gia tìm kiếm suốt đêm.")
    assert ("150 người", 150, "người", "thien_tai") in got


# ---------------------------------------------------------------- flood-defence works

def test_tide_sluices_and_dikes_of_an_anti_flooding_project_are_disaster_prevention():
    # version 14 (rules): khac
    got = figs("Thành phố đẩy nhanh dự án chống ngập",
               "Dự án gồm 12 cống ngăn triều và 9 km đê bao.")
    assert ("12 cống", 12, "cống", "thien_tai") in got
    assert ("9 km", 9, "km", "thien_tai") in got


# ---------------------------------------------------------------- the poverty programme's communes

def test_disadvantaged_coastal_communes_of_the_poverty_programme_are_livelihood():
    # version 14 (rules): khac
    got = figs("Phê duyệt danh sách xã được hỗ trợ đầu tư",
               "Danh sách gồm 120 xã đặc biệt khó khăn vùng bãi ngang ven biển thuộc 15 tỉnh.")
    assert ("120 xã", 120, "xã", "sinh_ke") in got
    assert ("15 tỉnh", 15, "tỉnh", "sinh_ke") in got


def test_gifts_to_families_in_especially_hard_circumstances_stay_gifts():
    # guard: "đặc biệt khó khăn" alone describes who is helped
    got = figs("Tặng quà gia đình khó khăn",
               "Hội đã trao 50 suất quà cho các gia đình đặc biệt khó khăn trong xã.")
    assert ("50 suất quà", 50, "suất quà", "tham_hoi_tang_qua") in got
