"""What pages, API, exports and CLI share: search with enriched hits, figure queries, aggregates."""
from __future__ import annotations

import itertools
from collections import defaultdict

from extract.records import SUMMED_ROLES
from extract.additivity import additive, additivity
from search_app import budget, db, labels, totals
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
# how totals treat the figure (search_app/totals.py): its unit's additivity class, the group of
# documents reporting the same figure (None: reported once)
PUBLIC_TOTALS_KEYS = ("additivity", "group_id")


def public_figure(f: dict) -> dict:
    out = {k: f.get(k) for k in db.FIGURE_COLUMNS}
    for k in ("title", "published", "ocr"):
        if k in f:
            out[k] = f[k]
    out.update({k: f.get(k) for k in PUBLIC_CORRECTION_KEYS})
    out["additivity"] = f.get("additivity") or additivity(f.get("unit"))
    out["group_id"] = f.get("group_id")
    return out


def narrowing(filters: Filters) -> bool:
    return bool(filters.q.strip() or filters.selected or filters.year_from or filters.year_to)


def matching_ids(engine: Engine, filters: Filters, max_chars: int) -> list[str] | None:
    return engine.ordered_ids(filters, max_chars) if narrowing(filters) else None


def iter_figures(engine: Engine, conn, filters: Filters, max_chars: int):
    ids = matching_ids(engine, filters, max_chars)
    return db.iter_figures(conn, ids, filters.figure)


def figures_with_groups(conn, ids: list[str] | None, figure_filters: dict):
    """db.iter_figures with what totals make of each figure: its unit's `additivity` and its
    `group_id` (the same figure reported by other documents; None when reported once). Two passes
    over the same query: the first groups (compact entries only), the second streams."""
    groups = totals.assign_groups(db.iter_figures(conn, ids, figure_filters), db.group_decisions(conn))
    for f in db.iter_figures(conn, ids, figure_filters):
        info = groups.get((f["doc_id"], f["idx"]))
        f["group_id"] = info["group_id"] if info else None
        f["group_docs"] = info["group_docs"] if info else []
        f["additivity"] = additivity(f["unit"])
        yield f


def iter_documents(engine: Engine, conn, filters: Filters, max_chars: int):
    ids = engine.ordered_ids(filters, max_chars)
    return db.iter_documents(conn, ids)


def aggregate(rows, skip: int = 0, keep: int = 0, decisions: dict | None = None) -> dict:
    """year x activity x unit -> honest totals (search_app/totals.py); per-year figure counts for the
    chart; filter options.

    One pass over a row iterator: only rows skip..skip+keep are kept, for the page's table; the
    cells keep a compact entry per figure, for grouping. A figure that covers several years is no
    year's: it goes to the table of periods (first year, last year) and not in the chart. Parts of
    a total and rates per someone are counted in their cell's `apart`, never summed. Units that do
    not add (%, levels, ...) get count, min, max and median instead of a sum. The same figure
    reported by several documents counts once (`grouped` says how many repeats were left out).
    `decisions`: the editors' ungroupings, db.group_decisions().
    """
    kept: list[dict] = []
    total = 0
    cells: dict[tuple, totals.Cell] = {}
    spans: dict[tuple, totals.Cell] = {}
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
            key = (f["period_from"], f["period_to"], f["activity"], f["unit"], kind)
            cell = spans.get(key) or spans.setdefault(key, totals.Cell(f["unit"]))
        else:
            key = (f["year"], f["activity"], f["unit"], kind)
            cell = cells.get(key) or cells.setdefault(key, totals.Cell(f["unit"]))
            by_year[f["year"]] += 1
        cell.add(f, decisions)
        options["unit"][f["unit"]] += 1
        options["activity"][f["activity"]] += 1
        options["qualifier"][f["qualifier"]] += 1
        if f["year"] is not None:
            options["year"][f["year"]] += 1
        for org in f["organizations"]:
            options["org"][org] += 1
    grouped: dict[tuple[str, int], dict] = {}

    def summary(cell: totals.Cell) -> dict:
        groups = cell.groups()
        for g in groups:
            if len(g.members) > 1:
                info = totals.group_info(g)
                for m in g.members:
                    grouped[(m.doc_id, m.idx)] = info
        return totals.summarize(cell.unit, groups, cell.apart)

    table = [{"year": y, "activity": a, "unit": u, "kind": k, **summary(c)}
             for (y, a, u, k), c in sorted(cells.items(), key=lambda kv: (kv[0][0] is None, -(kv[0][0] or 0),
                                                                         kv[0][1], kv[0][2], kv[0][3]))]
    periods = [{"period_from": p, "period_to": q, "activity": a, "unit": u, "kind": k, **summary(c)}
               for (p, q, a, u, k), c in sorted(spans.items(), key=lambda kv: (-kv[0][1], -kv[0][0],
                                                                               kv[0][2], kv[0][3], kv[0][4]))]
    for f in kept:
        f.update(grouped.get((f["doc_id"], f["idx"]), {"group_id": None, "group_docs": [], "group_size": 1,
                                                       "group_members": []}))
        f["additivity"] = additivity(f["unit"])
        f["ungrouped"] = (decisions or {}).get((f["doc_id"], f["start"], f["end"])) == "ungroup"
    chart = sorted(((y, c) for y, c in by_year.items() if y is not None))
    opts = {k: sorted(v.items(), key=lambda kv: (-kv[1], str(kv[0]))) for k, v in options.items()}
    how = {"grouped_figures": sum(r["grouped"] for r in table + periods),
           "groups": sum(len(r["groups"]) for r in table + periods),
           "non_additive_cells": sum(1 for r in table + periods if not r["additive"]),
           "targets": any(r["kind"] == "target" for r in table + periods)}
    return {"table": table, "periods": periods, "chart": chart, "options": opts, "rows": kept, "total": total,
            "how": how}


def series(engine: Engine, conn, filters: Filters, max_chars: int) -> dict:
    """One activity and unit over the years (filters.figure's fig_activity and unit; an organisation,
    province or any other filter narrows it): per year the honest total of its results
    (search_app/totals.py: repeats counted once; for a unit that does not add, the median, labelled)
    and, apart, of its targets. Figures of a multi-year period belong to no year: counted in
    `periods`, not drawn."""
    activity, unit = filters.figure.get("fig_activity"), filters.figure.get("unit")
    agg = aggregate(iter_figures(engine, conn, filters, max_chars), decisions=db.group_decisions(conn))
    adds = additive(unit)
    by_year: dict[int, dict] = {}
    for r in agg["table"]:
        if r["year"] is None or r["activity"] != activity or r["unit"] != unit:
            continue
        point = by_year.setdefault(r["year"], {"year": r["year"]})
        if r["kind"] == "target":
            point["target"] = totals.value_of(r) if r["count"] else None
            point["target_count"] = r["count"]
        else:
            # a year with only parts of totals or rates per someone has nothing to show
            point.update({"value": totals.value_of(r) if r["count"] else None, "count": r["count"], "figures": r["figures"],
                          "grouped": r["grouped"], "min": r["min"], "max": r["max"], "median": r["median"],
                          "sum": r["sum"]})
    points = []
    for y in sorted(by_year):
        p = {"value": None, "count": 0, "figures": 0, "grouped": 0, "min": None, "max": None, "median": None,
             "sum": None, "target": None, "target_count": 0, **by_year[y]}
        if p["count"] or p["target_count"]:  # not a year of parts of totals and rates only
            points.append(p)
    undated = sum(r["figures"] for r in agg["table"] if r["year"] is None and r["activity"] == activity
                  and r["unit"] == unit)
    periods = sum(r["figures"] for r in agg["periods"] if r["activity"] == activity and r["unit"] == unit)
    return {"activity": activity, "unit": unit, "additivity": additivity(unit), "additive": adds,
            "statistic": "sum" if adds else "median", "points": points, "undated": undated, "periods": periods,
            "options": agg["options"], "org": filters.figure.get("fig_org"),
            "provinces": list(filters.selected.get("province", ()))}


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
    Each cell keeps the documents its figures come from (`docs`), for citations. `sum` is the
    honest total (search_app/totals.py): the same figure from several documents once, and for a
    unit that does not add (%, levels, ...) the median of the year's figures, never their sum;
    such rows have no Δ."""
    ids = db.docs_with_orgs(conn, [a, b])
    decisions = db.group_decisions(conn)
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
        part = cell.setdefault(f.get("kind") or "result", {"cell": totals.Cell(f["unit"]), "rows": []})
        part["cell"].add(f, decisions)
        part["rows"].append(f)
    for by_year in cells.values():
        for cell in by_year.values():
            for part in cell.values():
                part.update(part.pop("cell").summary())
                part["value"] = totals.value_of(part)
                part["docs"] = sorted({f["doc_id"] for f in part["rows"]})
    years_sorted = sorted(years)
    rows = []
    for (activity, unit, orgs), by_year in sorted(cells.items()):
        values = []
        prev = None  # (year, sum) of the row's last year with results
        adds = additive(unit)
        for y in years_sorted:
            cell = by_year.get(y, {})
            result, target = cell.get("result"), cell.get("target")
            change = since = None
            # a change only between sums: the change of a median percentage is no growth
            if adds and result is not None and prev is not None and prev[1]:
                change, since = round((result["value"] - prev[1]) / prev[1] * 100, 1), prev[0]
            values.append({"year": y, "sum": result["value"] if result else None,
                           "count": result["count"] if result else 0, "change_pct": change, "since": since,
                           "grouped": result["grouped"] if result else 0,
                           "min": result["min"] if result else None, "max": result["max"] if result else None,
                           "groups": result["groups"] if result else [],
                           "target": target["value"] if target else None,
                           "target_count": target["count"] if target else 0,
                           "docs": sorted(set((result or {}).get("docs", [])) | set((target or {}).get("docs", []))),
                           "result_figures": (result or {}).get("rows", []),
                           "target_figures": (target or {}).get("rows", [])})
            if result is not None:
                prev = (y, result["value"])
        rows.append({"activity": activity, "unit": unit, "organizations": list(orgs), "values": values,
                     "additivity": additivity(unit), "additive": adds,
                     "has_targets": any(v["target"] is not None for v in values)})
    return {"a": a, "b": b, "years": years_sorted, "rows": rows, "documents": len(ids), "doc_ids": ids,
            "has_targets": any(r["has_targets"] for r in rows),
            "grouped": sum(v["grouped"] for r in rows for v in r["values"]),
            "non_additive": sum(1 for r in rows if not r["additive"])}


def targets_met(table: dict) -> list[dict]:
    """Each target of the pair beside the results of the same series and year: met when the
    results add up to the target or more (for a unit that does not add, e.g. a rate in %, when
    the results' median reaches the target's)."""
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
