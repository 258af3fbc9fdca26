"""“Bạn có muốn tìm ...”: a one-letter typo inside a syllable, corrected from the index's vocabulary.

A typed syllable is suspect when the index does not hold it ("chein"), or when it stands next to
other syllables of the query but forms a bigram with none of them in any document ("cựu chến
binh": "chen" is a word, "cuu_chen" and "chen_binh" are not). Its candidates are the syllables
one edit away (a letter deleted, inserted, replaced, or two neighbours swapped) that the index
holds; with neighbours, only those that do form a bigram with one of them, the most supported
first. Everything is compared folded, as the index matches; the suggestion is written with the
accents the user typed (the most frequent accented form) or without when they typed none.
"""
from __future__ import annotations

import string

from search_app.analysis import TOKEN_RE, fold, has_accents, nfc
from search_app.lexicon import lexicon

LETTERS = string.ascii_lowercase


def edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    out |= {a + c + b for a, b in splits for c in LETTERS}
    out.discard(word)
    return out


def _bigrams(snap, syllables: tuple[str, ...], i: int, candidate: str) -> int:
    """Documents holding `candidate` next to the query's neighbours of position i. The typed
    syllable's bigrams were just matched: their postings are in the snapshot's cache."""
    typed = candidate == syllables[i]
    count = 0
    for term in ((f"{syllables[i - 1]}_{candidate}",) if i > 0 else ()) + \
            ((f"{candidate}_{syllables[i + 1]}",) if i + 1 < len(syllables) else ()):
        count += len(snap.postings("bi", term)[0]) if typed else snap.reader.doc_frequency("bi", term)
    return count


def _documents(snap, folded: str) -> int:
    return sum(snap.reader.doc_frequency("exact", v) for v in snap.fold_map.get(folded, ()))


def corrections(snap, runs) -> dict[str, str]:
    """Folded typo -> folded correction, for the syllables of the query's runs."""
    vocabulary = snap.fold_map
    abbreviations = lexicon().expand  # "ĐTN" is no typo of "dân", even where no document writes it
    fixes: dict[str, str] = {}
    for run in runs:
        syllables = run.folded
        alone = len(syllables) == 1
        for i, syllable in enumerate(syllables):
            if syllable in fixes or syllable in abbreviations or len(syllable) < 2 or not syllable.isalpha() \
                    or not syllable.isascii():
                continue
            if syllable in vocabulary and (alone or _bigrams(snap, syllables, i, syllable)):
                continue
            best = None
            for candidate in edits(syllable):
                if candidate not in vocabulary:
                    continue
                support = 0 if alone else _bigrams(snap, syllables, i, candidate)
                if not alone and not support:
                    continue
                key = (support, _documents(snap, candidate))
                if best is None or key > best[0]:
                    best = (key, candidate)
            if best is not None:
                fixes[syllable] = best[1]
    return fixes


def suggest(snap, text: str, runs) -> str | None:
    """The query text with each typo replaced, or None when nothing looks mistyped."""
    fixes = corrections(snap, runs)
    if not fixes:
        return None
    text = nfc(text)
    out, pos = [], 0
    for m in TOKEN_RE.finditer(text):
        token = m.group()
        fixed = fixes.get(fold(token))
        if fixed is None:
            continue
        if has_accents(token):
            fixed = max(snap.fold_map[fixed], key=lambda v: (snap.reader.doc_frequency("exact", v), v))
        if token.isupper() and len(token) > 1:
            fixed = fixed.upper()
        elif token[0].isupper():
            fixed = fixed[0].upper() + fixed[1:]
        out += [text[pos:m.start()], fixed]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
