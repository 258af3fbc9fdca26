"""Exact records for classes of activity errors seen on the tuning splits (round 16, grouped across
test8, dev6, dev7, dev9, dev10), fixed as classes in extract/data/activities.toml. Every sentence
here is written for the test; the rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- show business contests

def test_a_talent_shows_judges_are_entertainment():
    # version 16 (rules): tuyen_truyen ("thí sinh", "cuộc thi" read as a school exam)
    got = figs("Cuộc thi ca hát cho thiếu nhi vào chung kết",
               "Tối qua, bốn ca sĩ nhí bước vào đêm thi cuối cùng. Ban giám khảo gồm 3 giám khảo là nhạc sĩ nổi tiếng.")
    assert ("3 giám khảo", 3, "giám khảo", "khac") in got


def test_a_beauty_queens_height_is_no_exam():
    # version 16 (rules): tuyen_truyen ("cuộc thi" of the pageant)
    got = figs("Người đẹp khoe dáng sau sinh",
               "Cô từng đăng quang Á hậu 1 cuộc thi Hoa hậu các dân tộc và cao 1m70.")
    assert ("1m70", 1.7, "m", "khac") in got


def test_exam_candidates_stay_education():
    # guard: the contestants of a school-leaving exam are still education
    got = figs("Kỳ thi tốt nghiệp diễn ra an toàn",
               "Toàn tỉnh có hơn 12.000 thí sinh dự thi tại 30 điểm thi.")
    assert ("hơn 12.000 thí sinh", 12000, "thí sinh", "tuyen_truyen") in got


# ---------------------------------------------------------------- a developer and its buyers

def test_a_developers_mortgaged_project_is_property_news():
    # version 16 (rules): nha_o ("căn hộ", "mua nhà" of a commercial condominium)
    got = figs("Cư dân chung cư khiếu nại chủ đầu tư",
               "Chủ đầu tư đã mang dự án thế chấp ngân hàng để vay 150 tỷ đồng, đến nay chưa giải chấp "
               "nên người mua nhà chưa được cấp giấy chứng nhận.")
    assert ("150 tỷ đồng", 150e9, "đồng", "khac") in got


def test_social_housing_stays_housing():
    # guard: flats of a social-housing project keep their own strong cue
    got = figs("Khởi công dự án nhà ở xã hội",
               "Dự án nhà ở xã hội gồm 500 căn hộ dành cho công nhân có thu nhập thấp.")
    assert ("500 căn hộ", 500, "căn hộ", "nha_o") in got


# ---------------------------------------------------------------- crime at a hospital

def test_a_knife_attack_at_a_hospital_is_crime_news():
    # version 16 (rules): y_te ("bệnh viện", "bệnh nhân" of the scene outvoted the attack)
    got = figs("Người nhà bệnh nhân gây rối tại bệnh viện",
               "Sau khi bị bảo vệ mời ra ngoài, đối tượng quay lại bệnh viện, tay cầm con dao dài khoảng 40cm "
               "đe dọa nhân viên y tế.")
    assert ("khoảng 40cm", 40, "cm", "khac") in got


def test_a_police_investigation_is_no_health_care():
    # version 16 (rules): y_te
    got = figs("Điều tra vụ ném đá vào khoa cấp cứu",
               "Cơ quan điều tra xác định có 2 nghi phạm liên quan đến vụ việc tại bệnh viện huyện.")
    assert ("2 nghi phạm", 2, "nghi phạm", "khac") in got


def test_patients_treated_stay_health_care():
    # guard: the patients a hospital treats stay health care
    got = figs("Bệnh viện tỉnh khám miễn phí cho người nghèo",
               "Các bác sĩ đã khám bệnh, cấp thuốc cho 350 bệnh nhân trong hai ngày.")
    assert ("350 bệnh nhân", 350, "bệnh nhân", "y_te") in got


# ---------------------------------------------------------------- cash to the family of the dead

def test_cash_to_a_storm_victims_family_is_condolence_not_relief():
    # version 16 (rules): thien_tai (the squall named just before took the gift as disaster relief)
    got = figs("Thuyền nan bị lật trong cơn giông, một ngư dân tử vong",
               "Chiều qua, một cơn giông lớn kèm lốc xoáy bất ngờ ập đến khiến chiếc thuyền nan bị lật, ông A tử vong. "
               "UBND xã đã hỗ trợ gia đình nạn nhân 5 triệu đồng, Hội Chữ thập đỏ xã hỗ trợ 2 triệu đồng.")
    assert ("5 triệu đồng", 5e6, "đồng", "tham_hoi_tang_qua") in got
    assert ("2 triệu đồng", 2e6, "đồng", "tham_hoi_tang_qua") in got


def test_relief_to_families_hit_by_a_flood_stays_disaster_relief():
    got = figs("Lũ quét cuốn trôi nhà cửa ở vùng cao",
               "Trận lũ quét đêm qua làm sập và cuốn trôi nhiều nhà dân, thiệt hại nặng về hoa màu. "
               "Huyện đã hỗ trợ mỗi gia đình bị thiệt hại 3 triệu đồng.")
    assert ("3 triệu đồng", 3e6, "đồng", "thien_tai") in got


def test_cash_after_condolences_paid_to_a_drowned_childs_family_is_a_gift():
    # version 16 (rules): khac (general news: the general prior outweighed a lone "hỗ trợ")
    got = figs("Ông ngoại cùng cháu chết đuối khi tắm sông",
               "Chiều qua, ông A dẫn cháu ra sông tắm thì cả hai bị đuối nước, người dân phát hiện và vớt được thi thể "
               "sau 2 giờ tìm kiếm. Ngay sau sự việc, lãnh đạo huyện đã đến chia sẻ mất mát với gia đình và hỗ trợ "
               "3 triệu đồng. Cơ quan công an đang điều tra nguyên nhân vụ tai nạn.")
    assert ("3 triệu đồng", 3e6, "đồng", "tham_hoi_tang_qua") in got


def test_a_share_for_each_bereaved_family_named_after_the_amount_is_a_gift():
    # version 16 (rules): khac (the recipient after the amount voted like a far, unrelated cue)
    got = figs("Hai anh em đuối nước thương tâm",
               "Chiều qua, hai anh em ra hồ chơi và bị đuối nước, người dân đã vớt được thi thể hai em. "
               "Trước mắt, thôn trích quỹ hỗ trợ 500.000 đồng cho mỗi gia đình có người bị nạn.")
    assert ("500.000 đồng", 5e5, "đồng", "tham_hoi_tang_qua") in got


# ---------------------------------------------------------------- credit of the whole economy

def test_economy_wide_and_regional_credit_beside_farm_loans_is_macro_economics():
    # version 16 (rules): sinh_ke ("dư nợ", "tín dụng" read as a loan programme's)
    got = figs("Ngân hàng tăng cho vay nông nghiệp ở miền Tây",
               "Đến cuối tháng 6, tổng dư nợ tín dụng trên địa bàn các tỉnh miền Tây đạt 150.000 tỷ đồng, "
               "cao hơn tăng trưởng tín dụng toàn quốc (tăng trưởng tín dụng toàn nền kinh tế đạt 9,5%).")
    assert ("150.000 tỷ đồng", 150000e9, "đồng", "khac") in got
    assert ("9,5%", 9.5, "%", "khac") in got


def test_a_policy_banks_own_credit_growth_stays_a_loan_programme():
    got = figs("Ngân hàng Chính sách xã hội tăng vốn cho hộ nghèo",
               "Năm nay, Ngân hàng Chính sách xã hội được giao kế hoạch tăng trưởng tín dụng 8% để cho vay "
               "hộ nghèo và hộ cận nghèo.")
    assert ("8%", 8, "%", "sinh_ke") in got


# ---------------------------------------------------------------- the headline figure of a livelihood story

def test_the_takings_in_a_livelihood_storys_headline_are_the_livelihood():
    # version 16 (rules): khac (the story's activity was lent to the body's figures only)
    got = figs("Thu 2 triệu đồng mỗi ngày nhờ trồng dưa lưới",
               "Anh B ở xã C chuyển sang trồng dưa lưới trong nhà màng. Mỗi vụ, anh thu hoạch hơn 10 tấn dưa, "
               "sau khi trừ chi phí còn lãi hơn 100 triệu đồng. Nhiều hộ trong xã đã đến học cách trồng dưa của anh.")
    assert ("2 triệu đồng", 2e6, "đồng", "sinh_ke") in got
