"""What pages, API, exports and CLI share: search with enriched hits, figure queries, aggregates."""
from __future__ import annotations

import itertools
from collections import defaultdict

from search_app import db, labels
from search_app.backends import SearchBackend as Engine  # the seam: any backend, Whoosh by default
from search_app.facets import FACETS
from search_app.filters import Filters

HEADLINE_FIGURES = 3


def search(engine: Engine, conn, filters: Filters, max_chars: int) -> dict:
    """The /api/search document: hits with snippets and headline figures, facets, histogram.

    Cached per index generation: re-extraction resets a document's index version,
    so figures and records never change without the index changing too.
    """
    return engine.cached(("search", filters.cache_key(), max_chars),
                         lambda: _search(engine, conn, filters, max_chars))


def _search(engine: Engine, conn, filters: Filters, max_chars: int) -> dict:
    result = engine.search(filters, max_chars)
    ids = [h.id for h in result.hits]
    texts = db.texts(conn, ids)
    snippets = engine.snippets(result, texts)
    figures = db.headline_figures(conn, ids, HEADLINE_FIGURES)
    results = []
    for h in result.hits:
        results.append({
            "id": h.id, "title": h.title, "published": h.published,
            "years": h.meta.get("years", []), "provinces": h.meta.get("provinces", []),
            "doc_type": h.meta.get("doc_type"), "sources": [h.meta.get("source")],
            "snippet": str(snippets.get(h.id, "")),
            "score": round(h.score, 4), "figures": [public_figure(f) for f in figures.get(h.id, [])],
        })
    facets = {name: [{**row, "label": labels.value_label(name, row["value"])} for row in rows]
              for name, rows in result.facets.items()}
    for name in ("year",):  # years newest first, "no year" last
        facets[name].sort(key=lambda r: (r["value"] == "none", -int(r["value"]) if r["value"].isdigit() else 0))
    for name in (n for n in FACETS if n != "year"):  # the others by count
        facets[name].sort(key=lambda r: (-r["count"], r["label"]))
    return {"query": filters.q, "total": result.total, "page": filters.page, "per_page": filters.per_page,
            "results": results, "facets": facets, "histogram": result.histogram, "took_ms": result.took_ms}


def public_figure(f: dict) -> dict:
    out = {k: f.get(k) for k in db.FIGURE_COLUMNS}
    for k in ("title", "published"):
        if k in f:
            out[k] = f[k]
    return out


def narrowing(filters: Filters) -> bool:
    return bool(filters.q.strip() or filters.selected or filters.year_from or filters.year_to)


def matching_ids(engine: Engine, filters: Filters, max_chars: int) -> list[str] | None:
    return engine.ordered_ids(filters, max_chars) if narrowing(filters) else None


def iter_figures(engine: Engine, conn, filters: Filters, max_chars: int):
    ids = matching_ids(engine, filters, max_chars)
    return db.iter_figures(conn, ids, filters.figure)


def iter_documents(engine: Engine, conn, filters: Filters, max_chars: int):
    ids = engine.ordered_ids(filters, max_chars)
    return db.iter_documents(conn, ids)


def aggregate(rows, skip: int = 0, keep: int = 0) -> dict:
    """year x activity x unit -> sum and count; per-year totals for the chart; filter options.

    One pass over a row iterator (the whole archive may hold hundreds of thousands
    of figures): only rows skip..skip+keep are kept, for the page's table.
    """
    kept: list[dict] = []
    total = 0
    cells: dict[tuple, list] = defaultdict(lambda: [0.0, 0])
    by_year: dict[int | None, int] = defaultdict(int)
    options = {"unit": defaultdict(int), "activity": defaultdict(int), "org": defaultdict(int),
               "year": defaultdict(int), "qualifier": defaultdict(int)}
    for f in rows:
        if skip <= total < skip + keep:
            kept.append(f)
        total += 1
        cell = cells[(f["year"], f["activity"], f["unit"])]
        cell[0] += f["value"]
        cell[1] += 1
        by_year[f["year"]] += 1
        options["unit"][f["unit"]] += 1
        options["activity"][f["activity"]] += 1
        options["qualifier"][f["qualifier"]] += 1
        if f["year"] is not None:
            options["year"][f["year"]] += 1
        for org in f["organizations"]:
            options["org"][org] += 1
    table = [{"year": y, "activity": a, "unit": u, "sum": s, "count": c}
             for (y, a, u), (s, c) in sorted(cells.items(), key=lambda kv: (kv[0][0] is None, -(kv[0][0] or 0),
                                                                             kv[0][1], kv[0][2]))]
    chart = sorted(((y, c) for y, c in by_year.items() if y is not None))
    opts = {k: sorted(v.items(), key=lambda kv: (-kv[1], str(kv[0]))) for k, v in options.items()}
    return {"table": table, "chart": chart, "options": opts, "rows": kept, "total": total}


def programme_pairs(engine: Engine, conn, filters: Filters, max_chars: int) -> list[dict]:
    """Coordination programmes and reviews by organisation pair and year."""
    f = Filters(q=filters.q, selected=dict(filters.selected), year_from=filters.year_from,
                year_to=filters.year_to, sort="newest")
    docs = {}
    for facet, value in (("doc_type", "chuong_trinh_phoi_hop"), ("activity", "phoi_hop")):
        sel = dict(f.selected)
        sel[facet] = (value,)
        sub = Filters(q=f.q, selected=sel, year_from=f.year_from, year_to=f.year_to, sort="newest")
        for doc_id in engine.ordered_ids(sub, max_chars):
            docs[doc_id] = None
    pairs: dict[tuple[str, str], dict] = {}
    orgs_by_doc = db.doc_orgs(conn, list(docs))
    for doc in db.iter_documents(conn, list(docs)):
        orgs = sorted(orgs_by_doc.get(doc["id"], []))
        for a, b in itertools.combinations(orgs, 2):
            entry = pairs.setdefault((a, b), {"a": a, "b": b, "years": defaultdict(int), "docs": 0})
            entry["docs"] += 1
            for y in doc["years"] or [None]:
                entry["years"][y] += 1
    out = sorted(pairs.values(), key=lambda e: (-e["docs"], e["a"], e["b"]))
    for e in out:
        e["years"] = sorted(((y, c) for y, c in e["years"].items()), key=lambda yc: (yc[0] is None, yc[0] or 0))
    return out


def pair_table(conn, a: str, b: str) -> dict:
    """For two organisations: their figures by activity and unit over the years, with year-on-year change."""
    ids = db.docs_with_orgs(conn, [a, b])
    cells: dict[tuple, dict] = defaultdict(dict)
    years: set[int] = set()
    for f in db.iter_figures(conn, ids, {}):
        if f["year"] is None or not ({a, b} & set(f["organizations"])):
            continue
        years.add(f["year"])
        row = cells[(f["activity"], f["unit"])]
        s, c = row.get(f["year"], (0.0, 0))
        row[f["year"]] = (s + f["value"], c + 1)
    years_sorted = sorted(years)
    rows = []
    for (activity, unit), by_year in sorted(cells.items()):
        values = []
        prev = None
        for y in years_sorted:
            s, c = by_year.get(y, (None, 0))
            change = None
            if s is not None and prev:
                change = round((s - prev) / prev * 100, 1)
            values.append({"year": y, "sum": s, "count": c, "change_pct": change})
            if s is not None:
                prev = s
        rows.append({"activity": activity, "unit": unit, "values": values})
    return {"a": a, "b": b, "years": years_sorted, "rows": rows, "documents": len(ids)}
