"""Corrections that stick: the editor's token and CSRF on every write, corrections stored apart from
the machine's rows, applied everywhere (document page, figures, API, exports, pair table), kept
through `baocao reextract`, listed on the audit page and by `baocao corrections --export`."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from extract.records import Extraction, Figure, Organization
from ingest.store import Store
from search_app import create_app
from search_app.cli import main

from search_samples import BCH, CCB, build_store

TOKEN = "mã-biên-tập-thử"


@pytest.fixture
def store_dir(tmp_path):
    data_dir = tmp_path / "data"
    return data_dir, build_store(data_dir)


def _app(data_dir, token=TOKEN):
    return create_app({"TESTING": True, "DATA_DIR": str(data_dir), "ADMIN_TOKEN": token})


@pytest.fixture
def app(store_dir):
    app = _app(store_dir[0])
    yield app
    app.extensions["baocao_release"]()


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client, name="Nguyễn Thị Biên Tập"):
    csrf = _csrf(client.get("/editor").get_data(as_text=True))
    r = client.post("/editor/login", data={"csrf_token": csrf, "token": TOKEN, "name": name})
    assert r.status_code == 302
    # signing in issues a new CSRF token: read it from a page, as the browser would
    return _csrf(client.get("/editor").get_data(as_text=True))


def _figure(conn, doc_id, text):
    return conn.execute('SELECT start, "end" FROM figures WHERE doc_id = ? AND text = ?', (doc_id, text)).fetchone()


def _correct(client, csrf, doc_id, start, end, action="correct", target="figure", **fields):
    return client.post(f"/documents/{doc_id}/corrections",
                       data={"csrf_token": csrf, "target": target, "start": start, "end": end, "action": action,
                             **fields})


def _store_spans(data_dir, doc_id, text):
    with Store.open(data_dir) as store:
        return _figure(store.conn, doc_id, text)


def test_read_only_without_a_token(store_dir):
    app = _app(store_dir[0], token="")
    try:
        client = app.test_client()
        assert "chỉ đọc" in client.get("/editor").get_data(as_text=True)
        doc = store_dir[1]["ccb2016"]
        assert client.post("/editor/login", data={"token": "", "name": "x"}).status_code == 403
        assert _correct(client, "x", doc, 0, 1, action="reject").status_code == 403
        html = client.get(f"/documents/{doc}").get_data(as_text=True)
        assert "corrform" not in html and "Đăng nhập để" not in html
    finally:
        app.extensions["baocao_release"]()


def test_writes_refused_without_the_token_and_without_csrf(app, store_dir):
    doc = store_dir[1]["ccb2016"]
    start, end = _store_spans(store_dir[0], doc, "37 buổi")
    client = app.test_client()
    # not signed in: refused, with or without a CSRF token
    csrf = _csrf(client.get("/editor").get_data(as_text=True))
    assert _correct(client, csrf, doc, start, end, value="38").status_code == 403
    # a wrong token, and the right token without the CSRF token, do not sign in
    assert client.post("/editor/login", data={"csrf_token": csrf, "token": "sai", "name": "A"}).status_code == 403
    assert client.post("/editor/login", data={"token": TOKEN, "name": "A"}).status_code == 403
    csrf = _login(client)
    # signed in: a form without the session's CSRF token, or with another one, is refused
    assert _correct(client, "", doc, start, end, value="38").status_code == 403
    assert _correct(client, "x" * 43, doc, start, end, value="38").status_code == 403
    # another browser with a stolen CSRF value but no session is refused
    other = app.test_client()
    assert _correct(other, csrf, doc, start, end, value="38").status_code == 403
    with Store.open(store_dir[0]) as store:
        assert store.conn.execute("SELECT count(*) FROM corrections").fetchone()[0] == 0
    # changing the operator's token signs everyone out
    app.config["ADMIN_TOKEN"] = "mã-mới"
    assert _correct(client, csrf, doc, start, end, value="38").status_code == 403
    app.config["ADMIN_TOKEN"] = TOKEN
    assert _correct(client, csrf, doc, start, end, value="38").status_code == 303


def test_a_correction_shows_everywhere(app, store_dir):
    doc = store_dir[1]["ccb2016"]
    start, end = _store_spans(store_dir[0], doc, "37 buổi")
    client = app.test_client()
    csrf = _login(client)
    r = _correct(client, csrf, doc, start, end, value="38", unit="buổi", activity="tuyen_truyen",
                 organizations=f"{BCH}; {CCB}", kind="target", back="row-fig-0")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/documents/{doc}#row-fig-0")
    html = client.get(f"/documents/{doc}").get_data(as_text=True)
    assert "Đã sửa · Nguyễn Thị Biên Tập" in html and "gốc: 37" in html and "38 buổi" in html
    # the API and every export carry the corrected value with who, when and the original
    api = client.get(f"/api/documents/{doc}").get_json()
    fig = next(f for f in api["figures"] if f["start"] == start)
    assert (fig["value"], fig["kind"], fig["correction"], fig["original_value"]) == (38, "target", "correct", 37)
    assert fig["corrected_by"] == "Nguyễn Thị Biên Tập" and fig["corrected_at"]
    rows = list(csv.DictReader(io.StringIO(client.get("/export/figures.csv").get_data(as_text=True).lstrip("\ufeff"))))
    row = next(r for r in rows if r["text"] == "37 buổi")
    assert (row["value"], row["kind"], row["correction"], row["original_value"]) == (
        "38.0", "target", "correct", "37.0")
    data = json.loads(client.get("/export/figures.json").get_data(as_text=True))
    item = next(r for r in data if r["text"] == "37 buổi")
    assert item["corrected_by"] == "Nguyễn Thị Biên Tập" and item["original_value"] == 37 and item["kind"] == "target"
    # filters see the corrected value
    assert any(f["text"] == "37 buổi" for f in client.get("/api/figures?value_min=38&value_max=38").get_json()["figures"])
    assert not any(f["text"] == "37 buổi" for f in client.get("/api/figures?value_max=37").get_json()["figures"])
    # the audit page and the CLI list it
    audit = client.get("/corrections").get_data(as_text=True)
    assert "Nguyễn Thị Biên Tập" in audit and "“37 buổi”" in audit and "đang áp dụng" in audit
    log = client.get("/export/corrections.csv").get_data(as_text=True)
    assert "37 buổi" in log and '""value"": 38.0' in log


def test_reject_and_confirm(app, store_dir):
    doc = store_dir[1]["ccb2016"]
    client = app.test_client()
    csrf = _login(client, "Trần Văn Kiểm")
    start, end = _store_spans(store_dir[0], doc, "12.040 hội viên")
    assert _correct(client, csrf, doc, start, end, action="reject").status_code == 303
    s2, e2 = _store_spans(store_dir[0], doc, "1.250 suất quà")
    assert _correct(client, csrf, doc, s2, e2, action="confirm").status_code == 303
    texts = [r["text"] for r in json.loads(client.get("/export/figures.json").get_data(as_text=True))]
    assert "12.040 hội viên" not in texts  # a rejected figure leaves lists, totals and exports
    api = client.get("/api/figures").get_json()
    assert not any(f["text"] == "12.040 hội viên" for f in api["figures"])
    html = client.get(f"/documents/{doc}").get_data(as_text=True)
    assert "corr-reject" in html and "Đã loại" in html and "Đã xác nhận · Trần Văn Kiểm" in html
    confirmed = next(r for r in json.loads(client.get("/export/figures.json").get_data(as_text=True))
                     if r["text"] == "1.250 suất quà")
    assert confirmed["correction"] == "confirm" and confirmed["original_value"] is None
    # the form shows values the Vietnamese way: correcting only the unit keeps the value 12.040
    s3, e3 = _store_spans(store_dir[0], doc, "12.040 hội viên")
    assert _correct(client, csrf, doc, s3, e3, value="12.040", unit="đoàn viên").status_code == 303
    fig = next(f for f in client.get(f"/api/documents/{doc}").get_json()["figures"] if f["start"] == s3)
    assert (fig["value"], fig["unit"], fig["correction"], fig["original_value"]) == (12040, "đoàn viên", "correct", None)
    # a bad correction is a 400 and stores nothing; an unknown mention is a 404
    assert _correct(client, csrf, doc, s2, e2, value="mười").status_code == 400
    assert _correct(client, csrf, doc, s2, e2, kind="maybe").status_code == 400
    assert _correct(client, csrf, doc, 0, 1, action="reject").status_code == 404


def test_organisation_mentions(app, store_dir):
    doc = store_dir[1]["ccb2017"]
    client = app.test_client()
    csrf = _login(client)
    with Store.open(store_dir[0]) as store:
        ccb = store.conn.execute("SELECT start, \"end\" FROM entities WHERE doc_id = ? AND canonical = ?",
                                 (doc, CCB)).fetchone()
    assert _correct(client, csrf, doc, *ccb, target="organization", canonical="Hội Cựu chiến binh Việt Nam",
                    back=f"org-{ccb[0]}").status_code == 303
    html = client.get(f"/documents/{doc}").get_data(as_text=True)
    assert "Hội Cựu chiến binh Việt Nam" in html and "gốc: Hội Cựu chiến binh" in html
    # the corrected name is what the programmes view pairs by
    html = client.get("/programmes", query_string={"a": BCH, "b": "Hội Cựu chiến binh Việt Nam"}).get_data(as_text=True)
    assert "1 tài liệu nhắc đến cả hai tổ chức" in html


def test_corrections_survive_reextract(app, store_dir, tmp_path):
    data_dir, ids = store_dir
    doc = ids["hienmau"]
    client = app.test_client()
    csrf = _login(client)
    start, end = _store_spans(data_dir, doc, "hơn 450 đơn vị máu")
    assert _correct(client, csrf, doc, start, end, value="460").status_code == 303
    # a new extraction that puts the figure at other offsets ("450 đơn vị máu", without the qualifier)
    # and drops the organisation: the correction moves onto the figure, by text and overlap
    with Store.open(data_dir) as store:
        text = store.get_document(doc).text
        a = text.index("450 đơn vị máu")
        ex = Extraction(version=1, figures=[Figure(450, None, "đơn vị máu", "exact", "hien_mau", [], 2017, None,
                                                   text, a, a + 14, "450 đơn vị máu", [(a, a + 14)])])
        store.put_extraction(doc, ex)
    fig = client.get(f"/api/documents/{doc}").get_json()["figures"][0]
    assert (fig["start"], fig["value"], fig["correction"], fig["original_value"]) == (a, 460, "correct", 450)
    # the real `baocao reextract` (the extractor of today) keeps it too
    with Store.open(data_dir) as store:
        with store.transaction() as conn:
            conn.execute("UPDATE documents SET extractor_version = NULL")
    result = CliRunner().invoke(main, ["reextract", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    fig = next(f for f in client.get(f"/api/documents/{doc}").get_json()["figures"] if f["unit"] == "đơn vị máu")
    assert fig["value"] == 460 and fig["correction"] == "correct" and fig["corrected_by"] == "Nguyễn Thị Biên Tập"
    # a correction whose mention is gone is kept, marked, on the audit page
    with Store.open(data_dir) as store:
        store.put_extraction(doc, Extraction(version=1))
    assert "không còn khớp" in client.get("/corrections").get_data(as_text=True)
    out = tmp_path / "hieu-chinh.csv"
    result = CliRunner().invoke(main, ["corrections", "--export", str(out), "--data-dir", str(data_dir)])
    assert result.exit_code == 0 and "Đã xuất 1 hiệu chỉnh" in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["corrected_by"] == "Nguyễn Thị Biên Tập" and rows[0]["matched"] == "False"
    assert json.loads(rows[0]["changes"]) == {"value": 460.0}


def test_session_cookie_is_strict_and_http_only(app):
    client = app.test_client()
    r = client.get("/editor")
    cookie = r.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "script" not in re.sub(r"<script src=\"/static/app.js\" defer></script>", "", r.get_data(as_text=True))


def test_editor_pages_escape_and_carry_no_inline_script(app, store_dir):
    doc = store_dir[1]["evil"]
    client = app.test_client()
    csrf = _login(client, '<script>alert("ten")</script>')
    with Store.open(store_dir[0]) as store:
        org = store.conn.execute('SELECT start, "end" FROM entities WHERE doc_id = ?', (doc,)).fetchone()
    assert _correct(client, csrf, doc, *org, target="organization",
                    canonical='<img src=x onerror="alert(1)">').status_code == 303
    for url in (f"/documents/{doc}", "/editor", "/corrections", f"/programmes?a={BCH}&b={CCB}"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert all("src=" in s for s in re.findall(r"<script[^>]*>", html)), url
        assert not re.search(r"\son[a-z]+=\"", html.replace('onerror=&#34;', "")), url
    assert "&lt;script&gt;alert(&#34;ten&#34;)&lt;/script&gt;" in client.get("/corrections").get_data(as_text=True)


@pytest.mark.parametrize("raw,value", [("38", 38), ("12.040", 12040), ("1.500.000", 1500000), ("931,4", 931.4),
                                       ("2.5", 2.5), ("1.234,5", 1234.5), (" 7 ", 7)])
def test_form_numbers(raw, value):
    from search_app.views.editor import parse_number

    assert parse_number(raw) == value
