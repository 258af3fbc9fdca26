"""Round 29: a household's own sales and savings are its livelihood (sinh_ke), with sentences of
our own (not from the gold articles)."""
from article_case import activity


def test_a_household_selling_off_its_stall_is_livelihood():
    text = ("Vợ chồng chị Lan mưu sinh bằng nghề làm đậu phụ, nhờ đó đã thoát nghèo. Mỗi ngày chị xuất "
            "bán hơn 200kg cho các mối quen ở chợ huyện.")
    assert activity(text, "hơn 200kg", "Chuyện ở xóm chợ") == "sinh_ke"


def test_a_couple_saving_up_from_their_trade_is_livelihood():
    text = ("Vợ chồng anh Tâm mưu sinh bằng nghề bán bánh mì, nhờ đó đã thoát nghèo. Sau 8 năm, vợ "
            "chồng anh tích cóp được 3 cây vàng rồi về quê mở tiệm.")
    assert activity(text, "3 cây vàng", "Chuyện ở xóm chợ") == "sinh_ke"
