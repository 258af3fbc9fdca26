"""`baocao backup` / `baocao restore`: a round trip loses nothing; bad backup files are refused."""
from __future__ import annotations

import hashlib
import io
import json
import signal
import sqlite3
import subprocess
import os
import tarfile
import time

import pytest
from click.testing import CliRunner

from search_app.cli import main
from robust_helpers import (ROOT, assert_store_consistent, cli_command, cli_env, connect_ro, make_corpus,
                                  search_ids)

# Every table and the columns that must survive byte for byte (indexed_version is reset on restore).
TABLES = {
    "documents": "id, title, text, published, years, provinces, doc_type, format, url, source_name, added_at,"
                 " extractor_version, records",
    "sources": "doc_id, source, original",
    "figures": '*',
    "entities": "*",
    "files": "*",
    "runs": "*",
    "run_files": "*",
}


def _dump(data) -> dict[str, list]:
    conn = connect_ro(data)
    try:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in TABLES.items()}
    finally:
        conn.close()


def _originals(data) -> dict[str, str]:
    root = data / "originals"
    return {p.relative_to(data).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_round_trip_loses_nothing(archive, tmp_path):
    out = tmp_path / "sao-luu.tar.gz"
    made = _invoke("backup", out, "--data-dir", archive)
    assert made.exit_code == 0, made.output
    assert out.is_file() and not (tmp_path / "sao-luu.tar.gz.part").exists()

    target = tmp_path / "elsewhere" / "data"
    restored = _invoke("restore", out, "--data-dir", target)
    assert restored.exit_code == 0, restored.output

    before, after = _dump(archive), _dump(target)
    assert before["documents"], "the archive under test is empty"
    assert before["figures"] and before["entities"]
    for table in TABLES:
        assert after[table] == before[table], table
    assert _originals(target) == _originals(archive)
    # every kept original the store names is there, at the same relative path
    conn = connect_ro(target)
    originals = [r[0] for r in conn.execute("SELECT original FROM sources WHERE original IS NOT NULL")]
    title, doc_id = conn.execute("SELECT title, id FROM documents WHERE title LIKE '%tổng kết công tác%' LIMIT 1").fetchone()
    conn.close()
    assert originals and all((target / o).is_file() for o in originals)
    assert_store_consistent(target)
    assert _invoke("check", "--data-dir", target).exit_code == 0
    # the index was rebuilt: search works in the restored copy
    assert doc_id in search_ids(target, title)
    assert sorted(search_ids(target, "hội viên")) == sorted(search_ids(archive, "hội viên"))


def test_backup_is_portable_and_self_describing(archive, tmp_path):
    out = tmp_path / "b.tar.gz"
    assert _invoke("backup", out, "--data-dir", archive).exit_code == 0
    with tarfile.open(out) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
        db_bytes = tar.extractfile("baocao.sqlite3").read()
    assert manifest["format"] == "baocao-backup"
    assert set(names) == {"manifest.json", *manifest["files"]}
    assert all(not n.startswith("/") and ".." not in n for n in names)
    assert hashlib.sha256(db_bytes).hexdigest() == manifest["files"]["baocao.sqlite3"]
    # one self-contained file: no WAL needed beside it
    snap = tmp_path / "snap.sqlite3"
    snap.write_bytes(db_bytes)
    conn = sqlite3.connect(snap)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == manifest["counts"]["documents"]
    conn.close()


def test_restore_refuses_a_non_empty_data_dir_without_force(archive, tmp_path):
    out = tmp_path / "b.tar.gz"
    assert _invoke("backup", out, "--data-dir", archive).exit_code == 0
    refused = _invoke("restore", out, "--data-dir", archive)
    assert refused.exit_code == 1 and "--force" in refused.output
    forced = _invoke("restore", out, "--data-dir", archive, "--force")
    assert forced.exit_code == 0, forced.output
    assert_store_consistent(archive)


def _rewrite(src, dst, change):
    """Copy a backup, letting change(name, data) return new bytes (or None to drop the member)."""
    with tarfile.open(src) as tar_in, tarfile.open(dst, "w:gz") as tar_out:
        for member in tar_in:
            data = tar_in.extractfile(member).read()
            name, data = change(member.name, data)
            if data is None:
                continue
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar_out.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("case", ["truncated", "tampered", "traversal", "missing", "not_a_backup"])
def test_bad_backup_files_are_refused_and_leave_the_target_alone(archive, tmp_path, case):
    good = tmp_path / "good.tar.gz"
    assert _invoke("backup", good, "--data-dir", archive).exit_code == 0
    bad = tmp_path / "bad.tar.gz"
    if case == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif case == "tampered":
        _rewrite(good, bad, lambda n, d: (n, d[:-1] + bytes([d[-1] ^ 1]) if n.startswith("originals/") else d))
    elif case == "traversal":
        _rewrite(good, bad, lambda n, d: ("../../evil.txt" if n.startswith("originals/") else n, d))
    elif case == "missing":
        _rewrite(good, bad, lambda n, d: (n, None if n.startswith("originals/") else d))
    else:
        bad.write_bytes(b"PK\x03\x04 not a tar at all")
    target = tmp_path / "target"
    result = _invoke("restore", bad, "--data-dir", target)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and str(bad) in result.output
    assert not (target / "baocao.sqlite3").exists()
    assert not (tmp_path / "evil.txt").exists() and not (target.parent / "evil.txt").exists()
    assert not list(target.glob("originals/*/*"))


def test_backup_while_ingest_writes_is_consistent(archive, tmp_path):
    """The snapshot is one committed state even when taken in the middle of an ingest run."""
    corpus = tmp_path / "more"
    make_corpus(corpus, 150, seed=99, start=50_000)
    proc = subprocess.Popen(cli_command("ingest", str(corpus), "--data-dir", str(archive), "--quiet",
                                        "--workers", "1"),
                            cwd=ROOT, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        conn = connect_ro(archive)
        start = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        deadline = time.monotonic() + 120
        while conn.execute("SELECT count(*) FROM documents").fetchone()[0] == start and time.monotonic() < deadline:
            time.sleep(0.05)
        conn.close()
        out = tmp_path / "mid.tar.gz"
        made = _invoke("backup", out, "--data-dir", archive)
        assert made.exit_code == 0, made.output
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    target = tmp_path / "restored"
    assert _invoke("restore", out, "--data-dir", target).exit_code == 0
    count = assert_store_consistent(target)
    assert count > start


def test_backup_refuses_what_restore_would_refuse(archive, tmp_path):
    """A tampered store once gave a "successful" backup that its own restore refused (and that carried
    files from outside the data dir). Backup checks each kept original's path as restore checks
    each member: outside originals/, '..', absolute or a symlink is left out and named."""
    outside = tmp_path / "bi-mat.txt"
    outside.write_text("bí mật", "utf-8")
    conn = sqlite3.connect(archive / "baocao.sqlite3")
    rows = conn.execute("SELECT rowid, original FROM sources WHERE original IS NOT NULL ORDER BY rowid").fetchall()
    assert len(rows) >= 4
    link = archive / "originals" / "zz" / "lien-ket.txt"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside)
    evil = [str(outside), "../" + outside.name, "originals/../../" + outside.name, "originals/zz/lien-ket.txt"]
    for (rowid, _), path in zip(rows, evil):
        conn.execute("UPDATE sources SET original = ? WHERE rowid = ?", (path, rowid))
    conn.commit()
    conn.close()

    out = tmp_path / "sao-luu.tar.gz"
    made = _invoke("backup", out, "--data-dir", archive)
    assert made.exit_code == 0, made.output
    for path in evil:
        assert path in made.output, made.output  # each named, with its reason
    with tarfile.open(out) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())
        assert all(m.isfile() for m in tar.getmembers())
        assert not any(b"b\xc3\xad m\xe1\xba\xadt" in tar.extractfile(m).read() for m in tar.getmembers())
    assert all(n == "manifest.json" or n == "baocao.sqlite3" or n.startswith("originals/") for n in names)
    assert sorted(manifest["refused_originals"]) == sorted(evil)
    restored = _invoke("restore", out, "--data-dir", tmp_path / "other")
    assert restored.exit_code == 0, restored.output
