"""extract/segmenter.py computes underthesea's word segmentation of a snippet from the model's
weights; vi.first_word must give exactly what underthesea's word_tokenize gives."""
import gzip
import json
import re
from itertools import islice

import pytest
from hypothesis import given, settings, strategies as st

from extract import vi

SYLLABLES = ["chiến", "sĩ", "mới", "giếng", "khoan", "Hà", "Nội", "HÀ", "NỘI", "hội", "viên", "cựu", "chiến", "binh",
             "qui", "thuỷ", "BOS", "EOS", "bánh", "kg", "500kV", "12", "V8", "4K", "6x36", "Việt", "Nam", "nhà",
             "tình", "nghĩa", "suất", "quà", "xe", "gắn", "máy", "đơn", "vị", "máu", "học", "sinh"]


def underthesea_first(snippet: str) -> str:
    words = vi._underthesea().word_tokenize(snippet)
    return words[0] if words else ""


def test_model_is_read():
    assert vi._tagger() is not None


@pytest.mark.parametrize("snippet", ["giếng khoan mới", "chiến sĩ mới nhập", "đống bánh qui đổ", "trạm biến áp 500kV",
                                     "HÀ NỘI mới", "Hà nội", "BOS EOS BOS", "hội viên", "nhà", "mã lực của 4x4²"])
def test_known_snippets(snippet):
    assert vi.first_word.__wrapped__(snippet) == underthesea_first(snippet)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=5))
def test_random_snippets(words):
    snippet = " ".join(words)
    assert vi.first_word.__wrapped__(snippet) == underthesea_first(snippet)


@pytest.mark.shared
def test_snippets_after_numbers_in_real_articles(baomoi_path):
    snippets = set()
    with gzip.open(baomoi_path, "rt", encoding="utf-8") as handle:
        for line in islice(handle, 150):
            text = json.loads(line)["text"]
            snippets.update(m.group(1) for m in re.finditer(r"\d[\d.,]*\s+(\w+(?:[ ]\w+){0,3})", text))
    assert len(snippets) > 500
    fast = [s for s in snippets if vi._plain_tokens(s) is not None]
    assert len(fast) > 0.95 * len(snippets)
    assert [vi.first_word.__wrapped__(s) for s in sorted(snippets)] == [underthesea_first(s) for s in sorted(snippets)]
