"""Exact records for fig65: figure precision on fresh general news (a seeded draw of the baomoi corpus,
hand-judged against GUIDELINES.md) and the same classes in the tuning splits. Every sentence is written
for the test.

- A full stop inside a word ("TP.HCM", "10.000") ends no sentence, so the rules that look back to the
  sentence's start (schedules, doses, conditions) still see its opening words (figures.py _clause_start).
- Times in a period are a schedule however the period is written before them: "một tuần", "ban ngày",
  "ngày nào cũng", the bare "ngày" just before the deed ("ngày đắp 2 lần"), or "ban ngày"/"vào ban đêm"
  after the count (not_figures.toml [after] schedule_period_before, schedule_period_after, per_words).
- "đôi ba", "vài ba" (a couple, a few) before a noun count nothing, as "dăm ba" (units.toml word_before).
- A size, weight or capacity right after "loại" names a variant ("loại 16 chỗ ngồi", "loại 1,5 tấn"),
  except after "các", "phân" and the like; "loại 2 thí sinh" (the verb eliminate) still counts
  (not_figures.toml [variant_label]).
- "tám chuyện", "hai đích", "hai lòng" are figures of speech (units.toml [spelled] idioms).
- A question of an exam ("câu 66 mã 319") and a round of a TV contest ("live show 9") are named by their
  numbers (not_figures.toml [before] identifiers); "cần câu 2 chiếc" still counts.
- A month is a period of a schedule too ("một tháng anh gọi đúng 1 lần", guideline dev7 "mỗi tháng 2 lần").
- A count of one worth another amount is the base of an exchange rate: "1 cổ phiếu A đổi lấy 1,02 cổ phiếu
  B", "(1 bitcoin tương đương ...)"; a gift of one "tương đương" its price stays a count (not_figures.toml
  [rate] one_base_after, one_base_bracketed).
- "N lần" followed by the amount it multiplies ("5 lần giá đất") is a ratio (not_figures.toml [after]
  ratio_of).
"""
from __future__ import annotations

import pytest

from article_case import full_records, records


@pytest.mark.parametrize("sentence", [
    "Mỗi tuần, chị lặn lội từ Bình Dương lên TP.HCM thăm mẹ 2 đến 3 lần.",
    "Một tuần hai vợ chồng chắc cũng phải 2, 3 lần to tiếng.",
    "Ban ngày cháu đi vệ sinh khoảng 7 đến 8 lần.",
    "Ngày nào bà cũng ra vườn tưới cây 2 lần.",
    "Lấy lá trầu giã nát, đắp lên vết thương, ngày đắp 2 lần.",
    "Bé sốt cao, nôn ói ngày cả chục lần.",
    "Có hôm ông đi tiểu cả chục lần ban ngày, thậm chí 3 lần vào ban đêm.",
])
def test_times_in_a_period_written_before_or_after_them_are_a_schedule(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # no period: the times are counted
    ("Anh đã hiến máu tình nguyện 15 lần.", [("15 lần", 15, "lần")]),
    # a day of the month is no period of a schedule
    ("Ngày 5/3, đoàn công tác đã đến thăm gia đình 3 lần.", [("3 lần", 3, "lần")]),
    # a year's work of a body stays a count, as before ("năm" is left out of the schedule periods)
    ("Mỗi năm tổ công tác ra quân dọn rác từ 3 - 4 lần.", [("từ 3 - 4 lần", 3, "lần")]),
])
def test_times_with_no_period_of_a_routine_stay_figures(sentence, expected):
    assert records(sentence) == expected


def test_a_schedule_after_an_abbreviation_with_a_dot_keeps_its_period():
    # the dot of "TP.HCM" used to start a new sentence, hiding "Mỗi tuần" from the schedule rule
    assert records("Mỗi tuần anh từ TP.HCM về quê 2 lần.") == []
    # a full stop before a space still ends the sentence: the count after it has no period
    assert records("Mỗi tuần anh về quê. Năm ngoái anh hiến máu 2 lần.") == [("2 lần", 2, "lần")]


@pytest.mark.parametrize("sentence", [
    "Đôi ba lần hàng xóm sang hỏi thăm.",
    "Chỉ có vài ba người đứng xem.",
])
def test_a_couple_or_a_few_count_nothing(sentence):
    assert records(sentence) == []


def test_a_trio_still_counts():
    assert records("Bộ ba giám khảo chấm thi rất kỹ.") == [("ba giám khảo", 3, "giám khảo")]


@pytest.mark.parametrize("sentence", [
    "Chiếc xe khách loại 16 chỗ ngồi lao xuống vực.",
    "Một xe tải (loại 2,5 tấn) bị mất phanh khi xuống dốc.",
    "Mỗi ngày bé uống 2 hộp sữa loại 180 ml.",
])
def test_a_number_after_loai_names_a_variant(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Trung tâm đã xét nghiệm các loại 2.150 mẫu.", [("2.150 mẫu", 2150, "mẫu")]),
    # "loại" the verb (eliminate): the people sent home are counted
    ("Cuối buổi, ban giám khảo loại 3 thí sinh.", [("3 thí sinh", 3, "thí sinh")]),
    ("Huyện phấn đấu phân loại 60% rác thải tại nguồn.", [("60%", 60, "%")]),
    ("Chợ đang bán 3 loại xoài.", [("3 loại xoài", 3, "xoài")]),
])
def test_kinds_counted_or_a_plural_before_loai_stay_figures(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Sau trận đấu, khán giả có chuyện để “tám chuyện” cả buổi.",
    "Quyết định này đúng là một mũi tên trúng hai đích.",
    "Cô không chịu được đàn ông hai lòng.",
])
def test_figures_of_speech_count_nothing(sentence):
    assert records(sentence) == []


def test_a_range_of_times_with_its_qualifier_is_kept_whole():
    assert full_records("Năm ngoái xã đã tổ chức từ 3 đến 5 lần diễn tập.") == [
        ("từ 3 đến 5 lần", 3, 5, "lần", "range")]


def test_an_exam_question_and_its_paper_code_are_identifiers():
    assert records("Nhiều thí sinh sai ở câu 38 mã 207 và câu 40 mã 209.") == []
    assert records("Đề thi trắc nghiệm có 40 câu, làm trong 50 phút.") == [("40 câu", 40, "câu")]


def test_a_contest_round_named_by_its_number_is_no_count():
    assert records("Trong live show 5, hai thí sinh bị loại.") == [("hai thí sinh", 2, "thí sinh")]


def test_a_fishing_rod_is_counted():
    assert records("Ông mang theo cần câu 2 chiếc.") == [("2 chiếc", 2, "chiếc")]


@pytest.mark.parametrize("sentence", [
    "Cứ như thế, một tháng anh gọi cho tôi đúng 1 lần.",
    "Mỗi tháng chi hội sinh hoạt 2 lần.",
])
def test_times_in_a_month_are_a_schedule(sentence):
    assert records(sentence) == []


def test_a_month_named_by_its_number_is_no_period():
    assert records("Tháng 3 vừa qua, đoàn đã đến thăm 3 lần.") == [("3 lần", 3, "lần")]


@pytest.mark.parametrize("sentence, expected", [
    ("Tin tặc đòi 3 bitcoin (1 bitcoin tương đương khoảng 2.000 USD).",
     [("3 bitcoin", 3, "bitcoin"), ("khoảng 2.000 USD", 2000, "USD")]),
    ("Tỷ lệ hoán đổi là 1:1,05 (1 cổ phiếu ABC đổi lấy 1,05 cổ phiếu XYZ).", [("1,05 cổ phiếu", 1.05, "cổ phiếu")]),
])
def test_a_count_of_one_as_the_base_of_an_exchange_rate_is_no_figure(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hội trao 1 chiếc xe lăn tương đương 4 triệu đồng.",
     [("1 chiếc xe lăn", 1, "xe lăn"), ("4 triệu đồng", 4000000, "đồng")]),
    ("Công ty góp 1 triệu USD (tương đương 23 tỷ đồng).",
     [("1 triệu USD", 1000000, "USD"), ("23 tỷ đồng", 23000000000, "đồng")]),
])
def test_a_gift_of_one_or_an_amount_converted_stays_a_figure(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Huyện hỗ trợ chuyển đổi nghề bằng 4 lần giá đất nông nghiệp.",
    "Mức phạt có thể lên tới 3 lần mức lương tối thiểu.",
])
def test_times_the_amount_they_multiply_are_a_ratio(sentence):
    assert records(sentence) == []


def test_times_of_a_deed_stay_counted():
    assert records("Đội cứu hộ đã 4 lần ra khơi tìm kiếm ngư dân.") == [("4 lần", 4, "lần")]
