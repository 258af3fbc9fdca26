"""VERSION 17 (the thirteenth session's round of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-16 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_16_records(tmp_path):
    """VERSION 17 reads "bạn" before a counted noun as a classifier ("300 bạn sinh viên" counts
    "sinh viên"), "năm" after a ten as the year word ("gần mười năm chơi bóng" is a span, no figure)
    and a glued "m²"; version 16 stored 300 "bạn" and 15 "chơi", and missed the area."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 17
    figures = reextracted_figures(tmp_path, "Hiến máu tình nguyện",
                                  "Đoàn trường vận động 300 bạn sinh viên tham gia hiến máu. Anh đã có gần mười năm "
                                  "chơi bóng ở đội. Khu đất rộng 4.960,5m² được giao cho xã.", 16,
                                  '{"organizations": [], "figures": [{"text": "300 bạn", "value": 300.0, '
                                  '"unit": "bạn"}, {"text": "gần mười năm chơi", "value": 15.0, "unit": "chơi"}]}')
    assert figures == {(300.0, "sinh viên"), (4960.5, "m2")}
