"""The fixed query set (queries.toml) as typed values."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

QUERIES_FILE = Path(__file__).with_name("queries.toml")
LIST_FILTERS = ("year", "org", "activity", "province", "doc_type")


@dataclass(frozen=True, slots=True)
class Query:
    q: str
    kind: str = ""
    year: tuple[int, ...] = ()
    org: tuple[str, ...] = ()
    activity: tuple[str, ...] = ()
    province: tuple[str, ...] = ()
    doc_type: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None

    @property
    def label(self) -> str:
        parts = [self.q]
        for name in LIST_FILTERS:
            values = getattr(self, name)
            if values:
                parts.append(f"{name}={','.join(map(str, values))}")
        if self.year_from is not None or self.year_to is not None:
            parts.append(f"years {self.year_from or ''}-{self.year_to or ''}")
        return " ".join(parts)

    def params(self) -> list[tuple[str, str]]:
        """Query-string pairs of the JSON API's filter grammar (lists repeat the key)."""
        pairs = [("q", self.q)]
        for name in LIST_FILTERS:
            pairs.extend((name, str(v)) for v in getattr(self, name))
        if self.year_from is not None:
            pairs.append(("year_from", str(self.year_from)))
        if self.year_to is not None:
            pairs.append(("year_to", str(self.year_to)))
        return pairs


def load(path: Path = QUERIES_FILE, section: str = "query") -> list[Query]:
    """The measured queries (section "query") or the warm-up queries (section "warmup")."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    out = []
    for entry in data[section]:
        entry = dict(entry)
        kwargs = {"q": entry.pop("q"), "kind": entry.pop("kind", "")}
        for name in LIST_FILTERS:
            if name in entry:
                kwargs[name] = tuple(entry.pop(name))
        for name in ("year_from", "year_to"):
            if name in entry:
                kwargs[name] = int(entry.pop(name))
        if entry:
            raise SystemExit(f"bench: {path}: khóa không hỗ trợ {sorted(entry)} trong truy vấn {kwargs['q']!r}")
        out.append(Query(**kwargs))
    return out
