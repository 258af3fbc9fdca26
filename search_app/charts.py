"""Charts drawn on the server with matplotlib (Agg, no display, no CDN): PNG and SVG of a series.

matplotlib is imported on the first chart only: pages and the API never pay for it. Figures are
built with matplotlib.figure.Figure (no pyplot state), so threads of the server do not share one.
The SVG keeps its text as text (svg.fonttype "none": searchable, and Vietnamese renders with the
reader's fonts) and is byte-for-byte the same for the same series (fixed hash salt, no date).
"""
from __future__ import annotations

import io
import threading

from search_app import labels
from search_app.web import format_number

FORMATS = {"png": "image/png", "svg": "image/svg+xml"}
_LOCK = threading.Lock()  # matplotlib's font cache and rc parameters are process-wide


def short_number(value: float) -> str:
    """A bar's label: millions and billions in words ("1,72 tỷ", "168 triệu"), so labels of money
    series do not run into each other; smaller numbers as the pages write them."""
    for size, word in ((1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= size:
            return f"{format_number(round(value / size, 2))} {word}"
    return format_number(value)


def series_chart(data: dict, fmt: str) -> bytes:
    """A bar chart of a series (service.series): one bar per year, its value written above it;
    targets, where the documents give any, as markers beside the bars."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    # every year from the first to the last, so a year without figures shows as a gap, not as
    # its neighbours pressed together
    known = {p["year"]: p for p in data["points"] if p["value"] is not None or p["target"] is not None}
    span = range(min(known), max(known) + 1) if known else range(0)
    empty = {"value": None, "target": None}
    points = [known.get(y, empty) for y in span]
    years = [str(y) for y in span]
    values = [p["value"] or 0 for p in points]
    stat = "Tổng" if data["additive"] else "Trung vị"
    title = f"{labels.activity(data['activity'])} — {data['unit']}"
    with _LOCK, rc_context({"svg.fonttype": "none", "svg.hashsalt": "baocao", "font.family": "DejaVu Sans",
                            "font.size": 10}):
        fig = Figure(figsize=(min(14.0, max(5.0, 1.0 + 0.6 * len(points))), 3.8), dpi=120)
        ax = fig.subplots()
        bars = ax.bar(years, values, color="#2f6f9f", label=f"{stat} kết quả")
        for bar, p in zip(bars, points):
            if p["value"] is not None:
                ax.annotate(short_number(p["value"]), (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                            xytext=(0, 3), textcoords="offset points", ha="center", fontsize=8)
        targets = [(y, p["target"]) for y, p in zip(years, points) if p["target"] is not None]
        if targets:
            ax.scatter([t[0] for t in targets], [t[1] for t in targets], marker="_", s=400, color="#b5651d",
                       linewidths=2, label="Chỉ tiêu", zorder=3)
        ax.set_title(title, fontsize=11, pad=22)
        ax.set_ylabel(f"{stat} ({data['unit']})" if data["additive"]
                      else f"Trung vị ({data['unit']}), không cộng")
        ax.spines[["top", "right"]].set_visible(False)
        ax.yaxis.set_major_formatter(lambda v, _pos: short_number(v))
        ax.set_ylim(bottom=0, top=(max(values + [t[1] for t in targets]) or 1) * 1.15)
        if targets or not data["additive"]:
            # above the plot, under the title: never over a bar
            ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=8, frameon=False)
        note = ("Cùng số liệu do nhiều tài liệu nêu tính một lần." if data["additive"] else
                "Đơn vị không cộng được: trung vị các số liệu của năm, không phải tổng.")
        fig.text(0.01, 0.01, f"Nguồn: kho baocao. {note}", fontsize=7, color="#555555")
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        out = io.BytesIO()
        fig.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    return out.getvalue()
