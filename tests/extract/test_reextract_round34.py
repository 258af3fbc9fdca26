"""VERSION 19 (the fifteenth session's round of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-18 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_18_records(tmp_path):
    """VERSION 19 reads a measure after "loại" as the class of a vehicle, no figure ("xe khách loại 16 chỗ
    ngồi", fig62/fig65), gives a range whose upper bound has a qualifier its lower bound as a figure of its
    own ("từ 80 đến hơn 100 bệnh nhân", fig64) and knows an abbreviated word inside a listed name ("Đoàn LS
    TP.HCM", org40); version 18 stored 16 "chỗ ngồi", only the upper bound, and no organisation."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted

    assert VERSION >= 19
    records = reextracted(tmp_path, "Khám bệnh cho học sinh",
                          "Công ty thuê 2 xe khách loại 16 chỗ ngồi để đưa 30 học sinh đi khám. Mỗi ngày bệnh viện "
                          "tiếp nhận từ 80 đến hơn 100 bệnh nhân. Đoàn LS TP.HCM cử 5 luật sư tham gia.", 18,
                          '{"organizations": [], "figures": [{"text": "16 chỗ ngồi", "value": 16.0, '
                          '"unit": "chỗ ngồi"}]}')
    assert {(f["value"], f["unit"]) for f in records["figures"]} == {
        (2.0, "xe khách"), (30.0, "học sinh"), (80.0, "bệnh nhân"), (100.0, "bệnh nhân"), (5.0, "luật sư")}
    assert {(o["name"], o["canonical"]) for o in records["organizations"]} == {("Đoàn LS TP.HCM", "Đoàn Luật sư")}
