"""Vietnamese labels for facet values and codes (data in data/labels.json)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ingest.document import DOC_TYPES
from search_app.index import NO_YEAR


@lru_cache(maxsize=1)
def labels() -> dict:
    return json.loads((Path(__file__).parent / "data" / "labels.json").read_text(encoding="utf-8"))


def facet_name(facet: str) -> str:
    return labels()["facets"].get(facet, facet)


def value_label(facet: str, value: str) -> str:
    if facet == "year" and value == NO_YEAR:
        return labels()["no_year"]
    if facet == "activity":
        return labels()["activity"].get(value, value)
    if facet == "doc_type":
        return DOC_TYPES.get(value, value)
    return value


def activity(value: str) -> str:
    return labels()["activity"].get(value, value)


def qualifier(value: str) -> str:
    return labels()["qualifier"].get(value, value)
