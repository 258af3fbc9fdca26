"""Export formats as a small registry: {name: Exporter}. Every exporter streams all rows.

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

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str


FIGURE_COLUMNS = (
    Column("doc_id", "Mã tài liệu"), Column("title", "Tiêu đề"), Column("published", "Ngày đăng"),
    Column("year", "Năm"), Column("period_from", "Từ năm"), Column("period_to", "Đến năm"),
    Column("activity", "Hoạt động"), Column("value", "Giá trị"),
    Column("value_max", "Giá trị tối đa"), Column("unit", "Đơn vị"), Column("qualifier", "Mức độ"),
    Column("role", "Vai trò"), Column("organizations", "Tổ chức"), Column("place", "Địa bàn"), Column("text", "Số liệu gốc"),
    Column("sentence", "Câu"),
)
DOCUMENT_COLUMNS = (
    Column("id", "Mã tài liệu"), Column("title", "Tiêu đề"), Column("published", "Ngày đăng"),
    Column("years", "Năm báo cáo"), Column("provinces", "Tỉnh, thành"), Column("doc_type", "Loại văn bản"),
    Column("source_name", "Nguồn"), Column("url", "Địa chỉ"),
)


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
    writer.writerow([c.header for c in columns])
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
            sheet.write_string(0, j, c.header, bold)
        for i, row in enumerate(rows, start=1):
            for j, c in enumerate(columns):
                value = safe(row.get(c.key))
                if value is None:
                    continue
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(i, j, value)
                else:
                    sheet.write_string(i, j, str(value))
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
    cols = [Column("activity", "Hoạt động"), Column("unit", "Đơn vị")]
    for y in years:
        cols += [Column(f"sum_{y}", f"Tổng {y}"), Column(f"count_{y}", f"Số lần {y}"),
                 Column(f"change_{y}", f"Thay đổi {y} (%)")]
    return tuple(cols)


def pair_rows(table: dict) -> Iterator[dict]:
    for row in table["rows"]:
        out = {"activity": row["activity"], "unit": row["unit"]}
        for v in row["values"]:
            out[f"sum_{v['year']}"] = v["sum"]
            out[f"count_{v['year']}"] = v["count"]
            out[f"change_{v['year']}"] = v["change_pct"]
        yield out
