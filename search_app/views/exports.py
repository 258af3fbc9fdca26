"""Exports of documents, figures and organisation-pair tables for the current filters (all rows, streamed)."""
from __future__ import annotations

import threading
from datetime import date

from flask import Blueprint, Response, abort, request

from search_app import budget, db, exports, service, web
from search_app.errors import AppError

bp = Blueprint("exports", __name__)


def _response(fmt: str, columns, rows, name: str) -> Response:
    exporter = exports.EXPORTERS.get(fmt)
    if exporter is None:
        abort(404)
    filename = f"baocao-{name}-{date.today().isoformat()}.{exporter.extension}"
    return Response(exporter.stream(columns, rows), mimetype=exporter.mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _own_connection(store, make_rows, guard: budget.Budget):
    """Rows from a connection the generator owns: the response streams after the request context ends.
    The rows stop when the client has gone (an .xlsx is built whole before its first byte is sent)."""
    conn = store.readonly_connection()
    try:
        yield from guard.guard(make_rows(conn))
    except budget.RequestStopped:
        return
    finally:
        conn.close()


RETRY_AFTER_S = 3


@bp.get("/export/<what>.<fmt>")
def export(what: str, fmt: str):
    """Exports share a few slots (setting export_slots): past them a client is told to come back
    (429, Retry-After) rather than queued on a server thread that searches need."""
    if fmt not in exports.EXPORTERS:
        abort(404)
    slot = _Slot(web.export_slots())
    if not slot.taken:
        raise AppError("Đang có quá nhiều lượt xuất dữ liệu cùng lúc; vui lòng thử lại sau vài giây.", 429,
                       RETRY_AFTER_S)
    try:
        response = _export(what, fmt)
    except BaseException:
        slot.release()
        raise
    response.response = slot.held_by(response.response)  # freed when the stream ends ...
    response.call_on_close(slot.release)  # ... or when the server closes a response never read
    return response


class _Slot:
    """One export slot, released exactly once, whichever way the response ends."""

    def __init__(self, slots: threading.BoundedSemaphore):
        self._slots = slots
        self._lock = threading.Lock()
        self.taken = slots.acquire(blocking=False)

    def release(self) -> None:
        with self._lock:
            if self.taken:
                self.taken = False
                self._slots.release()

    def held_by(self, stream):
        try:
            yield from stream
        finally:
            self.release()


def _export(what: str, fmt: str):
    filters = web.filters_from_request(request)
    engine, limit = web.engine(), web.max_chars()
    # the matching ids are computed now, so a bad query is a 400 before streaming starts
    if what == "figures":
        ids = service.matching_ids(engine, filters, limit)
        rows = _own_connection(web.store(), lambda conn: service.figures_with_groups(conn, ids, filters.figure),
                               web.stream_budget(request))
        rows = exports.with_labels(rows, request.host_url, "doc_id")
        return _response(fmt, exports.FIGURE_EXPORT_COLUMNS, rows, "so-lieu")
    if what == "documents":
        ids = engine.ordered_ids(filters, limit)
        rows = _own_connection(web.store(), lambda conn: db.iter_documents(conn, ids), web.stream_budget(request))
        rows = exports.with_labels(rows, request.host_url, "id")
        return _response(fmt, exports.DOCUMENT_EXPORT_COLUMNS, rows, "tai-lieu")
    if what == "corrections":
        return _response(fmt, exports.CORRECTION_LOG_COLUMNS, exports.correction_log_rows(db.corrections(web.conn())),
                         "hieu-chinh")
    if what == "pair":
        a, b = (request.args.get("a") or "").strip(), (request.args.get("b") or "").strip()
        if not a or not b:
            abort(404)
        table = service.pair_table(web.conn(), a, b)
        return _response(fmt, exports.pair_columns(table["years"]), exports.pair_rows(table), "phoi-hop")
    abort(404)
