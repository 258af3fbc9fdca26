import pytest

from ingest.dates import find_dateline, parse_date
from ingest.metadata import detect_doc_type, detect_provinces, detect_years


@pytest.mark.parametrize(
    "title, text, published, years",
    [
        ("Báo cáo kết quả công tác năm 2016", "Năm 2016, Hội đã ...", None, [2016]),
        # the year of a document number is when that document was issued (issue 16)
        ("Báo cáo thực hiện 142/2008/QĐ-TTg năm 2010", "", None, [2010]),
        ("Kết quả năm 2019 theo Nghị định 12/2015/NĐ-CP", "", None, [2019]),
        ("Tin tổng hợp", "Năm 2010 hoàn thiện hồ sơ theo 142/2008/QĐ-TTg; tháng 5/2008/QĐ-TTg.", None, [2010]),
        ("Sơ kết 6 tháng đầu năm 2017", "Trong 6 tháng đầu năm 2017, ...", None, [2017]),
        ("Chương trình phối hợp giai đoạn 2016-2020", "", None, [2016, 2017, 2018, 2019, 2020]),
        ("Hội nghị", "thực hiện nhiệm vụ giai đoạn 2016 - 2020", None, [2016, 2017, 2018, 2019, 2020]),
        ("Hội nghị", "Kế hoạch từ năm 2018 đến năm 2020", None, [2018, 2019, 2020]),
        # no year in the title: the date, with the spans that contain it
        ("Hội nghị tổng kết", "Năm 2016 hội đã kết nạp 300 hội viên.", "2017-01-12", [2017]),
        ("Ký kết chương trình phối hợp", "ký kết chương trình phối hợp giai đoạn 2012 - 2016", "2012-05-16",
         [2012, 2013, 2014, 2015, 2016]),
        # the title decides: next year's plans in the body are not reported on
        ("Báo cáo tổng kết năm 2013", "Phương hướng nhiệm vụ năm 2014 ... giai đoạn 2016-2020", None, [2013]),
        ("Báo cáo tổng kết công tác năm 2012, phương hướng nhiệm vụ năm 2013", "", "2012-12-24", [2012]),
        # a plan written in 2020 for 2021
        ("Kế hoạch tuyển quân năm 2021", "", "2020-10-20", [2020, 2021]),
        # a referenced resolution's date is not what the report is about
        ("Báo cáo năm 2017",
         "Thực hiện Nghị quyết số 12-NQ/TW ngày 5/1/2015 của Bộ Chính trị, năm 2017 ...", None, [2017]),
        ("Báo cáo năm 2017", "Thực hiện Chỉ thị 16/2008/CT-TTg, Luật Nghĩa vụ quân sự năm 2015, ...", None, [2017]),
        ("Báo cáo năm 2017", "tăng 5% so với cùng kỳ năm 2016", None, [2017]),
        # an old year recalled once is not a reporting year...
        ("Tổng kết năm 2017", "Hội được thành lập năm 1990. Năm 2017, hội ...", None, [2017]),
        # ...but with no anchor the body decides
        ("Hội nghị", "Trong quý I/2018 và tháng 6/2018 các cơ sở ...", None, [2018]),
        ("Tin vắn", "Không có năm nào ở đây.", None, []),
    ],
)
def test_years(title, text, published, years):
    assert detect_years(title, text, published) == years


@pytest.mark.parametrize(
    "title, text, doc_type",
    [
        ("Báo cáo kết quả phối hợp năm 2016", "Số: 12/BC-CCB\nNam Định, ngày 5 tháng 1 năm 2017\n...", "bao_cao"),
        ("", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBÁO CÁO\nTình hình ...", "bao_cao"),
        ("Chương trình phối hợp giữa Bộ CHQS tỉnh và Hội LHPN tỉnh", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n...",
         "chuong_trinh_phoi_hop"),
        ("", "BỘ CHQS TỈNH\nKẾ HOẠCH TỔ CHỨC HỘI THAO\n...", "ke_hoach"),
        ("", "UBND TỈNH\nQUYẾT ĐỊNH\nVề việc khen thưởng", "quyet_dinh"),
        ("Hướng dẫn tổ chức đại hội chi hội", "Số: 05/HD-CCB\nNội dung hướng dẫn", "huong_dan"),
        # news about a signing is a news article, not the programme itself
        ("Ký kết chương trình phối hợp giai đoạn 2017-2020", "Sáng 11/1, ...", "tin_bai"),
        ("Báo cáo viên giỏi cấp tỉnh", "Số: 1/BC", "tin_bai"),
        # news titles that open with a cue (real baomoi 2017 titles), without administrative signs
        ("Báo cáo của Lầu Năm Góc tố TQ quân sự hóa Trường Sa", "Báo cáo Bộ Quốc phòng Mỹ tố cáo ...", "tin_bai"),
        ("Hướng dẫn làm bánh bột lọc nhân tôm ngon hơn hàng quán", "Bánh bột lọc là món ăn ...", "tin_bai"),
        ("Kế hoạch đổ bể: Võ sư thua", "Trước đối thủ hơn về mọi mặt, ...", "tin_bai"),
        ("OPEC gây thất vọng, giá dầu lao dốc 5%", "OPEC gây thất vọng\nQuyết định gia hạn thỏa thuận cắt giảm sản lượng",
         "tin_bai"),
    ],
)
def test_doc_type(title, text, doc_type):
    assert detect_doc_type(title, text) == doc_type


def test_provinces_source_first_then_mentions():
    found = detect_provinces("Hội CCB Nam Định", "Đoàn công tác tỉnh Ninh Bình thăm Nam Định.", "https://baohanam.com.vn/x")
    assert found == ["Hà Nam", "Nam Định", "Ninh Bình"]


@pytest.mark.parametrize(
    "value, iso",
    [("2017-01-12T08:30:00+07:00", "2017-01-12"), ("12/01/2017", "2017-01-12"), ("5-3-2016", "2016-03-05"),
     ("ngày 15 tháng 12 năm 2016", "2016-12-15"), ("31/02/2017", None), ("không rõ", None)],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    "text, iso",
    [("Thời sự\nThứ Năm, 12/01/2017 - 08:30\nNội dung", "2017-01-12"),
     ("Chủ nhật, 5/3/2017 14:00", "2017-03-05"),
     ("CỘNG HÒA ...\nQuảng Ninh, ngày 15 tháng 12 năm 2016\nBÁO CÁO", "2016-12-15"),
     ("Ngày 11/1 hội nghị diễn ra", None)],
)
def test_find_dateline(text, iso):
    assert find_dateline(text) == iso


@pytest.mark.parametrize(
    "text, title",
    [
        ("BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN\nSố: 215/BC-BCH\n\nNghệ An, ngày 20 tháng 12 năm 2010\n\nBÁO CÁO\n"
         "Kết quả thực hiện Chương trình phối hợp năm 2010\n\nThực hiện ...",
         "Báo cáo kết quả thực hiện Chương trình phối hợp năm 2010"),
        ("HỘI CHỮ THẬP ĐỎ TỈNH\n\nBÁO CÁO TỔNG KẾT\nThực hiện Chương trình phối hợp\ngiai đoạn 2011 - 2015\n\nNội dung",
         "Báo cáo tổng kết thực hiện Chương trình phối hợp giai đoạn 2011 - 2015"),
        ("UBND TỈNH\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen\nCHỦ TỊCH UBND TỈNH\nCăn cứ ...",
         "Quyết định về việc tặng Bằng khen"),
        ("Tin vắn: Hội CCB trao quà\nBÁO CÁO\nmuộn ở dòng hai", "Báo cáo muộn ở dòng hai"),
        ("Hội CCB trao quà Tết cho hội viên.", None),
    ],
)
def test_official_title(text, title):
    from ingest.metadata import official_title

    assert official_title(text) == title
