"""Any query string gives results or a 400 with a message, never a 500."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from search_app import create_app
from search_app.query import QueryError, parse

ALPHABET = st.sampled_from(list('ab đồngĐ"()*:-,;') + ["AND ", "OR ", "NOT ", "VÀ ", "HOẶC ", "KHÔNG ", "title:",
                                                        "org:", "year:", "2016", "12.040", "\x00", "\u200b"])
QUERIES = st.lists(ALPHABET, max_size=12).map("".join)


@given(QUERIES)
def test_parse_raises_only_query_errors(q):
    try:
        parse(q)
    except QueryError as exc:
        assert str(exc)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(QUERIES)
def test_api_never_500(client, q):
    response = client.get("/api/search", query_string={"q": q})
    assert response.status_code in (200, 400), (q, response.get_json())
    if response.status_code == 400:
        assert response.get_json()["error"]


# --- depth and empty/absent index (issue 17, item 3) ---------------------------------------

NESTERS = st.sampled_from(["(", "NOT ", "KHÔNG ", "-", "(a OR ", "(NOT ", "title:", "org:"])


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 700).flatmap(lambda n: st.lists(NESTERS, min_size=n, max_size=n)), st.sampled_from(["a", "ab*", '"a b"', "", ")"]))
def test_deep_queries_parse_or_raise_query_errors(openers, atom):
    """However deep the nesting (249 "(" once overflowed the stack), parse gives a tree or a QueryError."""
    q = "".join(openers) + atom + ")" * sum(o.startswith("(") for o in openers)
    try:
        parse(q, max_chars=100_000)
    except QueryError as exc:
        assert str(exc)


def test_nesting_limit_is_a_clear_message():
    from search_app.query import MAX_DEPTH

    assert parse("(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH)  # the limit itself is allowed
    for depth in (MAX_DEPTH + 1, 249, 2000):
        try:
            parse("(" * depth + "a" + ")" * depth, max_chars=100_000)
        except QueryError as exc:
            assert "lồng" in str(exc)
        else:
            raise AssertionError(f"depth {depth} accepted")


@pytest.fixture(scope="module")
def empty_app(tmp_path_factory):
    """The app over a data dir that holds no document yet (a fresh install, or mid-restore)."""
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path_factory.mktemp("empty") / "data")})
    yield app
    app.extensions["baocao_release"]()


EMPTY_INDEX_QUERIES = st.one_of(QUERIES, st.sampled_from(["quy*", "ab*", "title:quy*", "hội* OR quyên*",
                                                           "NOT ab*", "(ab* AND cd*)", "year:2016 ab*"]))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(EMPTY_INDEX_QUERIES, st.sampled_from(["/api/search", "/api/facets", "/api/figures", "/", "/figures",
                                             "/export/documents.csv"]))
def test_empty_index_never_500(empty_app, q, path):
    response = empty_app.test_client().get(path, query_string={"q": q})
    assert response.status_code in (200, 400), (q, path, response.status_code)


def test_prefix_on_an_empty_index_finds_nothing(empty_app):
    body = empty_app.test_client().get("/api/search", query_string={"q": "quyên*"}).get_json()
    assert body["total"] == 0 and body["results"] == []


def test_absent_or_half_removed_index_is_a_503_not_a_500(tmp_path):
    """`restore --force` removes the index under a live server: answers are 200 or 'busy', never 500."""
    import shutil

    from search_samples import build_store

    data_dir = tmp_path / "data"
    build_store(data_dir)
    app = create_app({"TESTING": True, "DATA_DIR": str(data_dir)})
    app.extensions["baocao_engine"].refresh_s = 0  # follow the index at once
    try:
        client = app.test_client()
        assert client.get("/api/search", query_string={"q": "hội*"}).status_code == 200
        index = data_dir / "index"
        segments = [p for p in index.iterdir() if not p.name.endswith(".toc")]
        for p in segments:  # the table of contents stays, its segments are gone (rmtree half way)
            p.unlink()
        (index / "extra.toc").write_bytes(b"")  # and the directory changed, so the engine looks again
        for q in ("hội*", "quyên*", "a", ""):
            response = client.get("/api/search", query_string={"q": q})
            assert response.status_code in (200, 503), (q, response.status_code)
        shutil.rmtree(index)
        for q in ("hội*", "quyên*", "title:ab*", ""):
            response = client.get("/api/search", query_string={"q": q})
            assert response.status_code in (200, 503), (q, response.status_code)
            assert response.get_json().get("error") or response.status_code == 200
    finally:
        app.extensions["baocao_release"]()
