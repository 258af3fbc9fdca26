"""act62: relief to the hurt. Support given to people injured in a disaster ("Hỗ trợ người bị thương: ...,
mỗi người 5 triệu đồng") is disaster relief, thien_tai: the injured are a `khac` descriptor (an accident's
casualties) that outvoted the weak support verb, and a numbered report's item carries no disaster word of
its own, so the relief rule (a gift's top vote next to a disaster) never fired. activities.toml
[[context]] "relief to the hurt". Sentences of our own, not from the tuning articles."""
from article_case import figs_both

from extract.activity import taxonomy


def test_support_to_the_injured_under_a_disaster_headline_is_relief():
    # was khac in both modes ("bị thương" 0.5 as a descriptor over "hỗ trợ" 0.5 x distance)
    rules, combined = figs_both("Báo cáo kết quả hỗ trợ đồng bào bị thiệt hại do thiên tai",
                                "Hỗ trợ người bị thương: 120 người, mỗi người 3 triệu đồng.")
    assert rules == combined == [("120 người", 120.0, "người", "thien_tai"),
                                 ("3 triệu đồng", 3000000.0, "đồng", "thien_tai")]


def test_support_to_the_injured_of_a_storm_named_in_the_sentence_is_relief():
    # was khac in both modes
    rules, combined = figs_both("Huyện Tuy An thăm hỏi người dân", "Sau trận lũ, xã hỗ trợ 15 người bị thương.")
    assert rules == combined == [("15 người", 15.0, "người", "thien_tai")]


def test_support_to_the_injured_of_a_road_accident_stays_khac():
    # no disaster named: the injured of a crash are its casualties (guideline: accidents -> khac)
    rules, combined = figs_both("Xe khách lật trên đèo",
                                "Công ty hỗ trợ người bị thương: 12 người, mỗi người 2 triệu đồng.")
    assert rules == combined == [("12 người", 12.0, "người", "khac"), ("2 triệu đồng", 2000000.0, "đồng", "khac")]


def test_the_rule_is_data():
    rule = next(r for r in taxonomy().context if r.name == "relief to the hurt")
    assert (rule.kind, rule.activity, rule.absorbs) == ("move", "thien_tai", frozenset({"khac"}))
    assert "thiên tai" in rule.named and "hỗ trợ" in rule.verbs
