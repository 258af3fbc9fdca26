"""The embedded default: the Whoosh index in <data_dir>/index and our numpy engine over it.

    engine.py     searching: snapshots of the index as numpy arrays, BM25, facets, more-like-this
    index.py      the schema, the writer, sync from the store, rebuild beside the live index
    fastwrite.py  the bulk text-postings segment writer index.py writes with
    compat.py     every use of Whoosh-Reloaded's internals, and the patches of its bugs
    suggest.py    "Bạn có muốn tìm ...": a typo corrected from the index's vocabulary

WhooshBackend gives them the SearchBackend shape; nothing outside this package imports them
(except the embedded index's own maintenance: `baocao check`).
"""
from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from search_app.backends.whoosh import engine as engine_mod
from search_app.backends.whoosh import index as index_mod
from search_app.snippets import snippet


class WhooshBackend(engine_mod.Engine):
    """An Engine (snapshot refresh, caches) with the rest of the seam delegated to today's modules."""

    index_version = index_mod.INDEX_VERSION

    @classmethod
    def from_url(cls, url: str, data_dir: Path) -> "WhooshBackend":
        # whoosh: and the empty URL both mean the index inside the data directory
        return cls(data_dir)

    def ordered_ids(self, filters, max_chars: int = 500) -> list[str]:
        return engine_mod.ordered_ids(self, filters, max_chars) or []

    def similar(self, doc_id: str, text: str, orgs: list[str], top: int = 8) -> list[dict]:
        return engine_mod.similar(self, doc_id, text, orgs, top)

    def snippets(self, result, texts: dict[str, str]) -> dict:
        return {h.id: snippet(texts.get(h.id, ""), result.runs, result.prefixes) for h in result.hits}

    def count(self) -> int:
        return self.snapshot().live_count

    def index(self, docs: Iterable) -> int:
        count = 0
        with self._writing() as writer:
            for doc in docs:
                writer.update_document(**index_mod.writer_fields(doc))
                count += 1
        self._follow()
        return count

    @contextmanager
    def _writing(self):
        """The index's writer, committed when the block ends, cancelled if it fails."""
        writer = index_mod._writer(index_mod.open_index(self.data_dir))
        try:
            yield writer
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def _follow(self) -> None:
        """After our own write: the next snapshot() sees it at once, not after REFRESH_EVERY_S."""
        with self._lock:
            self._checked = 0.0
        self.refresh()

    def delete(self, ids: Iterable[str]) -> int:
        with self._writing() as writer:
            count = sum(writer.delete_by_term("id", i) for i in ids)
        self._follow()
        return count

    def sync(self, store) -> int:
        return index_mod.sync(store)

    def rebuild(self, store) -> int:
        return index_mod.rebuild(store)
