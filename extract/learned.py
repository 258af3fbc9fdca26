"""A learned activity classifier for figures, and the features it reads: a spaCy `textcat`
(bag-of-words, exclusive classes) trained by scripts/train_models.py on silver labels (the rules
over the shared corpus, gold articles excluded) plus the gold of the tuning splits
(dev, dev2, dev3, dev4; never test/test2). Weights go to extract/models/activity/ and load offline.

The classifier reads features, not the raw text: each "word" of the Doc it sees is one feature
("u=hộ" the counted noun, "n=tặng" a word just before the figure, "b=..." farther back in the
clause, "a=được" one after, "s=..." the rest of the sentence, "t=..." the headline, "r=..." the
rules' own verdict). A bag of words over features is a linear model over them, a few
microseconds per figure.

Status (2026-12-05): switched off (WEIGHT = 0) and no weights shipped. Cross-validated over the
four tuning splits (train on silver + three splits' gold, score the fourth; the table is printed by
`python scripts/train_models.py --cv --no-save`), activity accuracy over 425 matched figures was
rules 0.864; text features alone 0.624, rules + model at weights 0.3-2.0 0.852-0.866; with the
rules' verdict as features 0.861 (model alone) and 0.861-0.864 (combined); trained on the gold
alone 0.372 / 0.753-0.864. Nothing beat the rules by more than one figure, so the rules decide.
The code path stays so the experiment can be rerun as the gold grows: train, then set WEIGHT.
Its cost when on (first 3,000 shared articles, one process, CPU time): 380 documents/s per core
and 299 MB peak RSS with the model (weight 0.3, 14.8 MB of weights) against 586 documents/s and
216 MB for the rules alone.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import cache
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "models" / "activity"

# How many words each side of the figure are features: the governing verb phrase sits just before
# the figure, the counted noun and its purpose ("để", "giúp") just after.
NEAR_BEFORE = 4
CLAUSE_BEFORE = 14
AFTER = 8

# The model's probability of each activity (khac included) is added to the rules' votes times
# WEIGHT; the rules' "no evidence" (khac) stands at MIN_FIGURE_SCORE. 0 = the rules alone (see the
# status above: no weight tried beat the rules in cross-validation on the tuning splits).
WEIGHT = 0.5
# the rules' verdict is among the model's features (vote_features): trained so, the model learns
# where the gold departs from the rules rather than relearning the cue lists
VOTES = True

_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")


def _words(text: str) -> list[str]:
    return ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]


def vote_features(votes) -> list[str]:
    """The rules' verdict as features: their best activity and runner-up, with a strength
    bucket, so that the model learns where the gold departs from them."""
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 0.3:
        return ["r=none"]
    out = [f"r={ranked[0][0]}", f"r={ranked[0][0]}_{min(int(ranked[0][1]), 3)}"]
    if len(ranked) > 1:
        out.append(f"r2={ranked[1][0]}")
    # how clearly the best beats the runner-up (0: a tie, 4: two points or more)
    margin = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
    out.append(f"rm={min(int(margin * 2), 4)}")
    return out


def _bucket(share: float) -> int:
    return 0 if share == 0 else 1 if share < 0.1 else 2 if share < 0.25 else 3 if share < 0.5 else 4


def document_features(sentences, cues, organizations, dominant: str, headline: str | None) -> list[str]:
    """The document's genre, the same for all its figures: the share of its sentences with an
    activity cue and with an organisation (a programme report has many; general news few), how
    many activities its cues name, its dominant activity and its headline's."""
    starts = [s for s, _ in sentences]
    n = max(len(sentences), 1)

    def share(positions) -> int:
        return _bucket(len({bisect_right(starts, p) for p in positions}) / n)

    acts = len({c.activity for c in cues})
    return [f"g=cue{share(c.start for c in cues)}", f"g=org{share(o.start for o in organizations)}",
            f"g=acts{min(acts, 4)}", f"d={dominant}", f"h={headline or 'none'}"]


def features(text: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int,
             unit: str, title: str) -> list[str]:
    """The features of the figure text[start:end] in its clause and sentence (offsets into text)."""
    lo, hi = clause
    before = _words(text[lo:start])
    after = _words(text[end:hi])[:AFTER]
    out = ["u=" + (unit or "").lower().replace(" ", "_")]
    near, far = before[-NEAR_BEFORE:], before[-CLAUSE_BEFORE:-NEAR_BEFORE]
    out += ["n=" + w for w in near]
    out += ["b=" + w for w in far]
    out += ["nn=" + a + "_" + b for a, b in zip(near, near[1:])]
    out += ["a=" + w for w in after]
    out += ["aa=" + a + "_" + b for a, b in zip(after, after[1:])]
    out += ["s=" + w for w in _words(text[sentence[0]:lo])[-CLAUSE_BEFORE:] + _words(text[hi:sentence[1]])[:CLAUSE_BEFORE]]
    out += ["t=" + w for w in _words(title)[:20]]
    return out


MODEL_FILE = MODEL_DIR / "model.json"


@cache
def model():
    """The trained classifier as (labels, {feature: row}, weights [features x labels], bias), or
    None when the package ships no weights."""
    if not MODEL_FILE.exists():
        return None
    return unpack(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def unpack(data: dict):
    """(labels, {feature: row}, weights, bias) of a model as written to MODEL_FILE."""
    import numpy as np

    index = {f: i for i, f in enumerate(data["features"])}
    return data["labels"], index, np.asarray(data["weights"], dtype=np.float64), np.asarray(data["bias"], dtype=np.float64)


def predict(feature_lists: list[list[str]], loaded=None) -> list[dict[str, float]]:
    """Class probabilities for each figure's features (empty dicts without a model); `loaded`:
    another model than the shipped one (unpack's result; the training script's folds)."""
    loaded = loaded or model()
    if loaded is None or not feature_lists:
        return [{} for _ in feature_lists]
    import numpy as np

    labels, index, weights, bias = loaded
    out = []
    for feats in feature_lists:
        # a feature counts once however often it occurs (as in training)
        rows = sorted({index[f] for f in feats if f in index})
        z = bias + weights[rows].sum(axis=0) if rows else bias.copy()
        p = np.exp(z - z.max())
        p /= p.sum()
        out.append(dict(zip(labels, p.tolist())))
    return out


def combine(votes, probs: dict[str, float]) -> str:
    """The activity from the rules' votes and the model's probabilities (see WEIGHT)."""
    from extract.activity import FALLBACK, MIN_FIGURE_SCORE

    total = {FALLBACK: MIN_FIGURE_SCORE}
    for act, v in votes.items():
        total[act] = total.get(act, 0.0) + v
    if probs and WEIGHT:
        for act, p in probs.items():
            total[act] = total.get(act, 0.0) + WEIGHT * p
    return max(total.items(), key=lambda kv: (kv[1], kv[0] != FALLBACK))[0]
