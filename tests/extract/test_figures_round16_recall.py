"""Exact records for the figure classes of round 16 (recall on general news): a change "từ X lên Y"
with the unit written once, a range hedged by "khoảng" with the unit on both bounds, the words of a
text counted at the end of a clause ("không quá 500 từ."), and measures or counted parts written
right after a model or brand name ("màn hình MID 7 inch", "JBL 9 loa"), editions counted with "kỳ", a few
of a few items ("5/6 chặng"), a part of a set ("2 trong 3 nạn nhân"), the inch mark, and the parts of
a count in brackets ("380 chỉ tiêu (Anh: 210, ...)"). Every sentence is written for
the test; guards (marked) show what these rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # a change: the first amount takes the unit written after the second, its text runs to that unit
    ("Dung tích xi lanh được nâng từ 1.200 lên thành 1.250 cc.",
     [("1.200 lên thành 1.250 cc", 1200.0, None, "cc", "exact"), ("1.250 cc", 1250.0, None, "cc", "exact")]),
    ("Số hộ nghèo của xã giảm từ 140 xuống còn 96 hộ.",
     [("140 xuống còn 96 hộ", 140.0, None, "hộ", "exact"), ("96 hộ", 96.0, None, "hộ", "exact")]),
    ("Lượng khách tăng từ 3 lên gần 4 triệu du khách.",
     [("3 lên gần 4 triệu du khách", 3000000.0, None, "du khách", "exact"),
      ("gần 4 triệu du khách", 4000000.0, None, "du khách", "about")]),
    # guards: a ratio changed counts nothing; a rank has no unit; a range is no change
    ("Mức phạt tăng từ 1,5 lên 2 lần so với năm trước.", []),
    ("Đội bóng tăng từ 95 lên 88 trên bảng xếp hạng.", []),
    ("Giá thuê từ 5 đến 7 triệu đồng mỗi tháng.",
     [("từ 5 đến 7 triệu đồng", 5000000.0, 7000000.0, "đồng", "range")]),
])
def test_a_change_gives_both_amounts_the_unit_written_once(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mỗi hộp thuốc giá khoảng 45.000 đồng đến 90.000 đồng tùy nơi bán.",
     [("khoảng 45.000 đồng đến 90.000 đồng", 45000.0, 90000.0, "đồng", "range")]),
    ("Đoàn dự kiến đón khoảng 300 khách đến 500 khách mỗi ngày.",
     [("khoảng 300 khách đến 500 khách", 300.0, 500.0, "khách", "range")]),
    # guard: "đến" before a figure of another unit joins nothing
    ("Khoảng 20 người đến 3 xã vùng lũ.",
     [("Khoảng 20 người", 20.0, None, "người", "about"), ("3 xã", 3.0, None, "xã", "exact")]),
])
def test_a_hedged_range_with_the_unit_on_both_bounds_is_one_range(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bài dự thi dài tối đa 800 từ.", [("800 từ", 800.0, None, "từ", "exact")]),
    ("Mỗi bài luận không quá 1.500 từ, viết tay hoặc đánh máy.",
     [("không quá 1.500 từ", 1500.0, None, "từ", "under")]),
    # guard: inside a clause "từ" is "from"
    ("Có 30 người từ Hà Nội về dự lễ.", [("30 người", 30.0, None, "người", "exact")]),
])
def test_words_of_a_text_at_the_end_of_a_clause_are_counted(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Xe có màn hình HUD 9 inch trên kính lái.", [("9 inch", 9.0, None, "inch", "exact")]),
    ("Điện thoại dùng tấm nền OLED 800 nit rất sáng.", [("800 nit", 800.0, None, "nit", "exact")]),
    ("Hệ thống âm thanh Bose 12 loa được trang bị tiêu chuẩn.", [("12 loa", 12.0, None, "loa", "exact")]),
    # guard: a number after a name with no measure or counted noun stays part of the name
    ("Mẫu Galaxy Note 8 bán chạy nhất quý.", []),
])
def test_a_measure_or_counted_part_after_a_model_name_is_a_figure(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tạp chí ra 4 kỳ mỗi tháng.", [("4 kỳ", 4.0, None, "kỳ", "exact")]),
    ("Hội làng đã tổ chức được 15 kỳ hội thi thả diều.", [("15 kỳ", 15.0, None, "kỳ", "exact")]),
    ("Bệnh viện mở ba kỳ khám miễn phí cho người nghèo.", [("ba kỳ", 3.0, None, "kỳ", "exact")]),
    ("Tỉnh tổ chức 2 kỳ thi tuyển công chức.", [("2 kỳ thi", 2.0, None, "kỳ thi", "exact")]),
    # guards: a holiday is a span, a session between two a time, a draw named by its code no count
    ("Sau 2 kỳ nghỉ dài, 300 công nhân trở lại nhà máy.", [("300 công nhân", 300.0, None, "công nhân", "exact")]),
    ("Đề án sẽ được trình giữa 2 kỳ họp của Hội đồng.", []),
    ("Vé số Power 6/55 kỳ QSMT 210 có người trúng.", []),
])
def test_editions_are_counted_with_kỳ(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đoàn đã trao quà cho 4/5 hộ nghèo của thôn.", [("4/5 hộ", 4.0, None, "hộ", "exact")]),
    ("Đến nay 7/8 khu dân cư đạt chuẩn văn hóa.", [("7/8 khu dân cư", 7.0, None, "khu dân cư", "exact")]),
    ("Từ 1/7 đến 5/7 học sinh được nghỉ hè.", []),
    ("Dự kiến 2/7 khởi công công trình.", []),
    ("Tay đua về nhất 3/7 chặng của giải.", [("3/7 chặng", 3.0, None, "chặng", "exact")]),
    # guards: a fraction of a whole, a third, a date
    ("Ngành du lịch tạo ra 2/3 giá trị sản xuất của huyện.", []),
    ("Lũ cuốn trôi 1/3 cây cầu treo.", []),
    ("Sáng 4/6 đoàn công tác làm việc tại xã.", []),
])
def test_a_few_of_a_few_counted_items_is_a_count(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đến trưa, 4 trong 6 thuyền viên đã được cứu.",
     [("4 trong 6 thuyền viên", 4.0, None, "thuyền viên", "exact")]),
    ("Có 45 trong tổng số 60 hội viên tham gia góp vốn.",
     [("45 trong tổng số 60 hội viên", 45.0, None, "hội viên", "exact")]),
    ("Lực lượng chức năng đã bắt 3 trong số các đối tượng bỏ trốn.",
     [("3 trong số các đối tượng", 3.0, None, "đối tượng", "exact")]),
    # guards: "1 trong N" (one of) counts the set; a number with its own noun keeps it
    ("Chị là 1 trong 15 đại biểu được tuyên dương.", [("15 đại biểu", 15.0, None, "đại biểu", "exact")]),
    ("Có 20 hộ nghèo trong tổng số 300 hộ của xã.",
     [("20 hộ", 20.0, None, "hộ", "exact"), ("300 hộ", 300.0, None, "hộ", "exact")]),
])
def test_a_part_of_a_set_is_one_figure_with_the_sets_noun(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bản tiêu chuẩn dùng la-zăng 17” và 6 túi khí.",
     [("17”", 17.0, None, "inch", "exact"), ("6 túi khí", 6.0, None, "túi khí", "exact")]),
    ("Máy tính bảng có màn hình LCD 10” độ phân giải cao.", [("10”", 10.0, None, "inch", "exact")]),
    ("Kích thước màn hình: 6,1-inch, pin 3.000 mAh.",
     [("6,1-inch", 6.1, None, "inch", "exact"), ("3.000 mAh", 3000.0, None, "mah", "exact")]),
    # guard: the mark closing a quote, even one opened sentences before, is no inch
    ("Ông nói: “Đội sẽ tập huấn ở Hàn Quốc. Sau đó sang dự SEA Games 30”.", []),
])
def test_the_inch_mark_after_a_number_is_the_unit(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tỉnh giao 520 chỉ tiêu tuyển quân (Hòa An: 300, Bảo Lạc: 220) năm nay.",
     [("520 chỉ tiêu", 520.0, None, "chỉ tiêu", "exact"), ("300", 300.0, None, "chỉ tiêu", "exact"),
      ("220", 220.0, None, "chỉ tiêu", "exact")]),
    ("Toàn huyện có 1.150 hộ nghèo (xã A: 600; xã B: 550).",
     [("1.150 hộ", 1150.0, None, "hộ", "exact"), ("600", 600.0, None, "hộ", "exact"),
      ("550", 550.0, None, "hộ", "exact")]),
    # guard: "label: number" not breaking down a count just before it stays bare
    ("Bị cáo Lê Văn B. (SN: 1975) bị tuyên phạt.", []),
])
def test_the_parts_of_a_count_in_brackets_share_its_noun(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hội thảo có 7 nước châu Á và 2 nước châu Âu tham dự.",
     [("7 nước", 7.0, None, "nước", "exact"), ("2 nước", 2.0, None, "nước", "exact")]),
    # guard: a lone "2 đội" points back to the two teams of the match
    ("Trận đấu giữa 2 đội diễn ra căng thẳng.", []),
])
def test_two_as_the_last_part_of_a_listed_count_is_counted(sentence, expected):
    assert full_records(sentence) == expected
