"""act37: activity recall on the evidence ladder. What a patient pays for medicine and an implant
is treatment; the wages a private employer pays his hired hands are jobs, while pensions and a pay
round keep their benefit reading; a sentence that gives an example ("Ví dụ", "Đơn cử", "Chẳng hạn")
continues the one before it; people who "tham gia" an action are counted for it. Sentences of our
own, not from the gold articles; each reading is held for the rules alone and with the classifier."""
from article_case import record_both


def test_medicine_costs_are_health_care():
    text = "Mấy năm nay bà mắc bệnh tim, mỗi tháng tiền thuốc men của bà hết khoảng 3 triệu đồng."
    assert record_both(text, "khoảng 3 triệu đồng", "Cụ bà nuôi cháu mồ côi") == \
        {("khoảng 3 triệu đồng", 3_000_000, "đồng", "y_te")}


def test_a_cochlear_implant_is_health_care():
    text = "Sau ca phẫu thuật cấy ốc tai điện tử trị giá 400 triệu đồng, bé đã nghe được tiếng mẹ gọi."
    assert record_both(text, "400 triệu đồng", "Niềm vui của bé khiếm thính") == \
        {("400 triệu đồng", 400_000_000, "đồng", "y_te")}


def test_wages_a_grower_pays_his_pickers_are_jobs():
    text = "Vụ vải năm nay, ông thuê thêm người hái và trả lương cho mỗi người 250.000 đồng một ngày."
    assert record_both(text, "250.000 đồng", "Nhà vườn Lục Ngạn vào vụ") == {("250.000 đồng", 250_000, "đồng", "viec_lam")}


def test_pensions_paid_stay_benefits():
    text = "Năm qua, ngân sách tỉnh đã chi trả lương hưu cho 12.000 người nghỉ hưu trước năm 1995."
    assert record_both(text, "12.000 người", "Tỉnh chi trả chế độ") == {("12.000 người", 12_000, "người", "chinh_sach")}


def test_a_pay_round_checked_stays_benefits():
    text = "Đoàn đã kiểm tra tình hình trả lương, thưởng Tết tại 27 doanh nghiệp trên địa bàn."
    assert record_both(text, "27 doanh nghiệp", "Kiểm tra lương thưởng Tết") == \
        {("27 doanh nghiệp", 27, "doanh nghiệp", "chinh_sach")}


def test_an_example_continues_the_sentence_before_it():
    text = ("Từ ngày 1/7, lương của sĩ quan quân đội được tính theo bảng lương, nâng lương và phụ cấp mới. "
            "Ví dụ, cấp thiếu tá có hệ số 6,0 (tương đương 7.800.000 đồng).")
    assert record_both(text, "7.800.000 đồng", "Những thay đổi từ tháng 7") == \
        {("7.800.000 đồng", 7_800_000, "đồng", "chinh_sach")}


_GIFTS = "Dịp Tết, nhiều công đoàn cơ sở tặng quà cho công nhân có hoàn cảnh khó khăn. "


def test_chang_han_links_a_figure_with_no_cue_to_the_gifts_before_it():
    text = _GIFTS + "Chẳng hạn, công đoàn một công ty may ở Thái Bình dành 150 triệu đồng cho 500 công nhân."
    assert record_both(text, "150 triệu đồng", "Công nhân vui Tết") == \
        {("150 triệu đồng", 150_000_000, "đồng", "tham_hoi_tang_qua")}


def test_without_the_example_opening_the_sentence_stands_alone():
    text = _GIFTS + "Một công ty may ở Thái Bình dành 150 triệu đồng cho 500 công nhân."
    assert record_both(text, "150 triệu đồng", "Công nhân vui Tết") == {("150 triệu đồng", 150_000_000, "đồng", "khac")}


def test_pupils_who_take_part_in_planting_are_counted_for_it():
    text = "Sáng Chủ nhật, 600 học sinh trường THCS Lê Lợi tham gia trồng cây xanh quanh hồ điều hòa của phường."
    assert record_both(text, "600 học sinh", "Sáng Chủ nhật ở phường Tân Mai") == \
        {("600 học sinh", 600, "học sinh", "nong_thon_moi")}


def test_pupils_counted_far_from_the_planting_stay_pupils():
    text = "Sáng Chủ nhật, 600 học sinh trường THCS Lê Lợi ra hồ điều hòa của phường trồng cây xanh."
    assert record_both(text, "600 học sinh", "Sáng Chủ nhật ở phường Tân Mai") == \
        {("600 học sinh", 600, "học sinh", "tuyen_truyen")}
