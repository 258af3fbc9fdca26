"""A failure or a kill mid-run never leaves a half-written document; the next run completes."""
import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from ingest import runner as runner_module
from ingest.store import Store

from ingest_helpers import GOOD


def _consistent(store: Store) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # every document arrived with at least one source, in the same transaction
    assert conn.execute("SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc_id FROM sources)").fetchone()[0] == 0


def _stored(data) -> int:
    """Documents committed so far, read without touching the schema or taking any lock the
    writer could wait on (Store.open runs the schema script)."""
    path = data / "baocao.sqlite3"
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=1)
    try:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # created but no tables yet
        return 0
    finally:
        conn.close()


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _four_good_files(folder):
    folder.mkdir()
    for name in ("utf8.txt", "notes.md", "report.docx", "meta.html"):
        (folder / name).write_bytes((GOOD / name).read_bytes())
    return folder


def _write_articles(path, count):
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = f"Bài số {i}: Hội Cựu chiến binh tỉnh Nam Định năm 2017 hỗ trợ {i} hội viên. " * 20
            out.write(json.dumps({"id": str(i), "title": f"Bài {i}", "text": text}, ensure_ascii=False) + "\n")


def _ingest_command(path, data, workers: int) -> list[str]:
    return [sys.executable, "-m", "search_app.cli", "ingest", str(path), "--data-dir", str(data),
            "--quiet", "--workers", str(workers), "--no-extract"]


def _wait_until_stored(data, at_least: int, seconds: float) -> int:
    """Documents committed, polled until there are `at_least` or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    seen = 0
    while time.monotonic() < deadline:
        time.sleep(0.05)
        seen = _stored(data)
        if seen >= at_least:
            break
    return seen


def _stored_consistently(data) -> int:
    """Documents in the store after the run stopped, once _consistent has checked it."""
    with Store.open(data) as store:
        stored = store.count_documents()
        _consistent(store)
    return stored


def test_exception_while_writing_third_file(tmp_path, store, run, monkeypatch):
    folder = _four_good_files(tmp_path / "in")
    real_add = store.add_document
    calls = []

    def failing_add(conn, doc, source, original, shown=None):
        calls.append(source)
        status = real_add(conn, doc, source, original, shown)  # written, then the failure inside the same transaction
        if len(calls) == 3:
            raise OSError("disk full (injected)")
        return status

    monkeypatch.setattr(store, "add_document", failing_add)
    with pytest.raises(OSError, match="injected"):
        run(folder)
    _consistent(store)
    assert store.count_documents() == 2  # the first two files; the third was rolled back whole
    assert store.conn.execute("SELECT count(*) FROM files").fetchone()[0] == 2

    monkeypatch.setattr(store, "add_document", real_add)
    summary = run(folder)
    assert summary.counts == {"unchanged": 2, "ok": 2}
    assert store.count_documents() == 4
    _consistent(store)


def test_interrupt_in_reader_of_third_file(tmp_path, store, run, monkeypatch):
    from ingest import work

    folder = _four_good_files(tmp_path / "in")
    real_read = work.read_file

    def interrupted(path, data, name):
        if name.endswith("report.docx"):
            raise KeyboardInterrupt  # Ctrl-C while the third file is being read
        return real_read(path, data, name)

    monkeypatch.setattr(work, "read_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(folder)
    _consistent(store)
    assert store.count_documents() == 2
    monkeypatch.setattr(work, "read_file", real_read)
    assert run(folder).counts == {"unchanged": 2, "ok": 2}


def test_big_jsonl_resumes_after_a_failed_chunk(tmp_path, store, run, monkeypatch):
    path = tmp_path / "big.jsonl"
    _write_articles(path, 10)
    monkeypatch.setattr(runner_module, "CHUNK", 3)
    real_transaction = store.transaction
    opened = []

    def failing_transaction():
        opened.append(1)
        if len(opened) == 4:  # run start, chunk 1, chunk 2, then chunk 3 fails
            raise OSError("injected")
        return real_transaction()

    monkeypatch.setattr(store, "transaction", failing_transaction)
    with pytest.raises(OSError):
        run(path)
    _consistent(store)
    assert store.count_documents() == 6  # two whole chunks of three records
    monkeypatch.setattr(store, "transaction", real_transaction)
    summary = run(path)
    # the records already stored from this file are recognised, the rest are added
    assert summary.counts == {"unchanged": 6, "ok": 4}
    assert store.count_documents() == 10


@pytest.mark.slow
def test_sigkill_mid_run(tmp_path):
    path = tmp_path / "big.jsonl"
    _write_articles(path, 4000)
    data = tmp_path / "data"
    command = _ingest_command(path, data, workers=1)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # kill once some chunks are committed but well before the end
    _wait_until_stored(data, 400, seconds=30)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _stored_consistently(data)
    assert 0 < stored < 4000 and stored % runner_module.CHUNK == 0  # whole chunks only
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip() == f"ingested {4000 - stored}, unchanged {stored}, duplicates 0, failed 0"


@pytest.mark.slow
def test_ctrl_c_with_worker_pool(tmp_path):
    path = tmp_path / "big.jsonl"
    # enough records that the run is still going when the signal lands: the writer keeps up
    # with two workers, and without extraction the whole run is a few seconds
    _write_articles(path, 6000)
    data = tmp_path / "data"
    command = _ingest_command(path, data, workers=2)
    # Ctrl-C as in a terminal: the child starts with SIGINT at its default disposition and
    # unblocked, whatever the test process inherited (an ignored SIGINT is inherited across exec,
    # and Python then installs no KeyboardInterrupt handler)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=_default_sigint)
    started = time.monotonic()
    seen = _wait_until_stored(data, 200, seconds=60)
    signalled = time.monotonic() - started
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, (f"exit {process.returncode} after the signal at {signalled:.1f} s "
                                       f"with {seen} documents stored; stdout {out!r}; stderr {err!r}")
    assert "Đã dừng (Ctrl-C)" in err and "Traceback" not in err
    stored = _stored_consistently(data)
    assert 0 < stored < 6000
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.stdout.strip() == f"ingested {6000 - stored}, unchanged {stored}, duplicates 0, failed 0"
