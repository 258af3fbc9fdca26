"""act36: the everyday sense of the giving and organising words is no activity of ours. A club
(a football club, a folk-song club) is no unit of our organisations; exports and imports are trade,
not rice handed out; bank finance and a firm's revenue are no sponsorship; a memoir or a diary holds
no signing; a charity story lends its activity to no count of shares or views. The genre sense
(a union founding grassroots unions, rice given to the poor, partnership programmes signed,
scholarships sponsored) keeps its activity. Sentences of our own, not from the gold articles."""
from article_case import figs_both, record_both


def _articles(title: str, body: str) -> set[tuple]:
    """The figures of an article read by the rules alone and with the classifier, as one set."""
    rules, combined = figs_both(title, body)
    return {tuple(f) for f in rules + combined}


def test_football_clubs_a_player_served_are_no_organisation_building():
    text = "Tiền đạo người Brazil đã khoác áo 6 CLB trong sự nghiệp và ghi hơn 200 bàn thắng."
    assert record_both(text, "6 CLB", "Ngôi sao giã từ sân cỏ") == {("6 CLB", 6, "câu lạc bộ", "khac")}


def test_folk_song_clubs_are_no_organisation_building():
    text = "Hiện toàn huyện có 14 câu lạc bộ hát then, đàn tính duy trì sinh hoạt đều đặn mỗi tháng."
    assert record_both(text, "14 câu lạc bộ", "Giữ gìn làn điệu then") == \
        {("14 câu lạc bộ", 14, "câu lạc bộ", "khac")}


def test_grassroots_unions_founded_stay_organisation_building():
    text = "Năm qua, Liên đoàn Lao động huyện đã thành lập mới 7 công đoàn cơ sở, kết nạp 420 đoàn viên."
    # (the unit is the whole head since fig60, as "CĐCS" -> "công đoàn cơ sở")
    assert record_both(text, "7 công đoàn cơ sở", "Công đoàn huyện tổng kết năm") == \
        {("7 công đoàn cơ sở", 7, "công đoàn cơ sở", "xay_dung_to_chuc")}


def test_rice_exports_are_trade_not_gifts():
    text = "Theo Hiệp hội Lương thực, xuất khẩu gạo 6 tháng đầu năm đạt 3,2 triệu tấn, giảm so với cùng kỳ."
    assert record_both(text, "3,2 triệu tấn", "Xuất khẩu gạo chững lại") == \
        {("3,2 triệu tấn", 3_200_000, "tấn", "khac")}


def test_rice_given_to_the_poor_stays_a_gift():
    text = "Hội Chữ thập đỏ xã đã trao 150 suất quà và 2 tấn gạo cho các hộ nghèo trong dịp Tết."
    assert record_both(text, "2 tấn", "Hội Chữ thập đỏ chăm lo Tết") == {("2 tấn", 2, "tấn", "tham_hoi_tang_qua")}


def test_a_memoir_is_no_signing():
    text = "Ngoài ra, nhà văn còn để lại ba cuốn hồi ký về những năm tháng chiến tranh."
    assert record_both(text, "ba cuốn hồi ký", "Nhà văn của những trang viết") == \
        {("ba cuốn hồi ký", 3, "hồi ký", "khac")}


def test_partnership_programmes_signed_stay_phoi_hop():
    text = "Tại hội nghị, hai bên đã ký kết 3 chương trình phối hợp giai đoạn 2017-2020."
    assert record_both(text, "3 chương trình", "Hội nghị ký kết phối hợp") == \
        {("3 chương trình", 3, "chương trình", "phoi_hop")}


def test_a_banks_trade_finance_is_no_sponsorship():
    assert _articles("Ngân hàng ABC nhận tài trợ thương mại 40 triệu USD",
                     "Khoản tài trợ giúp ngân hàng mở rộng hoạt động cho vay doanh nghiệp xuất nhập khẩu.") == \
        {("40 triệu USD", 40_000_000, "USD", "khac")}


def test_a_business_lines_share_of_revenue_is_no_donation():
    assert _articles("Kết quả kinh doanh quý II",
                     "Trong quý II, mảng bán lẻ đóng góp 320 tỷ đồng, chiếm 60% tổng doanh thu của công ty.") == \
        {("320 tỷ đồng", 320_000_000_000, "đồng", "khac"), ("60%", 60, "%", "khac")}


def test_scholarships_sponsored_stay_gifts():
    text = "Nhân dịp này, doanh nghiệp đã tài trợ 50 suất học bổng cho học sinh nghèo vượt khó."
    assert record_both(text, "50 suất học bổng", "Trao học bổng") == \
        {("50 suất học bổng", 50, "suất học bổng", "tham_hoi_tang_qua")}


def test_shares_of_a_post_in_a_charity_story_are_no_donation():
    body = ("Một nữ sinh ở Mỹ đăng ảnh chú chó của mình lên mạng xã hội và kêu gọi mọi người chia sẻ. "
            "Chỉ sau ba ngày, bức ảnh đã nhận được hơn 2 triệu lượt chia sẻ. "
            "Cô cho biết sẽ dùng số tiền gây quỹ để ủng hộ quỹ từ thiện chăm sóc động vật. "
            "Một công ty thức ăn cho thú cưng hứa đóng góp cho quỹ từ thiện, nhiều nhà hảo tâm cũng quyên góp, "
            "ủng hộ. Quỹ từ thiện cho biết tiền ủng hộ sẽ dùng cho các trạm cứu hộ, từ thiện là mục đích chính.")
    assert record_both(body, "hơn 2 triệu lượt", "Bức ảnh chú chó gây sốt mạng xã hội") == \
        {("hơn 2 triệu lượt", 2_000_000, "lượt", "khac")}
