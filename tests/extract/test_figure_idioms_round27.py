"""Exact records for two classes of fresh-text false figures (round 27, fig40), sentences written for the
test:

- a digit 1 for "một" in a set phrase of time or manner ("1 lúc", "1 mực", "1 lát" with no noun after it)
  counts nothing (not_figures.toml [one_idioms] nouns, before_no_noun); "1 lát chanh" counts slices and
  any other "1 + noun" stays a figure (guideline: a digit 1 is always a figure for counted nouns);
- the limbs and hips of exercise instructions ("hai cẳng tay", "hai hông", "hai gót chân") are parts of
  one body, no counts (not_figures.toml [body_parts], guideline "gẫy hai tay", "2 đầu gối").
"""
from __future__ import annotations

import pytest

from article_case import records


@pytest.mark.parametrize("sentence", [
    "Anh đứng lặng 1 lúc lâu trước cổng trường rồi mới bước vào.",
    "Không nên ăn quá nhiều trái cây cùng 1 lúc.",
    "Dù bố mẹ can ngăn, cô vẫn 1 mực đòi bỏ học đi làm.",
    "Bà bảo tôi ngồi chờ 1 lát, bà ra chợ mua ít rau.",
    "Ông nói cứ nghỉ 1 chốc cho lại sức.",
])
def test_a_moment_or_a_manner_with_a_digit_one_is_no_figure(sentence):
    assert records(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a slice counted: a noun follows "lát"
    ("Cắt 1 lát bánh mì cho bé ăn sáng.", [("1 lát", 1.0, "lát")]),
    # other nouns after a digit 1 stay figures
    ("Xã vừa khánh thành 1 cây cầu bê tông.", [("1 cây cầu", 1.0, "cầu")]),
])
def test_other_counts_with_a_digit_one_stay(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Nằm sấp, đặt hai cẳng tay xuống sàn và giữ lưng thẳng.",
    "Hai hông nên cao hơn vai một chút khi giữ tư thế.",
    "Ngồi thẳng, khép hai gót chân vào nhau rồi hít sâu.",
    "Co hai bắp chân lại rồi duỗi thẳng hai bắp tay.",
])
def test_limbs_and_hips_of_one_body_are_no_counts(sentence):
    assert records(sentence) == []


def test_people_hurt_in_the_hip_are_still_counted():
    assert records("Vụ va chạm làm 3 người bị thương ở hông.") == [("3 người", 3.0, "người")]


# bands of capital or income that pick the firms or people a rule covers (not_figures.toml [money_threshold])
@pytest.mark.parametrize("sentence, expected", [
    # (the groups the floor is split into are a count, "ba" after a verb: fig54, as "chia thành hai nhóm"
    # in gold dev11; the bands of capital stay no figures)
    ("Sàn chia thành ba nhóm: nhóm lớn gồm các công ty có vốn điều lệ từ 500 tỷ đồng trở lên, nhóm vừa gồm "
     "các công ty có vốn điều lệ từ 100 tỷ đồng trở lên đến dưới 500 tỷ đồng.", [("ba nhóm", 3.0, "nhóm")]),
    ("Huyện có 30 doanh nghiệp có doanh thu từ 20 tỷ đồng trở lên.", [("30 doanh nghiệp", 30.0, "doanh nghiệp")]),
    ("Hộ có thu nhập từ 2 triệu đồng trở xuống được xếp vào diện nghèo.", []),
])
def test_a_band_of_capital_or_income_is_no_figure(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # one thing's money, no band
    ("Dự án có tổng vốn đầu tư hơn 2.000 tỷ đồng vừa được khởi công.", [("hơn 2.000 tỷ đồng", 2e12, "đồng")]),
    ("Công ty Hòa Bình có vốn điều lệ 300 tỷ đồng.", [("300 tỷ đồng", 3e11, "đồng")]),
    # a bound without a band stays
    ("Anh Tâm có thu nhập trên 15 triệu đồng mỗi tháng.", [("trên 15 triệu đồng", 1.5e7, "đồng")]),
])
def test_money_of_one_firm_or_person_stays(sentence, expected):
    assert records(sentence) == expected


def test_a_band_after_a_class_noun_with_an_acronym_or_a_period():
    assert records("Nhóm lớn gồm các tổ chức ĐKGD có vốn chủ sở hữu từ 800 tỷ đồng trở lên.") == []
    assert records("Chỉ người có thu nhập hàng tháng từ 12 triệu đồng trở lên mới được mở tài khoản.") == []
