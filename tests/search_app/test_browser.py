"""A real browser against `baocao serve` (waitress) on a free loopback port.

Searches without accents, clicks a year and an organisation facet, opens a
document, sees highlighted figures and downloads the CSV. Then, as drafting staff
and analyst: opens the programmes view for a pair, downloads the precedent brief,
signs in with the editor's token, corrects a figure and finds the correction in
an export. Screenshots go to test-artifacts/ for a human to look at.
"""
from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench.runs import stop

from search_samples import build_store

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TOKEN = "mã-thử-trình-duyệt"


@pytest.fixture
def server(tmp_path):
    yield from _serve(tmp_path, {})


@pytest.fixture
def editor_server(tmp_path):
    """The sample archive plus the 2018 coordination programme of corpus/ (ingested by the real
    `baocao ingest`), served with an editor token."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BAOCAO_WORKERS": "1"}
    build_store(tmp_path / "data")
    subprocess.run([sys.executable, "-m", "search_app.cli", "ingest",
                    str(ROOT / "corpus" / "2018-nghe-an-chuong-trinh-phoi-hop-ccb.pdf"),
                    "--data-dir", str(tmp_path / "data")], cwd=tmp_path, env=env, check=True, capture_output=True)
    yield from _serve(tmp_path, {"BAOCAO_ADMIN_TOKEN": TOKEN}, built=True)


def _serve(tmp_path, extra_env: dict, built: bool = False):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed at /usr/bin/chromium")
    data_dir = tmp_path / "data"
    if not built:
        build_store(data_dir)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra_env}
    proc = subprocess.Popen([sys.executable, "-m", "search_app.cli", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--data-dir", str(data_dir)],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/api/openapi.json", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"baocao serve did not start: {out[-2000:]}")
                time.sleep(0.2)
        yield url
    finally:
        stop(proc, timeout=10)
        if proc.stdout:
            proc.stdout.close()


@contextmanager
def _page():
    """A Chromium page, and the console errors it logs as it goes; the browser is closed after."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1360, "height": 1000}, accept_downloads=True)
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            yield page, errors
        finally:
            browser.close()


def test_search_facets_document_and_csv(server):
    with _page() as (page, errors):
        page.goto(server + "/")
        page.fill("input[name=q]", "cuu chien binh")
        page.press("input[name=q]", "Enter")
        page.wait_for_load_state()
        assert page.locator(".total").inner_text() == "2"
        assert page.locator("mark").first.inner_text().lower() == "cựu chiến binh"
        page.screenshot(path=str(ARTIFACTS / "results.png"), full_page=True)

        page.click("section[data-facet=year] a[data-value='2016']")
        page.wait_for_load_state()
        assert "year=2016" in page.url
        assert page.locator(".total").inner_text() == "1"
        page.click("section[data-facet=org] a[data-value='Hội Cựu chiến binh']")
        page.wait_for_load_state()
        assert "org=" in page.url and page.locator(".total").inner_text() == "1"
        assert page.locator(".chip").count() == 2
        page.screenshot(path=str(ARTIFACTS / "results-filtered.png"), full_page=True)

        page.click(".hit h2 a")
        page.wait_for_load_state()
        figures = page.locator(".fulltext .hl-fig")
        assert figures.count() == 3
        assert figures.first.inner_text() == "37 buổi"
        color = figures.first.evaluate("el => getComputedStyle(el).backgroundColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent")
        page.click("tr[data-target='fig-2']")
        page.wait_for_timeout(300)
        assert page.url.endswith("#fig-2")
        page.screenshot(path=str(ARTIFACTS / "document.png"), full_page=True)

        page.go_back()
        page.wait_for_load_state()
        with page.expect_download() as info:
            page.click("a.export-figures-csv")
        download = info.value
        body = Path(download.path()).read_bytes()
        assert body.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
        assert sorted(float(r["value"]) for r in rows) == [37, 1250, 12040]

        page.goto(server + "/figures?q=cuu+chien+binh")
        assert "Cách tính tổng" in page.locator(".howtotals").first.inner_text()
        page.screenshot(path=str(ARTIFACTS / "figures.png"), full_page=True)

        # researcher: the series of one activity + unit over the years, its chart drawn on the
        # server (an <img> of the SVG: no script, no CDN), the figures behind it, its SVG
        page.goto(server + "/figures")
        row = page.locator("table.aggtable tr", has_text="buổi").first
        row.locator("a.serieslink").click()
        page.wait_for_load_state()
        assert "fig_activity=tuyen_truyen" in page.url and "/figures/series" in page.url
        page.wait_for_function("document.querySelector('figure.serieschart img').naturalWidth > 0")
        assert page.locator("table.seriestable tbody tr").count() == 2  # 2016 and 2017
        page.screenshot(path=str(ARTIFACTS / "series.png"), full_page=True)
        with page.expect_download() as info:
            page.click("a.series-svg")
        svg = Path(info.value.path()).read_text(encoding="utf-8")
        assert info.value.suggested_filename.endswith(".svg") and "<svg" in svg
        assert ">37<" in svg and ">40<" in svg
        page.locator("a.underlying").first.click()
        page.wait_for_load_state()
        assert "fig_year=2016" in page.url and "<strong>1</strong> số liệu" in page.content()
        page.goto(server + "/programmes?a=B%E1%BB%99+Ch%E1%BB%89+huy+Qu%C3%A2n+s%E1%BB%B1&b=H%E1%BB%99i+C%E1%BB%B1u+chi%E1%BA%BFn+binh")
        page.screenshot(path=str(ARTIFACTS / "programmes.png"), full_page=True)
        assert errors == []  # no CSP violations or script errors


def test_programmes_brief_and_a_correction_in_the_export(editor_server):
    from docx import Document as Docx
    server = editor_server
    with _page() as (page, errors):

        # drafting staff: the programmes view for a pair, then the brief
        page.goto(server + "/programmes")
        page.select_option("select[name=a]", "Bộ Chỉ huy Quân sự")
        page.select_option("select[name=b]", "Hội Cựu chiến binh")
        page.click("form.figfilters button[type=submit]")
        page.wait_for_load_state()
        assert page.locator("ol.programmes > li").count() == 1
        page.click("details.commitments summary")
        assert page.locator("details.commitments li").count() == 9  # 5 contents, 4 responsibilities
        # activity labels keep one line's width (they wrapped one word per line before)
        label = page.locator("table.pairtable td.act").first
        assert label.bounding_box()["width"] > 150
        assert "so với 2016" in page.locator("table.pairtable").inner_text()
        page.screenshot(path=str(ARTIFACTS / "programmes-pair.png"), full_page=True)
        with page.expect_download() as info:
            page.click("a.brief")
        brief = Docx(info.value.path())
        assert len(brief.tables) == 3
        sources = {row.cells[0].text: row.cells[1].text for row in brief.tables[2].rows[1:]}
        assert any(t.startswith("Chương trình phối hợp giữa Bộ CHQS") for t in sources.values())
        for row in brief.tables[0].rows[1:]:
            assert all(mark in sources for mark in row.cells[-1].text.split())

        # analyst: sign in with the token, correct a figure, see it marked and exported
        page.goto(server + "/editor")
        page.fill("input[name=name]", "Lê Thị Phân Tích")
        page.fill("input[name=token]", TOKEN)
        page.click(".editorbox button[type=submit]")
        page.wait_for_load_state()
        assert "Lê Thị Phân Tích" in page.locator(".editorbox").inner_text()
        page.goto(server + "/?q=cuu+chien+binh&year=2016")
        page.click(".hit h2 a")
        page.wait_for_load_state()
        edit = page.locator("tr.editrow").first
        edit.locator("summary").click()
        edit.locator("input[name=value]").fill("38")
        edit.locator("button[value=correct]").click()
        page.wait_for_load_state()
        mark = page.locator("tr.corr-correct .corrmark").first
        assert "Đã sửa · Lê Thị Phân Tích" in mark.inner_text() and "gốc: 37" in mark.inner_text()
        page.screenshot(path=str(ARTIFACTS / "document-corrected.png"), full_page=True)

        page.goto(server + "/figures?q=cuu+chien+binh")
        with page.expect_download() as info:
            page.click("a.export-figures-csv")
        rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"))))
        row = next(r for r in rows if r["text"] == "37 buổi")
        assert (float(row["value"]), row["correction"], row["corrected_by"], float(row["original_value"])) \
            == (38, "correct", "Lê Thị Phân Tích", 37)
        page.goto(server + "/corrections")
        page.screenshot(path=str(ARTIFACTS / "corrections.png"), full_page=True)
        assert errors == []  # no CSP violations or script errors
