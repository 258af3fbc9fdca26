"""act38: the khac boundary of activities on unseen general news. Social-media counts and tourist
counts are online and tourism news; a football story's new signings and injured players are no
conscripts nor war invalids; a prize ceremony, lost property handed back and a rubber dinghy give
nothing; the labour force is jobs news; a wedding story's pay is private; wild animals kept in
captivity are no farm's herd; a writer's books and papers are no awareness drive; a verb of ours right
after a comma opens the next phrase and does not vote for the figure before it. Sentences of our
own, not from the gold articles; each reading is held for the rules alone and with the classifier."""
from article_case import figs_agreed


def test_comments_on_a_forum_post_are_online_news():
    body = "Sau khi bài viết được đăng lên diễn đàn, mâm cơm đã thu hút hơn 5.000 lượt bình luận của dân mạng."
    assert figs_agreed("Mâm cơm của ông chồng gây sốt", body) == [("hơn 5.000 lượt", 5000, "lượt", "khac")]


def test_tourists_a_cooperative_receives_are_tourism():
    body = "Mỗi tháng, hợp tác xã đón khoảng 8.000 lượt khách du lịch đến làng chài."
    assert figs_agreed("Hợp tác xã du lịch cộng đồng", body) == [("khoảng 8.000 lượt", 8000, "lượt", "khac")]


def test_a_policy_banks_borrowers_stay_livelihood():
    body = ("Năm qua, Ngân hàng Chính sách xã hội huyện đã giải ngân cho 9.500 lượt khách hàng vay vốn "
            "với số tiền 250 tỷ đồng.")
    assert figs_agreed("Tín dụng chính sách giúp hộ nghèo", body) == [
        ("9.500 lượt", 9500, "lượt", "sinh_ke"), ("250 tỷ đồng", 250_000_000_000, "đồng", "sinh_ke")]


def test_tourists_on_a_sunken_boat_stay_the_disasters():
    body = "Chiếc ca nô chở 15 du khách bị sóng lớn đánh chìm khi đang ra đảo, lực lượng cứu hộ đã cứu sống tất cả."
    assert figs_agreed("Ca nô chìm, du khách thoát nạn", body) == [("15 du khách", 15, "du khách", "thien_tai")]


def test_a_football_squads_signings_and_injured_are_sport():
    body = ("HLV trưởng đã gọi thêm hai tân binh cho hàng tiền đạo. Trong buổi tập chiều qua, Phó chủ tịch liên "
            "đoàn đến thăm hỏi ba thương binh của đội, các cầu thủ này đang hồi phục sau trận đấu với Thái Lan.")
    assert figs_agreed("Đội tuyển chuẩn bị cho vòng loại", body) == [
        ("hai tân binh", 2, "tân binh", "khac"), ("ba thương binh", 3, "thương binh", "khac")]


def test_lost_property_handed_back_is_no_gift():
    body = "Năm qua, đội đã trao trả 45 túi xách cho hành khách bỏ quên trên tàu."
    assert figs_agreed("Nhân viên nhà ga trả lại đồ thất lạc", body) == [("45 túi xách", 45, "túi xách", "khac")]


def test_a_prize_ceremony_is_no_gift():
    body = "Bức ảnh tự sướng chụp trong lễ trao giải Oscar quy tụ 10 diễn viên nổi tiếng."
    assert figs_agreed("Tài tử lên thảm đỏ", body) == [("10 diễn viên", 10, "diễn viên", "khac")]


def test_rubber_dinghies_are_no_rubber_plantation():
    body = "Lực lượng tuần duyên đã tiếp cận 12 thuyền cao su chở người di cư đang trôi dạt."
    # no rubber plantation (sinh_ke): boats adrift at sea with migrants on board are boats in distress
    # (GUIDELINES test2, dev17 gold "18 thuyền cao su" -> thien_tai); khac before act48
    assert figs_agreed("Giải cứu người di cư trên biển", body) == [("12 thuyền cao su", 12, "thuyền cao su", "thien_tai")]


def test_the_labour_force_is_jobs_news():
    body = ("Khu vực nông nghiệp hiện vẫn chiếm 40% số lao động cả nước, mỗi năm có thêm khoảng 1 triệu người "
            "bước vào tuổi lao động.")
    assert figs_agreed("Lao động nông thôn chuyển dịch", body) == [
        ("40%", 40, "%", "viec_lam"), ("khoảng 1 triệu người", 1_000_000, "người", "viec_lam")]


def test_pay_spent_on_wedding_rings_is_private():
    body = ("Đám cưới của hai bạn chỉ có người thân tham dự. Chú rể kể anh đã dành trọn 2 tháng lương để mua "
            "nhẫn cưới, còn đám cưới do hai bên gia đình lo.")
    assert figs_agreed("Đám cưới giản dị của đôi bạn trẻ", body) == [("2 tháng lương", 2, "tháng lương", "khac")]


def test_bears_kept_in_captivity_are_no_herd():
    body = "Trang trại của gia đình ông được cấp phép nuôi nhốt 9 cá thể gấu từ năm 2010."
    assert figs_agreed("Trang trại nuôi gấu giữa khu dân cư", body) == [("9 cá thể", 9, "cá thể", "khac")]


def test_a_writers_books_and_papers_are_no_awareness_drive():
    body = "Trong sự nghiệp, ông là nhà văn đã viết 12 cuốn sách và hơn 300 bài báo về giáo dục trẻ em."
    assert figs_agreed("Nhà giáo, nhà văn ở tuổi 80", body) == [
        ("12 cuốn sách", 12, "sách", "khac"), ("hơn 300 bài báo", 300, "bài báo", "khac")]


def test_a_verb_after_a_comma_opens_the_next_phrase_not_the_figures():
    # "giải quyết việc làm" right after the comma governs the workers, not the projects and land before it
    body = "Năm nay, xã mời gọi được 5 dự án với quy mô 30 ha, giải quyết việc làm cho 600 lao động."
    assert figs_agreed("Kinh tế xã phát triển", body) == [
        ("5 dự án", 5, "dự án", "khac"), ("30 ha", 30, "ha", "khac"), ("600 lao động", 600, "lao động", "viec_lam")]
