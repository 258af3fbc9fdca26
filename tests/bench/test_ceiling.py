"""bench/ceiling.py: the changed copies of the corpus never dedup, and copy 0 is the corpus."""
from __future__ import annotations

from bench.ceiling import changed, table


def test_copies_differ_from_the_corpus_and_each_other():
    texts = ["Hội Cựu chiến binh tỉnh Nghệ An và Hà Tĩnh phối hợp", "Kết quả xổ số ngày 6/2/2017"]
    for text in texts:
        assert changed(text, 0) == (text, "none")
        one, two = changed(text, 1)[0], changed(text, 2)[0]
        assert len({text, one, two}) == 3
        assert changed(text, 1)[0] == one  # deterministic
    assert changed(texts[0], 1) == ("Hội Cựu chiến binh tỉnh Nghệ An cùng Hà Tĩnh phối hợp".replace(
        "Nghệ An", changed("Nghệ An", 1)[0]).replace("Hà Tĩnh", changed("Hà Tĩnh", 1)[0]), "words")
    assert changed(texts[1], 2) == (texts[1] + "\n(bản 2)", "appended")


def test_table_shows_what_was_measured_and_dashes_for_the_rest():
    out = table({"35k": {"size": {"documents": 10, "raw_text_bytes": 2**20, "index_bytes": 3 * 2**20,
                                  "index_per_raw": 3.0, "index_bytes_per_doc": 314572.8, "store_bytes": 2**21}}})
    assert "| index bytes per byte of raw text | 3.00 | — |" in out
    assert "| ingest wall s | — | — |" in out
