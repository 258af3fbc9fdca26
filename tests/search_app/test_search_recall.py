"""Search that finds what a researcher typed (issue 16): words apart fall back to their units,
numbers keep their decimal comma, abbreviations match their words both ways, accented prefixes
rank their own syllable first, and a one-letter typo gets a suggestion. Real store, real index,
through /api/search and the results page."""
from __future__ import annotations

import pytest

from search_app import create_app

from search_samples import Sample, build_store

BCH, CCB = "Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh"


def _doc(key, title, text, published="2022-03-01", years=(2022,), provinces=("Long An",)):
    return Sample(key, title, text, published, list(years), list(provinces), "bao_cao", "Báo Long An")


SAMPLES = [
    # --- words apart: units anywhere, the whole phrase first
    _doc("tq_phrase", "Kế hoạch tuyển quân 2022 của huyện Cần Giuộc",
         "Huyện triển khai kế hoạch tuyển quân 2022 đến từng xã.", "2022-01-10"),
    _doc("tq_apart", "Báo cáo kết quả gọi công dân nhập ngũ",
         "Thực hiện chỉ tiêu tuyển quân năm 2022, Hội đồng Nghĩa vụ quân sự tỉnh giao 1.200 công dân nhập ngũ.",
         "2022-04-01"),
    _doc("tq_syllables", "Tuyển dụng giáo viên năm 2022",
         "Năm 2022 huyện tuyển dụng thêm giáo viên. Lực lượng quân sự địa phương hỗ trợ nhà trường.", "2022-05-01"),
    _doc("ccb_la", "Tổng kết công tác Hội năm 2019",
         "Hội Cựu chiến binh tỉnh Long An tổng kết công tác năm 2019 với nhiều kết quả.", "2019-12-20", (2019,)),
    # --- abbreviations, each written once short and once in full
    _doc("mttq_abbr", "Ủy ban MTTQ tỉnh tiếp nhận ủng hộ",
         "Ủy ban MTTQ tỉnh tiếp nhận 2 tỷ đồng ủng hộ đồng bào bị thiên tai."),
    _doc("mttq_full", "Các cấp Mặt trận vận động ủng hộ",
         "Mặt trận Tổ quốc các huyện đã vận động quyên góp hàng nghìn suất quà."),
    _doc("ccb_abbr", "Hội CCB xã Tân Phú trao quà",
         "Hội CCB xã Tân Phú trao 20 suất quà cho hội viên khó khăn."),
    _doc("lhpn_abbr", "Hội LHPN huyện ra mắt mô hình",
         "Hội LHPN huyện ra mắt mô hình tiết kiệm cho hội viên."),
    _doc("lhpn_full", "Hội Liên hiệp Phụ nữ tỉnh sơ kết",
         "Hội Liên hiệp Phụ nữ tỉnh sơ kết 6 tháng đầu năm."),
    _doc("chqs_abbr", "Bộ CHQS tỉnh ký kết chương trình",
         "Bộ CHQS tỉnh ký kết chương trình phối hợp với các đoàn thể."),
    _doc("chqs_full", "Bộ Chỉ huy Quân sự tỉnh tổng kết",
         "Bộ Chỉ huy Quân sự tỉnh tổng kết công tác tuyển chọn."),
    _doc("hctd_abbr", "HCTĐ huyện tặng quà", "HCTĐ huyện tặng 50 suất quà cho người nghèo."),
    _doc("hctd_full", "Hội Chữ thập đỏ tỉnh hiến máu", "Hội Chữ thập đỏ tỉnh tổ chức ngày hội hiến máu."),
    _doc("dtn_abbr", "ĐTN xã ra quân tình nguyện", "ĐTN xã ra quân làm đường giao thông nông thôn."),
    _doc("dtn_full", "Đoàn Thanh niên huyện trồng cây", "Đoàn Thanh niên huyện trồng 500 cây xanh."),
    # --- numbers with a decimal comma
    _doc("money", "Kinh phí xây nhà đồng đội", "Tổng kinh phí xây nhà đồng đội là 1,4 tỷ đồng."),
    _doc("money_other", "Hỗ trợ hộ nghèo", "Mỗi xã nhận 1 tỷ đồng, cả huyện nhận 4 tỷ đồng."),
    # --- accented prefixes: the newer document holds "quyền" many times, the older "quyên"
    _doc("quyen_right", "Bảo vệ quyền lợi hội viên",
         "Hội bảo vệ quyền lợi, quyền lợi hợp pháp và quyền lợi chính đáng của hội viên.", "2023-01-01", (2023,)),
    _doc("quyen_give", "Phát động quyên góp", "Hội phát động quyên góp ủng hộ quỹ vì người nghèo.",
         "2020-01-01", (2020,)),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("recall") / "data"
    ids = build_store(data_dir, SAMPLES)
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    client = app.test_client()
    client.by_id = {v: k for k, v in ids.items()}
    yield client
    app.extensions["baocao_release"]()


def search(client, q):
    response = client.get("/api/search", query_string={"q": q, "per_page": 50})
    assert response.status_code == 200, response.get_json()
    data = response.get_json()
    data["keys"] = [client.by_id[r["id"]] for r in data["results"]]
    return data


def test_words_apart_fall_back_to_units_ranked_below_the_phrase(client):
    keys = search(client, "tuyển quân 2022")["keys"]
    # units keep their syllables together: "tuyển ... quân" apart is no match
    assert keys == ["tq_phrase", "tq_apart"]
    assert search(client, "tuyen quan 2022")["keys"] == ["tq_phrase", "tq_apart"]


def test_organisation_and_place_units_anywhere(client):
    assert search(client, "cựu chiến binh Long An")["keys"] == ["ccb_la"]


def test_quoted_phrases_do_not_fall_back(client):
    assert search(client, '"tuyển quân 2022"')["keys"] == ["tq_phrase"]


def test_comma_inside_a_number_is_part_of_it(client):
    assert search(client, "1,4 tỷ đồng")["keys"] == ["money"]
    # between phrases the comma still separates
    assert set(search(client, "tỷ đồng, ủng hộ")["keys"]) == {"mttq_abbr"}


@pytest.mark.parametrize("short, full, expected", [
    ("MTTQ", "mặt trận tổ quốc", {"mttq_abbr", "mttq_full"}),
    ("CCB", "cựu chiến binh", {"ccb_abbr", "ccb_la"}),
    ("LHPN", "liên hiệp phụ nữ", {"lhpn_abbr", "lhpn_full"}),
    ("CHQS", "chỉ huy quân sự", {"chqs_abbr", "chqs_full"}),
    ("HCTĐ", "hội chữ thập đỏ", {"hctd_abbr", "hctd_full"}),
    ("ĐTN", "đoàn thanh niên", {"dtn_abbr", "dtn_full"}),
], ids=lambda v: v if isinstance(v, str) else "")
def test_abbreviations_expand_both_ways(client, short, full, expected):
    assert set(search(client, short)["keys"]) == expected
    assert set(search(client, full)["keys"]) == expected
    assert set(search(client, short.lower())["keys"]) == expected


def test_longer_names_also_match_their_abbreviated_part(client):
    # "Bộ CHQS" is "Bộ Chỉ huy Quân sự" with its last four words abbreviated
    assert set(search(client, "Bộ Chỉ huy Quân sự")["keys"]) == {"chqs_abbr", "chqs_full"}


def test_accented_prefix_ranks_its_own_syllable_first(client):
    # "quyên góp" is in quyen_give and mttq_full, "quyền lợi" (three times, newer) in quyen_right
    keys = search(client, "quyên*")["keys"]
    assert set(keys[:2]) == {"quyen_give", "mttq_full"}
    assert keys[2:] == ["quyen_right"]
    assert search(client, "quyền*")["keys"][0] == "quyen_right"
    # without accents all fold to "quyen": newest first, as before
    assert search(client, "quyen*")["keys"] == ["quyen_right", "mttq_full", "quyen_give"]


@pytest.mark.parametrize("typed, suggestion", [
    ("cuu chein binh", "cuu chien binh"),
    ("cựu chến binh", "cựu chiến binh"),
    ("Mặt trậm tổ quốc", "Mặt trận tổ quốc"),
    ("quyên gop", None),  # a correct query without accents
    ("cựu chiến binh", None),
    ("NTM", None),  # an abbreviation no document writes is no typo (of "năm")
])
def test_one_letter_typos_get_a_suggestion(client, typed, suggestion):
    assert search(client, typed)["suggestion"] == suggestion


def test_results_page_offers_the_suggestion(client):
    page = client.get("/", query_string={"q": "cuu chein binh"}).get_data(as_text=True)
    assert "Bạn có muốn tìm" in page
    assert "?q=cuu+chien+binh" in page
    assert "Bạn có muốn tìm" not in client.get("/", query_string={"q": "cựu chiến binh"}).get_data(as_text=True)


@pytest.fixture(scope="module")
def corpus_client(tmp_path_factory):
    """The plain-text documents of corpus/ (no extraction: search needs none)."""
    from pathlib import Path

    from ingest.runner import Runner
    from ingest.store import Store
    from search_app.backends.whoosh.index import sync

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    data_dir = tmp_path_factory.mktemp("corpus-search") / "data"
    with Store.open(data_dir) as store:
        Runner(store, workers=1, keep_originals=False, report=lambda line: None).run(
            sorted(str(p) for p in corpus.glob("*.txt")))
        sync(store)
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    yield app.test_client()
    app.extensions["baocao_release"]()


def _ids(client, q):
    response = client.get("/api/search", query_string={"q": q, "per_page": 100})
    assert response.status_code == 200
    return {r["id"] for r in response.get_json()["results"]}


def test_corpus_abbreviation_and_words_find_the_same_documents(corpus_client):
    # before issue 16 on the whole corpus: 12 documents for "MTTQ", 1 for "mặt trận tổ quốc"
    for short, full in (("MTTQ", "mặt trận tổ quốc"), ("CCB", "cựu chiến binh"), ("LHPN", "liên hiệp phụ nữ"),
                        ("CHQS", "chỉ huy quân sự")):
        found = _ids(corpus_client, short)
        assert found and found == _ids(corpus_client, full), short


def test_corpus_words_apart_are_found(corpus_client):
    assert _ids(corpus_client, "cựu chiến binh Long An")
    assert _ids(corpus_client, "tuyển quân 2022")
