"""A learned organisation recogniser behind the rules: a small spaCy `ner` (label ORG, hashed
embeddings + CNN, no vectors) trained by scripts/train_org_ner.py on silver labels (extract.orgs
over the shared corpus, every gold id, held-out splits' included, skipped) plus the gold of the
tuning splits.

The rules stay in front: the model only adds names that no rule span overlaps, and only in
sentences that hold a capitalised organisation head word (organizations.toml [model].heads), so
most of the text never reaches it. A name it adds gets a canonical name by `normalise` (the
rules' own name when a known organisation opens it; otherwise the written name with known
abbreviations expanded and the level, place, number and country after it removed).

ENABLED is the switch. Status (2026-12-06, issue 10 round 5): OFF, and NO WEIGHTS SHIP. The
package works without them (`model()` is None, `find` adds nothing); `python scripts/train_org_ner.py`
regenerates them in extract/models/orgs/ (about 2 minutes of CPU for the silver pass and 2 epochs),
byte for byte: the script pins PYTHONHASHSEED and one BLAS thread itself, and the rules it draws
silver from no longer depend on the hash seed (an ungrouped alternation of surnames in
extract.orgs did; that was why earlier runs gave different weight bytes). Held out of training
(`python scripts/train_org_ner.py --no-save --held test4 --held test3`: silver + the other five
tuning splits' gold, the held split scored as extract.evaluate does), organisation P/R/F1 was:
    test4  rules 0.960/0.949/0.954   rules + model 0.938/0.949/0.944
    test3  rules 0.927/0.942/0.934   rules + model 0.890/0.942/0.915
The model found no name the gold holds that the rules missed, only false ones ("Cục Kinh tế" and
"Cục Chính sách" before their parents, the defunct "Sở Khoa học ...", "Trung tâm Dự báo ... cho",
"Ban Chỉ Tây Nam bộ", "Ban QL", a foreign province's "Trung tâm Dịch vụ"); the rules, widened to
kinds of bodies (head words, sector lists, parents, levels, defunct bodies), carry further. Earlier, when on (`bench/extract_speed.py`), it cost
about 45% of the extraction rate (243 against 430 documents/s per core).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.places import LOWER, UPPER, provinces
from extract.resources import load, nfc

MODEL_DIR = Path(__file__).resolve().parent / "models" / "orgs"

# On only where cross-validation over the tuning splits showed a gain (scripts/train_org_ner.py --cv).
ENABLED = False

# a sentence ends at a line break, or at . ! ? … before a capital ("TP.HCM", "1.000" stay whole)
_BOUNDARY = re.compile(rf"\n+|(?<=[.!?…])\s+(?=[\"“(]?[{UPPER}])")


@dataclass(frozen=True, slots=True)
class ModelOrg:
    name: str
    canonical: str
    kind: str
    start: int
    end: int


@cache
def _not_names() -> tuple[str, ...]:
    data = load("organizations")
    return tuple(nfc(n) for n in data.get("model", {}).get("not_names", []) + data.get("generic", {}).get("not_names", []))


@cache
def _heads() -> tuple[re.Pattern, dict[str, str]]:
    data = load("organizations")
    model = data.get("model", {})
    kinds = {nfc(k): v for k, v in data.get("generic", {}).get("heads", {}).items()}
    kinds.update({nfc(k): v for k, v in model.get("head_kinds", {}).items()})
    heads = sorted({nfc(h) for h in model.get("heads", [])} | set(kinds), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, heads))})(?!\w)"), kinds


def sentences(text: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence-like piece that names an organisation head word outside the
    spans in taken (the rules' names: a sentence whose every head word they explain is skipped)."""
    head = _heads()[0]
    covered = bytearray(len(text))
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    out, lo = [], 0
    for m in [*_BOUNDARY.finditer(text), None]:
        hi = m.start() if m else len(text)
        if hi > lo and any(not covered[h.start()] for h in head.finditer(text, lo, hi)):
            out.append((lo, hi))
        lo = m.end() if m else hi
    return out


@cache
def _tokenizer():
    from extract.pipeline import load as load_pipeline

    return load_pipeline().tokenizer


def words(text: str) -> tuple[list[str], list[bool], list[int]]:
    """Our syllable tokens of text: words, trailing-space flags and start offsets."""
    doc = _tokenizer()(text)
    return [t.text for t in doc], [bool(t.whitespace_) for t in doc], [t.idx for t in doc]


@cache
def model():
    """The trained ner pipeline, or None when the package ships no weights."""
    if not (MODEL_DIR / "config.cfg").exists():
        return None
    import spacy

    return spacy.load(MODEL_DIR)


def predict_spans(nlp, text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans the model labels ORG inside the given pieces of text."""
    from spacy.tokens import Doc

    docs, offsets = [], []
    for lo, hi in pieces:
        w, s, starts = words(text[lo:hi])
        if not w:
            continue
        docs.append(Doc(nlp.vocab, words=w, spaces=s))
        offsets.append((lo, starts))
    out = []
    for doc, (lo, starts) in zip(nlp.pipe(docs, batch_size=64), offsets):
        for ent in doc.ents:
            start = lo + starts[ent.start]
            end = lo + starts[ent.end - 1] + len(doc[ent.end - 1].text)
            out.append((start, end))
    return out


def find(text: str, taken: list[tuple[int, int]], nlp=None) -> list[ModelOrg]:
    """Organisations the model finds that no rule span (taken) overlaps."""
    nlp = nlp or model()
    if nlp is None:
        return []
    pieces = sentences(text, taken)
    if not pieces:
        return []
    from extract.orgs import _cut_short, _foreign, grammar

    g = grammar()
    out: list[ModelOrg] = []
    for start, end in predict_spans(nlp, text, pieces):
        if any(s < end and start < e for s, e in taken):
            continue
        name = text[start:end]
        if not name[:1].isupper() or len(name.split()) < 2 or name.startswith(_not_names()):
            continue  # a name opens with a capital and has a head word plus a name
        if g.foreign_after.match(text, end) or _foreign(text, name, end, g) or _cut_short(text, name, end, g):
            continue  # a foreign or international body; a name cut in the middle of a phrase ("Quỹ an [sinh]")
        head = _heads()[0].match(name)
        rest = name[head.end():].lstrip() if head else ""
        if not head or not rest[:1].isupper():
            continue  # a head word then a lower-case word is a common noun phrase ("Quỹ hội", "Ban văn hóa")
        canonical = normalise(name)
        if canonical:
            out.append(ModelOrg(name, canonical, kind(canonical), start, end))
    return out


def kind(canonical: str) -> str:
    head, kinds = _heads()
    m = head.match(canonical)
    return kinds.get(m.group(), "other") if m else "other"


_NUMBER_TAIL = re.compile(r"(?:[ ]+(?:(?:số|khu vực|Khu vực)[ ]+)?(?:\d[\w/.-]*|[IVX]+))+$")
# a place name written after the body's own words: every syllable capitalised, after a lower-case
# one ("Ban Quản lý Khu kinh tế Vân Phong", "Hội Văn học nghệ thuật Lâm Đồng")
_PLACE_TAIL = re.compile(rf"(?<=[{LOWER}])(?:[ ]+[{UPPER}][{LOWER}]*){{2,4}}$")
_TAIL_WORDS = re.compile(r"(?:[ ]+(?:Việt Nam|VN|Trung ương|trung ương|TW|T\.Ư|TƯ|toàn quốc))+$")


def normalise(name: str) -> str | None:
    """The canonical name of an organisation written as `name` that the lists do not hold:
    the rules' canonical when a known organisation opens the name; else the name as written,
    known abbreviations expanded ("Bộ NN&PTNT" -> "Bộ Nông nghiệp và Phát triển nông thôn"),
    with the level, place, number and country after it removed ("Trung tâm Khuyến nông tỉnh
    Quảng Trị" -> "Trung tâm Khuyến nông"). None when nothing is left but a head word."""
    from extract.orgs import expand_abbreviations, find_orgs, grammar

    name = re.sub(r"\s+", " ", nfc(name)).strip(" ,;:-–")
    found = find_orgs(name)
    if found and found[0].start == 0 and found[0].end >= len(name.rstrip()) - 1:
        return found[0].canonical
    g = grammar()
    # the level word (and the place after it) ends the name: "... huyện Can Lộc", "... tỉnh"
    m = g.level.search(name)
    while m and m.start() == 0:
        m = g.level.search(name, m.end())
    if m:
        name = name[:m.start()]
    for start, _, _ in provinces(name):
        if start > 0 and name[start - 1] == " ":
            name = name[:start - 1]  # "Cục Hải quan Quảng Ninh": the province is the place
            break
    numbered = _NUMBER_TAIL.search(name)
    name = _NUMBER_TAIL.sub("", name)
    name = _TAIL_WORDS.sub("", name)
    name = _PLACE_TAIL.sub("", name)
    name = expand_abbreviations(name)
    name = re.sub(r"\s*[-–]\s*", " - ", name)
    head = _heads()[0].match(name)
    if head and head.end() >= len(name) and numbered and kind(name) == "military":
        return name  # "Lữ đoàn 950" -> "Lữ đoàn": a unit type without its number (guidelines)
    if not head or len(name.split()) < 2 or head.end() >= len(name):
        return None
    return name
