"""The benchmark runs end to end on a dozen generated documents and reports every part.

No timing assertions: only that each part ran and produced positive numbers.
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import peer, queries, report, stats
from bench.corpus import count_for, make_slices

ROOT = Path(__file__).resolve().parents[2]

PROVINCES = ["Nghệ An", "Quảng Bình", "Hà Tĩnh", "Thanh Hóa"]


def _article(n: int) -> dict:
    province = PROVINCES[n % len(PROVINCES)]
    year = 2015 + n % 3
    text = (
        f"Hội Cựu chiến binh tỉnh {province} tổng kết công tác năm {year}\n"
        f"Năm {year}, Hội Cựu chiến binh tỉnh {province} đã phối hợp với Bộ Chỉ huy Quân sự tỉnh "
        f"tổ chức {30 + n} buổi tuyên truyền cho {1200 + 10 * n} hội viên. "
        f"Hội Chữ thập đỏ tỉnh vận động {45 + n} đơn vị máu và trao {250 + n} suất quà, "
        f"tổng trị giá {n + 1} tỷ đồng, cho các gia đình chính sách. "
        f"Đoàn Thanh niên đã tiễn {300 + n} thanh niên nhập ngũ và xây dựng {n + 2} nhà tình nghĩa "
        f"cho cựu chiến binh có hoàn cảnh khó khăn ở các xã nông thôn mới."
    )
    return {"id": f"smoke-{n}", "title": text.split("\n")[0], "text": text}


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(12):
            handle.write(json.dumps(_article(n), ensure_ascii=False) + "\n")
    return path


def test_slices_are_nested_prefixes(tiny_corpus: Path, tmp_path: Path) -> None:
    total, slices = make_slices(tiny_corpus, [25, 50, 100], tmp_path / "slices")
    assert total == 12
    assert [s.records for s in slices] == [3, 6, 12]
    lines = [gzip.open(s.path, "rt", encoding="utf-8").read().splitlines() for s in slices]
    assert lines[1][:3] == lines[0] and lines[2][:6] == lines[1]
    assert count_for(35440, 10, None) == 3544
    assert count_for(35440, 100, 30) == 30


def test_percentile_matches_linear_interpolation() -> None:
    samples = [1.0, 2.0, 3.0, 4.0, 5.0]
    assert stats.percentile(samples, 50) == 3.0
    assert stats.percentile(samples, 95) == pytest.approx(4.8)
    assert stats.percentile([7.0], 99) == 7.0
    lat = stats.Latency.of([0.001, 0.003])
    assert lat.p50 == pytest.approx(2.0) and lat.max == pytest.approx(3.0)


def test_escape_fts_keeps_phrases_and_quotes_words() -> None:
    assert peer.escape_fts('cựu chiến binh') == '"cựu" "chiến" "binh"'
    assert peer.escape_fts('"hiến máu" tình nguyện') == '"hiến máu" "tình" "nguyện"'
    assert peer.escape_fts('"unbalanced') == '"unbalanced"'
    assert peer.escape_fts('   ') == ""


def test_query_set_has_the_required_queries() -> None:
    labels = {q.label for q in queries.load()}
    for needed in ("cựu chiến binh", "cuu chien binh", "thanh niên nhập ngũ", '"hiến máu"',
                   "tặng quà year=2016", "đồng", "Hội Chữ thập đỏ"):
        assert needed in labels
    assert any(q.q == "nông thôn mới" and q.province for q in queries.load())
    assert len(labels) >= 20


@pytest.mark.slow
def test_benchmark_runs_end_to_end(tiny_corpus: Path, tmp_path: Path) -> None:
    raw = tmp_path / "report.json"
    results = tmp_path / "RESULTS.md"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--corpus", str(tiny_corpus), "--sizes", "50,100",
         "--rounds", "1", "--warmup", "1", "--serve-rounds", "1", "--workers", "1",
         "--work-dir", str(tmp_path / "work"), "--json", str(raw), "--write-results", str(results)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-3000:]
    data = json.loads(raw.read_text(encoding="utf-8"))
    assert data["errors"] == []
    assert data["meta"]["cpu_logical"] >= 1 and data["meta"]["corpus_records"] == 12

    ingest = data["ingest"]
    assert [row["percent"] for row in ingest] == [50, 100]
    assert [row["records"] for row in ingest] == [6, 12]
    for row in ingest:
        assert row["returncode"] == 0
        assert row["documents"] == row["records"]
        assert row["indexed"] == row["documents"]
        assert row["seconds"] > 0 and row["records_per_s"] > 0
        assert row["peak_rss_tree"] > 0 and row["store_bytes"] > 0 and row["index_bytes"] > 0

    search = data["search"]
    assert set(search["latency"]) == {"baocao", "fts5", "fts5_tuned"}
    for lat in search["latency"].values():
        assert lat["n"] == len(queries.load())
        assert 0 < lat["p50"] <= lat["p95"] <= lat["p99"] <= lat["max"]
    by_query = {p["query"]: p for p in search["per_query"]}
    ccb = by_query["cựu chiến binh"]
    # Every generated article names the Veterans' Association: both engines find all 12.
    assert ccb["baocao_total"] == 12 and ccb["fts5_total"] == 12
    assert ccb["overlap"] == ccb["overlap_of"] == 12
    assert ccb["baocao_snippets"] == 12
    assert {"year", "org", "activity", "province"} <= set(ccb["baocao_facets"])

    for fmt in ("csv", "xlsx"):
        exported = data["export"]["formats"][fmt]
        assert exported["returncode"] == 0 and exported["seconds"] > 0
        assert exported["rows"] == data["ingest"][-1]["figures"] > 0

    serve = data["serve"]
    assert serve["rss"] > 0 and serve["errors"] == 0 and serve["requests"] == len(queries.load())

    text = results.read_text(encoding="utf-8")
    for heading in ("## Targets", "## 1. Ingest", "## 2–3. Search latency", "## 4. Figures export",
                    "## 5. `baocao serve` memory"):
        assert heading in text
    assert text == report.render(data)
