"""tidy25: what the activity component reads once per document (the story kinds, the gates that hold)
or once per figure (the governing verb's cue and phrase, the text before the figure) instead of once
per kind, gate or [[context]] rule, with the same records as before (a dump of every figure of the 33
tuning splits and 300 fresh 2017 articles was byte-identical before and after). Sentences of our own."""
import re
from collections import Counter

from article_case import figs_both

from extract import activity as act


def test_a_word_of_the_rule_ending_after_the_verb_cue_governs():
    # "tiếp nhận được" (a word of the rule) runs on past the cue "tiếp nhận": the longer reading wins
    cue = act.GoverningVerb(16, "tiếp nhận", "quyen_gop")
    phrase = "hội đã tiếp nhận được "
    words = re.compile(r"(?<!\w)(?:tiếp nhận được|tiếp nhận)(?!\w)")
    assert act.phrase_verb(cue, phrase, 0, words) == act.GoverningVerb(21, "tiếp nhận được", None)
    assert act.phrase_verb(cue, phrase, 0, None) == cue
    assert act.phrase_verb(None, "hội đã trao ", 0, words) is None


def test_the_verb_cue_is_the_last_verb_of_the_figures_own_phrase():
    text = "Hội đã tiếp nhận 150 triệu đồng"
    cues = [c for c in act.find_cues(text) if c.verb]
    start = text.index("150")
    found = act.verb_cue(cues, text, 0, start)
    assert found is not None and found.word == "tiếp nhận" and found.end == text.index(" 150")
    assert act.verb_cue(cues, text, start, start) is None


def test_the_story_prior_takes_the_dominant_activity_it_is_given():
    assert act.story_prior(Counter(), act.FALLBACK) == (act.FALLBACK, act.GENERAL_PRIOR)
    lead = Counter({"quyen_gop": act.MIN_DOCUMENT_SCORE + act.DOMINANT_MARGIN, "y_te": 0.0})
    assert act.story_prior(lead, "quyen_gop") == ("quyen_gop", act.DOCUMENT_PRIOR)
    close = Counter({"quyen_gop": act.MIN_DOCUMENT_SCORE, "y_te": act.MIN_DOCUMENT_SCORE})
    assert act.story_prior(close, "quyen_gop") == (act.FALLBACK, act.UNCLEAR_PRIOR)


def test_the_credit_gate_is_lifted_once_for_a_story_of_the_programme():
    credit = [g for g in act.taxonomy().gates if "dư nợ" in g.cues]
    assert len(credit) == 1
    bank = "Ngân hàng tăng trưởng tín dụng\nTổng dư nợ cho vay của ngân hàng đạt 2.500 tỷ đồng."
    poor = ("Giúp hộ nghèo vươn lên\nNăm qua có 45 hộ nghèo được vay vốn; 20 hộ nghèo đã trả hết nợ, "
            "12 hộ nghèo mở rộng chăn nuôi.")
    assert credit[0] in act.open_gates(bank)
    assert credit[0] not in act.open_gates(poor)


def test_story_kinds_in_their_order_and_none_in_plain_news():
    assert act.story_kinds("Ủy ban nhân dân xã họp bàn kế hoạch năm mới.") == ()


def test_money_received_for_a_cause_is_the_sum_collected():
    rules, combined = figs_both("Hội Chữ thập đỏ huyện tiếp nhận tiền ủng hộ đồng bào vùng lũ",
                                "Sáng 12/10, Hội Chữ thập đỏ huyện đã tiếp nhận được 150 triệu đồng do các nhà "
                                "hảo tâm ủng hộ đồng bào vùng lũ.")
    assert rules == combined == [("150 triệu đồng", 150000000.0, "đồng", "quyen_gop")]


def test_a_banks_loans_are_general_news():
    rules, combined = figs_both("Ngân hàng thương mại tăng trưởng tín dụng",
                                "Tính đến cuối tháng 9, tổng dư nợ cho vay của ngân hàng đạt 2.500 tỷ đồng, tăng "
                                "12% so với đầu năm.")
    assert rules == combined == [("2.500 tỷ đồng", 2500000000000.0, "đồng", "khac"), ("12%", 12.0, "%", "khac")]


def test_loans_to_poor_households_are_a_livelihood():
    rules, combined = figs_both("Hội Nông dân xã giúp hội viên thoát nghèo",
                                "Năm qua, Hội Nông dân xã đã phối hợp với Ngân hàng Chính sách xã hội cho 45 hộ "
                                "nghèo vay vốn phát triển sản xuất.")
    assert rules == combined == [("45 hộ", 45.0, "hộ", "sinh_ke")]


def test_a_gift_verb_governs_the_gifts_and_their_value():
    rules, combined = figs_both("Trao quà Tết cho hộ nghèo",
                                "Nhân dịp Tết, Ủy ban MTTQ huyện trao tặng 200 suất quà cho hộ nghèo, mỗi suất trị "
                                "giá 500.000 đồng.")
    assert rules == combined == [("200 suất quà", 200.0, "suất quà", "tham_hoi_tang_qua"),
                                 ("500.000 đồng", 500000.0, "đồng", "tham_hoi_tang_qua")]


def test_people_rescued_from_a_river():
    rules, combined = figs_both("Lực lượng cứu hộ vớt người gặp nạn trên sông",
                                "Khi phát hiện chiếc thuyền bị lật, lực lượng cứu hộ đã kịp thời cứu được 5 người "
                                "dân rơi xuống sông.")
    assert rules == combined == [("5 người", 5.0, "người", "thien_tai")]


def test_the_verb_read_from_its_parts_is_the_governing_verb():
    text = "Hội Chữ thập đỏ đã tiếp nhận được 150 triệu đồng"
    start, cues = text.index("150"), act.find_cues(text)
    received = next(r for r in act.taxonomy().context if r.name == "received")
    whole = act.governing_verb(cues, text, 0, start, received.words)
    parts = act.phrase_verb(act.verb_cue(cues, text, 0, start), text[:start].lower(), 0, received.words)
    assert whole == parts == act.GoverningVerb(text.index(" 150"), "tiếp nhận được", None)
