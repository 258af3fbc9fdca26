"""What ingest needs from the layers above it, as values it is handed, never imports.

ingest sits at the bottom (ingest -> extract -> search_app). The extractor and the search
index are above it, so the composition root (search_app/cli.py) assembles them and hands
them to the commands through click's context object; ingest itself imports neither, by name
or by string (tests/test_layering.py). Factories, not values: building an extractor imports
spaCy, which commands that do not extract (`baocao --help`, `baocao docs`) must not pay for.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import click


@dataclass(frozen=True, slots=True)
class Extractor:
    # module-level functions: the runner pickles them to its worker processes
    extract: Callable  # (ingest.document.Document) -> extraction records (with .to_dict())
    load: Callable[[], None]  # once per worker process, before the first document
    version: int  # stored with the records; `baocao reextract` redoes older versions


@dataclass(frozen=True, slots=True)
class IndexSinks:
    """The search index as ingest feeds it."""

    # (Store) -> indexer with .ix, .add(ids, prepared), .close(), .cancel() and .indexed (documents committed)
    incremental: Callable
    prepare: Callable  # (Document, extraction) -> index fields; picklable, runs in the workers
    sync: Callable  # (Store) -> number of documents (re)indexed to catch up with the store
    # (store, [(Document, extraction)]) -> documents indexed: what a Spark executor sends to the
    # index after storing a partition (ingest/spark.py); picklable. None: the closing sync does it
    partition: Callable | None = None


@dataclass(frozen=True, slots=True)
class Components:
    extractor: Callable[[], Extractor]
    index: Callable[[], IndexSinks]


def components() -> Components:
    """The components the composition root put on the click context of the running command."""
    found = click.get_current_context().find_object(Components)
    if found is None:
        raise RuntimeError("ingest commands run under the `baocao` group (search_app/cli.py), "
                           "which hands them the extractor and the search index")
    return found
