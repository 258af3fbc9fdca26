"""Reading Vietnamese numbers: digits with thousands dots and decimal commas,
multipliers (nghìn, triệu, tỷ ...), compounds ("2 tỷ 350 triệu"), spelled-out
numbers ("hai mươi lăm") and vague amounts ("hàng nghìn").

The word lists come from extract/data/numbers.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.resources import load


@dataclass(frozen=True, slots=True)
class NumberWords:
    digits: dict[str, int]
    tens: dict[str, int]
    scale_words: dict[str, int]
    filler: frozenset[str]
    multipliers: dict[str, int]
    vague_prefix: tuple[str, ...]
    vague_scales: dict[str, int]
    vague_qualifier: dict[str, str]  # prefix -> qualifier where it is not "over"
    vague_no_number: dict[str, list[str]]  # prefix -> the scales it makes no number with ("cả tỷ")
    vague_bare: tuple[str, ...]  # "trăm": a vague amount with no prefix when a multiplier follows
    vague_bare_multipliers: tuple[str, ...]  # "triệu", "tỷ": the multipliers that may follow it
    vague_plural: frozenset[str]  # "các", "những": plural markers between a vague amount and its noun
    not_multiplier: tuple[str, ...]  # "tỷ lệ", "tỷ phú": after a multiplier, the syllables that make it a noun
    word_digits: tuple[str, ...]  # "năm", "một": a digit word that is also a word of its own ("triệu năm", "nghìn một kg")
    halves: frozenset[str]  # "rưỡi": half of the scale or multiplier just before it ("trăm rưỡi" = 150)
    not_after_ten: frozenset[str]  # "năm": no last digit after "mười"/"mươi" ("mười năm" is ten years)


@cache
def words() -> NumberWords:
    data = load("numbers")
    return NumberWords(
        digits=data["digits"],
        tens=data["tens"],
        scale_words=data["scale_words"],
        filler=frozenset(data["filler"]["words"]),
        multipliers=data["multipliers"],
        vague_prefix=tuple(data["vague"]["prefix"]),
        vague_scales={**data["multipliers"], **data["vague"]["scales"]},
        vague_qualifier=data["vague"]["qualifier"],
        vague_no_number=data["vague"]["no_number"],
        vague_bare=tuple(data["vague"]["bare_before_multiplier"]),
        vague_bare_multipliers=tuple(data["vague"]["bare_multipliers"]),
        vague_plural=frozenset(data["vague"]["plural_markers"]),
        not_multiplier=tuple(data["not_multiplier"]["before"]),
        word_digits=tuple(data["word_digits"]["words"]),
        halves=frozenset(data["half"]["words"]),
        not_after_ten=frozenset(data["after_ten"]["not_digits"]),
    )


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


def _not_a_noun() -> str:
    """Lookahead after a multiplier: not the first syllable of a noun ("tỷ lệ", "tỷ phú"; numbers.toml)."""
    return rf"(?![ ]+(?:{_alt(words().not_multiplier)})\b)"


@cache
def number_pattern() -> str:
    """Regex source of one amount: digits or words, with multipliers; groups are not named."""
    w = words()
    # thousands grouped by two commas or more ("6,490,000 đồng", the English style of shop prices) are
    # read whole: a decimal comma comes once, so the second group proves thousands (parse_digits)
    digits = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|[1-9]\d{0,2}(?:,\d{3}){2,}(?![\d.,])|\d+(?:[.,]\d+)?"
    # spelled-out numbers must start with a digit word or "mười"; "tư", "mốt", "lăm" only follow
    starters = [k for k in w.digits if k not in ("tư", "mốt", "lăm", "nhăm")] + list(w.tens)
    inner = list(w.digits) + list(w.tens) + list(w.scale_words) + list(w.filler) + list(w.halves)
    spelled = rf"(?:{_alt(starters)})(?:\s+(?:{_alt(inner)}))*"
    # "tỷ lệ" (a rate) after a number is no multiplier: "đến năm 2020 tỷ lệ chôn lấp rác còn 60%";
    # nor "tỷ phú" (a person): numbers.toml [not_multiplier]
    mult = rf"(?:{_alt(k for k in w.multipliers if k != 'chục')}){_not_a_noun()}"
    # after a multiplier a new group may follow: "2 tỷ 350 triệu", "ba nghìn hai trăm"; digits go on
    # a spelled number only after a multiplier ("mỗi năm 20 tỉ đồng" is the year word, then 20 billion;
    # gold test7)
    half = rf"(?:\s+(?:{_alt(w.halves)})\b)?"  # "2 triệu rưỡi": half of the multiplier before it
    groups = rf"(?:\s+(?:{digits})(?:\s+(?:{mult})\b)+)*"
    # a lone digit word that is also a word of its own after a multiplier is that word: "10 triệu năm"
    # (ten million years), "7 nghìn một kg" (per kg); "8 triệu năm trăm nghìn" goes on
    number_words = _alt([*inner, *w.multipliers])
    own_word = rf"(?!(?:{_alt(w.word_digits)})\b(?![ ]+(?:{number_words})\b))"
    return (rf"(?:(?:{digits})(?:(?:\s+(?:{mult})\b)+{half})?{groups}|\b{spelled}(?:(?:\s+(?:{mult})\b)+{half}{groups})?)"
            rf"(?:(?<=[^\d\s])\s+{own_word}{spelled}(?:\s+(?:{mult})\b)*)?")


@cache
def vague_pattern() -> str:
    w = words()
    # "cao hơn tỷ lệ chung", "hơn tỉ lệ hộ nghèo": a rate after "hơn" is no vague billion
    first = rf"(?:{_alt(w.vague_scales)}){_not_a_noun()}"
    mult = rf"(?:{_alt(k for k in w.multipliers if k != 'chục')}){_not_a_noun()}"
    # bare "chục" before a noun is ten ("Tỉnh giỏi được chục ông", "chục ông bà làm thơ"; guideline test4)
    # ... and bare "trăm" before millions or billions ("bỏ trăm triệu USD"; numbers.toml [vague] bare_before_multiplier)
    bare_hundred = rf"(?:{_alt(w.vague_bare)})(?=\s+(?:{_alt(w.vague_bare_multipliers)})\b)"
    # "nợ cả tỷ đồng": a prefix and a scale that make no number of their own (numbers.toml [vague] no_number)
    none = "|".join(rf"(?<=\b{re.escape(p)}\s)(?:{_alt(scales)})\b" for p, scales in w.vague_no_number.items())
    return (rf"\b(?:(?:{_alt(w.vague_prefix)})\s+(?!{none})(?:{first})|chục(?=\s+[^\W\d])|{bare_hundred})\b"
            rf"(?:\s+(?:{mult})\b)*")


def parse_digits(token: str, *, has_multiplier: bool) -> float:
    """'7.384' -> 7384, '1,5' -> 1.5, '1.234,5' -> 1234.5, '2.5' -> 2.5 (English style).

    A thousands group never follows a lone "0": "0,005 USD" and "0.005%" are decimals.
    """
    if "." in token and "," in token:
        return float(token.replace(".", "").replace(",", "."))
    if "." in token:
        if re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", token):
            return float(token.replace(".", ""))
        return float(token)  # "2.5 km": the rarer English decimal point
    if "," in token:
        # Vietnamese decimal comma; "12,500 người" (English thousands) only without a multiplier;
        # two comma groups or more ("6,490,000") are thousands whatever follows
        if (re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3}){2,}", token)
                or not has_multiplier and re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", token)):
            return float(token.replace(",", ""))
        return float(token.replace(",", "."))
    return float(token)


def spelled_length(tokens: list[str]) -> int:
    """How many leading tokens form a well-built spelled number ("hai năm" is 2 + 'year', not 7)."""
    w = words()
    prev = ""
    for i, tok in enumerate(tokens):
        if tok in w.digits:
            if prev == "digit":
                return i
            if tok in ("tư", "mốt") and prev != "mươi":
                return i
            if tok in ("lăm", "nhăm") and prev not in ("mươi", "mười"):
                return i
            if tok in w.not_after_ten and prev in ("mươi", "mười"):
                return i
            prev = "digit"
        elif tok in w.tens:
            if prev in ("digit", "mười", "mươi"):
                return i
            prev = "mười"
        elif tok in w.scale_words:
            if prev != "digit":
                return i
            prev = tok
        elif tok in w.filler:
            if prev != "trăm":
                return i
            prev = "filler"
        elif tok in w.halves:
            return i + 1 if prev == "trăm" else i  # "một trăm rưỡi": nothing goes on after the half
        else:
            return i
    return len(tokens)


def parse_spelled(tokens: list[str]) -> float | None:
    """'hai mươi lăm' -> 25, 'một trăm linh năm' -> 105, 'mười hai' -> 12."""
    w = words()
    small = 0
    last = 0
    factor = 1
    for tok in tokens:
        if tok in w.filler:
            continue
        if tok in w.halves:
            small += factor / 2  # "một trăm rưỡi" = 150
            continue
        if tok in w.tens:
            small += w.tens[tok]
            last = 0
        elif tok in w.scale_words:
            factor = w.scale_words[tok]
            base = last if last else 1
            small = small - last + base * factor
            last = 0
        elif tok in w.digits:
            small += w.digits[tok]
            last = w.digits[tok]
        else:
            return None
    return float(small)


_SPLIT = re.compile(r"\s+")
_DIGITS = re.compile(r"\d[\d.,]*")


def parse_amount(text: str) -> tuple[float, bool]:
    """Value of one amount as matched by number_pattern(); also whether a multiplier was used."""
    w = words()
    parts = _SPLIT.split(text.strip().lower())
    has_mult = any(p in w.multipliers for p in parts)
    total = 0.0
    current = 0.0
    pending_words: list[str] = []
    prev_was_mult = False

    def flush_words() -> float:
        if not pending_words:
            return 0.0
        value = parse_spelled(pending_words)
        pending_words.clear()
        return value or 0.0

    for i, part in enumerate(parts):
        if part in w.multipliers:
            current += flush_words()
            current *= w.multipliers[part]
            prev_was_mult = True
            continue
        if part in w.halves and prev_was_mult:
            current += w.multipliers[parts[i - 1]] / 2  # "2 triệu rưỡi" = 2,500,000
            continue
        if prev_was_mult:
            # "2 tỷ 350 triệu": a new group starts after a multiplier
            total += current
            current = 0.0
            prev_was_mult = False
        if _DIGITS.fullmatch(part):
            current += parse_digits(part, has_multiplier=has_mult)
        else:
            pending_words.append(part)
    current += flush_words()
    total += current
    return total, has_mult


def vague_prefix(text: str) -> str:
    """The prefix a vague amount opens with ("hàng", "dăm bảy"), "" for a bare one ("chục", "trăm triệu")."""
    low = " ".join(_SPLIT.split(text.strip().lower()))
    return next((p for p in sorted(words().vague_prefix, key=len, reverse=True) if low.startswith(p + " ")), "")


def parse_vague(text: str) -> float:
    """'hàng trăm' -> 100, 'hàng chục nghìn' -> 10000, 'dăm bảy trăm triệu' -> 100000000."""
    w = words()
    value = 1.0
    parts = _SPLIT.split(text.strip().lower())
    for part in parts[len(vague_prefix(text).split()):]:
        value *= w.vague_scales[part]
    return value
