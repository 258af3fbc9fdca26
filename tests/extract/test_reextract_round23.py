"""VERSION 13 (rounds 21 to 24 of issue 10) changes what older stores hold: `baocao reextract`
upgrades a version-12 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_12_records(tmp_path):
    """VERSION 13 reads "trong 4 hiệp" as a period of play (a time span, no figure) and keeps the
    boxers counted; version 12 stored the rounds as a figure."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted_figures

    assert VERSION >= 13
    figures = reextracted_figures(tmp_path, "Giải quyền anh tỉnh",
                                  "Võ sĩ chủ nhà hạ đối thủ trong 4 hiệp. Giải có 120 võ sĩ tham dự.", 12,
                                  '{"organizations": [], "figures": [{"text": "4 hiệp", "value": 4.0, "unit": "hiệp"}]}')
    assert figures == {(120.0, "võ sĩ")}
