"""Round 33 (act33): learning and bringing up children are education (tuyen_truyen), and
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


# a self-study advice piece: no school, no class, but learning written throughout
SELF_STUDY = ("Nhiều người thành đạt coi việc học tập suốt đời là bí quyết của mình. Họ dành ra mỗi ngày "
              "một giờ để tự học và ghi chép lại những gì đã học tập được. Một nữ doanh nhân kể bà đọc "
              "khoảng 30 cuốn sách mỗi năm và coi đó là cách học tập hiệu quả nhất. Việc học không dừng "
              "lại khi rời ghế nhà trường: hãy học tập từ đồng nghiệp, tự học qua mạng và dành thời gian "
              "suy ngẫm sau mỗi bài học.")


def test_a_self_study_advice_piece_is_education():
    assert _activity(SELF_STUDY, "khoảng 30 cuốn sách", "Thói quen của người thành công",
                     rules_only=True) == "tuyen_truyen"


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
