"""Exact records for classes of activity errors seen on the tuning splits (round 15, from test8's
first sight and checked on dev2, dev8-dev11, test7: ground subsidence, Vietnamese workers abroad),
fixed as classes. Every sentence here is written for the test; the rules alone are under test (the
learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- ground subsidence

def test_sinkholes_in_a_field_are_a_land_hazard():
    # version 15 (rules): khac (no disaster cue: "sụt lún" was not one, only "sụp lún")
    got = figs("Ruộng lúa xuất hiện hố lạ, dân hoang mang",
               "Sáng qua, người dân phát hiện 3 hố sụt lún giữa ruộng, hố lớn nhất rộng khoảng 25m2.")
    assert ("3 hố", 3, "hố", "thien_tai") in got
    assert ("khoảng 25m2", 25, "m2", "thien_tai") in got


def test_a_falling_price_is_no_subsidence():
    # guard: "sụt" alone (a drop in prices or sales) is no land hazard
    got = figs("Thị trường xe máy chững lại",
               "Doanh số xe máy tháng này sụt 5% so với tháng trước.")
    assert ("5%", 5, "%", "khac") in got


# ---------------------------------------------------------------- Vietnamese workers abroad

def test_vietnamese_workers_abroad_are_labour_export():
    # version 15 (rules): khac (no cue of ours: "lao động" alone is no job placement)
    got = figs("Căng thẳng ở vùng Vịnh, người lao động lo lắng",
               "Hiện có khoảng 2.500 lao động Việt Nam đang làm việc theo hợp đồng tại nước này.")
    assert ("khoảng 2.500 lao động", 2500, "lao động", "viec_lam") in got


def test_the_labour_confederation_is_no_migrant_worker():
    # guard: the confederation's name holds "lao động Việt Nam"; its members counted stay its
    # communication work, not labour export
    got = figs("Công đoàn đẩy mạnh thông tin",
               "Tổng Liên đoàn Lao động Việt Nam tổ chức 12 buổi tuyên truyền pháp luật cho đoàn viên.")
    assert ("12 buổi", 12, "buổi", "tuyen_truyen") in got


# ---------------------------------------------------------------- a gift verb governing the figure

def test_a_gift_verb_of_the_figures_phrase_outweighs_a_general_news_story():
    # version 15 (rules): khac (the general-news and genre priors of an art show outvoted the
    # "trao tặng" of the figure's own phrase); activities.toml [governing]
    got = figs("Triển lãm tranh của họa sĩ trẻ khai mạc",
               "Triển lãm trưng bày 45 bức tranh sơn dầu về phố cổ. "
               "Nhân dịp này, họa sĩ trao tặng bảo tàng tỉnh 5 bức tranh.")
    assert ("5 bức tranh", 5, "tranh", "tham_hoi_tang_qua") in got
    # guard: the paintings shown, with no gift verb, stay general news
    assert ("45 bức tranh", 45, "tranh", "khac") in got


def test_a_subsidy_with_its_purpose_keeps_the_storys_livelihood():
    # guard: "hỗ trợ" alone is no governing gift verb: money for seedlings in a farming story is
    # the livelihood programme, not a gift
    got = figs("Nông dân trồng dâu nuôi tằm thu lãi cao",
               "Huyện hỗ trợ các hộ 20 triệu đồng mua giống dâu mới. "
               "Mỗi năm, gia đình anh thu lãi 150 triệu đồng từ nghề trồng dâu.")
    assert ("20 triệu đồng", 20000000, "đồng", "sinh_ke") in got
