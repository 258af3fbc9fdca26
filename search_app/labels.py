"""Vietnamese labels for facet values and codes: facet headings from the facet table, activity
labels from extract/data/activities.toml, the rest from data/labels.json."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from extract.activity import labels as activity_labels
from extract.additivity import label as additivity_label
from ingest.document import DOC_TYPES
from search_app.facets import BY_NAME as FACET_BY_NAME, NO_YEAR


@lru_cache(maxsize=1)
def labels() -> dict:
    return json.loads((Path(__file__).parent / "data" / "labels.json").read_text(encoding="utf-8"))


def facet_name(facet: str) -> str:
    return FACET_BY_NAME[facet].label if facet in FACET_BY_NAME else facet


def value_label(facet: str, value: str) -> str:
    if facet == "year" and value == NO_YEAR:
        return labels()["no_year"]
    if facet == "activity":
        return activity(value)
    if facet == "doc_type":
        return DOC_TYPES.get(value, value)
    return value


def activity(value: str) -> str:
    return _activity_labels().get(value, value)


@lru_cache(maxsize=1)
def _activity_labels() -> dict[str, str]:
    return activity_labels()


def qualifier(value: str) -> str:
    return labels()["qualifier"].get(value, value)


def kind(value: str | None) -> str:
    return labels()["kind"].get(value or "result", value or "")


def correction(value: str | None) -> str:
    return labels()["correction"].get(value, value or "") if value else ""


def activity_choices() -> list[tuple[str, str]]:
    """(id, label) of every activity, by label: the options of a correction form."""
    return sorted(_activity_labels().items(), key=lambda kv: kv[1])


def field(name: str) -> str:
    """Vietnamese name of a corrected field: the header its export column has (one home for the
    figure fields' names); an organisation mention's canonical name is the one field not exported."""
    from search_app import exports  # exports labels its rows with this module: imported when asked

    if name == "canonical":
        return "Tên chuẩn"
    return next((c.header for c in exports.FIGURE_COLUMNS if c.key == name), name).split(" (")[0]


def ocr(pages: list[dict] | None, page: int | None = None) -> str | None:
    """The `ocr` cell of exports: None for text from a text layer; else which pages OCR read and
    how sure Tesseract was, pages under the threshold named. With `page` (a figure's page), that
    page alone, or None when it came from a text layer (the typed pages of a mixed PDF)."""
    if not pages:
        return None
    if page is not None:
        found = next((p for p in pages if p["page"] == page), None)
        if found is None:
            return None
        return f"OCR trang {page}, tin cậy {found['confidence']:.0f}" + (" (thấp, cần kiểm tra)" if found["low"] else "")
    mean = sum(p["confidence"] for p in pages) / len(pages)
    text = f"OCR trang {', '.join(str(p['page']) for p in pages)}, tin cậy {mean:.0f}"
    low = [p for p in pages if p["low"]]
    if low:
        text += "; tin cậy thấp: " + ", ".join(f"trang {p['page']} ({p['confidence']:.0f})" for p in low)
    return text


def additivity(value: str | None) -> str:
    """Vietnamese name of an additivity class ("tỷ lệ phần trăm"), from extract/data/additivity.toml."""
    return additivity_label(value) if value else ""


def role(value: str) -> str:
    return labels()["role"].get(value, value)
