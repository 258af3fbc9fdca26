"""VERSION 18 (the fourteenth session's round of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-17 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_17_records(tmp_path):
    """VERSION 18 counts a medal written with a capital ("11 Huân chương Lao động", fig60), reads
    thousands grouped by commas ("6,490,000 đồng", fig59) and a plural marker after a rough amount
    ("Hàng trăm các em nhỏ", fig59); version 17 found none of the three."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 18
    figures = reextracted_figures(tmp_path, "Công đoàn khen thưởng",
                                  "Dịp này, Chủ tịch nước trao 11 Huân chương Lao động cho các tập thể. Tổng số tiền "
                                  "thưởng là 6,490,000 đồng. Hàng trăm các em nhỏ đã tham gia.", 17,
                                  '{"organizations": [], "figures": []}')
    assert figures == {(11.0, "huân chương"), (6490000.0, "đồng"), (100.0, "em nhỏ")}
