"""VERSION 20 (the sixteenth session's round of issue 10) changes what older stores hold: `baocao
reextract` upgrades a version-19 record (the case is a sentence of our own)."""
from __future__ import annotations


def test_reextract_upgrades_version_19_records(tmp_path):
    """VERSION 20 reads "5 người chúng tôi" as the speakers named again, no count (fig68), training
    given to workers after a work accident as an awareness activity, not the armed forces' training
    (act60), and a lower-case association name followed by one of our provinces (org42); version 19
    stored 5 "người", both training figures as `huan_luyen` and no organisation."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted

    assert VERSION >= 20
    records = reextracted(tmp_path, "Trao quà cho công nhân",
                          "Hiệp hội doanh nghiệp TP.HCM trao 40 suất quà cho 5 người chúng tôi. Hội mở 2 lớp huấn "
                          "luyện an toàn cho 60 công nhân sau vụ tai nạn lao động.", 19,
                          '{"organizations": [], "figures": [{"text": "5 người", "value": 5.0, "unit": "người", '
                          '"activity": "tham_hoi_tang_qua"}, {"text": "60 công nhân", "value": 60.0, '
                          '"unit": "công nhân", "activity": "huan_luyen"}]}')
    assert {(f["value"], f["unit"], f["activity"]) for f in records["figures"]} == {
        (40.0, "suất quà", "tham_hoi_tang_qua"), (2.0, "lớp", "tuyen_truyen"), (60.0, "công nhân", "tuyen_truyen")}
    assert {(o["name"], o["canonical"]) for o in records["organizations"]} == {
        ("Hiệp hội doanh nghiệp TP.HCM", "Hiệp hội Doanh nghiệp")}
