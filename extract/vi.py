"""The one module that imports underthesea (kept lazy: importing it costs ~1 s).

Used for sentence splitting (fast: ~2,000 articles/s here). underthesea's word
segmentation (~30 articles/s) is too slow to run on whole documents at our speed target,
so we call it only on the few syllables after a number whose counted noun is not in
extract/data/units.toml (cached), and its `ner` only in the benchmark as a baseline.
"""
from __future__ import annotations

import re
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

# Paragraphs longer than this are split by punctuation only: underthesea's splitter
# is quadratic-ish on huge unpunctuated input (a 2 MB line must still finish quickly).
MAX_PARAGRAPH = 20_000
# A "sentence" longer than this (a table dump, text without punctuation) is cut at spaces into
# pieces of about CHUNK characters, so per-sentence work stays bounded.
MAX_SENTENCE = 5_000
CHUNK = 2_000
_FALLBACK_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[\"“'(\[]?[A-ZĐÀ-Ỹ0-9])")


def _underthesea():
    import underthesea  # noqa: PLC0415 - deliberately lazy

    return underthesea


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) character offsets; every line break also ends a sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    abbreviations = _abbreviations()
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if len(line) > MAX_PARAGRAPH:
            pieces = _FALLBACK_SPLIT.split(line)
        elif abbreviations is not None:
            spans.extend((line_start + s, line_start + e) for s, e in _line_sentences(line, abbreviations))
            continue
        else:
            pieces = _underthesea().sent_tokenize(line)
        spans.extend((line_start + s, line_start + e) for s, e in _piece_spans(line, pieces))
    return [piece for span in spans for piece in _bounded(text, span)]


def _piece_spans(line: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets of the sentence strings a splitter returned for one line (they are stripped slices)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = line.find(piece, cursor)
        if found < 0:
            # the splitter changed the text (it should not); keep the rest as one sentence
            rest = line[cursor:].strip()
            if rest:
                begin = line.index(rest, cursor)
                spans.append((begin, begin + len(rest)))
            cursor = len(line)
            break
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    tail = line[cursor:].strip()
    if tail:
        begin = line.index(tail, cursor)
        spans.append((begin, begin + len(tail)))
    return spans


# underthesea's sentence splitter (a Punkt-style rule set) walks a line character by character in
# Python, which cost ~0.5 ms per article here. _line_sentences applies the same rules, jumping from
# one ".?!" to the next; tests/extract/test_sentences.py checks it against sent_tokenize itself.
_END_MARKS = ".?!"
_END_MARK = re.compile(r"[.?!]")
_BREAK_SPACE = " \t\n\r"  # skipped after a sentence end
_ELLIPSIS_SPACE = " \t"  # skipped to see what follows an ellipsis


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str] | None:
    """The abbreviations underthesea's splitter does not end a sentence after ("tp", "ts", "v.v",
    single letters). None when this underthesea keeps them elsewhere: then we call sent_tokenize."""
    try:
        from underthesea.pipeline import sent_tokenize as module  # noqa: PLC0415 - lazy, as above

        module._load_model()
        return frozenset(module.sentence_tokenizer.abbrev_types)
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - another underthesea layout
        return None


def _line_sentences(line: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence offsets in one line by underthesea's rules: ".", "?" or "!" ends a sentence (with
    the marks right after it), except a "." between digits ("1.500") or after an abbreviation;
    an ellipsis ("...") ends one only before a capital letter or at the end of the line."""
    out: list[tuple[int, int]] = []
    n = len(line)
    start = i = 0
    while True:
        m = _END_MARK.search(line, i)
        if m is None:
            break
        i = m.start()
        if line[i] == ".":
            dots = i
            while dots < n and line[dots] == ".":
                dots += 1
            if dots - i >= 3:
                after = dots
                while after < n and line[after] in _ELLIPSIS_SPACE:
                    after += 1
                if after >= n or line[after].isupper():
                    _add_stripped(out, line, start, dots)
                    while dots < n and line[dots] in _BREAK_SPACE:
                        dots += 1
                    start = dots
                i = dots
                continue
            if _dot_inside(line, i, abbreviations):
                i += 1
                continue
        end = i + 1
        while end < n and line[end] in _END_MARKS:
            end += 1
        _add_stripped(out, line, start, end)
        while end < n and line[end] in _BREAK_SPACE:
            end += 1
        start = i = end
    _add_stripped(out, line, start, n)
    return out


def _dot_inside(line: str, i: int, abbreviations: frozenset[str]) -> bool:
    """A "." that does not end a sentence: between digits, or after an abbreviation."""
    if 0 < i < len(line) - 1 and line[i - 1].isdigit() and line[i + 1].isdigit():
        return True
    j = i - 1
    while j >= 0 and (line[j].isalnum() or line[j] == "."):
        j -= 1
    word = line[j + 1:i]
    return bool(word) and word.lower() in abbreviations


def _add_stripped(out: list[tuple[int, int]], line: str, start: int, end: int) -> None:
    piece = line[start:end]
    stripped = piece.lstrip()
    if not stripped:
        return
    begin = start + len(piece) - len(stripped)
    out.append((begin, begin + len(stripped.rstrip())))


def _bounded(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    start, end = span
    if end - start <= MAX_SENTENCE:
        return [span]
    out = []
    while end - start > CHUNK:
        cut = text.rfind(" ", start + CHUNK // 2, start + CHUNK)
        if cut <= start:
            cut = start + CHUNK
        out.append((start, cut))
        start = cut
        while start < end and text[start] == " ":
            start += 1
    if start < end:
        out.append((start, end))
    return out


@lru_cache(maxsize=50_000)
def first_word(snippet: str) -> str:
    """The first (possibly multi-syllable) word of a short snippet, by underthesea's segmenter:
    the same answer as word_tokenize(snippet)[0], computed by extract/segmenter.py from the
    same model when the snippet's tokens are plain (Latin letters, digits), else by
    word_tokenize itself."""
    tagger = _tagger()
    tokens = _plain_tokens(snippet) if tagger is not None else None
    if tokens is None:
        words = _underthesea().word_tokenize(snippet)
        return words[0] if words else ""
    if not tokens:
        return ""
    tags = tagger.tags(tokens)
    end = 1
    while end < len(tokens) and tags[end] == "I-W":
        end += 1
    return " ".join(tokens[:end])


_MODEL_DIR = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")


def _model_dir() -> Path:
    # found without importing underthesea (~1 s): the search app reads only the word list
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("underthesea")
    return Path(spec.origin).parent.joinpath(*_MODEL_DIR)


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The word list of underthesea's segmentation model: 72,547 words, lower case, syllables joined
    by spaces ("cựu chiến binh"); empty when this underthesea ships another model."""
    import joblib  # noqa: PLC0415 - installed with underthesea, which stores its model data with it

    try:
        words = joblib.load(_model_dir() / "dictionary.bin")
    except (OSError, ValueError, TypeError):
        return frozenset()
    return frozenset(w for w in words if isinstance(w, str))


@lru_cache(maxsize=1)
def _tagger():
    """extract.segmenter's reading of underthesea's segmentation model, or None when this
    underthesea ships another model (then word_tokenize does all the work)."""
    import joblib  # noqa: PLC0415 - installed with underthesea, which stores its model data with it

    from extract import segmenter  # noqa: PLC0415

    folder = _model_dir()
    try:
        model = segmenter.load(folder / "models.bin", joblib.load(folder / "features.bin"),
                               joblib.load(folder / "dictionary.bin"))
    except (OSError, ValueError, TypeError):
        return None
    return segmenter.Tagger(model) if model is not None else None


@lru_cache(maxsize=1)
def pos_lexicon() -> dict[str, str]:
    """Each word's part of speech out of context, by underthesea's part-of-speech model
    (pos_crf_vlsp2013, shipped in the pip package): the label whose weight for the feature "this
    word, lower-cased" (T[0].lower) is highest ("kiểm tra" V, "đã" R, "khẩn trương" A, "đất" N).
    Empty when this underthesea ships another model."""
    from extract import segmenter  # noqa: PLC0415

    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("underthesea")
    path = Path(spec.origin).parent / "pipeline" / "pos_tag" / "models" / "pos_crf_vlsp2013_20230303" / "models.bin"
    try:
        labels = segmenter.best_labels(path.read_bytes(), "T[0].lower=")
    except (OSError, ValueError, IndexError, struct.error):
        return {}
    return {word: label.removeprefix("B-") for word, label in labels.items()}


def _plain_tokens(snippet: str) -> list[str] | None:
    """The tokens word_tokenize would tag for this snippet, when each is made of cased Latin
    letters and digits (segmenter.Tagger's features are exact for those); else None."""
    syllables = snippet.split(" ")
    if all(map(_is_letters, syllables)):
        # a run of letters is one token of underthesea's regex tokenizer: normalise syllable by
        # syllable (cached) instead of running the tokenizer
        tokens = [_normalized(s) for s in syllables]
    else:
        from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize  # noqa: PLC0415

        tokens = tokenize(snippet)
    return tokens if all(map(_is_plain, tokens)) else None


_LATIN_LETTERS = frozenset(c for c in map(chr, range(0x41, 0x2000)) if (c.isupper() or c.islower())
                           and c.isalpha() and "LATIN" in unicodedata.name(c, ""))


def _is_plain_char(c: str) -> bool:
    # cased Latin letters, and digits or number signs ("²", "½"), which no definition of letter,
    # case or title in use (Python's, Rust's) treats differently
    return c in _LATIN_LETTERS or unicodedata.category(c) in ("Nd", "No")


def _is_letters(syllable: str) -> bool:
    return bool(syllable) and all(c in _LATIN_LETTERS for c in syllable)


@lru_cache(maxsize=20_000)
def _is_plain(token: str) -> bool:
    return bool(token) and all(map(_is_plain_char, token))


@lru_cache(maxsize=20_000)
def _normalized(syllable: str) -> str:
    """underthesea's character and token normalisation of one syllable ("qui" -> "quy")."""
    from underthesea.pipeline.text_normalize import token_normalize  # noqa: PLC0415
    from underthesea.pipeline.text_normalize.character_normalize import (  # noqa: PLC0415
        normalize_characters_in_text,
    )

    return token_normalize(normalize_characters_in_text(syllable))


def ner(text: str) -> list:
    """underthesea's NER, used only as the baseline in bench/extract_speed.py."""
    return _underthesea().ner(text)
