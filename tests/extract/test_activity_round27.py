"""Exact records for the activity rules of round 27 (branch act27): cues that are ours only in
their programme's context (activities.toml [[gate]]). Credit words vote sinh_ke beside the people a
livelihood programme serves, not of a bank, a company or a state; roads and bridges vote
nong_thon_moi beside a village or the new-rural programme, not of a city. Also cosmetic surgery
(lifestyle news, khac) and a breached dike (thien_tai). Every sentence is written for the test; the
rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("title, body, expected", [
    ("Ngân hàng thương mại báo lãi lớn",
     "Năm qua, ngân hàng cho vay thêm 5.000 tỷ đồng, tổng dư nợ tăng 12%.",
     [("5.000 tỷ đồng", 5000000000000, "đồng", "khac"), ("12%", 12, "%", "khac")]),
    ("Thành phố xin nâng trần nợ",
     "Thành phố đề nghị được vay không quá 60% số thu ngân sách.",
     [("không quá 60%", 60, "%", "khac")]),
    ("Công ty dệt mất khả năng trả nợ",
     "Công ty đã vay 30 tỷ đồng để mua máy móc cho nhà xưởng mới.",
     [("30 tỷ đồng", 30000000000, "đồng", "khac")]),
])
def test_credit_of_banks_companies_and_states_is_general_news(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Vốn ưu đãi đến với bà con vùng cao",
     "Năm nay, huyện giải ngân 12 tỷ đồng cho hộ nghèo vay phát triển sản xuất.",
     [("12 tỷ đồng", 12000000000, "đồng", "sinh_ke")]),
    ("Hội Nông dân xã tổ chức hội nghị",
     "Dư nợ của hội viên nông dân đạt 8 tỷ đồng.",
     [("8 tỷ đồng", 8000000000, "đồng", "sinh_ke")]),
])
def test_credit_to_the_people_a_programme_serves_is_livelihood(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Khởi công cầu vượt sông ở trung tâm thành phố",
     "Cây cầu có chiều dài 150 m, mặt đường rộng 24 m.",
     [("150 m", 150, "m", "khac"), ("24 m", 24, "m", "khac")]),
])
def test_city_bridges_and_streets_are_general_news(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Xã miền núi về đích nông thôn mới",
     "Nhân dân trong xã đã làm được 6 km đường bê tông.",
     [("6 km", 6, "km", "nong_thon_moi")]),
])
def test_village_roads_stay_new_rural(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Hot girl chi tiền tỷ để đẹp hơn",
     "Cô chi 500 triệu đồng cho ca phẫu thuật thẩm mỹ và niềng răng.",
     [("500 triệu đồng", 500000000, "đồng", "khac")]),
])
def test_cosmetic_surgery_is_lifestyle_news(title, body, expected):
    assert figs(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    ("Triều cường đe dọa đồng lúa",
     "Đê bao bị vỡ, đoạn đê xung yếu dài 30 m được bộ đội gia cố suốt đêm.",
     [("30 m", 30, "m", "thien_tai")]),
])
def test_a_breached_dike_is_disaster_news(title, body, expected):
    assert figs(title, body) == expected
