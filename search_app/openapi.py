"""The OpenAPI 3 description of the JSON API (kept beside the code it describes)."""
from __future__ import annotations

import dataclasses

from extract.additivity import classes
from extract.records import FIGURE_KINDS, FIGURE_ROLES, Figure
from search_app.db import FIGURE_COLUMNS
from search_app.facets import TABLE as FACET_TABLE

_FILTERS = [
    {"name": "q", "in": "query", "schema": {"type": "string"},
     "description": "Từ khóa: từ, \"cụm từ\", AND/OR/NOT (VÀ/HOẶC/KHÔNG), title:, org:, year:, tiền tố*"},
    *[{"name": f.param, "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
       "style": "form", "explode": True, "description": f"Lọc theo {f.name} (chọn nhiều = HOẶC)"} for f in FACET_TABLE],
    {"name": "year_from", "in": "query", "schema": {"type": "integer"}},
    {"name": "year_to", "in": "query", "schema": {"type": "integer"}},
    {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "newest", "oldest"]}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
]
_FIGURE_FILTERS = [
    {"name": n, "in": "query", "schema": {"type": t}} for n, t in
    (("unit", "string"), ("qualifier", "string"), ("fig_activity", "string"), ("fig_org", "string"),
     ("fig_year", "integer"), ("value_min", "number"), ("value_max", "number"))
] + [{"name": "kind", "in": "query", "schema": {"type": "string", "enum": list(FIGURE_KINDS)}}]
_TYPES = {"str": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"},
          "list[str]": {"type": "array", "items": {"type": "string"}}}


def _figure_schema() -> dict:
    """A stored figure as the API returns it, from the record's fields and their annotations."""
    types = {f.name: str(f.type) for f in dataclasses.fields(Figure)} | {"doc_id": "str", "idx": "int"}
    props = {}
    for name in FIGURE_COLUMNS:
        base, _, none = types[name].partition(" | ")
        props[name] = {**_TYPES[base], **({"nullable": True} if none == "None" else {})}
    # a person's correction of the row, if any (search_app/db.py)
    props |= {"correction": {"type": "string", "nullable": True, "enum": ["confirm", "correct", "reject", None]},
              "corrected_by": {"type": "string", "nullable": True},
              "corrected_at": {"type": "string", "nullable": True, "format": "date-time"},
              "original_value": {"type": "number", "nullable": True}}
    # what totals make of it (search_app/totals.py): its unit's additivity class and its group of repeats
    props |= {"additivity": {"type": "string", "enum": list(classes())},
              "group_id": {"type": "string", "nullable": True,
                           "description": "the same figure reported by several documents (counted once)"}}
    props["role"]["enum"] = list(FIGURE_ROLES)
    return {"type": "object", "properties": props}


_ERROR = {"description": "Lỗi", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def spec() -> dict:
    return {
        "openapi": "3.0.3",
        "info": {"title": "baocao API", "version": "1.0",
                 "description": "Tìm kiếm toàn văn, lọc theo nhiều chiều và số liệu trong kho báo cáo."},
        "paths": {
            "/api/search": {"get": {"summary": "Tìm tài liệu", "parameters": _FILTERS, "responses": {
                "200": {"description": "Kết quả", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/SearchResult"}}}}, "400": _ERROR}}},
            "/api/facets": {"get": {"summary": "Chỉ số đếm theo từng chiều lọc", "parameters": _FILTERS,
                                    "responses": {"200": {"description": "Các chiều lọc"}, "400": _ERROR}}},
            "/api/documents/{id}": {"get": {"summary": "Một tài liệu với số liệu và nguồn", "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "Tài liệu"}, "404": _ERROR}}},
            "/api/figures": {"get": {"summary": "Số liệu khớp bộ lọc", "parameters": _FILTERS + _FIGURE_FILTERS,
                                     "responses": {"200": {"description": "Số liệu, bảng tổng hợp theo năm (aggregates) và theo giai đoạn nhiều năm (period_aggregates). Mỗi dòng tổng hợp: additivity, additive; sum (null khi đơn vị không cộng được: %, cấp, lần ...), count (cùng số liệu do nhiều tài liệu nêu tính một lần), figures, grouped, min, max, median, groups [{group_id, group_docs, value}], apart"}, "400": _ERROR}}},
        },
        "components": {"schemas": {
            "Figure": _figure_schema(),
            "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
            "Facet": {"type": "object", "properties": {"value": {"type": "string"}, "label": {"type": "string"},
                                                       "count": {"type": "integer"}, "selected": {"type": "boolean"}}},
            "SearchResult": {"type": "object", "properties": {
                "query": {"type": "string"}, "total": {"type": "integer"}, "page": {"type": "integer"},
                "per_page": {"type": "integer"},
                "results": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "title": {"type": "string"},
                    "published": {"type": "string", "nullable": True},
                    "years": {"type": "array", "items": {"type": "integer"}},
                    "provinces": {"type": "array", "items": {"type": "string"}},
                    "doc_type": {"type": "string"}, "sources": {"type": "array", "items": {"type": "string"}},
                    "snippet": {"type": "string", "description": "HTML: escaped, then <mark>"},
                    "score": {"type": "number"},
                    "figures": {"type": "array", "items": {"$ref": "#/components/schemas/Figure"}},
                    "ocr": {"type": "array", "description": "pages read by OCR from a scan ([] for a text layer); "
                            "low: Tesseract's mean word confidence under the threshold, to be checked",
                            "items": {"type": "object", "properties": {
                                "page": {"type": "integer"}, "confidence": {"type": "number"},
                                "low": {"type": "boolean"}}}}}}},
                "facets": {"type": "object", "additionalProperties": {
                    "type": "array", "items": {"$ref": "#/components/schemas/Facet"}}},
                "histogram": {"type": "array", "items": {"type": "object", "properties": {
                    "year": {"type": "integer"}, "count": {"type": "integer"}}}},
                "suggestion": {"type": "string", "nullable": True,
                               "description": "the query with a one-letter typo corrected (Bạn có muốn tìm ...)"}}},
        }},
    }
