"""Shared by the robustness tests: generated corpora, the CLI as a subprocess, store invariants."""
from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LONG = os.environ.get("BAOCAO_LONG") == "1"

PROVINCES = ("Nghệ An", "Quảng Trị", "Thái Bình", "Lâm Đồng", "Cà Mau", "Hà Giang", "Bình Định", "Sơn La")
ORGS = ("Hội Cựu chiến binh", "Bộ Chỉ huy Quân sự tỉnh", "Hội Liên hiệp Phụ nữ", "Hội Chữ thập đỏ",
        "Tỉnh đoàn", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Nông dân")
ACTS = ("tổ chức {n} buổi tuyên truyền cho {m} lượt hội viên",
        "trao {n} suất quà trị giá {money} triệu đồng cho gia đình chính sách",
        "vận động {n} đơn vị máu tại {m} điểm hiến máu",
        "xây dựng {n} căn nhà tình nghĩa với tổng kinh phí {money} triệu đồng",
        "giới thiệu việc làm cho {m} thanh niên, mở {n} lớp cảm tình đoàn")


def article(i: int, rng: random.Random) -> tuple[str, str]:
    """A short, unique report in the corpus genre: (title, text)."""
    province = rng.choice(PROVINCES)
    year = rng.randint(2012, 2024)
    org = rng.choice(ORGS)
    title = f"{org} tỉnh {province} tổng kết công tác năm {year} (số {i})"
    sentences = [f"Năm {year}, {org} tỉnh {province} đã "
                 + rng.choice(ACTS).format(n=rng.randint(2, 90), m=rng.randint(100, 9000),
                                           money=rng.randint(10, 900)) + "."
                 for _ in range(rng.randint(2, 5))]
    sentences.append(f"Báo cáo mã {i:05d}-{rng.getrandbits(32):08x} do văn phòng tỉnh {province} lập.")
    return title, "\n\n".join(sentences)


def make_corpus(folder: Path, count: int, seed: int = 0, start: int = 0) -> dict[str, str]:
    """Write `count` documents: about 3/4 as .txt files, the rest as .jsonl files of 10 lines.

    Returns {document title: file name} for every document written.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    n_jsonl = count // 4
    for i in range(start, start + count - n_jsonl):
        title, text = article(i, rng)
        path = folder / f"bao-cao-{i:05d}.txt"
        path.write_text(f"{title}\n\n{text}\n", "utf-8")
        written[title] = path.name
    lines: list[str] = []
    for j in range(n_jsonl):
        i = start + count - n_jsonl + j
        title, text = article(i, rng)
        lines.append(json.dumps({"id": f"g{i}", "title": title, "text": text, "date": "2019-05-01"},
                                ensure_ascii=False))
        written[title] = f"tin-{(i // 10):05d}.jsonl"
    for k in range(0, len(lines), 10):
        name = f"tin-{(start + count - n_jsonl + k) // 10:05d}-{seed}.jsonl"
        (folder / name).write_text("\n".join(lines[k:k + 10]) + "\n", "utf-8")
    return written


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("BAOCAO_DATA_DIR", None)
    env.update(extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "search_app.cli", *args]


def run_cli(*args: str, timeout: float = 600, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(cli_command(*args), cwd=ROOT, env=cli_env(**env), capture_output=True,
                          text=True, timeout=timeout)


def connect_ro(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{(data_dir / 'baocao.sqlite3').as_uri()}?mode=ro", uri=True)


def assert_store_consistent(data_dir: Path) -> int:
    """Invariants that must hold after any crash: returns the number of documents.

    - SQLite's own integrity_check is ok and no foreign key points nowhere;
    - every document has a title, a text and at least one source;
    - extracted documents have records JSON whose counts match the figures/entities rows;
    - no document stored twice under two ids (same text), no source claimed by two documents.
    """
    from search_app import check

    conn = connect_ro(data_dir)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        empty = conn.execute("SELECT id FROM documents WHERE title = '' OR text = ''").fetchall()
        assert empty == [], empty
        half = conn.execute("SELECT id FROM documents WHERE (records IS NULL) != (extractor_version IS NULL)")
        assert half.fetchall() == []
        twice = conn.execute("SELECT text, count(*) FROM documents GROUP BY text HAVING count(*) > 1")
        assert twice.fetchall() == []
        claimed = conn.execute("SELECT source, count(DISTINCT doc_id) FROM sources GROUP BY source"
                               " HAVING count(DISTINCT doc_id) > 1")
        assert claimed.fetchall() == []
        count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()

    class _RO:  # what check_store needs of a Store, over a read-only connection
        def __init__(self):
            self.conn = connect_ro(data_dir)
            self.data_dir = data_dir

    store = _RO()
    try:
        report = check.Report()
        check.check_store(store, report)
    finally:
        store.conn.close()
    assert report.problems == 0, report.lines()
    return count


def doc_id_by_title(data_dir: Path, title: str) -> str:
    conn = connect_ro(data_dir)
    try:
        return conn.execute("SELECT id FROM documents WHERE title = ?", (title,)).fetchone()[0]
    finally:
        conn.close()


def search_ids(data_dir: Path, query: str, **filters) -> list[str]:
    """Ids the real app's JSON API returns for a query (first 100)."""
    from search_app import create_app

    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    try:
        response = app.test_client().get("/api/search", query_string={"q": query, "per_page": 100, **filters})
        assert response.status_code == 200, response.get_data(as_text=True)
        return [hit["id"] for hit in response.get_json()["results"]]
    finally:
        close_app(app)


def close_app(app) -> None:
    """Close the app's index searcher and store now, not in a finalizer at some later GC
    (where a warning, an error under filterwarnings=error, is only 'unraisable')."""
    app.extensions["baocao_release"]()  # runs the app's finalizer now, so GC does not run it again


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`baocao serve` as a subprocess on a free loopback port; stopped (by its own PID) on exit."""

    def __init__(self, data_dir: Path, threads: int = 4, log: Path | None = None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(log or (Path(data_dir).parent / f"serve-{self.port}.log"), "wb")
        self.proc = subprocess.Popen(
            cli_command("serve", "--host", "127.0.0.1", "--port", str(self.port), "--threads", str(threads),
                        "--data-dir", str(data_dir)),
            cwd=ROOT, env=cli_env(), stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def __enter__(self) -> "Server":
        import time

        import httpx

        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"serve exited with {self.proc.returncode}"
            try:
                if httpx.get(self.base + "/api/search", timeout=5).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise AssertionError("serve did not answer within 300 s")

    def __exit__(self, *exc) -> None:
        import signal

        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()
