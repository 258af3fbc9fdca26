"""Export formats as a small registry: {name: Exporter}. Every exporter streams all rows.

CSV and JSON name the columns by their stable snake_case keys; XLSX by their Vietnamese headers.

Cells that start with = + - @ (or a tab/CR) are prefixed with an apostrophe so a
spreadsheet never runs them as formulas (CSV/XLSX injection).
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import xlsxwriter

from search_app import labels

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    width: int = 14  # XLSX column width, in characters


# a person's correction of the row (search_app/db.py overlays it); empty for the machine's rows
CORRECTION_COLUMNS = (
    Column("correction", "Hiệu chỉnh"), Column("corrected_by", "Người hiệu chỉnh"),
    Column("corrected_at", "Thời điểm hiệu chỉnh"), Column("original_value", "Giá trị gốc (máy trích)"),
)
FIGURE_COLUMNS = (
    Column("doc_id", "Mã tài liệu"), Column("title", "Tiêu đề"), Column("published", "Ngày đăng"),
    Column("year", "Năm"), Column("period_from", "Từ năm"), Column("period_to", "Đến năm"),
    Column("activity", "Hoạt động"), Column("value", "Giá trị"),
    Column("value_max", "Giá trị tối đa"), Column("unit", "Đơn vị"), Column("qualifier", "Mức độ"),
    Column("kind", "Loại (kết quả/chỉ tiêu)"), Column("role", "Vai trò"),
    Column("organizations", "Tổ chức"), Column("place", "Địa bàn"), Column("text", "Số liệu gốc"),
    Column("sentence", "Câu"), Column("ocr", "OCR"), *CORRECTION_COLUMNS,
)
# what totals make of a figure (search_app/totals.py): whether its unit adds up, and the group of
# documents reporting the same figure (counted once in totals; empty when reported once)
TOTALS_COLUMNS = (Column("additivity", "Loại đơn vị (cộng được?)"), Column("group_id", "Nhóm số liệu trùng"))
# the audit trail of corrections (GET /corrections, `baocao corrections --export`)
CORRECTION_LOG_COLUMNS = (
    Column("id", "Mã hiệu chỉnh"), Column("corrected_at", "Thời điểm"), Column("corrected_by", "Người hiệu chỉnh"),
    Column("action", "Việc (confirm/correct/reject)"), Column("target", "Đối tượng (figure/organization)"),
    Column("doc_id", "Mã tài liệu"), Column("title", "Tiêu đề"), Column("start", "Vị trí đầu"),
    Column("end", "Vị trí cuối"), Column("text", "Văn bản gốc"), Column("changes", "Sửa thành (JSON)"),
    Column("original", "Giá trị gốc (JSON)"), Column("active", "Đang áp dụng"), Column("matched", "Còn khớp"),
)


def correction_log_rows(rows: Iterable[dict]) -> Iterator[dict]:
    for row in rows:
        yield {**row, "changes": json.dumps(row["changes"], ensure_ascii=False),
               "original": json.dumps(row["original"], ensure_ascii=False)}


# XLSX widths of the columns holding long text; the others get Column.width
WIDTHS = {"title": 48, "sentence": 60, "text": 22, "organizations": 32, "link": 40, "url": 40,
          "activity_label": 28, "source_name": 20}
# id columns and the function giving their Vietnamese label (activities.toml, labels.json): the
# label column follows its id column in every export
LABELLED = {"activity": ("activity_label", "Tên hoạt động", labels.activity),
            "qualifier": ("qualifier_label", "Tên mức độ", labels.qualifier),
            "additivity": ("additivity_label", "Tên loại đơn vị", labels.additivity)}
LINK = Column("link", "Liên kết")


def readable(columns: tuple[Column, ...], extra: tuple[Column, ...] = ()) -> tuple[Column, ...]:
    """The export columns: each id column followed by its label, then `extra` and the link, with widths."""
    out: list[Column] = []
    for column in (*columns, *extra, LINK):
        out.append(column)
        if column.key in LABELLED:
            key, header, _ = LABELLED[column.key]
            out.append(Column(key, header))
    return tuple(Column(c.key, c.header, WIDTHS.get(c.key, c.width)) for c in out)


def with_labels(rows: Iterable[dict], base_url: str, id_key: str) -> Iterator[dict]:
    """Rows with the label of each labelled id and the address of their document page."""
    for row in rows:
        for key, (label_key, _, label) in LABELLED.items():
            if key in row:
                row[label_key] = label(row[key]) if row[key] is not None else None
        row["link"] = f"{base_url.rstrip('/')}/documents/{row[id_key]}"
        yield row


DOCUMENT_COLUMNS = (
    Column("id", "Mã tài liệu"), Column("title", "Tiêu đề"), Column("published", "Ngày đăng"),
    Column("years", "Năm báo cáo"), Column("provinces", "Tỉnh, thành"), Column("doc_type", "Loại văn bản"),
    Column("source_name", "Nguồn"), Column("url", "Địa chỉ"), Column("ocr", "OCR"),
)
# what the figure and document exports write (FIGURE_COLUMNS are the record's own fields)
FIGURE_EXPORT_COLUMNS = readable(FIGURE_COLUMNS, (*TOTALS_COLUMNS, Column("provinces", "Tỉnh, thành")))
DOCUMENT_EXPORT_COLUMNS = readable(DOCUMENT_COLUMNS)


def safe(value):
    """A cell value ready for a spreadsheet: lists joined, formula-like text neutralised."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def _csv(columns, rows: Iterable[dict]) -> Iterator[bytes]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    # stable snake_case keys, as in JSON (the Vietnamese headers are the spreadsheet's, in XLSX)
    writer.writerow([c.key for c in columns])
    yield ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel then reads UTF-8
    for i, row in enumerate(rows):
        buf.seek(0)
        buf.truncate()
        writer.writerow(["" if row.get(c.key) is None else safe(row.get(c.key)) for c in columns])
        yield buf.getvalue().encode("utf-8")


def _json(columns, rows: Iterable[dict]) -> Iterator[bytes]:
    yield b"["
    for i, row in enumerate(rows):
        item = {c.key: row.get(c.key) for c in columns}
        yield (("," if i else "") + "\n" + json.dumps(item, ensure_ascii=False)).encode("utf-8")
    yield b"\n]\n"


def _xlsx(columns, rows: Iterable[dict]) -> Iterator[bytes]:
    # xlsxwriter's constant_memory mode writes rows to disk as they come; the finished
    # file is then streamed and removed.
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        book = xlsxwriter.Workbook(path, {"constant_memory": True, "strings_to_formulas": False,
                                          "strings_to_urls": False, "strings_to_numbers": False})
        sheet = book.add_worksheet("baocao")
        bold = book.add_format({"bold": True})
        for j, c in enumerate(columns):
            sheet.set_column(j, j, c.width)
            sheet.write_string(0, j, c.header, bold)
        sheet.freeze_panes(1, 0)
        i = 0
        for i, row in enumerate(rows, start=1):
            for j, c in enumerate(columns):
                value = safe(row.get(c.key))
                if value is None:
                    continue
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(i, j, value)
                else:
                    sheet.write_string(i, j, str(value))
        sheet.autofilter(0, 0, i, len(columns) - 1)
        book.close()
        with open(path, "rb") as fh:
            while chunk := fh.read(64 * 1024):
                yield chunk
    finally:
        os.unlink(path)


@dataclass(frozen=True, slots=True)
class Exporter:
    mimetype: str
    extension: str
    stream: Callable[..., Iterator[bytes]]


EXPORTERS: dict[str, Exporter] = {
    "csv": Exporter("text/csv; charset=utf-8", "csv", _csv),
    "json": Exporter("application/json; charset=utf-8", "json", _json),
    "xlsx": Exporter("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", _xlsx),
}


def pair_columns(years: list[int]) -> tuple[Column, ...]:
    cols = [Column("activity", "Hoạt động"), Column("unit", "Đơn vị"), Column("additivity", TOTALS_COLUMNS[0].header),
            Column("organizations", "Tổ chức")]
    for y in years:
        # sum_Y for units that add; median_Y, min_Y, max_Y for those that do not (never a sum)
        cols += [Column(f"sum_{y}", f"Tổng {y}"), Column(f"median_{y}", f"Trung vị {y} (không cộng)"),
                 Column(f"min_{y}", f"Nhỏ nhất {y}"), Column(f"max_{y}", f"Lớn nhất {y}"),
                 Column(f"count_{y}", f"Số lần {y}"), Column(f"grouped_{y}", f"Số liệu trùng đã gộp {y}"),
                 Column(f"target_{y}", f"Chỉ tiêu {y}"),
                 Column(f"change_{y}", f"Thay đổi {y} (%)"), Column(f"since_{y}", f"Thay đổi {y} so với năm")]
    return tuple(cols)


def pair_rows(table: dict) -> Iterator[dict]:
    for row in table["rows"]:
        out = {"activity": row["activity"], "unit": row["unit"], "additivity": row["additivity"],
               "organizations": row["organizations"]}
        for v in row["values"]:
            out[f"sum_{v['year']}" if row["additive"] else f"median_{v['year']}"] = v["sum"]
            if not row["additive"]:
                out[f"min_{v['year']}"], out[f"max_{v['year']}"] = v["min"], v["max"]
            out[f"grouped_{v['year']}"] = v["grouped"]
            out[f"count_{v['year']}"] = v["count"]
            out[f"target_{v['year']}"] = v["target"]
            out[f"change_{v['year']}"] = v["change_pct"]
            out[f"since_{v['year']}"] = v["since"]
        yield out


# the table behind a series chart (GET /figures/series.{csv,xlsx,json}): one row per year
SERIES_COLUMNS = (
    Column("activity", "Hoạt động"), Column("activity_label", "Tên hoạt động", 28), Column("unit", "Đơn vị"),
    TOTALS_COLUMNS[0], Column("statistic", "Số biểu diễn (sum = tổng, median = trung vị)"),
    Column("organization", "Tổ chức"), Column("provinces", "Tỉnh, thành"), Column("year", "Năm"),
    Column("value", "Giá trị"), Column("count", "Số số liệu (trùng tính một lần)"),
    Column("figures", "Số số liệu (mọi lần nêu)"), Column("grouped", "Số liệu trùng đã gộp"),
    Column("min", "Nhỏ nhất"), Column("max", "Lớn nhất"), Column("median", "Trung vị"),
    Column("target", "Chỉ tiêu"), Column("target_count", "Số chỉ tiêu"),
)


def series_rows(data: dict) -> Iterator[dict]:
    for p in data["points"]:
        yield {**p, "activity": data["activity"], "activity_label": labels.activity(data["activity"]),
               "unit": data["unit"], "additivity": data["additivity"], "statistic": data["statistic"],
               "organization": data["org"], "provinces": data["provinces"]}
