"""Chương trình phối hợp: programmes and reviews by organisation pair, and one pair's figures over the years."""
from __future__ import annotations

from flask import Blueprint, render_template, request

from search_app import db, service, web

bp = Blueprint("programmes", __name__)


@bp.get("/programmes")
def index():
    filters = web.filters_from_request(request)
    pairs = service.programme_pairs(web.engine(), web.conn(), filters, web.max_chars())
    a, b = (request.args.get("a") or "").strip(), (request.args.get("b") or "").strip()
    table = service.pair_table(web.conn(), a, b) if a and b else None
    return render_template("programmes.html", f=filters, pairs=pairs, table=table, a=a, b=b,
                           orgs=db.all_orgs(web.conn()))
