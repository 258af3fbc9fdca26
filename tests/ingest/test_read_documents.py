"""html, pdf, docx and zip readers on the generated fixtures."""
from ingest.readers import is_supported, suffix_of

from ingest_helpers import GOOD, read_one


def test_html_main_text_without_menus_and_ads():
    [doc] = read_one(GOOD / "article.html")
    assert doc.title == "Ký kết chương trình phối hợp giữa Bộ CHQS tỉnh và Tỉnh đoàn Quảng Ninh"
    assert doc.published == "2017-01-12"  # from the visible dateline
    assert "58 lớp cảm tình đoàn" in doc.text
    assert "320 phần quà" in doc.text
    for junk in ("Trang chủ", "QUẢNG CÁO", "Giá vàng hôm nay", "Liên hệ quảng cáo"):
        assert junk not in doc.text
    assert doc.doc_type == "tin_bai"
    assert doc.provinces == ["Quảng Ninh"]
    assert doc.source_name == "Báo Quảng Ninh mẫu"


def test_html_date_from_meta_tag():
    [doc] = read_one(GOOD / "meta.html")
    assert doc.published == "2018-12-20"
    assert doc.title == "Hội LHPN tỉnh Cà Mau tổng kết năm 2018"
    assert doc.years == [2018]


def test_pdf_pages_and_running_lines():
    [doc] = read_one(GOOD / "report.pdf")
    pages = doc.text.split("\f")
    assert len(pages) == 3
    assert pages[1] == ("Hội đã vận động xây dựng 12 căn nhà đồng đội với tổng kinh phí 1,5 tỷ đồng.\n"
                        "Công tác tuyển quân năm 2016 hoàn thành 100% chỉ tiêu được giao.")
    assert "BỘ CHQS TỈNH NAM ĐỊNH - HỘI CCB TỈNH" not in doc.text  # running header
    assert "Trang " not in doc.text  # page numbers in the footer
    assert doc.title == "Báo cáo kết quả phối hợp năm 2016"  # from the PDF's metadata
    assert doc.doc_type == "bao_cao"
    assert doc.provinces == ["Nam Định"]
    # the title's year decides; "giai đoạn 2016-2020" on page 3 is the programme still running
    assert doc.years == [2016]


def test_pdf_duplicated_characters_removed():
    [doc] = read_one(GOOD / "bold.pdf")
    assert doc.text == "Hội Cựu chiến binh tỉnh Hà Nam\nKết nạp 350 hội viên mới"


def test_docx_paragraphs_and_tables_in_order():
    [doc] = read_one(GOOD / "report.docx")
    assert doc.title == "Báo cáo công tác Hội Chữ thập đỏ 6 tháng đầu năm 2017"
    assert doc.text == (
        "BÁO CÁO\n"
        "Công tác Hội Chữ thập đỏ tỉnh Thanh Hóa 6 tháng đầu năm 2017\n"
        "Trong 6 tháng đầu năm, các cấp hội đã triển khai nhiều hoạt động nhân đạo.\n"
        "Nội dung | Đơn vị | Kết quả\n"
        "Hiến máu tình nguyện | đơn vị máu | 1.250\n"
        "Tặng quà hộ nghèo | suất quà | 3.400\n"
        "\n"
        "Tổng giá trị hỗ trợ đạt trên 450 triệu đồng."
    )
    assert doc.years == [2017]
    assert doc.provinces == ["Thanh Hóa"]


def test_zip_members_by_their_own_readers():
    from ingest.readers import reader_for

    path = GOOD / "archive.zip"
    items = list(reader_for(path.name).read(str(path), path.read_bytes(), "archive.zip"))
    assert [(type(i).__name__, getattr(i, "source", None)) for i in items] == [
        ("RawDocument", "archive.zip!bao-cao/report.pdf"),
        ("RawDocument", "archive.zip!ghi-chu.txt"),
        ("Skipped", "archive.zip!anh.bmp"),
    ]
    assert items[0].format == "pdf" and "12 căn nhà" in items[0].text


def test_suffixes():
    assert suffix_of("/a/B.JSONL.GZ") == ".jsonl.gz"
    assert suffix_of("x.tar.gz") == ".tar.gz" and not is_supported("x.tar.gz")
    assert is_supported("a.htm") and is_supported("a.docx") and is_supported("a.doc") and not is_supported("a.ppt")


def test_html_lead_paragraph_kept(tmp_path):
    page = tmp_path / "tin.html"
    body = "".join(f"<p>Đoạn {i}: Hội Nông dân tỉnh Long An tập huấn kỹ thuật cho hội viên ở các xã.</p>" for i in range(6))
    page.write_text(
        "<html><body><nav><a href='/'>Trang chủ</a></nav><article><h1>Tập huấn cho nông dân</h1>"
        "<p class='sapo'><strong>(LA) - Sáng 3-4, Hội Nông dân tỉnh Long An khai mạc lớp tập huấn năm 2019.</strong></p>"
        f"<div class='article-body'>{body}</div></article></body></html>", encoding="utf-8")
    [doc] = read_one(page)
    assert doc.text.startswith("(LA) - Sáng 3-4, Hội Nông dân tỉnh Long An khai mạc lớp tập huấn năm 2019.\n")
    assert doc.text.count("(LA)") == 1
    assert doc.title == "Tập huấn cho nông dân"


def test_folder_readme_is_not_a_document(tmp_path):
    from ingest.files import discover

    (tmp_path / "README.md").write_text("# Kho mẫu", encoding="utf-8")
    (tmp_path / "bai.txt").write_text("Nội dung", encoding="utf-8")
    assert [p.name for p in discover([tmp_path])] == ["bai.txt"]
    assert [p.name for p in discover([tmp_path / "README.md"])] == ["README.md"]  # named explicitly: taken


def test_corrupt_zip_and_encrypted_member(tmp_path):
    import io
    import zipfile

    import pytest

    from ingest.errors import IngestError
    from ingest.readers import zip as zip_reader

    with pytest.raises(IngestError, match="corrupt zip"):
        list(zip_reader.read("a.zip", b"PK\x03\x04 not a zip at all", "a.zip"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("tin.txt", "Hội CCB tỉnh Sơn La")
    data = bytearray(buffer.getvalue())
    data[6] |= 0x1  # mark the member encrypted, as password-protected archives do
    data[data.rindex(b"PK\x01\x02") + 8] |= 0x1
    [item] = list(zip_reader.read("a.zip", bytes(data), "a.zip"))
    assert isinstance(item, IngestError) and item.source == "a.zip!tin.txt"
    assert "cannot extract" in item.reason
