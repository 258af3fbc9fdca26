"""Calls to /api/search, and the search tests that the embedded engine's module (test_search_api.py)
and the backend contract (test_backend_contract.py) both import, so pytest collects them in each:
over the session's sample archive there, over every backend here. Each test asks for the `client`
and `doc_ids` fixtures of the module that collects it."""
from __future__ import annotations

import pytest


def search(client, **params):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def keys(data, doc_ids):
    """The sample keys of the results, in order."""
    by_id = {v: k for k, v in doc_ids.items()}
    return [by_id[r["id"]] for r in data["results"]]


def facet(data, name):
    return {r["value"]: r["count"] for r in data["facets"][name]}


# (query, the sample keys it finds)
MATCHING = [
    ("cựu chiến binh", {"ccb2016", "ccb2017"}),
    ("cuu chien binh", {"ccb2016", "ccb2017"}),
    ("CỰU CHIẾN BINH", {"ccb2016", "ccb2017"}),
    ("thanh niên", {"ccb2016", "hienmau"}),  # not "apart": "Thanh, ... niên" are not one unit
    ("thanh AND niên", {"ccb2016", "hienmau", "apart"}),
    ("dong", {"dong", "apart", "hienmau"}),  # "d" finds "đ": đồng, động (hoạt động, vận động)
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
]


@pytest.mark.parametrize("q, expected", MATCHING, ids=lambda v: v if isinstance(v, str) else "")
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
    assert data["histogram"] == [{"year": 2016, "count": 1}, {"year": 2017, "count": 1}]


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


def test_snippet_is_escaped_before_marking(client):
    hit = search(client, q="kỹ thuật")["results"][0]
    assert "&lt;b&gt;<mark>kỹ thuật</mark>&lt;/b&gt;" in hit["snippet"]
    assert "<b>" not in hit["snippet"]
