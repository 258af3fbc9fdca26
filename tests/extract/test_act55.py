"""act55: the learned activity classifier votes only where it is sure (extract.learned.CONFIDENCE)
or its best activity is one the rules voted for too; else the rules decide alone. Exact records on
invented votes and an invented article."""
from __future__ import annotations

from article_case import figs_both

from extract import learned


# the gate: the model's vote counts where its best activity reaches learned.CONFIDENCE or is a rule's


def test_the_shipped_gate():
    assert learned.CONFIDENCE == 0.8 and learned.WEIGHT == 1.0


def test_an_unsure_model_no_longer_overturns_one_rule_vote():
    # "bán 180 triệu đồng/căn": one housing vote; a model torn between khac (0.7) and housing
    # used to win at w=2 with khac 0.3 + 2 x 0.7 = 1.7 against 1.0 + 2 x 0.3 = 1.6
    votes = {"nha_o": 1.0}
    assert learned.combine(votes, {"khac": 0.7, "nha_o": 0.3}) == "nha_o"
    # sure of khac it still may (0.95 at w=1: 1.25 against 1.05)
    assert learned.combine(votes, {"khac": 0.95, "nha_o": 0.05}) == "khac"


def test_an_unsure_model_no_longer_names_an_activity_the_rules_never_voted():
    # no cue near "80 người" in a blood-drive story: 0.6 for hien_mau was 1.2 against khac's
    # 0.3 + 0.6; now the rules' khac stands
    assert learned.combine({}, {"hien_mau": 0.6, "khac": 0.3, "y_te": 0.1}) == "khac"
    assert learned.combine({}, {"hien_mau": 0.8, "khac": 0.15, "y_te": 0.05}) == "hien_mau"


def test_a_sure_model_still_reads_the_article():
    # the model is sure (nha_o 0.89) and agrees with the rules' one housing vote
    rules, combined = figs_both("Xây nhà tình nghĩa cho gia đình chính sách", "Ngôi nhà rộng 60 m2, khởi công từ tháng trước.")
    assert rules == combined == [("60 m2", 60.0, "m2", "nha_o")]


def test_an_unsure_model_still_weighs_up_the_rules_own_candidates():
    # "xây nhà cho 12 hộ nghèo": the rules vote sinh_ke 1.5 (the poor households) and nha_o 0.9
    # (the house); a model at 0.73 for nha_o picks among them (0.9 + 1.46 against 1.5 + 0.2)
    votes = {"sinh_ke": 1.5, "nha_o": 0.9, "khac": 0.2}
    assert learned._model_votes(votes, {"nha_o": 0.73, "sinh_ke": 0.1, "khac": 0.17})
    assert learned.combine(votes, {"nha_o": 0.73, "sinh_ke": 0.1, "khac": 0.17}) == "nha_o"
    # but its unsure khac is no candidate: the rules' sinh_ke stands
    assert not learned._model_votes(votes, {"khac": 0.6, "nha_o": 0.3, "sinh_ke": 0.1})
    assert learned.combine(votes, {"khac": 0.6, "nha_o": 0.3, "sinh_ke": 0.1}) == "sinh_ke"
