"""VERSION 14 (rounds 27 and 28 of issue 10) changes what older stores hold: `baocao reextract`
upgrades a version-13 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_13_records(tmp_path):
    """VERSION 14 reads bare millions before a preposition ("300 triệu nhờ mua") as money in đồng;
    version 13 took the preposition for the counted noun."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 14
    figures = reextracted_figures(tmp_path, "Chuyện làng",
                                  "Bà cụ đưa con trai 300 triệu nhờ mua giúp mảnh đất. Xã có 45 hộ nghèo.", 13,
                                  '{"organizations": [], "figures": [{"text": "300 triệu nhờ", "value": 300000000.0, '
                                  '"unit": "nhờ"}, {"text": "45 hộ", "value": 45.0, "unit": "hộ"}]}')
    assert figures == {(300000000.0, "đồng"), (45.0, "hộ")}
