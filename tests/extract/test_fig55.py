"""Exact records for fig55 (issue 10, figure precision on unseen text): counts of people that point back to
people the story has already named are no new figures (not_figures.toml [pointing_back] named_pair_people,
family_units, each_other). Two people under a kin, child or role noun after a pair "A và B" of names; a
family with the member it is known by after it; two people bound to each other ("nhau") after the lede's
first sentence. Every sentence is written for the test; guards (marked) show what the rules must leave
alone: others and the rest, a predicate after "là", the writer's own family, first counts.
"""
from __future__ import annotations

import pytest

from tests.extract.article_case import records


@pytest.mark.parametrize("sentence, expected", [
    ("Tuấn và Hoa học cùng lớp ở trường làng. Năm nay cả 2 em đều thi đỗ đại học.", []),
    ("Tuấn và Hoa tập võ từ nhỏ. Buổi tập nào 2 võ sĩ cũng đến sớm.", []),
    ("Bé Na và Bi bị sốt cao từ đêm qua. Sáng nay gia đình đưa 2 bé đến trạm y tế xã.", []),
    # guards: others besides the two named, the predicate that first counts them, no pair of names
    ("Tuấn và Hoa học cùng lớp ở trường làng. Năm nay trường còn có 2 em khác đỗ thủ khoa.",
     [("2 em", 2.0, "em")]),
    ("Sau đó Tuấn và Hoa bước lên sân khấu. Đó là hai ca sĩ trẻ nhất chương trình.",
     [("hai ca sĩ", 2.0, "ca sĩ")]),
    ("Ông Tư và bà Lan đi chợ sớm. Đến trưa, cả 2 bé đều được ăn no.", [("2 bé", 2.0, "bé")]),
    ("Cô giáo dẫn 2 em đến bệnh viện khám mắt.", [("2 em", 2.0, "em")]),
])
def test_two_named_people_counted_again_under_a_kin_or_role_noun(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gia đình đã mời cơm tiễn 3 mẹ con chị Hoa về quê.", []),
    ("Hàng xóm góp tiền giúp 4 bố con anh Sáu sửa lại mái nhà.", []),
    # guards: the writer's own family, a family with nothing after it
    ("Đêm đó 3 mẹ con tôi phải ngủ nhờ nhà hàng xóm.", [("3 mẹ con", 3.0, "mẹ con")]),
    ("Chồng đi làm xa, nhà chỉ có 3 mẹ con.", [("3 mẹ con", 3.0, "mẹ con")]),
])
def test_a_family_known_by_one_member_points_back(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Anh Nam quen chị Thu trong một lần đi làm từ thiện. Sau đó 2 người viết thư cho nhau suốt ba năm.", []),
    ("Anh Nam quen chị Thu ở quê. Giờ 2 người đã có với nhau một bé gái.", []),
    # guards: the first count, in the first sentence; people who set off together or differ
    ("2 thanh niên đánh nhau giữa phố. Công an đang điều tra.", [("2 thanh niên", 2.0, "thanh niên")]),
    ("Trưa qua, em Hùng đi học về. Em cùng 2 bạn rủ nhau ra suối tắm.", [("2 bạn", 2.0, "bạn")]),
])
def test_two_people_bound_to_each_other_are_the_couple_of_the_story(sentence, expected):
    assert records(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bang Washington và Minnesota đã kiện sắc lệnh. Tòa án thụ lý đơn kiện của hai bang Washington và Minnesota.",
     []),
    ("Xe Toyota và Ford đều giảm giá. Lần gần đây nhất, hai hãng xe Toyota và Ford giảm giá là năm ngoái.", []),
    ("Xã Tân An, Tân Bình và Tân Phú bị ngập. Đoàn công tác đã đến 3 xã Tân An, Tân Bình và Tân Phú.", []),
    # guards: a name not written before (the first count that names its items), and people
    ("Cầu đập tràn nối hai xã Nam Yang và Ia Băng.", [("hai xã", 2.0, "xã")]),
    ("Xã Nam Yang có nhiều suối. Cầu đập tràn nối hai xã Nam Yang và Ia Băng.", [("hai xã", 2.0, "xã")]),
    ("Juventus và Real Madrid sẽ gặp nhau ở chung kết. Hai HLV Juventus và Real Madrid đều tự tin.",
     [("Hai HLV", 2.0, "huấn luyện viên")]),
])
def test_a_count_of_things_named_before_it_points_back(sentence, expected):
    assert records(sentence) == expected
