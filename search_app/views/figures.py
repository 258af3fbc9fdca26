"""The figures page: every figure matching the query and facets, aggregates and a chart over the years."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, abort, render_template, request

from search_app import charts, db, exports, service, web

bp = Blueprint("figures", __name__)
TABLE_ROWS = 100  # figures per page of the list; the aggregates and the chart always cover all rows
GROUPS_SHOWN = 100  # groups of repeated figures listed with their documents (all are counted once)


@bp.get("/figures")
def index():
    filters = web.filters_from_request(request)
    skip = (filters.page - 1) * TABLE_ROWS
    conn = web.conn()
    agg = service.aggregate(service.iter_figures(web.engine(), conn, filters, web.max_chars()),
                            skip=skip, keep=TABLE_ROWS, decisions=db.group_decisions(conn))
    pages = max(1, -(-agg["total"] // TABLE_ROWS))
    groups = [{**g, "year": r.get("year"), "period_from": r.get("period_from"), "period_to": r.get("period_to"),
               "activity": r["activity"], "unit": r["unit"], "kind": r["kind"]}
              for r in agg["table"] + agg["periods"] for g in r["groups"]]
    titles = db.citations(conn, sorted({d for g in groups[:GROUPS_SHOWN] for d in g["group_docs"]}))
    return render_template("figures.html", f=filters, rows=agg["rows"], total=agg["total"],
                           agg=agg, chart=chart(agg["chart"]), first=skip + 1, last=skip + len(agg["rows"]),
                           pages=pages, groups=groups, groups_shown=GROUPS_SHOWN, titles=titles,
                           back=request.full_path)


@bp.get("/figures/series")
def series():
    """One activity + unit over the years: chart, table, downloads (PNG, SVG, CSV, XLSX, JSON)."""
    filters = web.filters_from_request(request)
    data = service.series(web.engine(), web.conn(), filters, web.max_chars())
    return render_template("series.html", f=filters, s=data, ready=bool(data["activity"] and data["unit"]))


@bp.get("/figures/series.<fmt>")
def series_file(fmt: str):
    filters = web.filters_from_request(request)
    if fmt not in charts.FORMATS and fmt not in exports.EXPORTERS:
        abort(404)
    if not filters.figure.get("fig_activity") or not filters.figure.get("unit"):
        abort(404)
    data = service.series(web.engine(), web.conn(), filters, web.max_chars())
    name = f"baocao-chuoi-{data['activity']}-{date.today().isoformat()}"
    if fmt in charts.FORMATS:
        return Response(charts.series_chart(data, fmt), mimetype=charts.FORMATS[fmt],
                        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
    exporter = exports.EXPORTERS[fmt]
    return Response(exporter.stream(exports.SERIES_COLUMNS, exports.series_rows(data)), mimetype=exporter.mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}.{exporter.extension}"'})


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
