"""The one module that imports underthesea (kept lazy: importing it costs ~1 s).

Used for sentence splitting (fast: ~2,000 articles/s here). underthesea's word
segmentation (~30 articles/s) is too slow to run on whole documents at our speed target,
so we call it only on the few syllables after a number whose counted noun is not in
extract/data/units.toml (cached), and its `ner` only in the benchmark as a baseline.
"""
from __future__ import annotations

import re
from functools import lru_cache

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
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if len(line) > MAX_PARAGRAPH:
            pieces = _FALLBACK_SPLIT.split(line)
        else:
            pieces = _underthesea().sent_tokenize(line)
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
                    spans.append((line_start + begin, line_start + begin + len(rest)))
                cursor = len(line)
                break
            spans.append((line_start + found, line_start + found + len(piece)))
            cursor = found + len(piece)
        tail = line[cursor:].strip()
        if tail:
            begin = line.index(tail, cursor)
            spans.append((line_start + begin, line_start + begin + len(tail)))
    return [piece for span in spans for piece in _bounded(text, span)]


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
    """The first (possibly multi-syllable) word of a short snippet, by underthesea's segmenter."""
    words = _underthesea().word_tokenize(snippet)
    return words[0] if words else ""


def ner(text: str) -> list:
    """underthesea's NER, used only as the baseline in bench/extract_speed.py."""
    return _underthesea().ner(text)
