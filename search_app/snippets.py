"""Highlighted snippets: the text is HTML-escaped first, then matches are wrapped in <mark>."""
from __future__ import annotations

from markupsafe import Markup, escape

from search_app.analysis import TOKEN_RE, fold

WINDOW = 40  # syllables in a snippet
MAX_CHARS = 320
SCAN_CHARS = 20000  # snippets come from the first 20k characters: long reports stay fast


def match_spans(text: str, runs, prefixes=()) -> list[tuple[int, int]]:
    """Character spans of every occurrence of a query run (adjacent syllables) or prefix."""
    folded = fold(text)
    if len(folded) == len(text):  # one pass over the whole text; offsets carry over
        tokens = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(folded)]
    else:  # a character folded to several: fold token by token
        tokens = [(m.start(), m.end(), fold(m.group())) for m in TOKEN_RE.finditer(text)]
    words = [t[2] for t in tokens]
    spans = []
    seqs = {tuple(r.folded) for r in runs}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        by_first.setdefault(seq[0], []).append(seq)
    for i, w in enumerate(words):
        for seq in by_first.get(w, ()):
            if tuple(words[i:i + len(seq)]) == seq:
                spans.append((tokens[i][0], tokens[i + len(seq) - 1][1]))
        if prefixes and any(w.startswith(p) for p in prefixes):
            spans.append((tokens[i][0], tokens[i][1]))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


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
