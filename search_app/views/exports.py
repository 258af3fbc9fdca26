"""Exports of documents, figures and organisation-pair tables for the current filters (all rows, streamed)."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, abort, request

from search_app import db, exports, service, web

bp = Blueprint("exports", __name__)


def _response(fmt: str, columns, rows, name: str) -> Response:
    exporter = exports.EXPORTERS.get(fmt)
    if exporter is None:
        abort(404)
    filename = f"baocao-{name}-{date.today().isoformat()}.{exporter.extension}"
    return Response(exporter.stream(columns, rows), mimetype=exporter.mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _own_connection(store, make_rows):
    """Rows from a connection the generator owns: the response streams after the request context ends."""
    conn = store.readonly_connection()
    try:
        yield from make_rows(conn)
    finally:
        conn.close()


@bp.get("/export/<what>.<fmt>")
def export(what: str, fmt: str):
    if fmt not in exports.EXPORTERS:
        abort(404)
    filters = web.filters_from_request(request)
    engine, limit = web.engine(), web.max_chars()
    # the matching ids are computed now, so a bad query is a 400 before streaming starts
    if what == "figures":
        ids = service.matching_ids(engine, filters, limit)
        rows = _own_connection(web.store(), lambda conn: db.iter_figures(conn, ids, filters.figure))
        return _response(fmt, exports.FIGURE_COLUMNS, rows, "so-lieu")
    if what == "documents":
        ids = engine.ordered_ids(filters, limit)
        rows = _own_connection(web.store(), lambda conn: db.iter_documents(conn, ids))
        return _response(fmt, exports.DOCUMENT_COLUMNS, rows, "tai-lieu")
    if what == "pair":
        a, b = (request.args.get("a") or "").strip(), (request.args.get("b") or "").strip()
        if not a or not b:
            abort(404)
        table = service.pair_table(web.conn(), a, b)
        return _response(fmt, exports.pair_columns(table["years"]), exports.pair_rows(table), "phoi-hop")
    abort(404)
