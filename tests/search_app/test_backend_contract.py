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
# the embedded engine's tests that every backend passes too, collected in both modules
from search_api_case import (  # noqa: F401
    keys, search,
    test_and_across_facets, test_exact_accent_ranks_first, test_facet_counts_all, test_facets_follow_the_query,
    test_matching, test_multiselect_is_or_and_ignores_own_selection, test_no_year_bucket,
    test_org_and_activity_filters, test_snippet_is_escaped_before_marking, test_sort_and_pagination, test_year_range,
)
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


def test_is_a_search_backend(backend):
    assert isinstance(backend, SearchBackend)
    assert backend.count() == len(SAMPLES)


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


def test_title_matches_rank_above_text_matches(client, doc_ids):
    assert keys(search(client, q="hiến máu"), doc_ids) == ["hienmau"]
    ranked = keys(search(client, q="thanh"), doc_ids)
    assert ranked[0] == "apart"  # "Thanh" in the title; the others only in the text


def test_selected_value_without_documents_is_listed(client):
    data = search(client, province=["Nghệ An", "Cà Mau"])
    assert data["total"] == 2
    rows = {r["value"]: (r["count"], r["selected"]) for r in data["facets"]["province"]}
    assert rows["Cà Mau"] == (0, True) and rows["Nghệ An"] == (2, True)


def test_snippet_marks_the_match(client):
    hit = search(client, q="12.040")["results"][0]
    assert "<mark>12.040</mark>" in hit["snippet"]
    hit = search(client, q="cuu chien binh")["results"][0]
    assert "<mark>cựu chiến binh</mark>" in hit["snippet"].lower()


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
