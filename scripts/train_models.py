"""Train the learned activity classifier shipped in extract/models/activity/ (see extract/learned.py).

    python scripts/train_models.py [--silver-limit N] [--cv] [--out extract/models/activity]

1. Silver labels: the rules (extract.pipeline with the model switched off) over the shared
   corpus (../shared/corpora/baomoi-2017.jsonl.gz), skipping every article of tests/gold/real.jsonl.
   Each prose figure gives its features (extract.learned.features) and the rules' activity.
   Cached in --cache (a gzip JSON-lines file) keyed by the corpus size and the limit.
2. Gold: the figures of the TUNING splits only (dev, dev2, dev3, dev4) that the extractor finds,
   labelled with the gold activity (matched as extract.evaluate matches them). Never test/test2.
3. --cv: for each tuning split in turn, train on silver + the other tuning splits' gold and
   report on the held split the activity accuracy of the rules alone, the model alone and the
   rules plus WEIGHT x the model for a few weights; the weight in extract/learned.py is chosen
   from this table.
4. The final model: silver + all tuning gold, written to --out (spaCy's to_disk).

Fixed seed; a few minutes on one core. Nothing is downloaded.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "baomoi-2017.jsonl.gz"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/baomoi-2017.jsonl.gz")
GOLD = ROOT / "tests" / "gold" / "real.jsonl"
TUNING = ("dev", "dev2", "dev3", "dev4")
SEED = 20261205
# gold figures are few (~440) beside the silver ones (~100k): each counts this many times
GOLD_REPEAT = 50
EPOCHS = 2
# three silver figures in four are khac (no cue near them): a share of those is enough
KHAC_SHARE = 0.3
HASH_LENGTH = 2 ** 17  # feature hash table of the bag-of-words model: 2^17 x 14 classes x 4 bytes = 7 MB
WEIGHTS = (0.0, 0.3, 0.5, 0.8, 1.2, 2.0, 5.0)


def gold_ids() -> set[str]:
    with GOLD.open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh if line.strip()}


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


def silver(cache: Path, limit: int | None, exclude: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """[(features joined by spaces, rule activity)] over the corpus minus the gold articles (and
    the ids in `exclude`: a held-out split still being annotated)."""
    key = {"corpus": str(CORPUS), "size": CORPUS.stat().st_size, "limit": limit, "votes": True,
           "excluded": len(exclude)}
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            head = json.loads(fh.readline())
            if head == key:
                return [tuple(json.loads(line)) for line in fh]
    from extract import learned

    skip = gold_ids() | exclude
    out: list[tuple[str, str]] = []
    started = time.perf_counter()
    n = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["id"] in skip:
                continue
            if limit is not None and n >= limit:
                break
            n += 1
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
                rows.append({"features": " ".join(feats + (learned.vote_features(votes) if learned.VOTES else [])),
                             "votes": votes, "gold": g["activity"]})
    return out


def train(examples: list[tuple[str, str]], labels: list[str]):
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 1,
        "no_output_layer": False, "length": HASH_LENGTH}})
    for label in labels:
        textcat.add_label(label)

    def make(rows):
        for feats, label in rows:
            doc = Doc(nlp.vocab, words=feats.split() or ["u="])
            yield Example.from_dict(doc, {"cats": {lab: float(lab == label) for lab in labels}})

    optimizer = nlp.initialize(lambda: make(examples[:500]))
    rng = random.Random(SEED)
    order = list(examples)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        losses: dict = {}
        for batch in minibatch(order, size=256):
            nlp.update(list(make(batch)), sgd=optimizer, losses=losses)
        print(f"  epoch {epoch + 1}: loss {losses.get('textcat', 0):.1f}", file=sys.stderr, flush=True)
    return nlp


def probabilities(nlp, rows: list[dict]) -> list[dict[str, float]]:
    from spacy.tokens import Doc

    textcat = nlp.get_pipe("textcat")
    docs = [Doc(nlp.vocab, words=r["features"].split() or ["u="]) for r in rows]
    return [dict(zip(textcat.labels, map(float, s))) for s in textcat.model.predict(docs)]


def accuracy(rows: list[dict], probs: list[dict], weight: float | None) -> float:
    """weight None: the model alone."""
    from extract import learned

    ok = 0
    for row, p in zip(rows, probs):
        if weight is None:
            pred = max(p.items(), key=lambda kv: kv[1])[0]
        else:
            saved, learned.WEIGHT = learned.WEIGHT, weight
            pred = learned.combine(row["votes"], p)
            learned.WEIGHT = saved
        ok += pred == row["gold"]
    return ok / len(rows) if rows else 0.0


def main(argv: list[str] | None = None) -> int:
    from extract.activity import labels as activity_labels
    from extract.learned import MODEL_DIR

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--silver-limit", type=int, default=None, help="first N corpus articles (default: all)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/baocao-silver-activity.jsonl.gz"))
    ap.add_argument("--cv", action="store_true", help="cross-validate over the tuning splits first")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--no-silver", action="store_true", help="train on the tuning gold alone")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--exclude-ids", type=Path, default=None,
                    help="a file of article ids (one a line) kept out of the silver labels")
    args = ap.parse_args(argv)
    exclude = frozenset(args.exclude_ids.read_text(encoding="utf-8").split()) if args.exclude_ids else frozenset()
    labels = sorted(activity_labels())
    started = time.perf_counter()
    sil = silver(args.cache, args.silver_limit, exclude)
    if args.no_silver:
        sil = []
    rng = random.Random(SEED)
    from extract import learned
    sil = [(f + (" " + " ".join(learned.vote_features(v)) if learned.VOTES else ""), label)
           for f, label, v in sil if label != "khac" or rng.random() < KHAC_SHARE]
    print(f"silver: {len(sil)} figures ({time.perf_counter() - started:.0f} s); labels "
          f"{Counter(l for _, l in sil).most_common()}", file=sys.stderr)
    gold = gold_rows()
    print("gold figures matched: " + ", ".join(f"{s} {len(r)}" for s, r in gold.items()), file=sys.stderr)
    if args.cv:
        header = f"{'held split':<10} {'n':>4} {'rules':>6} {'model':>6} " + " ".join(f"w={w:<4}" for w in WEIGHTS[1:])
        lines = [header]
        totals: Counter = Counter()
        n_all = 0
        for held in TUNING:
            rows = [(r["features"], r["gold"]) for s in TUNING if s != held for r in gold[s]] * GOLD_REPEAT
            nlp = train(sil + rows, labels)
            probs = probabilities(nlp, gold[held])
            n = len(gold[held])
            n_all += n
            accs = [accuracy(gold[held], probs, 0.0), accuracy(gold[held], probs, None)] + \
                   [accuracy(gold[held], probs, w) for w in WEIGHTS[1:]]
            for i, a in enumerate(accs):
                totals[i] += a * n
            lines.append(f"{held:<10} {n:>4} " + " ".join(f"{a:6.3f}" for a in accs))
        lines.append(f"{'all':<10} {n_all:>4} " + " ".join(f"{totals[i] / n_all:6.3f}" for i in range(len(WEIGHTS) + 1)))
        print("\n".join(lines))
    if not args.no_save:
        rows = [(r["features"], r["gold"]) for s in TUNING for r in gold[s]] * GOLD_REPEAT
        nlp = train(sil + rows, labels)
        args.out.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(args.out)
        print(f"model written to {args.out} ({sum(f.stat().st_size for f in args.out.rglob('*') if f.is_file()) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
