"""The Flask app, the Whoosh index and the `baocao` command line."""
from __future__ import annotations

import os
from pathlib import Path

from typing import TYPE_CHECKING

from ingest import settings

if TYPE_CHECKING:  # flask is imported by create_app, so `baocao ingest` does not pay for it
    from flask import Flask


def create_app(test_config: dict | None = None) -> Flask:
    """flaskr-style factory: defaults from the settings table, then instance/config.py, then overrides."""
    from flask import Flask

    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        DATA_DIR=str(settings.data_dir()),
        PAGE_SIZE=int(settings.get("page_size")),
        MAX_QUERY_CHARS=int(settings.get("max_query_chars")),
        MAX_CONTENT_LENGTH=1 * 1024 * 1024,  # the app takes no uploads; refuse big bodies early
        JSON_AS_ASCII=False,
        SECRET_KEY=os.environ.get("BAOCAO_SECRET_KEY", "dev"),
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.config["DATA_DIR"] = str(Path(app.config["DATA_DIR"]).expanduser())

    from search_app import errors, web
    from search_app.engine import Engine
    from search_app.views import api, documents, exports, figures, programmes, search

    web.init_app(app, Engine(Path(app.config["DATA_DIR"])))
    errors.init_app(app)
    for module in (search, documents, figures, exports, api, programmes):
        app.register_blueprint(module.bp)
    return app
