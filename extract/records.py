"""Typed records the extractor produces. Offsets are character offsets into Document.text.

Ingest workers pickle them to the writer process. Each record pickles as its constructor and a tuple of
its fields (`_Fields.__reduce__`): the generic path for slotted dataclasses runs Python-level
__getstate__/__setstate__ per object and cost about twice as much.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


class _Fields:
    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in _names(type(self)))


_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


@dataclass(slots=True)
class Organization(_Fields):
    name: str  # as written
    canonical: str  # abbreviation expanded, level and place removed
    kind: str  # military | mass_organisation | party | government | front | other
    level: str | None  # trung_uong | quan_khu | tinh | huyen | xa
    place: str | None
    start: int
    end: int


@dataclass(slots=True)
class Person(_Fields):
    name: str
    title: str | None  # "Phó Bí thư Thường trực Tỉnh ủy"
    start: int
    end: int


@dataclass(slots=True)
class Place(_Fields):
    name: str  # as written
    canonical: str
    kind: str  # province | district | commune | foreign | region
    start: int
    end: int


@dataclass(slots=True)
class Figure(_Fields):
    value: float
    value_max: float | None
    unit: str
    qualifier: str  # exact | over | under | about | range
    activity: str  # an id of the activity taxonomy
    organizations: list[str]  # canonical names
    year: int | None
    place: str | None
    sentence: str
    start: int  # offsets of the figure text (number + unit)
    end: int
    text: str = ""  # the figure as written
    mentions: list[tuple[int, int]] = field(default_factory=list)  # every mention incl. the first
    kind: str = "result"  # result | target ("phấn đấu", "chỉ tiêu", ...: extract/data/figure_kinds.toml)
    # the years a figure covers when it is several ("trong 5 năm 2011-2015"); `year` is then None,
    # so yearly sums never take a five-year total for its first year
    period_from: int | None = None
    period_to: int | None = None
    role: str = "plain"  # one of FIGURE_ROLES


# What a figure is to the figures around it. Sums add plain figures and totals; a part is already
# inside a total written beside it ("312 tỷ đồng, trong đó ... 50 tỷ đồng") and a rate is per
# someone ("mỗi hộ 5 triệu đồng", "40 triệu đồng/nhà"): adding either counts money twice or
# multiplies nothing.
FIGURE_ROLES = ("plain", "total", "part", "rate")
SUMMED_ROLES = frozenset({"plain", "total"})


# The figure fields, in record order: the one list the store's figures table (tested against
# ingest/schema.sql), the exports, the JSON API and OpenAPI derive theirs from.
FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
# every field but the list of mention offsets (kept in the records JSON only) is a column
FIGURE_COLUMNS = tuple(name for name in FIGURE_FIELDS if name != "mentions")
# what the gold files (tests/gold/real.jsonl) annotate of each figure
GOLD_FIGURE_FIELDS = ("text", "value", "value_max", "unit", "qualifier", "activity", "kind")
FIGURE_KINDS = ("result", "target")


@dataclass(slots=True)
class Commitment(_Fields):
    """One numbered item of a coordination programme or plan: a content item ("Nội dung phối hợp:
    1. ...") or a responsibility ("Trách nhiệm của mỗi bên"), with the organisation it names first."""
    section: str  # content | responsibility
    number: str  # as written: "1", "2", "a"
    heading: str  # the item's short title (its first line or first words)
    text: str
    party: str | None  # canonical name of the first organisation in a responsibility item
    start: int
    end: int


@dataclass(slots=True)
class Signatory(_Fields):
    name: str | None
    title: str  # "TM. HỘI CỰU CHIẾN BINH TỈNH - CHỦ TỊCH"
    organization: str | None  # canonical
    start: int
    end: int


@dataclass(slots=True)
class Programme(_Fields):
    """A coordination programme or plan ("Chương trình phối hợp", "Kế hoạch"): its parties, period,
    commitments and signatories (extract/commitments.py)."""
    type: str  # chuong_trinh_phoi_hop | ke_hoach | quy_che_phoi_hop (extract/data/commitments.toml)
    title: str
    parties: list[str]  # canonical names
    period_from: int | None
    period_to: int | None
    commitments: list[Commitment] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)


@dataclass(slots=True)
class Extraction(_Fields):
    version: int
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The same dict as dataclasses.asdict (copied lists, tuples kept), written out: asdict
        recurses through every field generically and cost ~0.3 ms per article."""
        return {
            "version": self.version,
            "organizations": [{"name": o.name, "canonical": o.canonical, "kind": o.kind, "level": o.level,
                               "place": o.place, "start": o.start, "end": o.end} for o in self.organizations],
            "people": [{"name": p.name, "title": p.title, "start": p.start, "end": p.end} for p in self.people],
            "places": [{"name": p.name, "canonical": p.canonical, "kind": p.kind, "start": p.start, "end": p.end}
                       for p in self.places],
            "figures": [_figure_dict(f) for f in self.figures],
            "programmes": [_programme_dict(p) for p in self.programmes],
        }


def _figure_dict(f: Figure) -> dict:
    return {"value": f.value, "value_max": f.value_max, "unit": f.unit, "qualifier": f.qualifier,
            "activity": f.activity, "organizations": list(f.organizations), "year": f.year, "place": f.place,
            "sentence": f.sentence, "start": f.start, "end": f.end, "text": f.text,
            "mentions": [tuple(m) for m in f.mentions], "kind": f.kind,
            "period_from": f.period_from, "period_to": f.period_to, "role": f.role}


def _programme_dict(p: Programme) -> dict:
    return {"type": p.type, "title": p.title, "parties": list(p.parties), "period_from": p.period_from,
            "period_to": p.period_to,
            "commitments": [{"section": c.section, "number": c.number, "heading": c.heading, "text": c.text,
                             "party": c.party, "start": c.start, "end": c.end} for c in p.commitments],
            "signatories": [{"name": s.name, "title": s.title, "organization": s.organization,
                             "start": s.start, "end": s.end} for s in p.signatories]}


def programme_from_dict(d: dict) -> Programme:
    return Programme(**{**d, "commitments": [Commitment(**c) for c in d.get("commitments", [])],
                        "signatories": [Signatory(**s) for s in d.get("signatories", [])]})
