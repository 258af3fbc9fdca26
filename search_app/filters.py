"""The filter grammar shared by pages, API, exports and CLI: ?q=&year=2016&year=2017&org=...

Reads request parameters into the search model (search_app/model.py) and writes it back into links."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import math

from extract.records import FIGURE_KINDS
from search_app import model
from search_app.facets import BY_NAME as FACET_BY_NAME, NO_YEAR, TABLE as FACET_TABLE
from search_app.model import SORTS
QUALIFIERS = ("exact", "over", "under", "about", "range")
FIGURE_KEYS = ("unit", "qualifier", "fig_activity", "fig_org", "fig_year", "value_min", "value_max")


class FilterError(ValueError):
    """A malformed parameter; the message is for the user."""


def _int(args, name: str, default: int | None = None, lo: int = 1, hi: int = 10**9) -> int | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise FilterError(f"Tham số “{name}” phải là số nguyên (nhận được “{raw[:30]}”).") from None
    if not lo <= value <= hi:
        raise FilterError(f"Tham số “{name}” phải trong khoảng {lo}–{hi}.")
    return value


def _float(args, name: str) -> float | None:
    raw = (args.get(name) or "").strip().replace(" ", "")
    if not raw:
        return None
    try:
        value = float(raw.replace(".", "").replace(",", ".")) if "," in raw or raw.count(".") > 1 \
            else float(raw)
    except ValueError:
        raise FilterError(f"Tham số “{name}” phải là một số (nhận được “{raw[:30]}”).") from None
    if not math.isfinite(value):  # "1e999", "inf", "nan" parse as floats but are no bound
        raise FilterError(f"Tham số “{name}” phải là một số hữu hạn (nhận được “{raw[:30]}”).")
    return value


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on what one request may ask for (settings max_filter_values, max_filter_total,
    max_query_chars). Every facet link of a results page repeats every chosen value, so a
    page costs (facet rows x chosen values): 10,000 org= values took a server to 4 GB."""

    per_param: int
    total: int
    value_chars: int


def _facet_values(args, limits: Limits | None) -> dict[str, tuple[str, ...]]:
    selected = {}
    total = 0
    for facet in FACET_TABLE:
        raw = args.getlist(facet.param)
        if limits is not None:
            if len(raw) > limits.per_param:
                raise FilterError(f"Tham số “{facet.param}” có {len(raw)} giá trị; tối đa {limits.per_param}.")
            total += len(raw)
            if total > limits.total:
                raise FilterError(f"Quá nhiều giá trị lọc trong một yêu cầu; tối đa {limits.total}.")
            for v in raw:
                if len(v) > limits.value_chars:
                    raise FilterError(f"Giá trị của “{facet.param}” quá dài ({len(v)} ký tự; "
                                      f"tối đa {limits.value_chars}).")
        values = tuple(dict.fromkeys(v.strip() for v in raw if v.strip()))
        if values:
            selected[facet.name] = values
    return selected


@dataclass(slots=True)
class Filters(model.Filters):
    """The search model with its URL grammar: read from request arguments, written into links."""

    @classmethod
    def from_args(cls, args, per_page_default: int = 20, limits: Limits | None = None) -> "Filters":
        """Read a werkzeug MultiDict (or any mapping with get/getlist); `limits` caps the filter values."""
        selected = _facet_values(args, limits)
        # a year is a number (or the "no year" bucket): year=abc is a mistake to report, not an empty page
        for value in selected.get("year", ()):
            if value != NO_YEAR and not (value.isdigit() and 1000 <= int(value) <= 2100):
                raise FilterError(f"Tham số “year” phải là một năm, ví dụ 2017 (nhận được “{value[:30]}”).")
        sort = args.get("sort") or "relevance"
        if sort not in SORTS:
            raise FilterError(f"Cách sắp xếp “{sort[:30]}” không hợp lệ: dùng relevance, newest hoặc oldest.")
        figure: dict[str, object] = {}
        for key in ("unit", "qualifier", "fig_activity", "fig_org", "kind"):
            if (args.get(key) or "").strip():
                figure[key] = args.get(key).strip()
        if figure.get("qualifier", QUALIFIERS[0]) not in QUALIFIERS:
            raise FilterError(f"Tham số “qualifier” phải là một trong: {', '.join(QUALIFIERS)}.")
        if figure.get("kind", FIGURE_KINDS[0]) not in FIGURE_KINDS:
            raise FilterError(f"Tham số “kind” phải là một trong: {', '.join(FIGURE_KINDS)}.")
        fig_year = _int(args, "fig_year", None, 1900, 2100)
        if fig_year is not None:
            figure["fig_year"] = fig_year
        for key in ("value_min", "value_max"):
            value = _float(args, key)
            if value is not None:
                figure[key] = value
        return cls(
            q=args.get("q") or "",
            selected=selected,
            year_from=_int(args, "year_from", None, 1900, 2100),
            year_to=_int(args, "year_to", None, 1900, 2100),
            sort=sort,
            page=_int(args, "page", 1, 1, 10**6),
            per_page=_int(args, "per_page", per_page_default, 1, 200),
            figure=figure,
        )

    def pairs(self, **change) -> list[tuple[str, str]]:
        """URL parameters of these filters, with `change` applied (None removes)."""
        data: dict[str, object] = {"q": self.q, **{FACET_BY_NAME[k].param: list(v) for k, v in self.selected.items()},
                                   "year_from": self.year_from, "year_to": self.year_to,
                                   "sort": None if self.sort == "relevance" else self.sort,
                                   "page": None if self.page == 1 else self.page, **self.figure}
        data.update(change)
        out = []
        for key, value in data.items():
            if value is None or value == "" or value == []:
                continue
            for v in value if isinstance(value, list) else [value]:
                out.append((key, str(v)))
        return out

    def url(self, **change) -> str:
        return urlencode(self.pairs(**change))

    def toggle(self, facet: str, value: str) -> str:
        """URL with one facet value added or removed (back to page 1)."""
        current = list(self.selected.get(facet, ()))
        current = [v for v in current if v != value] if value in current else current + [value]
        return self.url(**{FACET_BY_NAME[facet].param: current, "page": None})

    def chosen(self) -> list[tuple[str, str]]:
        return [(name, v) for name, values in self.selected.items() for v in values]

    def clear_url(self) -> str:
        """URL with the query kept and every facet and year filter removed."""
        return urlencode([(k, v) for k, v in self.pairs(page=None) if k in ("q", "sort")])
