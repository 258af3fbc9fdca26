"""Small units of the engine and snippets."""
from __future__ import annotations

import numpy as np

from search_app.backends.whoosh.engine import LRU
from search_app.query import parse, positive_runs
from search_app.snippets import match_spans, snippet


def test_lru_bounded_by_bytes():
    cache = LRU(100, max_bytes=3000)
    for i in range(5):
        cache.get_or(i, lambda: np.zeros(1000, dtype=np.uint8))
    assert list(cache) == [2, 3, 4] and cache.bytes == 3000
    cache.get_or(2, lambda: None)  # a hit refreshes recency
    cache.get_or(5, lambda: np.zeros(1000, dtype=np.uint8))
    assert list(cache) == [4, 2, 5]


def test_match_spans_any_accents_and_adjacency():
    text = "Hội CỰU CHIẾN BINH và cựu  chiến binh; thanh, niên; thanh niên"
    runs = positive_runs(parse("cuu chien binh, thanh niên"))
    spans = [text[a:b] for a, b in match_spans(text, runs)]
    assert spans == ["CỰU CHIẾN BINH", "cựu  chiến binh", "thanh niên"]


def test_match_spans_whole_syllables_only():
    runs = positive_runs(parse("an"))
    assert [("Nghệ An", s) for s in match_spans("Nghệ An, ban, anh", runs)] == [("Nghệ An", (5, 7))]


def test_snippet_escapes_then_marks_and_windows():
    text = "<i>mở đầu</i> " + "x " * 400 + "tặng quà cho <b>cựu chiến binh</b> " + "y " * 400
    html = str(snippet(text, positive_runs(parse("cựu chiến binh"))))
    assert html.startswith("…") and html.endswith("…")
    assert "&lt;b&gt;<mark>cựu chiến binh</mark>&lt;/b&gt;" in html
    assert "<i>" not in html


def test_snippet_without_match_is_the_escaped_opening():
    assert str(snippet("<b>Tin</b> ngắn", [])) == "&lt;b&gt;Tin&lt;/b&gt; ngắn"


def test_position_gaps_round_trip_and_stay_small():
    from search_app.analysis import PositionGaps, decode_positions, encode_positions

    for positions in ([0], [5], [1, 2, 3], [127, 128, 300, 70000]):
        assert decode_positions(encode_positions(positions)) == positions
    assert len(encode_positions([100])) == 1 and len(encode_positions([1000, 1001])) == 3
    fmt = PositionGaps()
    value = fmt.encode([3, 9])
    assert fmt.decode_frequency(value) == 2 and fmt.decode_positions(fmt.combine([value, fmt.encode([4])])) == [3, 4, 9]


def test_compact_pickles_read_back_with_pickle_loads():
    import pickle

    from search_app.backends.whoosh.compat import compact_pickle

    postings = ((1, 7, 300), (1, 2, 1), (b"\x05", b"", b"\x81\x01"))
    data = compact_pickle(postings)
    assert pickle.loads(data) == postings
    assert len(data) < len(pickle.dumps(postings, 2)) / 2
