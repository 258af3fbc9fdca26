"""Per-app resources (engine, store connection) and the security headers every response gets."""
from __future__ import annotations

import threading
import weakref

from flask import current_app, g, request

from search_app import budget, labels, totals
from search_app.errors import respond
from search_app.backends import SearchBackend as Engine  # any backend: the web app knows only the seam
from search_app.facets import FACETS
from search_app.filters import Filters, Limits

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def init_app(app, engine: Engine, store) -> None:
    app.extensions["baocao_store"] = store
    app.extensions["baocao_engine"] = engine
    # exports stream the whole archive for seconds: they get a few slots of their own, so the
    # server's other threads stay free for searches (see search_app/views/exports.py)
    app.extensions["baocao_export_slots"] = threading.BoundedSemaphore(int(app.config["EXPORT_SLOTS"]))
    # an app dropped without closing still frees its files; calling this closes them now, once
    # (a second close at GC time, from whichever thread collects, would fail in sqlite3)
    app.extensions["baocao_release"] = weakref.finalize(app, _release, store, engine)

    @app.teardown_appcontext
    def close_conn(exc):
        conn = g.pop("baocao_conn", None)
        if conn is not None:
            conn.close()

    @app.before_request
    def refuse_bodies():
        # a reading route's body is a mistake at best, and at worst memory or disk the server spends
        # buffering it (waitress also stops reading past MAX_CONTENT_LENGTH); the editor's small
        # forms (POST) are the only bodies, and they too stop at MAX_CONTENT_LENGTH
        chunked = "chunked" in request.headers.get("Transfer-Encoding", "").lower()
        too_big = (request.content_length or 0) > (app.config["MAX_CONTENT_LENGTH"] or 0)
        if request.method == "POST":
            return respond("Nội dung gửi lên quá lớn.", 413) if too_big else None
        if request.content_length or chunked:
            return respond("Yêu cầu này chỉ đọc dữ liệu, không được kèm nội dung (request body).",
                           413 if too_big else 400)
        return None

    @app.before_request
    def start_budget():
        budget.start(app.config["REQUEST_TIMEOUT_S"], request.environ.get("waitress.client_disconnected"))

    @app.teardown_request
    def end_budget(exc):
        budget.end()

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    app.jinja_env.globals.update(facet_names=FACETS, facet_name=labels.facet_name, value_label=labels.value_label,
                                 activity_label=labels.activity, qualifier_label=labels.qualifier,
                                 kind_label=labels.kind, correction_label=labels.correction, field_label=labels.field,
                                 activity_choices=labels.activity_choices,
                                 role_label=labels.role, additivity_label=labels.additivity,
                                 tolerance_pct=round(totals.TOLERANCE * 100))
    app.jinja_env.filters["num"] = format_number

    @app.context_processor
    def index_state():
        return {"index_notice": index_notice()}


PENDING_TTL_S = 5.0


def index_notice() -> str | None:
    """A line for every page when searches cannot see the whole store: the index is broken, or
    documents are stored but not yet indexed (a writer killed before its index commit; the next
    writer indexes them). Counted at most every few seconds."""
    import time

    problem = getattr(engine(), "problem", None)  # the embedded index says why it cannot be read
    _pending = current_app.extensions.setdefault("baocao_pending", {"at": -1e9, "count": 0})
    if problem:
        return problem + " Văn bản và số liệu vẫn xem được từ kho."
    now = time.monotonic()
    if now - _pending["at"] > PENDING_TTL_S:
        _pending["count"] = conn().execute(
            "SELECT count(*) FROM documents WHERE indexed_version IS NULL OR indexed_version != ?",
            (engine().index_version,)).fetchone()[0]
        _pending["at"] = now
    if _pending["count"]:
        return (f"Đang cập nhật chỉ mục: {format_number(_pending['count'])} văn bản đã lưu nhưng chưa tìm "
                "được; lần ghi tiếp theo (nhập, phục vụ, lập chỉ mục) sẽ đưa chúng vào chỉ mục.")
    return None


def _release(store, engine: Engine) -> None:
    engine.close()
    store.close()


def engine() -> Engine:
    return current_app.extensions["baocao_engine"]


def export_slots() -> threading.BoundedSemaphore:
    return current_app.extensions["baocao_export_slots"]


def store():
    return current_app.extensions["baocao_store"]


def conn():
    if "baocao_conn" not in g:
        g.baocao_conn = store().readonly_connection()
    return g.baocao_conn


def filters_from_request(request) -> Filters:
    config = current_app.config
    limits = Limits(int(config["MAX_FILTER_VALUES"]), int(config["MAX_FILTER_TOTAL"]), int(config["MAX_QUERY_CHARS"]))
    return Filters.from_args(request.args, config["PAGE_SIZE"], limits)


def stream_budget(request) -> budget.Budget:
    """For a response streamed after the view returns: no deadline (an export of the whole archive
    takes as long as it takes), but it stops when the client has gone."""
    return budget.Budget(None, request.environ.get("waitress.client_disconnected"))


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
