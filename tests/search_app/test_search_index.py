"""Index upkeep on a real store: sync, re-extraction, rebuild, the write lock, snapshot refresh."""
from __future__ import annotations

import pytest

from extract.records import Extraction, Organization
from ingest.document import Document
from ingest.normalize import doc_id
from ingest.store import Store
from search_app.backends.whoosh import index
from search_app.backends.whoosh.engine import Engine
from search_app.filters import Filters

from search_samples import SAMPLES, build_store


@pytest.fixture
def store(tmp_path):
    build_store(tmp_path / "data")
    with Store.open(tmp_path / "data") as s:
        yield s


def add(store, text, title="Tin mới"):
    doc = Document(id=doc_id(text), title=title, text=text, sources=[f"/x/{doc_id(text)}.txt"], years=[2018])
    with store.transaction() as conn:
        store.add_document(conn, doc, doc.sources[0], None)
    return doc.id


def total(engine, q="", **selected):
    return engine.search(Filters(q=q, selected={k: tuple(v) for k, v in selected.items()})).total


def test_sync_indexes_only_what_changed(store):
    assert store.docs_needing_index(index.INDEX_VERSION) == []
    assert index.sync(store) == 0
    new = add(store, "Hội Phụ nữ phường tổ chức ngày hội bánh chưng xanh.")
    assert index.sync(store) == 1
    engine = Engine(store.data_dir, refresh_s=0)
    assert total(engine, "bánh chưng") == 1
    # re-extraction resets indexed_version, so the new organisation reaches the facets
    store.put_extraction(new, Extraction(version=1, organizations=[
        Organization("Hội Phụ nữ", "Hội Liên hiệp Phụ nữ", "mass_organisation", None, None, 0, 10)]))
    assert index.sync(store) == 1
    assert total(engine, "bánh chưng", org=["Hội Liên hiệp Phụ nữ"]) == 1
    assert total(engine) == len(SAMPLES) + 1  # updated, not duplicated
    engine.close()


def test_engine_refreshes_when_index_changes(store):
    engine = Engine(store.data_dir, refresh_s=0)
    assert total(engine, "bánh chưng") == 0
    add(store, "Ngày hội bánh chưng xanh của thanh niên.")
    index.sync(store)
    assert total(engine, "bánh chưng") == 1
    engine.close()


def test_rebuild(store):
    engine = Engine(store.data_dir, refresh_s=0)
    before = total(engine, "cuu chien binh")
    assert index.rebuild(store) == len(SAMPLES)
    assert total(engine, "cuu chien binh") == before == 2
    assert total(engine) == len(SAMPLES)
    engine.close()


def test_second_writer_gets_a_clear_error(store, monkeypatch):
    monkeypatch.setattr(index, "WRITE_TIMEOUT_S", 0.3)
    add(store, "Văn bản chờ lập chỉ mục.")
    ix = index.open_index(store.data_dir)
    holder = ix.writer()
    try:
        with pytest.raises(index.IndexBusy, match="đang được một tiến trình khác ghi"):
            index.sync(store)
        with pytest.raises(index.IndexBusy):
            index.rebuild(store)
    finally:
        holder.cancel()
    assert index.sync(store) == 1  # the lock is free again


def test_schema_change_triggers_rebuild(store, monkeypatch):
    monkeypatch.setattr(index, "INDEX_VERSION", index.INDEX_VERSION + 1)
    assert index.sync(store) == len(SAMPLES)
    assert store.docs_needing_index(index.INDEX_VERSION) == []


def test_concurrent_searches_while_the_index_changes(store):
    import threading

    from search_app import create_app

    app = create_app({"TESTING": True, "DATA_DIR": str(store.data_dir)})
    app.extensions["baocao_engine"].refresh_s = 0
    failures: list[str] = []
    queries = ["cuu chien binh", "thanh niên", "dong", "", "quyên*", '"cựu chiến binh có"']

    def worker(i):
        client = app.test_client()
        for j in range(15):
            q = queries[(i + j) % len(queries)]
            response = client.get("/api/search", query_string={"q": q, "page": 1 + j % 2, "per_page": 2})
            if response.status_code != 200:
                failures.append(f"{q}: {response.status_code}")

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    add(store, "Cựu chiến binh phường tham gia dọn vệ sinh.")
    index.sync(store)
    for t in threads:
        t.join()
    assert failures == []
    assert app.test_client().get("/api/search?q=d%E1%BB%8Dn+v%E1%BB%87+sinh").get_json()["total"] == 1
    app.extensions["baocao_release"]()  # the app's finalizer, now and only once


def test_incremental_indexer_marks_only_what_it_committed(store):
    engine = Engine(store.data_dir, refresh_s=0)
    indexer = index.IncrementalIndexer(store, every=2)
    first = add(store, "Đoàn viên phường trồng cây xanh ven kênh.")
    indexer.add([first])
    # written but not committed: readers and the store's marks do not see it yet
    assert total(engine, "trồng cây") == 0
    assert store.docs_needing_index(index.INDEX_VERSION) == [first]
    second = add(store, "Thanh niên trồng cây gây rừng ở xã biên giới.")
    indexer.add([second])  # reaches `every`: committed, then marked
    assert total(engine, "trồng cây") == 2
    assert store.docs_needing_index(index.INDEX_VERSION) == []
    third = add(store, "Hội Nông dân trồng cây ăn quả.")
    indexer.add([third])
    indexer.close()
    assert total(engine, "trồng cây") == 3
    assert store.docs_needing_index(index.INDEX_VERSION) == []
    assert index.sync(store) == 0
    assert total(engine) == len(SAMPLES) + 3
    engine.close()


def test_incremental_indexer_cancel_leaves_documents_for_sync(store):
    indexer = index.IncrementalIndexer(store, every=100)
    new = add(store, "Hội Chữ thập đỏ phát quà cho hộ nghèo vùng lũ.")
    indexer.add([new])
    indexer.cancel()
    assert store.docs_needing_index(index.INDEX_VERSION) == [new]
    engine = Engine(store.data_dir, refresh_s=0)
    assert total(engine, "vùng lũ") == 0
    assert index.sync(store) == 1
    assert total(engine, "vùng lũ") == 1
    engine.close()


def test_the_index_stamp_survives_a_commit_between_listing_and_stat(store, monkeypatch):
    # CI saw a search fail with FileNotFoundError on _MAIN_1.toc: a commit wrote the next .toc and
    # deleted the listed one between os.listdir and os.stat. The stamp lists again instead.
    import os

    from search_app.backends.whoosh import engine as engine_mod

    index.sync(store)
    engine = Engine(store.data_dir)
    real_stat, calls = os.stat, []

    def stat_once_gone(path, *args, **kwargs):
        if str(path).endswith(".toc"):
            calls.append(path)
            if len(calls) == 1:
                raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(engine_mod.os, "stat", stat_once_gone)
    stamp = engine._stamp()
    assert len(calls) == 2 and stamp[0] and all(name.endswith(".toc") for name in stamp[0])
