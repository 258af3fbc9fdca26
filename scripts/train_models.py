"""Train the learned activity classifier shipped in extract/models/activity/ (see extract/learned.py).

    python scripts/train_models.py [--cv [--correction S]] [--no-save] [--silver N --exclude-ids FILE] [--out DIR]
    python scripts/train_models.py --cv --no-save --clusters FILE [--fine-only]

1. Gold: the figures of the TUNING splits (every real split but the held-out test and test2) that the extractor finds, matched to the gold as extract.evaluate matches them,
   each with its features (extract.learned.features + document_features + vote_features) and the
   gold activity.
2. Optionally (--silver N, default 0) N silver figures: the rules over the shared corpus
   (../shared/corpora/baomoi-2017.jsonl.gz) minus every gold article and the ids of
   --exclude-ids, labelled by the rules themselves. Cached in --cache, keyed by the rules' code.
   Off by default: the cross-validation below showed it adds the rules' own bias, not skill.
3. --cv: leave one split out. For each tuning split, train on the other five splits' gold (plus
   any silver) and score the held split: activity accuracy of the rules alone, the model alone
   and the rules plus w x the model's probabilities for a few w. One compact table; the test4
   fold is the honest one (the rules were never tuned on test4), the test3 fold flatters the
   rules (they were tuned on it). WEIGHT in extract/learned.py is chosen from this table.
   --correction S (repeatable) adds a column c=S: the model trained as a correction of the rules
   (their totals times S a fixed offset in its logits, learned.rule_totals), read the same way.
   --clusters FILE (learn8; a map of scripts/train_word_clusters.py): the features read its word
   clusters (extract.learned.cluster_features) and --cv compares CLUSTER_VARIANTS in one run,
   figures right at w=1 and w=2 on the LEAST splits and pooled. A map that ships lies in
   extract/models/activity/clusters.json, read by default: then retrain without the option.
4. The shipped model: all six splits' gold, written to --out/model.json.

The model is a softmax regression over binary features (numpy, full-batch Adam for a fixed number
of steps, no randomness, one thread), written as JSON with weights rounded to ROUND decimals:
two runs write byte-identical files. Seconds on one core (plus ~3 min per 35k articles of silver).
"""
from __future__ import annotations

import os

# one thread and a fixed order of every sum: the weights are the same bytes on every run
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import gzip
import hashlib
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from ingest.settings import shared_corpus  # noqa: E402

CORPUS = shared_corpus()
GOLD = ROOT / "tests" / "gold" / "real.jsonl"
TUNING = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "test3", "test4",
          "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "dev17", "dev18", "test13", "dev19", "test14",
          "test15", "test16", "test17", "test18", "test19", "test20")
NOTES = {"test4": "rules tuned on it in round 5", "dev5": "activity rules tuned on it in round 6",
         "dev6": "activity rules tuned on it in round 6",
         "dev7": "activity rules tuned on it in round 7",
         "dev8": "activity rules tuned on it in round 8",
         "test3": "rules tuned on it: flatters the rules",
         "test7": "scored once at the end of round 8, then tuned on",
         "dev9": "scored once at the end of round 10, then tuned on",
         "dev10": "scored once at the end of round 11, then tuned on",
         "dev11": "scored once at the end of round 12, then tuned on"}
SEED = 20261205
# three silver figures in four are khac (no cue near them): a share of those is enough
KHAC_SHARE = 0.3
# a silver figure counts 1/SILVER_DISCOUNT of a gold one
SILVER_DISCOUNT = 20
# the regression: L2 penalty, Adam steps and rate, features seen fewer times are dropped,
# class weights (total/count/labels)^CLASS_ALPHA so rare activities are not drowned by khac
L2 = 1e-3
STEPS = 200
RATE = 0.1
MIN_COUNT = 2
CLASS_ALPHA = 0.5
ROUND = 4
WEIGHTS = (0.3, 0.5, 1.0, 2.0, 3.0)
# the nine splits the rules were tuned on least (the latest to become tuning splits): their rules
# column is the least flattered, the row every change of the model is judged on beside the pooled one
LEAST = ("test20", "test19", "test18", "test17", "test16", "test15", "test14", "dev19", "test13", "dev18", "dev17", "dev16", "dev15")
# --clusters FILE (learn8): feature sets compared in one run, each by the cluster families it keeps
# (extract.learned.CLUSTER_FAMILIES; none: the shipped features)
CLUSTER_VARIANTS = {"shipped": (), "+clusters": ("uc", "nc", "npc", "bc", "bpc", "ac", "apc"),
                    "+pairs": ("uc", "npc", "bpc", "apc")}


def gold_ids() -> set[str]:
    with GOLD.open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


def rules_fingerprint() -> str:
    """A hash of the code and data the silver labels and features come from: a cache made before
    the rules changed is not reused."""
    h = hashlib.sha256()
    models = ROOT / "extract" / "models"
    for path in sorted((ROOT / "extract").rglob("*")):
        if path.is_file() and models not in path.parents and path.suffix in (".py", ".toml", ".txt", ".json"):
            h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def run_rules(text: str, title: str):
    """(prose figures with rule votes and features) of one text, the model switched off."""
    from extract import components, learned
    from extract.pipeline import load

    saved, learned.WEIGHT = learned.WEIGHT, 0.0
    try:
        nlp = load()
        doc = nlp.make_doc("")
        doc.user_data["baocao_text"] = text or ""
        doc.user_data[components.RECORDS_ONLY] = True
        doc.user_data[components.LEARNING] = []
        doc._.meta = {"title": title or "", "years": [], "published": None}
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        return doc.user_data[components.LEARNING]
    finally:
        learned.WEIGHT = saved



def corpus_articles(skip: set[str] | frozenset[str], limit: int | None = None):
    """The shared corpus's articles in order, those in `skip` left out, the first `limit` of the rest."""
    n = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in skip:
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield art

def silver(cache: Path, limit: int | None, exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """[(features joined by spaces, rule activity)] over the corpus minus the gold articles (and
    the ids in `exclude`: a held-out split still being annotated)."""
    key = {"corpus": str(CORPUS), "size": CORPUS.stat().st_size, "limit": limit, "votes": True,
           "excluded": len(exclude), "rules": rules_fingerprint()}
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            if head == key:
                return [tuple(json.loads(line)) for line in fh]
    from extract import learned

    out: list[tuple[str, str]] = []
    started = time.perf_counter()
    for n, art in enumerate(corpus_articles(gold_ids() | exclude, limit), 1):
        for fig, votes, feats in run_rules(art["text"], art.get("title", "")):
            out.append((" ".join(feats), learned.combine(votes, {}), votes))
        if n % 2000 == 0:
            print(f"  silver: {n} articles, {len(out)} figures, {n / (time.perf_counter() - started):.0f} docs/s",
                  file=sys.stderr, flush=True)
    with gzip.open(cache, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(key) + "\n")
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def gold_rows() -> dict[str, list[dict]]:
    """Per tuning split: [{"features", "votes", "gold"}] for the extractor's figures matched to gold."""
    from extract import learned
    from extract.evaluate import _as_dict, load_gold, same_figure

    out: dict[str, list[dict]] = {}
    for split in TUNING:
        rows = out.setdefault(split, [])
        for doc in load_gold(split):
            found = run_rules(doc.text, doc.title)
            free = list(found)
            for g in doc.figures:
                cands = [i for i, (fig, _, _) in enumerate(free) if same_figure(g, _as_dict(fig))]
                if not cands:
                    continue
                fig, votes, feats = free.pop(cands[0])
                rows.append({"features": feats + (learned.vote_features(votes) if learned.VOTES else []),
                             "votes": votes, "gold": g["activity"]})
    return out


def fit(rows: list[tuple[list[str], str]], sample_weight: list[float], labels: list[str],
        offset: np.ndarray | None = None) -> dict:
    """A softmax regression over the binary features of `rows` ([(features, label)]), as written to
    model.json: {"labels", "features", "bias", "weights"} (rounded). `offset` ([rows x labels]):
    fixed logits added to each row's (the rules' votes, when the model learns their corrections)."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocab = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    n, n_feats, n_labels = len(rows), len(vocab), len(labels)
    label_index = {lab: i for i, lab in enumerate(labels)}
    y = np.array([label_index[lab] for _, lab in rows], dtype=np.int64)
    ids: list[int] = []
    ptr = [0]
    for feats, _ in rows:
        ids.extend(sorted({index[f] for f in feats if f in index}))
        ptr.append(len(ids))
    idx = np.asarray(ids, dtype=np.int64)
    bounds = np.asarray(ptr, dtype=np.int64)
    row_of = np.repeat(np.arange(n), np.diff(bounds))
    # the same nonzeros in feature order (stable: each feature's rows in row order), for the gradient
    by_feature = np.argsort(idx, kind="stable")
    row_by_feature = row_of[by_feature]
    feature_starts = np.searchsorted(idx[by_feature], np.arange(n_feats))
    # rows left with no feature of the vocabulary sum to nothing (reduceat would repeat a neighbour's)
    has_feats = np.diff(bounds) > 0
    row_starts = np.minimum(bounds[:-1], max(len(idx) - 1, 0))
    sw = np.asarray(sample_weight, dtype=np.float64)
    freq = np.bincount(y, weights=sw, minlength=n_labels)
    class_w = np.where(freq > 0, (freq.sum() / np.maximum(freq, 1e-12) / n_labels) ** CLASS_ALPHA, 0.0)
    sw = sw * class_w[y]
    sw /= sw.sum()
    fixed = np.zeros((n_labels, n)) if offset is None else np.asarray(offset, dtype=np.float64).T
    target = np.zeros((n_labels, n))
    target[y, np.arange(n)] = 1.0
    # weights held label-major ([labels x features]): every gather and segment sum below runs along
    # contiguous memory (np.add.reduceat), ~5x faster than prefix sums over feature-major rows
    w = np.zeros((n_labels, n_feats))
    b = np.zeros((n_labels, 1))
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        # each row's logits: the sum of its features' weights
        z = b + fixed + (np.where(has_feats, [np.add.reduceat(row[idx], row_starts) for row in w], 0.0)
                         if len(idx) else 0.0)
        z -= z.max(axis=0, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=0, keepdims=True)
        g = (p - target) * sw
        # each feature's gradient: the sum over the rows that have it
        grad_w = np.array([np.add.reduceat(row[row_by_feature], feature_starts) for row in g]) + L2 * w
        grad_b = g.sum(axis=1, keepdims=True)
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w * grad_w
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b * grad_b
        w -= RATE * (m_w / (1 - beta1 ** step)) / (np.sqrt(v_w / (1 - beta2 ** step)) + eps)
        b -= RATE * (m_b / (1 - beta1 ** step)) / (np.sqrt(v_b / (1 - beta2 ** step)) + eps)
    return {"labels": labels, "features": vocab,
            "bias": [round(float(x), ROUND) for x in b[:, 0]],
            "weights": [[round(float(x), ROUND) for x in row] for row in w.T]}


def write(model: dict, out: Path) -> Path:
    """model.json, one feature per line (readable diffs), the same bytes for the same model."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "model.json"
    lines = ["{", f'"labels": {json.dumps(model["labels"])},', f'"bias": {json.dumps(model["bias"])},',
             '"features": [']
    lines += [json.dumps(f, ensure_ascii=False) + ("," if i < len(model["features"]) - 1 else "")
              for i, f in enumerate(model["features"])]
    lines += ["],", '"weights": [']
    lines += [json.dumps(row) + ("," if i < len(model["weights"]) - 1 else "") for i, row in enumerate(model["weights"])]
    lines += ["]", "}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def scores(rows: list[dict], model: dict) -> list[int]:
    """Correct figures of the held split: [rules, model alone, rules + w x model for w in WEIGHTS]."""
    from extract import learned

    probs = learned.predict([r["features"] for r in rows], learned.unpack(model))
    saved = learned.WEIGHT
    try:
        learned.WEIGHT = 0.0
        out = [sum(learned.combine(r["votes"], {}) == r["gold"] for r in rows),
               sum(max(p, key=p.get) == r["gold"] for r, p in zip(rows, probs))]
        for weight in WEIGHTS:
            learned.WEIGHT = weight
            out.append(sum(learned.combine(r["votes"], p) == r["gold"] for r, p in zip(rows, probs)))
    finally:
        learned.WEIGHT = saved
    return out


def rule_offsets(gold: dict[str, list[dict]], splits, labels: list[str], scale: float) -> np.ndarray:
    """[rows x labels]: the rules' totals (learned.rule_totals) of the splits' gold figures times
    `scale`, in training_rows' order: the fixed logits of a model trained as a correction of the rules."""
    from extract import learned

    column = {lab: i for i, lab in enumerate(labels)}
    rows = [r for s in splits for r in gold[s]]
    out = np.zeros((len(rows), len(labels)))
    for i, r in enumerate(rows):
        for act, v in learned.rule_totals(r["votes"]).items():
            out[i, column[act]] = scale * v
    return out


def corrected(rows: list[dict], model: dict, scale: float) -> int:
    """Correct figures of the held split by a model trained as a correction of the rules
    (rule_offsets): the best of its logits plus the rules' totals times `scale`, as in training."""
    from extract import learned

    right = 0
    for r, p in zip(rows, learned.predict([r["features"] for r in rows], learned.unpack(model))):
        total = learned.rule_totals(r["votes"])
        # log p is the model's logits up to a constant per figure: the argmax is the trained one's
        logits = {act: scale * total.get(act, 0.0) + math.log(max(q, 1e-300)) for act, q in p.items()}
        right += max(logits, key=logits.get) == r["gold"]
    return right


def training_rows(gold: dict[str, list[dict]], splits, silver_rows) -> tuple[list, list[float]]:
    rows = list(silver_rows) + [(r["features"], r["gold"]) for s in splits for r in gold[s]]
    weights = [1.0 / SILVER_DISCOUNT] * len(silver_rows) + [1.0] * (len(rows) - len(silver_rows))
    return rows, weights


def cross_validate(gold: dict[str, list[dict]], silver_rows, labels: list[str],
                   corrections: tuple[float, ...] = ()) -> str:
    """Leave one tuning split out: the compact table of accuracies (and, per scale in
    `corrections`, of a model trained as a correction of the rules: column c=scale)."""
    from extract import learned

    cols = ["rules", "model"] + [f"w={w:g}" + ("*" if w == learned.WEIGHT else "") for w in WEIGHTS]
    cols += [f"c={c:g}" for c in corrections]
    lines = [f"{'held split':<11}{'n':>5} " + " ".join(f"{c:>6}" for c in cols)]
    total = np.zeros(len(cols))
    for held in TUNING:
        rows, weights = training_rows(gold, [s for s in TUNING if s != held], silver_rows)
        train = [s for s in TUNING if s != held]
        right = scores(gold[held], fit(rows, weights, labels)) + [
            corrected(gold[held], fit(rows, weights, labels, rule_offsets(gold, train, labels, c)), c)
            for c in corrections]
        total += right
        n = len(gold[held])
        lines.append(f"{held:<11}{n:>5} " + " ".join(f"{r / n:6.3f}" for r in right) +
                     (f"  ({NOTES[held]})" if held in NOTES else ""))
    n = sum(len(gold[s]) for s in TUNING)
    lines.append(f"{'pooled':<11}{n:>5} " + " ".join(f"{r / n:6.3f}" for r in total))
    lines.append(f"{'(figures)':<11}{n:>5} " + " ".join(f"{int(r):>6}" for r in total))
    return "\n".join(lines)


def cluster_table(gold: dict[str, list[dict]], labels: list[str], fine_only: bool = False) -> str:
    """Leave one tuning split out for each of CLUSTER_VARIANTS (the gold's features made with a
    cluster file, learned.CLUSTER_FILE): figures right at w=1 and w=2 on the LEAST splits, their sum
    and the pooled sum, one column pair per variant (`fine_only`: the coarse clusters dropped too)."""
    from extract import learned

    def kept(feats: list[str], families: tuple[str, ...]) -> list[str]:
        out = []
        for f in feats:
            family, _, value = f.partition("=")
            if family in learned.CLUSTER_FAMILIES and (family not in families or (fine_only and value[:1] == "C")):
                continue
            out.append(f)
        return out

    cols = {1.0: WEIGHTS.index(1.0) + 2, 2.0: WEIGHTS.index(2.0) + 2}
    right: dict[str, dict[str, list[int]]] = {}
    for name, families in CLUSTER_VARIANTS.items():
        started = time.perf_counter()
        rows = {s: [dict(r, features=kept(r["features"], families)) for r in gold[s]] for s in TUNING}
        for held in TUNING:
            train, weights = training_rows(rows, [s for s in TUNING if s != held], [])
            right.setdefault(held, {})[name] = scores(rows[held], fit(train, weights, labels))
        n_feats = len({f for s in TUNING for r in rows[s] for f in r["features"]})
        print(f"  {name}: {n_feats} distinct features, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    head = f"{'held split':<11}{'n':>5}{'rules':>7}" + "".join(f"{name + ' w=' + format(w, 'g'):>16}"
                                                           for name in CLUSTER_VARIANTS for w in cols)
    lines = [head]

    def line(label: str, splits) -> str:
        n = sum(len(gold[s]) for s in splits)
        rules = sum(right[s]["shipped"][0] for s in splits)
        return f"{label:<11}{n:>5}{rules:>7}" + "".join(
            f"{sum(right[s][name][c] for s in splits):>16}" for name in CLUSTER_VARIANTS for c in cols.values())

    lines += [line(s, [s]) for s in LEAST]
    lines += [line("least", LEAST), line("pooled", TUNING)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from extract.activity import labels as activity_labels
    from extract.learned import MODEL_DIR

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-split-out cross-validation over the tuning splits")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--correction", type=float, action="append", default=[],
                    help="--cv also trains the model as a correction of the rules, their totals times this "
                         "scale a fixed offset in its logits (repeatable; gold only)")
    ap.add_argument("--silver", type=int, default=0, help="add N silver figures (default 0: the gold alone)")
    ap.add_argument("--silver-limit", type=int, default=None, help="silver from the first N corpus articles")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/baocao-silver-activity.jsonl.gz"))
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--exclude-ids", type=Path, default=None,
                    help="a file of article ids (one a line) kept out of the silver labels")
    ap.add_argument("--clusters", type=Path, default=None,
                    help="a word cluster file (scripts/train_word_clusters.py): the features read it, and --cv "
                         "compares the feature sets of CLUSTER_VARIANTS with and without its clusters")
    ap.add_argument("--fine-only", action="store_true", help="--clusters: the fine clusters alone")
    args = ap.parse_args(argv)
    if args.correction and args.silver:
        ap.error("--correction needs the rules' votes of every training figure: the gold alone")
    labels = sorted(activity_labels())
    started = time.perf_counter()
    silver_rows: list = []
    if args.silver:
        if args.exclude_ids is None:
            ap.error("--silver needs --exclude-ids (the held-out split's ids stay out of training)")
        exclude = frozenset(args.exclude_ids.read_text(encoding="utf-8").split())
        from extract import learned

        rng = random.Random(SEED)
        sil = [(f.split() + learned.vote_features(v), label)
               for f, label, v in silver(args.cache, args.silver_limit, exclude)
               if label != "khac" or rng.random() < KHAC_SHARE]
        rng.shuffle(sil)
        silver_rows = sil[:args.silver]
        print(f"silver: {len(silver_rows)} figures", file=sys.stderr)
    if args.clusters is not None and not (args.cv and args.no_save):
        ap.error("--clusters compares feature sets (--cv --no-save); a cluster map ships as "
                 "extract/models/activity/clusters.json, which the features then read by default")
    if args.clusters is not None:
        from extract import learned

        learned.CLUSTER_FILE = args.clusters
    gold = gold_rows()
    print("gold figures matched: " + ", ".join(f"{s} {len(r)}" for s, r in gold.items()) +
          f" ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if args.cv and args.clusters is not None:
        print(cluster_table(gold, labels, args.fine_only), flush=True)
    elif args.cv:
        print(cross_validate(gold, silver_rows, labels, tuple(args.correction)), flush=True)
    if not args.no_save:
        rows, weights = training_rows(gold, TUNING, silver_rows)
        path = write(fit(rows, weights, labels), args.out)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"model written to {path} ({path.stat().st_size / 1e6:.2f} MB, sha256 {digest[:16]}, "
              f"{time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
