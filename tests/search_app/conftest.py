from __future__ import annotations

import pytest
from click.testing import CliRunner

from search_app import create_app

from search_samples import build_store


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """(data_dir, {key: doc id}) of the sample archive, stored and indexed once per session."""
    data_dir = tmp_path_factory.mktemp("search") / "data"
    ids = build_store(data_dir)
    return data_dir, ids


@pytest.fixture(scope="session")
def doc_ids(sample_store):
    return sample_store[1]


@pytest.fixture(scope="session")
def app(sample_store):
    app = create_app({"TESTING": True, "DATA_DIR": str(sample_store[0]), "MAX_QUERY_CHARS": 200})
    yield app
    app.extensions["baocao_release"]()  # the app's finalizer, now and only once


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner():
    return CliRunner()
