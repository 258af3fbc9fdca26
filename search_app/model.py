"""What a search asks for, independent of where the request came from (web page, API, CLI).

The search engine reads only this and the query tree of search_app/query.py; the grammar
of URL parameters (search_app/filters.py) builds it from a request and writes it back into links.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SORTS = ("relevance", "newest", "oldest")


@dataclass(slots=True)
class Filters:
    q: str = ""  # the query text, parsed by search_app.query.parse
    selected: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet name -> values (OR)
    year_from: int | None = None
    year_to: int | None = None
    sort: str = "relevance"  # one of SORTS
    page: int = 1
    per_page: int = 20
    figure: dict[str, object] = field(default_factory=dict)  # figures-page filters

    def cache_key(self) -> tuple:
        return (self.q, tuple(sorted(self.selected.items())), self.year_from, self.year_to,
                self.sort, self.page, self.per_page)
