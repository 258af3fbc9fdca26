"""Exact records for classes of activity errors seen on the tuning split test7 (round 10), fixed
as classes. Every sentence here is written for the test; the rules alone are under test (the
learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- farm production (crops, aquaculture)

def test_a_crop_failure_from_disease_is_livelihood():
    # version 10 (rules) read the areas of a failed rice crop as khac: no cue of ours near them
    got = figs("Nông dân lo lắng vì lúa mất mùa",
               "Vụ lúa năm nay, toàn huyện có 1.200ha lúa bị bệnh khô vằn, "
               "trong đó gần 500ha mất trắng.")
    assert [g for g in got if g[2] == "ha"] == [
        ("1.200ha", 1200, "ha", "sinh_ke"),
        ("gần 500ha", 500, "ha", "sinh_ke"),
    ]


def test_fish_farm_losses_are_livelihood():
    got = figs("Cá nuôi lồng chết hàng loạt",
               "Đến nay đã có 215 hộ nuôi cá lồng trên sông bị thiệt hại, ước tính hơn 30 tỷ đồng.")
    assert ("215 hộ", 215, "hộ", "sinh_ke") in got


# ---------------------------------------------------------------- administrative fines

def test_fines_for_littering_are_law_enforcement_not_the_environment():
    # version 10 (rules) read the offences and the fines as nong_thon_moi by "rác" beside them
    assert figs("Phố sạch hơn nhờ người dân báo tin xả rác",
                "Từ đầu năm, phường đã xử lý vi phạm hành chính 27 trường hợp đổ rác ra lòng đường, "
                "tổng số tiền phạt hơn 35 triệu đồng.") == [
        ("27 trường hợp", 27, "trường hợp", "khac"),
        ("hơn 35 triệu đồng", 35e6, "đồng", "khac"),
    ]


# ---------------------------------------------------------------- a hospital as a building

HOSPITAL_BUILDER = (
    "Người kỹ sư cả đời thiết kế bệnh viện",
    "Ông Hai đã vẽ 12 khu điều trị cho bệnh nhân ở các tỉnh miền Tây. "
    "Thời trẻ, ông từng đi bộ vài trăm mét mỗi ngày để tới xưởng vẽ. "
    "Gia đình ông có 5 người, đều theo nghề kiến trúc.")


def test_a_hospital_designer_s_story_lends_no_health_activity_to_its_figures():
    # version 10 (rules) lent y_te to the walk and the family: headline "bệnh viện" + a body of
    # hospital words made a health-care programme story of a builder's biography; the wards he drew
    # for patients keep their own cues
    assert figs(*HOSPITAL_BUILDER) == [
        ("12 khu điều trị", 12, "khu điều trị", "y_te"),
        ("vài trăm mét", 100, "m", "khac"),
        ("5 người", 5, "người", "khac"),
    ]


def test_output_value_and_greenhouse_support_are_livelihood():
    # version 10 (rules) read the output value per hectare and the greenhouse support as khac (no cue)
    # or as a gift ("hỗ trợ" alone)
    assert figs("Tỉnh khuyến khích đầu tư vào nông nghiệp",
                "Giá trị sản xuất ở các vùng chuyên rau đạt 250 triệu đồng/ha/năm. "
                "Tỉnh có cơ chế hỗ trợ 80 nghìn đồng/m2 nhà màng.") == [
        ("250 triệu đồng", 250e6, "đồng", "sinh_ke"),
        ("80 nghìn đồng", 80e3, "đồng", "sinh_ke"),
    ]


def test_a_crop_disease_is_a_farm_loss_not_a_disaster():
    # version 10 (rules) read the fields lost to rice blast as thien_tai by "thiệt hại" alone
    assert figs("Nông dân lo lắng",
                "Vụ lúa năm nay, bệnh đạo ôn làm 800ha lúa bị thiệt hại nặng.") == [
        ("800ha", 800, "ha", "sinh_ke"),
    ]
    assert figs("Huyện chống dịch đạo ôn", "Bệnh đạo ôn đã làm 800ha lúa bị thiệt hại nặng.") == [
        ("800ha", 800, "ha", "sinh_ke"),
    ]
