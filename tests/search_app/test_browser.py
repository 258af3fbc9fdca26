"""A real browser against `baocao serve` (waitress) on a free loopback port.

Searches without accents, clicks a year and an organisation facet, opens a
document, sees highlighted figures and downloads the CSV. Screenshots go to
test-artifacts/ for a human to look at.
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
from pathlib import Path

import pytest

from search_samples import build_store

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed at /usr/bin/chromium")
    data_dir = tmp_path / "data"
    build_store(data_dir)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
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
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def test_search_facets_document_and_csv(server):
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
            assert sorted(float(r["Giá trị"]) for r in rows) == [37, 1250, 12040]

            page.goto(server + "/figures?q=cuu+chien+binh")
            page.screenshot(path=str(ARTIFACTS / "figures.png"), full_page=True)
            page.goto(server + "/programmes?a=B%E1%BB%99+Ch%E1%BB%89+huy+Qu%C3%A2n+s%E1%BB%B1&b=H%E1%BB%99i+C%E1%BB%B1u+chi%E1%BA%BFn+binh")
            page.screenshot(path=str(ARTIFACTS / "programmes.png"), full_page=True)
            assert errors == []  # no CSP violations or script errors
        finally:
            browser.close()
