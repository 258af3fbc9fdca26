"""VERSION 21 (the seventeenth session's round of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-20 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_20_records(tmp_path):
    """VERSION 21 reads gifts a gift verb gives to war invalids as gifts, not policy (act63), "trên" before
    the vehicles people ride in as "on", not "over" (fig74), and the border guard written in lower case
    (org43); version 20 stored the invalids as `chinh_sach`, "trên 2 ôtô" and only the veterans."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted

    assert VERSION >= 21
    records = reextracted(tmp_path, "Thăm hỏi gia đình chính sách",
                          "Hội Cựu chiến binh xã phối hợp với bộ đội biên phòng tặng quà cho 30 thương binh, gia "
                          "đình liệt sĩ. Đoàn công tác đi trên 2 ôtô về các thôn.", 20,
                          '{"organizations": [{"name": "Hội Cựu chiến binh xã", "canonical": "Hội Cựu chiến binh"}], '
                          '"figures": [{"text": "30 thương binh", "value": 30.0, "unit": "thương binh", '
                          '"qualifier": "exact", "activity": "chinh_sach"}, {"text": "trên 2 ôtô", "value": 2.0, '
                          '"unit": "ôtô", "qualifier": "over", "activity": "khac"}]}')
    assert {(f["text"], f["value"], f["unit"], f["qualifier"], f["activity"]) for f in records["figures"]} == {
        ("30 thương binh", 30.0, "thương binh", "exact", "tham_hoi_tang_qua"), ("2 ôtô", 2.0, "ôtô", "exact", "khac")}
    assert {(o["name"], o["canonical"]) for o in records["organizations"]} == {
        ("Hội Cựu chiến binh xã", "Hội Cựu chiến binh"), ("bộ đội biên phòng", "Bộ đội Biên phòng")}
