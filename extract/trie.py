"""Regex alternations compiled as a prefix trie.

Python's re tries each alternative in turn, so a 400-word alternation is slow on long
texts; factoring common prefixes ("hội viên|hội thi" -> "hội (?:viên|thi)") makes the
same match an order of magnitude faster. Longest alternatives still win (greedy order)."""
from __future__ import annotations

import re


def pattern(words) -> str:
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    # longer continuations first so the regex prefers the longest word
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def first_chars(words, *, both_cases: bool = False, extra: str = "") -> str:
    """A lookahead on the first letters of `words`, to put in front of a pattern that can only
    start with one of them: re then skips other positions without trying the whole pattern
    (a lookbehind first, as most of our patterns have, keeps re from finding that out itself).
    `extra`: more of the character class as regex source (e.g. r"\\d")."""
    chars = {w[0] for w in words if w}
    if both_cases:
        chars |= {c.upper() for c in chars if len(c.upper()) == 1} | {c.lower() for c in chars if len(c.lower()) == 1}
    body = extra + "".join(re.escape(c) for c in sorted(chars))
    return f"(?=[{body}])" if body else ""
