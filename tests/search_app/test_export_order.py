"""Figures exports keep one order over more than 900 documents (SQLite's id-list chunk size).

The ids arrive in the order of the search sort; whatever that order, the rows come out
newest document first, then by document id and figure index, across the whole export.
"""
from __future__ import annotations

import random

import pytest

from extract.records import Extraction, Figure
from ingest.document import Document
from ingest.store import Store
from search_app import db

N_DOCS = 1000


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    rng = random.Random(13)
    store = Store.open(tmp_path_factory.mktemp("order") / "data")
    with store.transaction() as conn:
        for i in range(N_DOCS):
            # few distinct dates, some missing: ties and NULLs are where a chunked sort goes wrong
            published = None if i % 17 == 0 else f"20{10 + rng.randrange(10)}-0{1 + rng.randrange(9)}-15"
            text = f"Văn bản số {i}: tổ chức {i + 1} buổi tuyên truyền."
            doc = Document(id=f"d{rng.randrange(10**9):09d}{i:04d}", title=f"Văn bản {i}", text=text,
                           sources=[f"doc{i}.txt"], published=published)
            store.add_document(conn, doc, f"doc{i}.txt", None)
            figures = [Figure(value=float(i + k), value_max=None, unit="buổi", qualifier="exact",
                              activity="tuyen_truyen", organizations=[], year=None, place=None,
                              sentence=text, start=0, end=1, text="x") for k in range(2)]
            store.write_extraction(conn, doc.id, Extraction(version=1, figures=figures))
    yield store
    store.close()


def _expected_key(row):
    # ORDER BY published DESC (NULL last in SQLite's DESC), doc_id, idx
    return (row["published"] is None, _desc(row["published"] or ""), row["doc_id"], row["idx"])


def _desc(s: str) -> tuple:
    return tuple(-ord(c) for c in s)


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
def test_figures_export_keeps_order_across_chunks(store, sort):
    conn = store.readonly_connection()
    try:
        docs = conn.execute("SELECT id, published FROM documents").fetchall()
        assert len(docs) == N_DOCS > db.CHUNK
        # the id order each search sort hands to the export
        if sort == "relevance":
            ids = [d[0] for d in random.Random(7).sample(docs, len(docs))]
        else:
            ids = [d[0] for d in sorted(docs, key=lambda d: (d[1] or "", d[0]), reverse=sort == "newest")]
        rows = list(db.iter_figures(conn, ids, {}))
    finally:
        conn.close()
    assert len(rows) == 2 * N_DOCS
    assert [(r["doc_id"], r["idx"]) for r in rows] == \
        [(r["doc_id"], r["idx"]) for r in sorted(rows, key=_expected_key)]
    # and the same order as the unchunked export of everything
    conn = store.readonly_connection()
    try:
        everything = [(r["doc_id"], r["idx"]) for r in db.iter_figures(conn, None, {})]
    finally:
        conn.close()
    assert [(r["doc_id"], r["idx"]) for r in rows] == everything
