"""Statuses, duplicates, unchanged files, originals and run records."""
import os
import shutil
import time
from pathlib import Path

from ingest_helpers import GOOD


def test_fixture_folder(store, run):
    summary = run(GOOD)
    assert summary.exit_code == 0
    # 15 files: 3 jsonl + 3 jsonl.gz records, 1 + 2 xml articles, 2 zip members (+ a skipped png),
    # 10 files of one document each; lines 2 and 3 of the jsonl.gz repeat articles.jsonl exactly
    assert summary.counts == {"ok": 19, "duplicate": 2, "skipped": 1}
    assert store.count_documents() == 19
    assert summary.line() == "ingested 19, unchanged 0, duplicates 2, failed 0, skipped 1"


def test_rerun_is_unchanged_and_fast(store, run):
    run(GOOD)
    started = time.perf_counter()
    summary = run(GOOD)
    elapsed = time.perf_counter() - started
    assert summary.counts == {"unchanged": 15}
    assert summary.line() == "ingested 0, unchanged 15, duplicates 0, failed 0"
    assert elapsed < 1.0


def test_duplicate_from_another_path_adds_a_source(tmp_path, store, run):
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(GOOD / "utf8.txt", copy / "other-name.txt")
    run(GOOD / "utf8.txt")
    summary = run(copy)
    assert summary.counts == {"duplicate": 1}
    [doc_id] = [r[0] for r in store.conn.execute("SELECT id FROM documents")]
    assert [s["source"].rsplit("/", 1)[-1] for s in store.get_sources(doc_id)] == ["utf8.txt", "other-name.txt"]
    assert store.get_document(doc_id).sources[1].endswith("copy/other-name.txt")


def test_same_text_in_new_tone_mark_style_is_a_duplicate(tmp_path, store, run):
    (tmp_path / "a.txt").write_text("Uỷ ban MTTQ tỉnh Khánh Hoà năm 2016", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ủy ban MTTQ tỉnh Khánh Hòa năm 2016", encoding="utf-8")
    summary = run(tmp_path)
    assert summary.counts == {"ok": 1, "duplicate": 1}


def test_touched_file_is_unchanged_and_edited_file_is_new(tmp_path, store, run):
    path = tmp_path / "a.txt"
    path.write_text("Hội Nông dân tỉnh An Giang năm 2019", encoding="utf-8")
    run(path)
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert run(path).counts == {"unchanged": 1}
    path.write_text("Hội Nông dân tỉnh An Giang năm 2020", encoding="utf-8")
    assert run(path).counts == {"ok": 1}
    assert store.count_documents() == 2


def test_failed_file_is_retried(tmp_path, store, run):
    path = tmp_path / "a.txt"
    path.write_bytes(b"")
    assert run(path).counts == {"error": 1}
    assert run(path).counts == {"error": 1}  # still reported, not taken for "unchanged"
    path.write_text("Đã có nội dung năm 2021", encoding="utf-8")
    assert run(path).counts == {"ok": 1}


def test_originals_kept_content_addressed(store, run):
    run(GOOD / "report.pdf", GOOD / "archive.zip", keep_originals=True)
    rows = store.conn.execute("SELECT source, original FROM sources ORDER BY source").fetchall()
    assert len(rows) == 3
    for source, original in rows:
        kept = store.data_dir / original
        file = source.split("!")[0]
        assert kept.read_bytes() == Path(file).read_bytes()
        assert original.startswith("originals/") and original.endswith(os.path.splitext(file)[1])


def test_run_records(store, run):
    run(GOOD / "utf8.txt", GOOD / "missing.txt")
    [run_row] = store.recent_runs()
    assert run_row[3:] == (1, 0, 0, 1, 0)  # ingested, unchanged, duplicates, failed, skipped
    [(source, reason)] = store.run_failures(run_row[0])
    assert source.endswith("missing.txt") and "no such file" in reason


def test_slow_reader_times_out(tmp_path, store, run, monkeypatch):
    from ingest.readers import txt

    def endless(path, data, name):
        while True:
            time.sleep(0.01)
        yield  # pragma: no cover

    monkeypatch.setenv("BAOCAO_DOC_TIMEOUT_S", "1")
    monkeypatch.setattr(txt, "read", endless)
    (tmp_path / "slow.txt").write_text("x", encoding="utf-8")
    summary = run(tmp_path / "slow.txt")
    assert summary.failures[0][1] == "quá thời gian xử lý một văn bản (over the time limit of 1 s)"


def test_worker_pool_gives_the_same_store(tmp_path, run, store):
    """Two spawned worker processes with an extractor: same documents and records as in-process."""
    from ingest.runner import Runner
    from ingest.store import Store

    from ingest_helpers import fake_extract

    inline = run(GOOD, extractor=fake_extract, extractor_version=5)
    with Store.open(tmp_path / "pooled") as pooled_store:
        pooled = Runner(pooled_store, workers=2, keep_originals=False, extractor=fake_extract,
                        extractor_version=5, report=lambda line: None).run([GOOD])
        assert pooled.counts == inline.counts
        rows = "SELECT id, title, years, provinces, records FROM documents ORDER BY id"
        assert pooled_store.conn.execute(rows).fetchall() == store.conn.execute(rows).fetchall()
        assert pooled_store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] > 0
        assert pooled_store.docs_needing_extraction(5) == []


def test_on_stored_gets_each_new_document_once_after_commit(store, run):
    """The hook the search index is fed by: new ids only (no duplicates), already committed."""
    seen: list[str] = []

    def on_stored(ids, prepared):
        assert prepared == [None] * len(ids)  # no prepare hook in this run
        # committed: a second connection already sees them
        import sqlite3

        other = sqlite3.connect(store.path)
        marks = ",".join("?" * len(ids))
        assert other.execute(f"SELECT count(*) FROM documents WHERE id IN ({marks})", ids).fetchone()[0] == len(ids)
        other.close()
        seen.extend(ids)

    summary = run(GOOD, on_stored=on_stored)
    assert summary.counts["ok"] == 19 == len(seen) == len(set(seen))
    assert set(seen) == {row[0] for row in store.conn.execute("SELECT id FROM documents")}
    seen.clear()
    run(GOOD, on_stored=on_stored)  # unchanged files: nothing new
    assert seen == []
