"""act52: a story's prior tips a figure only towards an activity the figure or the cues around it
name, and "tuyển chọn" (select) alone is no conscription. On a fresh 2017 sample of the topics the
unseen split test2 was drawn from, figures with no evidence of ours but one weak cue of another
activity in their sentence took the document's dominant activity from the story prior (land handed
out for forest planting in a resort-land story -> thien_tai); and volunteers of a blood-donation
journey "được tuyển chọn" were read as recruits. Sentences of our own, not from the gold articles."""
import pytest
from article_case import figs_both

_POISONING = ("Chiều 10/5, nhiều học sinh tại điểm trường thôn Ia Lâm, xã Ia Pết được một nhóm người lạ phát "
              "kẹo miễn phí. Sau khi ăn, các em có biểu hiện đau bụng, nôn ói và được đưa đi cấp cứu tại bệnh "
              "viện huyện. Công an xã đã thu giữ nhiều gói kẹo còn lại tại điểm trường để gửi đi giám định. "
              "Theo lời kể của người dân, nhóm người này bịt mặt, đi trên 3 xe máy rồi phát kẹo cho học sinh "
              "ngay trước cổng trường. Lãnh đạo bệnh viện huyện cho biết, đến tối cùng ngày sức khỏe các bệnh "
              "nhân đã ổn định, phần lớn đã được xuất viện. Cơ quan công an đang truy tìm nhóm đối tượng.")


def test_a_health_storys_prior_lends_nothing_to_the_suspects_motorbikes():
    # was y_te: the weak "học sinh" vote of the sentence let the story's y_te prior in. ("đi trên 3 xe máy":
    # "trên" is "on" after a word of riding before a vehicle, no bound, so the text starts at the number; fig74)
    rules, combined = figs_both("Nhóm người lạ bịt mặt phát kẹo trước cổng trường", _POISONING)
    assert rules == combined == [("3 xe máy", 3.0, "xe máy", "khac")]


def test_the_prior_still_tips_a_figure_with_a_vote_of_its_own():
    # "120 người" has votes of its own for y_te ("phòng bệnh") and tuyen_truyen ("nói chuyện"): the
    # story's y_te prior still counts for it
    rules, combined = figs_both("Bệnh viện huyện khám bệnh, cấp thuốc miễn phí cho người cao tuổi",
                                "Bệnh viện huyện vừa tổ chức khám bệnh, cấp thuốc miễn phí cho người cao tuổi xã "
                                "Ia Pết. Các bác sĩ đã khám, tư vấn sức khỏe và điều trị cho bà con. Dịp này, bệnh "
                                "viện cũng tổ chức nói chuyện cho 120 người về cách phòng bệnh.")
    assert rules == combined == [("120 người", 120.0, "người", "y_te")]


def test_athletes_selected_are_no_recruits():
    # was tuyen_quan by the rules: "tuyển chọn" weighed as "nhập ngũ" does
    rules, combined = figs_both("Đội tuyển vật tỉnh chuẩn bị cho đại hội",
                                "Sở đã tuyển chọn 20 vận động viên trẻ để tập trung tập luyện.")
    assert rules == combined == [("20 vận động viên", 20.0, "vận động viên", "khac")]


def test_books_selected_are_no_recruits():
    # was tuyen_quan by the rules and the classifier
    rules, combined = figs_both("Tuyển chọn sách hay cho thư viện",
                                "Nhà xuất bản đã tuyển chọn 60 đầu sách thiếu nhi để giới thiệu tại hội chợ.")
    assert rules == combined == [("60 đầu sách", 60.0, "sách", "khac")]


# act55: the combined reading took khac here from a model unsure of everything (khac 0.16-0.24); an
# unsure model no longer overrides a rule vote it does not share (learned.CONFIDENCE), which out of
# sample cost the rules more figures than it fixed (against rule votes under 0.5: 11 right with the
# gate, 4 with the model), so the rules' weak tuyen_quan is back on three of the four figures
@pytest.mark.xfail(strict=True, reason="act55: an unsure model no longer overrides the rules' weak tuyen_quan vote")
def test_blood_donation_volunteers_selected_are_no_recruits_for_the_classifier():
    # was tuyen_quan by both; the rules keep a weak tuyen_quan vote on the counted volunteers (the
    # "tình nguyện viên" noun names no blood donation), the combined reading no longer takes it
    _, combined = figs_both("Chương trình Hành trình Đỏ 2017",
                            "Năm nay, chương trình có 120 tình nguyện viên (70 nam, 50 nữ) được tuyển chọn qua "
                            "hơn 3.000 phiếu đăng ký.")
    assert [f[3] for f in combined] == ["khac", "khac", "khac", "khac"]


def test_recruits_selected_for_the_army_stay_recruits():
    rules, combined = figs_both("Huyện tuyển chọn công dân nhập ngũ",
                                "Qua khám tuyển, Hội đồng nghĩa vụ quân sự huyện đã tuyển chọn 150 công dân đủ "
                                "điều kiện gọi nhập ngũ năm 2017.")
    assert rules == combined == [("150 công dân", 150.0, "công dân", "tuyen_quan")]
