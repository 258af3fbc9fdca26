"""Search semantics through /api/search on the sample archive (real store, real index)."""
from __future__ import annotations

import pytest

# the embedded engine's tests that every backend passes too, collected in both modules
from search_api_case import (  # noqa: F401
    search,
    test_and_across_facets, test_exact_accent_ranks_first, test_facet_counts_all, test_facets_follow_the_query,
    test_matching, test_multiselect_is_or_and_ignores_own_selection, test_no_year_bucket,
    test_org_and_activity_filters, test_snippet_is_escaped_before_marking, test_sort_and_pagination, test_year_range,
)


def test_result_fields_snippet_and_figures(client, doc_ids):
    data = search(client, q="12.040")
    hit = data["results"][0]
    assert hit["years"] == [2016] and hit["provinces"] == ["Nghệ An"] and hit["doc_type"] == "chuong_trinh_phoi_hop"
    assert hit["sources"] == ["Báo Nghệ An"] and hit["published"] == "2016-12-20"
    assert "<mark>12.040</mark>" in hit["snippet"]
    assert [f["value"] for f in hit["figures"]] == [37, 12040, 1250]


@pytest.mark.parametrize("params, message", [
    ({"q": "(a"}, "ngoặc"),
    ({"q": '"a'}, "ngoặc kép"),
    ({"q": "x" * 201}, "quá dài"),
    ({"page": "abc"}, "page"),
    ({"sort": "random"}, "sắp xếp"),
    ({"per_page": "0"}, "per_page"),
    ({"year_from": "19x"}, "year_from"),
])
def test_bad_parameters_are_400_json(client, params, message):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 400
    assert message in response.get_json()["error"]


def test_api_facets(client):
    data = client.get("/api/facets?q=cuu+chien+binh&year=2016").get_json()
    assert data["total"] == 1
    assert {r["value"]: r["count"] for r in data["facets"]["year"]} == {"2016": 1, "2017": 1}


def test_api_document(client, doc_ids):
    data = client.get(f"/api/documents/{doc_ids['dong']}").get_json()
    assert data["title"] == "Quyên góp ủng hộ đồng bào miền Trung"
    assert data["figures"][0]["value"] == 1.5e9 and data["figures"][0]["unit"] == "đồng"
    assert {s["source"] for s in data["sources"]} == {"dong.txt", "dong-copy.txt"}
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404 and "error" in missing.get_json()


def test_api_figures_filters_and_aggregates(client):
    data = client.get("/api/figures?value_min=1000000").get_json()
    assert [(f["value"], f["unit"]) for f in data["figures"]] == [(1.5e9, "đồng")]
    data = client.get("/api/figures?fig_activity=tuyen_truyen").get_json()
    assert sorted(f["value"] for f in data["figures"]) == [37, 40]
    assert {(a["year"], a["unit"], a["sum"], a["count"]) for a in data["aggregates"]} == {
        (2016, "buổi", 37, 1), (2017, "buổi", 40, 1)}
    assert client.get("/api/figures?q=cuu+chien+binh").get_json()["total"] == 5
    assert client.get("/api/figures?q=cuu+chien+binh&unit=su%E1%BA%A5t+qu%C3%A0").get_json()["total"] == 2
    assert client.get("/api/figures?qualifier=over").get_json()["figures"][0]["value"] == 450
    assert client.get("/api/figures").get_json()["total"] == 9
    bad = client.get("/api/figures?value_min=abc")
    assert bad.status_code == 400 and "value_min" in bad.get_json()["error"]


def test_openapi(client):
    spec = client.get("/api/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/search", "/api/facets", "/api/documents/{id}", "/api/figures"} <= set(spec["paths"])


def test_api_figures_pages(client):
    everything = client.get("/api/figures?per_page=50").get_json()["figures"]
    page2 = client.get("/api/figures?per_page=4&page=2").get_json()
    assert page2["total"] == 9 and page2["figures"] == everything[4:8]
    assert len(client.get("/api/figures?per_page=4&page=3").get_json()["figures"]) == 1
