"""act50: a loan that pays for a home is the home programme's (activities.toml [[context]] "home loan").
A loan word governing the figure ("cho vay", "được vay từ gói tín dụng", "trả góp", "trả trước", "mức
cho vay") voted for loans (sinh_ke) even when the sentence, or the one before it, is about homes
("nhà ở xã hội", "làm nhà ở"); the guideline puts houses and house-building plans under nha_o, and the
tuning gold does so for a social-housing buyer's down payment and loan (dev5) and a house programme's
loans (test4). A loan for a livelihood next to a house handed over stays sinh_ke, and so does a loan
story with no home in it. Sentences of our own, not from the gold articles."""
from article_case import figs_both


def test_a_house_programmes_loan_is_the_house_programmes():
    # was sinh_ke by the rules: "cho vay" governs "20 triệu đồng"
    rules, combined = figs_both("Hỗ trợ hộ nghèo làm nhà",
                                "Các hộ được chọn phải có nhu cầu làm nhà ở. "
                                "Chương trình hỗ trợ 30 triệu đồng, cho vay 20 triệu đồng mỗi hộ.")
    assert rules[1] == combined[1] == ("20 triệu đồng", 20000000.0, "đồng", "nha_o")
    assert combined[0] == ("30 triệu đồng", 30000000.0, "đồng", "nha_o")


def test_a_social_housing_buyers_down_payment_and_loan_are_homes():
    # were sinh_ke by the rules: "trả trước", "gói tín dụng", "trả góp" govern them
    rules, combined = figs_both("Nhà ở xã hội giá rẻ cho công nhân",
                                "Với căn nhà ở xã hội giá 100 triệu đồng, người mua chỉ trả trước 20%, phần còn "
                                "lại được vay từ gói tín dụng 30.000 tỷ đồng và trả góp 1-2 triệu đồng mỗi tháng.")
    assert rules == combined == [("100 triệu đồng", 100000000.0, "đồng", "nha_o"), ("20%", 20.0, "%", "nha_o"),
                                 ("30.000 tỷ đồng", 30000000000000.0, "đồng", "nha_o"),
                                 ("1-2 triệu đồng", 1000000.0, "đồng", "nha_o")]


def test_the_loan_ceiling_of_a_social_housing_project_is_homes():
    # was sinh_ke: "mức cho vay" governs the share, "nhà ở xã hội" names what it pays for
    rules, combined = figs_both("Lãi suất mới cho nhà ở xã hội",
                                "Mức cho vay đối với dự án nhà ở xã hội để cho thuê tối đa bằng 80% tổng mức đầu tư.")
    assert rules == combined == [("80%", 80.0, "%", "nha_o")]


def test_a_livelihood_loan_beside_a_house_handed_over_stays_a_loan():
    # the sentence names a house ("Mái ấm Công đoàn"), but the loan's purpose is a livelihood (`unless`)
    rules, combined = figs_both("Công đoàn chăm lo cho đoàn viên",
                                "Năm qua, công đoàn bàn giao 1 nhà Mái ấm Công đoàn; có 8 đoàn viên được vay vốn từ "
                                "quỹ phát triển kinh tế gia đình với số tiền 40 triệu đồng.")
    assert rules == combined == [("1 nhà", 1.0, "nhà", "nha_o"), ("8 đoàn viên", 8.0, "đoàn viên", "sinh_ke"),
                                 ("40 triệu đồng", 40000000.0, "đồng", "sinh_ke")]


def test_loans_with_no_home_stay_loans():
    rules, combined = figs_both("Ngân hàng Chính sách xã hội tăng trưởng tín dụng",
                                "Năm 2016, ngân hàng cho vay 15.000 tỷ đồng, giúp 500 hộ nghèo thoát nghèo.")
    assert rules == combined == [("15.000 tỷ đồng", 15000000000000.0, "đồng", "sinh_ke"),
                                 ("500 hộ", 500.0, "hộ", "sinh_ke")]
    rules, combined = figs_both("Hội Nông dân giúp hội viên vay vốn",
                                "Hội phối hợp với ngân hàng cho vay 2 tỷ đồng để 40 hộ chăn nuôi bò.")
    assert rules == combined == [("2 tỷ đồng", 2000000000.0, "đồng", "sinh_ke"), ("40 hộ", 40.0, "hộ", "sinh_ke")]


def test_a_banks_credit_growth_is_no_home_loan_by_the_rules():
    # "tăng trưởng tín dụng" governs no home: the rule needs a loan verb; the headline's housing
    # package does not make the bank's whole credit a home loan (the learned classifier still reads
    # nha_o here from the headline; not this rule's doing)
    rules, _ = figs_both("Ngân hàng cho vay nhà ở xã hội",
                         "Năm nay, ngân hàng được giao tăng trưởng tín dụng 8%, tương đương 11.300 tỷ đồng.")
    assert rules == [("8%", 8.0, "%", "sinh_ke"), ("11.300 tỷ đồng", 11300000000000.0, "đồng", "sinh_ke")]


# Prizes are no gifts (activities.toml [[context]] "prize", kind "drop"): a figure that counts prizes,
# medals or certificates is handed over ("trao", "trao tặng"), but what is counted rewards a contest or
# a campaign and takes its activity (guideline: commendations take the activity of the campaign they
# reward); the gift verb's votes go and the figure's other cues and the story decide.

def test_prizes_of_a_propaganda_contest_are_the_contests():
    # were tham_hoi_tang_qua by the rules: "trao" governed them
    rules, combined = figs_both("Hội thi tuyên truyền viên giỏi",
                                "Tại hội thi, ban tổ chức trao 6 giải cho các đội thi xuất sắc.")
    assert rules == combined == [("6 giải", 6.0, "giải", "tuyen_truyen")]
    rules, combined = figs_both("Trao giải cuộc thi tìm hiểu pháp luật",
                                "Ban tổ chức đã trao 3 giải Nhì và 5 giải Ba cho các tập thể, cá nhân có bài dự thi "
                                "tìm hiểu pháp luật xuất sắc.")
    assert rules == combined == [("3 giải", 3.0, "giải", "tuyen_truyen"), ("5 giải", 5.0, "giải", "tuyen_truyen")]


def test_prizes_of_a_contest_of_no_programme_are_no_gifts():
    # was tham_hoi_tang_qua by both; the rules now find nothing of ours (the classifier reads the
    # contest's writers as a schooling story)
    rules, combined = figs_both("Tổng kết cuộc thi sáng tác", "Ban tổ chức trao tặng 10 giải thưởng cho các tác giả.")
    assert rules == [("10 giải thưởng", 10.0, "giải thưởng", "khac")]


def test_gifts_handed_over_stay_gifts():
    rules, combined = figs_both("Hội Chữ thập đỏ tặng quà học sinh nghèo", "Hội đã trao 50 suất quà cho học sinh nghèo vượt khó.")
    assert rules == combined == [("50 suất quà", 50.0, "suất quà", "tham_hoi_tang_qua")]
