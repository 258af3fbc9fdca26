"""act53: people counted by who they are ("4 học sinh", "2 công nhân", "5 người") whose own predicate
says they died, drowned or were hurt are the casualties of an accident, not pupils taught or patients
treated (activities.toml [[context]] "casualties"); children who drown while swimming are news, not a
disaster (the khac cues "tắm sông", "đi tắm", "học bơi", ...). On a fresh 2017 sample of drowning and
accident stories the rules read crash and drowning victims as y_te (the hospital's words around them)
and the classifier read drowned pupils as schooling. Disaster victims, the rescued and patients who
die of their treatment keep their activity. Sentences of our own, not from the gold articles."""
from article_case import figs_both


def test_pupils_drowned_while_swimming_are_news():
    # was thien_tai by the rules ("đuối nước" alone), tuyen_truyen by the classifier
    rules, combined = figs_both("Hai học sinh đuối nước khi tắm sông",
                                "Chiều 12/6, sau giờ học, nhóm bạn rủ nhau ra bến sông gần trường để tắm. Các em "
                                "được người dân đưa đi cấp cứu tại bệnh viện huyện nhưng 2 em học sinh đã tử vong.")
    assert rules == combined == [("Hai học sinh", 2.0, "học sinh", "khac")]


def test_crash_victims_taken_to_hospital_are_no_patients():
    # was y_te by the rules: "bệnh viện", "cấp cứu" in the clause
    rules, combined = figs_both("Tai nạn xe khách trên đèo",
                                "Xe khách chở đoàn tham quan lao xuống vực trên đèo Khau Phạ. Vụ tai nạn khiến 3 "
                                "người tử vong, 12 người khác bị thương được đưa vào bệnh viện tỉnh cấp cứu.")
    assert rules == combined == [("3 người", 3.0, "người", "khac"), ("12 người", 12.0, "người", "khac")]


def test_workers_killed_on_a_building_site():
    rules, combined = figs_both("Sập giàn giáo tại công trường",
                                "Sáng 5/7, giàn giáo tại công trình nhà xưởng bất ngờ đổ sập, làm 2 công nhân thiệt "
                                "mạng. Các bác sĩ bệnh viện đa khoa tỉnh đã cấp cứu người bị nạn.")
    assert rules == combined == [("2 công nhân", 2.0, "công nhân", "khac")]


def test_schoolgirls_drowned_in_a_reservoir():
    rules, combined = figs_both("Học sinh chết đuối ở hồ thủy lợi",
                                "Trên đường đi học về, 3 nữ sinh rủ nhau xuống hồ thủy lợi tắm. Do không biết bơi, "
                                "3 nữ sinh chết đuối thương tâm. Nhà trường đã đến thăm gia đình các em.")
    assert rules == combined == [("3 nữ sinh", 3.0, "nữ sinh", "khac")]


def test_pupils_injured_in_a_crash_and_treated_stay_casualties():
    rules, combined = figs_both("Tai nạn giao thông trên quốc lộ",
                                "Xe tải tông vào nhóm người đi xe đạp điện. Bác sĩ cho biết 4 học sinh bị thương nặng "
                                "đang được điều trị tại khoa hồi sức.")
    assert rules == combined == [("4 học sinh", 4.0, "học sinh", "khac")]


def test_children_burnt_in_a_fire():
    # was y_te by the rules ("bác sĩ", "cấp cứu")
    rules, combined = figs_both("Cháy nhà trọ",
                                "Ngọn lửa bùng lên lúc nửa đêm tại dãy nhà trọ. Các bác sĩ cho biết 2 cháu nhỏ bị "
                                "bỏng nặng và ngạt khói, đang được cấp cứu.")
    assert rules == combined == [("2 cháu", 2.0, "cháu", "khac")]


def test_patients_who_die_in_treatment_stay_health_care():
    # the patients counted (`unless_units`) and the dialysis named after them (`unless_after`)
    rules, combined = figs_both("Sự cố chạy thận tại bệnh viện",
                                "Bệnh viện tỉnh đã báo cáo Bộ Y tế về sự cố, 5 bệnh nhân tử vong khi đang chạy thận "
                                "nhân tạo.")
    assert rules == combined == [("5 bệnh nhân", 5.0, "bệnh nhân", "y_te")]


def test_flood_victims_stay_the_disasters():
    rules, combined = figs_both("Mưa lũ ở miền núi",
                                "Mưa lũ kéo dài nhiều ngày ở các huyện vùng cao đã làm 4 người chết, 2 người mất "
                                "tích, hàng chục ngôi nhà bị cuốn trôi.")
    assert rules == combined == [("4 người", 4.0, "người", "thien_tai"), ("2 người", 2.0, "người", "thien_tai"),
                                 ("hàng chục ngôi nhà", 10.0, "nhà", "thien_tai")]


def test_pupils_rescued_from_drowning_stay_rescue():
    rules, combined = figs_both("Cứu người đuối nước",
                                "Phát hiện đuối nước giữa dòng sông, anh Hùng lao xuống cứu sống 2 học sinh bị "
                                "đuối nước.")
    assert rules == combined == [("2 học sinh", 2.0, "học sinh", "thien_tai")]


def test_pupils_examined_and_taught_keep_their_activities():
    # no casualty predicate after the counted pupils: the rule does not apply
    rules, combined = figs_both("Khám bệnh cho học sinh", "Trung tâm y tế huyện đã khám sức khỏe cho 300 học sinh "
                                                         "tiểu học.")
    assert rules == combined == [("300 học sinh", 300.0, "học sinh", "y_te")]
    rules, combined = figs_both("Tập huấn cho học sinh", "Nhà trường tổ chức lớp tập huấn kỹ năng phòng chống đuối "
                                                         "nước cho 200 học sinh.")
    assert rules == combined == [("200 học sinh", 200.0, "học sinh", "tuyen_truyen")]


def test_crops_that_die_are_no_casualties():
    # a farm's loss after heavy rain keeps the disaster's activity (sinh_ke, thien_tai are not absorbed)
    rules, combined = figs_both("Lúa ngập úng sau mưa", "Do mưa lớn kéo dài, toàn huyện có 50 ha lúa bị chết phải "
                                                        "gieo cấy lại.")
    assert rules == combined == [("50 ha", 50.0, "ha", "thien_tai")]


def test_the_predicate_must_be_the_figures_own():
    from extract.activity import said_of, taxonomy

    rule = next(r for r in taxonomy().context if r.name == "casualties")
    text = "làm 4 học sinh đuối nước; 9 vụ tai nạn làm 5 người chết"
    assert said_of(text, text.index(" đuối"), rule.after, rule.after_reach)
    # another number comes between "9 vụ" and "chết": not said of the accidents
    assert not said_of(text, text.index(" tai nạn"), rule.after, rule.after_reach)
