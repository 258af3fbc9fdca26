"""The results page: query, facets, histogram, pagination."""
from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for

from search_app import service, web

bp = Blueprint("search", __name__)


@bp.get("/")
def index():
    filters = web.filters_from_request(request)
    data = service.search(web.engine(), web.conn(), filters, web.max_chars())
    pages = max(1, -(-data["total"] // filters.per_page))
    return render_template("search.html", f=filters, data=data, pages=pages,
                           histogram=histogram_bars(data["histogram"], filters))


@bp.get("/favicon.ico")
def favicon():
    return redirect(url_for("static", filename="favicon.svg"), 301)


def histogram_bars(histogram: list[dict], filters) -> dict:
    """Server-side SVG geometry for the year histogram (works without JavaScript)."""
    if not histogram:
        return {"bars": [], "width": 0, "height": 0}
    top = max(r["count"] for r in histogram)
    width, height, gap = 24, 80, 6
    selected = set(filters.selected.get("year", ()))
    bars = []
    for i, row in enumerate(histogram):
        h = max(2, round(row["count"] / top * height))
        bars.append({"x": 8 + i * (width + gap), "y": height - h + 14, "w": width, "h": h, "year": row["year"],
                     "count": row["count"], "selected": str(row["year"]) in selected,
                     "url": filters.toggle("year", str(row["year"]))})
    return {"bars": bars, "width": 16 + len(bars) * (width + gap), "height": height + 34}
