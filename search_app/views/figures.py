"""The figures page: every figure matching the query and facets, aggregates and a chart over the years."""
from __future__ import annotations

from flask import Blueprint, render_template, request

from search_app import service, web

bp = Blueprint("figures", __name__)
TABLE_ROWS = 100  # figures per page of the list; the aggregates and the chart always cover all rows


@bp.get("/figures")
def index():
    filters = web.filters_from_request(request)
    skip = (filters.page - 1) * TABLE_ROWS
    agg = service.aggregate(service.iter_figures(web.engine(), web.conn(), filters, web.max_chars()),
                            skip=skip, keep=TABLE_ROWS)
    pages = max(1, -(-agg["total"] // TABLE_ROWS))
    return render_template("figures.html", f=filters, rows=agg["rows"], total=agg["total"],
                           agg=agg, chart=chart(agg["chart"]), first=skip + 1, last=skip + len(agg["rows"]),
                           pages=pages)


def chart(points: list[tuple[int, int]]) -> dict:
    """Bar chart geometry (number of figures per reported year), drawn as inline SVG."""
    if not points:
        return {"bars": [], "width": 0, "height": 0}
    top = max(c for _, c in points)
    width, gap, height = 34, 10, 140
    bars = [{"x": 40 + i * (width + gap), "w": width, "h": max(2, round(c / top * height)),
             "y": 10 + height - max(2, round(c / top * height)), "year": y, "count": c}
            for i, (y, c) in enumerate(points)]
    step = max(1, -(-top // 4))  # whole-number ticks, at most five
    ticks = [{"y": 10 + height - round(height * v / top), "label": v} for v in range(0, top + 1, step)]
    return {"bars": bars, "ticks": ticks, "width": 40 + len(bars) * (width + gap), "height": height + 40,
            "base": 10 + height}
