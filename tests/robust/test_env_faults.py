"""A read-only data directory and a full disk: one clear line, exit 2, nothing corrupted.

The tests run as root, where chmod does not stop writes. So the faults are made
for real inside a user + mount namespace (`unshare -rm`, no privileges needed):
a read-only bind mount over the data dir, and a small tmpfs that fills up.
Where unshare is not allowed (some containers), the tests skip and say why.
"""
from __future__ import annotations

import shlex
import shutil
import subprocess
import sys

import pytest

from robust_helpers import ROOT, assert_store_consistent, cli_env, connect_ro, make_corpus, run_cli

pytestmark = pytest.mark.slow


def _namespace_ok() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs none /mnt 2>/dev/null || "
                            "mount -t tmpfs none /tmp"], capture_output=True)
    return probe.returncode == 0


needs_namespace = pytest.mark.skipif(not _namespace_ok(), reason="unshare -rm (user+mount namespace) not permitted")


def _in_namespace(script: str) -> subprocess.CompletedProcess:
    return subprocess.run(["unshare", "-rm", "bash", "-c", script], cwd=ROOT, env=cli_env(),
                          capture_output=True, text=True, timeout=900)


def _baocao(*args) -> str:
    return " ".join(shlex.quote(a) for a in [sys.executable, "-m", "search_app.cli", *map(str, args)])


def _snapshot(data) -> tuple:
    conn = connect_ro(data)
    try:
        return (conn.execute("SELECT id, title, text, records FROM documents ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM sources ORDER BY doc_id, source").fetchall(),
                conn.execute("SELECT count(*) FROM figures").fetchone())
    finally:
        conn.close()


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@needs_namespace
def test_read_only_data_dir(archive, tmp_path):
    corpus = tmp_path / "more"
    make_corpus(corpus, 12, seed=3, start=60_000)
    before = _snapshot(archive)
    d = shlex.quote(str(archive))
    script = (f"set -u; mount --bind {d} {d} && mount -o remount,bind,ro {d} || exit 99\n"
              f"{_baocao('ingest', corpus, '--data-dir', archive, '--quiet')}; echo \"rc=$?\" >&2\n")
    result = _in_namespace(script)
    assert result.returncode != 99, result.stderr
    *messages, rc = result.stderr.strip().splitlines()
    assert rc == "rc=2", result.stderr
    line = _one_error_line("\n".join(messages))
    print(line)
    assert "chỉ đọc" in line, line
    assert _snapshot(archive) == before
    assert_store_consistent(archive)


@needs_namespace
def test_full_disk_during_ingest(archive, tmp_path):
    corpus = tmp_path / "more"
    # enough text (and kept originals) to overflow a 1 MiB margin
    make_corpus(corpus, 400, seed=4, start=61_000)
    for path in list(corpus.glob("*.txt"))[:200]:
        path.write_text(path.read_text("utf-8") + ("\nPhụ lục số liệu chi tiết kèm theo. " * 60), "utf-8")
    before = _snapshot(archive)
    used = sum(p.stat().st_size for p in archive.rglob("*") if p.is_file())
    size_kib = used // 1024 + 1024
    mnt, out = tmp_path / "small-disk", tmp_path / "after"
    mnt.mkdir()
    m, a, o = (shlex.quote(str(p)) for p in (mnt, archive, out))
    script = (f"set -u; mount -t tmpfs -o size={size_kib}k tmpfs {m} || exit 99\n"
              f"cp -a {a} {m}/data || exit 98\n"
              f"{_baocao('ingest', corpus, '--data-dir', mnt / 'data', '--quiet', '--workers', '1')}; "
              "echo \"rc=$?\" >&2\n"
              f"cp -a {m}/data {o}\n")  # the tmpfs vanishes with the namespace: keep what it holds
    result = _in_namespace(script)
    assert result.returncode not in (98, 99), result.stderr
    *messages, rc = result.stderr.strip().splitlines()
    assert rc == "rc=2", result.stderr
    line = _one_error_line("\n".join(messages))
    print(line)
    assert "đầy" in line, line

    # what was committed before the disk filled up is intact; nothing half-written
    count = assert_store_consistent(out)
    assert count >= len(before[0])
    # with space again, a rerun completes everything
    rerun = run_cli("ingest", str(corpus), "--data-dir", str(out), "--quiet", "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert assert_store_consistent(out) == len(before[0]) + 400
    check = run_cli("check", "--data-dir", str(out))
    assert check.returncode == 0, check.stdout
