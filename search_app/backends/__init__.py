"""The search backend seam: what the web app, the API, the CLI and the exports ask of a search engine.

Everything above this seam speaks the neutral tree: the parsed query of search_app/query.py and
the Filters of search_app/model.py (facet selections, year range, sort, page). A backend turns
them into its own queries. Two exist:

    ""  or whoosh:                      the embedded default: the Whoosh index in <data_dir>/index,
                                        searched by search_app/engine.py (nothing to run)
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


@dataclass(slots=True)
class Hit:
    id: str
    title: str
    published: str | None
    meta: dict  # years, provinces, doc_type, source, orgs
    score: float


@dataclass(slots=True)
class Result:
    """One page of a search. search_app.engine.Result has the same fields (less `snippets`)."""

    total: int
    hits: list[Hit]
    facets: dict[str, list[dict]]  # facet -> [{"value", "count", "selected"}]
    histogram: list[dict]  # [{"year", "count"}], years with documents, ascending
    runs: list = field(default_factory=list)  # query.Run outside NOT: what snippets mark
    prefixes: list = field(default_factory=list)
    took_ms: float = 0.0
    snippets: dict | None = None  # id -> Markup, where the backend highlighted the hit itself
    # a one-letter typo corrected ("Bạn có muốn tìm ..."); Whoosh only, from its vocabulary: OpenSearch's
    # term suggester is not wired yet, so its results carry None
    suggestion: str | None = None


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

    def index(self, docs: Iterable) -> int: ...  # search_app.index.IndexDoc, added or replaced

    def delete(self, ids: Iterable[str]) -> int: ...

    def refresh(self) -> None: ...  # make writes visible to searches

    def sync(self, store) -> int: ...  # index what the store says needs it

    def rebuild(self, store) -> int: ...  # the whole index again from the store

    def cached(self, key, make: Callable): ...  # a value computed once per index generation

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
        from search_app import index

        return IndexSinks(incremental=index.IncrementalIndexer, prepare=index.prepare, sync=index.sync)
    from search_app.backends import opensearch

    return opensearch.index_sinks(url)
