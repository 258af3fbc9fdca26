"""The facet table: every facet once, with where it lives in each layer.

The index schema, the engine, the filters (URL parameters), the API and OpenAPI, the
templates and the CLI read this table; tests/test_vocabularies.py fails if a list of the
facet names is spelled out anywhere else. No imports: every layer may read it.
"""
from __future__ import annotations

from dataclasses import dataclass

NO_YEAR = "none"  # the year facet's value for documents that report on no year


@dataclass(frozen=True, slots=True)
class Facet:
    name: str  # key of the facet in results, the API's "facets" object and the engine
    label: str  # Vietnamese heading in the UI
    column: str  # where the store keeps the values
    field: str  # the index field holding them
    param: str  # URL / API query parameter (repeatable: several values = OR)


# in the order the UI lists them
TABLE = (
    Facet("year", "Năm báo cáo", "documents.years", "f_year", "year"),
    Facet("org", "Tổ chức", "entities.canonical (type organization)", "f_org", "org"),
    Facet("activity", "Hoạt động", "figures.activity", "f_activity", "activity"),
    Facet("province", "Tỉnh, thành", "documents.provinces", "f_province", "province"),
    Facet("doc_type", "Loại văn bản", "documents.doc_type", "f_doc_type", "doc_type"),
    Facet("source", "Nguồn", "documents.source_name, else the file name", "f_source", "source"),
)
FACETS = tuple(f.name for f in TABLE)
BY_NAME = {f.name: f for f in TABLE}
