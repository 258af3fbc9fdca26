"""Chương trình phối hợp: programmes and reviews by organisation pair, one pair's programmes with
their commitments, its figures over the years (results and targets), and the precedent brief."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from flask import Blueprint, Response, abort, render_template, request

from search_app import brief, db, service, web

bp = Blueprint("programmes", __name__)


def _pair():
    return (request.args.get("a") or "").strip(), (request.args.get("b") or "").strip()


@bp.get("/programmes")
def index():
    filters = web.filters_from_request(request)
    pairs = service.programme_pairs(web.engine(), web.conn(), filters, web.max_chars())
    a, b = _pair()
    table = programmes = None
    if a and b:
        table = service.pair_table(web.conn(), a, b, filters.year_from, filters.year_to)
        programmes = service.pair_programmes(web.conn(), a, b, filters.year_from, filters.year_to)
    return render_template("programmes.html", f=filters, pairs=pairs, table=table, programmes=programmes,
                           a=a, b=b, orgs=db.all_orgs(web.conn()))


@bp.get("/programmes/brief.docx")
def brief_docx():
    filters = web.filters_from_request(request)
    a, b = _pair()
    if not a or not b:
        abort(404)
    data = brief.write_brief(web.conn(), a, b, filters.year_from, filters.year_to)
    plain = unicodedata.normalize("NFD", f"{a} {b}".replace("đ", "d").replace("Đ", "D"))
    slug = re.sub(r"[^a-z0-9]+", "-", plain.encode("ascii", "ignore").decode().lower()).strip("-")[:60]
    name = f"ban-tham-khao-{slug or 'phoi-hop'}-{date.today().isoformat()}.docx"
    return Response(data, mimetype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
