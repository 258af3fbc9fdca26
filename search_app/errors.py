"""Errors that know their HTTP status: JSON under /api, an HTML page otherwise."""
from __future__ import annotations

import logging

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search_app.backends import BackendError
from search_app.filters import FilterError
from search_app.index import IndexBusy
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
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


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
        return respond(exc.message, exc.status)

    @app.errorhandler(IndexBusy)
    def busy(exc):
        return respond(str(exc), 503)

    @app.errorhandler(BackendError)
    def backend_down(exc):  # the search cluster (search_url) is unreachable
        log.error("search backend: %s", exc.message)
        return respond(exc.message, 503)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        return respond(MESSAGES.get(exc.code, exc.description or ""), exc.code or 500)

    @app.errorhandler(Exception)
    def unexpected(exc):
        log.exception("unhandled error on %s", request.path)
        return respond(MESSAGES[500], 500)
