"""Catalogue of the sample corpus: writes tests/corpus_manifest.json and the table in corpus/README.md.

One row per document (a .jsonl file has one row per line, named "file#<line>", lines
counted from 1). `years` are the years a document reports on: the year of an annual
or six-month report, the span of a programme ("giai đoạn 2011 - 2015" gives
2011..2015), the year of a news item; plan years ("Phương hướng năm 2017") and
years only mentioned in passing are not listed. `provinces` are the canonical
names of the Vietnamese provinces a document is about or mentions, old and
post-2025 names alike; look-alikes such as "Đồng Tháp Mười" (a region) or
"Đoàn TNCS Hồ Chí Minh" are deliberately NOT listed.

Run from the repository root: `python scripts/corpus_catalog.py`.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
R = lambda a, b: list(range(a, b + 1))  # noqa: E731  inclusive year span

# file, format, title, doc_type, years, provinces, one-line content (Vietnamese)
DOCS: list[tuple[str, str, str, str, list[int], list[str], str]] = [
    ("2008-nghe-an-tin-hoi-ccb-tang-qua.txt", "txt",
     "Hội Cựu chiến binh và Bộ CHQS tỉnh Nghệ An trao quà Tết cho gia đình chính sách",
     "tin_bai", [2008], ["Nghệ An"], "Tin trao quà Tết Mậu Tý; tệp văn bản mã TCVN3 (ABC)."),
    ("2009-nghe-an-bao-cao-phoi-hop-ccb.doc", "doc",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội CCB tỉnh Nghệ An năm 2009",
     "bao_cao", [2009], ["Nghệ An"], "Word 97 trộn đoạn Unicode với đoạn phông .VnTime/.VnTimeH (TCVN3)."),
    ("2010-dak-lak-bao-cao-hoi-chu-thap-do.txt", "txt",
     "Báo cáo kết quả phối hợp với Bộ CHQS tỉnh trong công tác nhân đạo năm 2010",
     "bao_cao", [2010], ["Đắk Lắk"], "Hội CTĐ - Bộ CHQS: hiến máu, khám bệnh, nhà nhân đạo; tệp văn bản mã TCVN3."),
    ("2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc", "doc",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Tỉnh đoàn Thái Bình trong công tác tuyển quân năm 2011",
     "bao_cao", [2011], ["Thái Bình"], "Word 97 với bảng số liệu hai năm 2010 - 2011 (cảm tình đoàn, giao nhận quân)."),
    ("2012-quang-nam-bao-cao-so-ket-phoi-hop-hoi-nong-dan.doc", "doc",
     "Báo cáo sơ kết 6 tháng đầu năm 2012 phối hợp giữa Bộ CHQS tỉnh và Hội Nông dân tỉnh Quảng Nam",
     "bao_cao", [2012], ["Quảng Nam"], "Word 97 gõ toàn bộ bằng phông .VnTime (TCVN3), tiêu đề .VnTimeH."),
    ("2013-can-tho-tin-phoi-hop-thanh-doan.txt", "txt",
     "Thành đoàn và Bộ CHQS thành phố Cần Thơ tổng kết phối hợp năm 2013",
     "tin_bai", [2013], ["Cần Thơ"], "Tin tổng kết phối hợp Thành đoàn - Bộ CHQS; tệp văn bản mã VNI (VNI-Windows)."),
    ("2014-long-an-bao-cao-phoi-hop-hoi-lhpn.rtf", "rtf",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội LHPN tỉnh Long An năm 2014",
     "bao_cao", [2014], ["Long An"], "RTF: phụ nữ với quốc phòng, nữ dân quân, mái ấm tình thương."),
    ("2015-khanh-hoa-phu-luc-ket-qua-phoi-hop-ccb.xls", "xls",
     "Phụ lục kết quả thực hiện phối hợp giữa Bộ CHQS tỉnh và Hội CCB tỉnh Khánh Hòa giai đoạn 2012 - 2015",
     "bao_cao", [2012, 2013, 2014, 2015], ["Khánh Hòa"], "Excel 97 phụ lục số liệu 2012 - 2015; một số ô phông .VnTime."),
    ("2016-lao-cai-phu-luc-ket-qua-phoi-hop-tinh-doan.xlsx", "xlsx",
     "Phụ lục kết quả thực hiện Chương trình phối hợp giữa Bộ CHQS tỉnh và Tỉnh đoàn Lào Cai giai đoạn 2014 - 2016",
     "bao_cao", [2014, 2015, 2016], ["Lào Cai"], "Excel phụ lục số liệu 2014 - 2016: tuyên truyền, cảm tình đoàn, hiến máu."),
    # scanned reports made by scripts/build_scans.py (image-only PDFs, a multi-page TIFF, a mixed PDF)
    ("2010-can-tho-bao-cao-phoi-hop-thanh-doan-ban-quet.tif", "tif",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS thành phố và Thành đoàn Cần Thơ năm 2010",
     "bao_cao", [2010], ["Cần Thơ"], "Bản quét TIFF 2 trang (200 dpi, dấu đỏ): lớp cảm tình đoàn, tuyển quân, hiến máu."),
    ("2012-thai-binh-bao-cao-phoi-hop-ccb-ban-quet.pdf", "pdf",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội CCB tỉnh Thái Bình năm 2012",
     "bao_cao", [2012], ["Thái Bình"], "Bản quét PDF 2 trang không có lớp văn bản (300 dpi, nghiêng, dấu đỏ đè chữ)."),
    ("2014-khanh-hoa-bao-cao-phoi-hop-phu-nu-ban-quet.pdf", "pdf",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội LHPN tỉnh Khánh Hòa năm 2014",
     "bao_cao", [2014], ["Khánh Hòa"], "Bản quét PDF 1 trang (250 dpi, nghiêng 1,2 độ, dấu đỏ đè chữ): nữ dân quân, mái ấm."),
    ("2017-quang-nam-bao-cao-phoi-hop-nong-dan-ban-quet.pdf", "pdf",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội Nông dân tỉnh Quảng Nam năm 2017",
     "bao_cao", [2017], ["Quảng Nam"], "PDF trộn: trang 1 bản quét có dấu đỏ (OCR), trang 2 đánh máy có lớp văn bản."),
    ("2010-nghe-an-bao-cao-phoi-hop-ccb.txt", "txt",
     "Báo cáo kết quả thực hiện Chương trình phối hợp giữa Bộ Chỉ huy Quân sự tỉnh và Hội Cựu chiến binh tỉnh năm 2010",
     "bao_cao", [2010], ["Nghệ An"], "Phối hợp Bộ CHQS - Hội CCB: giáo dục truyền thống, tuyển quân, nhà đồng đội, vốn vay."),
    ("2010-quang-nam-bao-cao-phoi-hop-hoi-lhpn.docx", "docx",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội LHPN tỉnh Quảng Nam năm 2010",
     "bao_cao", [2010], ["Quảng Nam"], "Phụ nữ với quốc phòng: nữ dân quân, nhà Mái ấm tình thương; bảng số liệu."),
    ("2011-dak-lak-bao-cao-tong-ket-phoi-hop-hoi-nong-dan.pdf", "pdf",
     "Báo cáo tổng kết năm 2011 thực hiện Chương trình phối hợp giữa Bộ CHQS tỉnh và Hội Nông dân tỉnh Đắk Lắk",
     "bao_cao", [2011], ["Đắk Lắk"], "Hội ND với quốc phòng: tuyên truyền, dân quân, tuyển quân, vay vốn; PDF 2 trang."),
    ("2011-long-an-tin-ky-ket-phoi-hop-tinh-doan.txt", "txt",
     "Bộ CHQS tỉnh và Tỉnh đoàn Long An ký kết chương trình phối hợp giai đoạn 2011 - 2015",
     "tin_bai", R(2011, 2015), ["Long An"], "Tin ký kết phối hợp Bộ CHQS - Tỉnh đoàn; kết quả lớp cảm tình đoàn 5 năm trước."),
    ("2012-khanh-hoa-tin-ky-ket-phoi-hop-ccb.html", "html",
     "Bộ CHQS tỉnh và Hội CCB tỉnh ký kết chương trình phối hợp",
     "tin_bai", R(2012, 2016), ["Khánh Hòa"], "Trang tin: ký kết phối hợp Bộ CHQS - Hội CCB giai đoạn 2012 - 2016 (meta published_time)."),
    ("2012-quang-nam-bao-cao-chu-thap-do.txt", "txt",
     "Báo cáo tổng kết công tác Hội và phong trào Chữ thập đỏ năm 2012, phương hướng nhiệm vụ năm 2013",
     "bao_cao", [2012], ["Quảng Nam"], "Hội CTĐ: tổ chức Hội, Tết vì người nghèo, khám bệnh cùng Bộ CHQS, hiến máu, cứu trợ lũ."),
    ("2013-dak-lak-bao-cao-6-thang-phoi-hop-phu-nu.txt", "txt",
     "Báo cáo kết quả thực hiện Chương trình phối hợp 6 tháng đầu năm 2013 giữa Bộ Chỉ huy Quân sự tỉnh và Hội Liên hiệp Phụ nữ tỉnh",
     "bao_cao", [2013], ["Đắk Lắk"], "Sáu tháng: tuyên truyền, thăm gia đình tân binh, vốn vay cho vợ quân nhân."),
    ("2013-long-an-bao-cao-hoi-ccb.docx", "docx",
     "Báo cáo công tác Hội Cựu chiến binh tỉnh Long An năm 2013",
     "bao_cao", [2013], ["Long An"], "Tổng kết công tác Hội CCB; bảng chỉ tiêu (nhà đồng đội, dư nợ ủy thác, hộ nghèo)."),
    ("2013-thai-binh-tin-giao-nhan-quan.txt", "txt",
     "Thái Bình: 2.150 thanh niên lên đường nhập ngũ năm 2013",
     "tin_bai", [2013], ["Thái Bình"], "Tin giao nhận quân: chất lượng tân binh, khám tuyển, quà của Tỉnh đoàn và Mặt trận."),
    ("2014-can-tho-tin-mat-tran-van-dong-quy-vi-nguoi-ngheo.txt", "txt",
     "Cần Thơ phát động tháng cao điểm \"Vì người nghèo\" năm 2014",
     "tin_bai", [2014], ["Cần Thơ"], "UBMTTQ phát động quỹ Vì người nghèo; nhà đại đoàn kết; Bộ CHQS, Hội CCB ủng hộ."),
    ("2014-lao-cai-bao-cao-lop-cam-tinh-doan.txt", "txt",
     "Báo cáo kết quả tổ chức lớp bồi dưỡng nhận thức về Đoàn (cảm tình đoàn) cho thanh niên chuẩn bị nhập ngũ năm 2014",
     "bao_cao", [2014], ["Lào Cai"], "Tỉnh đoàn: lớp cảm tình đoàn cho thanh niên trúng tuyển, kết nạp đoàn viên."),
    ("2014-nghe-an-tin-chu-thap-do-trao-qua-tet.html", "html",
     "Hội Chữ thập đỏ Nghệ An trao 9.200 suất quà Tết cho người nghèo",
     "tin_bai", [2014], ["Nghệ An"], "Trang tin: quà Tết Giáp Ngọ, khám bệnh miền núi cùng Bộ CHQS (ngày hiển thị)."),
    ("2015-khanh-hoa-tin-so-ket-phoi-hop-nong-dan.txt", "txt",
     "Khánh Hòa: Sơ kết 5 năm chương trình phối hợp giữa Bộ CHQS tỉnh và Hội Nông dân tỉnh",
     "tin_bai", R(2010, 2015), ["Khánh Hòa"], "Hội nghị sơ kết phối hợp Bộ CHQS - Hội ND giai đoạn 2010 - 2015."),
    ("2015-nghe-an-bao-cao-tong-ket-phoi-hop-tinh-doan.txt", "txt",
     "Báo cáo tổng kết thực hiện Chương trình phối hợp giữa Bộ CHQS tỉnh và Tỉnh đoàn giai đoạn 2011 - 2015",
     "bao_cao", R(2011, 2015), ["Nghệ An"], "Tổng kết 5 năm: giáo dục, tuyển quân, lớp cảm tình đoàn, việc làm quân nhân xuất ngũ."),
    ("2015-thai-binh-bao-cao-hoi-chu-thap-do.pdf", "pdf",
     "Báo cáo kết quả công tác Hội và phong trào Chữ thập đỏ năm 2015 tỉnh Thái Bình",
     "bao_cao", [2015], ["Thái Bình"], "Hội CTĐ: đại hội các cấp, sơ cấp cứu, hiến máu, phòng ngừa thảm họa; PDF 2 trang."),
    ("2016-can-tho-quyet-dinh-khen-thuong-phoi-hop-hoi-nong-dan.txt", "txt",
     "Quyết định về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích trong thực hiện Chương trình phối hợp giữa Bộ Chỉ huy Quân sự thành phố và Hội Nông dân thành phố giai đoạn 2011 - 2016",
     "quyet_dinh", R(2011, 2016), ["Cần Thơ"], "Quyết định khen thưởng của UBND thành phố kèm danh sách tập thể, cá nhân."),
    ("2016-lao-cai-bao-cao-phoi-hop-bien-phong-tinh-doan.docx", "docx",
     "Báo cáo kết quả phối hợp giữa Bộ Chỉ huy BĐBP tỉnh và Tỉnh đoàn Lào Cai năm 2016",
     "bao_cao", [2016], ["Lào Cai"], "BĐBP - Tỉnh đoàn: tự quản đường biên, cột mốc; bảng năm 2016 và lũy kế."),
    ("2016-long-an-bao-cao-phoi-hop-ccb.txt", "txt",
     "Báo cáo kết quả thực hiện Chương trình phối hợp giữa Bộ CHQS tỉnh và Hội CCB tỉnh năm 2016",
     "bao_cao", [2016], ["Long An"], "Phối hợp Bộ CHQS - Hội CCB: tuyên truyền, tuyển quân, nhà nghĩa tình, nông thôn mới."),
    ("2016-quang-nam-tin-cuu-tro-lu-lut.txt", "txt",
     "Bộ đội, Hội Chữ thập đỏ chung tay hỗ trợ người dân vùng lũ Quảng Nam",
     "tin_bai", [2016], ["Quảng Nam"], "Bộ CHQS và Hội CTĐ giúp dân sau lũ tháng 12: dọn bùn, quà, viên lọc nước."),
    ("2017-dak-lak-tin-hien-mau-llvt.txt", "txt",
     "Hơn 600 cán bộ, chiến sĩ LLVT tỉnh Đắk Lắk tham gia hiến máu tình nguyện",
     "tin_bai", [2017], ["Đắk Lắk"], "Ngày hội hiến máu Giọt hồng người lính của Bộ CHQS và Hội CTĐ."),
    ("2017-khanh-hoa-bao-cao-khac-phuc-bao-so-12.txt", "txt",
     "Báo cáo kết quả tham gia phòng, chống, khắc phục hậu quả cơn bão số 12 của lực lượng vũ trang tỉnh và các tổ chức phối hợp",
     "bao_cao", [2017], ["Khánh Hòa"], "Bão Damrey: sơ tán, khắc phục hậu quả; phối hợp UBMTTQ, Hội CTĐ, Tỉnh đoàn, Hội CCB, Hội LHPN."),
    ("2017-thai-binh-tin-lop-cam-tinh-doan.html", "html",
     "Khai giảng lớp cảm tình đoàn cho thanh niên trúng tuyển nghĩa vụ quân sự",
     "tin_bai", [2017], ["Thái Bình"], "Trang tin: Tỉnh đoàn mở lớp cảm tình đoàn trước giao quân 2017 (meta published_time)."),
    ("2018-2019-nhieu-tinh-tin-tong-hop.jsonl#1", "jsonl",
     "Quảng Nam: Tuổi trẻ LLVT cùng đoàn viên ra quân Tháng Thanh niên 2018",
     "tin_bai", [2018], ["Quảng Nam"], "Tỉnh đoàn và Bộ CHQS ra quân Tháng Thanh niên."),
    ("2018-2019-nhieu-tinh-tin-tong-hop.jsonl#2", "jsonl",
     "Hội CCB tỉnh Đắk Lắk bàn giao 12 nhà đồng đội nhân ngày Thương binh - Liệt sĩ",
     "tin_bai", [2018], ["Đắk Lắk"], "Hội CCB và Bộ CHQS bàn giao nhà đồng đội."),
    ("2018-2019-nhieu-tinh-tin-tong-hop.jsonl#3", "jsonl",
     "Cần Thơ: Hội thao lực lượng tự vệ trong doanh nghiệp năm 2018",
     "tin_bai", [2018], ["Cần Thơ"], "Bộ CHQS và LĐLĐ thành phố tổ chức hội thao tự vệ."),
    ("2018-2019-nhieu-tinh-tin-tong-hop.jsonl#4", "jsonl",
     "Long An: Trao hơn 3.000 phần quà Tết Kỷ Hợi cho hộ nghèo, gia đình chính sách",
     "tin_bai", [2019], ["Long An"], "UBMTTQ, Bộ CHQS, Hội CCB, Hội LHPN trao quà Tết (chứa bẫy \"Đồng Tháp Mười\")."),
    ("2018-2019-nhieu-tinh-tin-tong-hop.jsonl#5", "jsonl",
     "Bộ CHQS tỉnh và Hội LHPN tỉnh Thái Bình ký kết chương trình phối hợp",
     "tin_bai", R(2019, 2024), ["Thái Bình"], "Ký kết phối hợp Bộ CHQS - Hội LHPN giai đoạn 2019 - 2024."),
    ("2018-2019-nhieu-tinh-tin-tong-hop.jsonl#6", "jsonl",
     "Khánh Hòa: Tập huấn sơ cấp cứu, ứng phó thiên tai cho dân quân và tình nguyện viên",
     "tin_bai", [2019], ["Khánh Hòa"], "Hội CTĐ và Bộ CHQS tập huấn sơ cấp cứu, ứng phó bão."),
    ("2018-can-tho-tin-phu-nu-ho-tro-sinh-ke.txt", "txt",
     "Hội Phụ nữ Cần Thơ trao vốn, con giống giúp vợ quân nhân nghèo phát triển kinh tế",
     "tin_bai", [2018], ["Cần Thơ"], "Hội LHPN và Bộ CHQS hỗ trợ sinh kế cho vợ quân nhân, nữ dân quân."),
    ("2018-nghe-an-chuong-trinh-phoi-hop-ccb.pdf", "pdf",
     "Chương trình phối hợp giữa Bộ CHQS tỉnh Nghệ An và Hội Cựu chiến binh tỉnh giai đoạn 2018 - 2022",
     "chuong_trinh_phoi_hop", R(2018, 2022), ["Nghệ An"], "Văn bản chương trình phối hợp: mục đích, 5 nội dung, tổ chức thực hiện; PDF 2 trang."),
    ("2018-thai-binh-bao-cao-phoi-hop-ldld.txt", "txt",
     "Báo cáo kết quả thực hiện Quy chế phối hợp giữa LĐLĐ tỉnh và Bộ CHQS tỉnh năm 2018",
     "bao_cao", [2018], ["Thái Bình"], "Tự vệ trong doanh nghiệp, tuyên truyền công nhân, quà Tết (UTF-8 có BOM, xuống dòng CRLF)."),
    ("2019-lao-cai-tin-ky-ket-bien-phong-phu-nu.txt", "txt",
     "Lào Cai: Ký kết chương trình phối hợp giữa Bộ đội Biên phòng và Hội LHPN tỉnh giai đoạn 2019 - 2024",
     "tin_bai", R(2019, 2024), ["Lào Cai"], "BĐBP - Hội LHPN ký kết; tổ phụ nữ tự quản đường biên, cột mốc."),
    ("2019-nghe-an-bao-cao-6-thang-ccb.txt", "txt",
     "Báo cáo sơ kết công tác Hội 6 tháng đầu năm 2019 và công tác phối hợp với Bộ CHQS tỉnh",
     "bao_cao", [2019], ["Nghệ An"], "Hội CCB sáu tháng: tổ chức Hội, tuyển quân, chính sách, vốn vay (\"1.125 tỷ đồng\")."),
    ("2019-quang-nam-tin-tong-ket-phoi-hop-phu-nu.html", "html",
     "Tổng kết 5 năm phối hợp giữa Bộ CHQS tỉnh và Hội LHPN tỉnh",
     "tin_bai", R(2014, 2019), ["Quảng Nam"], "Trang tin: tổng kết phối hợp Bộ CHQS - Hội LHPN 2014 - 2019 (ngày hiển thị)."),
    ("2020-can-tho-ke-hoach-tuyen-quan-2021.pdf", "pdf",
     "Kế hoạch tuyển chọn và gọi công dân nhập ngũ năm 2021 - thành phố Cần Thơ",
     "ke_hoach", [2020, 2021], ["Cần Thơ"], "Kế hoạch tuyển quân của UBND thành phố: chỉ tiêu, thời gian, phân công; PDF 2 trang."),
    ("2020-lao-cai-huong-dan-so-ket-phoi-hop-dtn.txt", "txt",
     "Hướng dẫn sơ kết 5 năm thực hiện Chương trình phối hợp giữa Bộ CHQS tỉnh và Tỉnh đoàn giai đoạn 2016 - 2020",
     "huong_dan", R(2016, 2020), ["Lào Cai"], "Hướng dẫn nội dung, hình thức, thời gian sơ kết; hầu như không có số liệu kết quả."),
    ("2020-quang-nam-bao-cao-khac-phuc-thien-tai.txt", "txt",
     "Báo cáo kết quả tiếp nhận, phân bổ nguồn ủng hộ đồng bào bị thiệt hại do thiên tai năm 2020",
     "bao_cao", [2020], ["Quảng Nam"], "UBMTTQ tỉnh: tiếp nhận, phân bổ tiền hàng cứu trợ bão lũ; Bộ CHQS, Hội CTĐ phối hợp."),
    ("2021-lao-cai-tin-giao-nhan-quan.html", "html",
     "Lào Cai: 1.150 thanh niên lên đường nhập ngũ",
     "tin_bai", [2021], ["Lào Cai"], "Trang tin: giao nhận quân 2021 trong dịch Covid-19 (ngày hiển thị)."),
    ("2021-long-an-tin-mat-tran-tiep-nhan-ung-ho-covid.txt", "txt",
     "Long An: Mặt trận tiếp nhận gần 30 tỷ đồng ủng hộ phòng, chống dịch Covid-19",
     "tin_bai", [2021], ["Long An"], "UBMTTQ tiếp nhận ủng hộ; Bộ CHQS, Hội CCB, LĐLĐ, Đoàn, Hội LHPN tham gia."),
    ("2022-dak-lak-bao-cao-tuyen-quan.txt", "txt",
     "Báo cáo kết quả tuyển chọn và gọi công dân nhập ngũ năm 2022",
     "bao_cao", [2022], ["Đắk Lắk"], "Hội đồng NVQS tỉnh: khám tuyển, giao quân, chất lượng tân binh, quà tặng."),
    ("2022-khanh-hoa-bao-cao-phoi-hop-ldld.docx", "docx",
     "Báo cáo sơ kết 6 tháng đầu năm 2022 thực hiện Quy chế phối hợp giữa Bộ CHQS tỉnh và LĐLĐ tỉnh Khánh Hòa",
     "bao_cao", [2022], ["Khánh Hòa"], "Tự vệ doanh nghiệp, quà Tết công nhân; bảng kết quả sáu tháng."),
    ("2023-can-tho-bao-cao-phoi-hop-thanh-doan.txt", "txt",
     "Báo cáo kết quả thực hiện Chương trình phối hợp giữa Bộ CHQS thành phố và Thành đoàn năm 2023",
     "bao_cao", [2023], ["Cần Thơ"], "Bộ CHQS - Thành đoàn: giáo dục, tuyển quân, lớp cảm tình đoàn, tình nguyện, việc làm."),
    ("2023-khanh-hoa-tin-ho-tro-sinh-ke-hoi-nong-dan.xml", "xml",
     "Khánh Hòa: Bộ CHQS tỉnh và Hội Nông dân trao bò giống cho hộ nghèo vùng cao",
     "tin_bai", [2023], ["Khánh Hòa"], "Tin (XML): trao bò giống cho hộ nghèo Raglai, tập huấn chăn nuôi."),
    ("2024-long-an-tin-mat-tran-ung-ho-bao-yagi.html", "html",
     "Long An: Tiếp nhận hơn 21 tỷ đồng ủng hộ đồng bào miền Bắc bị thiệt hại do bão số 3",
     "tin_bai", [2024], ["Long An", "Yên Bái", "Lào Cai", "Cao Bằng", "Quảng Ninh", "Hải Phòng"],
     "Trang tin: UBMTTQ Long An tiếp nhận ủng hộ bão Yagi (meta published_time)."),
    ("2024-thai-binh-tin-tong-ket-phoi-hop-hoi-nong-dan.txt", "txt",
     "Thái Bình tổng kết 10 năm phối hợp giữa Bộ CHQS tỉnh và Hội Nông dân tỉnh",
     "tin_bai", R(2014, 2024), ["Thái Bình"], "Hội nghị tổng kết 10 năm phối hợp Bộ CHQS - Hội ND, ký kết giai đoạn mới."),
    ("2025-dak-lak-bao-cao-hoi-chu-thap-do.docx", "docx",
     "Báo cáo công tác Hội Chữ thập đỏ tỉnh Đắk Lắk năm 2025 (sau hợp nhất)",
     "bao_cao", [2025], ["Đắk Lắk", "Phú Yên"], "Hội CTĐ sau hợp nhất Đắk Lắk - Phú Yên: cứu trợ lũ tháng 11, hiến máu; bảng số liệu."),
    ("2025-nghe-an-bao-cao-phoi-hop-tinh-doan.pdf", "pdf",
     "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh Nghệ An và Tỉnh đoàn năm 2025",
     "bao_cao", [2025], ["Nghệ An"], "Bộ CHQS - Tỉnh đoàn năm 2025: chính quyền hai cấp, tuyển quân, cảm tình đoàn; PDF 2 trang."),
    ("2025-tay-ninh-bao-cao-phoi-hop-ccb.txt", "txt",
     "Báo cáo kết quả thực hiện Chương trình phối hợp giữa Bộ CHQS tỉnh và Hội CCB tỉnh năm 2025",
     "bao_cao", [2025], ["Tây Ninh", "Long An"], "Tây Ninh mới (hợp nhất Long An và Tây Ninh cũ): Bộ CHQS - Hội CCB năm 2025."),
]

DOC_TYPE_LABELS = {
    "bao_cao": "Báo cáo", "chuong_trinh_phoi_hop": "Chương trình phối hợp", "ke_hoach": "Kế hoạch",
    "quyet_dinh": "Quyết định", "huong_dan": "Hướng dẫn", "tin_bai": "Tin bài",
}


def years_label(years: list[int]) -> str:
    if len(years) > 2 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(str(y) for y in years)


def main() -> None:
    manifest = [
        {"file": f, "format": fmt, "title": title, "years": years, "provinces": provs, "doc_type": dtype}
        for f, fmt, title, dtype, years, provs, _ in sorted(DOCS)
    ]
    (ROOT / "tests" / "corpus_manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = ["| File | Format | Title | Type | Years | Provinces | Content |", "|---|---|---|---|---|---|---|"]
    for f, fmt, title, dtype, years, provs, note in sorted(DOCS):
        cell = lambda s: s.replace("|", "\\|")  # noqa: E731
        lines.append(f"| `{f}` | {fmt} | {cell(title)} | {DOC_TYPE_LABELS[dtype]} | {years_label(years)} | "
                     f"{', '.join(provs)} | {cell(note)} |")
    readme = ROOT / "corpus" / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- catalog:start -->", "<!-- catalog:end -->"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(head + start + "\n" + "\n".join(lines) + "\n" + end + tail, encoding="utf-8")
    print(f"{len(manifest)} documents catalogued")


if __name__ == "__main__":
    main()
