"""Exact records for fig73: numbers that point back to things already named, and thresholds (general
news of test17, test18, test19, the least-tuned splits). Every sentence is written for the test.

- "vừa kể", "vừa nêu", "vừa nói", ... after the counted noun point back as "nói trên" does ("2 đường đua
  vừa kể"; not_figures.toml [pointing_back] after_noun).
- A small count under the noun of a count that pointed back names the same things again ("hai đồng minh
  này ... hai đồng minh"), and so does "cả" + a count under the noun of a count already made ("2 thiết bị
  ... cả hai thiết bị"); counts of others ("khác", "còn lại") and people nouns with a new noun going on
  stay counts ([pointing_back] restate_max; figures.py _restates_count).
- A duo's names joined by an en dash ("Huỳnh Minh Khoa – Don Trần") are a pair a later "hai nghệ sĩ" points
  back to, when both sides are full names; "hướng Nam – Bắc" is no pair ([pointing_back] named_pair_dashes).
  People nouns with a sex word ("hai nữ ca sĩ") point back like the noun alone.
- A count of things with "trở lên" after its noun and no "từ" is a threshold ("khám tại 4 cơ sở y tế trở
  lên"); money, measures and shares stay levels.
"""
from __future__ import annotations

import pytest

from article_case import full_records, records


@pytest.mark.parametrize("sentence, expected", [
    ("Bãi biển này được đánh giá đẹp hơn Nha Trang và Mũi Né. Tuy nhiên, giá dịch vụ ở đây cao hơn 2 bãi biển "
     "vừa kể.", []),
    ("Huyện đã xây Trường Tiểu học Kim Liên và Trường THCS Kim Sơn. Kinh phí cho hai trường vừa nêu là 12 tỷ đồng.",
     [("12 tỷ đồng", 12_000_000_000, "đồng")]),
])
def test_just_told_points_back(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the same two allies again after "hai đồng minh này"
    ("Ông Bộ trưởng đã trấn an giới chức hai đồng minh này về các cam kết. Chuyến thăm hai đồng minh cho "
     "thấy điều đó.", []),
    # "cả" + the noun of a count already made: both devices again
    ("Hãng vừa ra mắt 2 thiết bị mới. Khi cầm trên tay cả hai thiết bị, người dùng thấy chúng khác nhau.",
     [("2 thiết bị", 2, "thiết bị")]),
    # a new count of others, and a count after "cả" with a noun not counted before, stay
    ("Hãng vừa ra mắt 2 thiết bị mới. Cả hai điều kiện đều được đáp ứng.",
     [("2 thiết bị", 2, "thiết bị")]),
    ("Ông trấn an hai đồng minh này. Sau đó ông gặp hai đồng minh khác ở châu Âu.",
     [("hai đồng minh", 2, "đồng minh")]),
])
def test_a_count_restated(sentence, expected):
    assert records(sentence) == expected


def test_people_restated_only_when_they_act_or_are_described():
    # "Hai người" of the story act, then "hai người con trai" counts the sons: a new noun goes on
    text = ("Anh Nam và chị Lan cưới nhau năm 2010. Hai người đã mở một quán ăn nhỏ. Nay hai người con trai "
            "của họ đã đi học.")
    assert records(text) == [("hai người", 2, "người")]


@pytest.mark.parametrize("sentence, expected", [
    ("Đêm thi có tiết mục của Huỳnh Minh Khoa – Don Trần. Với tiểu phẩm hài, hai nghệ sĩ hóa thân thành hai "
     "chú chim.", [("hai chú chim", 2, "chim")]),
    ("Ca sĩ Mỹ Linh và Thu Minh bận lưu diễn nên ban tổ chức mời người khác thay thế hai nữ ca sĩ.", []),
    # single words joined by a dash are directions: the two men are counted
    ("Xe khách chạy hướng Nam – Bắc thì tông phải xe con, trên xe có hai người đàn ông.",
     [("hai người", 2, "người")]),
    # a name and its office are no duo: the two officials are counted
    ("Bà Nguyễn Thị Liễu – Chánh Văn phòng Sở Nội vụ cho biết như vậy. Trước đó, sở có hai người đến tuổi nghỉ hưu.",
     [("hai người", 2, "người")]),
    # two streets of a crossing are no duo: the two women are counted
    ("Anh chạy xe đến ngã tư Lê Văn Lương – Nguyễn Thị Định thì gặp nạn. Xe tải cuốn hai người phụ nữ vào gầm.",
     [("hai người", 2, "người")]),
])
def test_a_duo_named_with_a_dash(sentence, expected):
    assert records(sentence) == expected


def test_people_counted_after_there_are_are_new():
    # "Hai người" of the story act; "có 2 người không đủ tuổi" later counts other people
    text = ("Anh Nam và chị Lan cưới nhau năm 2010. Hai người đã mở một quán ăn nhỏ. Trước đó, sở có 2 người "
            "không đủ tuổi tái cử.")
    assert records(text) == [("2 người", 2, "người")]


@pytest.mark.parametrize("sentence, expected", [
    ("Cơ quan BHXH phát hiện gần 200 trường hợp thường xuyên đến khám tại 4 cơ sở y tế trở lên.",
     [("gần 200 trường hợp", 200, None, "trường hợp", "about")]),
    # money and shares with "trở lên" stay levels
    ("Tỉnh phấn đấu 80% trở lên số chi bộ đạt trong sạch vững mạnh.",
     [("80%", 80, None, "%", "over")]),
])
def test_or_more_after_a_counted_noun_is_a_threshold(sentence, expected):
    assert full_records(sentence) == expected


def test_the_number_before_or_more_is_the_one_bounded():
    # the count before a bounded weight stays ("từ 3 kg trở lên" is the level itself)
    assert records("Mâm cỗ kép gồm 1 con cá chép từ 3 kg trở lên.") == [("1 con cá chép", 1, "cá chép"),
                                                                          ("3 kg", 3, "kg")]
