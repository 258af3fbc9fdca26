"""The bulk text-postings writer (search_app.backends.whoosh.fastwrite) writes the same index as Whoosh's own writer."""
from __future__ import annotations

import pickle

from whoosh.formats import Positions
from whoosh.writing import SegmentWriter

from search_app.backends.whoosh import index
from search_app.backends.whoosh.fastwrite import FastSegmentWriter

TEXTS = [
    ("Hội Cựu chiến binh tỉnh Nghệ An tặng quà", "Năm 2016, Hội Cựu chiến binh tỉnh đã tổ chức 37 buổi tuyên truyền "
     "cho cựu chiến binh và thanh niên. Hội hiện có 12.040 hội viên; cựu chiến binh, cựu chiến binh!"),
    ("Hiến máu tình nguyện", "Đoàn Thanh niên phối hợp Hội Chữ thập đỏ tổ chức hiến máu tình nguyện, "
     "thu được 450 đơn vị máu. Hiến máu là nghĩa cử cao đẹp."),
    ("Nông thôn mới", "Xã đạt chuẩn nông thôn mới; 1,5 tỷ đồng cho nông thôn mới (giai đoạn 2016-2020)."),
    ("", "Ủy ban nhân dân huyện; Uỷ ban nhân dân xã. Thanh niên nhập ngũ năm 2017."),
]


def _docs(offset: int, count: int):
    for i in range(count):
        title, text = TEXTS[(i + offset) % len(TEXTS)]
        yield index.IndexDoc(f"d{i + offset}", title, f"{text} mục {i + offset}", "2016-05-0%d" % (1 + i % 9),
                             [2016 + i % 2], ["Nghệ An"] if i % 3 else [], "tin_tuc", "Báo A",
                             ["Hội Cựu chiến binh"] if i % 2 else [], ["hien_mau"] if i % 5 == 0 else [])


def _build(tmp_path, name, writer_class, analysed=False):
    path = tmp_path / name
    path.mkdir()
    ix = index._storage(path).create_index(index.make_schema())
    # three commits: the third updates documents and merges the segments before it into
    # its own (text postings of merged segments arrive through the pool)
    for offset, count, update in ((0, 40, False), (40, 30, False), (10, 20, True)):
        writer = writer_class(ix, codec=index._codec())
        for doc in _docs(offset, count):
            fields = index.writer_fields(doc)
            if analysed:  # as an ingest worker sends them: analysed there, pickled across
                fields = pickle.loads(pickle.dumps(index.writer_fields(doc, analysed=True)))
            (writer.update_document if update else writer.add_document)(**fields)
        writer.commit(optimize=update)
    return ix


def _dump(ix) -> dict:
    out = {}
    with ix.reader() as reader:
        for fieldname, btext in reader.all_terms():
            m = reader.postings(fieldname, btext)
            postings = []
            fmt = ix.schema[fieldname].format
            while m.is_active():
                stored = reader.stored_fields(m.id())["id"]
                # positions compared decoded: ours are pickled more compactly (compat.compact_pickle)
                value = tuple(fmt.decode_positions(m.value())) if isinstance(fmt, Positions) else m.value()
                postings.append((stored, m.weight(), value))
                m.next()
            out[(fieldname, btext)] = sorted(postings)
        out["docs"] = sorted((d["id"], d["title"], d["meta"]) for d in reader.all_stored_fields())
        out["segments"] = len(list(reader.leaf_readers()))
    return out


class _WhooshWriter(SegmentWriter):
    """Whoosh's own writer with only its merge bug worked around (see fastwrite.add_postings_to_pool)."""

    def add_postings_to_pool(self, reader, startdoc, docmap):
        for fieldname, btext, docnum, weight, value in self._process_posts(reader.iter_postings(), startdoc, docmap):
            self.pool.add((fieldname, btext, docnum, weight, value or b""))


def test_same_postings_as_whoosh_writer(tmp_path):
    ours = _dump(_build(tmp_path, "fast", FastSegmentWriter))
    theirs = _dump(_build(tmp_path, "whoosh", _WhooshWriter))
    assert ours.keys() == theirs.keys()
    assert ("bi", "chien_binh".encode()) in ours
    assert len(ours["docs"]) == 70
    assert ours["segments"] == 1
    for key in theirs:
        assert ours[key] == theirs[key], key


def test_fields_analysed_ahead_give_the_same_index(tmp_path):
    ahead = _dump(_build(tmp_path, "ahead", FastSegmentWriter, analysed=True))
    here = _dump(_build(tmp_path, "here", FastSegmentWriter))
    assert ("exact", "cựu".encode()) in ahead and ("bi", "chien_binh".encode()) in ahead
    assert ahead == here


def test_counts_and_positions_agree_with_index_terms():
    from collections import Counter

    from search_app.analysis import index_counts, index_positions, index_terms

    for title, text in TEXTS + [("", ""), ("a", "x. y"), ("", "12.040, 1,5 - (đ) Đ!")]:
        body = f"{title}\n\n{text}"
        for mode in ("exact", "fold", "bigram"):
            pairs = index_terms(body, mode)
            assert index_counts(body, mode) == Counter(t for _, t in pairs), (mode, body)
            expected: dict[str, list[int]] = {}
            for pos, term in pairs:
                expected.setdefault(term, []).append(pos)
            assert index_positions(body, mode) == expected, (mode, body)


def test_many_small_commits_merge(tmp_path):
    # Whoosh's default policy merges once five small segments exist; with Whoosh's own
    # writer the 6th one-document commit failed with AssertionError "vbytes=''".
    ix = index._storage(tmp_path).create_index(index.make_schema())
    for doc in _docs(0, 8):
        writer = index._writer(ix)
        writer.add_document(**index.writer_fields(doc))
        writer.commit()
    with ix.reader() as reader:
        assert reader.doc_count() == 8
        assert len(list(reader.leaf_readers())) < 8  # some were merged
        assert reader.doc_frequency("bi", "chien_binh") == 2


def test_ingest_indexes_what_a_rebuild_from_the_store_indexes(tmp_path):
    """ingest analyses index fields in its workers from the extraction in memory; a rebuild
    reads documents and records back from the store. Both must give the same postings."""
    from pathlib import Path

    from click.testing import CliRunner

    from ingest.store import Store
    from search_app.cli import main

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    data = tmp_path / "data"
    result = CliRunner().invoke(main, ["ingest", str(corpus), "--data-dir", str(data), "--quiet"])
    assert result.exit_code == 0, result.output
    ingested = _dump(index.open_index(data))
    with Store.open(data) as store:
        assert index.rebuild(store) == len(ingested["docs"]) == 62
    rebuilt = _dump(index.open_index(data))
    ingested.pop("segments"), rebuilt.pop("segments")
    assert ("f_org", "Hội Cựu chiến binh".encode()) in ingested
    assert ingested == rebuilt
