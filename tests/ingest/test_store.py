"""The Store contract other packages build on."""
import sqlite3

import pytest

from extract.records import Extraction, Figure, Organization, Person, Place
from ingest.document import Document
from ingest.store import Store


def _doc(doc_id="d1", text="Hội CCB tỉnh Nam Định có 7.384 hội viên."):
    return Document(id=doc_id, title="Tiêu đề", text=text, sources=[], published="2017-01-12", years=[2016, 2017],
                    provinces=["Nam Định"], doc_type="bao_cao", format="txt")


def _extraction():
    return Extraction(
        version=3,
        organizations=[Organization("Hội CCB tỉnh Nam Định", "Hội Cựu chiến binh", "mass_organisation", "tinh",
                                    "Nam Định", 0, 21)],
        people=[Person("Nguyễn Văn A", "Chủ tịch", 50, 62)],
        places=[Place("Nam Định", "Nam Định", "province", 13, 21)],
        figures=[Figure(7384, None, "hội viên", "exact", "xay_dung_to_chuc", ["Hội Cựu chiến binh"], 2016,
                        "Nam Định", "Hội CCB tỉnh Nam Định có 7.384 hội viên.", 25, 39, "7.384 hội viên")],
    )


def test_open_creates_dirs_and_wal(tmp_path):
    with Store.open(tmp_path / "d") as store:
        assert store.path == tmp_path / "d" / "baocao.sqlite3"
        assert (tmp_path / "d" / "index").is_dir() and (tmp_path / "d" / "originals").is_dir()
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_open_uses_env_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOCAO_DATA_DIR", str(tmp_path / "env"))
    with Store.open() as store:
        assert store.data_dir == tmp_path / "env"


def test_document_round_trip(store):
    with store.transaction() as conn:
        assert store.add_document(conn, _doc(), "a.txt", "originals/ab/x.txt") == "ok"
        assert store.add_document(conn, _doc(), "b.txt", None) == "duplicate"
        assert store.add_document(conn, _doc(), "a.txt", None) == "unchanged"
    doc = store.get_document("d1")
    assert doc == Document(id="d1", title="Tiêu đề", text=_doc().text, sources=["a.txt", "b.txt"],
                           published="2017-01-12", years=[2016, 2017], provinces=["Nam Định"],
                           doc_type="bao_cao", format="txt")
    assert store.get_sources("d1") == [{"source": "a.txt", "original": "originals/ab/x.txt", "shown": None},
                                       {"source": "b.txt", "original": None, "shown": None}]
    assert store.get_document("nope") is None
    assert [d.id for d in store.iter_documents()] == ["d1"]
    assert list(store.iter_documents(["nope"])) == []
    assert store.count_documents() == 1


def test_transaction_rolls_back(store):
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            store.add_document(conn, _doc(), "a.txt", None)
            raise RuntimeError("boom")
    assert store.count_documents() == 0


def test_put_extraction_rows(store):
    with store.transaction() as conn:
        store.add_document(conn, _doc(), "a.txt", None)
    assert store.get_records("d1") is None
    store.mark_indexed(["d1"], 1)
    assert store.docs_needing_index(1) == []
    store.put_extraction("d1", _extraction())
    records = store.get_records("d1")
    assert records == _extraction().to_dict()
    assert store.conn.execute("SELECT value, unit, organizations, year FROM figures").fetchall() == [
        (7384.0, "hội viên", '["Hội Cựu chiến binh"]', 2016)]
    assert store.conn.execute("SELECT type, canonical FROM entities ORDER BY type").fetchall() == [
        ("organization", "Hội Cựu chiến binh"), ("person", "Nguyễn Văn A"), ("place", "Nam Định")]
    # new records mean the index is stale again
    assert store.docs_needing_index(1) == ["d1"]
    assert store.docs_needing_extraction(3) == [] and store.docs_needing_extraction(4) == ["d1"]
    # re-extraction replaces, never appends
    store.put_extraction("d1", _extraction())
    assert store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 3


def test_index_bookkeeping(store):
    with store.transaction() as conn:
        store.add_document(conn, _doc("d1"), "a", None)
        store.add_document(conn, _doc("d2", "khác"), "b", None)
    assert store.docs_needing_index(2) == ["d1", "d2"]
    store.mark_indexed(["d1"], 2)
    assert store.docs_needing_index(2) == ["d2"]
    assert store.docs_needing_index(3) == ["d1", "d2"]


def test_readonly_connection(store):
    with store.transaction() as conn:
        store.add_document(conn, _doc(), "a.txt", None)
    ro = store.readonly_connection()
    try:
        assert ro.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError):
            ro.execute("DELETE FROM documents")
    finally:
        ro.close()


def test_relative_data_dir_gives_working_readonly_connection(tmp_path, monkeypatch):
    """The README's default data dir is ./data: every connection kind must work with it."""
    from ingest.store import Store

    monkeypatch.chdir(tmp_path)
    with Store.open("data") as store:
        assert store.path == tmp_path / "data" / "baocao.sqlite3"
        ro = store.readonly_connection()
        assert ro.execute("SELECT count(*) FROM documents").fetchone() == (0,)
        ro.close()


def test_ocr_pages_round_trip(tmp_path):
    from ingest.document import OcrPage

    doc = _doc()
    doc.ocr = [OcrPage(1, 95.8, False), OcrPage(2, 54.0, True)]
    with Store.open(tmp_path) as store:
        with store.transaction() as conn:
            store.add_document(conn, doc, "scan.pdf", None)
        with store.transaction() as conn:
            store.add_document(conn, _doc("d2", "Văn bản đánh máy."), "typed.txt", None)
        assert store.get_document("d1").ocr == doc.ocr
        assert store.get_document("d2").ocr == []
        assert store.conn.execute("SELECT ocr FROM documents WHERE id = 'd2'").fetchone() == (None,)


def test_a_store_made_before_ocr_gains_the_column(tmp_path):
    # documents as they were before issue 14: no ocr column
    conn = sqlite3.connect(tmp_path / "baocao.sqlite3")
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL,"
                 " published TEXT, years TEXT NOT NULL DEFAULT '[]', provinces TEXT NOT NULL DEFAULT '[]',"
                 " doc_type TEXT NOT NULL, format TEXT NOT NULL DEFAULT '', url TEXT, source_name TEXT,"
                 " added_at TEXT NOT NULL, extractor_version INTEGER, records TEXT, indexed_version INTEGER)")
    conn.execute("INSERT INTO documents (id, title, text, doc_type, added_at) VALUES ('old', 'Cũ', 'Văn bản cũ.',"
                 " 'tin_bai', '2026-01-01T00:00:00+00:00')")
    conn.commit()
    conn.close()
    with Store.open(tmp_path) as store:
        assert store.get_document("old").ocr == []
    with Store.open(tmp_path) as store:  # opening again changes nothing
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(documents)")]
        assert columns.count("ocr") == 1


def test_a_store_made_before_figure_periods_gains_their_columns(tmp_path):
    """A store whose figures table predates period_from/period_to/role opens, gains the columns
    (old rows: NULL and 'plain') and takes new extractions (issue 16)."""
    data = tmp_path / "old"
    data.mkdir()
    conn = sqlite3.connect(data / "baocao.sqlite3")
    conn.executescript("""
        CREATE TABLE figures (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, value REAL NOT NULL, value_max REAL,
            unit TEXT NOT NULL, qualifier TEXT NOT NULL, activity TEXT NOT NULL, organizations TEXT NOT NULL,
            year INTEGER, place TEXT, sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, PRIMARY KEY (doc_id, idx));
        INSERT INTO figures VALUES ('old', 0, 5, NULL, 'lớp', 'exact', 'khac', '[]', 2011, NULL, 's', 0, 5, '5 lớp');
    """)
    conn.commit()
    conn.close()
    with Store.open(data) as store:
        assert store.conn.execute("SELECT year, period_from, period_to, role FROM figures").fetchall() == [
            (2011, None, None, "plain")]
        with store.transaction() as c:
            store.add_document(c, _doc(), "a.txt", None)
        ex = _extraction()
        ex.figures[0].year, ex.figures[0].period_from, ex.figures[0].period_to = None, 2011, 2015
        store.put_extraction("d1", ex)
        assert store.conn.execute("SELECT year, period_from, period_to, role FROM figures WHERE doc_id = 'd1'"
                                  ).fetchall() == [(None, 2011, 2015, "plain")]
    with Store.open(data) as store:  # opening again adds nothing twice
        assert store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] == 2


def test_the_schema_version_is_recorded_and_a_newer_store_refused(tmp_path, monkeypatch):
    import click

    from ingest.store import SCHEMA_VERSION, StoreError
    from ingest.stores import open_store

    with Store.open(tmp_path) as store:
        assert store.conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    with Store.open(tmp_path) as store:  # one row, however often the store is opened
        assert store.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
        store.conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    # a newer baocao made it: refused, not misread or "upgraded" backwards
    with pytest.raises(StoreError, match=f"phiên bản {SCHEMA_VERSION + 1}, mới hơn"):
        Store.open(tmp_path)
    monkeypatch.delenv("BAOCAO_DATABASE_URL", raising=False)
    with pytest.raises(click.ClickException, match="hãy cập nhật baocao"):
        open_store(tmp_path)


def test_a_store_without_a_schema_version_is_numbered(tmp_path):
    from ingest.store import SCHEMA_VERSION

    test_a_store_made_before_ocr_gains_the_column(tmp_path)
    with Store.open(tmp_path) as store:
        assert store.conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
