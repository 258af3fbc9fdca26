"""VERSION 15 (the eleventh session's rounds of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-14 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_14_records(tmp_path):
    """VERSION 15 reads the spoken dollar ("20 triệu đô") as USD; version 14 kept "đô" as a counted noun."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 15
    figures = reextracted_figures(tmp_path, "Chuyện doanh nhân",
                                  "Công ty ký hợp đồng trị giá khoảng 20 triệu đô với đối tác. Xã có 45 hộ nghèo.", 14,
                                  '{"organizations": [], "figures": [{"text": "khoảng 20 triệu đô", "value": 20000000.0, '
                                  '"unit": "đô"}, {"text": "45 hộ", "value": 45.0, "unit": "hộ"}]}')
    assert figures == {(20000000.0, "USD"), (45.0, "hộ")}
