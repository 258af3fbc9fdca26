"""act65: test20's activity errors of general news, fixed as cue data in activities.toml: the harvest's
hired hands and machines and what they cost (sinh_ke), and free meals for the poor, a charity pot of
porridge and the people who come to ladle from it (tham_hoi_tang_qua). Sentences of our own, not from
the articles."""
from article_case import figs_both

from extract.activity import find_cues


def test_hiring_a_harvester_is_farm_work():
    # was khac by the rules: "máy gặt" alone (1.0) lost to a sparse story's `khac` prior
    rules, combined = figs_both("Nông dân hối hả vào mùa gặt",
                                "Năm nay bà con thuê máy gặt với giá 180.000 đồng mỗi sào.")
    assert rules == combined == [("180.000 đồng", 180000.0, "đồng", "sinh_ke")]
    # was khac in both modes: the hand hired to harvest had no cue
    rules, combined = figs_both("Nông dân hối hả vào mùa gặt",
                                "Ngày nắng, giá thuê một người gặt lúa lên tới 250.000 đồng/ngày.")
    assert rules == combined == [("250.000 đồng", 250000.0, "đồng", "sinh_ke")]


def test_harvest_words_need_the_harvest_not_its_letters():
    # "gặt lúa" alone is no cue (what a heatstroke patient was doing), nor "ngặt" in "nghiêm ngặt"
    assert [c.activity for c in find_cues("đi gặt lúa về thì ngất")] == []
    assert [c.activity for c in find_cues("quy định nghiêm ngặt")] == []
    assert [c.activity for c in find_cues("tiền thuê gặt")] == ["sinh_ke"]
    rules, combined = figs_both("Nắng nóng gay gắt ở miền Bắc",
                                "Bà Lan đi gặt lúa về thì ngất, được đưa vào bệnh viện. Bác sĩ khuyên mỗi ngày "
                                "uống 2 lít nước.")
    assert rules == combined == [("2 lít", 2.0, "lít", "y_te")]


def test_people_ladling_from_a_charity_pot_are_fed_free():
    # was khac: no cue in "gần 20 người đến múc cháo"
    rules, combined = figs_both("Nồi cháo nghĩa tình ở cổng bệnh viện",
                                "Chỉ trong buổi sáng đã có gần 20 người đến múc cháo.")
    assert rules == combined == [("gần 20 người", 20.0, "người", "tham_hoi_tang_qua")]


def test_free_meals_are_a_gift():
    # was khac: "suất cơm" alone is no cue, "miễn phí" neither
    rules, combined = figs_both("Quán cơm giữa phố",
                                "Mỗi trưa quán phát 200 suất cơm miễn phí cho người lao động nghèo.")
    assert rules == combined == [("200 suất cơm", 200.0, "suất cơm", "tham_hoi_tang_qua")]
    # a vendor's porridge is her trade, unchanged: "nồi cháo" alone is no cue
    rules, combined = figs_both("Bà cụ bán cháo đầu ngõ", "Mỗi ngày bà bán 2 nồi cháo, kiếm được khoảng 200 nghìn đồng.")
    assert rules == combined == [("2 nồi", 2.0, "nồi", "khac"), ("khoảng 200 nghìn đồng", 200000.0, "đồng", "sinh_ke")]
