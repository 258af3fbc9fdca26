"""Figure kind: `result` (done, or a state) or `target` (planned, aimed at, proposed, forecast).
Cue words and the rule in extract/data/figure_kinds.toml."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from extract import resources

RESULT = "result"
TARGET = "target"

_HEADING = re.compile(r"^[ \t#]*(?:[IVX]{1,4}|[A-Z]|\d{1,2})\.[ \t]+(\S[^\n]*)$", re.M)
_NUMBER_BEFORE = re.compile(r"[\d%]\s*$")


def _words(words) -> re.Pattern:
    # a PDF line may break between the words of a cue
    alts = "|".join(r"\s+".join(map(re.escape, resources.nfc(w).split()))
                    for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts or '(?!x)x'})(?!\w)")


@dataclass(frozen=True, slots=True)
class Rules:
    reach: int
    intent: re.Pattern
    nouns: re.Pattern
    noun_blockers: re.Pattern
    blockers: re.Pattern
    after_result: re.Pattern
    forward: tuple[str, ...]
    future_year: re.Pattern


@cache
def rules() -> Rules:
    d = resources.load("figure_kinds")
    return Rules(int(d["reach"]), _words(d["intent"]), _words(d["plan_nouns"]), _words(d["noun_blockers"]),
                 _words(d["blockers"]), _words(d["after_result"]),
                 tuple(resources.nfc(w) for w in d["forward_sections"]), re.compile(d["future_year"]))


def forward_spans(text: str) -> list[tuple[int, int]]:
    """Sections of a report whose heading looks ahead ("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2013"), as
    (start, end): from the heading to the next heading of the same form (Roman numeral), or the end."""
    r = rules()
    heads = [m for m in _HEADING.finditer(text) if not m.group(0).lstrip(" \t#")[0].isdigit()]
    out = []
    for i, m in enumerate(heads):
        name = m.group(1).strip(" :#").lower()
        if any(name.startswith(w) for w in r.forward):
            out.append((m.end(), heads[i + 1].start() if i + 1 < len(heads) else len(text)))
    return out


class Classifier:
    """kind() for the figures of one text."""

    def __init__(self, text: str, planning: bool = False, doc_year: int | None = None):
        self.lower = resources.lower_same_length(text)
        self.planning = planning
        self.doc_year = doc_year
        self.forward = forward_spans(text) if not planning else []
        self._starts = [s for s, _ in self.forward]

    def _in_forward(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.forward[i][1]

    def kind(self, clause: tuple[int, int], start: int, end: int) -> str:
        r = rules()
        lower = self.lower
        if self.planning:
            # everything a programme or plan numbers is planned, unless the clause reports what was done
            return RESULT if r.blockers.search(lower, clause[0], start) else TARGET
        after = lower[end:min(clause[1], end + 24)].lstrip(" ,")
        if r.after_result.match(after):
            return RESULT
        lo = max(clause[0], start - r.reach)
        cue, noun = None, False
        for pattern, is_noun in ((r.intent, False), (r.nouns, True)):
            for m in pattern.finditer(lower, lo, start):
                if _NUMBER_BEFORE.search(lower, max(0, m.start() - 3), m.start()):
                    continue  # "150% chỉ tiêu": a result against a plan, not a plan
                if cue is None or m.start() > cue.start():
                    cue, noun = m, is_noun
        if cue is not None and not r.blockers.search(lower, cue.end(), start) \
                and not (noun and r.noun_blockers.search(lower, cue.end(), start)):
            return TARGET
        if self.doc_year and any(int(m.group(1)) > self.doc_year
                                 for m in r.future_year.finditer(lower, clause[0], clause[1])):
            return TARGET
        if self._in_forward(start) and not r.blockers.search(lower, clause[0], start):
            return TARGET
        return RESULT
