"""The precedent brief ("Tải bản tham khảo (.docx)"): for a pair of organisations and a span of
years, what they agreed (programmes and their commitments), what came of it (results by year and
activity), the targets and whether they were met, and a citation (title, date, source) for every
number. A Word document (python-docx) that staff edit into next year's draft."""
from __future__ import annotations

import io
from datetime import date

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from search_app import db, labels, service
from search_app.web import format_number

SECTION = {"content": "Nội dung phối hợp", "responsibility": "Trách nhiệm"}


class _Citations:
    """Numbers the documents in the order the brief first cites them."""

    def __init__(self, conn):
        self.conn = conn
        self.order: list[str] = []

    def cite(self, doc_ids) -> str:
        marks = []
        for doc_id in doc_ids:
            if doc_id not in self.order:
                self.order.append(doc_id)
            marks.append(f"[{self.order.index(doc_id) + 1}]")
        return " ".join(marks)

    def rows(self) -> list[tuple[str, dict]]:
        found = db.citations(self.conn, self.order)
        return [(f"[{i + 1}]", found.get(doc_id, {"title": doc_id, "published": None, "source": ""}))
                for i, doc_id in enumerate(self.order)]


def _table(doc, header: list[str], rows: list[list[str]], widths: list[float]):
    """A grid table, 10 pt, with column widths in cm (Word and LibreOffice both need the width on
    every cell, or they share the page equally and a label wraps one word per line)."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Cm(width)  # the table grid, which LibreOffice follows
    for values, bold in [(header, True)] + [(r, False) for r in rows]:
        cells = table.rows[0].cells if bold else table.add_row().cells
        for cell, text, width in zip(cells, values, widths):
            cell.width = Cm(width)
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10)
                run.bold = bold
    return table


def _span(year_from, year_to, years) -> str:
    lo = year_from or (years[0] if years else None)
    hi = year_to or (years[-1] if years else None)
    if lo and hi:
        return f"{lo}–{hi}" if lo != hi else str(lo)
    return "mọi năm có trong kho"


def _result(v: dict, adds: bool) -> str:
    """A result cell: the total (and how many repeats were counted once), or for a unit that does
    not add the median with the number of figures and their range, never a sum."""
    if v["sum"] is None:
        return "—"
    if not adds:
        if v["count"] == 1:
            return f"{format_number(v['sum'])} (không cộng)"
        return (f"trung vị {format_number(v['sum'])} ({v['count']} số liệu, "
                f"{format_number(v['min'])}–{format_number(v['max'])}; không cộng)")
    grouped = f" (trùng {v['grouped']} số liệu, tính một lần)" if v.get("grouped") else ""
    return format_number(v["sum"]) + grouped


def write_brief(conn, a: str, b: str, year_from: int | None = None, year_to: int | None = None) -> bytes:
    table = service.pair_table(conn, a, b, year_from, year_to)
    programmes = service.pair_programmes(conn, a, b, year_from, year_to)
    cites = _Citations(conn)
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    # landscape A4: the results table has eight columns
    page = doc.sections[0]
    page.orientation = WD_ORIENT.LANDSCAPE
    page.page_width, page.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Cm(2.0))
    doc.add_heading(f"Bản tham khảo xây dựng chương trình phối hợp giữa {a} và {b}", level=0)
    doc.add_paragraph(f"Giai đoạn tham khảo: {_span(year_from, year_to, table['years'])}. "
                      f"Lập ngày {date.today().strftime('%d/%m/%Y')} từ kho baocao: {table['documents']} tài liệu "
                      "nhắc đến cả hai tổ chức. Số trong ngoặc vuông chỉ tài liệu nguồn ở mục cuối.")
    doc.add_paragraph("Cách tính: mỗi dòng là một chuỗi số liệu cùng hoạt động, đơn vị và tổ chức; “Kết quả” cộng các "
                      "số liệu đã thực hiện của năm, “Chỉ tiêu” cộng các số liệu kế hoạch, phấn đấu, tách riêng với kết "
                      "quả. Cùng một số liệu do nhiều tài liệu nêu lại chỉ tính một lần. Đơn vị không cộng được (%, "
                      "cấp, lần, thời lượng …) không lấy tổng: ghi trung vị, số số liệu và khoảng nhỏ nhất–lớn nhất. "
                      "Số liệu do người biên tập đã loại không được tính; số liệu đã sửa dùng giá trị đã sửa.")

    doc.add_heading("1. Các chương trình, kế hoạch phối hợp đã ký", level=1)
    if not programmes:
        doc.add_paragraph("Kho chưa có văn bản chương trình hoặc kế hoạch phối hợp của hai tổ chức trong giai đoạn này.")
    for p in programmes:
        period = (f"{p['period_from']}–{p['period_to']}" if p["period_to"] and p["period_to"] != p["period_from"]
                  else str(p["period_from"] or "không rõ"))
        doc.add_heading(f"{p['title']} {cites.cite([p['doc_id']])}", level=2)
        doc.add_paragraph(f"Thời hạn: {period}. Các bên: {', '.join(p['parties']) or 'không rõ'}.")
        if p["signatories"]:
            doc.add_paragraph("Ký: " + "; ".join(f"{s['title']}{': ' + s['name'] if s.get('name') else ''}"
                                                 for s in p["signatories"]))
        for section in ("content", "responsibility"):
            items = [c for c in p["commitments"] if c["section"] == section]
            if not items:
                continue
            doc.add_paragraph(SECTION[section] + ":").runs[0].bold = True
            for c in items:
                para = doc.add_paragraph(f"{c['number']}. ")
                if section == "content" and c["detail"] != c["text"]:
                    para.add_run(c["heading"]).bold = True
                    para.add_run(f": {c['detail']}" if c["detail"] else "")
                else:
                    para.add_run(c["text"])

    doc.add_heading("2. Kết quả theo năm và hoạt động", level=1)
    result_rows = []
    for row in table["rows"]:
        for v in row["values"]:
            if v["sum"] is None and v["target"] is None:
                continue
            change = ""
            if v["change_pct"] is not None:
                change = f"{v['change_pct']:+.1f}% so với {v['since']}"
            result_rows.append([str(v["year"]), labels.activity(row["activity"]), row["unit"],
                                ", ".join(row["organizations"]),
                                _result(v, row["additive"]),
                                format_number(v["target"]) if v["target"] is not None else "—",
                                change, cites.cite(v["docs"])])
    if result_rows:
        result_rows.sort(key=lambda r: (int(r[0]), r[1], r[2]))
        _table(doc, ["Năm", "Hoạt động", "Đơn vị", "Tổ chức", "Kết quả", "Chỉ tiêu", "Thay đổi (cùng chuỗi)",
                     "Nguồn"], result_rows, [1.4, 4.6, 2.4, 5.6, 2.8, 2.2, 3.0, 3.6])
    else:
        doc.add_paragraph("Chưa có số liệu chung của hai tổ chức trong giai đoạn này.")

    doc.add_heading("3. Chỉ tiêu và mức đạt", level=1)
    targets = service.targets_met(table)
    if targets:
        verdict = {True: "Đạt", False: "Chưa đạt", None: "Chưa có kết quả cùng chuỗi"}
        _table(doc, ["Năm", "Hoạt động", "Đơn vị", "Chỉ tiêu", "Kết quả", "Đánh giá", "Nguồn"],
               [[str(t["year"]), labels.activity(t["activity"]), t["unit"], format_number(t["target"]),
                 format_number(t["result"]) if t["result"] is not None else "—", verdict[t["met"]],
                 cites.cite(t["docs"])] for t in sorted(targets, key=lambda t: (t["year"], t["activity"]))],
               [1.4, 5.0, 2.6, 2.8, 2.8, 4.6, 6.4])
    else:
        doc.add_paragraph("Không tìm thấy chỉ tiêu (phấn đấu, kế hoạch, dự kiến) của hai tổ chức trong giai đoạn này.")

    doc.add_heading("4. Tài liệu trích dẫn", level=1)
    _table(doc, ["Số", "Tiêu đề", "Ngày", "Nguồn"],
           [[n, c["title"] or "", c["published"] or "không rõ ngày", c["source"] or ""] for n, c in cites.rows()],
           [1.4, 13.0, 2.6, 8.6])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
