"""The drafting user's page: a pair's programmes with their commitments, results and targets side by
side per year, a year-on-year change only within one series, and the precedent brief (.docx) with a
citation for every number."""
from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from docx import Document as Docx

from extract.records import Extraction, Figure, Organization
from ingest.document import Document
from ingest.normalize import doc_id, normalize_text
from ingest.store import Store
from search_app import create_app, service
from search_app.cli import main

ROOT = Path(__file__).resolve().parents[2]
BCH, CCB = "Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh"
CORPUS = ["2018-nghe-an-chuong-trinh-phoi-hop-ccb.pdf", "2010-nghe-an-bao-cao-phoi-hop-ccb.txt",
          "2016-long-an-bao-cao-phoi-hop-ccb.txt", "2019-nghe-an-bao-cao-6-thang-ccb.txt",
          "2020-can-tho-ke-hoach-tuyen-quan-2021.pdf"]
PAIR = f"a={quote(BCH)}&b={quote(CCB)}"


@pytest.fixture(scope="module")
def corpus_app(tmp_path_factory):
    """Five documents of corpus/ ingested by the real `baocao ingest` (extractor included)."""
    data_dir = tmp_path_factory.mktemp("brief") / "data"
    result = CliRunner().invoke(main, ["ingest", *(str(ROOT / "corpus" / f) for f in CORPUS),
                                       "--data-dir", str(data_dir)], env={"BAOCAO_WORKERS": "1"})
    assert result.exit_code == 0, result.output
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    yield app
    app.extensions["baocao_release"]()


def test_programmes_view_lists_the_pairs_programme_with_commitments(corpus_app):
    listing = corpus_app.test_client().get("/programmes").get_data(as_text=True)
    row = re.search(rf"<tr><td>{BCH} \+ {CCB}</td>.*?</tr>", listing, re.S).group(0)
    assert "2018–2022 (5 nội dung)" in row
    html = corpus_app.test_client().get(f"/programmes?{PAIR}").get_data(as_text=True)
    assert "Chương trình phối hợp giữa Bộ CHQS tỉnh Nghệ An và Hội Cựu chiến binh tỉnh giai đoạn 2018 - 2022" in html
    assert "2018–2022" in html and "5 nội dung phối hợp, 4 trách nhiệm" in html
    assert "<strong>Tuyên truyền, giáo dục</strong>" in html and "Giúp nhau phát triển kinh tế" in html
    assert "CHỈ HUY TRƯỞNG: Đại tá Hoàng Văn Tiến" in html
    # the city's conscription plan mentions both but is not theirs
    assert "Kế hoạch tuyển chọn và gọi công dân nhập ngũ" not in html
    # results and targets side by side: 2010's report plans 50 houses for the next year and built 64
    assert "Chỉ tiêu: 50 · đạt" in html
    assert f'href="/programmes/brief.docx?{PAIR.replace("&", "&amp;")}"' in html
    # years narrow the programmes and the table
    html = corpus_app.test_client().get(f"/programmes?{PAIR}&year_from=2010&year_to=2016").get_data(as_text=True)
    assert "giai đoạn 2018 - 2022" not in html and "<th class=\"num\">2019</th>" not in html


def test_the_brief_has_commitments_results_targets_and_a_citation_for_every_number(corpus_app):
    r = corpus_app.test_client().get(f"/programmes/brief.docx?{PAIR}")
    assert r.status_code == 200 and r.mimetype.endswith("wordprocessingml.document")
    assert 'filename="ban-tham-khao-bo-chi-huy-quan-su-hoi-cuu-chien-binh-' in r.headers["Content-Disposition"]
    doc = Docx(io.BytesIO(r.data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Chương trình phối hợp giữa Bộ CHQS tỉnh Nghệ An và Hội Cựu chiến binh tỉnh giai đoạn 2018 - 2022 [1]" in text
    assert "Thời hạn: 2018–2022" in text and "1. Tuyên truyền, giáo dục" in text
    assert "Nguyễn Văn Hiền" in text
    results, targets, sources = doc.tables
    head = [c.text for c in results.rows[0].cells]
    assert head == ["Năm", "Hoạt động", "Đơn vị", "Tổ chức", "Kết quả", "Chỉ tiêu", "Thay đổi (cùng chuỗi)", "Nguồn"]
    rows = [[c.text for c in row.cells] for row in results.rows[1:]]
    assert ["2010", "Nhà tình nghĩa, nhà đại đoàn kết", "nhà", f"{BCH}, {CCB}", "64", "50", ""] == rows[
        [r[:3] for r in rows].index(["2010", "Nhà tình nghĩa, nhà đại đoàn kết", "nhà"])][:7]
    tgt = [[c.text for c in row.cells] for row in targets.rows[1:]]
    assert ["2010", "Nhà tình nghĩa, nhà đại đoàn kết", "nhà", "50", "64", "Đạt"] in [t[:6] for t in tgt]
    cited = {c.text: [x.text for x in row.cells] for row in sources.rows[1:] for c in row.cells[:1]}
    assert [c.text for c in sources.rows[0].cells] == ["Số", "Tiêu đề", "Ngày", "Nguồn"]
    # every number of the results and targets tables cites documents listed with title, date and source
    for row in rows + tgt:
        marks = re.findall(r"\[\d+\]", row[-1])
        assert marks, row
        for mark in marks:
            title, published, source = cited[mark][1:]
            assert title and re.fullmatch(r"\d{4}-\d\d-\d\d", published) and source
    assert cited["[1]"][1].startswith("Chương trình phối hợp") and cited["[1]"][3].endswith(".pdf")


def _store_pair(data_dir) -> None:
    """Three reports of the pair: 2016 and 2018 by both, 2017 by the veterans alone, with a target."""
    docs = [("Năm 2016, Bộ Chỉ huy Quân sự và Hội Cựu chiến binh mở 10 lớp.", 2016, [("10 lớp", [BCH, CCB], "result")]),
            ("Năm 2017, Hội Cựu chiến binh, cùng Bộ Chỉ huy Quân sự, mở 20 lớp, phấn đấu 25 lớp.", 2017,
             [("20 lớp", [CCB], "result"), ("25 lớp", [CCB], "target")]),
            ("Năm 2018, Bộ Chỉ huy Quân sự và Hội Cựu chiến binh mở 30 lớp.", 2018, [("30 lớp", [BCH, CCB], "result")])]
    with Store.open(data_dir) as store:
        for text, year, figures in docs:
            text = normalize_text(text)
            doc = Document(id=doc_id(text), title=f"Báo cáo {year}", text=text, sources=[f"/r/{year}.txt"],
                           published=f"{year}-12-01", years=[year], provinces=[], doc_type="bao_cao", format="txt",
                           source_name="Báo cáo")
            with store.transaction() as conn:
                store.add_document(conn, doc, doc.sources[0], None)
            ex = Extraction(version=1)
            for name in (BCH, CCB):
                a = text.index(name)
                ex.organizations.append(Organization(name, name, "other", None, None, a, a + len(name)))
            for written, orgs, kind in figures:
                a = text.index(written)
                ex.figures.append(Figure(float(written.split()[0]), None, "lớp", "exact", "tuyen_truyen", orgs, year,
                                         None, text, a, a + len(written), written, [(a, a + len(written))], kind))
            store.put_extraction(doc.id, ex)


def test_change_only_within_one_series_and_targets_beside_results(tmp_path):
    _store_pair(tmp_path)
    with Store.open(tmp_path) as store:
        conn = store.readonly_connection()
        table = service.pair_table(conn, BCH, CCB)
        conn.close()
    rows = {tuple(r["organizations"]): {v["year"]: v for v in r["values"]} for r in table["rows"]}
    both, ccb = rows[tuple(sorted([BCH, CCB]))], rows[(CCB,)]
    # 2018 against 2016, the same series; never against 2017's figure of another series
    assert (both[2018]["sum"], both[2018]["change_pct"], both[2018]["since"]) == (30, 200.0, 2016)
    assert both[2016]["change_pct"] is None and ccb[2017]["change_pct"] is None
    assert (ccb[2017]["sum"], ccb[2017]["target"]) == (20, 25)
    assert service.targets_met(table)[0] | {} == {"activity": "tuyen_truyen", "unit": "lớp", "organizations": [CCB],
                                                  "year": 2017, "target": 25, "result": 20, "met": False,
                                                  "docs": ccb[2017]["docs"]}
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path)})
    try:
        html = app.test_client().get(f"/programmes?{PAIR}").get_data(as_text=True)
    finally:
        app.extensions["baocao_release"]()
    assert "Δ +200.0% so với 2016" in html and "Chỉ tiêu: 25 · chưa đạt" in html
    assert len(re.findall(r"Δ [+-]", html)) == 1
