"""act43: confusions between our own activities in the genre of mass organisations and local
government (the twelve genre splits, rules alone). A classifier or verb in front of a programme's
house ("căn nhà tình nghĩa", "xây nhà đại đoàn kết") no longer hides the programme's name; the
volunteers and teams of the exam-support drive are the drive's (quyen_gop), volunteers elsewhere
are not. Sentences of our own, not from the gold articles; each reading is held for the rules alone
and with the classifier."""
from article_case import figs_agreed

from extract import activity


def _cues(text: str) -> list[tuple]:
    return [(text[c.start:c.end], c.activity, c.weight) for c in activity.find_cues(text)]


def test_a_classifier_before_a_programmes_house_keeps_the_programmes_weight():
    assert _cues("sửa chữa 25 căn nhà tình nghĩa") == [("căn nhà tình nghĩa", "nha_o", 3.0)]


def test_a_verb_before_a_programmes_house_is_one_phrase_with_it():
    assert _cues("xây nhà đại đoàn kết") == [("xây nhà đại đoàn kết", "nha_o", 3.0)]


def test_a_stronger_cue_of_another_activity_does_not_run_on():
    # "hỗ trợ gia đình" (a gift) and "gia đình chính sách" (who is helped) share a word: the
    # gift stays as it was matched, and the rest of the phrase is read after it
    assert _cues("hỗ trợ gia đình chính sách") == [("hỗ trợ gia đình", "tham_hoi_tang_qua", 1.5),
                                                    ("chính sách", "chinh_sach", 0.8)]


def test_the_cost_of_houses_of_gratitude_paid_by_the_gratitude_fund_is_housing():
    assert figs_agreed("Chăm lo gia đình chính sách",
                       "Quỹ Đền ơn đáp nghĩa của huyện đã chi hỗ trợ sửa chữa 25 căn nhà tình nghĩa cho người có công "
                       "với tổng kinh phí gần 900 triệu đồng.") == \
        [("25 căn nhà tình nghĩa", 25, "nhà", "nha_o"), ("gần 900 triệu đồng", 900_000_000, "đồng", "nha_o")]


def test_houses_of_gratitude_built_for_martyrs_families_are_housing():
    assert figs_agreed("Tri ân người có công",
                       "Nhân dịp này, huyện đã vận động hỗ trợ xây mới 40 ngôi nhà tình nghĩa với tổng kinh phí 2 tỷ đồng "
                       "cho gia đình liệt sĩ.") == \
        [("40 ngôi nhà tình nghĩa", 40, "nhà", "nha_o"), ("2 tỷ đồng", 2_000_000_000, "đồng", "nha_o")]


def test_volunteer_teams_beside_the_exam_are_the_exam_support_drive():
    assert figs_agreed("Sát cánh cùng thí sinh",
                       "Để tiếp sức cho thí sinh tại các điểm thi, Tỉnh đoàn đã thành lập 15 đội tình nguyện với "
                       "300 tình nguyện viên.") == \
        [("15 đội", 15, "đội", "quyen_gop"), ("300 tình nguyện viên", 300, "tình nguyện viên", "quyen_gop")]


def test_volunteers_of_a_summer_campaign_building_roads_are_not_the_exam_drive():
    assert figs_agreed("Ra quân chiến dịch Mùa hè xanh",
                       "Chiến dịch năm nay thu hút 500 tình nguyện viên tham gia làm đường giao thông nông thôn ở các xã "
                       "vùng sâu.") == [("500 tình nguyện viên", 500, "tình nguyện viên", "nong_thon_moi")]
