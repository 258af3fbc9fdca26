"""The real app over a real store full of hostile titles, texts, file names and URLs.

Everything is escaped, headers forbid inline scripts and framing, downloads
cannot leave <data_dir>/originals, exports neutralise formulas, bad input is
a 400 with a message (never a 500), and there is no unauthenticated write.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from robust_helpers import LONG, close_app, connect_ro, run_cli

PAYLOADS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(2)",
            "</textarea><svg onload=alert(3)>", "javascript:alert(4)", "{{7*7}}"]
FORMULAS = ['=HYPERLINK("http://evil.invalid","bấm")', "+cmd|' /C calc'!A0", "-2+3*cmd", "@SUM(1+1)"]
SAFE_SCHEMES = ("http:", "https:", "mailto:", "/", "#", "?", "")


def _hostile_corpus(folder: Path) -> None:
    folder.mkdir()
    body = ("Năm 2017, Hội Cựu chiến binh tỉnh Nghệ An đã trao 320 phần quà trị giá 450 triệu đồng "
            "cho hội viên khó khăn. ")
    for i, payload in enumerate(PAYLOADS):
        name = f"{i}-{payload.replace('/', '_')}.txt"  # file names carry the payload too
        (folder / name).write_text(f"Báo cáo {payload} năm 2017\n\n{body}Ghi chú: {payload} ({i}).\n", "utf-8")
    for i, formula in enumerate(FORMULAS):
        (folder / f"cong-thuc-{i}.txt").write_text(f"{formula}\n\n{formula} {body} Số {i}.\n", "utf-8")
    records = [{"title": f"Tin {p}", "text": f"{body} {p} tin số {i}.", "url": "javascript:alert(5)",
                "source": p, "date": "2017-03-04"} for i, p in enumerate(PAYLOADS)]
    (folder / "tin.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    _hostile_corpus(base / "corpus")
    result = run_cli("ingest", str(base / "corpus"), "--data-dir", str(base / "data"), "--quiet", "--workers", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    return base / "data"


@pytest.fixture(scope="module")
def app(hostile_data):
    from search_app import create_app

    app = create_app({"TESTING": True, "DATA_DIR": str(hostile_data)})
    yield app
    close_app(app)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="module")
def doc_ids(hostile_data) -> list[str]:
    conn = connect_ro(hostile_data)
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY rowid")]
    conn.close()
    assert len(ids) == len(PAYLOADS) * 2 + len(FORMULAS)
    return ids


class _Audit(HTMLParser):
    """Collects what would run in a browser: inline scripts, event handlers, script URLs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                scheme = value.strip().lower()
                if not scheme.startswith(SAFE_SCHEMES) or scheme.startswith(("javascript:", "data:text")):
                    if ":" in scheme.split("/")[0]:
                        self.problems.append(f"{name}={value!r} on <{tag}>")
        if tag in ("iframe", "object", "embed", "base", "meta") and tag != "meta" or (
                tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "refresh"):
            self.problems.append(f"<{tag}> element")
        if tag == "script":
            if not dict(attrs).get("src"):
                self.problems.append("inline <script>")
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append("script body")


def _audit(html: str) -> list[str]:
    parser = _Audit()
    parser.feed(html)
    return parser.problems


def _pages(doc_ids) -> list[str]:
    pages = ["/", "/figures", "/programmes"]
    for payload in PAYLOADS:
        pages += [f"/?{_qs(q=payload)}", f"/figures?{_qs(q=payload)}", f"/?{_qs(q='báo cáo', source=payload)}"]
    pages += [f"/documents/{i}" for i in doc_ids]
    return pages


def _qs(**params) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


def test_every_page_escapes_hostile_text(client, doc_ids):
    for url in _pages(doc_ids):
        response = client.get(url)
        assert response.status_code in (200, 400), (url, response.status_code)
        html = response.get_data(as_text=True)
        assert _audit(html) == [], (url, _audit(html))
        for raw in ("<script>alert", "<img src=x", "<svg onload", "onmouseover='alert"):
            assert raw not in html, (url, raw)


def test_hostile_text_is_shown_not_dropped(client, doc_ids):
    """Escaping, not deleting: the payload is visible as text on the document page."""
    html = client.get(f"/documents/{doc_ids[0]}").get_data(as_text=True)
    assert "&lt;script&gt;alert(" in html


def test_api_snippets_are_escaped_with_only_mark_tags(client):
    for payload in PAYLOADS:
        body = client.get("/api/search", query_string={"q": "hội viên " + payload[:3]}).get_json()
        for hit in body.get("results", []):
            snippet = hit["snippet"]
            stripped = snippet.replace("<mark>", "").replace("</mark>", "")
            assert "<" not in stripped and ">" not in stripped.replace("&gt;", ""), snippet
    body = client.get("/api/search", query_string={"q": "alert"}).get_json()
    assert body["total"] >= 1


def test_security_headers_on_every_kind_of_response(client, doc_ids):
    urls = ["/", f"/documents/{doc_ids[0]}", "/api/search?q=a", "/api/openapi.json", "/export/figures.csv",
            "/khong-co-trang-nay", "/api/search?page=-1", f"/documents/{doc_ids[0]}/original/0"]
    for url in urls:
        response = client.get(url)
        csp = response.headers.get("Content-Security-Policy", "")
        directives = {d.strip().split(" ")[0]: d.strip() for d in csp.split(";") if d.strip()}
        script = directives.get("script-src") or directives.get("default-src", "")
        assert script and "'unsafe-inline'" not in script and "'unsafe-eval'" not in script, (url, csp)
        assert directives.get("frame-ancestors") == "frame-ancestors 'none'", (url, csp)
        assert directives.get("object-src") == "object-src 'none'" or "object-src" not in directives, csp
        assert response.headers.get("X-Content-Type-Options") == "nosniff", url
        response.close()  # downloads hold the file open until closed


def test_no_path_traversal(client, hostile_data, doc_ids, tmp_path):
    secret = hostile_data / "baocao.sqlite3"
    outside = tmp_path / "bi-mat.txt"
    outside.write_text("bí mật", "utf-8")
    urls = [
        "/documents/..%2f..%2fbaocao.sqlite3", "/documents/../baocao.sqlite3", "/api/documents/..%2fbaocao.sqlite3",
        "/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd", f"/documents/{doc_ids[0]}/original/-1",
        f"/documents/{doc_ids[0]}/original/99", f"/documents/{doc_ids[0]}/original/..%2f..%2fbaocao.sqlite3",
        "/static/../baocao.sqlite3", "/static/..%2f..%2f..%2fbaocao.sqlite3", "/export/..%2f..%2fbaocao.sqlite3.csv",
        "/documents/%00", "/api/documents/" + "a" * 5000,
    ]
    for url in urls:
        response = client.get(url)
        response.close()
        assert response.status_code in (400, 404), (url, response.status_code)
        assert b"SQLite format" not in response.data
    # a tampered store row must not turn the download into a file reader
    conn = sqlite3.connect(hostile_data / "baocao.sqlite3")
    original_rows = conn.execute("SELECT doc_id, source, original FROM sources").fetchall()
    try:
        for evil in (str(outside), "../baocao.sqlite3", "originals/../../" + outside.name, "/etc/passwd"):
            conn.execute("UPDATE sources SET original = ? WHERE doc_id = ?", (evil, doc_ids[0]))
            conn.commit()
            response = client.get(f"/documents/{doc_ids[0]}/original/0")
            response.close()
            assert response.status_code == 404, evil
            assert "bí mật".encode() not in response.data and b"root:" not in response.data
    finally:
        conn.executemany("UPDATE sources SET original = ? WHERE doc_id = ? AND source = ?",
                         [(o, d, s) for d, s, o in original_rows])
        conn.commit()
        conn.close()
    good = client.get(f"/documents/{doc_ids[0]}/original/0")
    data = good.data
    good.close()
    assert good.status_code == 200 and "attachment" in good.headers["Content-Disposition"]
    assert b"<script>" in data  # the original as it was, as a download, never rendered


def _dangerous(cell: str) -> bool:
    if not cell or cell[0] not in "=+-@\t\r":
        return False
    try:
        float(cell)  # a negative number is data, not a formula
        return False
    except ValueError:
        return True


@pytest.mark.parametrize("what", ["documents", "figures"])
def test_csv_export_neutralises_formulas(client, what):
    response = client.get(f"/export/{what}.csv")
    assert response.status_code == 200
    text = response.get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [cell for row in rows[1:] for cell in row]
    assert [c for c in cells if _dangerous(c)] == []
    if what == "documents":
        titles = [c for c in cells if "HYPERLINK" in c]
        assert titles and all(t.startswith("'=") for t in titles), titles


@pytest.mark.parametrize("what", ["documents", "figures"])
def test_xlsx_export_has_no_formulas(client, what):
    import openpyxl

    response = client.get(f"/export/{what}.xlsx")
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.data))
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                seen += 1
                assert cell.data_type != "f", cell.value
                if isinstance(cell.value, str):
                    assert not _dangerous(cell.value), cell.value
    assert seen > 10


BAD_REQUESTS = [
    "/api/search?year=abc", "/api/search?page=-1", "/api/search?page=0", "/api/search?page=abc",
    "/api/search?per_page=100000", "/api/search?per_page=-5", "/api/search?per_page=x",
    "/api/search?sort=bogus", "/api/search?year_from=abc", "/api/search?year_from=99999999999999999999999",
    "/api/search?q=" + "a" * 5000, "/api/search?q=%22unbalanced", "/api/search?q=((((", "/api/search?q=title%3A",
    "/api/figures?value_min=abc", "/api/figures?value_max=1e999999", "/api/figures?qualifier=bogus",
    "/api/facets?year=abc", "/?year=abc", "/?page=-1", "/?per_page=100000", "/?q=" + "b" * 5000,
    "/figures?value_min=abc", "/export/figures.csv?year=abc", "/export/documents.xlsx?page=-1&year=x",
]


@pytest.mark.parametrize("url", BAD_REQUESTS)
def test_bad_input_is_a_400_with_a_message(client, url):
    response = client.get(url)
    assert response.status_code == 400, (url, response.status_code, response.get_data(as_text=True)[:300])
    if url.startswith("/api/"):
        assert response.is_json and response.get_json()["error"].strip()
    else:
        assert "text/html" in response.content_type
        assert len(response.get_data(as_text=True)) > 100


def test_request_size_limit(client, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    assert limit and limit <= 16 * 1024 * 1024
    response = client.post("/api/search", data=b"x" * (limit + 1), content_type="application/octet-stream")
    assert response.status_code in (405, 413)
    assert response.status_code != 500


FILTER_PATHS = ["/api/search", "/api/facets", "/api/figures", "/", "/figures", "/programmes", "/export/figures.csv"]


@pytest.mark.parametrize("path", FILTER_PATHS)
def test_too_many_filter_values_is_a_400(client, app, path):
    """10,000 org= values once took the server to 4 GB and 12 minutes of CPU (every facet link
    repeats every value): past the caps a request is refused at once, with a message."""
    import time

    from ingest import settings

    per_param, total = int(settings.get("max_filter_values")), int(settings.get("max_filter_total"))
    assert per_param < total
    cases = [
        [("org", f"Tổ chức {i}") for i in range(per_param + 1)],  # one parameter over its cap
        [(p, f"giá trị {i}") for p in ("org", "province", "source", "activity", "doc_type")
         for i in range(total // 5 + 1)],  # each under its cap, together over the total
        [("org", f"Tổ chức số {i}") for i in range(10_000)],
    ]
    for params in cases:
        started = time.perf_counter()
        response = client.get(path, query_string=params)
        took = time.perf_counter() - started
        assert response.status_code == 400, (path, len(params), response.status_code)
        assert "tối đa" in response.get_data(as_text=True)
        assert took < 5, (path, len(params), took)
    at_cap = [("org", f"Tổ chức {i}") for i in range(per_param)]
    response = client.get(path, query_string=at_cap)
    assert response.status_code == 200, path


def test_a_long_filter_value_is_a_400(client, app):
    response = client.get("/api/search", query_string={"org": "x" * (app.config["MAX_QUERY_CHARS"] + 1)})
    assert response.status_code == 400 and "tối đa" in response.get_json()["error"]


def test_filters_at_the_caps_cost_little(client):
    """At the caps the page stays small: each facet link repeats the chosen values, so its size grows
    with (facet rows x values), and the caps keep that product small."""
    from ingest import settings

    per_param, total = int(settings.get("max_filter_values")), int(settings.get("max_filter_total"))
    params = [(p, f"giá trị số {i}") for p in ("org", "province", "source") for i in range(per_param)][:total]
    response = client.get("/", query_string=params)
    assert response.status_code == 200
    assert len(response.data) < 2_000_000, len(response.data)


def test_a_request_past_its_time_is_stopped(app, client):
    """request_timeout_s bounds the pages and the API: work past it stops with a 503 at the next checkpoint."""
    app.config["REQUEST_TIMEOUT_S"] = 1e-9
    try:
        for url in ("/figures", "/api/figures", "/programmes", "/api/search?q=h%E1%BB%99i"):
            response = client.get(url)
            assert response.status_code == 503, (url, response.status_code)
            assert response.headers.get("Retry-After")
    finally:
        app.config["REQUEST_TIMEOUT_S"] = 30
    assert client.get("/figures").status_code == 200


@pytest.mark.parametrize("url", ["/figures", "/api/figures", "/programmes", "/export/figures.xlsx",
                                 "/export/documents.csv"])
def test_work_stops_when_the_client_has_gone(client, url):
    """waitress tells the app when the client hung up (waitress.client_disconnected); the work stops
    at the next checkpoint instead of running on for nobody."""
    calls = []

    def gone():
        calls.append(1)
        return True

    response = client.get(url, environ_base={"waitress.client_disconnected": gone})
    body = response.get_data()
    assert calls, url
    if not url.startswith("/export/"):
        assert response.status_code == 503, (url, response.status_code)
    elif url.endswith(".xlsx"):  # a stream cut short: the header row and no data rows
        import openpyxl

        assert openpyxl.load_workbook(io.BytesIO(body)).active.max_row == 1
    else:
        assert body.count(b"\n") == 1, body[:300]
    full = client.get(url)
    assert full.status_code == 200 and len(full.get_data()) > len(body)


def test_exports_beyond_their_slots_are_refused_not_queued(app, client):
    """Exports run in a few slots of their own (export_slots): five full exports once held all four
    waitress threads and a 10 ms search waited 9.9 s. An export past the slots gets 429 with
    Retry-After at once; a slot is free again when its response is closed."""
    from ingest import settings

    slots = int(settings.get("export_slots"))
    assert app.config["EXPORT_SLOTS"] == slots >= 1
    held = [client.get(f"/export/{w}.csv", buffered=False) for w in ("figures", "documents", "figures")[:slots]]
    try:
        assert [r.status_code for r in held] == [200] * slots
        for url in ("/export/figures.csv", "/export/documents.xlsx", "/export/figures.json"):
            refused = client.get(url)
            assert refused.status_code == 429, (url, refused.status_code)
            assert int(refused.headers["Retry-After"]) >= 1
            assert "xuất" in refused.get_data(as_text=True)
        assert client.get("/api/search?q=h%E1%BB%99i").status_code == 200  # searches are not held up
        assert client.get("/export/figures.csv?year=abc").status_code == 429  # no slot, so not even parsed
    finally:
        for response in held:
            response.close()
    assert client.get("/export/figures.csv?year=abc").status_code == 400  # a bad export frees its slot
    for _ in range(slots + 2):
        response = client.get("/export/figures.csv")
        assert response.status_code == 200
        response.close()


def test_serve_has_threads_for_short_requests():
    """More waitress threads than export slots: short requests always find a thread."""
    from ingest import settings

    assert int(settings.get("serve_threads")) >= int(settings.get("export_slots")) + 6


@pytest.mark.parametrize("url", ["/api/search?q=a", "/", "/export/figures.csv", "/api/openapi.json"])
def test_a_get_with_a_body_is_refused(client, url):
    """Read routes take no body: one sent anyway is refused (a 20 MB body on a GET was read and accepted)."""
    for body, headers in ((b"x" * 1000, {}), (b"", {"Transfer-Encoding": "chunked"})):
        response = client.get(url, data=body, headers=headers, content_type="application/octet-stream")
        assert response.status_code in (400, 413), (url, headers, response.status_code)
        assert "nội dung" in response.get_data(as_text=True)
    assert client.get(url).status_code == 200


def test_there_is_no_unauthenticated_write(app, client):
    """The app is read-only by default: any route that accepts a writing method demands the admin token."""
    writers = [(rule.rule, sorted(rule.methods - {"GET", "HEAD", "OPTIONS"})) for rule in app.url_map.iter_rules()
               if rule.methods - {"GET", "HEAD", "OPTIONS"}]
    for rule, methods in writers:
        for method in methods:
            response = client.open(rule, method=method)
            assert response.status_code in (401, 403, 404), (rule, method, response.status_code)
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        for url in ("/", "/api/search", "/api/documents/x", "/documents/x"):
            assert client.open(url, method=method).status_code in (401, 403, 404, 405), (method, url)


WEB_FUZZ = settings(max_examples=300 if LONG else 40, deadline=None, derandomize=not LONG, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
params = st.dictionaries(
    st.sampled_from(["q", "year", "year_from", "year_to", "org", "activity", "province", "doc_type", "source",
                     "sort", "page", "per_page", "unit", "qualifier", "value_min", "value_max"]),
    st.one_of(st.text(max_size=60), st.integers(-10**20, 10**20).map(str),
              st.sampled_from(['"', "AND", "OR NOT", "*", "title:", "year:abc", "(", ")", "\x00", "NaN", "-0"])),
    max_size=5,
)


@WEB_FUZZ
@given(params=params, path=st.sampled_from(["/api/search", "/api/facets", "/api/figures", "/", "/figures",
                                            "/export/figures.json"]))
def test_random_parameters_never_500(client, params, path):
    response = client.get(path, query_string=params)
    assert response.status_code in (200, 400), (path, params, response.status_code)
    if response.status_code == 200 and path.startswith("/api/"):
        json.loads(response.get_data(as_text=True))  # strict JSON
    if path.endswith(".json") and response.status_code == 200:
        json.loads(response.get_data(as_text=True))


@pytest.mark.slow
def test_oversized_requests_against_the_real_server(hostile_data, tmp_path):
    """Under waitress (what `baocao serve` runs): huge URLs, headers and bodies are refused, never a 500,
    and the server keeps answering."""
    import http.client
    import shutil
    from urllib.parse import quote

    from robust_helpers import Server

    def status(method: str, path: str, headers: dict | None = None, body: bytes | None = None) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            code = conn.getresponse().status
        except (ConnectionResetError, BrokenPipeError):
            code = 0  # the server hung up on an oversized request: also a refusal
        finally:
            conn.close()
        print(method, path[:40], len(path), code)
        return code

    data = tmp_path / "data"
    shutil.copytree(hostile_data, data)
    with Server(data) as server:
        long_url = "/api/search?q=" + quote("hội viên " * 30_000)  # ~700 KB request line
        assert status("GET", long_url) in (0, 400, 414, 431)
        assert status("GET", "/", headers={"X-Padding": "a" * 300_000}) in (0, 400, 431)
        assert status("POST", "/api/search", body=b"x" * (4 * 1024 * 1024),
                      headers={"Content-Type": "application/octet-stream"}) in (0, 405, 413)
        # a body on a GET: refused once it passes the cap, before all 20 MB are read
        assert status("GET", "/api/search?q=a", body=b"x" * (20 * 1024 * 1024),
                      headers={"Content-Type": "application/octet-stream"}) in (0, 400, 413)
        assert status("GET", "/api/search?q=a", body=b"x" * 1000,
                      headers={"Content-Type": "application/octet-stream"}) == 400
        assert status("GET", "/api/search?q=" + quote("a" * 5000)) == 400  # over max_query_chars
        assert status("GET", "/api/search?q=" + quote("hội viên")) == 200
