"""act39: money raised (quyen_gop) against disaster relief (thien_tai). Money a body receives for a
cause is the sum collected, a clear reading of the rules that the classifier does not overrule, even
in a relief report whose allocated total is disaster relief. Sentences of our own, not from the gold
articles; each reading is held for the rules alone and with the classifier."""
from article_case import figs_both, record_both


_RELIEF_TITLE = "Báo cáo kết quả tiếp nhận, phân bổ nguồn ủng hộ nhân dân bị thiệt hại do mưa lũ năm 2022"
_RELIEF_REPORT = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH\n"
    "Hà Tĩnh, ngày 20 tháng 12 năm 2022\n"
    "Trong tháng 10 năm 2022, mưa lũ lớn kéo dài gây ngập sâu và sạt lở đất tại nhiều xã của các huyện "
    "Hương Khê, Vũ Quang. Ban Thường trực báo cáo kết quả tiếp nhận và phân bổ như sau:\n"
    "I. KẾT QUẢ TIẾP NHẬN\n"
    "Tổng số tiền Ban Thường trực tiếp nhận qua tài khoản và trực tiếp: 45 tỷ 600 triệu đồng, trong đó Ủy "
    "ban Trung ương chuyển về 12 tỷ đồng.\n"
    "II. KẾT QUẢ PHÂN BỔ\n"
    "Hỗ trợ sửa chữa nhà bị hư hỏng do lũ: 320 nhà, mức 20 triệu đồng/nhà. Đến ngày 15/12/2022 đã phân bổ "
    "41 tỷ 200 triệu đồng, đạt 90,4% tổng số tiền tiếp nhận.")


def test_a_relief_report_reads_the_total_it_received_as_money_collected():
    # the headline names the donations; the body's receipt sentence names none (the classifier alone
    # read it as relief beside the floods)
    assert record_both(_RELIEF_REPORT, "45 tỷ 600 triệu đồng", _RELIEF_TITLE) == \
        {("45 tỷ 600 triệu đồng", 45_600_000_000, "đồng", "quyen_gop")}


def test_a_relief_report_reads_the_total_it_allocated_as_relief():
    assert record_both(_RELIEF_REPORT, "41 tỷ 200 triệu đồng", _RELIEF_TITLE) == \
        {("41 tỷ 200 triệu đồng", 41_200_000_000, "đồng", "thien_tai")}


def test_money_received_as_support_is_collected_money():
    # "ủng hộ" right after the sum received, in a sports story whose injury words vote khac
    rules, combined = figs_both(
        "Cựu võ sĩ vượt qua chấn thương",
        "Sau đêm thi đấu giao hữu, võ sĩ Minh nhận 50 triệu đồng ủng hộ của khán giả để chữa chấn thương dây chằng.")
    assert rules == combined == [("50 triệu đồng", 50_000_000, "đồng", "quyen_gop")]


def test_political_support_received_is_no_donation():
    # "sự ủng hộ" is a vote (activities.toml [neutral]), so no donation is named around "nhận được"
    rules, combined = figs_both("Quốc hội bỏ phiếu dự luật mới",
                                "Dự luật đã nhận được sự ủng hộ của 275 nghị sĩ trong phiên bỏ phiếu chiều qua.")
    assert rules == combined == [("275 nghị sĩ", 275, "nghị sĩ", "khac")]


def test_an_engine_capacity_is_no_reservoir():
    # "dung tích" is weather news only beside a reservoir or a dam (activities.toml [[gate]])
    rules, combined = figs_both("Mẫu xe đô thị mới ra mắt",
                                "Xe dùng động cơ dung tích 1,5 lít, khoang hành lý rộng nhất phân khúc.")
    assert rules == combined == [("1,5 lít", 1.5, "lít", "khac")]


def test_a_reservoir_capacity_stays_weather_news():
    rules, combined = figs_both(
        "Nhiều hồ chứa thiếu nước",
        "Đến giữa tháng 3, các hồ chứa thủy lợi trong tỉnh chỉ còn khoảng 45% dung tích thiết kế.")
    assert rules == combined == [("khoảng 45%", 45, "%", "thien_tai")]


def test_comments_backing_an_idea_give_no_money():
    # neither a donation cue nor donations named around "nhận được" (activities.toml [neutral], [received])
    rules, combined = figs_both("Vụ ca sĩ bị tố quỵt nợ",
                                "Bài viết nhận được hàng trăm bình luận ủng hộ việc công khai danh tính người vay.")
    assert rules == combined == [("hàng trăm bình luận", 100, "bình luận", "khac")]


def test_fans_who_come_to_cheer_give_no_money():
    rules, combined = figs_both("Khán giả đến sân cổ vũ",
                                "Trận chung kết có khoảng 3.000 cổ động viên đến xem ủng hộ đội nhà.")
    assert rules == combined == [("khoảng 3.000 cổ động viên", 3000, "cổ động viên", "khac")]


def test_people_brought_ashore_safely_are_rescued():
    rules, combined = figs_both("Tàu du lịch gặp sóng to ở vịnh",
                                "Sáng nay, 35 hành khách trên chiếc tàu du lịch đã được đưa vào bờ an toàn.")
    assert rules == combined == [("35 hành khách", 35, "hành khách", "thien_tai")]


def test_a_gift_on_rainy_days_is_no_relief():
    # the weather alone counts half towards relief (activities.toml [relief] weather): the gift verb decides
    rules, combined = figs_both(
        "Trường học bên sông",
        "Những ngày mưa lớn, cả thầy và trò ướt sũng khi qua sông. Năm ngoái, Ban An toàn giao thông tỉnh trao "
        "tặng xã một chiếc đò máy chở được 40 khách mỗi chuyến.")
    assert rules == combined == [("40 khách", 40, "khách", "tham_hoi_tang_qua")]
