"""act48: activities that the rules left to `khac` in general news (test16).
- Rescue outside natural disasters: bystanders who save road-accident victims, a boy who swims out for
  drowning children, a coast guard that saves people adrift are cứu hộ cứu nạn -> thien_tai (GUIDELINES
  test16 "Bystanders and drivers who rescue road-accident victims"; test2 boats in distress; dev6 B).
  Thien_tai cues "cứu người" (and the phrases that hold the accident they were saved from) and a
  [[context]] "rescued": the people a "cứu" governs right before them. The accident's own casualties stay
  `khac`, and a fire's rescue is firefighting (`khac`).
- Volcanic eruptions are a natural hazard ("phun trào", "dung nham"; test16), a supervolcano's quakes
  with no eruption stay science news.
- Eyesight and its disorders ("cận thị", "thị lực", "tật khúc xạ"): health findings -> y_te (test16
  myopia study), not schooling.
- Blood transfused to a patient is treatment (y_te, dev2), not a blood drive: [[context]] "transfusion".
Sentences of our own, not from the gold articles."""
from article_case import cues, figs_both, rules_figs


def test_the_rescue_cues_swallow_the_accident_they_name():
    # the whole phrase votes thien_tai: its "tai nạn giao thông" is no khac cue of its own here
    assert cues("Họ đã cứu người bị tai nạn giao thông") == [("cứu người bị tai nạn giao thông", "thien_tai", 2.5)]
    assert cues("anh tham gia cứu người trong vụ tai nạn") == [("cứu người trong vụ tai nạn", "thien_tai", 2.5)]
    # ... but a fire's rescue is firefighting
    assert cues("Lực lượng chữa cháy, cứu người") == [("chữa cháy, cứu người", "khac", 2.5)]


def test_bystanders_who_rescue_accident_victims_are_thien_tai():
    # was khac by both: "tai nạn giao thông" outvoted the rescue
    rules, combined = figs_both("Anh Hùng và 6 người dân cứu người bị tai nạn giao thông",
                                "Tối qua, anh Hùng cùng 6 người dân tham gia cứu người trong vụ tai nạn giao thông "
                                "trên quốc lộ 14.")
    assert rules == combined == [("6 người", 6.0, "người", "thien_tai")]


def test_the_people_a_rescue_verb_governs_are_rescued():
    # was khac by the rules: nothing but "đuối nước" (weak) named the distress
    assert rules_figs("Cậu bé dũng cảm", "Cậu bé 12 tuổi đã bơi ra giữa sông cứu 3 em nhỏ bị đuối nước.") == \
        [("3 em nhỏ", 3.0, "em nhỏ", "thien_tai")]


def test_the_accident_casualties_stay_khac():
    rules, combined = figs_both("Tai nạn giao thông trên quốc lộ 1",
                                "Vụ tai nạn giao thông làm 2 người tử vong và 5 người bị thương.")
    assert rules == combined == [("2 người", 2.0, "người", "khac"), ("5 người", 5.0, "người", "khac")]


def test_people_saved_from_a_fire_stay_khac():
    # the "rescued" rule does not fire in a sentence about a fire (its `unless`)
    rules, combined = figs_both("Cháy nhà trong đêm",
                                "Lực lượng chữa cháy đã phá cửa, trực tiếp cứu 4 người ra khỏi căn nhà đang bốc khói.")
    assert rules == combined == [("4 người", 4.0, "người", "khac")]


def test_blood_donors_who_save_patients_stay_blood_donation():
    rules, combined = figs_both("Hiến máu cứu người", "Mỗi đơn vị máu được hiến đã góp phần cứu sống 3 người bệnh.")
    assert rules == combined == [("3 người", 3.0, "người", "hien_mau")]


def test_myopia_prevalence_is_health():
    # was khac by both: the pupils are the subjects of a health finding
    rules, combined = figs_both("Trẻ em cận thị ngày càng nhiều",
                                "Một khảo sát cho thấy tỷ lệ cận thị ở học sinh tiểu học của thành phố đã lên tới 30%.")
    assert rules == combined == [("30%", 30.0, "%", "y_te")]


def test_children_with_refractive_errors_are_health():
    # was khac by both
    rules, combined = figs_both("Nhiều trẻ mắc tật khúc xạ",
                                "Thống kê của ngành cho thấy có 120 em bị tật khúc xạ ở các trường trên địa bàn.")
    assert rules == combined == [("120 em", 120.0, "em", "y_te")]


def test_a_volcanic_eruption_is_a_natural_hazard():
    # was khac by both
    rules, combined = figs_both("Núi lửa hoạt động trở lại",
                                "Núi lửa bất ngờ phun trào, cột tro bụi bốc cao tới 300 m, khiến người dân phải sơ tán.")
    assert rules == combined == [("300 m", 300.0, "m", "thien_tai")]


def test_blood_transfused_to_a_patient_is_treatment():
    # was hien_mau by both: the counted noun "đơn vị máu" is the blood drive's
    rules, combined = figs_both("Ca mổ cấp cứu thành công",
                                "Sau ca mổ, bệnh nhân được truyền 3 đơn vị máu và đã qua cơn nguy kịch.")
    assert rules == combined == [("3 đơn vị máu", 3.0, "đơn vị máu", "y_te")]


def test_blood_collected_at_a_drive_stays_blood_donation():
    rules, combined = figs_both("Ngày hội hiến máu", "Ngày hội đã tiếp nhận 350 đơn vị máu từ các tình nguyện viên.")
    assert rules == combined == [("350 đơn vị máu", 350.0, "đơn vị máu", "hien_mau")]
