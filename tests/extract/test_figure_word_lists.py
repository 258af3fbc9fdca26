"""The word lists figures.py reads from extract/data (moved out of the code): spot checks."""
from extract import figures


def test_bare_chuc_words_load_from_numbers_toml():
    words = figures.grammar().not_before_bare
    assert {"mấy", "vài", "mươi", "những"} <= words
    assert "chục" not in words


def test_count_label_skips_the_not_labels_of_not_figures_toml():
    label = figures.grammar().label
    assert label.search("Tổng số bài thi")
    assert label.search("số lượng người")
    for phrase in ("một số biện pháp", "chỉ số giá", "hệ số lương", "xổ số kiến thiết", "điểm số cao"):
        assert label.search(phrase) is None, phrase


def test_measures_apart_load_from_units_toml():
    measure_after = figures.grammar().measure_after
    for written in (" hải lý", " mã lực", " dặm", " km"):
        assert measure_after.match(written), written
