"""The figures of a short article (headline, then body) as the tests of activities compare them, and the
organisations of one sentence."""
from __future__ import annotations

from extract.pipeline import extract_text


def figs(title: str, body: str) -> list[tuple]:
    """(text, value, unit, activity) of each figure of the article "title\\nbody"."""
    text = f"{title}\n{body}"
    return [(f.text, f.value, f.unit, f.activity) for f in extract_text(text, title=title).figures]


def records(sentence: str) -> list[tuple]:
    """(text, value, unit) of each figure of one sentence, the shape the figure tests compare."""
    return [(f.text, f.value, f.unit) for f in extract_text(sentence).figures]


def org_names(sentence: str) -> list[tuple]:
    """(name as written, canonical name) of each organisation the whole pipeline finds in one sentence."""
    return [(o.name, o.canonical) for o in extract_text(sentence).organizations]


def full_records(sentence: str) -> list[tuple]:
    """(text, value, value_max, unit, qualifier) of each figure of one sentence, the shape the exact
    figure records of the rounds compare."""
    return [(f.text, f.value, f.value_max, f.unit, f.qualifier) for f in extract_text(sentence).figures]


def figure(text: str, wanted: str, title: str = "", *, rules_only: bool = False):
    """The first figure of `text` written as `wanted`, read with the learned classifier or, with
    `rules_only`, by the rules alone (WEIGHT 0), so one test can hold both readings to one answer."""
    from extract import learned

    saved = learned.WEIGHT
    if rules_only:
        learned.WEIGHT = 0.0
    try:
        found = [f for f in extract_text(text, title=title).figures if f.text == wanted]
    finally:
        learned.WEIGHT = saved
    assert found, f"no figure {wanted!r}"
    return found[0]


def activity(text: str, wanted: str, title: str = "", *, rules_only: bool = False) -> str:
    """The activity of figure(text, wanted, title)."""
    return figure(text, wanted, title, rules_only=rules_only).activity


def activity_both(text: str, wanted: str, title: str = "") -> set[str]:
    """activity() by the rules alone and with the classifier, as one set: a single member when the
    two readings agree."""
    return {activity(text, wanted, title, rules_only=rules_only) for rules_only in (True, False)}


def record_both(text: str, wanted: str, title: str = "") -> set[tuple]:
    """(text, value, unit, activity) of figure(text, wanted, title) by the rules alone and with the
    classifier, as one set: a single member when the two readings agree."""
    found = (figure(text, wanted, title, rules_only=rules_only) for rules_only in (True, False))
    return {(f.text, f.value, f.unit, f.activity) for f in found}


def figs_both(title: str, body: str) -> tuple[list[tuple], list[tuple]]:
    """figs() of the article read by the rules alone (WEIGHT 0), then with the learned classifier."""
    from extract import learned

    saved = learned.WEIGHT
    learned.WEIGHT = 0.0
    try:
        rules = figs(title, body)
    finally:
        learned.WEIGHT = saved
    return rules, figs(title, body)
