"""The Flask app, the Whoosh index and the `baocao` command line."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from typing import TYPE_CHECKING

from ingest import settings

if TYPE_CHECKING:  # flask is imported by create_app, so `baocao ingest` does not pay for it
    from flask import Flask


def create_app(test_config: dict | None = None, *, store=None, engine=None) -> Flask:
    """flaskr-style factory: defaults from the settings table, then instance/config.py, then overrides.

    `store` (ingest.store.Store) and `engine` (a search_app.backends.SearchBackend) are the app's
    store and search backend, as the composition root (`baocao serve`) assembles them; by default
    both are opened on DATA_DIR, the backend chosen by the `search_url` setting (empty: the
    embedded Whoosh index). The app closes them when it is released."""
    from flask import Flask

    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        DATA_DIR=str(settings.data_dir()),
        PAGE_SIZE=int(settings.get("page_size")),
        MAX_QUERY_CHARS=int(settings.get("max_query_chars")),
        MAX_FILTER_VALUES=int(settings.get("max_filter_values")),
        MAX_FILTER_TOTAL=int(settings.get("max_filter_total")),
        REQUEST_TIMEOUT_S=float(settings.get("request_timeout_s")),
        EXPORT_SLOTS=int(settings.get("export_slots")),
        MAX_CONTENT_LENGTH=1 * 1024 * 1024,  # the app takes no uploads; refuse big bodies early
        JSON_AS_ASCII=False,
        # signs the editor's session cookie; a new random key per process unless the operator
        # sets one (then sign-ins survive a restart)
        SECRET_KEY=os.environ.get("BAOCAO_SECRET_KEY") or secrets.token_hex(32),
        ADMIN_TOKEN=str(settings.get("admin_token") or ""),
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_HTTPONLY=True,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.config["DATA_DIR"] = str(Path(app.config["DATA_DIR"]).expanduser())

    from search_app import errors, web
    from ingest.stores import open_store
    from search_app.backends import open_backend
    from search_app.views import api, documents, editor, exports, figures, programmes, search

    data_dir = Path(app.config["DATA_DIR"])
    # open_store creates the data dir and applies the schema (SQLite, or PostgreSQL with database_url)
    engine = engine or open_backend(app.config.get("SEARCH_URL", settings.get("search_url")), data_dir)
    web.init_app(app, engine, store or open_store(data_dir))
    errors.init_app(app)
    editor.init_app(app)
    for module in (search, documents, figures, exports, api, programmes, editor):
        app.register_blueprint(module.bp)
    return app
