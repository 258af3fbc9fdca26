"""Exports of documents, figures and organisation-pair tables for the current filters (all rows, streamed)."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, abort, request, stream_with_context

from search_app import exports, service, web

bp = Blueprint("exports", __name__)


def _response(fmt: str, columns, rows, name: str) -> Response:
    exporter = exports.EXPORTERS.get(fmt)
    if exporter is None:
        abort(404)
    filename = f"baocao-{name}-{date.today().isoformat()}.{exporter.extension}"
    return Response(stream_with_context(exporter.stream(columns, rows)), mimetype=exporter.mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/export/<what>.<fmt>")
def export(what: str, fmt: str):
    filters = web.filters_from_request(request)
    engine, conn, limit = web.engine(), web.conn(), web.max_chars()
    if what == "figures":
        rows = ({**f, "organizations": f["organizations"]} for f in service.iter_figures(engine, conn, filters, limit))
        return _response(fmt, exports.FIGURE_COLUMNS, rows, "so-lieu")
    if what == "documents":
        rows = service.iter_documents(engine, conn, filters, limit)
        return _response(fmt, exports.DOCUMENT_COLUMNS, rows, "tai-lieu")
    if what == "pair":
        a, b = (request.args.get("a") or "").strip(), (request.args.get("b") or "").strip()
        if not a or not b:
            abort(404)
        table = service.pair_table(conn, a, b)
        return _response(fmt, exports.pair_columns(table["years"]), exports.pair_rows(table), "phoi-hop")
    abort(404)
