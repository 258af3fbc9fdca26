"""`baocao check`: does the store agree with itself and with the search index?

The store is the system of record; the index is derived from it. So every
repair goes one way: rows that point at nothing are removed, extraction rows
are rewritten from the document's records JSON, and the index is made to
follow the store (missing or stale documents re-indexed, unknown ids deleted).
Damage SQLite itself reports (integrity_check) cannot be repaired in place:
the message points to `baocao restore`. A PostgreSQL store is the server's to keep whole (its
own tools check it); the checks of rows and of the index are the same on both. With a search
backend other than the embedded index (`search_url`), the index side compares the ids the
backend holds with the store's (titles are not compared) and repairs through the backend.

Documents the store has not marked as indexed are *pending*, not damage: a run killed
between the store's commit and the index commit leaves them so, and the next process that
writes the archive (ingest, serve, reindex, check --repair) indexes them first thing
(the search backend's sync). `check` lists them and still exits 0. The index checks read the
embedded Whoosh index itself (search_app.backends.whoosh.index): they are its maintenance.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from extract.records import Extraction, Figure, Organization, Person, Place, programme_from_dict

# Child tables whose rows belong to one document.
CHILD_TABLES = ("sources", "figures", "entities")


@dataclass
class Report:
    integrity: list[str] = field(default_factory=list)  # integrity_check lines other than "ok"
    orphans: dict[str, int] = field(default_factory=dict)  # child table -> rows whose document is gone
    without_sources: list[str] = field(default_factory=list)  # documents no source points to
    missing_originals: list[str] = field(default_factory=list)  # kept originals that are not on disk
    extraction_mismatch: list[str] = field(default_factory=list)  # records JSON vs figures/entities rows
    not_indexed: list[str] = field(default_factory=list)  # pending: the next writer indexes them
    index_broken: str = ""  # the index cannot be read (the message says what to run)
    leftovers: list[str] = field(default_factory=list)  # temporary files of killed commands (not damage)
    missing_in_index: list[str] = field(default_factory=list)  # marked indexed, but the index lacks them
    stale_in_index: list[str] = field(default_factory=list)  # indexed under another title or version
    extra_in_index: list[str] = field(default_factory=list)  # in the index, not in the store
    duplicated_in_index: list[str] = field(default_factory=list)  # one id indexed more than once
    index_checked: bool = False
    repaired: list[str] = field(default_factory=list)  # what --repair did, one line each

    @property
    def problems(self) -> int:
        return (len(self.integrity) + sum(self.orphans.values()) + len(self.without_sources)
                + len(self.missing_originals) + len(self.extraction_mismatch) + bool(self.index_broken)
                + len(self.missing_in_index) + len(self.stale_in_index) + len(self.extra_in_index)
                + len(self.duplicated_in_index))

    def lines(self) -> list[str]:
        out = []
        if self.integrity:
            out.append(f"Kho SQLite hỏng (integrity_check): {'; '.join(self.integrity[:5])} "
                       "- hãy khôi phục từ bản sao lưu (baocao restore).")
        for table, count in self.orphans.items():
            if count:
                out.append(f"Bảng {table}: {count} dòng trỏ tới văn bản không còn trong kho.")
        _listing(out, "Văn bản không có nguồn", self.without_sources)
        _listing(out, "Tệp gốc đã lưu bị mất", self.missing_originals)
        _listing(out, "Số liệu/thực thể không khớp bản ghi trích xuất", self.extraction_mismatch)
        if self.index_broken:
            out.append(self.index_broken)
        _listing(out, "Tệp/thư mục tạm còn sót của lệnh bị ngắt (lệnh ghi tiếp theo hoặc check --repair "
                      "sẽ xóa; không phải lỗi)", self.leftovers)
        _listing(out, "Văn bản đang chờ lập chỉ mục (lần ghi tiếp theo — ingest, serve, reindex, "
                      "check --repair — tự lập chỉ mục; không phải lỗi)", self.not_indexed)
        _listing(out, "Văn bản đánh dấu đã lập chỉ mục nhưng thiếu trong chỉ mục", self.missing_in_index)
        _listing(out, "Văn bản trong chỉ mục đã cũ", self.stale_in_index)
        _listing(out, "Mã trong chỉ mục không có trong kho", self.extra_in_index)
        _listing(out, "Văn bản bị lập chỉ mục nhiều lần", self.duplicated_in_index)
        if not self.index_checked and not self.index_broken:
            out.append("Chưa có chỉ mục tìm kiếm (bỏ qua phần so sánh kho - chỉ mục).")
        return out


def _listing(out: list[str], label: str, ids: list[str], shown: int = 5) -> None:
    if ids:
        more = f" (và {len(ids) - shown} mã khác)" if len(ids) > shown else ""
        out.append(f"{label}: {len(ids)}: {', '.join(ids[:shown])}{more}")


# -- the store on its own ---------------------------------------------------------


def check_store(store, report: Report) -> None:
    from ingest.store import dialect_of

    conn = store.conn
    if dialect_of(conn).name == "sqlite":
        report.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    if report.integrity:
        return  # queries over a damaged file may fail or lie; stop here
    for table in CHILD_TABLES:
        report.orphans[table] = conn.execute(
            f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    report.without_sources = [r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM sources) ORDER BY rowid")]
    originals = {r[0] for r in conn.execute("SELECT DISTINCT original FROM sources WHERE original IS NOT NULL")}
    report.missing_originals = sorted(o for o in originals if not (Path(store.data_dir) / o).is_file())
    report.extraction_mismatch = _extraction_mismatch(conn)


def _extraction_mismatch(conn) -> list[str]:
    """Documents whose figures/entities rows do not match the counts in their records JSON."""
    figures = dict(conn.execute("SELECT doc_id, count(*) FROM figures GROUP BY doc_id"))
    entities = dict(conn.execute("SELECT doc_id, count(*) FROM entities GROUP BY doc_id"))
    bad = []
    for doc_id, records in conn.execute("SELECT id, records FROM documents ORDER BY rowid"):
        if records is None:
            want_figures = want_entities = 0
        else:
            data = json.loads(records)
            want_figures = len(data.get("figures", []))
            want_entities = sum(len(data.get(k, [])) for k in ("organizations", "people", "places"))
        if figures.get(doc_id, 0) != want_figures or entities.get(doc_id, 0) != want_entities:
            bad.append(doc_id)
    return bad


# -- the store against the index --------------------------------------------------


def check_backend(store, report: Report, backend) -> None:
    """The store against a search backend's index (OpenSearch): by ids, as the backend lists them."""
    from search_app.filters import Filters

    indexed = set(backend.ordered_ids(Filters(q="")))
    report.index_checked = True
    known = set()
    for doc_id, indexed_version in store.conn.execute("SELECT id, indexed_version FROM documents ORDER BY rowid"):
        known.add(doc_id)
        if indexed_version is None or indexed_version != backend.index_version:
            report.not_indexed.append(doc_id)
        elif doc_id not in indexed:
            report.missing_in_index.append(doc_id)
    report.extra_in_index = sorted(indexed - known)


def check_index(store, report: Report) -> None:
    from search_app.backends.whoosh import index as search_index

    try:
        ix = search_index.open_checked(store.data_dir, create=False)
    except search_index.IndexBroken as exc:
        report.index_broken = str(exc)
        report.not_indexed = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY rowid")]
        return
    if ix is None:
        report.not_indexed = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY rowid")]
        return
    report.index_checked = True
    indexed: dict[str, str] = {}
    duplicated = set()
    with ix.searcher() as searcher:
        for stored in searcher.reader().all_stored_fields():
            doc_id = stored.get("id")
            if doc_id in indexed:
                duplicated.add(doc_id)
            indexed[doc_id] = stored.get("title", "")
    version = search_index.INDEX_VERSION
    for doc_id, title, indexed_version in store.conn.execute(
        "SELECT id, title, indexed_version FROM documents ORDER BY rowid"
    ):
        if indexed_version is None or indexed_version != version:
            report.not_indexed.append(doc_id)
        elif doc_id not in indexed:
            report.missing_in_index.append(doc_id)
        elif indexed[doc_id] != title:
            report.stale_in_index.append(doc_id)
    known = {r[0] for r in store.conn.execute("SELECT id FROM documents")}
    report.extra_in_index = sorted(i for i in indexed if i not in known)
    report.duplicated_in_index = sorted(duplicated)


def check(store, with_index: bool = True, writer: bool = False, backend=None) -> Report:
    """writer: the caller holds the data directory's writer lock (else temporary files are
    leftovers only when no writer is running, which may be using them). backend: a search backend
    other than the embedded index (None: the embedded Whoosh index of the data directory)."""
    from ingest import tidy
    from ingest.lock import is_locked

    report = Report()
    if writer or not is_locked(store.data_dir):
        report.leftovers = [str(p.relative_to(store.data_dir)) for p in tidy.leftovers(store.data_dir)]
    check_store(store, report)
    if with_index and not report.integrity:
        if backend is None:
            check_index(store, report)
        else:
            check_backend(store, report, backend)
    return report


# -- repair -------------------------------------------------------------------------


def repair(store, report: Report, backend=None) -> None:
    """Fix what `check` found, store first, then the index (of `backend`, as for check()).
    Caller holds the writer lock."""
    if report.integrity:
        return
    if report.leftovers:
        from ingest import tidy

        removed = tidy.clean(store.data_dir)
        report.repaired.append(f"đã xóa {len(removed)} tệp/thư mục tạm còn sót")
    with store.transaction() as conn:
        for table in CHILD_TABLES:
            if report.orphans.get(table):
                conn.execute(f"DELETE FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
                report.repaired.append(f"đã xóa {report.orphans[table]} dòng mồ côi trong bảng {table}")
        for doc_id in report.extraction_mismatch:
            _rewrite_extraction(store, conn, doc_id)
        if report.extraction_mismatch:
            report.repaired.append(f"đã ghi lại số liệu/thực thể của {len(report.extraction_mismatch)} văn bản "
                                   "từ bản ghi trích xuất")
        redo = report.missing_in_index + report.stale_in_index + report.duplicated_in_index
        conn.executemany("UPDATE documents SET indexed_version = NULL WHERE id = ?", [(i,) for i in redo])
    if backend is not None:
        if report.extra_in_index:
            backend.delete(report.extra_in_index)
            report.repaired.append(f"đã xóa {len(report.extra_in_index)} mã thừa khỏi chỉ mục")
        count = backend.sync(store)
        if count:
            report.repaired.append(f"đã lập chỉ mục lại {count} văn bản")
        return
    from search_app.backends.whoosh import index as search_index

    if report.index_broken:
        count = search_index.rebuild(store)
        report.repaired.append(f"đã lập lại chỉ mục hỏng từ kho ({count} văn bản)")
        return
    if report.index_checked and (report.extra_in_index or report.duplicated_in_index):
        _delete_from_index(store, report.extra_in_index + report.duplicated_in_index)
        report.repaired.append(f"đã xóa {len(report.extra_in_index) + len(report.duplicated_in_index)} mã "
                               "thừa khỏi chỉ mục")
    count = search_index.sync(store)
    if count:
        report.repaired.append(f"đã lập chỉ mục lại {count} văn bản")


def _rewrite_extraction(store, conn, doc_id: str) -> None:
    row = conn.execute("SELECT records FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row[0] is None:
        # rows without records: nothing says they are right, drop them
        conn.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM entities WHERE doc_id = ?", (doc_id,))
        return
    store.write_extraction(conn, doc_id, extraction_from_dict(json.loads(row[0])))


def extraction_from_dict(data: dict) -> Extraction:
    def figure(f: dict) -> Figure:
        f = dict(f)
        f["mentions"] = [tuple(m) for m in f.get("mentions", [])]
        return Figure(**f)

    return Extraction(
        version=data["version"],
        organizations=[Organization(**o) for o in data.get("organizations", [])],
        people=[Person(**p) for p in data.get("people", [])],
        places=[Place(**p) for p in data.get("places", [])],
        figures=[figure(f) for f in data.get("figures", [])],
        programmes=[programme_from_dict(p) for p in data.get("programmes", [])],
    )


def _delete_from_index(store, ids: list[str]) -> None:
    from search_app.backends.whoosh import index as search_index

    ix = search_index.open_index(store.data_dir, create=False)
    writer = search_index._writer(ix)
    try:
        for doc_id in ids:
            writer.delete_by_term("id", doc_id)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
