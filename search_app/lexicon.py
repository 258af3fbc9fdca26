"""What the words of a query are made of, for query.expand: units and their other spellings.

- A unit is a word of one or more syllables: the longest pieces of the query found in
  underthesea's word list (extract.vi.dictionary_words), the province names (ingest.places), the
  names and counted nouns of extract/data, or the words an abbreviation stands for. Words typed next to each other that are not a phrase of a
  document still match where each unit occurs ("tuyển quân 2022": "tuyển quân" and "2022").
- Abbreviations are spelled both ways, from extract/data/organizations.toml only
  (extract.orgs.abbreviations): "MTTQ" is also "mặt trận tổ quốc", and "mặt trận tổ quốc" also
  "MTTQ". Only abbreviations of three letters or more that are not themselves a syllable
  ("TƯ" folds to "tu") take part, and words are shortened only to an abbreviation that stands for
  nothing else ("BCH" is Ban Chấp hành and Bộ Chỉ huy: typed, it finds both; neither becomes "BCH").

Everything is folded (no accents), like the index terms it is compared with.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from search_app.analysis import fold, query_syllables

MIN_ABBREVIATION = 3  # letters
MAX_UNIT = 8  # syllables of the longest unit looked up
MAX_SPELLINGS = 8  # spellings kept per unit, and per phrase


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: frozenset[str]  # folded units of 2+ syllables, joined by spaces
    expand: dict[str, tuple[tuple[str, ...], ...]]  # folded abbreviation -> the syllables it stands for
    shorten: dict[tuple[str, ...], tuple[str, ...]]  # syllables -> abbreviations standing for them only

    def units(self, syllables: tuple[str, ...]) -> list[tuple[int, int]]:
        """(start, end) of each unit: the fewest units, the longer ones first on a tie."""
        n = len(syllables)
        best: list[tuple[int, int] | None] = [None] * (n + 1)  # (units, -sum of squared lengths)
        back = [0] * (n + 1)
        best[0] = (0, 0)
        for end in range(1, n + 1):
            for start in range(max(0, end - MAX_UNIT), end):
                if best[start] is None or (end - start > 1 and " ".join(syllables[start:end]) not in self.words):
                    continue
                cost = (best[start][0] + 1, best[start][1] - (end - start) ** 2)
                if best[end] is None or cost < best[end]:
                    best[end], back[end] = cost, start
        spans = []
        end = n
        while end:
            spans.append((back[end], end))
            end = back[end]
        return spans[::-1]

    def spellings(self, unit: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """The unit as typed first, then with abbreviations written out and words abbreviated."""
        out: list[tuple[str, ...]] = [unit]

        def walk(i: int, done: tuple[str, ...]) -> None:
            if len(out) >= MAX_SPELLINGS:
                return
            if i == len(unit):
                if done not in out:
                    out.append(done)
                return
            walk(i + 1, done + (unit[i],))
            for words in self.expand.get(unit[i], ()):
                walk(i + 1, done + words)
            for j in range(i + 2, min(len(unit), i + MAX_UNIT) + 1):
                for abbreviation in self.shorten.get(unit[i:j], ()):
                    walk(j, done + (abbreviation,))

        walk(0, ())
        return tuple(out)


def _extractor_names() -> list[str]:
    """Names and counted nouns the extractor knows (extract/data): the word list lacks most
    names ("Việt Nam", "Trung Quốc") and some compounds of reports ("suất quà")."""
    from extract.resources import load

    orgs = load("organizations")["org"]
    return [*(f for org in orgs for f in (org["canonical"], *org.get("forms", ()))),
            *load("places").get("foreign", {}).get("names", ()), *load("levels").get("words", {}),
            *load("units").get("heads", {}).get("words", ())]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Built once per process (~0.5 s, mostly reading the word list)."""
    from extract.orgs import abbreviations
    from extract.vi import dictionary_words
    from ingest.legacy import is_syllable
    from ingest.places import provinces

    expand: dict[str, set[tuple[str, ...]]] = {}
    for abbreviation, meanings in abbreviations().items():
        key = fold(abbreviation)
        if len(key) < MIN_ABBREVIATION or not key.isalpha() or is_syllable(key):
            continue
        expand.setdefault(key, set()).update(query_syllables(fold(m)) for m in meanings)
    shorten: dict[tuple[str, ...], set[str]] = {}
    for key, meanings in expand.items():
        if len(meanings) == 1:
            shorten.setdefault(next(iter(meanings)), set()).add(key)
    names = [w for w in dictionary_words() if " " in w]
    names += [n for p in provinces() for n in (p.name, *p.aliases)]
    names += _extractor_names()
    words = {" ".join(query_syllables(fold(n))) for n in names}
    words |= {" ".join(m) for meanings in expand.values() for m in meanings}
    return Lexicon(frozenset(w for w in words if " " in w),
                   {k: tuple(sorted(v)) for k, v in expand.items()},
                   {k: tuple(sorted(v)) for k, v in shorten.items()})
