"""Round 33 (act33): another country's fishing boats are no livelihood of ours, and enriching
uranium is no getting rich. Sentences of our own (not from the gold articles)."""
from article_case import activity, activity_both


def test_a_foreign_fishing_boat_is_no_livelihood_of_ours():
    text = ("Hai tàu cá Philippines đang đánh bắt trong vùng biển quốc tế thì bị lực lượng tuần duyên "
            "nước láng giềng xua đuổi.")
    assert activity(text, "Hai tàu cá", "Philippines phản đối nước láng giềng", rules_only=True) == "khac"
    text = ("Chính phủ Nhật Bản cho biết 5 tàu cá của nước này đang đánh bắt mực gần đảo Hokkaido thì bị "
            "tàu tuần tra bao vây.")
    assert activity(text, "5 tàu cá", "Nhật Bản phản đối", rules_only=True) == "khac"


def test_our_fishermen_boats_still_are_a_livelihood():
    text = ("Năm nay ngư dân trong tỉnh đóng mới 25 tàu cá công suất lớn để vươn khơi đánh bắt dài ngày.")
    assert activity(text, "25 tàu cá", "Ngư dân bám biển", rules_only=True) == "sinh_ke"
    # the story names the fishermen; the boat's sentence need not
    story = ("Ngư dân xã Bình Châu phấn khởi vì mùa cá bội thu. Cả xã có 120 tàu cá đánh bắt xa bờ.")
    assert activity(story, "120 tàu cá", "Mùa cá bội thu", rules_only=True) == "sinh_ke"


def test_enriching_uranium_is_no_getting_rich():
    text = ("Theo thỏa thuận, nước này cam kết chỉ làm giàu uranium ở mức 3,67% và giảm số máy ly tâm. "
            "Đổi lại, các lệnh trừng phạt kinh tế sẽ được dỡ bỏ.")
    assert activity_both(text, "3,67%", "Thỏa thuận hạt nhân") == {"khac"}


def test_getting_rich_still_is_a_livelihood():
    text = ("Nhờ vay vốn nuôi bò, gia đình chị đã làm giàu trên mảnh đất quê, mỗi năm lãi 200 triệu đồng.")
    assert activity(text, "200 triệu đồng", "Làm giàu từ nuôi bò", rules_only=True) == "sinh_ke"
