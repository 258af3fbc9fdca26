"""A broken index, leftovers of killed commands, and reextract keeping the index current."""
from __future__ import annotations

import json
import sqlite3

import httpx
import pytest

from robust_helpers import Server, connect_ro, run_cli, search_ids

pytestmark = pytest.mark.slow


def _break_index(data) -> None:
    """What a reindex killed mid-swap left before the swap was one rename: a table of contents
    naming a segment file that is gone."""
    segments = sorted((data / "index").glob("MAIN_*.seg"))
    assert segments, "the archive's index has no compound segment"
    for seg in segments:
        seg.unlink()


def test_broken_index_is_reported_served_around_and_repaired(archive):
    from ingest.lock import writer_lock

    _break_index(archive)
    check = run_cli("check", "--data-dir", str(archive))
    assert check.returncode == 1, check.stdout + check.stderr
    assert "Traceback" not in check.stderr
    assert "hỏng" in check.stdout and "baocao check --repair" in check.stdout

    conn = connect_ro(archive)
    doc_id = conn.execute("SELECT id FROM documents LIMIT 1").fetchone()[0]
    conn.close()
    # another writer holds the archive, so serve cannot rebuild: it must still start and serve the store
    with writer_lock(archive, wait_s=0):
        log = archive.parent / "serve-broken.log"
        with Server(archive, log=log) as server:
            page = httpx.get(server.base + "/", timeout=30)
            assert page.status_code == 200 and "baocao check --repair" in page.text
            assert httpx.get(f"{server.base}/documents/{doc_id}", timeout=30).status_code == 200
            assert httpx.get(f"{server.base}/figures", timeout=30).status_code == 200
        lines = [line for line in log.read_text("utf-8").splitlines() if "hỏng" in line]
        assert len(lines) == 1 and "baocao check --repair" in lines[0], log.read_text("utf-8")

    repair = run_cli("check", "--repair", "--data-dir", str(archive))
    assert repair.returncode == 0, repair.stdout + repair.stderr
    assert "lập lại chỉ mục hỏng" in repair.stdout
    title = conn_title(archive, doc_id)
    assert doc_id in search_ids(archive, title)


def test_serve_rebuilds_a_broken_index_when_it_is_the_writer(archive):
    _break_index(archive)
    with Server(archive) as server:
        data = httpx.get(server.base + "/api/search", params={"q": "tổng kết"}, timeout=30).json()
        assert data["total"] > 0
    assert run_cli("check", "--data-dir", str(archive)).returncode == 0


def conn_title(data, doc_id) -> str:
    conn = connect_ro(data)
    try:
        return conn.execute("SELECT title FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
    finally:
        conn.close()


def test_leftovers_are_listed_by_check_and_removed_by_the_next_writer(archive):
    made = [archive / "index.new" / "_MAIN_1.toc", archive / ".restore-abc123" / "baocao.sqlite3",
            archive / "originals" / "ab" / "abcdef.pdf.part", archive / "index" / "_MAIN_7.toc.1733400000.5",
            archive / "index" / "MAIN.tmp" / "x.seg"]
    for path in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"do dang")
    check = run_cli("check", "--data-dir", str(archive))
    assert check.returncode == 0, check.stdout
    assert "còn sót" in check.stdout and ": 5:" in check.stdout, check.stdout
    for name in ("index.new", ".restore-abc123", "MAIN.tmp"):
        assert name in check.stdout
    reindex = run_cli("reindex", "--data-dir", str(archive))
    assert reindex.returncode == 0, reindex.stderr
    assert "đã xóa 5 tệp/thư mục tạm" in reindex.stderr
    for path in made:
        assert not path.exists(), path
    assert (archive / "originals").is_dir() and (archive / "index").is_dir()
    check = run_cli("check", "--data-dir", str(archive))
    assert check.returncode == 0 and "còn sót" not in check.stdout, check.stdout


def test_reextract_updates_the_index(archive):
    """Facets and figure filters follow the records reextract writes, without a reindex."""
    from extract.pipeline import VERSION

    conn = connect_ro(archive)
    doc_id, records = conn.execute(
        "SELECT id, records FROM documents WHERE records LIKE '%\"activity\": \"%' LIMIT 1").fetchone()
    conn.close()
    activity = json.loads(records)["figures"][0]["activity"]
    assert doc_id in search_ids(archive, "", activity=activity)
    # as if an older extractor had found no figures in it, and the index had been built from that
    empty = json.dumps({"version": VERSION - 1, "organizations": [], "people": [], "places": [], "figures": []})
    with sqlite3.connect(archive / "baocao.sqlite3") as db:
        db.execute("UPDATE documents SET records = ?, extractor_version = ? WHERE id = ?", (empty, VERSION - 1, doc_id))
        db.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        db.execute("DELETE FROM entities WHERE doc_id = ?", (doc_id,))
    assert run_cli("reindex", "--data-dir", str(archive)).returncode == 0
    assert doc_id not in search_ids(archive, "", activity=activity)

    result = run_cli("reextract", "--data-dir", str(archive))
    assert result.returncode == 0, result.stderr
    assert doc_id in search_ids(archive, "", activity=activity)
    check = run_cli("check", "--data-dir", str(archive))
    assert check.returncode == 0 and "đang chờ" not in check.stdout, check.stdout
