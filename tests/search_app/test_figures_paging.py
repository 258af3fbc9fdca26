"""The figures list pages through every row (it used to stop at the first 200), with the kind filter."""
from __future__ import annotations

import re

from extract.records import Extraction, Figure
from ingest.document import Document
from ingest.normalize import doc_id, normalize_text
from ingest.store import Store
from search_app import create_app
from search_app.backends.whoosh.index import sync

N = 250


def test_every_figure_is_on_some_page(tmp_path):
    text = normalize_text("Báo cáo. " + "; ".join(f"mở {i} lớp" for i in range(1, N + 1)) + ".")
    with Store.open(tmp_path) as store:
        doc = Document(id=doc_id(text), title="Báo cáo", text=text, sources=["/r.txt"], published="2016-12-01",
                       years=[2016], provinces=[], doc_type="bao_cao", format="txt", source_name=None)
        with store.transaction() as conn:
            store.add_document(conn, doc, "/r.txt", None)
        figures = []
        for i in range(1, N + 1):
            written = f"{i} lớp"
            a = text.index(f"mở {written};" if i < N else f"mở {written}.") + 3
            figures.append(Figure(float(i), None, "lớp", "exact", "tuyen_truyen", [], 2016, None, text, a,
                                  a + len(written), written, [(a, a + len(written))],
                                  "target" if i % 50 == 0 else "result"))
        store.put_extraction(doc.id, Extraction(version=1, figures=figures))
        sync(store)
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path)})
    try:
        client = app.test_client()
        seen = []
        for page in (1, 2, 3):
            html = client.get(f"/figures?page={page}").get_data(as_text=True)
            assert f"Trang {page} / 3" in html
            seen += [int(i) for i in re.findall(r'#fig-(\d+)"', html)]
        assert sorted(seen) == list(range(N)) and len(seen) == N
        html = client.get("/figures?page=3").get_data(as_text=True)
        assert "(201–250 trong 250)" in html and 'href="?page=2">‹ Trước</a>' in html
        html = client.get("/figures?kind=target").get_data(as_text=True)
        assert "<strong>5</strong> số liệu" in html and "Trang" not in html
        assert client.get("/figures?kind=maybe").status_code == 400
        # targets are totalled apart from results
        table = client.get("/api/figures").get_json()["aggregates"]
        assert {(r["kind"], r["sum"], r["count"]) for r in table} == {
            ("target", 750, 5), ("result", N * (N + 1) / 2 - 750, N - 5)}
    finally:
        app.extensions["baocao_release"]()
