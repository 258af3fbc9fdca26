"""Build extract/data/never_counted.toml: words that a number is written before in the news but that
the news never counts (issue 10, round 26).

    python scripts/build_never_counted.py [--corpus PATH] [--min-uses 100] [--max-share 0.001]
                                          [--min-after-number 2] [--max-number-share 0.03] [--out extract/data/never_counted.toml]

WHY. A number read as counting the word after it is a false figure when that word is a plain verb
or adjective ("2 bắt đầu", "09 khẩn thiết", "5 phát sóng", "20-61 muốn", "hai bền"): the number
ends a date, a code or a list, and the next clause starts. Underthesea's part-of-speech tag cannot
tell these apart, because the news counts many words the lexicon tags V or A ("quyết định", "tổ
chức", "kiến nghị", "cách", "tập"). A corpus test does: a word that is ever counted is also written
after the plural and quantity determiners "các", "những", "mỗi", "nhiều", "vài", "mọi" ("các quyết
định", "những tập phim"), and one that never is ("bắt đầu", "muốn", "chính xác") almost never is.

WHAT. Over the unannotated baomoi articles (default the `shared_corpus` setting,
../shared/corpora/baomoi-2017.jsonl.gz beside the checkout): pass 1 collects the one- to three-syllable lower-case
sequences written right after a number (digits, or a spelled digit "hai" ... "chín"); pass 2 counts,
for each of them, its uses anywhere (a run of syllables inside one clause, case folded, NFC) and its
uses right after one of the determiners, or after a determiner and a classifier of units.toml
("những con dê": animals and things are counted through their classifier). The units the gold of the
tuning splits counts are kept out of the list (scripts/train_models.TUNING; no held-out split read). A word is written out when it was read after a number at
least --min-after-number times, has --min-uses uses or more, and its determiner share is at most
--max-share, and at most a share --max-number-share of its uses come after a number (a word often
counted by a number, "100 côn đồ", "125 phân khối", is a unit whatever the determiners). Deterministic: no sampling, the output sorted, the counts written next to each word.

The extractor (extract/figures.py) drops a figure whose counted word is in the list, only when no
classifier stands between number and word ("1 cuộc họp" stays) and the word is no unit of units.toml.
The data file is committed; this script is only needed to regenerate it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DETERMINERS = ("các", "những", "mỗi", "nhiều", "vài", "mọi")
SPELLED = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")  # ("năm" is mostly "year")
MAX_SYLLABLES = 3
# a clause: a run of words between punctuation marks; a syllable: letters only, lower-cased
_CLAUSE = re.compile(r"[^\n.,;:!?()\"“”'‘’\[\]…/–-]+")
_TOKEN = re.compile(r"\S+")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_SYLLABLE = re.compile(r"^[^\W\d_]+$")


def _corpus_path(given: str | None) -> Path:
    sys.path.insert(0, str(ROOT))
    from ingest.settings import shared_corpus
    path = shared_corpus(given)
    if not path.exists():
        raise SystemExit(f"{path}: corpus not found (pass --corpus or set BAOCAO_SHARED_CORPUS)")
    return path


def _clauses(path: Path):
    """Each clause of each article as a list of tokens (NFC; syllables lower-cased, others kept)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = unicodedata.normalize("NFC", json.loads(line)["text"])
            for clause in _CLAUSE.findall(text):
                yield _TOKEN.findall(clause)


def _after_number(tokens: list[str]):
    """The 1..3-syllable lower-case sequences written right after a number in one clause."""
    for i, tok in enumerate(tokens[:-1]):
        if not (_NUMBER.match(tok) or tok.lower() in SPELLED):
            continue
        words = []
        for nxt in tokens[i + 1:i + 1 + MAX_SYLLABLES]:
            if not _SYLLABLE.match(nxt) or not nxt.islower():
                break
            words.append(nxt)
            yield " ".join(words)


def _classifiers() -> frozenset[str]:
    """The classifiers of units.toml: "những con dê", "các chiếc xe lăn" count the noun after them."""
    with (ROOT / "extract" / "data" / "units.toml").open("rb") as handle:
        return frozenset(unicodedata.normalize("NFC", w).lower() for w in tomllib.load(handle)["classifiers"]["words"])


def _gold_units() -> frozenset[str]:
    """The units the gold of the TUNING splits counts (never a held-out split): kept out of the list."""
    sys.path.insert(0, str(ROOT))
    from extract.evaluate import load_gold
    from scripts.train_models import TUNING
    return frozenset(unicodedata.normalize("NFC", f["unit"]).lower()
                     for split in TUNING for d in load_gold(split) for f in d.figures if f.get("unit"))


def build(path: Path, min_uses: int, max_share: float, min_after_number: int, max_number_share: float):
    after_number: Counter[str] = Counter()
    for tokens in _clauses(path):
        after_number.update(_after_number(tokens))
    candidates = {w for w, n in after_number.items() if n >= min_after_number}
    uses: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    dets = frozenset(DETERMINERS)
    classifiers = _classifiers()
    for tokens in _clauses(path):
        low = [t.lower() for t in tokens]
        for i in range(len(low)):
            for k in range(1, MAX_SYLLABLES + 1):
                if i + k > len(low):
                    break
                phrase = " ".join(low[i:i + k])
                if phrase in candidates:
                    uses[phrase] += 1
                    if i and low[i - 1] in dets or i > 1 and low[i - 1] in classifiers and low[i - 2] in dets:
                        counted[phrase] += 1  # "các quyết định", "những con dê", "các cuộc họp"
    gold = _gold_units()
    from extract import vi
    lexicon = vi.pos_lexicon()
    rows = sorted((w, uses[w], counted[w], after_number[w]) for w in candidates
                  if uses[w] >= min_uses and counted[w] <= max_share * uses[w] and w not in gold
                  # a word written after numbers often is a unit however rarely "các" comes before it
                  # ("100 côn đồ", "125 phân khối"; unannotated check of round 26)
                  and after_number[w] <= max_number_share * uses[w]
                  # and a word of underthesea's lexicon with a tag other than a noun's: a noun the news
                  # names collectively ("hai quân đội": "các quân đội" is rare) or a word the lexicon
                  # lacks ("64 cabin") is still counted
                  and lexicon.get(w, "N")[:1] != "N")
    return rows, len(candidates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus")
    ap.add_argument("--min-uses", type=int, default=100)
    ap.add_argument("--max-share", type=float, default=0.001)
    ap.add_argument("--min-after-number", type=int, default=2)
    ap.add_argument("--max-number-share", type=float, default=0.03)
    ap.add_argument("--out", default=str(ROOT / "extract" / "data" / "never_counted.toml"))
    args = ap.parse_args()
    path = _corpus_path(args.corpus)
    rows, n_candidates = build(path, args.min_uses, args.max_share, args.min_after_number,
                                args.max_number_share)
    lines = [
        "# Words the news writes after a number but never counts: generated by",
        "# scripts/build_never_counted.py (read its docstring for why) from the unannotated baomoi",
        f"# articles: of {n_candidates} sequences read after a number at least {args.min_after_number} times, those with",
        f"# {args.min_uses}+ uses, at most a share {args.max_number_share} after a number, and at most a share {args.max_share} right after "
        + ", ".join(f'"{d}"' for d in DETERMINERS) + ".",
        "# extract/figures.py drops a figure counting one of them unless a classifier comes before it",
        "# or units.toml lists it. Regenerate with the script; do not edit by hand (put exceptions in",
        "# units.toml). Only words the lexicon tags as no noun. Each word: uses, uses after a determiner, uses after a number.",
        "",
        "[words]",
        "list = [",
    ]
    lines += [f'    "{w}",  # {u} {c} {a}' for w, u, c, a in rows]
    lines += ["]", ""]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(rows)} words of {n_candidates} candidates -> {args.out}")


if __name__ == "__main__":
    main()
