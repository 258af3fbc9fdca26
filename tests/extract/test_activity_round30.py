"""Round 30: a story whose headline names no activity of ours but whose body is about a charity
drive or a disaster throughout lends that activity to its figures (activities.toml [feature.body]:
quyen_gop and thien_tai added; thien_tai needs more weight), with sentences of our own (not from
the gold articles)."""
from article_case import activity, activity_both


AUCTION = ("Một doanh nhân giấu tên đã trả 1,8 triệu USD trong phiên đấu giá từ thiện năm nay. Toàn bộ "
           "số tiền gây quỹ được chuyển cho quỹ từ thiện của nhà thờ để ủng hộ người vô gia cư. Ban tổ "
           "chức cho biết nhà hảo tâm đã quyên góp cho quỹ này suốt 15 năm và kêu gọi nhiều người cùng "
           "ủng hộ. Năm ngoái, mức giá cao nhất là 2,1 triệu USD.")


def test_the_bids_of_a_charity_auction_are_fundraising():
    assert activity_both(AUCTION, "1,8 triệu USD", "Bữa tối với ông trùm") == {"quyen_gop"}
    assert activity_both(AUCTION, "2,1 triệu USD", "Bữa tối với ông trùm") == {"quyen_gop"}


FLOODED = ("Cứ mỗi trận mưa lớn, khu phố lại ngập nặng, nước ngập sâu tới nửa bánh xe. Người dân cho biết "
           "mùa mưa năm nay đã ngập 6 lần, có lần ngập kéo dài cả buổi. Trận mưa lớn chiều qua khiến "
           "nhiều xe chết máy giữa đường ngập. Quận đã đề xuất dự án chống ngập cho khu vực, song tới nay "
           "vẫn chưa có vốn. Mỗi khi triều cường dâng cao, nước lại tràn vào nhà dân. Theo thống kê, cả "
           "quận hiện còn 45 tuyến đường chính chưa có cống, chiếm gần 30% số tuyến đường. Đơn vị chống ngập cho biết sẽ nạo vét kênh "
           "trước mùa mưa lũ.")


def test_the_figures_of_a_flooded_street_story_are_the_disaster():
    # the headline names no disaster strongly; the body writes flooding throughout
    assert activity_both(FLOODED, "45 tuyến đường", "Khu phố thành 'rốn' nước") == {"thien_tai"}


CAVE = ("Hang động dài gần 5 km, có đoạn cao 80m. Vào mùa mưa, một phần lòng hang bị ngập nên đoàn khách chỉ "
        "đi vào mùa khô, khi nước lũ đã rút. Mỗi đoàn có 10 khách và 2 hướng dẫn viên. Đội cứu hộ luôn trực "
        "ở cửa hang: năm ngoái một đoàn khách từng bị kẹt lại vì mưa lớn và được đội cứu nạn đưa ra. Du khách "
        "phải vượt qua một vách đá cao 90m bằng dây.")


def test_a_place_that_floods_now_and_then_lends_no_disaster():
    # a few flood words in a travel story are no disaster story: thien_tai needs more body weight
    assert activity(CAVE, "10 khách", "Khám phá hang động giữa rừng", rules_only=True) == "khac"
