"""Each vocabulary has one home; nothing else spells it out.

- activity ids and labels: extract/data/activities.toml (read through extract.activity);
- facets (name, label, store column, index field, URL parameter): search_app/facets.py;
- figure fields: extract/records.py (the store schema, exports and API are checked against it).

A "spelling out" is a literal list of three or more of the vocabulary's names (a tuple, list
or set of strings in Python; three quoted names on one line of a template, script or data
file), or, for activities, one of their Vietnamese labels. References to one name ("khac",
facet "year") are fine: they use the vocabulary, they do not repeat it.
"""
from __future__ import annotations

import ast
import json
import re
import tomllib
from pathlib import Path

from search_app import facets

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ingest", "extract", "search_app")
SUFFIXES = {".py", ".html", ".js", ".json", ".toml", ".sql"}
ACTIVITIES = tomllib.loads((ROOT / "extract/data/activities.toml").read_text(encoding="utf-8"))["activity"]


def _files():
    for package in PACKAGES:
        yield from sorted(p for p in (ROOT / package).rglob("*") if p.suffix in SUFFIXES and p.is_file())


def _spelled_out(names: set[str], home: set[str], least: int = 3) -> list[str]:
    found = []
    for path in _files():
        rel = str(path.relative_to(ROOT))
        if rel in home:
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".py":
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                    items = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
                    if len(items & names) >= least:
                        found.append(f"{rel}:{node.lineno}")
            continue
        if path.suffix == ".json":
            found += [f"{rel}: keys {sorted(d)}" for d in _dicts(json.loads(text)) if len(set(d) & names) >= least]
            continue
        for n, line in enumerate(text.splitlines(), 1):
            quoted = set(re.findall(r"[\"']([^\"']+)[\"']", line))
            if len(quoted & names) >= least:
                found.append(f"{rel}:{n}")
    return found


def _dicts(obj):
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _dicts(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _dicts(v)


def test_activity_ids_live_in_activities_toml():
    ids = {a["id"] for a in ACTIVITIES}
    assert len(ids) == 16
    assert not _spelled_out(ids, {"extract/data/activities.toml"})


def test_activity_labels_live_in_activities_toml():
    labels = [a["label"] for a in ACTIVITIES if len(a["label"]) > 8]  # not "Khác" (a plain word)
    found = [f"{p.relative_to(ROOT)}: {label}" for p in _files() for label in labels
             if p.name != "activities.toml" and label in p.read_text(encoding="utf-8")]
    assert not found


def test_ui_shows_the_taxonomy_labels():
    from search_app import labels

    assert {a["id"]: labels.activity(a["id"]) for a in ACTIVITIES} == {a["id"]: a["label"] for a in ACTIVITIES}


def test_facet_names_live_in_the_facet_table():
    assert not _spelled_out(set(facets.FACETS), {"search_app/facets.py"})
    params = {f.param for f in facets.TABLE}
    fields = {f.field for f in facets.TABLE}
    assert not _spelled_out(params | fields, {"search_app/facets.py"})


def test_facet_table_reaches_every_layer(tmp_path):
    from search_app import create_app
    from search_app.backends.whoosh.index import make_schema
    from search_app.openapi import spec

    schema = make_schema()
    assert all(f.field in schema.names() for f in facets.TABLE)
    params = {p["name"] for p in spec()["paths"]["/api/search"]["get"]["parameters"]}
    assert {f.param for f in facets.TABLE} <= params
    from search_app import labels
    assert [labels.facet_name(f.name) for f in facets.TABLE] == [f.label for f in facets.TABLE]
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "data")})
    try:
        assert app.jinja_env.globals["facet_names"] == facets.FACETS
    finally:
        app.extensions["baocao_release"]()


def test_figure_fields_live_in_records():
    from extract.records import FIGURE_FIELDS

    assert not _spelled_out(set(FIGURE_FIELDS), {"extract/records.py"}, least=4)


def test_store_schema_has_the_figure_columns():
    # ingest sits below extract and cannot import the list: the schema is checked against it here
    from extract.records import FIGURE_COLUMNS

    schema = (ROOT / "ingest" / "schema.sql").read_text(encoding="utf-8")
    table = schema.split("CREATE TABLE IF NOT EXISTS figures (", 1)[1].split(");", 1)[0]
    columns = [m.group(1) for m in re.finditer(r'^\s+"?([a-z_]+)"? [A-Z$]+', table, re.M)]
    assert columns == ["doc_id", "idx", *FIGURE_COLUMNS]
    store = (ROOT / "ingest" / "store.py").read_text(encoding="utf-8")
    insert = re.search(r"INSERT INTO figures \(([^)]*)\)", store.replace('"\n', "").replace('            "', ""))
    assert [c.strip().strip('"') for c in insert.group(1).replace("'", "").split(",")] == ["doc_id", "idx", *FIGURE_COLUMNS]


def test_exports_and_api_carry_the_figure_columns():
    from extract.records import FIGURE_COLUMNS
    from search_app import db, exports, service

    offsets = {"idx", "start", "end"}  # positions in the text: for the API and links, not for spreadsheets
    corrections = {c.key for c in exports.CORRECTION_COLUMNS}
    # ocr: the page a figure was read from by OCR, with Tesseract's confidence (empty for a text layer)
    assert {c.key for c in exports.FIGURE_COLUMNS} - corrections == {"doc_id", "title", "published", "ocr"} | set(
        FIGURE_COLUMNS) - offsets
    assert corrections == set(service.PUBLIC_CORRECTION_KEYS)
    assert db.FIGURE_COLUMNS == ("doc_id", "idx", *FIGURE_COLUMNS)
    row = {name: None for name in db.FIGURE_COLUMNS} | {"title": "t", "published": None}
    assert list(service.public_figure(row)) == [*db.FIGURE_COLUMNS, "title", "published",
                                                *service.PUBLIC_CORRECTION_KEYS, *service.PUBLIC_TOTALS_KEYS]
    # what totals make of a figure (its unit's additivity, its group of repeats): in the API and exports alike
    assert {c.key for c in exports.TOTALS_COLUMNS} == set(service.PUBLIC_TOTALS_KEYS)
    assert {c.key for c in exports.TOTALS_COLUMNS} <= {c.key for c in exports.FIGURE_EXPORT_COLUMNS}


def test_additivity_classes_live_in_additivity_toml():
    from extract.additivity import classes

    names = set(classes())
    assert {"count", "money", "percent", "level", "duration", "frequency"} <= names
    assert not _spelled_out(names, {"extract/data/additivity.toml"})
    # each unit has one class
    data = tomllib.loads((ROOT / "extract/data/additivity.toml").read_text(encoding="utf-8"))["class"]
    units = [u for spec in data.values() for u in spec.get("units", [])]
    assert len(units) == len(set(units))
