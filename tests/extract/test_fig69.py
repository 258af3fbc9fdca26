"""Exact records for fig69 (figure recall on text nobody tuned on). Classes of missed figures: a pair of
people joined by "và", "cùng" to those just named is two more people, counted ("cùng chồng và 2 người
bạn"; not_figures.toml [pointing_back] pair_companions), while a relation after a copula or a comparison
still names the pair ("là hai người bạn chiến đấu"); pay counted in months written "tháng tiền lương" is
an amount like "2 tháng lương" (units.toml [heads]; guideline test3, dev14); a minus glued to a
percentage after a word is the sign of a rate, kept without it ("ở mức -0,1%", figures._signed_rate;
guideline dev10 "(-0,24%)"). Two precision guards came
with them from the fresh samples: "cả" + a spelled number + a verb is the pronoun "all of them", no count
("Cả hai quyết định ...", not_figures.toml [pointing_back] before), and "ba miền" (the country's three regions) is a
fixed classification ([spelled] idioms). "cả ba" + a noun stays as it was (a known miss of dev11, dev17:
on fresh text it points back as often as it counts). Every sentence is written for the test; guards
(marked) show what the rules must leave alone.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import full_records


@pytest.mark.parametrize("sentence, expected", [
    ("Chị Lan cùng chồng và 2 người bạn bắt chuyến tàu đi Huế.", [("2 người", 2.0, None, "người", "exact")]),
    ("Cô dâu và hai người bạn thân thiết xuất hiện tại lễ đường.", [("hai người", 2.0, None, "người", "exact")]),
    ("Anh Minh ở cùng hai người bạn khác trong dãy trọ.", [("hai người", 2.0, None, "người", "exact")]),
    # guards: the relation after a copula or a comparison names the two, no count
    ("Việt Nam và Lào là hai người bạn chiến đấu cùng chung chiến hào.", []),
    ("Tôi nói chuyện với cô ấy như 2 người bạn cũ.", []),
])
def test_a_pair_joining_the_people_named_is_counted(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tòa buộc công ty bồi thường 15 tháng tiền lương cho người lao động bị thương.",
     [("15 tháng tiền lương", 15.0, None, "tháng tiền lương", "exact")]),
    ("Người sử dụng lao động phải bồi thường ít nhất 30 tháng tiền lương cho người bị suy giảm khả năng lao động.",
     [("ít nhất 30 tháng tiền lương", 30.0, None, "tháng tiền lương", "over")]),
    # guards: the other words for pay keep their units
    ("Công ty thưởng Tết cho mỗi công nhân 1 tháng thu nhập.",
     [("1 tháng thu nhập", 1.0, None, "tháng thu nhập", "exact")]),
    ("Công ty thưởng Tết cho công nhân 2 tháng lương.", [("2 tháng lương", 2.0, None, "tháng lương", "exact")]),
])
def test_pay_counted_in_months_is_an_amount(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "cả" + number + verb: all of them as the subject, nothing counted
    ("Cả ba quyết định đến nhà chủ nợ vào tối hôm đó.", []),
    ("Cảm thấy hợp nhau, cả hai quyết định gặp mặt tại quán cà phê.", []),
    ("Cả hai “khắc tinh” của tiêu cực đều sinh ra ở làng này.", []),
    # the three regions of the country name a classification, with a digit too; the performers are counted
    ("Chương trình tái hiện văn hóa của ba miền đất nước với 200 diễn viên.",
     [("200 diễn viên", 200.0, None, "diễn viên", "exact")]),
    ("Thí sinh hát dân ca 3 miền trong vòng thi thứ hai.", []),
    # guards: "cả ba" pointing back stays no count; "ba mẹ" is the father and mother; "cả năm" the whole year
    ("Phụ huynh cả ba học sinh nói trên đã đến trường làm việc.", []),
    ("Cả ba mẹ tôi đều đi làm xa.", []),
    ("Anh làm việc cả năm không nghỉ ngày nào.", []),
])
def test_all_of_them_and_the_three_regions_count_nothing(sentence, expected):
    assert full_records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a minus after a word, glued to a percentage, is the sign of a rate: the figure without its sign,
    # as "(-0,24%)" (guideline dev10; gold dev17)
    ("Ngân hàng trung ương duy trì lãi suất tiền gửi ở mức -0,1%.", [("0,1%", 0.1, None, "%", "exact")]),
    ("Lượng khách du lịch suy giảm -4% so với năm trước.", [("4%", 4.0, None, "%", "exact")]),
    # guards: a dash after a number is a range's; a minus before a measure keeps the measure
    ("Lãi suất cho vay tăng từ 5 -7%.", [("từ 5 -7%", 5.0, 7.0, "%", "range")]),
    ("Nhiệt độ đêm qua xuống -5 độ C ở vùng núi.", [("5 độ C", 5.0, None, "độ c", "exact")]),
])
def test_the_sign_of_a_rate_is_dropped_not_the_rate(sentence, expected):
    assert full_records(sentence) == expected
