"""Search semantics through /api/search on the sample archive (real store, real index)."""
from __future__ import annotations

import pytest


def search(client, **params):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def keys(data, doc_ids):
    by_id = {v: k for k, v in doc_ids.items()}
    return [by_id[r["id"]] for r in data["results"]]


def facet(data, name):
    return {r["value"]: r["count"] for r in data["facets"][name]}


@pytest.mark.parametrize("q, expected", [
    ("cựu chiến binh", {"ccb2016", "ccb2017"}),
    ("cuu chien binh", {"ccb2016", "ccb2017"}),
    ("CỰU CHIẾN BINH", {"ccb2016", "ccb2017"}),
    ("thanh niên", {"ccb2016", "hienmau"}),  # not "apart": Thanh ... niên far apart
    ("thanh AND niên", {"ccb2016", "hienmau", "apart"}),
    ("dong", {"dong", "apart", "hienmau"}),  # "d" finds "đ": đồng, động (hoạt động, vận động)
    ("12.040", {"ccb2016"}),
    ("suất quà, cựu chiến binh", {"ccb2016", "ccb2017"}),
    ("hiến máu, cựu chiến binh", set()),
    ('"cựu chiến binh có"', {"ccb2017"}),
    ("cựu chiến binh NOT hoàn cảnh", {"ccb2016"}),
    ("cựu chiến binh -khó", {"ccb2016"}),
    ("hiến máu OR quyên góp", {"hienmau", "dong"}),
    ("hiến máu HOẶC quyên góp", {"hienmau", "dong"}),
    ('title:"hiến máu"', {"hienmau"}),
    ("title:niên", {"apart"}),
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


def test_exact_accent_ranks_first(client, doc_ids):
    # folding merges "đồng" and "động"; the accents typed decide the order
    dong = keys(search(client, q="đồng"), doc_ids)
    assert set(dong) == {"dong", "apart", "hienmau"} and dong[0] == "dong"
    dong = keys(search(client, q="động"), doc_ids)
    assert set(dong) == {"dong", "apart", "hienmau"} and dong[-1] == "dong"


def test_facet_counts_all(client):
    data = search(client)
    assert facet(data, "year") == {"2015": 1, "2016": 2, "2017": 2, "none": 1}
    assert facet(data, "org")["Hội Cựu chiến binh"] == 2
    assert facet(data, "province") == {"Nghệ An": 2, "Hà Nội": 1, "Thanh Hóa": 1, "Quảng Nam": 2}
    assert facet(data, "doc_type") == {"chuong_trinh_phoi_hop": 2, "tin_bai": 3, "bao_cao": 1}
    labels = {r["value"]: r["label"] for r in data["facets"]["year"]}
    assert labels["none"] == "Không rõ năm"
    assert data["histogram"] == [{"year": 2015, "count": 1}, {"year": 2016, "count": 2}, {"year": 2017, "count": 2}]


def test_facets_follow_the_query(client):
    data = search(client, q="cuu chien binh")
    assert facet(data, "year") == {"2016": 1, "2017": 1}
    assert facet(data, "activity") == {"tuyen_truyen": 2, "tham_hoi_tang_qua": 2, "xay_dung_to_chuc": 1}


def test_multiselect_is_or_and_ignores_own_selection(client, doc_ids):
    data = search(client, year=["2016", "2017"])
    assert set(keys(data, doc_ids)) == {"ccb2016", "ccb2017", "hienmau", "evil"}
    # the year facet still shows every year, with the selected ones flagged
    assert facet(data, "year") == {"2015": 1, "2016": 2, "2017": 2, "none": 1}
    assert {r["value"] for r in data["facets"]["year"] if r["selected"]} == {"2016", "2017"}
    # other facets count within the selection
    assert facet(data, "province") == {"Nghệ An": 2, "Hà Nội": 1, "Quảng Nam": 1}


def test_and_across_facets(client, doc_ids):
    data = search(client, year=["2016", "2017"], province="Nghệ An")
    assert set(keys(data, doc_ids)) == {"ccb2016", "ccb2017"}
    assert facet(data, "year") == {"2016": 1, "2017": 1}  # year counts apply the province filter
    assert facet(data, "province") == {"Nghệ An": 2, "Hà Nội": 1, "Quảng Nam": 1}


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


def test_sort_and_pagination(client, doc_ids):
    newest = keys(search(client, sort="newest"), doc_ids)
    assert newest == ["ccb2017", "hienmau", "ccb2016", "evil", "dong", "apart"]
    oldest = keys(search(client, sort="oldest"), doc_ids)
    assert oldest == ["dong", "evil", "ccb2016", "hienmau", "ccb2017", "apart"]
    page2 = search(client, sort="newest", per_page=2, page=2)
    assert keys(page2, doc_ids) == ["ccb2016", "evil"] and page2["total"] == 6 and page2["page"] == 2


def test_result_fields_snippet_and_figures(client, doc_ids):
    data = search(client, q="12.040")
    hit = data["results"][0]
    assert hit["years"] == [2016] and hit["provinces"] == ["Nghệ An"] and hit["doc_type"] == "chuong_trinh_phoi_hop"
    assert hit["sources"] == ["Báo Nghệ An"] and hit["published"] == "2016-12-20"
    assert "<mark>12.040</mark>" in hit["snippet"]
    assert [f["value"] for f in hit["figures"]] == [37, 12040, 1250]


def test_snippet_is_escaped_before_marking(client):
    hit = search(client, q="kỹ thuật")["results"][0]
    assert "&lt;b&gt;<mark>kỹ thuật</mark>&lt;/b&gt;" in hit["snippet"]
    assert "<b>" not in hit["snippet"]


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
