"""act57: three classes of activity error the rules made on the tuning splits (rules alone, leave-split-out
figures in the commit message). A sum of money an "ủng hộ" governs is a donation even with no charity
named ([[context]] "backed"; the euphemism in quotation marks and the family "được ủng hộ" are not);
a present ("món quà") and a gift item ("quà tặng") are private presents, no gift of our programmes
([neutral]); a kindergarten ("trường mẫu giáo") is a school, as "trường mầm non"; the workers a "việc làm
... cho" governs are jobs created ("jobs given"), and people whose own predicate is going back to work or
quitting are labour news ("back at work"), in any story; households a house-building verb governs are
the house programme's, not their counted noun's livelihood ("homes built"). Sentences of our own, not from the gold articles."""
from __future__ import annotations

from collections import Counter

from article_case import figs_both

from extract.activity import Setting, Vote, apply_context, find_cues, phrase_start, taxonomy


def _context_votes(text: str, wanted: str, unit: str) -> dict:
    """The votes the [[context]] rules alone give the figure written as `wanted` (no cue votes, no headline)."""
    cues = find_cues(text)
    start = text.index(wanted)
    scores: Counter = Counter()
    apply_context(scores, Setting(text, cues, cues, 0, phrase_start(cues, text, 0, start), start, ([], ""), unit,
                                  start + len(wanted), len(text)))
    return dict(scores)


def test_a_sum_an_ung_ho_governs_is_donated():
    rule = next(r for r in taxonomy().context if r.name == "backed")
    assert (rule.kind, rule.activity, rule.weight, rule.reach) == ("vote", "quyen_gop", 2.0, 15)
    assert _context_votes("Doanh nhân này từng ủng hộ tới 15 tỷ đồng xây chùa của làng.", "15 tỷ đồng", "đồng") \
        == {"quyen_gop": 2.0}
    assert _context_votes("Mỗi tháng cô bé ủng hộ 40 USD cho một trại trẻ mồ côi.", "40 USD", "usd") \
        == {"quyen_gop": 2.0}


def test_backing_that_is_no_donation_gets_no_vote():
    # the family given the money, a bribe in quotation marks, people counted (not money), a sum too far on
    assert _context_votes("Gia đình anh được ủng hộ 15 triệu đồng để chữa bệnh.", "15 triệu đồng", "đồng") == {}
    assert _context_votes("Bị cáo ép các tập đoàn \u201củng hộ\u201d 50 triệu USD cho các quỹ.", "50 triệu USD",
                          "usd") == {}
    assert _context_votes("Doanh nhân này từng ủng hộ 300 công nhân nghỉ phép.", "300 công nhân", "công nhân") == {}
    assert _context_votes("Ông ủng hộ phương án xây cầu mới trị giá 200 tỷ đồng.", "200 tỷ đồng", "đồng") == {}


def test_a_donation_in_a_village_of_villas_stays_a_donation():
    rules, combined = figs_both(
        "Ngôi làng toàn biệt thự giữa cánh đồng",
        "Ngôi làng nằm ven quốc lộ, nhà nào cũng xây biệt thự ba tầng, sân vườn rộng, cổng sắt chạm trổ, trong gara "
        "là xe sang. Dân làng phần lớn buôn gỗ, làm bất động sản, mở xưởng cơ khí và chạy xe khách đường dài. Nhiều "
        "người đi xa mấy chục năm mới về quê, dựng nhà to cho cha mẹ rồi lại ra phố làm ăn. Chiều chiều, xe biển số "
        "các tỉnh nối đuôi nhau trên con đường bê tông dẫn vào làng. Nổi tiếng nhất là một đại gia ngành gỗ từng ủng "
        "hộ tới 15 tỷ đồng xây dựng ngôi chùa của làng.")
    assert rules == combined == [("15 tỷ đồng", 15000000000.0, "đồng", "quyen_gop")]


def test_a_present_is_no_gift_of_ours():
    t = taxonomy()
    assert t.cue_map["món quà"] == Vote(None, 0.0) and t.cue_map["quà tặng"] == Vote(None, 0.0)
    # the present holds "quà" (a gift cue): read as the neutral word, it votes nothing; the gift verb still does
    text = "Các bạn trao món quà bất ngờ cho anh."
    assert [(text[c.start:c.end], c.activity) for c in find_cues(text)] == [("trao", "tham_hoi_tang_qua")]
    assert find_cues("Cô gấp hộp quà tặng xinh xắn.") == []


def test_a_stars_children_beside_his_presents_are_news():
    # was tham_hoi_tang_qua by the rules and the classifier: "món quà" voted for a gift
    rules, combined = figs_both(
        "Sao Hàn vỡ òa vì quà của đồng nghiệp",
        "Nam diễn viên bật khóc khi nhìn thấy những món quà bất ngờ trong lúc các thành viên chia sẻ và hy vọng "
        "anh sẽ trở thành người cha tuyệt vời của 2 đứa con.")
    assert rules == combined == [("2 đứa con", 2.0, "con", "khac")]


def test_a_kindergarten_is_a_school():
    t = taxonomy()
    assert t.cue_map["trường mẫu giáo"] == Vote("tuyen_truyen", 1.0)
    assert t.cue_map["mẫu giáo"] == Vote("tuyen_truyen", 0.8)
    # the grounds of a new kindergarten were khac by the rules (the classifier read them as schooling already)
    rules, combined = figs_both(
        "Nhãn hàng sữa khánh thành trường học",
        "Ngay trước Tết, nhãn hàng sữa khánh thành ngôi trường thứ 15 của chương trình tại xã Hàm Cần. Trường mẫu "
        "giáo Hàm Cần được xây dựng trên khuôn viên 500 m2, có 4 phòng học và 1 bếp ăn phục vụ gần 100 trẻ em.")
    assert rules == combined == [("500 m2", 500.0, "m2", "tuyen_truyen"),
                                 ("4 phòng học", 4.0, "phòng học", "tuyen_truyen"),
                                 ("1 bếp ăn", 1.0, "bếp ăn", "tuyen_truyen"),
                                 ("gần 100 trẻ em", 100.0, "trẻ em", "tuyen_truyen")]


def test_the_workers_a_job_is_made_for_are_jobs():
    assert _context_votes("Xưởng may tạo việc làm thường xuyên cho khoảng 30 lao động.", "khoảng 30 lao động",
                          "lao động") == {"viec_lam": 2.0}
    # was khac by the rules and the classifier: the genre prior of an economy story outvoted "tạo việc làm"
    rules, combined = figs_both(
        "Sân golf mang lại lợi ích gì cho địa phương?",
        "Các nhà đầu tư sân golf thường nêu nhiều lý do hấp dẫn như nguồn thu ngân sách, du lịch cao cấp và hạ "
        "tầng. Theo tính toán của chủ đầu tư, mỗi sân golf sẽ tạo việc làm cho 250 lao động, phần lớn là caddie và "
        "nhân viên chăm sóc cỏ.")
    assert rules == combined == [("250 lao động", 250.0, "lao động", "viec_lam")]


def test_workers_back_at_work_or_quitting_are_labour_news():
    assert _context_votes("Hàng chục công nhân bỏ việc vì bữa ăn kém.", "Hàng chục công nhân", "công nhân") \
        == {"viec_lam": 2.0}
    assert _context_votes("Có khoảng 93% công nhân đã trở lại làm việc.", "khoảng 93%", "%") == {"viec_lam": 2.0}
    # redundancy under a policy, and a clause break before the predicate: no vote
    assert _context_votes("Có 1.500 người hưởng chính sách thôi việc ngay.", "1.500 người", "người") == {}
    assert _context_votes("Nhà máy có 500 công nhân, nhiều người đã nghỉ việc.", "500 công nhân", "công nhân") == {}
    # the headline's workers were khac by the rules (the classifier read them as labour news already)
    rules, combined = figs_both("Nhà máy giấy hoạt động trở lại: 800 công nhân phấn khởi trở lại làm việc",
                                "Sau nửa năm tạm dừng để sửa chữa dây chuyền, nhà máy đã vận hành ổn định từ đầu tuần.")
    assert rules == combined == [("800 công nhân", 800.0, "công nhân", "viec_lam")]


def test_households_a_house_is_built_for_are_the_homes_programme():
    rule = next(r for r in taxonomy().context if r.name == "homes built")
    assert (rule.kind, rule.activity, rule.absorbs) == ("move", "nha_o", frozenset({"sinh_ke"}))
    # was sinh_ke by the rules ("hộ nghèo", the counted noun, outvoted "xây nhà"); with the classifier the
    # reading stood on a margin of 0.02 that a retrained model lost (tests/extract/test_act47.py)
    rules, combined = figs_both("Hội chữ thập đỏ xây nhà cho hộ nghèo", "Năm nay, hội xây nhà cho 12 hộ nghèo trong xã.")
    assert rules == combined == [("12 hộ", 12.0, "hộ", "nha_o")]
    # a building that is no home keeps its own cue, and a loan beside a livelihood stays a livelihood's
    rules, combined = figs_both("Huyện đầu tư xây dựng nông thôn mới",
                                "Năm nay, xã đã sửa nhà văn hóa cho 3 thôn với kinh phí 350 triệu đồng.")
    assert rules == combined == [("3 thôn", 3.0, "thôn", "nong_thon_moi"),
                                 ("350 triệu đồng", 350000000.0, "đồng", "nong_thon_moi")]
