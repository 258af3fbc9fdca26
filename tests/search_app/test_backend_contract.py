"""The search backend contract: the same cases, through the same web app and API, on every backend.

Each backend indexes the sample archive of search_samples.py from a real store; the cases are the
expectations of the embedded engine's own tests (test_search_api.py), so a backend that passes
answers users the same way: accent-insensitive matching with exact accents ranked first,
multi-syllable units and phrases, facets (several values of one facet OR, different facets AND,
a facet's counts ignoring its own selection), year ranges, sorting, pagination, escaping.
"""
from __future__ import annotations

import pytest

from ingest.store import Store
from search_app import create_app
from search_app.analysis import fold
from search_app.backends import SearchBackend, open_backend
from search_app.filters import Filters

from backend_servers import BACKENDS, opensearch_base, opensearch_url  # noqa: F401 (a fixture)
from search_samples import SAMPLES, build_store


@pytest.fixture(scope="module", params=BACKENDS)
def backend_app(request, tmp_path_factory):
    """(backend name, backend, Flask app, {sample key: doc id}) over a fresh copy of the archive."""
    data_dir = tmp_path_factory.mktemp(f"contract-{request.param}") / "data"
    ids = build_store(data_dir)  # stores the samples and builds the Whoosh index
    if request.param == "whoosh":
        backend = open_backend("", data_dir)
    else:
        base, _ = request.getfixturevalue("opensearch_base")
        backend = open_backend(opensearch_url(base), data_dir)
        with Store.open(data_dir) as store:
            assert backend.sync(store) == len(SAMPLES)
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir), "MAX_QUERY_CHARS": 200}, engine=backend)
    yield request.param, backend, app, ids, data_dir
    if request.param == "opensearch":
        backend.drop()
    app.extensions["baocao_release"]()


@pytest.fixture
def client(backend_app):
    return backend_app[2].test_client()


@pytest.fixture
def doc_ids(backend_app):
    return backend_app[3]


@pytest.fixture
def backend(backend_app):
    return backend_app[1]


def search(client, **params):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def keys(data, doc_ids):
    by_id = {v: k for k, v in doc_ids.items()}
    return [by_id[r["id"]] for r in data["results"]]


def facet(data, name):
    return {r["value"]: r["count"] for r in data["facets"][name]}


def test_is_a_search_backend(backend):
    assert isinstance(backend, SearchBackend)
    assert backend.count() == len(SAMPLES)


@pytest.mark.parametrize("q, expected", [
    ("cựu chiến binh", {"ccb2016", "ccb2017"}),
    ("cuu chien binh", {"ccb2016", "ccb2017"}),
    ("CỰU CHIẾN BINH", {"ccb2016", "ccb2017"}),
    ("thanh niên", {"ccb2016", "hienmau"}),  # not "apart": "Thanh, ... niên" are not one unit
    ("thanh AND niên", {"ccb2016", "hienmau", "apart"}),
    ("dong", {"dong", "apart", "hienmau"}),  # "d" finds "đ": đồng, động
    ("12.040", {"ccb2016"}),  # a number is one token
    ("suất quà, cựu chiến binh", {"ccb2016", "ccb2017"}),
    ("hiến máu, cựu chiến binh", set()),
    ('"cựu chiến binh có"', {"ccb2017"}),
    ('"binh có hoàn"', {"ccb2017"}),
    ('"chiến binh cựu"', set()),
    ("cựu chiến binh NOT hoàn cảnh", {"ccb2016"}),
    ("cựu chiến binh -khó", {"ccb2016"}),
    ("hiến máu OR quyên góp", {"hienmau", "dong"}),
    ("hiến máu HOẶC quyên góp", {"hienmau", "dong"}),
    ("(hiến máu OR quyên góp) AND year:2015", {"dong"}),
    ('title:"hiến máu"', {"hienmau"}),
    ("title:niên", {"apart"}),
    ("title:quyên*", {"dong"}),
    ('org:"Hội Chữ thập đỏ"', {"dong"}),
    ("org:cuu chien binh", {"ccb2016", "ccb2017"}),
    ("year:2016", {"ccb2016", "evil"}),
    ("year:2015-2016", {"ccb2016", "evil", "dong"}),
    ("quyên*", {"dong"}),
    ("", {"ccb2016", "ccb2017", "hienmau", "apart", "dong", "evil"}),
], ids=lambda v: v if isinstance(v, str) else "")
def test_matching(client, doc_ids, q, expected):
    data = search(client, q=q)
    assert set(keys(data, doc_ids)) == expected
    assert data["total"] == len(expected)


@pytest.mark.parametrize("q, total", [
    ('a+b', 0), ('x:y', 0), ("a*b", 0), ('org:"Hội *"', 0), ("org:?", 0), ("title:a\\b", 0),
    ('{"query": 1}', 0), ("_id:1", 0), ("đ/đ", 0), ("'; DROP TABLE documents; --", 0),
    ("\\", 6),  # no word at all: everything, as an empty query
    ("<script>", 1),  # the word "script", in the title of "evil"
    ('"*"', 6), ("org:*", 0), ("hội*", 4),
])
def test_special_characters_are_plain_text(client, q, total):
    # nothing of the backend's own query syntax leaks through: only our grammar's words count
    assert search(client, q=q)["total"] == total


def test_exact_accent_ranks_first(client, doc_ids):
    # folding merges "đồng" and "động"; the accents typed decide the order
    dong = keys(search(client, q="đồng"), doc_ids)
    assert set(dong) == {"dong", "apart", "hienmau"} and dong[0] == "dong"
    dong = keys(search(client, q="động"), doc_ids)
    assert set(dong) == {"dong", "apart", "hienmau"} and dong[-1] == "dong"


def test_title_matches_rank_above_text_matches(client, doc_ids):
    assert keys(search(client, q="hiến máu"), doc_ids) == ["hienmau"]
    ranked = keys(search(client, q="thanh"), doc_ids)
    assert ranked[0] == "apart"  # "Thanh" in the title; the others only in the text


def test_facet_counts_all(client):
    data = search(client)
    assert facet(data, "year") == {"2015": 1, "2016": 2, "2017": 2, "none": 1}
    assert facet(data, "org")["Hội Cựu chiến binh"] == 2
    assert facet(data, "province") == {"Nghệ An": 2, "Hà Nội": 1, "Thanh Hóa": 1, "Quảng Nam": 2}
    assert facet(data, "doc_type") == {"chuong_trinh_phoi_hop": 2, "tin_bai": 3, "bao_cao": 1}
    assert data["histogram"] == [{"year": 2015, "count": 1}, {"year": 2016, "count": 2}, {"year": 2017, "count": 2}]


def test_facets_follow_the_query(client):
    data = search(client, q="cuu chien binh")
    assert facet(data, "year") == {"2016": 1, "2017": 1}
    assert facet(data, "activity") == {"tuyen_truyen": 2, "tham_hoi_tang_qua": 2, "xay_dung_to_chuc": 1}
    assert data["histogram"] == [{"year": 2016, "count": 1}, {"year": 2017, "count": 1}]


def test_multiselect_is_or_and_ignores_own_selection(client, doc_ids):
    data = search(client, year=["2016", "2017"])
    assert set(keys(data, doc_ids)) == {"ccb2016", "ccb2017", "hienmau", "evil"}
    assert facet(data, "year") == {"2015": 1, "2016": 2, "2017": 2, "none": 1}
    assert {r["value"] for r in data["facets"]["year"] if r["selected"]} == {"2016", "2017"}
    assert facet(data, "province") == {"Nghệ An": 2, "Hà Nội": 1, "Quảng Nam": 1}


def test_and_across_facets(client, doc_ids):
    data = search(client, year=["2016", "2017"], province="Nghệ An")
    assert set(keys(data, doc_ids)) == {"ccb2016", "ccb2017"}
    assert facet(data, "year") == {"2016": 1, "2017": 1}
    assert facet(data, "province") == {"Nghệ An": 2, "Hà Nội": 1, "Quảng Nam": 1}


def test_selected_value_without_documents_is_listed(client):
    data = search(client, province=["Nghệ An", "Cà Mau"])
    assert data["total"] == 2
    rows = {r["value"]: (r["count"], r["selected"]) for r in data["facets"]["province"]}
    assert rows["Cà Mau"] == (0, True) and rows["Nghệ An"] == (2, True)


def test_org_and_activity_filters(client, doc_ids):
    assert set(keys(search(client, org="Hội Chữ thập đỏ"), doc_ids)) == {"dong"}
    assert set(keys(search(client, activity=["hien_mau", "sinh_ke"]), doc_ids)) == {"hienmau", "evil"}
    assert search(client, org="Không có tổ chức này")["total"] == 0


def test_no_year_bucket(client, doc_ids):
    assert keys(search(client, year="none"), doc_ids) == ["apart"]


def test_year_range(client, doc_ids):
    data = search(client, year_from=2016, year_to=2017)
    assert set(keys(data, doc_ids)) == {"ccb2016", "ccb2017", "hienmau", "evil"}
    assert search(client, year_from=2017)["total"] == 2
    assert search(client, year_to=2015)["total"] == 1
    both = search(client, year_from=2016, year=["2015", "2016"])
    assert set(keys(both, doc_ids)) == {"ccb2016", "evil"}


def test_sort_and_pagination(client, doc_ids):
    newest = keys(search(client, sort="newest"), doc_ids)
    assert newest == ["ccb2017", "hienmau", "ccb2016", "evil", "dong", "apart"]
    oldest = keys(search(client, sort="oldest"), doc_ids)
    assert oldest == ["dong", "evil", "ccb2016", "hienmau", "ccb2017", "apart"]
    page2 = search(client, sort="newest", per_page=2, page=2)
    assert keys(page2, doc_ids) == ["ccb2016", "evil"] and page2["total"] == 6 and page2["page"] == 2
    assert search(client, sort="newest", per_page=5, page=3)["results"] == []
    # relevance without words is newest first
    assert keys(search(client), doc_ids) == newest


def test_snippet_marks_the_match(client):
    hit = search(client, q="12.040")["results"][0]
    assert "<mark>12.040</mark>" in hit["snippet"]
    hit = search(client, q="cuu chien binh")["results"][0]
    assert "<mark>cựu chiến binh</mark>" in hit["snippet"].lower()


def test_snippet_is_escaped_before_marking(client):
    hit = search(client, q="kỹ thuật")["results"][0]
    assert "&lt;b&gt;<mark>kỹ thuật</mark>&lt;/b&gt;" in hit["snippet"]
    assert "<b>" not in hit["snippet"]


def test_title_of_hits_is_the_stored_title(client, doc_ids):
    hit = search(client, q="quyên góp")["results"][0]
    assert hit["title"] == "Quyên góp ủng hộ đồng bào miền Trung"
    evil = search(client, q="kỹ thuật")["results"][0]
    assert evil["title"] == '=HYPERLINK("http://evil.example") <script>alert(1)</script> Hội Nông dân'


def test_exports_follow_the_order(client, doc_ids):
    data = client.get("/export/documents.json?sort=oldest&q=").get_json()
    by_id = {v: k for k, v in doc_ids.items()}
    assert [by_id[r["id"]] for r in data] == ["dong", "evil", "ccb2016", "hienmau", "ccb2017", "apart"]
    figures = client.get("/export/figures.json?q=cuu+chien+binh").get_json()
    assert len(figures) == 5


def test_ordered_ids_and_similar(backend, doc_ids):
    by_id = {v: k for k, v in doc_ids.items()}
    ids = backend.ordered_ids(Filters(q="cựu chiến binh", sort="newest"))
    assert [by_id[i] for i in ids] == ["ccb2017", "ccb2016"]
    text = SAMPLES[0].text
    similar = backend.similar(doc_ids["ccb2016"], text, ["Hội Cựu chiến binh"])
    assert similar and by_id[similar[0]["id"]] == "ccb2017"
    assert similar[0]["shared_orgs"] == ["Hội Cựu chiến binh"]
    assert doc_ids["ccb2016"] not in {s["id"] for s in similar}


def test_document_page_lists_similar(client, doc_ids):
    page = client.get(f"/documents/{doc_ids['ccb2016']}")
    assert page.status_code == 200
    assert f"/documents/{doc_ids['ccb2017']}" in page.get_data(as_text=True)


def test_index_delete_refresh(backend_app):
    name, backend, _, ids, data_dir = backend_app
    from search_app.backends import index_doc

    with Store.open(data_dir) as store:
        doc = store.get_document(ids["hienmau"])
        item = index_doc(doc, store.get_records(doc.id))
    assert backend.delete([doc.id]) == 1
    backend.refresh()
    assert backend.count() == len(SAMPLES) - 1
    assert backend.search(Filters(q="hiến máu")).total == 0
    assert backend.index([item]) == 1
    backend.refresh()
    assert backend.count() == len(SAMPLES)
    assert backend.search(Filters(q="hiến máu")).total == 1


@pytest.mark.parametrize("q, message", [('"a', "ngoặc kép"), ("*:*", "tiền tố"), ("(a", "ngoặc")])
def test_bad_query_is_400(client, q, message):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code == 400 and message in response.get_json()["error"]


def test_opensearch_folding_matches_ours(opensearch_base):
    """asciifolding of a stock OpenSearch folds every Vietnamese letter as analysis.fold does (đ -> d)."""
    from search_app.backends.opensearch import OpenSearchBackend

    backend = OpenSearchBackend.from_url(opensearch_url(opensearch_base[0]))
    try:
        backend.ensure_index()
        letters = ("aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ")
        words = [letters[i:i + 6] for i in range(0, len(letters), 6)]
        text = " ".join(words + [w.upper() for w in words])
        tokens = backend.client.indices.analyze(index=backend.index_name,
                                                body={"analyzer": "vi_fold", "text": text})["tokens"]
        assert [t["token"] for t in tokens] == fold(text).split()
    finally:
        backend.drop()
        backend.close()
