"""Exact records for the figure classes of round 17 (precision on unannotated general news of the
baomoi corpus, every figure of a 300-article sample read, money and percentages included): points
given or totalled in contests and bonus points, factors written with "chênh" (differ by) or "ít/kém"
(smaller by), a digit 1 in "1 vài" / "1 chút", figures of speech with a spelled-out number ("hai con
số", "hai chữ", "mười mươi", "hai chuyện khác nhau"), the two countries or sides of a
story ("hai cường quốc", "hai Nhà nước", "hai phía"), and a tennis set or serve named by its number.
Every sentence is written for the test; guards (marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    # points totalled or given by judges, and bonus points, are scores
    ("Với tổng 48 điểm, thí sinh Minh Anh giành ngôi quán quân.", []),
    ("Giám khảo dành 10 điểm cho tiết mục của đội Xanh.", []),
    ("Ban giám khảo chấm 9 điểm cho phần thi ứng xử.", []),
    ("Đội khách kém đội đầu bảng khoảng cách 4 điểm sau lượt trận này.", []),
    ("Tay vợt trẻ nhận thêm 15 điểm thưởng sau giải đấu ở Thái Lan.", []),
    # guards: sites keep their noun; a total before a site noun counts the sites
    ("Toàn huyện có tổng 42 điểm sạt lở ven sông.", [("42 điểm", 42.0, None, "điểm", "exact")]),
    ("Sở dành 12 điểm thi cho thí sinh tự do.", [("12 điểm thi", 12.0, None, "điểm thi", "exact")]),
])
def test_points_given_or_totalled_are_scores(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # prices that differ by a factor, and "smaller by" a factor, are ratios
    ("Cùng một loại ống tiêm nhưng giá mua chênh tới 4 lần.", []),
    ("Giá thuốc giữa các tỉnh chênh nhau 3-5 lần.", []),
    ("Chi phí nuôi một học sinh ở đây ít hơn 6 lần so với thành phố.", []),
    ("Năng suất của giống lúa cũ kém 2 lần giống mới.", []),
    # guards: a count of times with no factor word stays
    ("Ông đã hiến máu 25 lần trong mười năm.", [("25 lần", 25.0, None, "lần", "exact")]),
    ("Nhóm thanh niên đến quậy phá ít nhất 3 lần.", [("ít nhất 3 lần", 3.0, None, "lần", "over")]),
])
def test_factors_with_chenh_and_it_are_ratios(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nên cho thêm 1 vài lát gừng vào nồi canh.", []),
    ("Pha thêm 1 chút mật ong cho dễ uống.", []),
    # guard: a digit 1 before a counted noun stays a figure (guideline)
    ("Gia đình được tặng 1 con bò.", [("1 con bò", 1.0, None, "bò", "exact")]),
])
def test_digit_one_for_a_few_and_a_little(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Lạm phát của nước này đã lên tới hai con số.", []),
    ("Ngành du lịch tăng trưởng trên hai con số suốt ba năm.", []),
    ("Mật khẩu chỉ gồm ba chữ số nên rất dễ đoán.", []),
    ("Bà tóm tắt cuộc đời mình bằng hai chữ bình yên.", []),
    ("Tiền đạo bỏ lỡ cơ hội mười mươi ở phút cuối.", []),
    ("Hỗ trợ và bao cấp là hai chuyện khác nhau.", []),
    # guards: a spelled count of a noun that starts with the same word stays
    ("Xã vừa xuất khẩu hai mặt hàng mới sang Nhật.", [("hai mặt hàng", 2.0, None, "mặt hàng", "exact")]),
    ("Anh ấy trả lời đúng hai câu hỏi khó.", [("hai câu hỏi", 2.0, None, "câu hỏi", "exact")]),
])
def test_spelled_figures_of_speech(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hội nghị thượng đỉnh giúp hàn gắn quan hệ giữa hai cường quốc.", []),
    ("Tình hữu nghị giữa hai Nhà nước ngày càng bền chặt.", []),
    ("Thỏa thuận phải có lợi cho cả hai phía.", []),
    # guard: countries counted by "quốc gia" after a digit stay counts
    ("Đoàn đã thăm 5 quốc gia trong chuyến công du.", [("5 quốc gia", 5.0, None, "quốc gia", "exact")]),
])
def test_the_two_countries_or_sides(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Set 3 diễn ra căng thẳng hơn hẳn.", []),
    ("Cô thắng set 2 với tỷ số 7-5.", []),
    ("Giao bóng 1 ăn điểm của anh kém hẳn đối thủ.", []),
    # guard: sets counted before the word stay
    ("Anh để thua liền 2 set sau khi dẫn trước.", [("2 set", 2.0, None, "set", "exact")]),
])
def test_a_set_or_serve_named_by_its_number(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a comparative before "N lần" is a factor
    ("Giá vé ở sân bay đắt hơn 3 lần giá ở ga.", []),
    ("Tàu mới chạy nhanh hơn 2 lần tàu cũ.", []),
    # verbs after the number of a name or a plate: the number counts nothing
    ("Công ty Cầu đường 6 chịu trách nhiệm thi công gói thầu.", []),
    ("Xe tải BKS 51C - 123.45 lưu thông trên quốc lộ.", []),
    ("Ván 4 diễn ra chóng vánh.", []),
    # guards: a count before its noun, and a verb after the noun, stay
    # ("cuộc" is a classifier dropped before its noun: "1 cuộc thi" -> "thi" in the gold of dev14, dev18, test13)
    ("Có 4 cuộc thi diễn ra trong tháng.", [("4 cuộc thi", 4.0, None, "thi", "exact")]),
    ("Ông chịu trách nhiệm 2 công trình.", [("2 công trình", 2.0, None, "công trình", "exact")]),
])
def test_comparative_factors_and_verbs_after_names(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a text that gives points somewhere gives points with every bare "điểm", before or after
    ("Đội bóng chỉ có 6 điểm sau lượt đi. Đội đầu bảng vừa giành trọn 3 điểm.", []),
    ("Cô bé có 7 điểm trong tay. Cả đội dẫn đầu bảng với 19 điểm.", []),
    ("Sau giải này tay vợt có 1.230 điểm. Anh nhận thêm 12 điểm thưởng.", []),
    # guards: sites keep their noun in such a text; a bare count of sites with no points stays
    ("Đội dẫn đầu với 30 điểm. Thành phố bố trí 25 điểm trông giữ xe.",
     [("25 điểm", 25.0, None, "điểm", "exact")]),
    ("Toàn tỉnh có 14 điểm, 3 tuyến đê bị sạt lở.",
     [("14 điểm", 14.0, None, "điểm", "exact"), ("3 tuyến đê", 3.0, None, "tuyến đê", "exact")]),
])
def test_points_once_given_are_points_throughout_the_text(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a speed or size given as a multiple of another
    ("Tên lửa bay 9.000 km/giờ, tương đương 7 lần tốc độ âm thanh.", [("9.000 km", 9000.0, None, "km", "exact")]),
    # a spelled pair acting right away is the couple just named
    ("Cô quen Minh Tuấn năm 2015 rồi hai người nhanh chóng kết hôn.", []),
    # guard: the pair counted with digits stays (victims reported)
    ("Vụ cháy khiến 2 người nhanh chóng ngất xỉu.", [("2 người", 2.0, None, "người", "exact")]),
])
def test_multiples_and_a_couple_acting(sentence, expected):
    assert full_records(sentence) == expected
