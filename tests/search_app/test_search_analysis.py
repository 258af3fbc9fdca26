import pytest

from search_app.analysis import fold, has_accents, index_terms
from search_app.query import And, FacetClause, MatchAll, Not, Or, Prefix, QueryError, Run, parse


@pytest.mark.parametrize("text, folded", [
    ("Cựu chiến binh", "cuu chien binh"),
    ("ĐOÀN Thanh niên", "doan thanh nien"),
    ("đồng động", "dong dong"),
    ("12.040 người", "12.040 nguoi"),
], ids=["ccb", "d-stroke", "merged", "number"])
def test_fold(text, folded):
    assert fold(text) == folded


def test_has_accents():
    assert has_accents("đồng") and not has_accents("dong")


def test_bigrams_do_not_cross_punctuation():
    terms = [t for _, t in index_terms("thanh niên. Nhập ngũ 12.040 người", "bigram")]
    assert terms == ["thanh_nien", "nhap_ngu", "ngu_12.040", "12.040_nguoi"]


def test_bigram_positions_leave_a_gap_at_breaks():
    pairs = index_terms("a b. c d", "bigram")
    assert pairs == [(0, "a_b"), (2, "c_d")]


def test_exact_keeps_accents_and_tone_placement():
    assert [t for _, t in index_terms("Hoà bình", "exact")] == ["hòa", "bình"]


@pytest.mark.parametrize("query, tree", [
    ("cựu chiến binh", Run(("cuu", "chien", "binh"), ("cựu", "chiến", "binh"))),
    ("tặng quà, cựu chiến binh", And((Run(("tang", "qua"), ("tặng", "quà")),
                                      Run(("cuu", "chien", "binh"), ("cựu", "chiến", "binh"))))),
    ('"hiến máu"', Run(("hien", "mau"), ("hiến", "máu"), quoted=True)),
    ("a OR b", Or((Run(("a",), ("a",)), Run(("b",), ("b",))))),
    ("a HOẶC b", Or((Run(("a",), ("a",)), Run(("b",), ("b",))))),
    ("a VÀ b", And((Run(("a",), ("a",)), Run(("b",), ("b",))))),
    ("a KHÔNG b", And((Run(("a",), ("a",)), Not(Run(("b",), ("b",)))))),
    ("a -b", And((Run(("a",), ("a",)), Not(Run(("b",), ("b",)))))),
    ("title:quà", Run(("qua",), ("quà",), title_only=True)),
    ("year:2015-2017", FacetClause("year", "2015-2017")),
    ('org:"Hội Cựu chiến binh"', FacetClause("org", "Hội Cựu chiến binh")),
    ("quyên*", Prefix("quyen", accented="quyên")),
    ("quyen*", Prefix("quyen")),
    # a decimal comma belongs to its number; a comma before four digits separates
    ("1,4 tỷ", Run(("1,4", "ty"), ("1,4", "tỷ"))),
    ("2016,2017", And((Run(("2016",), ("2016",)), Run(("2017",), ("2017",))))),
    ("", MatchAll()),
], ids=lambda v: v if isinstance(v, str) else "")
def test_parse(query, tree):
    assert parse(query) == tree


@pytest.mark.parametrize("query, message", [
    ('"hiến máu', "ngoặc kép"),
    ("(a OR b", "ngoặc đóng"),
    ("a)", "Thừa dấu ngoặc"),
    ("a OR", "Sau OR"),
    ("OR a", "Trước OR"),
    ("NOT", "Sau NOT"),
    ("year:abc", "year:2016"),
    ("q*", "ít nhất 2 chữ cái"),
    ("title:", "cần một giá trị"),
])
def test_malformed_queries_explain(query, message):
    with pytest.raises(QueryError) as info:
        parse(query)
    assert message in str(info.value)


def test_query_length_limit():
    with pytest.raises(QueryError, match="quá dài"):
        parse("a" * 501, max_chars=500)
