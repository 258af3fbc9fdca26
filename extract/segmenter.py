"""Where the first word of a short snippet ends, by underthesea's own word-segmentation model,
computed here in Python from the model's weights instead of through underthesea.

underthesea's word_tokenize spends ~0.2 ms on a four-syllable snippet (regex tokenizer, a
featurizer that builds ~170 feature strings in Rust and hands them to Python and back, then the
tagger). The model is a plain linear-chain CRF in CRFsuite's file format (ws_crf_vlsp2013, shipped
in the pip package): we read its weights once, compute the same features and run the same Viterbi
search, with the weights of repeated features cached. extract/vi.py decides when this applies
(snippets whose tokens are Latin letters and ASCII digits, where the features below are
exactly underthesea's) and falls back to word_tokenize otherwise; tests/extract/test_segmenter.py checks
the two agree.

Only this model family is read: labels B-W / I-W, the feature templates listed in TEMPLATES.
Anything else makes `load` return None (and underthesea is used).
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy

# The templates of ws_crf_vlsp2013 (features.bin), in its order: "T[i]" is the token i places
# away, "T[i,j]" the tokens i..j joined by spaces; BOS/EOS stand for positions outside the snippet.
TEMPLATES = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]", "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]",
    "T[0,2]", "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower", "T[-2,-1].lower",
    "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower", "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle", "T[0,1].istitle",
    "T[0,2].istitle", "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict",
    "T[2].is_in_dict", "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)
LABELS = ("B-W", "I-W")
CACHE_MAX = 8_000  # summed weights kept per template span (12 spans) and text: ~20 MB at most
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")


@dataclass(frozen=True, slots=True)
class Model:
    state: dict[str, tuple[float, float]]  # attribute -> weight for (B-W, I-W)
    transition: tuple[tuple[float, float], tuple[float, float]]  # [from][to]
    dictionary: frozenset[str]  # lower-case words (is_in_dict)
    # templates grouped by span: ((lo, hi), [(template name, function or "")...])
    spans: tuple[tuple[tuple[int, int], tuple[tuple[str, str], ...]], ...]


def load(model_file: Path, templates: list[str], dictionary) -> Model | None:
    """The model, or None when it is not the kind described above."""
    if tuple(templates) != TEMPLATES:
        return None
    try:
        state, transition, labels = _read_crfsuite(model_file.read_bytes())
    except (OSError, ValueError, struct.error, UnicodeDecodeError):
        return None
    if labels != LABELS:
        return None
    spans: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for name in TEMPLATES:
        lo, hi, func = _TEMPLATE.fullmatch(name).groups()
        key = (int(lo), int(hi) if hi is not None else int(lo))
        spans.setdefault(key, []).append((name, func or ""))
    return Model(state, transition, frozenset(dictionary),
                 tuple((key, tuple(group)) for key, group in spans.items()))


def _read_crfsuite(data: bytes) -> tuple[dict[str, tuple[float, float]], tuple, tuple[str, ...]]:
    """Weights of a CRFsuite first-order model file ("lCRF" ... "FOMC")."""
    labels, attrs, records = _read_fomc(data)
    num_labels, num_attrs = len(labels), len(attrs)
    if num_labels != 2:
        raise ValueError("expected two labels")
    if not numpy.isin(records["kind"], (0, 1)).all():
        raise ValueError("unknown feature type")
    # type 0: attribute src with label dst; type 1: transition from label src to label dst
    state = numpy.zeros((num_attrs, num_labels))
    rows = records[records["kind"] == 0]
    numpy.add.at(state, (rows["src"].astype(numpy.intp), rows["dst"].astype(numpy.intp)), rows["w"])
    transition = numpy.zeros((num_labels, num_labels))
    rows = records[records["kind"] == 1]
    numpy.add.at(transition, (rows["src"].astype(numpy.intp), rows["dst"].astype(numpy.intp)), rows["w"])
    weights = dict(zip(attrs, zip(state[:, 0].tolist(), state[:, 1].tolist())))
    return weights, tuple(tuple(row) for row in transition.tolist()), tuple(labels)


def best_labels(data: bytes, prefix: str) -> dict[str, str]:
    """For each attribute of a CRFsuite model file that starts with `prefix`, the label of highest
    positive weight, keyed by the rest of the attribute ("T[0].lower=" -> {"kiểm tra": "B-V", ...});
    any number of labels (the part-of-speech model, read by extract/vi.py's pos_lexicon)."""
    labels, attrs, records = _read_fomc(data)
    wanted = numpy.array([a.startswith(prefix) for a in attrs])
    rows = records[(records["kind"] == 0) & (records["w"] > 0)]
    rows = rows[wanted[rows["src"].astype(numpy.intp)]]
    best: dict[int, tuple[float, int]] = {}
    for src, dst, w in zip(rows["src"].tolist(), rows["dst"].tolist(), rows["w"].tolist()):
        if src not in best or w > best[src][0]:
            best[src] = (w, dst)
    return {attrs[src][len(prefix):]: labels[dst] for src, (_, dst) in best.items()}


def _read_fomc(data: bytes) -> tuple[list[str], list[str], numpy.ndarray]:
    """Labels, attributes and feature records of a CRFsuite first-order model file."""
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError("not a CRFsuite FOMC model")
    (_, _, num_labels, num_attrs, off_features, off_labels, off_attrs) = struct.unpack_from("<7I", data, 12)
    labels = _read_cqdb(data, off_labels, num_labels)
    attrs = _read_cqdb(data, off_attrs, num_attrs)
    if data[off_features:off_features + 4] != b"FEAT":
        raise ValueError("no feature chunk")
    (count,) = struct.unpack_from("<I", data, off_features + 8)
    # feature records: type, source, destination (uint32) and weight (float64), packed
    records = numpy.frombuffer(data, dtype=numpy.dtype([("kind", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
                               count=count, offset=off_features + 12)
    return labels, attrs, records


def _read_cqdb(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB (CRFsuite's string <-> id table), in id order: a record is the id,
    the key size and the key with a closing NUL."""
    if data[offset:offset + 4] != b"CQDB":
        raise ValueError("no CQDB chunk")
    (_, _, _, bwd_size, bwd_offset) = struct.unpack_from("<5I", data, offset + 4)
    if bwd_size < count:
        raise ValueError("CQDB shorter than announced")
    view = memoryview(data)
    unpack = struct.Struct("<II").unpack_from
    out = []
    for i, record in enumerate(struct.unpack_from(f"<{count}I", data, offset + bwd_offset)):
        start = offset + record
        rid, size = unpack(data, start)
        if rid != i:
            raise ValueError("CQDB ids out of order")
        out.append(str(view[start + 8:start + 7 + size], "utf-8"))
    return out


class Tagger:
    """B-W / I-W tags of a token sequence, as underthesea's CRF tagger gives them, for tokens made
    of cased Latin letters and of digits/number signs (the caller checks): for those, `lower`,
    `isdigit` (ASCII digits only), `istitle` (each space-separated word opens with a capital or a
    non-letter) and `is_in_dict` (lower case in the dictionary) are exactly underthesea's."""

    def __init__(self, model: Model) -> None:
        self.model = model
        # the weights split by template: template -> {value shown: (B-W, I-W)}, so a feature is a
        # lookup of its value (no "name=value" string to build)
        by_template: dict[str, dict[str, tuple[float, float]]] = {name: {} for name in TEMPLATES}
        for attribute, weights in model.state.items():
            name, _, shown = attribute.partition("=")
            if name in by_template:
                by_template[name][shown] = weights
        self._by_template = by_template
        # per template span: (lo, hi, templates, summed weights by text); BOS/EOS sums precomputed
        self._spans = [(lo, hi, group, {}) for (lo, hi), group in model.spans]
        self._bos = [self._span_score(group, "BOS", True) for _, _, group, _ in self._spans]
        self._eos = [self._span_score(group, "EOS", True) for _, _, group, _ in self._spans]

    def tags(self, tokens: list[str]) -> list[str]:
        n = len(tokens)
        if n == 0:
            return []
        state = [self._position(tokens, t, n) for t in range(n)]
        (bb, bi), (ib, ii) = self.model.transition
        # Viterbi over two labels: best score ending in B / I at each position, with back pointers
        # (ties go to the first label, as in CRFsuite)
        score_b, score_i = state[0]
        back: list[tuple[int, int]] = []
        for t in range(1, n):
            sb, si = state[t]
            from_b = (score_b + bb, score_i + ib)
            from_i = (score_b + bi, score_i + ii)
            prev_b = 0 if from_b[0] >= from_b[1] else 1
            prev_i = 0 if from_i[0] >= from_i[1] else 1
            back.append((prev_b, prev_i))
            score_b, score_i = from_b[prev_b] + sb, from_i[prev_i] + si
        label = 0 if score_b >= score_i else 1
        out = [label]
        for prev_b, prev_i in reversed(back):
            label = prev_b if label == 0 else prev_i
            out.append(label)
        out.reverse()
        return [LABELS[x] for x in out]

    def _position(self, tokens: list[str], t: int, n: int) -> tuple[float, float]:
        total_b = total_i = 0.0
        for k, (lo, hi, group, cache) in enumerate(self._spans):
            if t + lo < 0:
                found = self._bos[k]
            elif t + hi >= n:
                found = self._eos[k]
            else:
                value = tokens[t + lo] if lo == hi else " ".join(tokens[t + lo:t + hi + 1])
                found = cache.get(value)
                if found is None:
                    if len(cache) >= CACHE_MAX:
                        cache.clear()
                    found = cache[value] = self._span_score(group, value, False)
            total_b += found[0]
            total_i += found[1]
        return total_b, total_i

    def _span_score(self, group, value: str, outside: bool) -> tuple[float, float]:
        """Summed weights of the templates of one span whose text is `value`."""
        b = i = 0.0
        for name, func in group:
            if outside or func == "":  # outside the snippet every function shows BOS / EOS
                shown = value
            elif func == "lower":
                shown = value.lower()
            elif func == "isdigit":
                shown = str(bool(value) and all(c in "0123456789" for c in value))
            elif func == "istitle":
                shown = str(all(word[:1].isupper() or not word[:1].isalpha() for word in value.split(" ")))
            else:  # is_in_dict
                shown = str(value.lower() in self.model.dictionary)
            weights = self._by_template[name].get(shown)
            if weights is not None:
                b += weights[0]
                i += weights[1]
        return b, i
