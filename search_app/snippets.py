"""Highlighted snippets: the text is HTML-escaped first, then matches are wrapped in <mark>."""
from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from search_app.analysis import loose_pattern

WINDOW = 40  # syllables in a snippet
MAX_CHARS = 320
SCAN_CHARS = 20000  # snippets come from the first 20k characters: long reports stay fast


@lru_cache(maxsize=256)
def _pattern(seqs: tuple[tuple[str, ...], ...], prefixes: tuple[str, ...]) -> re.Pattern | None:
    """One regex for every run (syllables separated by spaces only) and prefix, matching any accents."""
    parts = [r"\s+".join(loose_pattern(s) for s in seq) for seq in seqs if seq]
    parts += [loose_pattern(p) + r"[^\W_]*" for p in prefixes]
    if not parts:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![^\W_])",
                      re.IGNORECASE)


def match_spans(text: str, runs, prefixes=()) -> list[tuple[int, int]]:
    """Character spans of every occurrence of a query run (adjacent syllables) or prefix.

    One accent-insensitive regex over the original text (C speed): no Python loop
    over tokens and no folded copy, since snippets are built for every hit of every page.
    """
    pattern = _pattern(tuple(sorted({tuple(r.folded) for r in runs})), tuple(sorted(set(prefixes))))
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


def mark(text: str, spans) -> Markup:
    out, pos = [], 0
    for s, e in spans:
        out.append(escape(text[pos:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        pos = e
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def snippet(text: str, runs, prefixes=()) -> Markup:
    """The densest window of matches, or the opening of the text when nothing matches."""
    spans = match_spans(text[:SCAN_CHARS], runs, prefixes)
    if not spans:
        cut = text[:MAX_CHARS]
        return escape(cut + ("…" if len(text) > MAX_CHARS else ""))
    # pick the window (by characters) holding the most match starts
    best, best_i, j = 0, 0, 0
    for i, (s, _) in enumerate(spans):
        while spans[j][0] < s - MAX_CHARS:
            j += 1
        count = i - j + 1
        if count > best:
            best, best_i = count, j
    start = max(0, spans[best_i][0] - 60)
    # start on a word boundary
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + MAX_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    inside = [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]
    body = mark(text[start:end].replace("\n", " "), inside)
    return (Markup("…") if start > 0 else Markup("")) + body + (Markup("…") if end < len(text) else Markup(""))
