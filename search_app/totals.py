"""Honest totals: which figures may be added, and the same figure reported twice counted once.

Additivity: a unit's class (extract/additivity.py, data in extract/data/additivity.toml). Counts,
money and measures add; a cell of any other class (%, rates, levels, ordinals, durations, "lần")
shows how many figures it holds and their least, greatest and median value, never a sum.

Grouping: a six-month report, the annual report and two news items often repeat one result.
Figures of *different* documents form one group when they agree on
- the activity, the unit, the kind (result or target), the year (or the same multi-year period),
- the organisations (the same non-empty set: a figure naming nobody is never grouped), and
- the value, within the rounding of its qualifier: an exact figure is the interval [v, v],
  "hơn/trên v" [v, v·(1+t)], "dưới v" [v·(1−t), v], "khoảng/gần v" [v·(1−t), v·(1+t)], a range
  [v, max]; with t = TOLERANCE (5%: a writer rounding 16.130 to "hơn 16.000" is off by 0.8%,
  rounding to two significant digits is off by at most 5%). A figure joins a group when its
  interval overlaps what all the group's members have in common, so a group never drifts.
A group counts once in totals, with the value of an exact member (else the members' median), and
lists the documents that report it. An editor can undo a group (`ungroup`, stored in the
corrections table apart from machine rows, so it survives re-extraction): its figures then
count alone. Grouping is done over the figures being totalled (the page's filters).
"""
from __future__ import annotations

import hashlib
import statistics
from dataclasses import dataclass, field

from extract.additivity import additive, additivity
from extract.records import SUMMED_ROLES

TOLERANCE = 0.05


@dataclass(slots=True)
class Entry:
    """One figure as totals see it (compact: the whole archive may pass through)."""
    doc_id: str
    idx: int
    start: int
    end: int
    value: float
    lo: float
    hi: float
    exact: bool
    alone: bool  # an editor undid its group


@dataclass(slots=True)
class Group:
    members: list[Entry] = field(default_factory=list)
    lo: float = float("-inf")
    hi: float = float("inf")
    info: dict | None = None  # group_info(), once

    @property
    def value(self) -> float:
        exact = [m.value for m in self.members if m.exact]
        return exact[0] if exact else statistics.median(m.value for m in self.members)

    @property
    def id(self) -> str | None:
        """A stable name of a group of two or more figures (from its members' places in the text)."""
        if len(self.members) < 2:
            return None
        return group_info(self)["group_id"]

    @property
    def docs(self) -> list[str]:
        return sorted({m.doc_id for m in self.members})


def interval(value: float, value_max: float | None, qualifier: str | None) -> tuple[float, float]:
    """The values a figure as written allows (see the module's note on rounding)."""
    lo, hi = sorted((value * (1 - TOLERANCE), value * (1 + TOLERANCE)))
    if qualifier == "over":
        return (value, max(value, hi)) if value >= 0 else (lo, value)
    if qualifier == "under":
        return (min(value, lo), value) if value >= 0 else (value, hi)
    if qualifier == "about":
        return lo, hi
    if qualifier == "range" and value_max is not None:
        return min(value, value_max), max(value, value_max)
    return value, value


def entry(f: dict, decisions: dict | None = None) -> Entry:
    value, qualifier = f["value"], f.get("qualifier")
    exact = qualifier is None or qualifier == "exact"
    lo, hi = (value, value) if exact else interval(value, f.get("value_max"), qualifier)
    start, end = f.get("start", 0), f.get("end", 0)
    alone = bool(decisions) and decisions.get((f["doc_id"], start, end)) == "ungroup"
    return Entry(f["doc_id"], f.get("idx", 0), start, end, value, lo, hi, exact, alone)


def group_key(f: dict) -> tuple | None:
    """What grouped figures share besides their value; None: a figure never grouped (no year and
    no period, or no organisation)."""
    orgs = tuple(sorted(set(f.get("organizations") or ())))
    if not orgs or (f.get("year") is None and f.get("period_from") is None):
        return None
    return (f.get("activity"), f.get("unit"), f.get("kind") or "result", f.get("year"), f.get("period_from"),
            f.get("period_to"), orgs)


def find_groups(entries: list[Entry]) -> list[Group]:
    """Entries of one group key -> groups (one per entry when nothing agrees). Deterministic:
    entries by interval, then document, then place."""
    groups: list[Group] = []
    open_: list[Group] = []  # groups a later entry may still join: entries come by rising `lo`
    for e in sorted(entries, key=lambda e: (e.lo, e.hi, e.doc_id, e.start)):
        home = None
        if open_ and open_[0].hi < e.lo or len(open_) > 8:
            open_ = [g for g in open_ if g.hi >= e.lo]
        if not e.alone:
            for g in open_:
                if g.hi >= e.lo and e.hi >= g.lo and all(m.doc_id != e.doc_id for m in g.members):
                    home = g
                    break
        if home is None:
            home = Group()
            groups.append(home)
            if not e.alone:
                open_.append(home)
        home.members.append(e)
        home.lo, home.hi = max(home.lo, e.lo), min(home.hi, e.hi)
    return groups


class Cell:
    """One total: figures of one activity, unit, kind and year (or period), possibly of several
    organisations (each organisation set is grouped on its own)."""
    __slots__ = ("unit", "by_key", "loose", "apart", "docs")

    def __init__(self, unit: str):
        self.unit = unit
        self.by_key: dict[tuple, list[Entry]] = {}
        self.loose: list[Entry] = []  # figures never grouped
        self.apart = 0  # parts of a total and rates per someone: counted, never summed
        self.docs: set[str] = set()

    def add(self, f: dict, decisions: dict | None = None) -> None:
        """A figure of this cell's activity, unit, kind and year or period (the caller's key): only
        its organisations are left to tell groups apart (group_key, cheaper: this runs per figure)."""
        if f.get("role", "plain") not in SUMMED_ROLES:
            self.apart += 1
            return
        self.docs.add(f["doc_id"])
        orgs = f["organizations"]
        e = entry(f, decisions)
        if not orgs or (f["year"] is None and f.get("period_from") is None):
            self.loose.append(e)
        else:
            if len(orgs) == 1:
                key = orgs[0]
            else:
                names = sorted(set(orgs))
                key = names[0] if len(names) == 1 else tuple(names)
            bucket = self.by_key.get(key)
            if bucket is None:
                self.by_key[key] = [e]
            else:
                bucket.append(e)

    def groups(self) -> list[Group]:
        out = [Group([e], e.lo, e.hi) for e in self.loose]
        for entries in self.by_key.values():
            out += find_groups(entries)
        return out

    def summary(self) -> dict:
        return summarize(self.unit, self.groups(), self.apart)


def summarize(unit: str, groups: list[Group], apart: int = 0) -> dict:
    """The statistics a cell shows: a sum for additive units; count, min, max and median otherwise.
    `count` counts groups (a figure reported by three documents once), `figures` every figure."""
    values = [g.value for g in groups]
    figures = sum(len(g.members) for g in groups)
    adds = additive(unit)
    multi = [g for g in groups if len(g.members) > 1]
    return {
        "additivity": additivity(unit), "additive": adds,
        "sum": (sum(values) if adds else None) if values else (0.0 if adds else None),
        "count": len(values), "figures": figures, "grouped": figures - len(values),
        "min": min(values) if values else None, "max": max(values) if values else None,
        "median": statistics.median(values) if values else None,
        "groups": [{**group_info(g), "value": g.value} for g in multi],
        "apart": apart,
    }


def value_of(s: dict) -> float | None:
    """The one number a cell stands for: its sum, or for a non-additive unit its median."""
    return s["sum"] if s["additive"] else s["median"]


def group_info(g: Group) -> dict:
    """What a figure of a group of two or more carries: the group's id (stable: from its members'
    places in the text), its documents and members (doc:start:end, what an ungroup form sends back)."""
    if g.info is None:
        keys = sorted(f"{m.doc_id}:{m.start}:{m.end}" for m in g.members)
        g.info = {"group_id": "g" + hashlib.sha1("|".join(keys).encode()).hexdigest()[:10], "group_docs": g.docs,
                  "group_size": len(g.members), "group_members": keys}
    return g.info


def assign_groups(figures: list[dict], decisions: dict | None = None) -> dict[tuple[str, int], dict]:
    """(doc_id, idx) -> {"group_id", "group_docs", "group_size"} for every figure of a group of two
    or more, grouping `figures` (dicts as db.iter_figures gives them) as totals do."""
    by_key: dict[tuple, list[Entry]] = {}
    for f in figures:
        if f.get("role", "plain") not in SUMMED_ROLES:
            continue
        key = group_key(f)
        if key is not None:
            by_key.setdefault(key, []).append(entry(f, decisions))
    out = {}
    for entries in by_key.values():
        if len(entries) < 2:
            continue
        for g in find_groups(entries):
            if g.id is None:
                continue
            info = group_info(g)
            for m in g.members:
                out[(m.doc_id, m.idx)] = info
    return out
