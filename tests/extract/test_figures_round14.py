"""Exact records for the figure classes of round 14 (general news of dev11, each class also seen in
another tuning split): compound heads the segmenter cut after their first syllable, a multiplier that
opens a noun ("tỷ phú"), supporters and dollars written short, "nữ" before a title, verbs after a
pronoun-like count, and heights written "1m55". Every sentence is written for the test; the code
before this round failed each case except the guards (marked).
"""
from __future__ import annotations

import pytest

from article_case import full_records


# ---------------------------------------------------------------- compound heads kept whole

@pytest.mark.parametrize("sentence, expected", [
    ("Cảng cá đón 15 tàu khai thác và 4 tàu dịch vụ hậu cần.",
     [("15 tàu khai thác", 15.0, None, "tàu khai thác", "exact"), ("4 tàu dịch vụ", 4.0, None, "tàu dịch vụ", "exact")]),
    ("Bệnh viện đã thực hiện 12 ca ghép thận trong năm.", [("12 ca ghép", 12.0, None, "ca ghép", "exact")]),
    ("Phiên giao dịch việc làm có 300 chỗ làm việc trống.",
     [("300 chỗ làm việc", 300.0, None, "chỗ làm việc", "exact")]),
    ("Nhà thầu mở 4 mũi thi công cùng lúc.", [("4 mũi thi công", 4.0, None, "mũi thi công", "exact")]),
    ("Khu dân cư có 3 phòng tập miễn phí.", [("3 phòng tập", 3.0, None, "phòng tập", "exact")]),
    ("Đội tuyển đá 2 trận đấu giao hữu tại châu Âu.",
     [("2 trận đấu giao hữu", 2.0, None, "trận đấu giao hữu", "exact")]),
    ("Điện thoại có 3 tùy chọn màu sắc.", [("3 tùy chọn", 3.0, None, "tùy chọn", "exact")]),
    ("Câu lạc bộ từng giành 4 chức vô địch quốc gia.", [("4 chức vô địch", 4.0, None, "chức vô địch", "exact")]),
    ("Tiền đạo có 5 pha dứt điểm trong trận.", [("5 pha dứt điểm", 5.0, None, "pha dứt điểm", "exact")]),
    # guard: "trận đấu" alone still stops before what is no kind of match
    ("Đội khách mới thắng 3 trận đấu từ đầu mùa.", [("3 trận đấu", 3.0, None, "trận đấu", "exact")]),
])
def test_compound_heads_stay_whole(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- a multiplier opening a noun

@pytest.mark.parametrize("sentence, expected", [
    ("Danh sách năm nay có 12 tỷ phú người Mỹ.", [("12 tỷ phú", 12.0, None, "tỷ phú", "exact")]),
    ("Buổi tiệc quy tụ hai tỷ phú công nghệ.", [("hai tỷ phú", 2.0, None, "tỷ phú", "exact")]),
    ("Xổ số đã tạo ra 3 triệu phú mới.", [("3 triệu phú", 3.0, None, "triệu phú", "exact")]),
    # guards: billions of money stay money
    ("Công ty lãi 5 tỷ đồng và 3 tỷ USD.",
     [("5 tỷ đồng", 5e9, None, "đồng", "exact"), ("3 tỷ USD", 3e9, None, "USD", "exact")]),
])
def test_multiplier_opening_a_noun(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- written short

@pytest.mark.parametrize("sentence, expected", [
    ("Sân vận động đón hơn 8000 CĐV và hàng ngàn CĐV khác đứng ngoài.",
     [("hơn 8000 CĐV", 8000.0, None, "cổ động viên", "over"), ("hàng ngàn CĐV", 1000.0, None, "cổ động viên", "over")]),
    ("Trận lũ gây thiệt hại hàng tỷ đôla cho bang.", [("hàng tỷ đôla", 1e9, None, "USD", "over")]),
    ("Ngân hàng cho vay 20 triệu đôla.", [("20 triệu đôla", 2e7, None, "USD", "exact")]),
])
def test_supporters_and_dollars(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- "nữ" before a title

@pytest.mark.parametrize("sentence, expected", [
    ("Nội các mới có 2 nữ bộ trưởng.", [("2 nữ bộ trưởng", 2.0, None, "nữ bộ trưởng", "exact")]),
    ("Đội có 3 nữ cầu thủ và 2 nữ bác sĩ.",
     [("3 nữ cầu thủ", 3.0, None, "nữ cầu thủ", "exact"), ("2 nữ bác sĩ", 2.0, None, "nữ bác sĩ", "exact")]),
    # guard: "nữ" alone is the counted noun
    ("Lớp có 20 nữ và 15 nam.", [("20 nữ", 20.0, None, "nữ", "exact"), ("15 nam", 15.0, None, "nam", "exact")]),
])
def test_female_before_a_title(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- a verb after a pronoun-like count

@pytest.mark.parametrize("sentence", [
    "Cả hai dành nhiều thời gian cho con.",
    "Cả hai từng hẹn hò nhiều năm.",
    "Cả 3 đầy tự tin trước trận.",
])
def test_verb_after_a_count_is_no_noun(sentence):
    assert full_records(sentence) == []


# ---------------------------------------------------------------- heights written "1m55"

@pytest.mark.parametrize("sentence, expected", [
    ("Cô cao 1m62 còn anh cao 1m80.", [("1m62", 1.62, None, "m", "exact"), ("1m80", 1.8, None, "m", "exact")]),
    ("Tiền vệ 1m69 ghi bàn bằng đầu.", [("1m69", 1.69, None, "m", "exact")]),
    ("Người mẫu cao hơn 1m75, nặng 50kg.",
     [("hơn 1m75", 1.75, None, "m", "over"), ("50kg", 50.0, None, "kg", "exact")]),
    # guards: a code with letters or a third digit is no height
    ("Mã sản phẩm X1m20 và lô 2m305.", []),
])
def test_heights(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- a piece of food

@pytest.mark.parametrize("sentence, expected", [
    ("Suất ăn gồm 2 miếng gà rán và khoai tây chiên.", [("2 miếng gà rán", 2.0, None, "gà rán", "exact")]),
    ("Mỗi người nhận 3 miếng thịt heo luộc.", [("3 miếng thịt heo", 3.0, None, "thịt heo", "exact")]),
    ("Bé ăn hết 4 miếng bánh mì.", [("4 miếng bánh mì", 4.0, None, "bánh mì", "exact")]),
    # guards: "miếng" alone is the unit; a weight of meat stays a weight
    ("Anh cắt chiếc bánh thành 8 miếng.", [("8 miếng", 8.0, None, "miếng", "exact")]),
    ("Chợ bán 200 kg thịt heo và 30 con gà.",
     [("200 kg", 200.0, None, "kg", "exact"), ("30 con gà", 30.0, None, "gà", "exact")]),
])
def test_piece_of_food(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- a pronoun or "the first" after the classifier

@pytest.mark.parametrize("sentence, expected", [
    ("Bà kể 2 con tôi đều đã đi làm xa.", [("2 con", 2.0, None, "con", "exact")]),
    ("Trong nhà, 2 con đầu đã lập gia đình.", [("2 con", 2.0, None, "con", "exact")]),
    # guard: an animal after the classifier is still the counted noun
    ("Trang trại có 5 con bò sữa.", [("5 con bò sữa", 5.0, None, "bò sữa", "exact")]),
])
def test_classifier_before_a_pronoun(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- glued units: a colon after them, grams

@pytest.mark.parametrize("sentence, expected", [
    ("Máy có độ dày 1,52cm: nhẹ hơn bản cũ.", [("1,52cm", 1.52, None, "cm", "exact")]),
    ("Lãi suất tăng 5%: cao nhất từ trước.", [("5%", 5.0, None, "%", "exact")]),
    ("Bác sĩ lấy một phần gan (tương đương 500gram) để ghép.", [("500gram", 500.0, None, "gram", "exact")]),
    ("Đây là lần đầu tiên cả hai công khai mối quan hệ.", []),
    # guards: a clock time and a score stay out
    ("Lúc 10:30 sáng, tỷ số là 2:1.", []),
])
def test_glued_units(sentence, expected):
    assert full_records(sentence) == expected


# ---------------------------------------------------------------- car equipment named by a number

@pytest.mark.parametrize("sentence, expected", [
    ("Xe có điều hòa 2 vùng độc lập và ghế lái điều chỉnh 12 hướng.", []),
    ("Bản cao cấp dùng hệ dẫn động 4 bánh toàn thời gian.", []),
    # guards: regions and production lines are still counted
    ("Tỉnh chia thành 3 vùng kinh tế.", [("3 vùng", 3.0, None, "vùng", "exact")]),
    ("Nhà máy điều chỉnh 2 dây chuyền.", [("2 dây chuyền", 2.0, None, "dây chuyền", "exact")]),
])
def test_car_equipment_classes(sentence, expected):
    assert full_records(sentence) == expected


def test_reextract_upgrades_version_10_records(tmp_path):
    """VERSION 11 reads "12 tỷ phú" as twelve billionaires where version 10 read twelve billion đồng."""
    from extract.pipeline import VERSION
    from reextract_case import reextracted

    assert VERSION >= 11
    records = reextracted(tmp_path, "Danh sách tỷ phú", "Năm nay danh sách có thêm 12 tỷ phú người châu Á.", 10,
                          '{"organizations": [], "figures": [{"text": "12 tỷ", "value": 12000000000.0, '
                          '"unit": "đồng"}]}')
    assert {(f["value"], f["unit"]) for f in records["figures"]} == {(12.0, "tỷ phú")}
