"""VERSION 12 (rounds 15 to 18 of issue 10) changes what older stores hold: `baocao reextract`
upgrades a version-11 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_11_records(tmp_path):
    """VERSION 12 reads "2 nhiệm kỳ" as a term of office (a time span, no figure) and keeps the
    delegates counted; version 11 stored the terms as a figure."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 12
    figures = reextracted_figures(tmp_path, "Đại hội Hội Nông dân xã",
                                  "Ông giữ chức Chủ tịch Hội Nông dân xã 2 nhiệm kỳ. Đại hội có 120 đại biểu tham dự.", 11,
                                  '{"organizations": [], "figures": [{"text": "2 nhiệm kỳ", "value": 2.0, "unit": "nhiệm kỳ"}]}')
    assert figures == {(120.0, "đại biểu")}
