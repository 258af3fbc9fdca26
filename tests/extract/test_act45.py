"""act45: activity on fresh text of our genre. A firm's share of the budget and an army's "đóng
góp quan trọng" are no donations, nor an academy's "tiếp nhận" of trainees ("tiếp nhận" weak alone),
while money received as contributions still is (the [[context]] rule "received"); backing a plan is
no donation; trainees counted are a course's; trafficking and gambling stories are wrongdoing, their
schoolgirls and hospital staff no schooling or health care ([incident]).
Sentences of our own, not from the gold articles or the fresh sample; each reading is held for the
rules alone and with the classifier."""
from article_case import figs_agreed

from extract import activity


def _cue_votes(text: str) -> list[tuple[str, str]]:
    """(cue as written, activity) of the cues the taxonomy finds in the text."""
    return [(text[c.start:c.end], c.activity) for c in activity.find_cues(text)]


def test_a_contribution_to_the_budget_or_in_praise_votes_for_no_donation():
    assert _cue_votes("Doanh nghiệp đóng góp vào ngân sách 500 tỷ đồng.") == []
    assert _cue_votes("Khối FDI đóng góp ngân sách 2.000 tỷ đồng.") == []
    assert _cue_votes("Hai bên có đóng góp quan trọng vào quan hệ hữu nghị.") == []
    # the giving itself still votes
    assert _cue_votes("Bà con đóng góp 5 triệu đồng.") == [("đóng góp", "quyen_gop")]


def test_money_given_to_a_charity_fund_stays_a_donation():
    assert figs_agreed("Hãng đồ ăn nhanh chung tay vì trẻ mồ côi",
                       "Hãng cam kết sẽ đóng góp 50.000 USD cho quỹ từ thiện của trẻ mồ côi.") == \
        [("50.000 USD", 50_000, "USD", "quyen_gop")]


def test_contributions_received_for_exam_candidates_are_donations():
    assert figs_agreed("Tiếp sức thí sinh vào mùa thi",
                       "Ban chỉ đạo đã tiếp nhận 150 triệu đồng và hàng trăm suất cơm do các tổ chức, cá nhân đóng góp.") == \
        [("150 triệu đồng", 150_000_000, "đồng", "quyen_gop"), ("hàng trăm suất cơm", 100, "suất cơm", "quyen_gop")]


def test_trainees_taken_in_by_an_academy_are_its_course():
    assert figs_agreed("Học viện chào đón khóa mới",
                       "Năm nay, học viện tiếp nhận 300 học viên mới vào các lớp đào tạo dài hạn.") == \
        [("300 học viên", 300, "học viên", "tuyen_truyen")]


def test_backing_a_plan_is_no_donation():
    assert figs_agreed("Lầu Năm Góc tính chuyện tăng ngân sách",
                       "Bộ Quốc phòng ủng hộ kế hoạch đầu tư 3 tỷ USD vào các căn cứ ở nước ngoài.") == \
        [("3 tỷ USD", 3_000_000_000, "USD", "khac")]


def test_hospital_staff_filmed_gambling_is_no_health_care():
    assert figs_agreed("Giám đốc bệnh viện lộ clip đánh bài",
                       "Clip ghi lại cảnh Giám đốc Bệnh viện huyện cùng 2 Phó Giám đốc đánh bài ăn tiền. "
                       "Sau khi clip lan truyền, huyện đã kiểm điểm 5 cán bộ y tế.") == \
        [("2 Phó Giám đốc", 2, "phó giám đốc", "khac"), ("5 cán bộ", 5, "cán bộ", "khac")]  # people disciplined are counted


def test_trafficked_schoolgirls_are_no_schooling():
    assert figs_agreed("Giải cứu ba nữ sinh bị lừa bán",
                       "Ba nữ sinh lớp 10 của trường THPT huyện bị các đối tượng mua bán người lừa sang Trung Quốc "
                       "khi đang nghỉ hè sau năm học.") == \
        [("ba nữ sinh", 3, "nữ sinh", "khac")]


def test_a_clinic_treating_the_elderly_stays_health_care():
    # no wrongdoing written: the health words keep their vote
    assert figs_agreed("Trạm y tế xã khám cho người già",
                       "Trạm y tế xã đã khám bệnh, cấp thuốc miễn phí cho 120 người cao tuổi.") == \
        [("120 người", 120, "người", "y_te")]
