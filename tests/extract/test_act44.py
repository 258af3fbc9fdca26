"""act44: a fishery's stocks and its catch potential are the fishermen's livelihood (sinh_ke), as its
boats and catches are (guideline: fish stocks, catch potential and boats -> sinh_ke, test4): "cá đáy",
"trữ lượng hải sản", "khả năng khai thác" (weak). Not "trữ lượng" alone (sand, minerals) nor an
economy's "khả năng khai thác" of its potential. Sentences of our own, not from the gold articles."""
from article_case import figs, figs_both


def test_a_fisherys_stock_and_catch_potential_are_livelihood():
    rules, combined = figs_both("Nguồn lợi hải sản ven bờ suy giảm",
                                "Theo khảo sát, nhóm cá đáy chiếm 40% với trữ lượng khoảng 15.000 tấn, "
                                "khả năng khai thác 6.000 tấn.")
    assert rules == combined == [("40%", 40.0, "%", "sinh_ke"),
                                 ("khoảng 15.000 tấn", 15000.0, "tấn", "sinh_ke"),
                                 ("6.000 tấn", 6000.0, "tấn", "sinh_ke")]


def test_a_seas_fish_stock_is_livelihood(rules_only):
    # the rules alone: the classifier still reads this bare sentence as khac
    assert figs("Ngư dân lo biển cạn cá", "Vùng biển này có trữ lượng hải sản khoảng 80.000 tấn.") == \
        [("khoảng 80.000 tấn", 80000.0, "tấn", "sinh_ke")]


def test_an_economys_potential_is_no_catch():
    rules, combined = figs_both("Kinh tế tư nhân còn nhiều dư địa",
                                "Đại biểu cho rằng khả năng khai thác tiềm năng kinh tế tư nhân còn lớn, "
                                "tăng trưởng có thể đạt 6,7%.")
    assert rules == combined == [("6,7%", 6.7, "%", "khac")]


def test_a_rivers_sand_reserve_is_no_fish_stock():
    rules, combined = figs_both("Khai thác cát trái phép trên sông",
                                "Tổng trữ lượng cát trên sông hiện chỉ còn khoảng 500 triệu tấn.")
    assert rules == combined == [("khoảng 500 triệu tấn", 500000000.0, "tấn", "khac")]
