"""Vietnamese text typed in the pre-Unicode encodings: TCVN3 (ABC, the .VnTime fonts), VNI
(VNI-Windows, the VNI-Times fonts) and VISCII, converted to Unicode NFC.

In a Word or Excel file such text is stored as the Windows-1252 characters of the legacy
bytes ("b¸o c¸o" is "báo cáo" in .VnTime); in a text file it is the bytes themselves.
The tables are ingest/data/legacy_encodings.tsv (scripts/legacy_tables.py).

Evidence, strongest first: the font of the run or cell (`font_encoding`), a declared charset
(`charset_encoding`), then `detect`: the words that conversion would change must mostly be
valid Vietnamese syllables after it and mostly not before. Text that is already Unicode
Vietnamese, or another language, fails that test and is never touched.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "legacy_encodings.tsv"
ENCODINGS = ("TCVN3", "VNI", "VISCII")


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    decode_map: dict[str, str]  # legacy characters (1 or 2) -> Unicode
    pattern: re.Pattern  # the legacy sequences, longest first
    encode_map: dict[str, str]  # Unicode letter -> legacy characters (for round trips and samples)
    chars: frozenset[str]  # every character that starts a legacy sequence


@cache
def table(name: str) -> Table:
    decode_map: dict[str, str] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        enc, source, target = line.split("\t")
        if enc == name:
            decode_map[source.encode("ascii").decode("unicode_escape")] = target
    if not decode_map:
        raise KeyError(f"no legacy table {name!r}; known: {', '.join(ENCODINGS)}")
    pattern = re.compile("|".join(re.escape(s) for s in sorted(decode_map, key=len, reverse=True)))
    encode_map: dict[str, str] = {}
    marks = {c for source in decode_map if len(source) > 1 for c in source[1:]}
    for target in set(decode_map.values()):
        if len(target) == 1 and target not in decode_map and target not in marks and _one_byte(target):
            encode_map[target] = target  # VNI writes "í" as the byte of "í", though "iù" reads as "í" too
    for source, target in sorted(decode_map.items(), key=lambda kv: len(kv[0])):
        encode_map.setdefault(target, source)  # VNI: the one-character form when there is one
    return Table(name, decode_map, pattern, encode_map, frozenset(s[0] for s in decode_map))


def convert(text: str, encoding: str, *, upper: bool = False) -> str:
    """Legacy text (as Windows-1252 characters) -> Unicode NFC. `upper`: the run was set in an
    upper-case font (.VnTimeH, .VnArialH), which draws the lower-case bytes as capitals."""
    t = table(encoding)
    out = t.pattern.sub(lambda m: t.decode_map[m.group()], text)
    out = unicodedata.normalize("NFC", out)
    return out.upper() if upper else out


def encode(text: str, encoding: str) -> str:
    """Unicode -> legacy characters (the inverse of convert; letters it cannot write stay)."""
    t = table(encoding)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        legacy = t.encode_map.get(ch)
        if legacy is None and ch not in t.decode_map and _one_byte(ch):
            legacy = ch  # a character the encoding keeps as it is ("á" in VISCII, ASCII)
        if legacy is None:
            # TCVN3 has no byte for most toned capitals: the letter, then a combining tone byte
            decomposed = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in decomposed if c in _TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
            if tones and len(base) == 1:
                legacy = "".join(t.encode_map.get(c, c) for c in (base, *tones))
            else:
                legacy = ch
        out.append(legacy)
    return "".join(out)


def _one_byte(ch: str) -> bool:
    return ord(ch) < 256 or ord(ch) in _CP1252_BACK


def surface_text(data: bytes) -> str:
    """Bytes as the Windows-1252 characters the tables are keyed by."""
    return data.decode("latin-1").translate(_CP1252)


def decode_bytes(data: bytes, encoding: str) -> str:
    """The bytes of a legacy text file -> Unicode NFC."""
    return convert(surface_text(data), encoding)


def encode_bytes(text: str, encoding: str) -> bytes:
    """Unicode -> the bytes of a legacy text file (inverse of decode_bytes)."""
    return encode(text, encoding).translate(_CP1252_BACK).encode("latin-1")


# Windows-1252 shows bytes 0x80-0x9F as punctuation; the tables are keyed by what it shows.
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_CP1252_BACK = {ord(v): b for b, v in _CP1252.items()}


# -- evidence: fonts and declared charsets ---------------------------------------------------

def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """(encoding, upper) for a legacy font name: '.VnTime' -> TCVN3, '.VnTimeH' -> TCVN3 upper,
    'VNI-Times' -> VNI, 'VISCII ...'/'VN ...' families of VISCII; None for Unicode fonts."""
    if not font:
        return None
    name = font.strip()
    if name.startswith(".Vn") or name.startswith("Vn") and name[2:3].isupper() and " " not in name:
        # the H fonts: ".VnTimeH", ".VnArialH", ".VnAvantH" (capital H after a lower-case name)
        return "TCVN3", len(name) > 3 and name.endswith("H") and name[-2].islower()
    if name.upper().startswith("VNI-") or name.upper().startswith("VNI "):
        return "VNI", False
    if name.upper().startswith("VISCII") or name.upper().startswith("VPS "):
        return ("VISCII", False) if name.upper().startswith("VISCII") else None
    return None


_CHARSETS = {"tcvn": "TCVN3", "tcvn3": "TCVN3", "tcvn-5712": "TCVN3", "tcvn5712-1": "TCVN3",
             "tcvn5712-1:1993": "TCVN3", "x-viet-tcvn": "TCVN3", "x-viet-tcvn5712": "TCVN3",
             "viscii": "VISCII", "x-viet-viscii": "VISCII", "vni": "VNI", "x-viet-vni": "VNI"}
_DECLARED = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)


def charset_encoding(data: bytes) -> str | None:
    """A legacy encoding declared in the first 4 KiB (HTML meta charset, MIME header)."""
    m = _DECLARED.search(data[:4096])
    return _CHARSETS.get(m.group(1).decode("ascii").lower()) if m else None


# -- evidence: the text itself ---------------------------------------------------------------

_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_VOWELS = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui "
           "uô uơ uy ưa ưi ươ ưu yê oai oay oao oeo uây uôi uya uyê uyu ươi ươu iêu yêu uê").split()
_FINAL = "(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE = re.compile(rf"{_INITIAL}(?:{'|'.join(sorted(_VOWELS, key=len, reverse=True))}){_FINAL}")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_EDGE = "\"'()[]{}.,;:!?…“”‘’«»-–—/*%0123456789"
# characters of Vietnamese that no legacy table produces from Latin-1: text full of them is Unicode
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable, one case throughout (or a capital first), one tone."""
    if not word or not (word.islower() or word.isupper() or word[0].isupper() and word[1:].islower()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(base) is not None


@dataclass(frozen=True, slots=True)
class Verdict:
    encoding: str | None  # the encoding to convert from, or None: leave the text alone
    changed: int  # words conversion would change
    valid_before: int
    valid_after: int


# Minimum share of the changed words (and of the other non-ASCII words, which a legacy text
# does not have) that must be syllables after conversion, and the most of the changed words
# that may be syllables before it (in good Vietnamese nearly all of them are).
MIN_VALID_AFTER = 0.8
MAX_VALID_BEFORE = 0.25
# one changed word is no evidence ("où" in French would be VNI "ó")
MIN_CHANGED = 2


def detect(text: str, candidates: tuple[str, ...] = ENCODINGS) -> Verdict:
    """Which legacy encoding `text` (Windows-1252 characters) is in, if any."""
    best = Verdict(None, 0, 0, 0)
    words = [w.strip(_EDGE) for w in text.split()]
    for name in candidates:
        t = table(name)
        changed = before = after = foreign = 0
        for word in words:
            if not word or not any(c in t.chars for c in word):
                if word and not word.isascii() and not is_syllable(word):
                    foreign += 1  # "élèves" in French: no table touches it, and it is not Vietnamese
                continue
            converted = convert(word, name)
            if converted == word:
                foreign += not word.isascii() and not is_syllable(word)
                continue
            changed += 1
            before += is_syllable(word)
            after += is_syllable(converted)
        if (changed >= MIN_CHANGED and after >= MIN_VALID_AFTER * (changed + foreign)
                and before <= MAX_VALID_BEFORE * changed
                and after - before > best.valid_after - best.valid_before):
            best = Verdict(name, changed, before, after)
    return best


def looks_unicode(text: str) -> bool:
    """Cheap first test: Vietnamese letters outside Latin-1 mean the text is Unicode already
    (legacy text shows as Latin-1 and Windows punctuation only)."""
    return _UNICODE_ONLY.search(text) is not None


def fix_text(text: str) -> tuple[str, str | None]:
    """(text converted, encoding) when text with no font evidence is legacy, else (text, None).
    Decides per paragraph: one document often mixes Unicode and .VnTime paragraphs."""
    if not any(ord(c) > 127 for c in text):
        return text, None
    out = []
    found: str | None = None
    for para in text.split("\n"):
        if para and not looks_unicode(para) and any(ord(c) > 127 for c in para):
            verdict = detect(para)
            if verdict.encoding:
                para = convert(para, verdict.encoding)
                found = found or verdict.encoding
        out.append(para)
    return ("\n".join(out), found) if found else (text, None)


def note(encoding: str) -> str:
    """The file status line for a conversion."""
    return f"chuyển mã {encoding} → Unicode"
