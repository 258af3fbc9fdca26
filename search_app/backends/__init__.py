"""The search backend seam: what the web app, the API, the CLI and the exports ask of a search engine.

Everything above this seam speaks the neutral tree: the parsed query of search_app/query.py and
the Filters of search_app/model.py (facet selections, year range, sort, page). A backend turns
them into its own queries. Two exist:

    ""  or whoosh:                      the embedded default: the Whoosh index in <data_dir>/index,
                                        searched by backends/whoosh/engine.py (nothing to run)
    opensearch://HOST:PORT/INDEX        an OpenSearch 2.x/3.x cluster (http; opensearch+https://
                                        for TLS, user:password@ in the URL for basic auth);
                                        needs the `scale` extra (opensearch-py)

The setting `search_url` (BAOCAO_SEARCH_URL) picks one; `open_backend` is the only place that maps
a URL to a class, and imports a backend's client library only when that backend is chosen.
"""
from __future__ import annotations

import importlib

import click
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

# scheme -> "module:Class", imported lazily (the embedded default must not need opensearch-py)
SCHEMES = {
    "whoosh": "search_app.backends.whoosh:WhooshBackend",
    "opensearch": "search_app.backends.opensearch:OpenSearchBackend",
    "opensearch+http": "search_app.backends.opensearch:OpenSearchBackend",
    "opensearch+https": "search_app.backends.opensearch:OpenSearchBackend",
}


class IndexBusy(RuntimeError):
    """Another process is writing the index (the embedded one has a single writer)."""


@dataclass(slots=True)
class IndexDoc:
    """What a search index holds of one stored document (every backend indexes these)."""

    id: str
    title: str
    text: str
    published: str | None
    years: list[int]
    provinces: list[str]
    doc_type: str
    source: str
    orgs: list[str]
    activities: list[str]

    def facet_values(self) -> dict[str, list[str]]:
        """facet name -> the document's values (an undated document is in the NO_YEAR bucket)."""
        from search_app.facets import NO_YEAR

        return {"year": [str(y) for y in self.years] or [NO_YEAR], "org": list(self.orgs),
                "activity": list(self.activities), "province": list(self.provinces),
                "doc_type": [self.doc_type] if self.doc_type else [], "source": [self.source] if self.source else []}

    def meta(self) -> dict:
        """What a hit carries besides id, title and date (the result list shows it)."""
        return {"years": list(self.years), "provinces": list(self.provinces), "doc_type": self.doc_type,
                "source": self.source, "orgs": list(self.orgs)}


def source_label(doc) -> str:
    """The outlet when known, else the file (or archive) the document came from."""
    if getattr(doc, "source_name", None):
        return doc.source_name
    first = doc.sources[0] if doc.sources else ""
    first = first.split("!")[0].split("#")[0]
    return Path(first).name or "không rõ"


def index_doc(doc, records: dict | None, corrected: tuple[set, set] | None = None) -> IndexDoc:
    """A stored document with its stored records (the store's get_records) as an IndexDoc.
    `corrected`: its organisations and activities as the editors' corrections leave them
    (corrected_names), which then stand for the machine's records."""
    if corrected is not None:
        return make_index_doc(doc, *corrected)
    records = records or {}
    return make_index_doc(doc, {o.get("canonical") for o in records.get("organizations", [])},
                          {f.get("activity") for f in records.get("figures", [])})


def stored_docs(store, ids=None):
    """The index entries of stored documents (all, or `ids`), corrections applied: what every
    backend's sync and rebuild index, so a rebuilt index keeps the editors' corrections."""
    conn = getattr(store, "conn", None)
    for doc in store.iter_documents(ids):
        yield index_doc(doc, store.get_records(doc.id), corrected_names(conn, doc.id))


def corrected_names(conn, doc_id: str) -> tuple[set, set] | None:
    """(organisations, activities) of a document with people's corrections applied (renamed, rejected,
    re-assigned), or None when nobody corrected it (or there is no store connection)."""
    from search_app import db  # the read queries; imported when asked (db is above the seam)

    if conn is None or not db.has_corrections(conn, doc_id):
        return None
    return db.doc_orgs(conn, [doc_id]).get(doc_id, set()), db.doc_activities(conn, doc_id)


def corrected_doc(conn, doc_id: str) -> IndexDoc | None:
    """The index entry of a stored document as corrected, read on any connection (a web request's):
    what a correction sends to the search backend so facets show it at once."""
    from types import SimpleNamespace

    from ingest import reads

    fields = reads.document(conn, doc_id, ("id", "title", "text", "published", "years", "provinces", "doc_type",
                                            "source_name"))
    if fields is None:
        return None
    doc = SimpleNamespace(**fields, sources=[s["source"] for s in reads.sources(conn, doc_id)])
    return index_doc(doc, reads.records(conn, doc_id), corrected_names(conn, doc_id))


def make_index_doc(doc, orgs, acts) -> IndexDoc:
    """The one place a stored document (with the names and activities found in it) becomes an IndexDoc."""
    return IndexDoc(doc.id, doc.title, doc.text, doc.published, list(doc.years), list(doc.provinces),
                    doc.doc_type, source_label(doc), sorted(o for o in orgs if o), sorted(a for a in acts if a))


@dataclass(slots=True)
class Hit:
    id: str
    title: str
    published: str | None
    meta: dict  # years, provinces, doc_type, source, orgs
    score: float


@dataclass(slots=True)
class Result:
    """One page of a search, whichever backend answered."""

    total: int
    hits: list[Hit]
    facets: dict[str, list[dict]]  # facet -> [{"value", "count", "selected"}]
    histogram: list[dict]  # [{"year", "count"}], years with documents, ascending
    runs: list = field(default_factory=list)  # query.Run outside NOT: what snippets mark
    prefixes: list = field(default_factory=list)
    took_ms: float = 0.0
    # a one-letter typo corrected ("Bạn có muốn tìm ..."); Whoosh only, from its vocabulary: OpenSearch's
    # term suggester is not wired yet, so its results carry None
    suggestion: str | None = None
    snippets: dict | None = None  # id -> Markup, where the backend highlighted the hit itself


def facet_rows(counted, selected) -> list[dict]:
    """A facet's rows for a Result: (value, count) pairs with a count, or selected, in the order
    given, then selected values the index does not hold (count 0, so the user can unselect them)."""
    selected = set(selected)
    rows, seen = [], set()
    for value, count in counted:
        value = str(value)
        seen.add(value)
        if count or value in selected:
            rows.append({"value": value, "count": int(count), "selected": value in selected})
    rows += [{"value": v, "count": 0, "selected": True} for v in sorted(selected - seen)]
    return rows


def year_histogram(counted) -> list[dict]:
    """(year, count) pairs as the Result's histogram: years with documents, ascending (the
    bucket of undated documents left out)."""
    from search_app.facets import NO_YEAR

    return sorted(({"year": int(v), "count": int(c)} for v, c in counted if str(v) != NO_YEAR and c),
                  key=lambda r: r["year"])


@runtime_checkable
class SearchBackend(Protocol):
    """The one interface over a search engine. Results are for the caller's Filters:
    several values of one facet are OR, different facets AND; a facet's counts ignore its own
    selection (multi-select); the year range narrows like a year selection."""

    index_version: int  # the store's documents.indexed_version of a document this index holds

    def search(self, filters, max_chars: int = 500): ...  # -> Result (page, facets, histogram)

    def ordered_ids(self, filters, max_chars: int = 500) -> list[str]: ...  # every match, in order

    def snippets(self, result, texts: dict[str, str]) -> dict: ...  # id -> Markup (escaped, <mark>)

    def similar(self, doc_id: str, text: str, orgs: list[str], top: int = 8) -> list[dict]: ...

    def count(self) -> int: ...  # live documents in the index

    def index(self, docs: Iterable) -> int: ...  # search_app.backends.whoosh.index.IndexDoc, added or replaced

    def delete(self, ids: Iterable[str]) -> int: ...

    def refresh(self) -> None: ...  # make writes visible to searches

    def sync(self, store) -> int: ...  # index what the store says needs it

    def rebuild(self, store) -> int: ...  # the whole index again from the store

    def cached(self, key, make: Callable): ...  # a value computed once per index generation

    # stored in the store's documents.indexed_version for what this backend indexed: a document whose
    # version differs is pending (the web app says how many; the next writer indexes them)
    index_version: int

    def close(self) -> None: ...


class BackendError(click.ClickException):
    """A search URL that names no backend, or a backend that cannot be reached: one line for the
    user (the CLI prints it and exits 1, the web app answers 503 with it)."""


def scheme(url: str) -> str:
    return (urlsplit(url).scheme or "whoosh").lower() if url and url.strip() else "whoosh"


def open_backend(url: str | None, data_dir: Path | None) -> SearchBackend:
    """The backend named by a search URL (empty: the embedded Whoosh index of data_dir)."""
    url = (url or "").strip()
    name = scheme(url)
    target = SCHEMES.get(name)
    if target is None:
        raise BackendError(f"search_url {url!r}: không biết máy tìm kiếm “{name}” "
                           f"(dùng một trong: {', '.join(sorted(SCHEMES))})")
    module, _, cls = target.partition(":")
    try:
        backend_cls = getattr(importlib.import_module(module), cls)
    except ImportError as exc:  # opensearch-py not installed
        raise BackendError(f"search_url {url!r} cần gói bổ sung: pip install 'baocao[scale]' ({exc})") from exc
    return backend_cls.from_url(url, Path(data_dir) if data_dir is not None else None)


def index_sinks(url: str | None):
    """ingest.ports.IndexSinks for the backend of `url` (what an ingest feeds)."""
    url = (url or "").strip()
    if scheme(url) == "whoosh":
        from ingest.ports import IndexSinks
        from search_app.backends.whoosh import index

        return IndexSinks(incremental=index.IncrementalIndexer, prepare=index.prepare, sync=index.sync)
    from search_app.backends import opensearch

    return opensearch.index_sinks(url)
