"""tidy24: the three per-figure rules that read the verb governing a figure or the words around it
(money received for a cause, gifts next to a disaster, a gift verb against the story's priors) are
one mechanism: the [[context]] rules of activities.toml, read by activity.apply_context with one
finder of the governing verb (activity.governing_verb). No reading changed; these records pin each
rule's behaviour and its guards through the public pipeline. Every sentence is written for the test;
each record is held for the rules alone and with the classifier unless it says otherwise."""
from __future__ import annotations

import dataclasses

import pytest

from article_case import figs, figs_both
from extract import activity


# ---------------------------------------------------------------- received: money collected

def test_money_a_school_receives_under_a_charity_headline_is_money_collected():
    # the receiving verb governs the figure and the headline names donations: quyen_gop
    # (without the rule the school's words read it as schooling, tuyen_truyen)
    rules, combined = figs_both("Trường vùng cao nhận quà từ thiện",
                                "Nhà trường đã tiếp nhận 45 triệu đồng để sửa chữa phòng học cho học sinh.")
    assert rules == combined == [("45 triệu đồng", 45_000_000, "đồng", "quyen_gop")]


def test_a_word_that_holds_the_receiving_verb_receives_nothing():
    # "xác nhận" holds "nhận" (the rule's `holders`): no money received, the school's words decide
    rules, combined = figs_both("Trường vùng cao nhận quà từ thiện",
                                "Thầy hiệu trưởng xác nhận 45 triệu đồng để sửa chữa phòng học cho học sinh.")
    assert rules == combined == [("45 triệu đồng", 45_000_000, "đồng", "tuyen_truyen")]


def test_money_received_with_no_donation_named_is_not_money_collected():
    rules, combined = figs_both("Trường vùng cao sửa phòng học",
                                "Nhà trường đã tiếp nhận 45 triệu đồng để sửa chữa phòng học cho học sinh.")
    assert rules == combined == [("45 triệu đồng", 45_000_000, "đồng", "tuyen_truyen")]


# ---------------------------------------------------------------- relief: gifts next to a disaster

def test_cash_to_each_family_after_a_flash_flood_is_disaster_relief():
    # (without the rule: tham_hoi_tang_qua, the gift verb's own reading)
    rules, combined = figs_both("Lũ quét tại huyện miền núi",
                                "Lũ quét gây sạt lở, cuốn trôi nhiều nhà dân. Đoàn công tác của tỉnh đã hỗ trợ "
                                "mỗi gia đình 5 triệu đồng.")
    assert rules == combined == [("5 triệu đồng", 5_000_000, "đồng", "thien_tai")]


def test_cash_to_the_family_of_the_dead_after_a_storm_stays_condolence():
    # the relief rule's `unless`: the bereaved named before the figure in its sentence
    rules, combined = figs_both("Bão số 5 gây thiệt hại nặng",
                                "Bão số 5 đổ bộ gây ngập lụt, sạt lở, làm chết 2 người. Hội Chữ thập đỏ huyện đến "
                                "chia buồn và trao tặng gia đình nạn nhân 10 triệu đồng.")
    assert rules == combined == [("2 người", 2, "người", "thien_tai"),
                                 ("10 triệu đồng", 10_000_000, "đồng", "tham_hoi_tang_qua")]


def test_gifts_on_days_of_heavy_rain_are_no_relief():
    # the relief rule's `weak`: the weather alone counts as a descriptor does, short of a disaster
    rules, combined = figs_both("Mưa lớn kéo dài",
                                "Những ngày mưa lớn, nước sông dâng cao. Hội Phụ nữ xã tặng 50 suất quà cho hộ nghèo.")
    assert rules == combined == [("50 suất quà", 50, "suất quà", "tham_hoi_tang_qua")]


# ---------------------------------------------------------------- governing: a gift verb against the priors

# the combined reading of the pots given stands on a margin of 0.01 between the classifier's khac and
# the rules' gift vote (tham_hoi_tang_qua 1.58 against khac 1.57 with the model of d955604; act48's
# retrain on the same tuning gold, whose rule votes changed elsewhere, tips it to khac): the rules hold
# it, the combined case is a known, unstable miss, not a strict one
@pytest.mark.parametrize("reading", ["rules", pytest.param("combined", marks=pytest.mark.xfail(
    reason="unstable: the classifier's khac and the gift vote differ by 0.01 and change with each retrain",
    strict=False))])
def test_a_gift_verb_governing_the_figure_outweighs_a_festival_story(reading):
    # the general-news and genre priors count half against "trao tặng" (without the rule the
    # classifier reads the pots given as the festival's, khac); the pots shown stay khac
    rules, combined = figs_both("Khai mạc lễ hội hoa xuân",
                                "Lễ hội trưng bày 20.000 chậu hoa các loại. Nhân dịp này, ban tổ chức trao tặng "
                                "500 chậu hoa cho các trường học.")
    assert {"rules": rules, "combined": combined}[reading] == [
        ("20.000 chậu hoa", 20_000, "chậu hoa", "khac"), ("500 chậu hoa", 500, "chậu hoa", "tham_hoi_tang_qua")]


@pytest.mark.usefixtures("rules_only")
def test_a_gift_verb_governing_the_figure_outweighs_an_exhibition_story_for_the_rules():
    # the rules alone (the classifier reads the exhibits given as the exhibition's, khac)
    assert figs("Triển lãm gốm cổ mở cửa",
                "Triển lãm giới thiệu 300 hiện vật gốm cổ. Nhân dịp này, nhà sưu tầm trao tặng bảo tàng tỉnh "
                "12 hiện vật.") == [("300 hiện vật", 300, "hiện vật", "khac"),
                                    ("12 hiện vật", 12, "hiện vật", "tham_hoi_tang_qua")]


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("phrase", [
    # the gift verb farther than `reach` from the figure governs nothing
    "ban tổ chức trao tặng các trường học trong toàn huyện và các xã vùng sâu 500 chậu hoa",
    # "hỗ trợ" alone is no gift verb of the rule
    "ban tổ chức hỗ trợ 500 chậu hoa cho các trường học",
])
def test_a_gift_verb_far_from_the_figure_or_a_weak_one_leaves_the_festival_story_its_prior(phrase):
    assert figs("Khai mạc lễ hội hoa xuân",
                f"Lễ hội trưng bày 20.000 chậu hoa các loại. Nhân dịp này, {phrase}.") == \
        [("20.000 chậu hoa", 20_000, "chậu hoa", "khac"), ("500 chậu hoa", 500, "chậu hoa", "khac")]


# ---------------------------------------------------------------- the mechanism

def _rule(name: str) -> activity.ContextRule:
    return next(r for r in activity.taxonomy().context if r.name == name)


def test_the_governing_verb_is_the_last_verb_of_the_figures_phrase():
    text = "Quỹ tiếp nhận được 15 triệu đồng"
    cues, start = activity.find_cues(text), text.index("15")
    # a word read in the text wins over the cue it holds ("tiếp nhận")
    assert activity.governing_verb(cues, text, 0, start, _rule("received").words) == \
        (text.index(" 15"), "tiếp nhận được", None)
    # with our verb cues alone, the cue
    assert activity.governing_verb(cues, text, 0, start) == (text.index(" được"), "tiếp nhận", "quyen_gop")
    text = "Hội tiếp nhận và trao tặng 15 suất quà"
    # a verb of ours after the receiving verb governs the figure
    assert activity.governing_verb(activity.find_cues(text), text, 0, text.index("15"), _rule("received").words) == \
        (text.index(" 15"), "trao tặng", "tham_hoi_tang_qua")


def test_a_new_context_rule_is_a_data_entry(monkeypatch):
    # a rule of a kind that exists needs no code: here a vote for y_te whenever "trao tặng" governs
    extra = activity._context_rule({"name": "test", "kind": "vote", "activity": "y_te", "weight": 5.0, "reach": 40,
                                    "verbs": ["trao tặng"]})
    t = activity.taxonomy()
    monkeypatch.setattr(activity, "taxonomy", lambda: dataclasses.replace(t, context=(*t.context, extra)))
    rules, combined = figs_both("Khai mạc lễ hội hoa xuân",
                                "Nhân dịp này, ban tổ chức trao tặng 500 chậu hoa cho các trường học.")
    assert rules == combined == [("500 chậu hoa", 500, "chậu hoa", "y_te")]


def test_a_context_rule_of_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="kind 'double'"):
        activity._context_rule({"name": "test", "kind": "double"})
