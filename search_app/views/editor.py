"""Corrections by people: the editor's sign-in and the write endpoints, and the audit page.

The app is read-only unless the operator sets `admin_token` (BAOCAO_ADMIN_TOKEN). Whoever knows
the token signs in once (POST /editor/login, token compared in constant time) and is then an
editor in a signed session cookie (SameSite=Strict, HttpOnly) that holds a digest of the token,
so changing the token signs everyone out. Every write checks, in this order: a token is set, the
session's digest matches the current token, and the form's CSRF token equals the session's
(docs/security.md). Forms only; no script is needed (the CSP forbids inline scripts).
"""
from __future__ import annotations

import hashlib
import hmac
import math
import re
import secrets

from flask import (Blueprint, abort, current_app, redirect, render_template, request, session, url_for)

from extract.activity import labels as activity_labels
from extract.records import FIGURE_KINDS
from search_app import db, web
from search_app.errors import AppError

bp = Blueprint("editor", __name__)

ACTIONS = ("confirm", "correct", "reject")
TARGETS = ("figure", "organization")
MAX_NAME = 80
MAX_FIELD = 200


def _token() -> str:
    return str(current_app.config.get("ADMIN_TOKEN") or "")


def _digest(token: str) -> str:
    # the session keeps a keyed digest, never the token itself
    return hmac.new(current_app.secret_key.encode() if isinstance(current_app.secret_key, str)
                    else current_app.secret_key, token.encode(), hashlib.sha256).hexdigest()


def editor_name() -> str | None:
    """The signed-in editor's name, or None (also when the token was changed or removed)."""
    token = _token()
    if not token or "editor" not in session:
        return None
    if not hmac.compare_digest(session.get("editor_key", ""), _digest(token)):
        return None
    return session["editor"]


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _require_write(csrf: bool = True) -> str:
    """The editor's name, or 403: no token configured, not signed in with the current token, or a
    form without the session's CSRF token."""
    if not _token():
        raise AppError("Ứng dụng đang ở chế độ chỉ đọc: người vận hành chưa đặt mã biên tập (BAOCAO_ADMIN_TOKEN).",
                       403)
    name = editor_name()
    if name is None:
        raise AppError("Cần đăng nhập bằng mã biên tập trước khi sửa.", 403)
    if csrf:
        _check_csrf()
    return name


def _check_csrf() -> None:
    sent = request.form.get("csrf_token", "")
    if not sent or not session.get("csrf") or not hmac.compare_digest(sent, session["csrf"]):
        raise AppError("Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ (thiếu mã CSRF). Hãy tải lại trang.", 403)


def init_app(app) -> None:
    app.jinja_env.globals.update(editor_name=editor_name, csrf_token=csrf_token,
                                 editing_enabled=lambda: bool(_token()))


@bp.get("/editor")
def login_form():
    return render_template("editor.html", enabled=bool(_token()), name=editor_name(),
                           next=_safe_next(request.args.get("next")))


@bp.post("/editor/login")
def login():
    token = _token()
    if not token:
        raise AppError("Ứng dụng đang ở chế độ chỉ đọc: người vận hành chưa đặt mã biên tập.", 403)
    _check_csrf()
    sent = request.form.get("token", "")
    if not sent or not hmac.compare_digest(sent.encode(), token.encode()):
        raise AppError("Mã biên tập không đúng.", 403)
    name = " ".join((request.form.get("name") or "").split())[:MAX_NAME]
    if not name:
        raise AppError("Hãy ghi tên người sửa (được lưu cùng mỗi hiệu chỉnh).", 400)
    session.clear()
    session["editor"] = name
    session["editor_key"] = _digest(token)
    session["csrf"] = secrets.token_urlsafe(32)  # a new CSRF token with the new privilege
    return redirect(_safe_next(request.form.get("next")) or url_for("editor.login_form"))


@bp.post("/editor/logout")
def logout():
    _require_write()
    session.clear()
    return redirect(url_for("search.index"))


def _safe_next(target: str | None) -> str | None:
    # only paths of this site: never an open redirect
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())[:MAX_FIELD]


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_number(raw: str) -> float:
    """A number as the form shows it (Vietnamese: "12.040", "931,4", "1.500.000") or as typed
    plainly ("38", "2.5"): with a comma, dots group thousands; dots in groups of three group
    thousands; otherwise the dot is a decimal point."""
    text = raw.replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif _GROUPED.fullmatch(text):
        text = text.replace(".", "")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(raw)
    return value


def figure_changes(form) -> dict:
    """The corrected fields of a figure from the form (only those given)."""
    changes: dict = {}
    raw = _clean(form.get("value"))
    if raw:
        try:
            changes["value"] = parse_number(raw)
        except ValueError:
            raise AppError(f"Giá trị “{raw[:30]}” không phải là một số.", 400) from None
    unit = _clean(form.get("unit")).lower()
    if unit:
        changes["unit"] = unit
    activity = _clean(form.get("activity"))
    if activity:
        if activity not in activity_labels():
            raise AppError(f"Hoạt động “{activity[:30]}” không có trong danh mục.", 400)
        changes["activity"] = activity
    orgs = form.get("organizations")
    if orgs is not None and _clean(orgs):
        changes["organizations"] = [o for o in (_clean(x) for x in orgs.split(";")) if o]
    kind = _clean(form.get("kind"))
    if kind:
        if kind not in FIGURE_KINDS:
            raise AppError(f"Loại số liệu phải là một trong: {', '.join(FIGURE_KINDS)}.", 400)
        changes["kind"] = kind
    return changes


@bp.post("/documents/<doc_id>/corrections")
def correct(doc_id: str):
    name = _require_write()
    target = request.form.get("target", "")
    action = request.form.get("action", "")
    if target not in TARGETS or action not in ACTIONS:
        raise AppError("Hiệu chỉnh không hợp lệ.", 400)
    try:
        start, end = int(request.form.get("start", "")), int(request.form.get("end", ""))
    except ValueError:
        raise AppError("Vị trí của số liệu hoặc tổ chức không hợp lệ.", 400) from None
    changes: dict = {}
    if action == "correct":
        if target == "figure":
            changes = figure_changes(request.form)
        else:
            canonical = _clean(request.form.get("canonical"))
            if canonical:
                changes["canonical"] = canonical
        if not changes:
            raise AppError("Hãy nhập ít nhất một giá trị cần sửa.", 400)
    store = web.store()
    try:
        with store.own_transaction() as conn:
            store.add_correction(conn, doc_id, target, start, end, action, changes, name)
            # the document's facets (organisations, activities) change with it: pending for the index
            # until reindexed below, so a failure there leaves it to the next writer's sync
            conn.execute("UPDATE documents SET indexed_version = NULL WHERE id = ?", (doc_id,))
    except KeyError:  # rolled back
        abort(404)
    with store.own_transaction() as conn:
        _reindex(conn, doc_id)
    back = request.form.get("back", "")
    anchor = "#" + back if back and len(back) < 40 and back.replace("-", "").isalnum() else ""
    return redirect(url_for("documents.show", doc_id=doc_id) + anchor, 303)


def _reindex(conn, doc_id: str) -> None:
    """The corrected document into the search index now, so its facets show the correction."""
    from search_app.backends import corrected_doc

    entry = corrected_doc(conn, doc_id)
    engine = web.engine()
    try:
        engine.index([entry] if entry else [])
    except Exception as exc:  # a busy or broken index: the document stays pending (index notice)
        current_app.logger.warning("%s: chưa cập nhật chỉ mục sau hiệu chỉnh (%s)", doc_id, exc)
        return
    conn.execute("UPDATE documents SET indexed_version = ? WHERE id = ?", (engine.index_version, doc_id))


GROUP_ACTIONS = ("ungroup", "regroup")
MAX_MEMBERS = 50


@bp.post("/figures/groups")
def group():
    """Undo (`ungroup`) or restore (`regroup`) the grouping of the same figure reported by several
    documents (search_app/totals.py). The form names the figures as doc_id:start:end; the decision
    is stored per figure in the corrections table (target "group"), apart from machine rows."""
    name = _require_write()
    action = request.form.get("action", "")
    members = request.form.getlist("member")
    if action not in GROUP_ACTIONS or not members or len(members) > MAX_MEMBERS:
        raise AppError("Thao tác nhóm số liệu không hợp lệ.", 400)
    spans = []
    for m in members:
        try:
            doc_id, start, end = m.rsplit(":", 2)
            spans.append((doc_id, int(start), int(end)))
        except ValueError:
            raise AppError("Số liệu của nhóm không hợp lệ.", 400) from None
    try:
        with web.store().own_transaction() as conn:
            for doc_id, start, end in spans:
                web.store().add_correction(conn, doc_id, "group", start, end, action, {}, name)
    except KeyError:  # rolled back
        abort(404)
    return redirect(_safe_next(request.form.get("back")) or url_for("figures.index"), 303)


@bp.get("/corrections")
def audit():
    return render_template("corrections.html", rows=db.corrections(web.conn()))
