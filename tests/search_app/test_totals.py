"""Honest totals (issue 12, section 1): no sums of units that do not add, the same figure reported by
several documents counted once (with an editor's undo that survives re-extraction), the series over
the years with its PNG / SVG / table downloads, the export columns, and corrections reaching facets."""
from __future__ import annotations

import csv
import io
import json
import re
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, quote

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document as Docx

from extract.additivity import additive, additivity
from search_app import create_app, totals
from search_app.cli import main

from search_samples import Sample, build_store

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "mã-biên-tập-tổng"
DOAN, CCB, BCH = "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Cựu chiến binh", "Bộ Chỉ huy Quân sự"
TN = "thanh niên"

# one result told by a six-month report, the annual report and a news item (rounded), plus a
# second organisation's figure of the same year and unit, percentages and levels that never add
SAMPLES = [
    Sample("sixmonth", "Báo cáo 6 tháng đầu năm 2016 của Tỉnh đoàn",
           "Năm 2016, Tỉnh đoàn mở 412 lớp cảm tình đoàn cho hơn 16.130 thanh niên. Tỷ lệ giao quân đạt 98%.",
           "2016-07-10", [2016], ["Nghệ An"], "bao_cao", "Tỉnh đoàn",
           orgs=[("Tỉnh đoàn", DOAN)],
           figures=[("412 lớp", 412, "lớp", "xay_dung_to_chuc", [DOAN], 2016, "exact"),
                    ("hơn 16.130 thanh niên", 16130, TN, "xay_dung_to_chuc", [DOAN], 2016, "over"),
                    ("98%", 98, "%", "tuyen_quan", [DOAN], 2016, "exact")]),
    Sample("annual", "Báo cáo tổng kết năm 2016 của Tỉnh đoàn",
           "Trong năm 2016, Tỉnh đoàn mở 412 lớp cảm tình đoàn cho 16.130 thanh niên; giao quân đạt 100%, "
           "triển khai ở 2 cấp.",
           "2016-12-20", [2016], ["Nghệ An"], "bao_cao", "Tỉnh đoàn",
           orgs=[("Tỉnh đoàn", DOAN)],
           figures=[("412 lớp", 412, "lớp", "xay_dung_to_chuc", [DOAN], 2016, "exact"),
                    ("16.130 thanh niên", 16130, TN, "xay_dung_to_chuc", [DOAN], 2016, "exact"),
                    ("100%", 100, "%", "tuyen_quan", [DOAN], 2016, "exact"),
                    ("2 cấp", 2, "cấp", "tuyen_quan", [DOAN], 2016, "exact")]),
    Sample("news", "Tuổi trẻ Nghệ An với lớp cảm tình đoàn",
           "Năm 2016 Tỉnh đoàn đã tổ chức cho khoảng 16.000 thanh niên học lớp cảm tình đoàn, ở 2 cấp.",
           "2017-01-05", [2016], ["Nghệ An"], "tin_bai", "Báo Nghệ An",
           orgs=[("Tỉnh đoàn", DOAN)],
           figures=[("khoảng 16.000 thanh niên", 16000, TN, "xay_dung_to_chuc", [DOAN], 2016, "about"),
                    ("2 cấp", 2, "cấp", "tuyen_quan", [DOAN], 2016, "exact")]),
    Sample("ccb", "Hội Cựu chiến binh tỉnh năm 2016",
           "Năm 2016, Hội Cựu chiến binh và Bộ Chỉ huy Quân sự tỉnh vận động 300 thanh niên; 95% hoàn thành. "
           "Năm 2017 vận động 350 thanh niên.",
           "2017-02-01", [2016, 2017], ["Hà Tĩnh"], "bao_cao", "Báo Hà Tĩnh",
           orgs=[("Hội Cựu chiến binh", CCB), ("Bộ Chỉ huy Quân sự tỉnh", BCH)],
           figures=[("300 thanh niên", 300, TN, "xay_dung_to_chuc", [BCH, CCB], 2016, "exact"),
                    ("95%", 95, "%", "tuyen_quan", [BCH, CCB], 2016, "exact"),
                    ("350 thanh niên", 350, TN, "xay_dung_to_chuc", [BCH, CCB], 2017, "exact")]),
    Sample("ccbq4", "Hội Cựu chiến binh: giao quân quý IV năm 2016",
           "Hội Cựu chiến binh và Bộ Chỉ huy Quân sự huyện: giao quân năm 2016 đạt 97% chỉ tiêu.",
           "2017-01-20", [2016], ["Hà Tĩnh"], "tin_bai", "Báo Hà Tĩnh",
           orgs=[("Hội Cựu chiến binh", CCB), ("Bộ Chỉ huy Quân sự huyện", BCH)],
           figures=[("97%", 97, "%", "tuyen_quan", [BCH, CCB], 2016, "exact")]),
]


@pytest.mark.parametrize("unit, cls, adds", [
    ("hội viên", "count", True), ("lượt", "count", True), ("ngày công", "count", True),
    ("đồng", "money", True), ("USD", "money", True), ("ha", "measure", True), ("tấn", "measure", True),
    ("%", "percent", False), ("đồng/người", "rate", False), ("người/km2", "rate", False),
    ("cấp", "level", False), ("hạng", "ordinal", False), ("năm", "duration", False), ("tháng", "duration", False),
    ("lần", "frequency", False),
], ids=lambda v: str(v))
def test_units_carry_an_additivity_class(unit, cls, adds):
    assert (additivity(unit), additive(unit)) == (cls, adds)


def _fig(doc, value, qualifier="exact", orgs=(DOAN,), year=2016, kind="result", unit=TN, start=0):
    return {"doc_id": doc, "idx": start, "start": start, "end": start + 5, "value": value, "value_max": None,
            "qualifier": qualifier, "organizations": list(orgs), "year": year, "period_from": None,
            "period_to": None, "activity": "xay_dung_to_chuc", "unit": unit, "kind": kind, "role": "plain"}


def _sum(figs, decisions=None):
    cell = totals.Cell(figs[0]["unit"])
    for f in figs:
        cell.add(f, decisions)
    return cell.summary()


def test_grouping_rules_and_tolerance():
    # "hơn 16.130", "16.130" and "khoảng 16.000" in three documents: one figure
    s = _sum([_fig("a", 16130, "over"), _fig("b", 16130), _fig("c", 16000, "about")])
    assert (s["sum"], s["count"], s["figures"], s["grouped"]) == (16130, 1, 3, 2)
    assert s["groups"][0]["group_docs"] == ["a", "b", "c"]
    # 5% tolerance only for qualified figures: "khoảng 16.000" reaches 16.800, not 16.900
    assert _sum([_fig("a", 16900), _fig("c", 16000, "about")])["count"] == 2
    assert _sum([_fig("a", 16800), _fig("c", 16000, "about")])["count"] == 1
    # "hơn 100" is 100 or more: never the same as an exact 99
    assert _sum([_fig("a", 99), _fig("b", 100, "over")])["count"] == 2
    # two exact values must be equal
    assert _sum([_fig("a", 412), _fig("b", 413)])["sum"] == 825
    # never within one document, never across organisations, kinds or years, never without organisations
    assert _sum([_fig("a", 412, start=0), _fig("a", 412, start=50)])["sum"] == 824
    assert _sum([_fig("a", 412), _fig("b", 412, orgs=(CCB,))])["sum"] == 824
    # (a cell is one kind and one year: the pages' cells; assign_groups, for exports, sees all)
    assert len(totals.assign_groups([_fig("a", 412), _fig("b", 412)])) == 2
    assert totals.assign_groups([_fig("a", 412), _fig("b", 412, kind="target")]) == {}
    assert totals.assign_groups([_fig("a", 412), _fig("b", 412, year=2017)]) == {}
    assert _sum([_fig("a", 412, orgs=()), _fig("b", 412, orgs=())])["sum"] == 824
    # an editor's ungroup: the figure counts alone
    assert _sum([_fig("a", 412), _fig("b", 412)], {("b", 0, 5): "ungroup"})["sum"] == 824
    # a percentage: count, min, max, median, never a sum
    p = _sum([_fig("a", 98, unit="%"), _fig("b", 100, unit="%"), _fig("c", 95, unit="%", orgs=(CCB,))])
    assert (p["sum"], p["count"], p["min"], p["max"], p["median"], p["additive"]) == (None, 3, 95, 100, 98, False)


@pytest.fixture
def data_dir(tmp_path):
    ids = build_store(tmp_path / "data", SAMPLES)
    return tmp_path / "data", ids


@contextmanager
def _client(data_dir, token=None):
    """A test client of the app over data_dir, the app released after."""
    config = {"TESTING": True, "DATA_DIR": str(data_dir)}
    if token:
        config["ADMIN_TOKEN"] = token
    app = create_app(config)
    try:
        yield app.test_client()
    finally:
        app.extensions["baocao_release"]()


def _cells(client, **params):
    query = "&".join(f"{k}={quote(str(v))}" for k, v in params.items())
    rows = client.get(f"/api/figures?per_page=200&{query}").get_json()["aggregates"]
    return {(r["year"], r["unit"], r["kind"]): r for r in rows}


def test_no_sums_of_non_additive_units_and_repeats_counted_once(data_dir):
    with _client(data_dir[0]) as client:
        cells = _cells(client)
        pct = cells[(2016, "%", "result")]
        assert pct["sum"] is None and (pct["count"], pct["min"], pct["max"], pct["median"]) == (4, 95, 100, 97.5)
        assert pct["additivity"] == "percent"
        level = cells[(2016, "cấp", "result")]
        # "2 cấp" said by two documents of one organisation: one figure, and still no sum
        assert level["sum"] is None and (level["count"], level["figures"], level["median"]) == (1, 2, 2)
        youth = cells[(2016, TN, "result")]
        # 16.130 (told three times) + 300 of another organisation; never 16.130 × 3
        assert (youth["sum"], youth["count"], youth["figures"], youth["grouped"]) == (16430, 2, 4, 2)
        assert cells[(2016, "lớp", "result")]["sum"] == 412
        figures = client.get("/api/figures?per_page=200").get_json()["figures"]
        grouped = {f["group_id"] for f in figures if f["unit"] == TN and f["year"] == 2016 and f["value"] > 1000}
        assert len(grouped) == 1 and None not in grouped
        assert {f["additivity"] for f in figures if f["unit"] == "%"} == {"percent"}
        html = client.get("/figures").get_data(as_text=True)
        assert "Cách tính tổng:" in html and "không cộng" in html and "Số liệu trùng đã gộp (3 nhóm)" in html
        assert "đã gộp 4 số liệu trùng vào 3 nhóm" in html
        assert "Báo cáo tổng kết năm 2016 của Tỉnh đoàn" in html.split('id="nhom"')[1]
        # the percentage row: no total, the median with its range
        row = re.search(r'<tr class="agg-year nonadd"><td>2016</td><td class="act">[^<]*</td><td class="unit">%.*?</tr>',
                        html, re.S).group(0)
        assert "390" not in row and "trung vị 97,5" in row and "95–100" in row and "không cộng" in row


def test_pair_table_brief_and_pair_export_never_sum_percentages(data_dir):
    pair = f"a={quote(BCH)}&b={quote(CCB)}"
    with _client(data_dir[0]) as client:
        html = client.get(f"/programmes?{pair}").get_data(as_text=True)
        cell = re.search(r'<span class="res median"[^>]*>([^<]*)</span><div class="small muted">([^<]*)</div>', html)
        assert cell.groups() == ("trung vị 96", "2 số liệu, 95–97 · không cộng") and "192" not in html
        rows = list(csv.DictReader(io.StringIO(client.get(f"/export/pair.csv?{pair}").get_data(as_text=True)
                                               .lstrip("\ufeff"))))
        pct = next(r for r in rows if r["unit"] == "%")
        assert (pct["additivity"], pct["sum_2016"], pct["median_2016"], pct["min_2016"], pct["max_2016"],
                pct["count_2016"]) == ("percent", "", "96.0", "95.0", "97.0", "2")
        youth = next(r for r in rows if r["unit"] == TN)
        assert (youth["sum_2016"], youth["median_2016"], youth["change_2017"]) == ("300.0", "", "16.7")
        doc = Docx(io.BytesIO(client.get(f"/programmes/brief.docx?{pair}").data))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        assert "trung vị 96 (2 số liệu, 95–97; không cộng)" in cells and "300" in cells
        assert not any("192" in c for c in cells)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client):
    csrf = _csrf(client.get("/editor").get_data(as_text=True))
    assert client.post("/editor/login", data={"csrf_token": csrf, "token": TOKEN, "name": "Lê Biên Tập"}).status_code == 302
    return _csrf(client.get("/editor").get_data(as_text=True))


def test_ungroup_and_regroup_need_token_and_csrf_and_survive_reextract(data_dir):
    from extract.records import Extraction, Figure
    from ingest.store import Store

    data, ids = data_dir
    with _client(data) as client:
        members = [f for f in client.get("/api/figures?per_page=200").get_json()["figures"]
                   if f["unit"] == TN and f["year"] == 2016 and f["value"] > 1000]
        member_keys = [f"{f['doc_id']}:{f['start']}:{f['end']}" for f in members]
        form = {"action": "ungroup", "member": member_keys}
        # read-only app: no token configured
        assert client.post("/figures/groups", data=form).status_code == 403
    with _client(data, TOKEN) as client:
        assert client.post("/figures/groups", data=form).status_code == 403  # not signed in
        csrf = _login(client)
        assert client.post("/figures/groups", data=form).status_code == 403  # no CSRF token
        assert client.post("/figures/groups", data={**form, "csrf_token": "x" * 40}).status_code == 403
        html = client.get("/figures").get_data(as_text=True)
        assert "Tách nhóm" in html
        r = client.post("/figures/groups", data={**form, "csrf_token": csrf, "back": "/figures?unit=x"})
        assert r.status_code == 303 and r.headers["Location"].endswith("/figures?unit=x")
        assert _cells(client)[(2016, TN, "result")]["sum"] == 16130 + 16130 + 16000 + 300
        html = client.get("/figures").get_data(as_text=True)
        assert html.count("đã tách khỏi nhóm") == 3 and "Gộp lại" in html
        audit = client.get("/corrections").get_data(as_text=True)
        assert "Đã tách nhóm" in audit and "Lê Biên Tập" in audit
        bad = {**form, "csrf_token": csrf, "member": [f"{ids['news']}:0:1"]}
        assert client.post("/figures/groups", data=bad).status_code == 404
        assert client.post("/figures/groups", data={**form, "csrf_token": csrf, "action": "merge"}).status_code == 400
    # a re-extraction deletes and rewrites the machine's rows of the news item (Store.write_extraction,
    # as `baocao reextract` does): the ungrouping, kept apart, stays with its figure
    with Store.open(data) as store:
        records = store.get_records(ids["news"])
        text = store.get_document(ids["news"]).text
        written = "khoảng 16.000 thanh niên"
        a = text.index(written)
        fig = Figure(16000, None, TN, "about", "xay_dung_to_chuc", [DOAN], 2016, None, text, a, a + len(written),
                     written, [(a, a + len(written))])
        assert records is not None
        store.put_extraction(ids["news"], Extraction(version=2, figures=[fig]))
        from search_app.backends.whoosh.index import sync
        sync(store)
    with _client(data, TOKEN) as client:
        assert _cells(client)[(2016, TN, "result")]["sum"] == 16130 + 16130 + 16000 + 300
        csrf = _login(client)
        r = client.post("/figures/groups", data={**form, "action": "regroup", "csrf_token": csrf})
        assert r.status_code == 303
        assert _cells(client)[(2016, TN, "result")]["sum"] == 16430


def test_series_page_and_its_png_svg_csv_xlsx(data_dir):
    q = f"fig_activity=xay_dung_to_chuc&unit={quote(TN)}"
    with _client(data_dir[0]) as client:
        assert "Chọn một hoạt động và một đơn vị" in client.get("/figures/series").get_data(as_text=True)
        html = client.get(f"/figures/series?{q}").get_data(as_text=True)
        src = re.search(r'<img src="/figures/series\.svg\?([^"]+)"', html).group(1).replace("&amp;", "&")
        assert parse_qs(src) == {"fig_activity": ["xay_dung_to_chuc"], "unit": [TN]}
        # the underlying figures one click away
        links = [parse_qs(h.replace("&amp;", "&")) for h in re.findall(r'class="underlying" href="/figures\?([^"]+)"', html)]
        assert links == [{"fig_activity": ["xay_dung_to_chuc"], "unit": [TN], "fig_year": [y]} for y in ("2016", "2017")]
        assert "16.430" in html and "16.130" not in html.split("seriestable")[1].split("2017")[0].replace(
            "16.430", "")
        data = client.get(f"/api/figures?per_page=1&{q}")  # the series agrees with the figures totals
        assert data.status_code == 200
        svg = client.get(f"/figures/series.svg?{q}")
        assert svg.mimetype == "image/svg+xml" and "attachment" in svg.headers["Content-Disposition"]
        text = svg.get_data(as_text=True)
        assert text.startswith("<?xml") and "<svg" in text and "16.430" in text and "350" in text
        assert client.get(f"/figures/series.svg?{q}").data == svg.data  # the same series, the same bytes
        png = client.get(f"/figures/series.png?{q}")
        assert png.mimetype == "image/png" and png.data[:8] == b"\x89PNG\r\n\x1a\n"
        rows = list(csv.DictReader(io.StringIO(client.get(f"/figures/series.csv?{q}").get_data(as_text=True)
                                               .lstrip("\ufeff"))))
        assert [(r["year"], r["value"], r["statistic"], r["count"], r["figures"], r["grouped"]) for r in rows] == [
            ("2016", "16430.0", "sum", "2", "4", "2"), ("2017", "350.0", "sum", "1", "1", "0")]
        book = openpyxl.load_workbook(io.BytesIO(client.get(f"/figures/series.xlsx?{q}").data))
        sheet = book.active
        assert sheet["A1"].value == "Hoạt động" and [c.value for c in sheet[1]].count("Giá trị") == 1
        # a percentage series is a median, labelled, never a sum
        pq = f"fig_activity=tuyen_quan&unit={quote('%')}"
        html = client.get(f"/figures/series?{pq}").get_data(as_text=True)
        assert "<strong>trung vị</strong>" in html
        assert "Trung vị" in client.get(f"/figures/series.svg?{pq}").get_data(as_text=True)
        rows = list(csv.DictReader(io.StringIO(client.get(f"/figures/series.csv?{pq}").get_data(as_text=True)
                                               .lstrip("\ufeff"))))
        assert [(r["value"], r["statistic"], r["min"], r["max"]) for r in rows] == [("97.5", "median", "95.0", "100.0")]
        # narrowed by organisation
        rows = list(csv.DictReader(io.StringIO(client.get(f"/figures/series.csv?{q}&fig_org={quote(CCB)}")
                                               .get_data(as_text=True).lstrip("\ufeff"))))
        assert [r["value"] for r in rows] == ["300.0", "350.0"] and rows[0]["organization"] == CCB
        # ... or by province (the documents' facet)
        rows = list(csv.DictReader(io.StringIO(client.get(f"/figures/series.csv?{q}&province={quote('Nghệ An')}")
                                               .get_data(as_text=True).lstrip("\ufeff"))))
        assert [(r["year"], r["value"], r["provinces"]) for r in rows] == [("2016", "16130.0", "Nghệ An")]
        assert client.get("/figures/series.svg").status_code == 404
        assert client.get(f"/figures/series.gif?{q}").status_code == 404


def test_exports_carry_additivity_and_group_id(data_dir):
    with _client(data_dir[0]) as client:
        rows = list(csv.DictReader(io.StringIO(client.get("/export/figures.csv").get_data(as_text=True)
                                               .lstrip("\ufeff"))))
        assert {"additivity", "additivity_label", "group_id", "kind", "ocr"} <= set(rows[0])
        youth = [r for r in rows if r["unit"] == TN and r["year"] == "2016" and float(r["value"]) > 1000]
        assert len({r["group_id"] for r in youth}) == 1 and youth[0]["group_id"].startswith("g")
        assert {r["additivity"] for r in rows if r["unit"] == "%"} == {"percent"}
        assert {r["additivity_label"] for r in rows if r["unit"] == "cấp"} == {"cấp, mức, bậc"}
        assert all(r["group_id"] == "" for r in rows if r["unit"] == TN and r["value"] == "300.0")
        items = json.loads(client.get("/export/figures.json").data)
        assert {"additivity", "group_id"} <= set(items[0])
        sheet = openpyxl.load_workbook(io.BytesIO(client.get("/export/figures.xlsx").data)).active
        headers = [c.value for c in sheet[1]]
        assert "Loại đơn vị (cộng được?)" in headers and "Nhóm số liệu trùng" in headers


def test_a_correction_reaches_the_search_facets(data_dir):
    data, ids = data_dir
    with _client(data, TOKEN) as client:
        doc = client.get(f"/api/documents/{ids['ccb']}").get_json()
        fig = next(f for f in doc["figures"] if f["text"] == "300 thanh niên")

        def facet(name):
            return {r["value"]: r["count"] for r in client.get("/api/facets").get_json()["facets"][name]}

        assert "hien_mau" not in facet("activity")
        csrf = _login(client)
        r = client.post(f"/documents/{ids['ccb']}/corrections",
                        data={"csrf_token": csrf, "target": "figure", "action": "correct", "start": fig["start"],
                              "end": fig["end"], "activity": "hien_mau"})
        assert r.status_code == 303
        assert facet("activity").get("hien_mau") == 1
        org = next(e for e in client.get(f"/api/documents/{ids['ccb']}").get_json()["records"]["organizations"]
                   if e["canonical"] == CCB)
        assert facet("org").get(CCB) == 2
        r = client.post(f"/documents/{ids['ccb']}/corrections",
                        data={"csrf_token": csrf, "target": "organization", "action": "correct", "start": org["start"],
                              "end": org["end"], "canonical": "Hội Cựu chiến binh Việt Nam"})
        assert r.status_code == 303
        orgs = facet("org")
        assert orgs.get(CCB) == 1 and orgs.get("Hội Cựu chiến binh Việt Nam") == 1
        # nothing left pending for the index
        assert "chưa được đưa vào chỉ mục" not in client.get("/").get_data(as_text=True)
    # a later full reindex keeps the corrected names
    result = CliRunner().invoke(main, ["reindex", "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    with _client(data) as client:
        orgs = {r["value"]: r["count"] for r in client.get("/api/facets").get_json()["facets"]["org"]}
        assert orgs.get("Hội Cựu chiến binh Việt Nam") == 1 and orgs.get(CCB) == 1


def test_sample_corpus_percentages_are_no_longer_summed(tmp_path):
    """On corpus/, "tuyển quân, %" summed to 200 in 2025 (two reports of 100%): now no sum."""
    data = tmp_path / "data"
    files = ["2025-nghe-an-bao-cao-phoi-hop-tinh-doan.pdf", "2025-tay-ninh-bao-cao-phoi-hop-ccb.txt"]
    result = CliRunner().invoke(main, ["ingest", *(str(ROOT / "corpus" / f) for f in files), "--data-dir", str(data)],
                                env={"BAOCAO_WORKERS": "1"})
    assert result.exit_code == 0, result.output
    with _client(data) as client:
        rows = client.get("/api/figures?per_page=1&fig_activity=tuyen_quan").get_json()["aggregates"]
        cell = next(r for r in rows if r["year"] == 2025 and r["unit"] == "%" and r["kind"] == "result")
        assert cell["sum"] is None and (cell["count"], cell["median"], cell["min"], cell["max"]) == (2, 100, 100, 100)
        html = client.get("/figures?fig_activity=tuyen_quan").get_data(as_text=True)
        assert not re.search(r">200</td>", html)
