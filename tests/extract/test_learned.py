"""The learned activity classifier's features and how its probabilities join the rules' votes
(extract/learned.py); the classifier itself is off and ships no weights."""
from __future__ import annotations

from extract import learned


def test_features_of_a_figure_in_its_clause():
    text = "Hội CCB tặng 50 suất quà cho hộ nghèo; xây 3 nhà."
    start = text.index("50")
    end = start + len("50 suất quà")
    clause = (0, text.index(";"))
    feats = learned.features(text, (0, len(text)), clause, start, end, "suất quà", "Tặng quà Tết")
    assert feats[0] == "u=suất_quà"
    assert {"n=hội", "n=ccb", "n=tặng", "nn=ccb_tặng", "a=cho", "a=hộ", "aa=cho_hộ"} <= set(feats)
    assert {"s=xây", "s=0", "s=nhà", "t=tặng", "t=quà", "t=tết"} <= set(feats)
    assert not any(f.startswith("b=") for f in feats)  # the clause holds only three words before it


def test_vote_features_name_the_rules_verdict():
    assert learned.vote_features({}) == ["r=none"]
    assert learned.vote_features({"nha_o": 0.1}) == ["r=none"]
    assert learned.vote_features({"nha_o": 2.4, "quyen_gop": 0.5}) == ["r=nha_o", "r=nha_o_2", "r2=quyen_gop"]


def test_combine_without_the_model_is_the_rules(monkeypatch):
    monkeypatch.setattr(learned, "WEIGHT", 0.0)
    assert learned.combine({}, {}) == "khac"
    assert learned.combine({"nha_o": 0.3}, {}) == "nha_o"  # at the threshold the evidence counts
    assert learned.combine({"nha_o": 0.2}, {"tuyen_truyen": 1.0}) == "khac"
    monkeypatch.setattr(learned, "WEIGHT", 1.0)
    assert learned.combine({"nha_o": 0.5}, {"tuyen_truyen": 0.9, "nha_o": 0.1}) == "tuyen_truyen"


def test_no_weights_are_shipped_while_the_classifier_is_off():
    assert learned.WEIGHT == 0.0
    assert not (learned.MODEL_DIR / "config.cfg").exists()
