"""JSON API: /api/search, /api/documents/<id>, /api/figures, /api/facets, /api/openapi.json."""
from __future__ import annotations

from flask import Blueprint, abort, jsonify, request

from search_app import db, service, web
from search_app.openapi import spec

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/search")
def search():
    filters = web.filters_from_request(request)
    return jsonify(service.search(web.engine(), web.conn(), filters, web.max_chars()))


@bp.get("/facets")
def facets():
    filters = web.filters_from_request(request)
    filters.per_page = 1
    data = service.search(web.engine(), web.conn(), filters, web.max_chars())
    return jsonify({"query": data["query"], "total": data["total"], "facets": data["facets"],
                    "histogram": data["histogram"]})


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    conn = web.conn()
    doc = db.document(conn, doc_id)
    if doc is None:
        abort(404)
    doc["figures"] = [service.public_figure(f) for f in db.doc_figures(conn, doc_id)]
    doc["sources"] = [{"source": s["source"], "has_original": bool(s["original"])} for s in doc["sources"]]
    return jsonify(doc)


@bp.get("/figures")
def figures():
    filters = web.filters_from_request(request)
    conn = web.conn()
    rows = service.iter_figures(web.engine(), conn, filters, web.max_chars())
    agg = service.aggregate(rows, skip=(filters.page - 1) * filters.per_page, keep=filters.per_page,
                            decisions=db.group_decisions(conn))
    return jsonify({"query": filters.q, "total": agg["total"], "page": filters.page, "per_page": filters.per_page,
                    "figures": [service.public_figure(f) for f in agg["rows"]], "aggregates": agg["table"],
                    "period_aggregates": agg["periods"]})


@bp.get("/openapi.json")
def openapi():
    return jsonify(spec())
