"""Per-app resources (engine, store connection) and the security headers every response gets."""
from __future__ import annotations

import sqlite3
import weakref

from flask import current_app, g

from search_app import labels
from search_app.engine import Engine
from search_app.facets import FACETS
from search_app.filters import Filters

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def init_app(app, engine: Engine, store) -> None:
    app.extensions["baocao_store"] = store
    app.extensions["baocao_engine"] = engine
    # an app dropped without closing still frees its files; calling this closes them now, once
    # (a second close at GC time, from whichever thread collects, would fail in sqlite3)
    app.extensions["baocao_release"] = weakref.finalize(app, _release, store, engine)

    @app.teardown_appcontext
    def close_conn(exc):
        conn = g.pop("baocao_conn", None)
        if conn is not None:
            conn.close()

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    app.jinja_env.globals.update(facet_names=FACETS, facet_name=labels.facet_name, value_label=labels.value_label,
                                 activity_label=labels.activity, qualifier_label=labels.qualifier,
                                 role_label=labels.role)
    app.jinja_env.filters["num"] = format_number


def _release(store, engine: Engine) -> None:
    engine.close()
    store.close()


def engine() -> Engine:
    return current_app.extensions["baocao_engine"]


def store():
    return current_app.extensions["baocao_store"]


def conn() -> sqlite3.Connection:
    if "baocao_conn" not in g:
        g.baocao_conn = store().readonly_connection()
    return g.baocao_conn


def filters_from_request(request) -> Filters:
    return Filters.from_args(request.args, current_app.config["PAGE_SIZE"])


def max_chars() -> int:
    return int(current_app.config["MAX_QUERY_CHARS"])


def format_number(value) -> str:
    """Vietnamese number format: 12.040 and 1,5."""
    if value is None or value == "":
        return ""
    if not isinstance(value, (int, float)):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:,.2f}".partition(".")
    return whole.replace(",", ".") + "," + frac.rstrip("0")
