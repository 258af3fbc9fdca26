"""The composition root picks the search backend from BAOCAO_SEARCH_URL: commands and the web app
on an OpenSearch index, and one clear line when the URL is wrong or the cluster is down."""
from __future__ import annotations

import json
import socket

import pytest
from click.testing import CliRunner

from search_app import create_app
from search_app.backends import BackendError, open_backend
from search_app.cli import main

from backend_servers import opensearch_base, opensearch_url  # noqa: F401 (a fixture)
from search_samples import SAMPLES, build_store


@pytest.fixture
def os_url(opensearch_base, monkeypatch):
    url = opensearch_url(opensearch_base[0])
    monkeypatch.setenv("BAOCAO_SEARCH_URL", url)
    yield url
    backend = open_backend(url, None)
    backend.drop()
    backend.close()


def test_commands_on_opensearch(os_url, tmp_path):
    data_dir = tmp_path / "data"
    ids = build_store(data_dir)  # the Whoosh index is built too, and left alone from here on
    runner = CliRunner()
    result = runner.invoke(main, ["reindex", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert f"Đã lập chỉ mục {len(SAMPLES)} văn bản." in result.output
    result = runner.invoke(main, ["search", "cuu chien binh", "--json", "--sort", "newest", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [r["id"] for r in data["results"]] == [ids["ccb2017"], ids["ccb2016"]]
    out = tmp_path / "docs.json"
    result = runner.invoke(main, ["export", "--what", "documents", "--format", "json", "-q", "dong", "--sort", "oldest",
                                  "-o", str(out), "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(out.read_text("utf-8"))] == [ids["dong"], ids["hienmau"], ids["apart"]]
    # an ingest feeds the OpenSearch index (its closing sync)
    new = tmp_path / "in" / "moi.txt"
    new.parent.mkdir()
    new.write_text("Hội Liên hiệp Phụ nữ tổ chức ngày hội bánh chưng xanh năm 2018.", encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(new.parent), "--no-extract", "--quiet", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["search", "bánh chưng", "--data-dir", str(data_dir)])
    assert result.output.splitlines()[0] == "1 văn bản", result.output
    # and the web app, built by create_app from the same setting
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    try:
        data = app.test_client().get("/api/search?q=b%C3%A1nh+ch%C6%B0ng").get_json()
        assert data["total"] == 1 and "<mark>bánh chưng</mark>" in data["results"][0]["snippet"]
    finally:
        app.extensions["baocao_release"]()



def test_restore_rebuilds_the_opensearch_index(os_url, tmp_path):
    """restore rebuilds the index of the configured backend: the restored documents, and nothing
    the index held before (a document not in the backup)."""
    from ingest.document import Document
    from search_app.backends import index_doc

    ids = build_store(tmp_path / "data")
    runner = CliRunner()
    result = runner.invoke(main, ["backup", str(tmp_path / "b.tar.gz"), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    backend = open_backend(os_url, None)
    try:
        backend.index([index_doc(Document(id="khong-co", title="Lạ", text="văn bản lạ", sources=[]), None)])
        backend.refresh()
        target = tmp_path / "restored"
        result = runner.invoke(main, ["restore", str(tmp_path / "b.tar.gz"), "--data-dir", str(target)])
        assert result.exit_code == 0, result.output
        assert f"đã lập chỉ mục {len(SAMPLES)} văn bản" in result.output
        assert backend.count() == len(SAMPLES)
        assert not (target / "index").exists() or not any((target / "index").iterdir())  # no Whoosh index made
        result = runner.invoke(main, ["check", "--data-dir", str(target)])
        assert result.exit_code == 0, result.output
        result = runner.invoke(main, ["search", "hiến máu", "--json", "--data-dir", str(target)])
        assert [r["id"] for r in json.loads(result.output)["results"]] == [ids["hienmau"]]
    finally:
        backend.close()

def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unknown_scheme_is_one_line(tmp_path, monkeypatch):
    build_store(tmp_path / "data")
    monkeypatch.setenv("BAOCAO_SEARCH_URL", "solr://127.0.0.1:8983/x")
    result = CliRunner().invoke(main, ["search", "a", "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1
    assert "không biết máy tìm kiếm “solr”" in result.output and "Traceback" not in result.output


def test_unreachable_cluster_is_one_line_and_503(tmp_path, monkeypatch):
    build_store(tmp_path / "data")
    url = f"opensearch://127.0.0.1:{_closed_port()}/baocao"
    monkeypatch.setenv("BAOCAO_SEARCH_URL", url)
    result = CliRunner().invoke(main, ["search", "a", "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1 and "Không kết nối được máy tìm kiếm OpenSearch" in result.output
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path / "data")})
    try:
        response = app.test_client().get("/api/search?q=a")
        assert response.status_code == 503 and "OpenSearch" in response.get_json()["error"]
    finally:
        app.extensions["baocao_release"]()
    with pytest.raises(BackendError):
        open_backend(url, None).count()
