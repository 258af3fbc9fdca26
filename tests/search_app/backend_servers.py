"""The search backends the contract suite runs on, each over the same sample archive.

OpenSearch: a real cluster when BAOCAO_TEST_OPENSEARCH_URL is set (http://host:9200; a fresh index
per session, dropped at the end), else osmem-server from PyPI (an in-memory OpenSearch-compatible
server whose binary ships in the wheel), started on a free loopback port and stopped after.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit

import pytest

BACKENDS = ("whoosh", "opensearch")


def _opensearch_server():
    """(base URL, what it is, stop) of the OpenSearch the tests use."""
    url = os.environ.get("BAOCAO_TEST_OPENSEARCH_URL", "").strip()
    if url:
        return url.rstrip("/"), f"OpenSearch at {url}", lambda: None
    try:
        from osmem_server import OsmemServer
    except ImportError:
        if os.environ.get("CI"):
            raise  # CI installs the test extra: a skip there would hide a broken install
        pytest.skip("osmem-server is not installed (pip install -e '.[test]')")
    server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")

    def stop():
        server.close()
        if server.process.stdout is not None:  # OsmemServer.close leaves its end of the pipe open
            server.process.stdout.close()

    return server.url, f"osmem-server {server.version} at {server.url}", stop


@pytest.fixture(scope="session")
def opensearch_base():
    url, label, stop = _opensearch_server()
    yield url, label
    stop()


def opensearch_url(base: str) -> str:
    """A backend URL naming a fresh index on the test server."""
    parts = urlsplit(base)
    scheme = "opensearch+https" if parts.scheme == "https" else "opensearch"
    return f"{scheme}://{parts.netloc}/baocao-test-{uuid.uuid4().hex[:12]}"
