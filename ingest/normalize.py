"""Text normalisation: NFC, one tone-mark placement, tidy whitespace, stable ids.

Tone marks: Vietnamese has two spellings for open syllables ending in
"oa", "oe" and "uy": the traditional one ("hòa", "khỏe", "thủy", "Ủy") that
most newspapers and the state's documents use, and the newer one ("hoà",
"khoẻ", "thuỷ", "Uỷ"). We store the traditional one (the contract spells
organisations "Ủy ban ...") so search and extraction see one form.
Closed syllables ("hoàn", "quyết") and three-vowel clusters ("ngoài",
"khuỷu") are written the same way in both styles and are left alone.
We also repair the common slip of putting the mark on the "u" of "qu"
("qúa" -> "quá"), where the "u" belongs to the consonant.

Whitespace: spaces and tabs collapse to one space, lines are stripped, runs
of blank lines become one blank line (a paragraph break); form feeds stay
because PDF readers use them as page breaks.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Combining tone marks (the five tones other than level).
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _split_tone(ch: str) -> tuple[str, str]:
    """'à' -> ('a', '\\u0300'); 'ấ' -> ('â', '\\u0301'); untoned -> (ch, '')."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", base), tone


def _with_tone(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _toned(letters: str) -> str:
    return "".join(_with_tone(b, t) for b in letters for t in _TONES)


_O, _U = "oO", "uU"
_AE_TONED = _toned("aeAE")
_Y_TONED = _toned("yY")
_U_TONED = _toned("uU")
_LETTER = r"[^\W\d_]"

# "hoà", "khoẻ": tone on the last vowel of an open two-vowel syllable.
# One pattern for both, opening with one class of the four first vowels (then a lookbehind picks
# the branch): re scans for such a pattern in a tight loop, three times faster than trying the
# branches at every position. After "q" the "u" belongs to the consonant ("quý") and is left
# alone in _move_back.
_NEW_STYLE = re.compile(rf"[{_O}{_U}](?:(?<=[{_O}])[{_AE_TONED}]|(?<=[{_U}])[{_Y_TONED}])(?!{_LETTER})")
# "qúa", "qủy": the mark sits on the "u" of "qu".
_QU_SLIP = re.compile(rf"([qQ])([{_U_TONED}])([aăâeêioôơuyAĂÂEÊIOÔƠUY])")


def _move_back(m: re.Match) -> str:
    """Put the tone of the second vowel on the first: 'oà' -> 'òa'."""
    first, second = m.group(0)
    if m.start() and m.string[m.start() - 1] in "qQ":
        return m.group(0)
    base, tone = _split_tone(second)
    return _with_tone(first, tone) + base


def _qu_forward(m: re.Match) -> str:
    base, tone = _split_tone(m.group(2))
    return m.group(1) + base + _with_tone(m.group(3), tone)


def normalize_tone_marks(text: str) -> str:
    """Rewrite syllables to the traditional tone placement (expects NFC)."""
    text = _NEW_STYLE.sub(_move_back, text)
    return _QU_SLIP.sub(_qu_forward, text)


# Invisible characters that break matching: zero-width space/joiners, soft hyphen, BOM.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u00ad\ufeff\u2060]")
# Characters that become a plain space, in one pass: other control characters (except newline
# and form feed) and odd spaces (tab, no-break, typographic spaces).
_TO_SPACE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Only what needs changing: runs of two or more spaces (most spaces are single).
_SPACE_RUNS = re.compile(r"  +")
_BLANK_LINES = re.compile(r"\n{3,}")
_LINE_EDGES = re.compile(r" ?\n ?")
_AROUND_PAGE_BREAK = re.compile(r"\n*\f\n*")


def normalize_whitespace(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _tidy_whitespace(_INVISIBLE.sub("", text))


def _tidy_whitespace(text: str) -> str:
    """normalize_whitespace after its line-break and invisible-character steps."""
    text = _SPACE_RUNS.sub(" ", _TO_SPACE.sub(" ", text))
    # (each sub below is skipped when its cheap `in` test shows it would change nothing)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)  # strip every line (spaces are single by now)
    # a page break with blank lines around it is just a page break
    if "\f" in text:
        text = _AROUND_PAGE_BREAK.sub("\f", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip(" \n\f")


def normalize_text(text: str) -> str:
    """The one normalisation every stored text and title goes through."""
    # invisible characters go first: removed after NFC, they would leave a letter and its
    # combining marks side by side, uncomposed or out of canonical order (found by fuzzing)
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    # normalize_whitespace, except that invisible characters are gone already
    text = normalize_tone_marks(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _tidy_whitespace(text)
    # control characters become spaces and lines are stripped: marks can end up next to
    # each other in a new order; NFC again (a no-op check for ordinary text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def normalize_title(title: str) -> str:
    return " ".join(normalize_text(title).split())


def doc_id(text: str) -> str:
    """Stable id: the first 16 hex digits (64 bits) of SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
