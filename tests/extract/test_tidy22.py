"""tidy22: the data files hold each word once, and activity.py's cue data are typed records."""
from __future__ import annotations

import tomllib
import unicodedata
from collections import Counter

import pytest

from article_case import figs, figure
from extract.resources import DATA_DIR


def _duplicates(node, where: str):
    """(where, duplicated strings) of every list below `node` that holds a string twice. Strings are
    compared as the code reads them (NFC), in their case: case-sensitive lists hold both cases on purpose."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _duplicates(value, f"{where}.{key}")
    elif isinstance(node, list):
        counts = Counter(unicodedata.normalize("NFC", x) for x in node if isinstance(x, str))
        twice = sorted(word for word, n in counts.items() if n > 1)
        if twice:
            yield where, twice
        for i, item in enumerate(node):
            yield from _duplicates(item, f"{where}[{i}]")


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.toml")), ids=lambda p: p.name)
def test_no_data_list_holds_a_string_twice(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert list(_duplicates(data, path.stem)) == []


def test_the_walk_finds_a_duplicate_at_any_depth():
    data = {"heads": {"words": ["căn hộ", "xe lăn", "căn hộ"]}, "org": [{"forms": ["Hội", "hội", "Hội"]}]}
    assert list(_duplicates(data, "units")) == [("units.heads.words", ["căn hộ"]), ("units.org[0].forms", ["Hội"])]


# ---------------------------------------------------------------- activity.py's typed cue data

def test_cue_words_and_counted_nouns_vote_as_named_records():
    from extract.activity import Vote, taxonomy

    t = taxonomy()
    assert t.cue_map["khám bệnh"] == Vote("y_te", 2.0)
    assert t.cue_map["đăng ký"] == Vote(None, 0.0)  # a neutral word: holds the cue "ký", votes nothing
    assert t.units["bồn nước"].activity == "tham_hoi_tang_qua" and t.units["căn"].weight == 0.5
    # (act50: "prize" drops a gift verb's votes for a prize counted, "home loan" moves a loan for a home;
    # act48: "rescued" votes thien_tai for the people a cứu governs, "transfusion" moves hien_mau to y_te;
    # act53: "casualties" moves the vote of people counted as the dead or hurt to khac; act56: "sales gift"
    # drops a gift verb's votes in a shop's or a bank's promotion, "donated" votes quyen_gop for money given
    # to a charity, "burnt or felled" moves what a fire burnt or loggers felled to khac; act57: "backed" votes
    # quyen_gop for a sum of money an "ủng hộ" governs, "jobs given" and "back at work" vote viec_lam for the
    # workers a "việc làm ... cho" governs and for people whose own predicate is going back to work or quitting,
    # "homes built" moves the households a house-building verb governs from sinh_ke to nha_o; act60: "safety
    # training" moves huan_luyen to tuyen_truyen where work accidents are named; act63: "gift to people of merit"
    # votes tham_hoi_tang_qua for war invalids, heroic mothers and the like a gift verb governs; act62: "relief to
    # the hurt", "disaster casualties" and "damaged infrastructure" move a khac or nong_thon_moi top vote to thien_tai)
    assert [(r.name, r.kind) for r in t.context] == [("prize", "drop"), ("sales gift", "drop"), ("received", "vote"),
                                                     ("donated", "vote"), ("backed", "vote"), ("jobs given", "vote"),
                                                     ("back at work", "vote"), ("gift to people of merit", "vote"),
                                                     ("relief", "move"),
                                                     ("relief to the hurt", "move"), ("disaster casualties", "move"),
                                                     ("damaged infrastructure", "move"), ("home loan", "move"), ("homes built", "move"),
                                                     ("rescued", "vote"),
                                                     ("transfusion", "move"), ("casualties", "move"),
                                                     ("burnt or felled", "move"), ("safety training", "move"),
                                                     ("governing", "prior")]
    assert t.context[8].activity == "thien_tai" and "tham_hoi_tang_qua" in t.context[8].absorbs
    assert t.context[0].units >= {"giải", "kỷ niệm chương"} and t.context[12].absorbs == {"sinh_ke"}  # "home loan"
    assert set(t.story_kinds) == {"show", "private", "incident", "sport"}
    assert "thí sinh" in t.story_kinds["show"].words and "tân binh" in t.story_kinds["sport"].words


def test_a_cue_inside_a_name_votes_less_and_opens_no_phrase():
    from extract.activity import NAME_FACTOR, find_cues, in_names

    text = "Hội Chữ thập đỏ tỉnh, tặng 200 suất quà cho hộ nghèo"
    gift = next(c for c in find_cues(text) if text[c.start:c.end] == "tặng")
    assert in_names([gift], [(0, text.index(","))]) == [gift]  # the cue is outside the name: unchanged
    named = in_names([gift], [(0, gift.end)])[0]
    assert (named.start, named.end, named.activity, named.verb) == (gift.start, gift.end, gift.activity, False)
    assert named.weight == gift.weight * NAME_FACTOR


def test_a_health_advice_body_lends_its_activity_to_a_figure_with_no_cue():
    # the headline names no activity of ours; the body's cues are all y_te (cue_weight_by_activity 8.0)
    from extract.activity import body_activity, cue_weight_by_activity, find_cues

    title = "Bí quyết giữ đôi mắt sáng khi về già"
    body = ("Các bác sĩ khuyên nên khám mắt định kỳ để phòng bệnh. Người bệnh tăng nhãn áp cần điều trị sớm tại "
            "bệnh viện. Mỗi ngày nên uống 2 lít nước và ngủ đủ 8 tiếng để bảo vệ sức khỏe đôi mắt. Khám bệnh "
            "sớm giúp điều trị hiệu quả hơn.")
    assert body_activity(cue_weight_by_activity(find_cues(body))) == "y_te"
    assert figs(title, body) == [("2 lít", 2.0, "lít", "y_te")]
    assert figure(f"{title}\n{body}", "2 lít", title, rules_only=True).activity == "y_te"


def test_a_charity_auction_lends_nothing_to_the_guests_it_counts():
    title = "Bữa tối cùng ca sĩ nổi tiếng được đấu giá"
    body = ("Người thắng phiên đấu giá được mời tối đa 7 người bạn dự bữa tối. Toàn bộ 500 triệu đồng thu được sẽ "
            "ủng hộ quỹ từ thiện giúp trẻ em nghèo, quyên góp cho các em khó khăn. Số tiền quyên góp được trao "
            "cho quỹ khuyến học.")
    assert figs(title, body) == [("7 người", 7.0, "người", "khac"),
                                 ("500 triệu đồng", 500000000.0, "đồng", "quyen_gop")]
    assert figure(f"{title}\n{body}", "7 người", title, rules_only=True).activity == "khac"
