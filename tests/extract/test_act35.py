"""Round act35: the economic activities (sinh_ke, nha_o, nong_thon_moi, viec_lam, chinh_sach) against
their everyday senses in general news: a firm's profit beside its flats, a car's fuel economy, a city's
bridges and a flood's, graves a project must move. Sentences written for these tests, in the genre.
Each case holds the rules alone and the rules with the learned classifier to the same records."""
import pytest

from article_case import figs_both



CASES = [
    # a developer's profit is corporate news; the social-housing flats it builds stay housing
    ("Doanh nghiệp xây nhà cho công nhân",
     "Chủ đầu tư đang hoàn thiện 800 căn hộ nhà ở xã hội cho công nhân khu công nghiệp, dự kiến mang lại "
     "30 tỷ đồng lợi nhuận sau thuế.",
     [("800 căn hộ", 800.0, "căn hộ", "nha_o"), ("30 tỷ đồng", 30e9, "đồng", "khac")]),
    # a firm's results at its shareholders' meeting
    ("Công ty địa ốc báo lãi quý I",
     "Công ty cổ phần Địa ốc Phú An vừa công bố báo cáo tài chính quý I với lợi nhuận sau thuế đạt 45 tỷ "
     "đồng. Tại đại hội đồng cổ đông thường niên, công ty đặt kế hoạch kinh doanh năm nay với 120 tỷ đồng "
     "lợi nhuận.",
     [("45 tỷ đồng", 45e9, "đồng", "khac"), ("120 tỷ đồng", 120e9, "đồng", "khac")]),
    # a motorbike's fuel economy is no savings group
    ("Xe máy mới ra mắt tại Việt Nam",
     "Theo nhà sản xuất, mẫu xe này có công suất lớn hơn 10% so với bản cũ, đồng thời tiết kiệm nhiên liệu "
     "hơn 25%. Giá bán dự kiến là 45 triệu đồng.",
     [("10%", 10.0, "%", "khac"),   # a difference after "lớn hơn ... so với" (gold test8 "18%"; fig56)
      ("hơn 25%", 25.0, "%", "khac"),
      ("45 triệu đồng", 45e6, "đồng", "khac")]),
    # ... while a savings group's deposits stay a livelihood programme's
    ("Tổ tiết kiệm giúp hội viên",
     "Tổ tiết kiệm và vay vốn của hội phụ nữ xã đã giúp 35 hội viên gửi tiết kiệm được 120 triệu đồng.",
     [("35 hội viên", 35.0, "hội viên", "sinh_ke"), ("120 triệu đồng", 120e6, "đồng", "sinh_ke")]),
    # bridges counted: a city's, a flood's, a village's
    ("Cầu qua sông Hàn", "Thành phố hiện có 12 cây cầu bắc qua sông Hàn.",
     [("12 cây cầu", 12.0, "cầu", "khac")]),
    ("Lũ quét miền núi", "Trận lũ đã cuốn trôi 2 cầu treo và làm sập 15 nhà dân.",
     [("2 cầu treo", 2.0, "cầu treo", "thien_tai"), ("15 nhà", 15.0, "nhà", "thien_tai")]),
    ("Xã về đích nông thôn mới",
     "Nhân dân trong xã đã hiến đất, góp ngày công xây mới 5 cầu bê tông nông thôn.",
     [("5 cầu", 5.0, "cầu", "nong_thon_moi")]),
    # graves a project must move are site clearance; the martyrs' remains keep their programme
    ("Khu đô thị chậm giải phóng mặt bằng", "Dự án khu đô thị còn vướng 40 ngôi mộ chưa di dời.",
     [("40 ngôi mộ", 40.0, "mộ", "khac")]),
    ("Quy tập hài cốt liệt sĩ", "Đội quy tập đã tìm kiếm, quy tập được 12 hài cốt liệt sĩ tại khu vực này.",
     [("12 hài cốt", 12.0, "hài cốt", "chinh_sach")]),
    # a non-profit's gifts are gifts ("phi lợi nhuận" is no corporate profit)
    ("Quà cho học sinh nghèo", "Tổ chức phi lợi nhuận Ánh Dương đã trao 200 suất quà cho học sinh nghèo.",
     [("200 suất quà", 200.0, "suất quà", "tham_hoi_tang_qua")]),
]


# At WEIGHT 2 (learn5), and still at 1 (a model sure of nha_o), the classifier outvotes the rules' "lợi nhuận sau thuế" when the profit shares a
# sentence with workers' housing: a known miss of the combined reading, kept visible here
COMBINED_MISSES = {"Doanh nghiệp xây nhà cho công nhân"}


@pytest.mark.parametrize("title,body,expected", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("reading", ["rules", "combined"])
def test_records(title, body, expected, reading):
    if reading == "combined" and title in COMBINED_MISSES:
        pytest.xfail("known miss: the model reads the developer's profit beside the flats as nha_o")
    rules, combined = figs_both(title, body)
    assert (rules if reading == "rules" else combined) == expected
