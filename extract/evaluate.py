"""Score the extractor against the hand-annotated gold files in tests/gold/.

    python -m extract.evaluate [--split dev|dev2|dev3|dev4|test|test2|corpus|all] [--baseline] [--verbose]
                               [--no-activities] [--rules-only]

Figures are matched per document as multisets on (value, value_max, unit), the
unit compared after normalisation; activity, qualifier and kind (result | target) accuracy
are taken over the matched pairs, with precision/recall of `target`, with per-activity precision/recall and a confusion table
(gold activity by row, predicted by column). Organisations are compared as per-document sets of
canonical names. All scores are micro-averaged over the documents of a split.

Baselines (run with --baseline): figures = a plain number regex taking the
following word as unit; organisations = underthesea `ner` ORG spans as written
(and the same spans mapped through extract.orgs.canonicalize). With the learned activity
classifier shipped (extract/learned.py), the report adds a row "rules only": the same pipeline
with the classifier switched off; --rules-only scores that alone.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable

from extract.records import GOLD_FIGURE_FIELDS
from extract.resources import load, nfc

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
REAL_FILE = GOLD_DIR / "real.jsonl"
CORPUS_FILE = GOLD_DIR / "corpus.jsonl"
# splits of real.jsonl in the order "all" reports them; plus "corpus" (corpus.jsonl) and "all"
# test2..test21 are seeded draws of scripts/select_gold_split.py (test3 to test20 were each scored once and
# then tuned on; test21 is held out), dev4 to dev19 draws for tuning (tests/gold/GUIDELINES.md)
REAL_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "test", "test2", "test3", "test4", "test5",
               "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15",
               "test16", "test17", "test18", "test19", "test20", "test21")
SPLITS = (*REAL_SPLITS, "corpus", "all")

# Money spellings that all mean the unit "đồng" (contract: Money -> "đồng").
_MONEY_UNITS = {"đ", "vnđ", "vnd", "đồng"}
_REL_TOL = 1e-6


@dataclass(slots=True)
class GoldDoc:
    id: str
    split: str
    title: str
    text: str
    figures: list[dict]
    organizations: list[str]


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f}


@dataclass(slots=True)
class FigureMatch:
    """Result of matching one document's predicted figures to its gold figures."""
    pairs: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, predicted)
    missed: list[dict] = field(default_factory=list)  # gold without a prediction
    spurious: list[dict] = field(default_factory=list)  # predictions without gold

    @property
    def counts(self) -> Counts:
        return Counts(len(self.pairs), len(self.spurious), len(self.missed))


# ---------------------------------------------------------------- gold files

def load_gold(split: str = "test") -> list[GoldDoc]:
    """Gold documents of one split (one of REAL_SPLITS, "corpus" or "all")."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    docs: list[GoldDoc] = []
    if (split in REAL_SPLITS or split == "all") and REAL_FILE.exists():
        for obj in _read_jsonl(REAL_FILE):
            if split == "all" or obj["split"] == split:
                docs.append(_gold_doc(obj, obj["text"]))
    if split in ("corpus", "all") and CORPUS_FILE.exists():
        for obj in _read_jsonl(CORPUS_FILE):
            text, title = read_corpus_file(ROOT / obj["file"])
            obj.setdefault("split", "corpus")
            obj.setdefault("id", obj["file"])
            obj["title"] = obj.get("title") or title
            docs.append(_gold_doc(obj, text))
    return docs


def _read_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: invalid JSON ({exc.msg})") from None


def _gold_doc(obj: dict, text: str) -> GoldDoc:
    return GoldDoc(
        id=obj["id"], split=obj["split"], title=obj.get("title", ""), text=text,
        figures=list(obj.get("figures", [])), organizations=list(obj.get("organizations", [])),
    )


def read_corpus_file(path: Path) -> tuple[str, str]:
    """(text, title) of a corpus/ document: through the ingest readers when they
    exist (they handle docx/pdf/html), else plain UTF-8 text for .txt files."""
    reader = _ingest_reader()
    if reader is not None:
        doc = reader(path)
        return doc.text, getattr(doc, "title", "") or ""
    if path.suffix.lower() == ".txt":
        return path.read_text(encoding="utf-8"), ""
    raise ValueError(f"{path}: no ingest reader available for {path.suffix} files")


def _ingest_reader() -> Callable[[Path], Any] | None:
    """The first document of a file as the ingest readers store it (so offsets and text match)."""
    from extract.cli import read_documents

    def read(path: Path) -> Any:
        for doc in read_documents(path):
            if isinstance(doc, Exception):
                raise ValueError(f"{path}: {doc}")
            return doc
        raise ValueError(f"{path}: no document found")

    return read


# ---------------------------------------------------------------- matching

@cache
def _unit_spellings() -> dict[str, str]:
    """units.toml's written form -> stored unit, lower case: the gold keeps a unit as written
    ("hecta", "mét vuông"), the extractor stores one spelling per unit ("ha", "m2")."""
    aliases = load("units")["aliases"]
    return {nfc(k).lower(): nfc(v).lower() for k, v in aliases.items()}


def normalize_unit(unit: str | None) -> str:
    """Lower case, NFC, single spaces; every spelling of one unit becomes its stored form."""
    u = unicodedata.normalize("NFC", (unit or "")).lower().strip()
    u = re.sub(r"\s+", " ", u)
    u = "đồng" if u in _MONEY_UNITS else u
    return _unit_spellings().get(u, u)


def _field(fig: Any, name: str) -> Any:
    return fig.get(name) if isinstance(fig, dict) else getattr(fig, name, None)


def _as_dict(fig: Any) -> dict:
    out = {k: _field(fig, k) for k in GOLD_FIGURE_FIELDS}
    out["kind"] = out["kind"] or "result"  # the record's default: what a system does not mark is a result
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=_REL_TOL, abs_tol=1e-9)


def same_figure(gold: dict, pred: dict) -> bool:
    """True when value, value_max and normalised unit agree."""
    return (
        _close(gold["value"], pred["value"])
        and _close(gold.get("value_max"), pred.get("value_max"))
        and normalize_unit(gold["unit"]) == normalize_unit(pred["unit"])
    )


def match_figures(gold: list, predicted: list) -> FigureMatch:
    """Multiset matching: each prediction can satisfy one gold figure. Among
    equal candidates the one that also agrees on activity, then qualifier, is
    taken, so that duplicates do not steal a better partner."""
    golds = [_as_dict(g) for g in gold]
    free = [_as_dict(p) for p in predicted]
    result = FigureMatch()
    for g in golds:
        candidates = [i for i, p in enumerate(free) if same_figure(g, p)]
        if not candidates:
            result.missed.append(g)
            continue
        best = max(candidates, key=lambda i: (free[i]["activity"] == g["activity"],
                                              free[i]["qualifier"] == g["qualifier"],
                                              free[i]["kind"] == g["kind"]))
        result.pairs.append((g, free.pop(best)))
    result.spurious = free
    return result


def match_sets(gold: Iterable[str], predicted: Iterable[str]) -> tuple[Counts, set[str], set[str]]:
    """Counts plus (missed, spurious) for two sets of names (NFC-compared)."""
    g = {unicodedata.normalize("NFC", x) for x in gold}
    p = {unicodedata.normalize("NFC", x) for x in predicted}
    return Counts(len(g & p), len(p - g), len(g - p)), g - p, p - g


# ---------------------------------------------------------------- systems

@dataclass(slots=True)
class Prediction:
    figures: list[dict]
    organizations: set[str]


def _pipeline_system(rules_only: bool = False) -> tuple[Callable[[GoldDoc], Prediction] | None, str | None]:
    """The extractor as a system (and no message). Imported here: spaCy loads only when scoring.
    rules_only: with the learned activity classifier switched off."""
    from extract import learned
    from extract.pipeline import extract_text

    def run(doc: GoldDoc) -> Prediction:
        saved = learned.WEIGHT
        if rules_only:
            learned.WEIGHT = 0.0
        try:
            ex = extract_text(doc.text, title=doc.title)
        finally:
            learned.WEIGHT = saved
        orgs = {_field(o, "canonical") for o in _field(ex, "organizations") or []}
        return Prediction([_as_dict(f) for f in _field(ex, "figures") or []], {o for o in orgs if o})

    return run, None


# A number token and the word after it; "%" counts as a word.
_NUMBER_WORD = re.compile(r"(\d+(?:[.,]\d+)*)\s*(%|[^\W\d_]+)")


def _plain_number(token: str) -> float:
    # Vietnamese style: dots group thousands, a comma is the decimal mark.
    return float(token.replace(".", "").replace(",", "."))


def regex_figures(text: str) -> list[dict]:
    """Baseline figures: every number + following word, deduplicated on
    (value, unit) as the contract's counting rule asks."""
    seen: set[tuple[float, str]] = set()
    out: list[dict] = []
    for m in _NUMBER_WORD.finditer(text):
        if m.group(1).count(",") > 1:
            continue  # a list written without spaces ("quận 3,4,6,7"), no one number
        value, unit = _plain_number(m.group(1)), m.group(2).lower()
        if (value, unit) in seen:
            continue
        seen.add((value, unit))
        out.append({"text": m.group(0), "value": value, "value_max": None, "unit": unit,
                    "qualifier": "exact", "activity": "khac", "kind": "result"})
    return out


def ner_organizations(text: str) -> set[str]:
    """Baseline organisations: underthesea `ner` ORG spans, taken as written."""
    from underthesea import ner, sent_tokenize  # heavy import, only for the baseline

    names: set[str] = set()
    for sentence in sent_tokenize(text):
        span: list[str] = []
        for token in ner(sentence):
            word, tag = token[0], token[-1]
            if tag == "B-ORG" or (tag == "I-ORG" and not span):
                if span:
                    names.add(" ".join(span))
                span = [word]
            elif tag == "I-ORG":
                span.append(word)
            else:
                if span:
                    names.add(" ".join(span))
                span = []
        if span:
            names.add(" ".join(span))
    return names


def _canonicaliser() -> Callable[[str], str | None]:
    """The extractor's organisation canonicaliser (for the mapped NER baseline)."""
    from extract.orgs import canonicalize

    return canonicalize


# ---------------------------------------------------------------- scoring

def score(docs: list[GoldDoc], system: Callable[[GoldDoc], Prediction]) -> dict:
    """Micro-averaged scores of one system over documents, with per-document detail."""
    figs, orgs = Counts(), Counts()
    act_ok = qual_ok = kind_ok = matched = 0
    targets = Counts()  # `target` among the matched pairs: tp, fp (result marked target), fn
    details = []
    for doc in docs:
        pred = system(doc)
        fm = match_figures(doc.figures, pred.figures)
        oc, o_missed, o_spurious = match_sets(doc.organizations, pred.organizations)
        figs.add(fm.counts)
        orgs.add(oc)
        matched += len(fm.pairs)
        act_ok += sum(g["activity"] == p["activity"] for g, p in fm.pairs)
        qual_ok += sum(g["qualifier"] == p["qualifier"] for g, p in fm.pairs)
        kind_ok += sum(g["kind"] == p["kind"] for g, p in fm.pairs)
        for g, p in fm.pairs:
            gt, pt = g["kind"] == "target", p["kind"] == "target"
            targets.add(Counts(int(gt and pt), int(pt and not gt), int(gt and not pt)))
        details.append({
            "id": doc.id,
            "missed": fm.missed, "spurious": fm.spurious,
            "wrong_activity": [(g, p) for g, p in fm.pairs if g["activity"] != p["activity"]],
            "wrong_qualifier": [(g, p) for g, p in fm.pairs if g["qualifier"] != p["qualifier"]],
            "wrong_kind": [(g, p) for g, p in fm.pairs if g["kind"] != p["kind"]],
            "orgs_missed": sorted(o_missed), "orgs_spurious": sorted(o_spurious),
            "_pairs": fm.pairs,
        })
    confusion: dict[tuple[str, str], int] = {}
    for d in details:
        for g, p in d.pop("_pairs"):
            key = (g["activity"], p["activity"])
            confusion[key] = confusion.get(key, 0) + 1
    return {
        "figures": figs.scores(),
        "confusion": confusion,
        "per_activity": per_activity(confusion),
        "activity_accuracy": act_ok / matched if matched else 0.0,
        "activity_kappa": kappa(confusion),
        "qualifier_accuracy": qual_ok / matched if matched else 0.0,
        "kind_accuracy": kind_ok / matched if matched else 0.0,
        "targets": targets.scores(),
        "matched": matched,
        "organizations": orgs.scores(),
        "documents": details,
    }


def kappa(confusion: dict[tuple[str, str], int]) -> float:
    """Cohen's kappa of the activities over the matched figures: agreement beyond what two
    labellers with these label frequencies would reach by chance (1 = perfect, 0 = chance)."""
    n = sum(confusion.values())
    if not n:
        return 0.0
    observed = sum(c for (g, p), c in confusion.items() if g == p) / n
    gold, pred = Counter(), Counter()
    for (g, p), c in confusion.items():
        gold[g] += c
        pred[p] += c
    chance = sum(gold[a] * pred[a] for a in gold) / (n * n)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def per_activity(confusion: dict[tuple[str, str], int]) -> dict[str, dict]:
    """Precision and recall of each activity over the matched figures:
    {activity: {"gold", "predicted", "correct", "precision", "recall"}}."""
    out: dict[str, dict] = {}
    for (gold, pred), n in confusion.items():
        for act, key in ((gold, "gold"), (pred, "predicted")):
            row = out.setdefault(act, {"gold": 0, "predicted": 0, "correct": 0})
            row[key] += n
        if gold == pred:
            out[gold]["correct"] += n
    for row in out.values():
        row["precision"] = row["correct"] / row["predicted"] if row["predicted"] else 0.0
        row["recall"] = row["correct"] / row["gold"] if row["gold"] else 0.0
    return dict(sorted(out.items()))


def format_activities(s: dict) -> list[str]:
    """Per-activity precision/recall, then the confusion table (rows gold, columns predicted)."""
    acts = list(s["per_activity"])
    if not acts:
        return []
    lines = [f"{'hoạt động':<18} {'gold':>5} {'dự đoán':>7} {'đúng':>5} {'P':>6} {'R':>6}"]
    for act, row in s["per_activity"].items():
        lines.append(f"{act:<18} {row['gold']:>5} {row['predicted']:>7} {row['correct']:>5} "
                     f"{row['precision']:6.3f} {row['recall']:6.3f}")
    short = [a[:6] for a in acts]
    lines.append("nhầm lẫn (hàng: gold, cột: dự đoán)")
    lines.append(f"{'':<18} " + " ".join(f"{c:>6}" for c in short))
    for g in acts:
        cells = [s["confusion"].get((g, p), 0) for p in acts]
        if any(cells):
            lines.append(f"{g:<18} " + " ".join(f"{c if c else '.':>6}" for c in cells))
    return lines


def evaluate(split: str = "test", *, baseline: bool = False, pipeline: bool = True, rules_only: bool = False) -> dict:
    """Scores for a split: {"split", "documents", "gold_figures", "gold_organizations",
    "pipeline": scores | None, "pipeline_message": str | None, "baselines": {name: scores}}."""
    docs = load_gold(split)
    result: dict = {
        "split": split, "documents": len(docs),
        "gold_figures": sum(len(d.figures) for d in docs),
        "gold_organizations": sum(len(d.organizations) for d in docs),
        "pipeline": None, "pipeline_message": None, "baselines": {},
    }
    run = None
    if pipeline:
        run, result["pipeline_message"] = _pipeline_system(True) if rules_only else _pipeline_system()
        if run is not None:
            result["pipeline"] = score(docs, run)
    if baseline or run is None:
        result["baselines"] = _baselines(docs)
    if run is not None and not rules_only and _learned_active():
        result["baselines"] = {"rules only": score(docs, _pipeline_system(True)[0]), **result["baselines"]}
    return result


def agreement(split: str, second: Path, first: Path | None = None) -> dict:
    """A second, independent annotation of (part of) a split scored against its gold, as if it
    were a system: how far two careful annotators agree bounds what an extractor can score.
    `second` is JSONL of {"id", "figures", "organizations"}; gold documents it lacks are left out.
    `first` (same shape) stands in for the gold's annotations: two raw annotations compared before
    any adjudication."""
    others = {obj["id"]: obj for obj in _read_jsonl(second)}
    docs = [d for d in load_gold(split) if d.id in others]
    if first is not None:
        firsts = {obj["id"]: obj for obj in _read_jsonl(first)}
        missing = [d.id for d in docs if d.id not in firsts]
        if missing:
            raise ValueError(f"{first}: lacks {len(missing)} document(s) of {second.name}, e.g. {missing[0]}")
        for d in docs:
            d.figures = list(firsts[d.id].get("figures", []))
            d.organizations = list(firsts[d.id].get("organizations", []))
    unknown = sorted(set(others) - {d.id for d in docs})
    if unknown:
        raise ValueError(f"{second}: {len(unknown)} id(s) not in split {split}, e.g. {unknown[0]}")
    result = {"split": split, "documents": len(docs), "system": "người gán thứ hai",
              "gold_figures": sum(len(d.figures) for d in docs),
              "gold_organizations": sum(len(d.organizations) for d in docs),
              "pipeline_message": f"bản gán nhãn độc lập {second.name} so với "
                                  f"{first.name if first else 'gold'} (không chạy bộ trích xuất)",
              "baselines": {}}
    result["pipeline"] = score(docs, lambda d: Prediction(others[d.id].get("figures", []),
                                                          set(others[d.id].get("organizations", []))))
    return result


def _learned_active() -> bool:
    from extract import learned

    return bool(learned.WEIGHT) and learned.model() is not None


def _baselines(docs: list[GoldDoc]) -> dict:
    ner_cache = {d.id: ner_organizations(d.text) for d in docs}
    out = {"regex+ner": score(docs, lambda d: Prediction(regex_figures(d.text), ner_cache[d.id]))}
    canon = _canonicaliser()
    if canon is not None:
        def mapped(d: GoldDoc) -> Prediction:
            names = {canon(n) for n in ner_cache[d.id]}
            return Prediction(regex_figures(d.text), {n for n in names if n})
        out["regex+ner(canonical)"] = score(docs, mapped)
    return out


# ---------------------------------------------------------------- CLI

def _row(name: str, s: dict) -> str:
    f, o = s["figures"], s["organizations"]
    return (f"{name:<22} {f['precision']:6.3f} {f['recall']:6.3f} {f['f1']:6.3f} "
            f"{s['activity_accuracy']:7.3f} {s['qualifier_accuracy']:7.3f} {s['kind_accuracy']:7.3f} "
            f"{s['targets']['precision']:5.3f}/{s['targets']['recall']:5.3f}   "
            f"{o['precision']:6.3f} {o['recall']:6.3f} {o['f1']:6.3f}")


def format_report(result: dict, verbose: bool = False, activities: bool = True) -> str:
    lines = [f"== {result['split']}: {result['documents']} văn bản, "
             f"{result['gold_figures']} số liệu, {result['gold_organizations']} tổ chức (gold)"]
    if result["pipeline_message"]:
        lines.append(result["pipeline_message"])
    lines.append(f"{'hệ thống':<22} {'fig P':>6} {'fig R':>6} {'fig F1':>6} {'act acc':>7} {'qual acc':>7} "
                 f"{'kind acc':>7} {'target P/R':>11}   "
                 f"{'org P':>6} {'org R':>6} {'org F1':>6}")
    systems = ([(result.get("system", "pipeline"), result["pipeline"])] if result["pipeline"] else []) + list(result["baselines"].items())
    lines += [_row(name, s) for name, s in systems]
    if activities and result["pipeline"]:
        lines.append(f"kappa hoạt động (Cohen): {result['pipeline']['activity_kappa']:.3f}")
        lines += format_activities(result["pipeline"])
    if verbose:
        for name, s in systems:
            lines.append(f"-- chi tiết: {name}")
            for d in s["documents"]:
                lines += _doc_detail(d)
    return "\n".join(lines)


def _fig(f: dict) -> str:
    vm = f"-{f['value_max']:g}" if f.get("value_max") is not None else ""
    return f"{f.get('text')!r}={f['value']:g}{vm} {f['unit']} [{f['qualifier']}/{f['activity']}/{f.get('kind')}]"


def _doc_detail(d: dict) -> list[str]:
    out = []
    out += [f"  {d['id']} thiếu: {_fig(g)}" for g in d["missed"]]
    out += [f"  {d['id']} thừa: {_fig(p)}" for p in d["spurious"]]
    out += [f"  {d['id']} sai hoạt động: {_fig(g)} -> {p['activity']}" for g, p in d["wrong_activity"]]
    out += [f"  {d['id']} sai định tính: {_fig(g)} -> {p['qualifier']}" for g, p in d["wrong_qualifier"]]
    out += [f"  {d['id']} sai loại (kết quả/chỉ tiêu): {_fig(g)} -> {p['kind']}" for g, p in d["wrong_kind"]]
    if d["orgs_missed"]:
        out.append(f"  {d['id']} tổ chức thiếu: {', '.join(d['orgs_missed'])}")
    if d["orgs_spurious"]:
        out.append(f"  {d['id']} tổ chức thừa: {', '.join(d['orgs_spurious'])}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extract.evaluate",
                                 description="Chấm điểm bộ trích xuất trên tập gold (tests/gold).")
    ap.add_argument("--split", choices=SPLITS, default="test")
    ap.add_argument("--baseline", action="store_true", help="chạy thêm baseline (regex số, underthesea ner)")
    ap.add_argument("--verbose", action="store_true", help="in từng số liệu thiếu/thừa theo văn bản")
    ap.add_argument("--no-activities", action="store_true",
                    help="không in bảng hoạt động (P/R từng hoạt động, bảng nhầm lẫn)")
    ap.add_argument("--rules-only", action="store_true", help="tắt bộ phân loại hoạt động đã huấn luyện (chỉ luật)")
    ap.add_argument("--second", type=Path, metavar="FILE",
                    help="chấm một bản gán nhãn độc lập thứ hai (JSONL id/figures/organizations) so với gold "
                         "thay cho bộ trích xuất: mức đồng thuận giữa hai người gán")
    ap.add_argument("--first", type=Path, metavar="FILE",
                    help="với --second: bản gán nhãn thứ nhất thay cho gold (so hai bản trước khi phân xử)")
    args = ap.parse_args(argv)
    if args.second:
        if args.split not in REAL_SPLITS:
            print(f"Lỗi: --second cần một tập gold cụ thể, không phải {args.split}", file=sys.stderr)
            return 1
        try:
            result = agreement(args.split, args.second, args.first)
        except (OSError, ValueError, KeyError) as exc:
            print(f"Lỗi: {args.second}: {exc}", file=sys.stderr)
            return 1
        print(format_report(result, verbose=args.verbose, activities=not args.no_activities))
        return 0
    splits = (*REAL_SPLITS, "corpus") if args.split == "all" else (args.split,)
    for split in splits:
        try:
            result = evaluate(split, baseline=args.baseline, rules_only=args.rules_only)
        except (OSError, ValueError) as exc:
            print(f"Lỗi: {exc}", file=sys.stderr)
            return 1
        if result["documents"] == 0:
            print(f"== {split}: không có văn bản gold")
            continue
        print(format_report(result, verbose=args.verbose, activities=not args.no_activities))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
