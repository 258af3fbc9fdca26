"""act62: disaster relief and disaster stories' figures whose own cues read them as general news or as
the new-rural programme, fixed as activities.toml [[context]] rules and a [neutral] word:
- relief to the hurt: support given to people injured in a disaster ("Hỗ trợ người bị thương: ..., mỗi
  người 5 triệu đồng") is relief, thien_tai; the injured are a `khac` descriptor (an accident's
  casualties) that outvoted the weak support verb, and a numbered report's item carries no disaster word
  of its own, so the relief rule (a gift's top vote next to a disaster) never fired;
- disaster casualties: the dead and injured of a disaster named a sentence before (a foreign eruption,
  lightning) are its victims, not an accident's;
- damaged infrastructure: bridges, power poles, roads and embankments counted beside a disaster;
- "nhận chìm" (dumping at sea) holds the disaster cue "chìm" and sinks no boat.
Sentences of our own, not from the tuning articles."""
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


# Disaster casualties: the injured and dead of a disaster named a sentence before are its victims
# (activities.toml [[context]] "disaster casualties"); a crash's and a drowning's stay khac.

def test_the_injured_of_an_eruption_named_a_sentence_before_are_the_disasters():
    # was khac in both modes: "bị thương" votes khac and the eruption is in the sentence before
    rules, combined = figs_both("Núi lửa phun trào ở Indonesia",
                                "Khi núi lửa phun trào, nhiều du khách đang tham quan. Vụ việc đã khiến 12 người bị thương.")
    assert rules == combined == [("12 người", 12.0, "người", "thien_tai")]


def test_the_injured_of_a_road_accident_stay_khac():
    rules, combined = figs_both("Xe khách lao xuống vực",
                                "Chiếc xe khách mất lái lao xuống vực. Vụ tai nạn giao thông khiến 12 người bị thương.")
    assert rules == combined == [("12 người", 12.0, "người", "khac")]


def test_drowned_pupils_are_left_to_the_drowning_rules():
    rules, combined = figs_both("Mưa lũ ở miền núi", "Mưa lũ gây sạt lở nghiêm trọng. Nước lũ cuốn trôi khiến 2 học sinh chết đuối.")
    assert rules == combined == [("2 học sinh", 2.0, "học sinh", "khac")]


# Damaged infrastructure: bridges, power poles, roads and embankments counted beside a disaster are its
# damage or defence ([[context]] "damaged infrastructure"), not the new-rural programme.

def test_power_poles_and_a_bridge_hit_by_a_landslide_are_the_disasters():
    # were nong_thon_moi (the rules; the classifier had the poles already)
    rules, combined = figs_both("Lở đất ở huyện miền núi",
                                "Sạt lở đất nghiêm trọng xảy ra trong đêm. Hạ tầng bị ảnh hưởng gồm 3 trụ điện và 1 cầu dân sinh.")
    assert rules == combined == [("3 trụ điện", 3.0, "trụ điện", "thien_tai"), ("1 cầu", 1.0, "cầu", "thien_tai")]


def test_bridges_built_after_a_flood_season_stay_the_programmes():
    rules, combined = figs_both("Xã về đích nông thôn mới",
                                "Sau mùa mưa lũ, sạt lở, xã xây mới 3 cầu dân sinh bằng nguồn vốn nông thôn mới.")
    assert rules == combined == [("3 cầu", 3.0, "cầu", "nong_thon_moi")]


def test_dumping_at_sea_sinks_no_boat():
    # "nhận chìm" held the disaster cue "chìm": was thien_tai in both modes
    rules, combined = figs_both("Cấp phép nhận chìm ở biển",
                                "Bộ cấp phép nhận chìm 500.000 m3 bùn cát ở vùng biển xã, nơi tàu thuyền neo đậu tránh chìm.")
    assert rules == combined == [("500.000 m3", 500000.0, "m3", "khac")]
    assert taxonomy().cue_map["nhận chìm"].activity is None
