"""The figures of a short article (headline, then body) as the tests of activities compare them, and the
organisations of one sentence: the record shapes the round tests share, written once."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from extract.activity import find_cues
from extract.orgs import find_orgs
from extract.pipeline import extract_text


@contextmanager
def _read_by(rules_only: bool) -> Iterator[None]:
    """The learned classifier off (WEIGHT 0) inside the block when `rules_only`, its weight restored after."""
    from extract import learned

    saved = learned.WEIGHT
    if rules_only:
        learned.WEIGHT = 0.0
    try:
        yield
    finally:
        learned.WEIGHT = saved


def figs(title: str, body: str) -> list[tuple]:
    """(text, value, unit, activity) of each figure of the article "title\\nbody"."""
    text = f"{title}\n{body}"
    return [(f.text, f.value, f.unit, f.activity) for f in extract_text(text, title=title).figures]


def rules_figs(title: str, body: str) -> list[tuple]:
    """figs() of the article read by the rules alone (WEIGHT 0)."""
    with _read_by(rules_only=True):
        return figs(title, body)


def figs_both(title: str, body: str) -> tuple[list[tuple], list[tuple]]:
    """figs() of the article read by the rules alone (WEIGHT 0), then with the learned classifier."""
    return rules_figs(title, body), figs(title, body)


def figs_agreed(title: str, body: str) -> list[tuple]:
    """figs() of the article, asserting that the rules alone and the classifier agree (the classifier
    must not overrule the rules there)."""
    rules, combined = figs_both(title, body)
    assert rules == combined
    return rules


def records(sentence: str) -> list[tuple]:
    """(text, value, unit) of each figure of one sentence, the shape the figure tests compare."""
    return [(f.text, f.value, f.unit) for f in extract_text(sentence).figures]


def range_records(sentence: str) -> list[tuple]:
    """(text, value, value_max, unit) of each figure of one sentence: records() with a range's upper bound."""
    return [(f.text, f.value, f.value_max, f.unit) for f in extract_text(sentence).figures]


def full_records(sentence: str) -> list[tuple]:
    """(text, value, value_max, unit, qualifier) of each figure of one sentence, the shape the exact
    figure records of the rounds compare."""
    return [(f.text, f.value, f.value_max, f.unit, f.qualifier) for f in extract_text(sentence).figures]


def org_names(sentence: str) -> list[tuple]:
    """(name as written, canonical name) of each organisation the whole pipeline finds in one sentence."""
    return [(o.name, o.canonical) for o in extract_text(sentence).organizations]


def org_records(sentence: str) -> list[tuple]:
    """(name as written, canonical name, kind, level, place) of each organisation the whole pipeline
    finds in one sentence."""
    return [(o.name, o.canonical, o.kind, o.level, o.place) for o in extract_text(sentence).organizations]


def orgs(text: str) -> list[tuple]:
    """(name as written, canonical name) of each organisation the rules find (extract.orgs.find_orgs, no
    learned recogniser), the shape the exact organisation records of the rounds compare."""
    return [(o.name, o.canonical) for o in find_orgs(text)]


def cues(text: str) -> list[tuple[str, str, float]]:
    """(cue as written, lower-cased; activity; weight) of each cue the taxonomy finds in the text."""
    low = text.lower()
    return [(low[c.start:c.end], c.activity, c.weight) for c in find_cues(text)]


def figure(text: str, wanted: str, title: str = "", *, rules_only: bool = False):
    """The first figure of `text` written as `wanted`, read with the learned classifier or, with
    `rules_only`, by the rules alone (WEIGHT 0), so one test can hold both readings to one answer."""
    with _read_by(rules_only):
        found = [f for f in extract_text(text, title=title).figures if f.text == wanted]
    assert found, f"no figure {wanted!r}"
    return found[0]


def record(text: str, wanted: str, title: str = "", *, rules_only: bool = False) -> tuple:
    """(text, value, unit, activity) of figure(text, wanted, title)."""
    f = figure(text, wanted, title, rules_only=rules_only)
    return f.text, f.value, f.unit, f.activity


def activity(text: str, wanted: str, title: str = "", *, rules_only: bool = False) -> str:
    """The activity of figure(text, wanted, title)."""
    return figure(text, wanted, title, rules_only=rules_only).activity


def activity_both(text: str, wanted: str, title: str = "") -> set[str]:
    """activity() by the rules alone and with the classifier, as one set: a single member when the
    two readings agree."""
    return {activity(text, wanted, title, rules_only=rules_only) for rules_only in (True, False)}


def record_both(text: str, wanted: str, title: str = "") -> set[tuple]:
    """record() by the rules alone and with the classifier, as one set: a single member when the two
    readings agree."""
    return {record(text, wanted, title, rules_only=rules_only) for rules_only in (True, False)}
