"""Round 31: a charity story lends quyen_gop only to what can be given, not to the people it
counts, and a fortune is no gift; a divorce or a lover's story is private life, whose houses and
flats are the couple's own; activists named by their cause are no green-village work. Sentences
of our own (not from the gold articles)."""
from article_case import activity, activity_both


GALA = ("Một nhà sưu tập giấu tên đã trả 1,2 triệu USD để được dùng bữa tối với nữ danh ca trong phiên "
        "đấu giá từ thiện năm nay. Toàn bộ số tiền gây quỹ được chuyển cho quỹ từ thiện của bệnh viện nhi "
        "để ủng hộ trẻ em mắc bệnh hiểm nghèo. Người thắng cuộc được mời thêm 5 người bạn tới dự bữa tối. "
        "Nữ danh ca đã quyên góp cho quỹ suốt 10 năm và kêu gọi người hâm mộ cùng ủng hộ. Cô hiện có khối "
        "tài sản 300 triệu USD.")


def test_a_charity_auction_lends_its_giving_to_the_bid_not_to_the_guests():
    assert activity_both(GALA, "1,2 triệu USD", "Bữa tối với nữ danh ca") == {"quyen_gop"}
    assert activity_both(GALA, "5 người", "Bữa tối với nữ danh ca") == {"khac"}


def test_a_fortune_is_no_gift():
    assert activity(GALA, "300 triệu USD", "Bữa tối với nữ danh ca", rules_only=True) == "khac"


DIVORCE = ("Nam ca sĩ cho biết thủ tục ly hôn vẫn chưa xong vì hai bên chưa thống nhất chia tài "
           "sản. Trong thời gian chung sống, anh đã mua 3 căn hộ và một mảnh đất ở ngoại thành. Người vợ đòi "
           "giữ cả 3 căn hộ cho con.")


def test_the_flats_of_a_divorce_are_private_property():
    assert activity_both(DIVORCE, "3 căn hộ", "Nam ca sĩ tiết lộ chuyện ly hôn") == {"khac"}


HOUSING = ("Năm nay thành phố bàn giao 120 căn hộ nhà ở xã hội cho công nhân có thu nhập thấp. Mỗi căn hộ "
           "rộng 45m2, người mua được vay vốn ưu đãi trong 15 năm.")


def test_social_housing_flats_stay_housing():
    # no marker of private life: the flats are the housing programme's
    assert activity(HOUSING, "120 căn hộ", "Bàn giao nhà ở xã hội", rules_only=True) == "nha_o"


ACTIVISTS = ("Theo một tổ chức nhân quyền quốc tế, năm ngoái có 150 nhà hoạt động bảo vệ môi trường bị sát hại "
             "trên thế giới, tăng 20% so với năm trước. Phần lớn các vụ việc xảy ra ở những vùng có mỏ khai "
             "thác và rừng bị chặt phá.")


def test_activists_killed_are_no_green_work():
    assert activity_both(ACTIVISTS, "150 nhà hoạt động", "Năm đẫm máu") == {"khac"}


STAR = ("Theo tạp chí Forbes, nam diễn viên kiếm được 45 triệu USD trong năm qua nhờ cát-xê và quảng cáo, "
        "đứng thứ ba trong danh sách các ngôi sao thu nhập cao nhất.")
VENDOR = ("Từ khi mất việc ở xưởng may, chị dựng xe đẩy bán xôi ở đầu ngõ. Mỗi ngày chị kiếm được "
          "khoảng 150 nghìn đồng, đủ trang trải tiền chợ và học phí cho hai con.")


def test_a_stars_earnings_are_no_livelihood():
    assert activity(STAR, "45 triệu USD", "Những ngôi sao giàu nhất", rules_only=True) == "khac"


def test_a_vendors_takings_stay_a_livelihood():
    assert activity(VENDOR, "khoảng 150 nghìn đồng", "Gánh xôi nuôi con", rules_only=True) == "sinh_ke"
