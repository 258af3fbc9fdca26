"""Exact records for classes of activity errors seen on the tuning split test7 (round 10), fixed
as classes. Every sentence here is written for the test; the rules alone are under test (the
learned classifier off)."""
from __future__ import annotations

import pytest

from extract.pipeline import extract_text


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    from extract import learned
    monkeypatch.setattr(learned, "WEIGHT", 0.0)


def figs(title: str, body: str) -> list[tuple]:
    text = f"{title}\n{body}"
    return [(f.text, f.value, f.unit, f.activity) for f in extract_text(text, title=title).figures]


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
