"""Round 33 (act33): bringing up children and teaching oneself are education (tuyen_truyen), and
enriching uranium is no getting rich. Sentences of our own (not from the gold articles)."""
from extract import learned
from extract.pipeline import extract_text


def _activity(text: str, figure: str, title: str = "", *, rules_only: bool = False) -> str:
    saved = learned.WEIGHT
    if rules_only:
        learned.WEIGHT = 0.0
    try:
        ex = extract_text(text, title=title)
    finally:
        learned.WEIGHT = saved
    found = [f for f in ex.figures if f.text == figure]
    assert found, [f.text for f in ex.figures]
    return found[0].activity


# a parenting advice piece: no school, no class, but bringing up children written throughout
PARENTING = ("Nhiều chuyên gia cho rằng dạy con biết chia sẻ quan trọng hơn dạy con giành điểm cao. Khi nuôi "
             "dạy con, cha mẹ nên để trẻ tự làm việc nhà và dạy trẻ nói lời cảm ơn. Một khảo sát cho thấy "
             "70% phụ huynh chỉ hỏi con về điểm số. Giáo dục con biết quan tâm người khác cần bắt đầu từ "
             "những việc nhỏ mỗi ngày, và cách dạy con tốt nhất là làm gương.")


def test_a_parenting_advice_piece_is_education():
    assert _activity(PARENTING, "70%", "Bí quyết để trẻ biết quan tâm", rules_only=True) == "tuyen_truyen"


def test_a_study_tour_alone_is_no_education_story():
    text = ("Đoàn công tác gồm 12 cán bộ của tỉnh đã đi học tập kinh nghiệm quản lý cảng biển tại "
            "Singapore. Cảng này có sản lượng hàng hóa thông qua 600 triệu tấn mỗi năm.")
    assert _activity(text, "600 triệu tấn", "Cảng biển lớn nhất khu vực", rules_only=True) == "khac"


def test_enriching_uranium_is_no_getting_rich():
    text = ("Theo thỏa thuận, nước này cam kết chỉ làm giàu uranium ở mức 3,67% và giảm số máy ly tâm. "
            "Đổi lại, các lệnh trừng phạt kinh tế sẽ được dỡ bỏ.")
    for rules_only in (True, False):
        assert _activity(text, "3,67%", "Thỏa thuận hạt nhân", rules_only=rules_only) == "khac"


def test_getting_rich_still_is_a_livelihood():
    text = ("Nhờ vay vốn nuôi bò, gia đình chị đã làm giàu trên mảnh đất quê, mỗi năm lãi 200 triệu đồng.")
    assert _activity(text, "200 triệu đồng", "Làm giàu từ nuôi bò", rules_only=True) == "sinh_ke"
