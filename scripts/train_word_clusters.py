"""Distributional word clusters for the learned activity classifier (extract/learned.py, learn8).

    python scripts/train_word_clusters.py [--out FILE] [--limit N]

Needs the `train` extra (gensim; never needed at run time). The classifier's features are word
identities, so a synonym of a known cue that the tuning gold never showed ("ủng hộ" beside "hỗ
trợ", "trao tặng" beside "trao") gets nothing; a cluster of words that occur in the same contexts
over the shared corpus gives the unseen one its neighbours' weight.

1. The shared corpus (../shared/corpora/baomoi-2017.jsonl.gz) minus every gold article (all splits
   of tests/gold/real.jsonl, the held-out ones included) and the ids of --exclude-ids (a held-out
   draw still being annotated), cut into clauses and words as extract.learned reads them
   (learned._words: lower case, digits one "0").
2. Two Word2Vec models (gensim, CBOW): one over syllables, one over the syllable pairs the
   classifier's bigram features use ("hỗ_trợ"; the stream of overlapping pairs of each clause).
   Deterministic: one worker, a fixed seed, and PYTHONHASHSEED fixed (gensim seeds each word's
   initial vector from Python's string hash; the script re-runs itself with it set).
3. Spherical k-means (numpy, k-means++ from a fixed seed) of each model's most frequent words into
   FINE clusters, then of the FINE centroids into COARSE ones: two granularities, as Brown-cluster
   prefixes give.
4. Writes only the word -> cluster map (JSON, a few MB): {"syllables": {word: fine}, "pairs": {...},
   "syllable_coarse": [coarse of each fine], "pair_coarse": [...], "meta": {...}}.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the classifier's own training script: one thread for numpy (set on its import), the corpus and
# gold paths, the gold ids
from train_models import CORPUS, corpus_articles, gold_ids  # noqa: E402

import numpy as np  # noqa: E402
OUT = Path("/tmp/baocao-word-clusters.json")
SEED = 20261207
# Word2Vec: CBOW over a window of five each side, ten negatives, five passes; words seen fewer than
# MIN_COUNT times get no vector
DIM = 100
WINDOW = 5
EPOCHS = 5
MIN_COUNT = 5
# how many of each model's most frequent words are clustered and shipped, and into how many clusters
SYLLABLES = 12_000
PAIRS = 60_000
FINE = 400
COARSE = 50
KMEANS_STEPS = 25

# a clause: the text between sentence and clause punctuation or line breaks (the classifier's
# windows never cross a sentence)
_CLAUSE = re.compile(r"[.!?;:\n\"“”()]+")


def excluded(extra: Path | None) -> set[str]:
    """Every gold article id (all splits) and the ids of `extra`."""
    ids = gold_ids()
    if extra is not None:
        ids |= set(extra.read_text(encoding="utf-8").split())
    return ids


def clauses(skip: set[str], limit: int | None) -> list[list[str]]:
    """The corpus's clauses as word lists (learned._words), in corpus order."""
    from extract.learned import _words

    out: list[list[str]] = []
    # one string object per distinct word: twenty million references, not twenty million strings
    seen: dict[str, str] = {}
    n = 0
    for n, art in enumerate(corpus_articles(skip, limit), 1):
        for part in _CLAUSE.split((art.get("title") or "") + "\n" + (art.get("text") or "")):
            words = [seen.setdefault(w, w) for w in _words(part)]
            if len(words) > 1:
                out.append(words)
    print(f"corpus: {n} articles, {len(out)} clauses, {sum(map(len, out))} words", file=sys.stderr)
    return out


def pair_stream(sentences: list[list[str]]) -> list[list[str]]:
    """Each clause's overlapping syllable pairs ("hỗ_trợ"), one string object per distinct pair."""
    seen: dict[tuple[str, str], str] = {}
    out = []
    for s in sentences:
        row = []
        for a, b in zip(s, s[1:]):
            pair = seen.get((a, b))
            if pair is None:
                pair = seen[(a, b)] = a + "_" + b
            row.append(pair)
        out.append(row)
    return out


def vectors(sentences: list[list[str]], top: int) -> tuple[list[str], np.ndarray]:
    """The `top` most frequent words of a Word2Vec model over `sentences` and their unit vectors."""
    from gensim.models import Word2Vec

    started = time.perf_counter()
    model = Word2Vec(sentences, vector_size=DIM, window=WINDOW, min_count=MIN_COUNT, sg=0, negative=10,
                     epochs=EPOCHS, workers=1, seed=SEED)
    words = model.wv.index_to_key[:top]
    vec = np.asarray(model.wv[words], dtype=np.float64)
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    print(f"  word2vec: {len(model.wv)} words, {len(words)} kept ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    return words, vec


def kmeans(x: np.ndarray, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means of the unit rows of x: (cluster of each row, unit centroids). k-means++
    seeding from `seed`; ties go to the lower cluster (argmax), so the result is the same bytes."""
    rng = np.random.default_rng(seed)
    centres = [int(rng.integers(len(x)))]
    best = 1.0 - x @ x[centres[0]]
    for _ in range(1, k):
        p = np.maximum(best, 0.0) ** 2
        centres.append(int(rng.choice(len(x), p=p / p.sum())))
        best = np.minimum(best, 1.0 - x @ x[centres[-1]])
    c = x[centres].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(KMEANS_STEPS):
        assign = np.argmax(x @ c.T, axis=1)
        sums = np.zeros_like(c)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        # an emptied cluster keeps its centre
        c = np.where(norms > 0, sums / np.maximum(norms, 1e-12), c)
    return assign, c


def clustered(words: list[str], vec: np.ndarray, seed: int) -> tuple[dict[str, int], list[int]]:
    """({word: fine cluster}, [coarse cluster of each fine one])."""
    fine, centres = kmeans(vec, FINE, seed)
    coarse, _ = kmeans(centres, COARSE, seed + 1)
    return {w: int(f) for w, f in zip(words, fine)}, [int(c) for c in coarse]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=None, help="the first N corpus articles only (a quick run)")
    ap.add_argument("--exclude-ids", type=Path, default=None,
                    help="a file of article ids (one a line) kept out besides the gold")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    skip = excluded(args.exclude_ids)
    sents = clauses(skip, args.limit)
    syllables, syl_vec = vectors(sents, SYLLABLES)
    # the pair stream of each clause: its overlapping syllable pairs, as the classifier's nn=/aa= read them
    pair_sents = pair_stream(sents)
    del sents
    pairs, pair_vec = vectors(pair_sents, PAIRS)
    syl_map, syl_coarse = clustered(syllables, syl_vec, SEED)
    pair_map, pair_coarse = clustered(pairs, pair_vec, SEED + 2)
    meta = {"corpus": CORPUS.name, "excluded_ids": len(skip), "limit": args.limit, "dim": DIM, "window": WINDOW,
            "epochs": EPOCHS, "min_count": MIN_COUNT, "fine": FINE, "coarse": COARSE, "seed": SEED}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"meta": meta, "syllable_coarse": syl_coarse, "pair_coarse": pair_coarse,
                       "syllables": syl_map, "pairs": pair_map}, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(body + "\n", encoding="utf-8")
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(f"clusters written to {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, sha256 {digest}, "
          f"{time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    # gensim draws each word's initial vector from a seed string hashed with Python's hash(): the
    # same vectors on every run only under a fixed PYTHONHASHSEED (gensim's reproducibility notes)
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    raise SystemExit(main())
