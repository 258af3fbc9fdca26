"""Vietnamese text analysis for the index and for queries.

Three views of the same syllables:
- "fold": lower case, accents removed, "đ" -> "d" ("Cựu" -> "cuu"), so queries typed
  without accents match;
- "exact": lower case with accents, used only to rank exact-accent matches first;
- "bigram": adjacent folded syllables joined by "_" ("cuu_chien", "chien_binh").
  A multi-syllable word is matched through its bigrams, so "thanh niên" needs
  "thanh" directly before "niên", and common syllables never have to be
  intersected through their huge posting lists.
Numbers are one token as written ("12.040", "1,5"). Bigrams never cross
punctuation: a sentence end between two syllables breaks the chain.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer
from whoosh.formats import Frequency, Positions

# the store keeps the traditional tone placement; queries must use the same one
from ingest.normalize import normalize_tone_marks

# A token is a number with inner separators, or a run of letters/digits.
# Anything else (punctuation, symbols) is a break between syllables.
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+")
# Characters after which adjacent syllables are not one phrase; "." and "," only
# outside numbers ("12.040" stays one token).
SPLIT_RE = re.compile(r"(?<!\d)[.,]|[.,](?!\d)|[!?;:()\[\]{}\"“”«»\n/|–—-]")


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", base).lower()


# Translation table over the Latin blocks Vietnamese uses; str.translate is fast.
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x2000) if _fold_char(chr(cp)) != chr(cp)}


def _variant_classes() -> dict[str, str]:
    """Folded letter -> a regex class of every letter folding to it ('d' -> '[dđ]')."""
    groups: dict[str, set[str]] = {}
    for cp, base in _FOLD_TABLE.items():
        ch = chr(cp)
        if len(base) == 1 and ch.lower() == ch:
            groups.setdefault(base, {base}).add(ch)
    return {b: "[" + "".join(sorted(v)) + "]" for b, v in groups.items()}


_VARIANTS = _variant_classes()


def loose_pattern(folded: str) -> str:
    """Regex source matching `folded` in unfolded text, any accents (use with re.IGNORECASE)."""
    return "".join(_VARIANTS.get(ch, re.escape(ch)) for ch in folded)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def exact(text: str) -> str:
    """NFC, traditional tone placement, lower case."""
    return normalize_tone_marks(nfc(text)).lower()


def fold(text: str) -> str:
    """Accent-insensitive form: 'Đoàn Thanh niên' -> 'doan thanh nien'."""
    return nfc(text).lower().translate(_FOLD_TABLE)


def has_accents(text: str) -> bool:
    return fold(text) != nfc(text).lower()


_last_runs: tuple[str, list] = ("", [])


def _folded_runs(text: str) -> list[list[str]]:
    """Syllables of fold(text) in runs between breaks, remembered for the last text
    (the same body feeds two fields). Split and findall run in C: no per-token Python loop."""
    global _last_runs
    if _last_runs[0] is text:
        return _last_runs[1]
    runs = [run for run in (TOKEN_RE.findall(chunk) for chunk in SPLIT_RE.split(fold(text))) if run]
    _last_runs = (text, runs)
    return runs


def index_terms(text: str, mode: str) -> list[tuple[int, str]]:
    """(position, term) pairs for one field mode: fold | exact | bigram."""
    if mode == "exact":
        return list(enumerate(TOKEN_RE.findall(exact(text))))
    runs = _folded_runs(text)
    if mode == "fold":
        return list(enumerate(t for run in runs for t in run))
    out: list[tuple[int, str]] = []
    pos = 0
    for run in runs:
        for a, b in zip(run, run[1:]):
            out.append((pos, f"{a}_{b}"))
            pos += 1
        pos += 1  # a gap so a phrase never chains across a break
    return out


def _bigram_sequence(text: str) -> list:
    """Bigrams of fold(text) in index_terms order, with None where a break adds a gap:
    a bigram's position is its index in this list."""
    out: list = []
    join = "_".join
    for run in _folded_runs(text):
        out += map(join, zip(run, run[1:]))
        out.append(None)
    return out


def index_counts(text: str, mode: str) -> Counter:
    """term -> frequency for one field mode; the same terms as index_terms, counted in C."""
    if mode == "exact":
        return Counter(TOKEN_RE.findall(exact(text)))
    if mode == "fold":
        return Counter(t for run in _folded_runs(text) for t in run)
    counts = Counter(_bigram_sequence(text))
    counts.pop(None, None)
    return counts


def index_positions(text: str, mode: str) -> dict[str, list[int]]:
    """term -> positions (ascending) for one field mode, as index_terms numbers them.

    Most terms occur once or twice in a document: their first and last positions come
    from two dict(zip(...)) built in C; only terms seen 3+ times need a Python scan."""
    if mode == "bigram":
        seq = _bigram_sequence(text)
    elif mode == "exact":
        seq = TOKEN_RE.findall(exact(text))
    else:
        seq = [t for run in _folded_runs(text) for t in run]
    counts = Counter(seq)
    counts.pop(None, None)
    n = len(seq)
    last = dict(zip(seq, range(n)))
    first = dict(zip(reversed(seq), range(n - 1, -1, -1)))
    out: dict[str, list[int]] = {}
    many = []
    for term, c in counts.items():
        if c == 1:
            out[term] = [last[term]]
        elif c == 2:
            out[term] = [first[term], last[term]]
        else:
            out[term] = []
            many.append(term)
    if many:
        wanted = set(many)
        for pos, term in enumerate(seq):
            if term in wanted:
                out[term].append(pos)
    return out


@lru_cache(maxsize=4096)
def query_syllables(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN_RE.finditer(text))


class VnTokenizer(Tokenizer):
    """Whoosh tokenizer for one of the modes above (pickled in the index schema)."""

    def __init__(self, mode: str = "fold"):
        self.mode = mode

    def __eq__(self, other):
        return isinstance(other, VnTokenizer) and other.mode == self.mode

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pairs = index_terms(value, self.mode) if tokenize else [(0, value)]
        for pos, text in pairs:
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + pos
            yield token


class Counts(Frequency):
    """Term counts without a value per posting (pickled in the index schema): Frequency stores each
    posting's count twice, as its weight and again as a 4-byte value. The engine reads the weight;
    nothing reads the value (phrases use the positions of the bigram field)."""

    posting_size = 0

    def word_values(self, value, analyzer, **kwargs):
        return ((w, freq, weight, b"") for w, freq, weight, _ in super().word_values(value, analyzer, **kwargs))

    def decode_frequency(self, valuestring):
        raise NotImplementedError("analysis.Counts keeps counts as weights only")

    decode_weight = decode_frequency


def encode_positions(positions: list[int]) -> bytes:
    """Ascending positions as varints of their gaps (1-2 bytes each in an article)."""
    out = bytearray()
    last = 0
    for pos in positions:
        gap = pos - last
        last = pos
        while gap >= 0x80:
            out.append((gap & 0x7F) | 0x80)
            gap >>= 7
        out.append(gap)
    return bytes(out)


def decode_positions(value: bytes) -> list[int]:
    out = []
    pos = shift = gap = 0
    for byte in value:
        gap |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        pos += gap
        out.append(pos)
        gap = shift = 0
    return out


class PositionGaps(Positions):
    """Positions (pickled in the index schema) as varint gaps only: Positions stores a 4-byte count
    and a pickled list per posting (~14 bytes for one position); this 1-2 bytes. The count is the
    posting's weight, or the number of positions decoded."""

    def encode(self, poslist):
        return encode_positions(poslist)

    def decode_positions(self, valuestring):
        return decode_positions(valuestring)

    def decode_frequency(self, valuestring):
        return len(decode_positions(valuestring))

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost

    def combine(self, vs):
        return encode_positions(sorted({p for v in vs for p in decode_positions(v)}))


class ValuesTokenizer(Tokenizer):
    """Facet fields: the value list is joined with \\x1f; each value is one term."""

    def __eq__(self, other):
        return isinstance(other, ValuesTokenizer)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for i, text in enumerate(v for v in value.split("\x1f") if v):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + i
            yield token
