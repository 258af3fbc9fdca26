"""Vietnamese labels for facet values and codes: facet headings from the facet table, activity
labels from extract/data/activities.toml, the rest from data/labels.json."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extract.activity import labels as activity_labels
from ingest.document import DOC_TYPES
from search_app.facets import BY_NAME as FACET_BY_NAME, NO_YEAR


@lru_cache(maxsize=1)
def labels() -> dict:
    return json.loads((Path(__file__).parent / "data" / "labels.json").read_text(encoding="utf-8"))


def facet_name(facet: str) -> str:
    return FACET_BY_NAME[facet].label if facet in FACET_BY_NAME else facet


def value_label(facet: str, value: str) -> str:
    if facet == "year" and value == NO_YEAR:
        return labels()["no_year"]
    if facet == "activity":
        return activity(value)
    if facet == "doc_type":
        return DOC_TYPES.get(value, value)
    return value


def activity(value: str) -> str:
    return _activity_labels().get(value, value)


@lru_cache(maxsize=1)
def _activity_labels() -> dict[str, str]:
    return activity_labels()


def qualifier(value: str) -> str:
    return labels()["qualifier"].get(value, value)


def role(value: str) -> str:
    return labels()["role"].get(value, value)
