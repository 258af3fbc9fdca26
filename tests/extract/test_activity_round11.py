"""Exact records for classes of activity errors seen on several tuning splits (round 11), fixed as
classes. Every sentence here is written for the test; the rules alone are under test (the learned
classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- signing is no partnership programme

def test_a_decision_signed_by_an_official_is_no_partnership():
    # version 11 (rules) read "ký" (sign) as phoi_hop: the decree's subject decides
    got = figs("Hỗ trợ người lao động mất việc",
               "Công đoàn đã thăm hỏi, tặng quà công nhân. Ngày 10/3, Chủ tịch UBND tỉnh đã ký quyết định "
               "thu hồi 12 lô đất của công ty.")
    assert ("12 lô", 12, "lô", "khac") in got


def test_a_supply_contract_signed_by_a_firm_is_no_partnership():
    got = figs("Công nhân ngộ độc sau bữa ăn ca",
               "Công đoàn công ty đã thăm hỏi công nhân. Trước đó, công ty đã ký hợp đồng với một cơ sở ở "
               "Bình Dương để nấu 2.500 suất ăn trưa mỗi ngày.")
    assert ("2.500 suất ăn", 2500, "suất ăn", "khac") in got


def test_a_partnership_signed_between_bodies_stays_a_partnership():
    got = figs("Hội Nông dân và ngân hàng ký kết phối hợp",
               "Hội Nông dân tỉnh đã ký kết chương trình phối hợp với 3 ngân hàng trên địa bàn.")
    assert ("3 ngân hàng", 3, "ngân hàng", "phoi_hop") in got


# ---------------------------------------------------------------- "ký" after a number is the kilogram

def test_ky_after_a_number_is_a_kilogram_not_a_signing():
    # southern "ký" = kg: version 11 (rules) read "2 ký gạo" bought at the market as phoi_hop
    got = figs("Bữa cơm no cho gia đình nghèo", "Mỗi ngày bà chỉ mua nổi 2 ký gạo cho cả nhà.")
    assert got == [("2 ký", 2, "ký", "khac")]


def test_kilograms_of_rice_handed_to_a_poor_family_are_a_gift():
    got = figs("Hỗ trợ gia đình nghèo", "Đoàn viên mang đến tặng bà cụ 30 ký gạo và một thùng mì.")
    assert got == [("30 ký", 30, "ký", "tham_hoi_tang_qua")]


# ---------------------------------------------------------------- workers starting and leaving work

def test_workers_signing_up_to_work_over_the_holiday_are_jobs():
    # version 11 (rules): no cue of ours near the figure, khac
    got = figs("Công nhân nghỉ Tết",
               "Hàng nghìn công nhân được công đoàn tặng quà Tết. Tại nhà máy may ở Long An, có 650 công nhân "
               "đăng ký làm việc trong các ngày nghỉ Tết.")
    assert ("650 công nhân", 650, "công nhân", "viec_lam") in got


def test_the_share_of_workers_who_quit_after_the_holiday_is_jobs():
    got = figs("Lao động quay lại nhà máy đông đủ",
               "Theo ban quản lý các khu công nghiệp, tỉ lệ nghỉ việc sau Tết năm nay chỉ khoảng 2%.")
    assert got == [("khoảng 2%", 2, "%", "viec_lam")]


def test_theft_that_cost_a_worker_his_job_is_general_news():
    # "nghỉ việc" (leaving work) beside it does not make the stolen goods a jobs figure
    got = figs("Công nhân mất việc vì trộm",
               "Công đoàn đã tặng quà cho công nhân khó khăn. Anh Tâm bị cho nghỉ việc vì lấy cắp "
               "3 chiếc điện thoại trong kho hàng của công ty.")
    assert ("3 chiếc điện thoại", 3, "điện thoại", "khac") in got


# ---------------------------------------------------------------- what a household earns by its trade

def test_a_vendor_s_daily_earnings_are_livelihood():
    # version 11 (rules) read a street vendor's takings as khac: "kiếm được" (earn) is the cue
    got = figs("Gánh bánh bèo nuôi con ăn học",
               "Ngày đắt hàng, chị Hoa kiếm được khoảng 300 nghìn đồng sau khi trừ tiền vốn.")
    assert got == [("khoảng 300 nghìn đồng", 300e3, "đồng", "sinh_ke")]


def test_what_searchers_found_is_not_earnings():
    # "tìm kiếm được" (found) holds "kiếm được"
    got = figs("Tìm thấy hài cốt liệt sĩ tại khu đất cũ",
               "Đội quy tập đã tìm kiếm được 14 hài cốt liệt sĩ trong mùa khô năm nay.")
    assert ("14 hài cốt", 14, "hài cốt", "chinh_sach") in got


# ---------------------------------------------------------------- a shop's gifts to its buyers

def test_a_pre_order_gift_of_a_phone_maker_is_sales_not_a_gift_to_the_needy():
    # version 11 (rules): "quà" beside the figure voted tham_hoi_tang_qua in a phone launch
    got = figs("Điện thoại mới lên kệ tại Việt Nam",
               "Khách đặt mua trước sẽ nhận được bộ quà trị giá 1,5 triệu đồng.")
    assert got == [("1,5 triệu đồng", 1.5e6, "đồng", "khac")]


def test_the_meals_of_a_caterer_s_contract_in_a_hospital_story_are_business():
    # version 11 (rules) lent the story's y_te (workers in hospital) to the meals a caterer was
    # hired to cook: a supply contract is business news; the workers in hospital stay y_te
    assert figs("Hàng trăm công nhân nhập viện sau bữa trưa",
                "Nhiều công nhân phải nhập viện điều trị. Trước đó, công ty đã chấm dứt hợp đồng cung cấp "
                "suất ăn với nhà bếp cũ và thuê một cơ sở khác nấu 1.800 suất ăn trưa.") == [
        ("Hàng trăm công nhân", 100, "công nhân", "y_te"),
        ("1.800 suất ăn", 1800, "suất ăn", "khac"),
    ]


# ---------------------------------------------------------------- accidents and their injured

def test_workers_hurt_in_a_site_accident_are_news_not_health_care():
    # version 11 (rules) read the injured taken to hospital as y_te ("cấp cứu", "bệnh viện")
    assert figs("Giàn giáo đổ sập tại công trường",
                "Khoảng 9 giờ sáng, giàn giáo tại công trường bất ngờ đổ sập khiến 5 công nhân bị chấn thương "
                "nặng, được đưa đi cấp cứu tại bệnh viện tỉnh.") == [("5 công nhân", 5, "công nhân", "khac")]


def test_a_flood_s_injured_stay_the_flood_s():
    assert figs("Mưa lũ gây thiệt hại nặng ở miền núi",
                "Mưa lũ làm 2 người bị thương và cuốn trôi 14 ngôi nhà ven suối.") == [
        ("2 người", 2, "người", "thien_tai"),
        ("14 ngôi nhà", 14, "nhà", "thien_tai"),
    ]


def test_gifts_to_workers_hurt_at_work_stay_gifts():
    # "bị tai nạn lao động" says who got the gift (a descriptor), not what was done
    assert figs("Công đoàn chăm lo Tết cho công nhân",
                "Công đoàn tỉnh đã trao quà Tết cho công nhân có hoàn cảnh khó khăn, bị tai nạn lao động, "
                "ốm đau dài ngày, tổng trị giá 450 triệu đồng.") == [
        ("450 triệu đồng", 450e6, "đồng", "tham_hoi_tang_qua")]


# ---------------------------------------------------------------- cash to the families of the dead

def test_cash_to_each_bereaved_family_is_a_gift_not_disaster_relief():
    # version 11 (rules): "bị nạn" (the victims) named a disaster and the relief rule took the gift
    got = figs("Ba em nhỏ đuối nước khi tắm sông",
               "Chiều qua, ba em học sinh rủ nhau ra sông tắm và bị đuối nước. Xã đã hỗ trợ mỗi gia đình "
               "bị nạn 3 triệu đồng để lo hậu sự.")
    assert ("3 triệu đồng", 3e6, "đồng", "tham_hoi_tang_qua") in got


def test_cash_for_each_person_who_died_is_a_gift():
    got = figs("Sập mỏ đá, nhiều người thương vong",
               "Vụ sập mỏ đá làm 2 người chết. Huyện đã trích ngân sách hỗ trợ mỗi người tử vong 10 triệu đồng.")
    assert ("10 triệu đồng", 10e6, "đồng", "tham_hoi_tang_qua") in got


def test_fishermen_in_distress_at_sea_stay_a_rescue():
    assert figs("Tàu cá bị chìm trên biển",
                "Tàu cá bị sóng lớn đánh chìm, 5 ngư dân gặp nạn đã được tàu bạn cứu sống.") == [
        ("5 ngư dân", 5, "ngư dân", "thien_tai")]


# ---------------------------------------------------------------- gifts in private life

def test_a_singer_s_present_to_his_wife_is_showbiz_news():
    # version 11 (rules) read "tặng" (give) as a gift to the needy
    assert figs("Nam ca sĩ chi tiền tỷ mua quà cho vợ",
                "Nhân kỷ niệm ngày cưới, nam ca sĩ đã tặng vợ một chiếc xe hơi trị giá 2 tỷ đồng.") == [
        ("2 tỷ đồng", 2e9, "đồng", "khac")]


def test_a_valentine_s_present_is_lifestyle_news():
    assert figs("Quà Valentine độc đáo của cặp đôi trẻ",
                "Trong ngày lễ tình nhân, chàng trai tặng bạn gái bó hoa làm từ 99 tờ tiền mệnh giá 100.000 đồng.") == [
        ("99 tờ", 99, "tờ", "khac"), ("100.000 đồng", 1e5, "đồng", "khac")]


def test_gifts_to_old_couples_in_need_stay_gifts():
    assert figs("Hội Phụ nữ thăm các gia đình khó khăn",
                "Hội đã tặng 50 suất quà cho các cặp vợ chồng già neo đơn trong xã.") == [
        ("50 suất quà", 50, "suất quà", "tham_hoi_tang_qua")]
