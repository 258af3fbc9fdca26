"""The figures of a short article (headline, then body) as the tests of activities compare them."""
from __future__ import annotations

from extract.pipeline import extract_text


def figs(title: str, body: str) -> list[tuple]:
    """(text, value, unit, activity) of each figure of the article "title\\nbody"."""
    text = f"{title}\n{body}"
    return [(f.text, f.value, f.unit, f.activity) for f in extract_text(text, title=title).figures]
