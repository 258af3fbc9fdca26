"""Any query string gives results or a 400 with a message, never a 500."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

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
