"""The Whoosh index in <data_dir>/index: schema, sync from the store, rebuild.

Whoosh keeps the postings on disk; search_app.backends.whoosh.engine reads them into numpy
arrays and does the boolean logic, scoring and facet counting itself (see
engine.py for why). One writer at a time: Whoosh's own write lock, waited on
for WRITE_TIMEOUT_S, then IndexBusy with a clear message.
"""
from __future__ import annotations

import json
import shutil
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Iterable, Iterator

from whoosh import fields, formats, index as whoosh_index
from whoosh.index import LockError

from search_app.analysis import TOKEN_RE, Counts, PositionGaps, ValuesTokenizer, VnTokenizer
from search_app.backends import IndexBusy, IndexDoc, index_doc, make_index_doc, stored_docs  # noqa: F401 - IndexBusy raised here
from search_app.facets import TABLE as FACET_TABLE
from search_app.backends.whoosh.fastwrite import FastSegmentWriter, analyse
from ingest.faults import crash_point
from search_app.backends.whoosh.compat import FileStorage, W3Codec, install_index  # also applies its patches

# Bump when the schema or the analysis changes: every document is then re-indexed.
INDEX_VERSION = 3  # 3: analysis.Counts and PositionGaps, compact pickles (compat.compact_pickle)
WRITE_TIMEOUT_S = 30.0
BATCH = 500
INLINE_LIMIT = 32
# Documents per index commit (progress survives a crash). Fewer, larger segments cost less
# to write (a term shared by segments is written once per segment) and to search; the
# buffered postings of 5,000 articles take ~150 MB. Measured on 12,000 articles, main-process
# index CPU per document: 6.3 ms committing every 2,000, 5.6 ms every 6,000.
# (the setting index_commit_docs, default 5000)


def _commit_every() -> int:
    from ingest import settings

    return max(1, int(settings.get("index_commit_docs")))


def _text(mode: str, positions: bool) -> fields.FieldType:
    fmt = PositionGaps() if positions else Counts()
    # Not "scorable": Whoosh would then look up the document length for every posting
    # it writes (a third of indexing time). The engine scores with its own BM25 and
    # reads lengths from the blen/tlen columns below.
    return fields.FieldType(fmt, VnTokenizer(mode), scorable=False)


def _values() -> fields.FieldType:
    return fields.FieldType(formats.Existence(), ValuesTokenizer())


def make_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.STORED(),
        published=fields.STORED(),
        meta=fields.STORED(),  # JSON: years, provinces, doc_type, source
        # accented syllables; accent-insensitive matching unions the variants of a
        # folded syllable at query time (engine.Snapshot.fold_postings), which saves a
        # third of the postings an extra folded field would cost to write
        exact=_text("exact", False),
        bi=_text("bigram", True),  # positions for quoted phrases of 3+ syllables
        tfold=_text("fold", False),
        tbi=_text("bigram", False),
        pub=_values(),
        blen=fields.NUMERIC(numtype=int, bits=32, stored=False, sortable=True),  # syllables in title+text
        tlen=fields.NUMERIC(numtype=int, bits=32, stored=False, sortable=True),  # syllables in the title  # "YYYYMMDD" for sorting by date
        **{f.field: _values() for f in FACET_TABLE},
    )


def writer_fields(doc: IndexDoc, analysed: bool = False) -> dict:
    """Keyword arguments for the index writer for one IndexDoc; with analysed=True the text fields
    come already analysed (the costly part of indexing, done where the caller runs)."""
    body = f"{doc.title}\n\n{doc.text}"  # titles are searched with the text
    out = {
        "id": doc.id,
        "title": doc.title,
        "published": doc.published or "",
        "meta": json.dumps(doc.meta(), ensure_ascii=False),
        "exact": body, "bi": body,
        "tfold": doc.title, "tbi": doc.title,
        "blen": len(TOKEN_RE.findall(body)), "tlen": len(TOKEN_RE.findall(doc.title)),
        "pub": (doc.published or "").replace("-", "")[:8],
    }
    values = doc.facet_values()
    out.update({f.field: "\x1f".join(values[f.name]) for f in FACET_TABLE})
    if analysed:
        for name, (mode, positions) in _text_fields().items():
            out[name] = analyse(out[name], mode, positions)
    return out


@lru_cache(maxsize=1)
def _text_fields() -> dict[str, tuple[str, bool]]:
    """Text field name -> (analysis mode, keeps positions)."""
    return {name: (f.analyzer.mode, isinstance(f.format, formats.Positions))
            for name, f in make_schema().items() if isinstance(f.analyzer, VnTokenizer)}


def prepare(doc, extraction) -> dict:
    """Index fields of a newly stored document, text already analysed, from the extraction in
    memory. Runs in ingest worker processes (Runner's `prepare` hook), which leaves the one
    index writer in the main process little more than appending postings."""
    orgs = {o.canonical for o in extraction.organizations} if extraction else ()
    acts = {f.activity for f in extraction.figures} if extraction else ()
    return writer_fields(make_index_doc(doc, orgs, acts), analysed=True)


def index_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "index"


def _storage(path: Path) -> FileStorage:
    # No mmap: with mmap Whoosh wraps each part of a compound segment in a BytesIO,
    # which copies the whole term and postings files into the process (RSS = index
    # size, 640 MB at 10,000 articles). Without it, parts are read from the file
    # through the page cache, shared and reclaimable.
    return FileStorage(str(path), supports_mmap=False)


def open_index(data_dir: Path, create: bool = True):
    """Open the index, creating it when missing."""
    path = index_dir(data_dir)
    if whoosh_index.exists_in(str(path)):
        return _storage(path).open_index()
    if not create:
        return None
    path.mkdir(parents=True, exist_ok=True)
    return _storage(path).create_index(make_schema())


class IndexBroken(RuntimeError):
    """The index on disk cannot be read; the store is intact and the index is rebuilt from it."""


REPAIR_HINT = "chạy `baocao check --repair` (hoặc `baocao reindex`) để lập lại chỉ mục từ kho"


def open_checked(data_dir: Path, create: bool = True):
    """open_index, plus a read of every segment's table: an index whose table of contents
    names a missing or damaged segment raises IndexBroken (one line saying what to run)
    instead of whatever Whoosh raises on the first search."""
    try:
        ix = open_index(data_dir, create)
        if ix is not None:
            with ix.reader() as reader:
                reader.doc_count_all()
        return ix
    except IndexBusy:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure to read derived data means: rebuild it
        raise IndexBroken(f"Chỉ mục tìm kiếm {index_dir(data_dir)} hỏng "
                          f"({type(exc).__name__}: {exc}); {REPAIR_HINT}.") from exc


def _codec() -> W3Codec:
    # Most terms (syllable bigrams) are rare: inline short posting lists in the term
    # table instead of writing a block each, and skip zlib on blocks. This is where
    # Whoosh spends most of its indexing time (measured: ~3x faster commits).
    return W3Codec(blocklimit=128, compression=0, inlinelimit=INLINE_LIMIT)


def _writer(ix):
    try:
        writer = FastSegmentWriter(ix, timeout=WRITE_TIMEOUT_S, delay=0.2, limitmb=256, codec=_codec())
    except LockError as exc:
        raise IndexBusy(f"Chỉ mục đang được một tiến trình khác ghi ({ix.storage.folder}); "
                        f"hãy thử lại sau.") from exc
    return writer


def _docs(store, ids: Iterable[str] | None) -> Iterator[IndexDoc]:
    return stored_docs(store, ids)


def _write(ix, store, ids: list[str] | None, fresh: bool, mark: bool = True) -> int:
    """Index documents, committing every index_commit_docs; each committed batch is then marked in the store
    (unless mark=False: an index being rebuilt beside the live one is not what searches see yet).

    Marking after the commit means a crash in between only causes re-indexing
    (update_document is idempotent); a crash mid-way keeps the batches already done.
    """
    if ids is None:
        ids = _all_ids(store)
    count = 0
    every = _commit_every()
    for start in range(0, len(ids), every):
        batch = ids[start:start + every]
        writer = _writer(ix)
        try:
            for item in _docs(store, batch):
                if fresh:
                    writer.add_document(**writer_fields(item))
                else:
                    writer.update_document(**writer_fields(item))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        _commit(writer)
        if mark:
            _mark(store, batch)
    return count


def _commit(writer) -> None:
    """Commit one writer's batch, or cancel it; the crash tests kill the process on either side."""
    try:
        crash_point("index.commit")
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    crash_point("index.committed")


def _mark(store, ids: list[str]) -> None:
    for i in range(0, len(ids), BATCH):
        store.mark_indexed(ids[i:i + BATCH], INDEX_VERSION)


class IncrementalIndexer:
    """Indexes documents while an ingest is still storing more (Runner's on_stored hook).

    The ingest's main process would otherwise index everything after the workers
    are done, leaving them idle. One Whoosh writer stays open across chunks and is
    committed every `every` documents and at close(); documents are marked in the
    store only after the commit that holds them, so a crash leaves at worst
    unmarked documents, which the closing sync() indexes again (update_document
    is idempotent). Readers only ever see committed segments.
    """

    def __init__(self, store, every: int | None = None):
        self.store = store
        self.every = every or _commit_every()
        try:
            self.ix = open_checked(store.data_dir)
        except IndexBroken:
            self.ix = None  # sync() rebuilds it at the end; the store takes the documents meanwhile
        if self.ix is not None and _schema_outdated(self.ix):
            self.ix = None  # sync() rebuilds the whole index at the end instead
        # An empty index cannot hold any of the documents this run stores, and the runner
        # hands over each new document once: skip update_document's lookup of the id in
        # every segment (the cost of that grows with the number of commits).
        self.fresh = self.ix is not None and self.ix.doc_count_all() == 0
        self.writer = None
        self.pending: list[str] = []
        self.indexed = 0  # documents committed to the index by this indexer

    def add(self, ids: list[str], prepared: list[dict | None] | None = None) -> None:
        """Index new documents; `prepared` holds prepare()'s fields per id where the worker
        made them (None: read the document and its records back from the store)."""
        if self.ix is None or not ids:
            return
        if self.writer is None:
            try:
                self.writer = _writer(self.ix)
            except IndexBusy:
                # someone else is writing the index: leave it all to the closing sync(),
                # which waits and reports the same way it always did
                self.ix = None
                return
        prepared = prepared or [None] * len(ids)
        missing = [i for i, ready in zip(ids, prepared) if ready is None]
        put = self.writer.add_document if self.fresh else self.writer.update_document
        for ready in prepared:
            if ready is not None:
                put(**ready)
        for item in _docs(self.store, missing):
            put(**writer_fields(item))
        self.pending.extend(ids)
        if len(self.pending) >= self.every:
            self.commit()

    def commit(self) -> None:
        if self.writer is None:
            return
        writer, self.writer = self.writer, None
        _commit(writer)
        done, self.pending = self.pending, []
        self.indexed += len(done)
        _mark(self.store, done)

    def cancel(self) -> None:
        """Drop what is not committed; those documents stay unmarked for the next sync()."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            self.pending = []
            writer.cancel()

    close = commit


def _all_ids(store) -> list[str]:
    # every document: no stored document is ever marked with version -1
    return store.docs_needing_index(-1)


def sync(store) -> int:
    """Index the documents the store says need it (the pending ones: stored by a run killed
    before its index commit, or re-extracted); returns how many. Every writer calls it, so
    pending documents become searchable with the next ingest, serve, reindex or repair.
    A broken or outdated index is rebuilt from the store."""
    try:
        ix = open_checked(store.data_dir)
    except IndexBroken:
        return rebuild(store)
    if _schema_outdated(ix):
        return rebuild(store)
    ids = store.docs_needing_index(INDEX_VERSION)
    if not ids:
        return 0
    return _write(ix, store, ids, fresh=False)


NEW_DIR = "index.new"  # a rebuild writes here, beside index/, until it is complete


def rebuild(store) -> int:
    """Recreate the index from every stored document, beside the live one, then swap it in.

    Searches keep the old index until the new one is complete; the swap is one rename
    (whoosh_compat.install_index), so a kill at any moment leaves the old index or the new
    one, never a table of contents naming missing segments. Documents are marked indexed only
    after the swap; killed between the two, they are pending and the next writer re-indexes them.
    """
    path = index_dir(store.data_dir)
    path.mkdir(parents=True, exist_ok=True)
    live = _storage(path)
    # the live index's lock, taken without opening the index: a broken one is rebuilt too
    # (Whoosh's writers lock "<index name>_WRITELOCK"; ours is the default name, MAIN)
    lock = live.lock("MAIN_WRITELOCK")
    if not lock.acquire(blocking=False):
        raise IndexBusy(f"Chỉ mục đang được một tiến trình khác ghi ({path}); hãy thử lại sau.")
    try:
        tmp = path.with_name(NEW_DIR)
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        new_ix = _storage(tmp).create_index(make_schema())
        ids = _all_ids(store)
        count = _write(new_ix, store, ids, fresh=True, mark=False)
        crash_point("reindex.built")
        install_index(_storage(tmp), live)
        shutil.rmtree(tmp, ignore_errors=True)
        crash_point("reindex.swapped")
        _mark(store, ids)
        return count
    finally:
        lock.release()


def _schema_outdated(ix) -> bool:
    """The index's fields (or their posting formats) are not this version's: rebuild it."""
    def shape(schema):
        return {name: type(field.format).__name__ for name, field in schema.items()}
    return shape(ix.schema) != shape(make_schema())
