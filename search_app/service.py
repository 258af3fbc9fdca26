"""What pages, API, exports and CLI share: search with enriched hits, figure queries, aggregates."""
from __future__ import annotations

import itertools
from collections import defaultdict

from extract.records import SUMMED_ROLES
from search_app import budget, db, labels
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
    budget.checkpoint()
    ids = [h.id for h in result.hits]
    texts = db.texts(conn, ids)
    snippets = engine.snippets(result, texts)
    figures = db.headline_figures(conn, ids, HEADLINE_FIGURES)
    ocr = db.ocr_pages(conn, ids)
    results = []
    for h in result.hits:
        results.append({
            "id": h.id, "title": h.title, "published": h.published,
            "years": h.meta.get("years", []), "provinces": h.meta.get("provinces", []),
            "doc_type": h.meta.get("doc_type"), "sources": [h.meta.get("source")],
            "snippet": str(snippets.get(h.id, "")),
            "score": round(h.score, 4), "figures": [public_figure(f) for f in figures.get(h.id, [])],
            "ocr": ocr.get(h.id, []),
        })
    facets = {name: [{**row, "label": labels.value_label(name, row["value"])} for row in rows]
              for name, rows in result.facets.items()}
    for name in ("year",):  # years newest first, "no year" last
        facets[name].sort(key=lambda r: (r["value"] == "none", -int(r["value"]) if r["value"].isdigit() else 0))
    for name in (n for n in FACETS if n != "year"):  # the others by count
        facets[name].sort(key=lambda r: (-r["count"], r["label"]))
    return {"query": filters.q, "total": result.total, "page": filters.page, "per_page": filters.per_page,
            "results": results, "facets": facets, "histogram": result.histogram, "took_ms": result.took_ms,
            "suggestion": result.suggestion}


PUBLIC_CORRECTION_KEYS = ("correction", "corrected_by", "corrected_at", "original_value")


def public_figure(f: dict) -> dict:
    out = {k: f.get(k) for k in db.FIGURE_COLUMNS}
    for k in ("title", "published", "ocr"):
        if k in f:
            out[k] = f[k]
    out.update({k: f.get(k) for k in PUBLIC_CORRECTION_KEYS})
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
    of figures): only rows skip..skip+keep are kept, for the page's table. A figure that covers
    several years is no year's: it goes to the table of periods (first year, last year) and not
    in the chart. Parts of a total and rates are counted in their cell's `apart`, never summed.
    """
    kept: list[dict] = []
    total = 0
    cells: dict[tuple, list] = defaultdict(lambda: [0.0, 0, 0])
    spans: dict[tuple, list] = defaultdict(lambda: [0.0, 0, 0])
    by_year: dict[int | None, int] = defaultdict(int)
    options = {"unit": defaultdict(int), "activity": defaultdict(int), "org": defaultdict(int),
               "year": defaultdict(int), "qualifier": defaultdict(int)}
    for f in budget.guard(rows):
        if skip <= total < skip + keep:
            kept.append(f)
        total += 1
        # targets are summed apart from results: a plan's 50 houses and the 64 built are not 114
        kind = f.get("kind") or "result"
        if f.get("period_from") is not None and f["year"] is None:
            cell = spans[(f["period_from"], f["period_to"], f["activity"], f["unit"], kind)]
        else:
            cell = cells[(f["year"], f["activity"], f["unit"], kind)]
            by_year[f["year"]] += 1
        if f.get("role", "plain") in SUMMED_ROLES:
            cell[0] += f["value"]
            cell[1] += 1
        else:
            cell[2] += 1
        options["unit"][f["unit"]] += 1
        options["activity"][f["activity"]] += 1
        options["qualifier"][f["qualifier"]] += 1
        if f["year"] is not None:
            options["year"][f["year"]] += 1
        for org in f["organizations"]:
            options["org"][org] += 1
    table = [{"year": y, "activity": a, "unit": u, "kind": k, "sum": s, "count": c, "apart": n}
             for (y, a, u, k), (s, c, n) in sorted(cells.items(), key=lambda kv: (kv[0][0] is None, -(kv[0][0] or 0),
                                                                                   kv[0][1], kv[0][2]))]
    periods = [{"period_from": p, "period_to": q, "activity": a, "unit": u, "kind": k, "sum": s, "count": c,
                "apart": n}
               for (p, q, a, u, k), (s, c, n) in sorted(spans.items(), key=lambda kv: (-kv[0][1], -kv[0][0],
                                                                                       kv[0][2], kv[0][3]))]
    chart = sorted(((y, c) for y, c in by_year.items() if y is not None))
    opts = {k: sorted(v.items(), key=lambda kv: (-kv[1], str(kv[0]))) for k, v in options.items()}
    return {"table": table, "periods": periods, "chart": chart, "options": opts, "rows": kept, "total": total}


def programme_pairs(engine: Engine, conn, filters: Filters, max_chars: int) -> list[dict]:
    """Coordination programmes and reviews by organisation pair and year."""
    f = Filters(q=filters.q, selected=dict(filters.selected), year_from=filters.year_from,
                year_to=filters.year_to, sort="newest")
    docs = {}
    for facet, value in (("doc_type", "chuong_trinh_phoi_hop"), ("activity", "phoi_hop")):
        sel = dict(f.selected)
        sel[facet] = (value,)
        sub = Filters(q=f.q, selected=sel, year_from=f.year_from, year_to=f.year_to, sort="newest")
        budget.checkpoint()
        for doc_id in engine.ordered_ids(sub, max_chars) or []:
            docs[doc_id] = None
    pairs: dict[tuple[str, str], dict] = {}
    orgs_by_doc = db.doc_orgs(conn, list(docs))
    for doc in budget.guard(db.iter_documents(conn, list(docs))):
        orgs = sorted(orgs_by_doc.get(doc["id"], []))
        for a, b in itertools.combinations(orgs, 2):
            entry = pairs.setdefault((a, b), {"a": a, "b": b, "years": defaultdict(int), "docs": 0})
            entry["docs"] += 1
            for y in doc["years"] or [None]:
                entry["years"][y] += 1
    out = sorted(pairs.values(), key=lambda e: (-e["docs"], e["a"], e["b"]))
    for e in out:
        e["years"] = sorted(((y, c) for y, c in e["years"].items()), key=lambda yc: (yc[0] is None, yc[0] or 0))
        e["programmes"] = []
    # the programmes each pair signed (both among its parties), for the list's own column
    by_pair = {(e["a"], e["b"]): e for e in out}
    for p in sorted(db.programmes(conn, list(docs)), key=lambda p: p["period_from"] or 0):
        for a, b in itertools.combinations(sorted(set(p["parties"])), 2):
            if (a, b) in by_pair:
                by_pair[(a, b)]["programmes"].append(p)
    return out


def pair_table(conn, a: str, b: str, year_from: int | None = None, year_to: int | None = None) -> dict:
    """For two organisations: their figures over the years, one row per series (activity, unit and
    the organisations the figures name), results and targets side by side per year.

    A figure counts for the pair when it names a or b and its document mentions both. The
    year-on-year change ("Δ") of a row compares its results with the row's previous year that has
    results: the same series, so the same activity, unit and organisations, in both years.
    Each cell keeps the documents its figures come from (`docs`), for citations."""
    ids = db.docs_with_orgs(conn, [a, b])
    cells: dict[tuple, dict] = defaultdict(dict)
    years: set[int] = set()
    for f in db.iter_figures(conn, ids, {}):
        year = f["year"]
        # one year's figures only: a period's total is no year's, a part or a rate is no sum's
        if year is None or not ({a, b} & set(f["organizations"])) or f["role"] not in SUMMED_ROLES:
            continue
        if (year_from and year < year_from) or (year_to and year > year_to):
            continue
        years.add(year)
        orgs = tuple(sorted(o for o in f["organizations"]))
        cell = cells[(f["activity"], f["unit"], orgs)].setdefault(year, {})
        part = cell.setdefault(f.get("kind") or "result", {"sum": 0.0, "count": 0, "docs": [], "figures": []})
        part["sum"] += f["value"]
        part["count"] += 1
        part["figures"].append(f)
        if f["doc_id"] not in part["docs"]:
            part["docs"].append(f["doc_id"])
    years_sorted = sorted(years)
    rows = []
    for (activity, unit, orgs), by_year in sorted(cells.items()):
        values = []
        prev = None  # (year, sum) of the row's last year with results
        for y in years_sorted:
            cell = by_year.get(y, {})
            result, target = cell.get("result"), cell.get("target")
            change = since = None
            if result is not None and prev is not None and prev[1]:
                change, since = round((result["sum"] - prev[1]) / prev[1] * 100, 1), prev[0]
            values.append({"year": y, "sum": result["sum"] if result else None,
                           "count": result["count"] if result else 0, "change_pct": change, "since": since,
                           "target": target["sum"] if target else None, "target_count": target["count"] if target else 0,
                           "docs": sorted(set((result or {}).get("docs", [])) | set((target or {}).get("docs", []))),
                           "result_figures": (result or {}).get("figures", []),
                           "target_figures": (target or {}).get("figures", [])})
            if result is not None:
                prev = (y, result["sum"])
        rows.append({"activity": activity, "unit": unit, "organizations": list(orgs), "values": values,
                     "has_targets": any(v["target"] is not None for v in values)})
    return {"a": a, "b": b, "years": years_sorted, "rows": rows, "documents": len(ids), "doc_ids": ids,
            "has_targets": any(r["has_targets"] for r in rows)}


def targets_met(table: dict) -> list[dict]:
    """Each target of the pair beside the results of the same series and year: met when the
    results add up to the target or more."""
    out = []
    for row in table["rows"]:
        for v in row["values"]:
            if v["target"] is None:
                continue
            met = None if v["sum"] is None else v["sum"] >= v["target"]
            out.append({"activity": row["activity"], "unit": row["unit"], "organizations": row["organizations"],
                        "year": v["year"], "target": v["target"], "result": v["sum"], "met": met,
                        "docs": v["docs"]})
    return out


def pair_programmes(conn, a: str, b: str, year_from: int | None = None, year_to: int | None = None) -> list[dict]:
    """The coordination programmes and plans between a and b, oldest period first, with their
    commitments: documents that mention both and name a or b among their parties (a city's plan
    that only mentions the two is not theirs)."""
    docs = set(db.docs_with_orgs(conn, [a, b]))
    out = []
    for p in db.programmes(conn, list(docs)):
        if not {a, b} & set(p["parties"]):
            continue
        lo, hi = p["period_from"], p["period_to"] or p["period_from"]
        if lo is not None and ((year_to and lo > year_to) or (year_from and hi is not None and hi < year_from)):
            continue
        out.append(p)
    out.sort(key=lambda p: (p["period_from"] or 0, p["published"] or ""))
    return out
