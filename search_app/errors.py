"""Errors that know their HTTP status: JSON under /api, an HTML page otherwise."""
from __future__ import annotations

import logging

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from ingest.store import StoreError
from search_app.budget import RequestStopped
from search_app.backends import BackendError
from search_app.filters import FilterError
from search_app.backends import IndexBusy
from search_app.query import QueryError

log = logging.getLogger(__name__)

MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    404: "Không tìm thấy trang hoặc tài liệu này.",
    405: "Phương thức không được hỗ trợ.",
    413: "Yêu cầu quá lớn.",
    500: "Lỗi máy chủ. Vui lòng thử lại sau.",
    503: "Dịch vụ đang bận. Vui lòng thử lại sau.",
}


class AppError(Exception):
    def __init__(self, message: str, status: int = 400, retry_after_s: int | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.retry_after_s = retry_after_s  # for 429/503: when to ask again


def respond(message: str, status: int):
    if request.path.startswith("/api/") or request.path == "/api":
        return jsonify({"error": message}), status
    return render_template("error.html", message=message, status=status), status


def init_app(app) -> None:
    @app.errorhandler(QueryError)
    @app.errorhandler(FilterError)
    def bad_query(exc):
        return respond(str(exc), 400)

    @app.errorhandler(AppError)
    def app_error(exc):
        return _retry_later(app, respond(exc.message, exc.status), exc.retry_after_s)

    @app.errorhandler(IndexBusy)
    def busy(exc):
        return respond(str(exc), 503)

    @app.errorhandler(RequestStopped)
    def stopped(exc):
        return _retry_later(app, respond(str(exc), 503), 5)

    @app.errorhandler(BackendError)
    def backend_down(exc):  # the search cluster (search_url) is unreachable
        log.error("search backend: %s", exc.message)
        return respond(exc.message, 503)

    @app.errorhandler(StoreError)
    def store_down(exc):  # the PostgreSQL store (database_url) is unreachable
        log.error("store: %s", exc)
        return respond(str(exc), 503)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        return respond(MESSAGES.get(exc.code, exc.description or ""), exc.code or 500)

    @app.errorhandler(Exception)
    def unexpected(exc):
        log.exception("unhandled error on %s", request.path)
        return respond(MESSAGES[500], 500)


def _retry_later(app, answer, seconds: int | None):
    response = app.make_response(answer)
    if seconds:
        response.headers["Retry-After"] = str(seconds)
    return response
