"""HTML pages, downloads, exports and security headers through the Flask test client."""
from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import quote

import openpyxl
import pytest

BCH, CCB = "Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh"


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.data[:500]
    return response.get_data(as_text=True)


def test_search_page_lists_results_facets_and_histogram(client):
    html = page(client, "/?q=cuu+chien+binh")
    assert "<strong class=\"total\">2</strong>" in html
    assert "Sơ kết chương trình phối hợp" in html
    assert "<mark>cựu chiến binh</mark>" in html
    assert 'data-facet="year"' in html and 'data-facet="org"' in html
    # facet links keep the query and add the value (multi-select grammar in the URL)
    assert 'href="/?q=cuu+chien+binh&amp;year=2016"' in html
    assert "<svg" in html and "Số tài liệu theo năm báo cáo" in html
    assert "37 buổi" in html  # headline figures


def test_search_page_with_selection_shows_chips_and_keeps_filters(client):
    html = page(client, "/?q=&year=2016&year=2017&province=Ngh%E1%BB%87+An")
    assert "<strong class=\"total\">2</strong>" in html
    assert "Năm báo cáo: 2016 ×" in html and "Bỏ tất cả" in html
    # the search form carries the selected facets as hidden fields
    assert '<input type="hidden" name="year" value="2016">' in html


def test_title_and_text_are_escaped(client):
    html = page(client, "/?q=k%E1%BB%B9+thu%E1%BA%ADt")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;<mark>kỹ thuật</mark>&lt;/b&gt;" in html


def test_no_inline_scripts_or_handlers(client, doc_ids):
    for url in ("/", f"/documents/{doc_ids['ccb2016']}", "/figures", "/programmes"):
        html = page(client, url)
        scripts = re.findall(r"<script[^>]*>", html)
        assert scripts and all("src=" in s for s in scripts)
        assert not re.search(r"\son[a-z]+=", html)
        assert "http://" not in re.sub(r'value="[^"]*"|&#34;http://evil\.example&#34;|"http://evil\.example"', "", html) \
            or "evil.example" in html  # no external assets; the only URL is the sample's escaped title


def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_malformed_query_page_is_400_with_help(client):
    html = page(client, "/?q=%28a+OR", 400)
    assert "Câu truy vấn chưa đúng" in html and "Cú pháp tìm kiếm" in html


def test_query_too_long_is_400(client):
    html = page(client, "/?q=" + "a" * 300, 400)
    assert "quá dài" in html


def test_unknown_page_is_404_html(client):
    html = page(client, "/khong-co", 404)
    assert "Không tìm thấy" in html


def test_pagination_links(client):
    html = page(client, "/?per_page=2&sort=newest")
    assert "Trang 1 / 3" in html and 'href="?sort=newest&amp;per_page=2&amp;page=2"' in html or "page=2" in html


def test_document_page_highlights_and_tables(client, doc_ids):
    html = page(client, f"/documents/{doc_ids['ccb2016']}")
    assert '<span class="hl hl-fig" id="fig-0" title="buổi">37 buổi</span>' in html
    assert '<span class="hl hl-org" title="Hội Cựu chiến binh">Hội Cựu chiến binh tỉnh</span>' in html
    assert 'class="hl hl-loc"' in html
    assert '<a href="#fig-1">12.040 hội viên</a>' in html  # the table links to the figure in the text
    assert "Tải bản gốc" in html and "<code>ccb2016.txt</code>" in html
    assert "/archive/" not in html  # the server's folders are never shown (issue 15, item 6)
    # similar documents: the 2017 review of the same pair, sharing both organisations
    assert "Sơ kết chương trình phối hợp" in html and "cùng: Bộ Chỉ huy Quân sự, Hội Cựu chiến binh" in html


def test_document_page_404(client):
    page(client, "/documents/doesnotexist", 404)


def test_original_download_and_no_traversal(client, doc_ids):
    with client.get(f"/documents/{doc_ids['ccb2016']}/original/0") as response:
        assert response.status_code == 200
        assert "attachment" in response.headers["Content-Disposition"]
        assert "ccb2016.txt" in response.headers["Content-Disposition"]
        assert "12.040 hội viên" in response.get_data(as_text=True)
    # a source whose "original" lies outside <data_dir>/originals is never served
    assert client.get(f"/documents/{doc_ids['dong']}/original/1").status_code == 404
    assert client.get(f"/documents/{doc_ids['dong']}/original/7").status_code == 404
    assert client.get(f"/documents/{doc_ids['ccb2016']}/original/..%2F..%2Fetc").status_code == 404


def test_figures_page(client):
    html = page(client, "/figures?q=cuu+chien+binh")
    assert "<strong>5</strong> số liệu" in html
    assert "Tổng hợp theo năm × hoạt động × đơn vị" in html
    assert "Số số liệu theo năm" in html and "<svg" in html
    html = page(client, "/figures?value_min=1.000.000")
    assert "<strong>1</strong> số liệu" in html and "1.500.000.000 đồng" in html


def test_programmes_page_and_pair_table(client):
    html = page(client, "/programmes")
    assert f"{BCH} + {CCB}" in html
    html = page(client, f"/programmes?a={quote(BCH)}&b={quote(CCB)}")
    assert "1.250" in html and "1.500" in html and "Δ +20.0%" in html


def test_export_figures_csv_all_rows_with_bom_and_neutralised(client):
    response = client.get("/export/figures.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 9
    assert {r["unit"] for r in rows} >= {"buổi", "suất quà", "đơn vị máu", "đồng"}
    evil = [r for r in rows if r["text"] == "300 hội viên"][0]
    assert evil["unit"].startswith("'=cmd")
    assert evil["title"].startswith("'=HYPERLINK")


def test_export_figures_follow_filters(client):
    body = client.get("/export/figures.csv?q=cuu+chien+binh&year=2017").get_data().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert sorted(float(r["value"]) for r in rows) == [40, 1500]


def test_export_documents_xlsx(client):
    response = client.get("/export/documents.xlsx?q=cuu+chien+binh&sort=newest")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.get_data()))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Mã tài liệu", "Tiêu đề", "Ngày đăng")
    assert [r[2] for r in rows[1:]] == ["2017-12-15", "2016-12-20"]


def test_export_xlsx_neutralises_formulas(client):
    book = openpyxl.load_workbook(io.BytesIO(client.get("/export/figures.xlsx").get_data()))
    cells = [c.value for row in book.active.iter_rows() for c in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)
    assert 1500000000 in cells


def test_export_json(client):
    data = json.loads(client.get("/export/figures.json?fig_activity=hien_mau").get_data())
    assert [(d["value"], d["unit"], d["qualifier"]) for d in data] == [(450, "đơn vị máu", "over")]


def test_export_pair_csv(client):
    body = client.get(f"/export/pair.csv?a={quote(BCH)}&b={quote(CCB)}").get_data().decode("utf-8-sig")
    rows = {(r["activity"], r["unit"]): r for r in csv.DictReader(io.StringIO(body))}
    quà = rows[("tham_hoi_tang_qua", "suất quà")]
    assert float(quà["sum_2016"]) == 1250 and float(quà["sum_2017"]) == 1500 and float(quà["change_2017"]) == 20.0


@pytest.mark.parametrize("url", ["/export/figures.pdf", "/export/nothing.csv", "/export/pair.csv"])
def test_export_unknown_is_404(client, url):
    assert client.get(url).status_code == 404


def test_export_bad_query_is_400(client):
    assert client.get("/export/figures.csv?q=%22open").status_code == 400
