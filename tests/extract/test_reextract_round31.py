"""VERSION 16 (the twelfth session's round of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-15 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_15_records(tmp_path):
    """VERSION 16 reads "rưỡi" as half the multiplier before it ("2 triệu rưỡi" = 2,500,000) and "một"
    after a multiplier as "per" ("7 nghìn một kg" is 7,000 đồng a kilo); version 15 stored 2,000,000 đồng
    and 7,001 kg."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 16
    figures = reextracted_figures(tmp_path, "Hỗ trợ gia đình",
                                  "Hội Chữ thập đỏ trao 2 triệu rưỡi đồng cho gia đình. Giá 7 nghìn một kg rau.", 15,
                                  '{"organizations": [], "figures": [{"text": "2 triệu", "value": 2000000.0, '
                                  '"unit": "đồng"}, {"text": "7 nghìn một kg", "value": 7001.0, "unit": "kg"}]}')
    assert figures == {(2500000.0, "đồng"), (7000.0, "đồng")}
