"""The learned activity classifier (extract/learned.py): its features, how its probabilities join
the rules' votes, and the shipped weights (extract/models/activity/model.json, written by
scripts/train_models.py) on sentences of our own."""
from __future__ import annotations

import hashlib

import pytest

from extract import learned
from extract.pipeline import extract_text


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
    assert learned.vote_features({"nha_o": 2.4, "quyen_gop": 0.5}) == ["r=nha_o", "r=nha_o_2", "r2=quyen_gop", "rm=3"]
    assert learned.vote_features({"nha_o": 0.5}) == ["r=nha_o", "r=nha_o_0", "rm=1"]


def test_document_features_describe_the_genre():
    from extract.activity import Cue
    from extract.records import Organization

    sentences = [(0, 10), (10, 20), (20, 30), (30, 40)]
    cues = [Cue(2, 5, "tuyen_truyen", 1.0), Cue(12, 15, "tuyen_truyen", 1.0), Cue(14, 16, "nha_o", 1.0)]
    feats = learned.document_features(sentences, cues, [], "tuyen_truyen", None)
    # cues in two sentences of four (0.5), none with an organisation, two activities named
    assert feats == ["g=cue4", "g=org0", "g=acts2", "d=tuyen_truyen", "h=none"]


def test_combine_without_the_model_is_the_rules(monkeypatch):
    monkeypatch.setattr(learned, "WEIGHT", 0.0)
    assert learned.combine({}, {}) == "khac"
    assert learned.combine({"nha_o": 0.3}, {}) == "nha_o"  # at the threshold the evidence counts
    assert learned.combine({"nha_o": 0.2}, {"tuyen_truyen": 1.0}) == "khac"
    monkeypatch.setattr(learned, "WEIGHT", 1.0)
    assert learned.combine({"nha_o": 0.5}, {"tuyen_truyen": 0.9, "nha_o": 0.1}) == "tuyen_truyen"


# the shipped weight: the tests below check what the weights do when on
ON = learned.WEIGHT


def _activities(text: str, title: str, weight: float) -> dict[str, str]:
    saved, learned.WEIGHT = learned.WEIGHT, weight
    try:
        return {f.text: f.activity for f in extract_text(text, title=title).figures}
    finally:
        learned.WEIGHT = saved


def test_the_shipped_model_loads_offline():
    # switched on again in round 7 (WEIGHT 1: the combined column beat the rules on the pooled row
    # and on the two honest folds, dev7 and dev8, of the leave-one-split-out table); after the
    # round-8 rules only the lighter weight still beats them on the pooled row (0.867 at 0.3 against
    # 0.866; 0.865 at 1); after rounds 10-14 (sixteen splits) 0.5 and 1 tie best (0.886 against 0.884
    # at 0.3 and 0.881 for the rules); learn5 (twenty-nine splits): 2, the best pooled weight and,
    # with 3, the best on the splits the rules were tuned on least; the fifteenth session (thirty-four
    # splits, behind act55's gate): 1, four figures over the rules alone on the least-tuned seven and eight
    # over w=2 (learned.py docstring)
    assert learned.WEIGHT == 1.0
    labels, index, weights, bias = learned.model()
    assert "khac" in labels and weights.shape == (len(index), len(labels)) and len(bias) == len(labels)
    probs = learned.predict([["u=suất_quà", "n=tặng", "r=tham_hoi_tang_qua", "r=tham_hoi_tang_qua_1", "rm=2"]])[0]
    assert max(probs, key=probs.get) == "tham_hoi_tang_qua"
    assert sum(probs.values()) == pytest.approx(1.0)


def test_general_news_figures_lose_a_spilled_activity():
    # investment figures next to "tạo việc làm": the rules spill viec_lam onto them, the model
    # (trained on general news of test3/test4) leaves them khac and keeps the jobs figure
    title = "Kinh tế tỉnh tăng trưởng"
    text = (title + ". Năm nay, tỉnh thu hút 45 dự án đầu tư với tổng vốn 3.000 tỷ đồng, tạo việc làm cho "
            "2.500 lao động. Tỉnh đoàn vận động được 150 triệu đồng ủng hộ người nghèo.")
    # (the rules of 2026-12-06 alone: viec_lam on all three; not asserted, the rules move on)
    found = _activities(text, title, ON)
    assert {k: found[k] for k in ("45 dự án", "2.500 lao động", "150 triệu đồng")} == {
        "45 dự án": "khac", "2.500 lao động": "viec_lam", "150 triệu đồng": "quyen_gop"}


def test_investment_capital_beside_jobs_is_not_jobs():
    # a known miss of the model trained with dev5 until act38: "tạo việc làm" right after the comma opens
    # the next phrase, so the rules no longer spill it onto the capital before it
    title = "Kinh tế tỉnh tăng trưởng"
    text = (title + ". Năm nay, tỉnh thu hút 45 dự án đầu tư với tổng vốn 3.000 tỷ đồng, tạo việc làm cho "
            "2.500 lao động.")
    assert _activities(text, title, ON)["3.000 tỷ đồng"] == "khac"


def test_a_sport_story_is_not_a_fund_drive():
    title = "Giải bóng đá thanh niên"
    text = (title + ". Đoàn Thanh niên huyện tổ chức giải bóng đá với 16 đội bóng và 320 vận động viên tham gia. "
            "Giải thưởng trị giá 30 triệu đồng.")
    # the rules of 2026-12-06 alone read "vận động" (campaign) as a fund drive: quyen_gop
    assert _activities(text, title, ON) == {"16 đội": "khac", "320 vận động viên": "khac",
                                                        "30 triệu đồng": "khac"}
    # a gift the rules see clearly stays theirs
    gift = "Hội Phụ nữ tặng 50 suất quà cho hộ nghèo."
    assert _activities(gift, "", ON) == {"50 suất quà": "tham_hoi_tang_qua"}


def test_the_training_script_reproduces_the_shipped_weights(tm, tmp_path):
    # byte for byte: a change to the rules or the gold that moves the features must retrain and
    # ship the new model.json in the same commit (python scripts/train_models.py, ~20 s)
    assert tm.main(["--out", str(tmp_path)]) == 0
    # digests, not the bytes: pytest's diff of two 1.4 MB files ran for half an hour in CI
    built, shipped = ((tmp_path / "model.json").read_bytes(), learned.MODEL_FILE.read_bytes())
    assert hashlib.sha256(built).hexdigest() == hashlib.sha256(shipped).hexdigest(), (
        "extract/models/activity/model.json is stale: run python scripts/train_models.py and commit it")
