"""Exact records for the activity errors of sinh_ke (livelihoods), viec_lam (jobs) and y_te (health)
seen on several tuning splits (round 11: dev6, dev7, dev8, dev9, test7), fixed as classes. Every
sentence here is written for the test; the rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- crops, herds and catches counted

def test_a_crop_area_named_after_the_figure_is_livelihood():
    # version 11 (rules): no verb of ours near "ha", khac
    got = figs("Nhìn lại một năm của tỉnh miền núi",
               "Theo số liệu của huyện, đến cuối năm toàn huyện còn 4.120 ha cà phê và 870 ha cao su.")
    assert ("4.120 ha", 4120, "ha", "sinh_ke") in got
    assert ("870 ha", 870, "ha", "sinh_ke") in got


def test_a_herd_size_and_the_price_farmers_get_are_livelihood():
    got = figs("Thị trường đầu năm",
               "Năm ngoái tổng đàn lợn của tỉnh đạt 950.000 con. Hiện giá lợn hơi chỉ còn 28.000 đồng/kg.")
    assert ("950.000 con", 950000, "con", "sinh_ke") in got
    assert ("28.000 đồng", 28000, "đồng", "sinh_ke") in got


def test_fishing_boats_and_catches_are_livelihood():
    got = figs("Tổng kết năm của ngành",
               "Cả huyện hiện có 1.250 tàu cá, năm nay phấn đấu khai thác 40.000 tấn hải sản.")
    assert ("1.250 tàu cá", 1250, "tàu cá", "sinh_ke") in got
    assert ("40.000 tấn", 40000, "tấn", "sinh_ke") in got


def test_a_poor_familys_rented_field_is_livelihood():
    got = figs("Người đàn ông một mình nuôi mẹ già",
               "Gia đình anh chỉ có 3 sào ruộng khoán, anh còn đi phụ hồ để có tiền lo cho mẹ.")
    assert ("3 sào", 3, "sào", "sinh_ke") in got


def test_a_credit_package_for_farming_is_livelihood():
    # version 11 (rules): "lãi suất" (interest rates, macro-economics) outvoted the loan, khac
    got = figs("Vốn cho nông nghiệp",
               "Ngân hàng Nhà nước đề xuất nâng gói tín dụng ưu đãi lãi suất cho nông dân lên 80.000 tỷ đồng.")
    assert ("80.000 tỷ đồng", 80000000000000, "đồng", "sinh_ke") in got


def test_rice_lost_to_a_flood_stays_a_disaster():
    got = figs("Mưa lũ gây thiệt hại nặng",
               "Đợt mưa lũ vừa qua đã làm 1.500 ha lúa bị ngập úng, hư hỏng hoàn toàn.")
    assert ("1.500 ha", 1500, "ha", "thien_tai") in got


def test_a_cafe_is_no_coffee_farm():
    got = figs("Khai trương phố đi bộ", "Khu phố mới có 35 quán cà phê và nhà hàng mở cửa đến khuya.")
    assert got == [("35 quán", 35, "quán", "khac")]


# ---------------------------------------------------------------- hired labour and its pay

def test_a_domestic_helpers_wage_is_a_job():
    # version 11 (rules): no cue of ours (the pay), khac
    got = figs("Khó tìm người giúp việc sau Tết",
               "Chị Lan thuê người giúp việc trông con nhỏ, ngoài lương cứng 4,5 triệu đồng còn thưởng thêm.")
    assert ("4,5 triệu đồng", 4500000, "đồng", "viec_lam") in got


def test_hired_hands_and_their_earnings_are_jobs():
    # version 11 (rules): "thu nhập" (income) read the hands' pay as the owner's livelihood
    got = figs("Chàng trai khởi nghiệp từ xưởng mộc",
               "Xưởng của anh thường xuyên sử dụng 12 nhân công, mỗi nhân công có thu nhập 6 triệu đồng/tháng.")
    assert ("12 nhân công", 12, "nhân công", "viec_lam") in got
    assert ("6 triệu đồng", 6000000, "đồng", "viec_lam") in got


def test_an_offices_assisting_staff_are_no_domestic_helpers():
    got = figs("Kiện toàn bộ máy", "Bộ máy giúp việc của ban chỉ đạo gồm 7 cán bộ của sở.")
    assert ("7 cán bộ", 7, "cán bộ", "khac") in got


# ---------------------------------------------------------------- illness and treatment

def test_people_struck_by_a_treatment_accident_are_health_news():
    # version 11 (rules): no cue of ours near "người", khac
    got = figs("Sự cố y khoa", "Có 9 người bị sốc phản vệ trong lúc chạy thận tại bệnh viện huyện.")
    assert ("9 người", 9, "người", "y_te") in got


def test_bouts_of_an_illness_are_health_news():
    got = figs("Nghị lực của người mẹ", "Chị đã 3 lần chiến đấu với căn bệnh ung thư vú.")
    assert ("3 lần", 3, "lần", "y_te") in got


def test_blood_given_to_patients_in_hospital_is_treatment_not_a_blood_drive():
    got = figs("Một năm của khoa cấp cứu",
               "Năm qua khoa đã điều trị cho 320 ca, truyền máu 8.400ml cho người bệnh.")
    assert ("8.400ml", 8400, "ml", "y_te") in got


def test_a_carcinogen_seized_is_food_safety_news_not_illness():
    got = figs("Thu giữ thực phẩm bẩn",
               "Đội quản lý thị trường tạm giữ 1,5 tấn xúc xích nghi chứa chất gây ung thư.")
    assert ("1,5 tấn", 1.5, "tấn", "khac") in got


def test_a_cancer_survivors_marathon_is_sport():
    got = figs("Cụ bà chiến thắng bệnh ung thư chạy marathon",
               "Cụ đã hoàn thành đường chạy marathon dài 21 km sau hơn 3 giờ.")
    assert ("21 km", 21, "km", "khac") in got


def test_a_firms_workers_are_no_hired_hands_across_words():
    # "công nhân công ty" holds "nhân công" across its words: no job cue there
    got = figs("Tín hiệu vui đầu năm",
               "Công nhân Công ty May Sông Hồng (100% vốn Hàn Quốc) phấn khởi vui xuân.")
    assert ("100%", 100, "%", "khac") in got


def test_a_fishing_boat_sunk_in_a_storm_stays_a_disaster():
    got = figs("Bão gây thiệt hại trên biển", "Cơn bão số 2 đã làm chìm 3 tàu cá của ngư dân khi đang neo đậu.")
    assert ("3 tàu cá", 3, "tàu cá", "thien_tai") in got


# ---------------------------------------------------------------- jobs created beside loans; commas

def test_jobs_created_after_the_loans_are_jobs():
    # version 11 (rules): the loans and poverty cues before the comma outvoted the jobs
    got = figs("Tín dụng chính sách tiếp sức người nghèo",
               "Năm qua ngân hàng đã cho 3.200 hộ vay vốn, giúp 850 hộ thoát nghèo, tạo việc làm cho 1.240 lao động.")
    assert ("1.240 lao động", 1240, "lao động", "viec_lam") in got
    assert ("850 hộ", 850, "hộ", "sinh_ke") in got


def test_a_cue_after_a_comma_is_no_counted_noun():
    # version 11 (rules): ", giải quyết việc làm" right after the figure voted as its counted noun
    got = figs("Cây cao su đến năm 2025",
               "Dự kiến toàn huyện thu hoạch 1.800 tấn mủ cao su, giá trị sản xuất 90 tỷ đồng, giải quyết việc làm "
               "cho 2.000 lao động.")
    assert ("90 tỷ đồng", 90000000000, "đồng", "sinh_ke") in got
    assert ("2.000 lao động", 2000, "lao động", "viec_lam") in got


def test_a_trade_passed_on_is_vocational_training():
    got = figs("Người thợ gốm giữ lửa cho làng",
               "Mười năm qua, ông đã truyền nghề cho hơn 60 thanh niên trong vùng.")
    assert ("hơn 60 thanh niên", 60, "thanh niên", "viec_lam") in got
