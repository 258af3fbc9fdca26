"""tidy28: a review of the session's merged code, with no change of behaviour. These records pin the paths it
touched: the ministries listed after "Các Bộ trưởng ...:" (orgs._colon_sectors: the list ends with its clause,
spaces around the commas, an item that is no sector passed over), a minister's sector before a verb the lexicon
knows and not before "kiêm" (orgs._verb_next, with orgs._first_word and orgs._word_label shared by
_predicate_start), and "cả" + a spelled number before a verb, now read from not_figures.toml [pointing_back]
before (the same "cả" the pointing-back rules read) instead of a list of its own. Sentences written for the
tests."""
from __future__ import annotations

import pytest

from article_case import orgs
from extract.figures import find_figures, grammar as figure_grammar
from extract.orgs import _colon_sectors, _first_word, _verb_next, _word_label, grammar


def figs(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[f.start:f.end], f.value, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize("text, expected", [
    # spaces before and after the commas; the list ends with the sentence
    ("Các Bộ trưởng tham gia giải trình:  Nội vụ ,  Tư pháp.",
     [("Nội vụ", "Bộ Nội vụ"), ("Tư pháp", "Bộ Tư pháp")]),
    # a semicolon ends the list: the sector after it is no item
    ("Những Bộ trưởng được hỏi: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội; Giao thông vận tải cũng có mặt.",
     [("Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"),
      ("Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội")]),
    # another country's ministers
    ("Cùng đi với Thủ tướng Lào có các Bộ trưởng: Tài chính, Ngoại giao.", []),
])
def test_ministries_listed_after_the_plural_title(text, expected):
    assert orgs(text) == expected


def test_an_item_that_is_no_sector_is_passed_over():
    text = "Các Bộ trưởng tham gia giải trình:  Nội vụ ,  Tư pháp, Ủy ban Dân tộc, Xây dựng."
    assert _colon_sectors(text, text.lower(), text.index(":") + 3, grammar()) == [
        (36, 42, "Nội vụ"), (46, 53, "Tư pháp"), (71, 79, "Xây dựng")]


def test_a_ministers_sector_before_a_verb_and_before_a_second_title():
    assert _verb_next("Bộ trưởng Y tế tiết lộ", len("Bộ trưởng Y tế"))
    assert not _verb_next("Bộ trưởng Quốc phòng kiêm Bộ trưởng", len("Bộ trưởng Quốc phòng"))
    assert orgs("Bộ trưởng Y tế tiết lộ kế hoạch mới.") == [("Y tế", "Bộ Y tế")]
    assert orgs("Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Arun Jaitley đến Hà Nội.") == []


def test_a_words_label_and_its_first_syllable():
    assert _first_word("tiêm phòng cho trẻ") == "tiêm"
    assert _word_label("tiết lộ") == "V"
    assert _word_label("tiêm phòng") == "V"
    # a capitalised syllable and its lower-case completion are one word, no verb ("chiến")
    assert orgs("Ông công tác tại Cục Tác chiến Bộ tổng tham mưu nhiều năm.") == [
        ("Bộ tổng tham mưu", "Bộ Tổng Tham mưu")]


def test_all_of_them_before_a_verb_reads_the_pointing_back_all():
    assert "cả" in figure_grammar().back_before
    assert figs("Cả ba quyết định đến phòng trọ của bạn.") == []
    # guards: without "cả" the decisions are counted; "cả ba" + a noun is read as before
    assert figs("Sở đã ban hành ba quyết định xử phạt trong tháng.") == [("ba quyết định", 3.0, "quyết định")]
    assert figs("Tổ chức này có 5 đơn vị, cả ba đơn vị quyết định tham gia.") == [("5 đơn vị", 5.0, "đơn vị")]
