"""learn7: the classifier's fit sums per label over feature indices (np.add.reduceat) and can be
trained as a correction of the rules (their totals a fixed offset in its logits, --cv
--correction); exact records on invented figures."""
from __future__ import annotations

import numpy as np

from extract import learned


LABELS = ["khac", "quyen_gop", "tham_hoi_tang_qua"]
# invented figures: "trao 50 suất quà" (gift), "quyên góp 30 triệu đồng" (fund drive), "đấu giá
# 2 tỷ đồng" (an auction: khac); "u=ô_tô" occurs once and leaves the vocabulary, so the last row
# has no feature left (a row of nothing: its logits are the bias alone)
ROWS = [(["n=trao", "u=suất_quà"], "tham_hoi_tang_qua"), (["n=trao", "u=suất_quà", "t=bão"], "tham_hoi_tang_qua"),
        (["n=quyên_góp", "u=triệu_đồng"], "quyen_gop"), (["n=quyên_góp", "u=triệu_đồng", "t=bão"], "quyen_gop"),
        (["n=đấu_giá", "u=triệu_đồng"], "khac"), (["n=đấu_giá", "u=tỷ_đồng"], "khac"),
        (["u=tỷ_đồng"], "khac"), (["u=ô_tô"], "khac")]


def _dense_fit(tm, rows, labels, offset=None):
    """The same regression with a dense feature matrix and matrix products: the reference the
    segment sums of tm.fit must reproduce."""
    vocab = sorted({f for feats, _ in rows for f in feats if sum(f in set(g) for g, _ in rows) >= tm.MIN_COUNT})
    x = np.array([[f in feats for f in vocab] for feats, _ in rows], dtype=np.float64)
    y = np.array([labels.index(lab) for _, lab in rows])
    freq = np.bincount(y, minlength=len(labels)).astype(np.float64)
    class_w = np.where(freq > 0, (freq.sum() / np.maximum(freq, 1e-12) / len(labels)) ** tm.CLASS_ALPHA, 0.0)
    sw = class_w[y] / class_w[y].sum()
    target = np.eye(len(labels))[y]
    fixed = np.zeros((len(rows), len(labels))) if offset is None else offset
    w, b = np.zeros((len(vocab), len(labels))), np.zeros(len(labels))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, tm.STEPS + 1):
        z = x @ w + b + fixed
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g = (p - target) * sw[:, None]
        grad_w, grad_b = x.T @ g + tm.L2 * w, g.sum(axis=0)
        m_w, v_w = 0.9 * m_w + 0.1 * grad_w, 0.999 * v_w + 0.001 * grad_w * grad_w
        m_b, v_b = 0.9 * m_b + 0.1 * grad_b, 0.999 * v_b + 0.001 * grad_b * grad_b
        w -= tm.RATE * (m_w / (1 - 0.9 ** step)) / (np.sqrt(v_w / (1 - 0.999 ** step)) + 1e-8)
        b -= tm.RATE * (m_b / (1 - 0.9 ** step)) / (np.sqrt(v_b / (1 - 0.999 ** step)) + 1e-8)
    return vocab, np.round(w, tm.ROUND), np.round(b, tm.ROUND)


def test_the_segment_sums_reproduce_the_dense_regression(tm):
    model = tm.fit(ROWS, [1.0] * len(ROWS), LABELS)
    vocab, w, b = _dense_fit(tm, ROWS, LABELS)
    assert model["features"] == vocab == ["n=quyên_góp", "n=trao", "n=đấu_giá", "t=bão", "u=suất_quà",
                                          "u=triệu_đồng", "u=tỷ_đồng"]
    np.testing.assert_allclose(model["weights"], w, atol=1e-4)
    np.testing.assert_allclose(model["bias"], b, atol=1e-4)
    # and it reads its own training figures, the featureless row included (bias: khac)
    probs = learned.predict([feats for feats, _ in ROWS], learned.unpack(model))
    assert [max(p, key=p.get) for p in probs] == [lab for _, lab in ROWS]


def test_the_rules_totals_start_khac_at_the_threshold():
    assert learned.rule_totals({}) == {"khac": 0.3}
    assert learned.rule_totals({"quyen_gop": 1.5, "khac": 0.5}) == {"khac": 0.8, "quyen_gop": 1.5}
    # the combination reads the same totals: 0.4 for quyen_gop beats khac's 0.3 without the model
    assert learned.combine({"quyen_gop": 0.4}, {}) == "quyen_gop"


# the rules' votes of ROWS: right on the gift and the fund drive, wrong on the auction (its
# "quyên" cue votes quyen_gop), silent on the last two (khac by the threshold)
VOTES = [{"tham_hoi_tang_qua": 2.0}, {"tham_hoi_tang_qua": 2.0}, {"quyen_gop": 2.0}, {"quyen_gop": 1.0},
         {"quyen_gop": 1.0}, {"quyen_gop": 1.0}, {}, {}]


def test_a_correction_model_learns_where_the_rules_go_wrong(tm):
    gold = {"dev": [{"features": feats, "votes": v, "gold": lab} for (feats, lab), v in zip(ROWS, VOTES)]}
    offset = tm.rule_offsets(gold, ["dev"], LABELS, 2.0)
    assert offset[4].tolist() == [0.6, 2.0, 0.0]  # khac 0.3 x 2, quyen_gop 1 x 2
    model = tm.fit(ROWS, [1.0] * len(ROWS), LABELS, offset)
    vocab, w, b = _dense_fit(tm, ROWS, LABELS, offset)
    np.testing.assert_allclose(model["weights"], w, atol=1e-4)
    weights = dict(zip(model["features"], model["weights"]))
    alone = tm.fit(ROWS, [1.0] * len(ROWS), LABELS)
    plain = dict(zip(alone["features"], alone["weights"]))
    # the auction's word carries the correction (khac over quyen_gop) ...
    assert weights["n=đấu_giá"][0] > weights["n=đấu_giá"][1]
    # ... while the gift's words, which the rules already read right, weigh less than when the
    # model learns them from nothing
    assert abs(weights["u=suất_quà"][2]) < abs(plain["u=suất_quà"][2])
    # read as trained (logits plus the rules' totals x 2), every figure is right; the rules alone
    # miss the two auctions
    assert tm.corrected(gold["dev"], model, 2.0) == 8
    assert sum(learned.combine(v, {}) == lab for v, (_, lab) in zip(VOTES, ROWS)) == 6
