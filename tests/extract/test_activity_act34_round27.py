"""Round 27 (act34): migrants and refugees counted are migration news (khac), even in a story of
boats in distress; the migrants a coastguard rescues at sea stay thien_tai (rescue at sea).
Sentences of our own, not from the gold articles."""
from article_case import record


def test_a_migration_total_is_not_the_disaster_at_sea():
    text = ("Tàu chở người vượt biển bị lật ngoài khơi Libya, nhiều người mất tích trên biển. "
            "Theo thống kê, từ đầu năm đến nay 64.000 người di cư đã đặt chân tới Hy Lạp và Tây Ban Nha.")
    assert record(text, "64.000 người", "Lật tàu chở người vượt biển", rules_only=True) == \
        ("64.000 người", 64000, "người", "khac")


def test_refugees_counted_are_migration_news():
    text = "Năm ngoái nước này đã tiếp nhận hơn 300.000 người tị nạn từ các vùng xung đột."
    for rules_only in (True, False):
        assert record(text, "hơn 300.000 người", "Làn sóng tị nạn", rules_only=rules_only) == \
            ("hơn 300.000 người", 300000, "người", "khac")


def test_migrants_rescued_at_sea_stay_a_rescue():
    text = ("Lực lượng tuần duyên cho biết các tàu cứu hộ đã cứu khoảng 2.000 người di cư trên những "
            "chiếc xuồng cao su đang trôi dạt ngoài khơi.")
    assert record(text, "khoảng 2.000 người", "Cứu hộ trên biển", rules_only=True) == \
        ("khoảng 2.000 người", 2000, "người", "thien_tai")
