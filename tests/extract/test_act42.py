"""act42: activity on fresh text (80 baomoi-2017 articles drawn with seed 4242, judged by hand).
A boat in distress is rescue at sea: crews adrift and vessels that collide (but not a train at a
level crossing); a kitchen measure ("thìa cà phê") is no coffee crop. Sentences of our own, not
from the sampled or gold articles; each reading is held for the rules alone and with the classifier."""
from article_case import figs_agreed


def test_fishermen_thrown_overboard_by_a_collision_are_rescue_at_sea():
    assert figs_agreed("Tàu cá va chạm với tàu hàng",
                       "Tàu cá của ông Hùng va chạm với tàu hàng, làm 6 ngư dân rơi xuống nước.") == \
        [("6 ngư dân", 6, "ngư dân", "thien_tai")]


def test_a_crew_adrift_at_sea_is_rescue_at_sea():
    assert figs_agreed("Đưa thuyền viên về bờ",
                       "Bộ đội Biên phòng tỉnh đã đưa 4 thuyền viên lênh đênh trên biển về đất liền.") == \
        [("4 thuyền viên", 4, "thuyền viên", "thien_tai")]


def test_two_boats_colliding_and_their_crew_are_rescue_at_sea():
    assert figs_agreed("Tàu cá bị đâm chìm",
                       "Ngay sau khi hai tàu va chạm, tàu kiểm ngư đã đến hiện trường và đưa 7 thuyền viên lên tàu.") == \
        [("hai tàu", 2, "tàu", "thien_tai"), ("7 thuyền viên", 7, "thuyền viên", "thien_tai")]


def test_a_train_at_a_level_crossing_is_no_boat():
    assert figs_agreed("Xe tải va chạm với tàu hỏa",
                       "Chiếc xe tải va chạm với tàu hỏa tại đường ngang khiến 2 người bị thương.") == \
        [("2 người", 2, "người", "khac")]


def test_a_recipes_teaspoons_are_no_coffee_crop():
    assert figs_agreed("Cách làm bò kho",
                       "Nguyên liệu gồm 500 g thịt bò, 2 thìa cà phê nước mắm và 1 thìa cà phê đường.") == \
        [("500 g", 500, "g", "khac"), ("2 thìa cà phê", 2, "thìa cà phê", "khac"),
         ("1 thìa cà phê", 1, "thìa cà phê", "khac")]


def test_coffee_planted_by_farmers_stays_livelihood():
    assert figs_agreed("Nông dân trồng mới cà phê",
                       "Hội Nông dân xã đã giúp bà con trồng mới 20 ha cà phê.") == [("20 ha", 20, "ha", "sinh_ke")]
