"""OCR of scans (ingest/ocr.py, readers/image.py, the PDF reader's scanned pages) with the real
Tesseract. Each OCR'd page costs 1-3 s, so the tests read few pages: the one-page Khánh Hòa scan,
the scanned page of the mixed PDF, a stamp crop, tiny generated images. The two-page PDF and the
multi-page TIFF are read by tests/ingest/test_corpus.py; bench/ocr_quality.py scores them all."""
from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest import ocr
from ingest.build import to_document
from ingest.document import OcrPage
from ingest.errors import IngestError
from ingest.readers import reader_for
from ingest.timelimit import DocumentTimeout, extend, time_limit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_scans  # noqa: E402

from bench.ocr_quality import cer  # noqa: E402

CORPUS = ROOT / "corpus"
SCAN = "2014-khanh-hoa-bao-cao-phoi-hop-phu-nu-ban-quet.pdf"
MIXED = "2017-quang-nam-bao-cao-phoi-hop-nong-dan-ban-quet.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def read(path: Path, name: str | None = None):
    name = name or path.name
    return [to_document(raw) for raw in reader_for(name).read(str(path), path.read_bytes(), name)]


def text_image(lines: list[str], size: int = 42, colour: str = "RGB") -> Image.Image:
    font = ImageFont.truetype(FONT, size)
    image = Image.new(colour, (1400, 120 + 80 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((40, 50 + 80 * i), line, font=font, fill="black")
    return image


def png(image: Image.Image, dpi: int = 300) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def test_scanned_pdf_with_a_red_stamp_reads_within_2_percent_cer():
    [doc] = read(CORPUS / SCAN)
    scan = next(s for s in build_scans.SCANS if s.output == SCAN)
    error = cer(doc.text, build_scans.source_text(scan.source))
    assert error <= 0.02, f"CER {error:.2%}"
    assert doc.title == "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội LHPN tỉnh Khánh Hòa năm 2014"
    [page] = doc.ocr
    assert page.page == 1 and page.confidence >= 85 and not page.low
    assert any(note.startswith("OCR (Tesseract vie) trang 1") for note in doc.notes)
    assert doc.format == "pdf"


def test_mixed_pdf_reads_only_the_scanned_page_by_ocr():
    [doc] = read(CORPUS / MIXED)
    scanned, typed = doc.text.split("\f")
    assert [p.page for p in doc.ocr] == [1]
    scan = next(s for s in build_scans.SCANS if s.output == MIXED)
    assert "3. Hai bên hỗ trợ 340 con bò giống cho hộ nghèo, trị giá 4,8 tỷ đồng." in typed  # the text layer
    assert cer(scanned, build_scans.scanned_text(scan)) <= 0.02
    assert doc.title == "Báo cáo kết quả phối hợp giữa Bộ CHQS tỉnh và Hội Nông dân tỉnh Quảng Nam năm 2017"


def test_dropping_the_red_channel_is_what_reads_through_the_stamp():
    # the mixed PDF's scanned page: a short page, its seal over several of its lines
    scan = next(s for s in build_scans.SCANS if s.output == MIXED)
    [page] = build_scans.scanned_pages(scan)
    source = build_scans.scanned_text(scan)
    exe = ocr.require()
    plain = cer(ocr._tesseract(exe, page.convert("L"), scan.dpi)[0], source)
    ours = cer(ocr.recognise(exe, page, 1, scan.dpi).text, source)
    assert ours <= 0.02
    assert plain > 3 * ours and plain > 0.03  # measured: 4.0 % against 0.0 %


def test_red_ink_becomes_paper_and_black_ink_stays():
    image = Image.new("RGB", (3, 1))
    image.putdata([(205, 28, 40), (20, 20, 24), (30, 40, 160)])  # seal red, black, blue ink
    grey = ocr.red_dropped(image)
    red, black, blue = (grey.getpixel((x, 0)) for x in range(3))
    assert red > 200 and black < 30 and blue < 40


def test_multi_page_tiff_gives_pages_joined_by_form_feeds(tmp_path):
    pages = [text_image(["Trang một: Hội Cựu chiến binh tỉnh"]), text_image(["Trang hai: trao 120 suất quà"])]
    path = tmp_path / "hai-trang.tiff"
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], dpi=(300, 300))
    [doc] = read(path)
    assert doc.format == "tif"
    assert [p.page for p in doc.ocr] == [1, 2]
    first, second = doc.text.split("\f")
    assert "Hội Cựu chiến binh" in first and "120 suất quà" in second


def test_rotated_page_is_turned_upright():
    image = text_image(["Hội Cựu chiến binh tỉnh Nghệ An trao tặng 1.250 suất quà",
                        "cho hội viên có hoàn cảnh khó khăn trong dịp Tết năm 2016,",
                        "tổng trị giá trên 450 triệu đồng, và xây dựng 12 căn nhà."]).rotate(180)
    result = ocr.recognise(ocr.require(), image, 1, 300)
    assert "1.250 suất quà" in result.text and not result.page.low


def test_deskew_levels_a_page_fed_askew():
    image = text_image(["Hội Cựu chiến binh tỉnh Nghệ An trao tặng 1.250 suất quà"] * 6, colour="L")
    tilted = image.rotate(3.0, expand=True, fillcolor=255)
    assert ocr.skew_angle(tilted) == pytest.approx(3.0, abs=0.3)
    assert abs(ocr.skew_angle(ocr.deskew(tilted))) <= 0.3


def test_unreadable_page_is_flagged_low():
    # a page of smudges: Tesseract reads a few "words" with little confidence, or none at all
    image = text_image(["Hội Cựu chiến binh tỉnh Nghệ An"], size=14).resize((120, 30)).resize((1400, 200))
    page = ocr.recognise(ocr.require(), image, 3, 300).page
    assert page.page == 3 and page.low
    assert ocr.notes([page, OcrPage(4, 95.0, False)])[1].startswith("độ tin cậy thấp, cần kiểm tra: trang 3")


def test_ocr_off_refuses_scans_with_the_reason(monkeypatch, tmp_path):
    monkeypatch.setenv("BAOCAO_OCR", "off")
    with pytest.raises(IngestError, match="BAOCAO_OCR=off"):
        read(CORPUS / SCAN)
    path = tmp_path / "a.png"
    path.write_bytes(png(text_image(["Hội Nông dân"])))
    with pytest.raises(IngestError, match="image needs OCR"):
        read(path)
    # the typed page of a mixed PDF is still read; the scanned page is left out
    [doc] = read(CORPUS / MIXED)
    assert doc.ocr == [] and "340 con bò" in doc.text and "1.150 thanh niên" not in doc.text


def test_ocr_force_reads_a_text_pdf_by_ocr(monkeypatch):
    monkeypatch.setenv("BAOCAO_OCR", "force")
    monkeypatch.setenv("BAOCAO_OCR_DPI", "200")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVuSerif", "", FONT)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", size=14)
    pdf.cell(0, 10, "Hội Liên hiệp Phụ nữ tỉnh trao 320 suất quà năm 2019")
    data = bytes(pdf.output())
    [raw] = reader_for("x.pdf").read("x.pdf", data, "x.pdf")
    assert [p.page for p in raw.ocr] == [1]
    assert "320 suất quà" in raw.text


def test_bad_ocr_setting_is_one_clear_error(monkeypatch):
    monkeypatch.setenv("BAOCAO_OCR", "sometimes")
    with pytest.raises(IngestError, match="ocr must be one of auto, off, force"):
        read(CORPUS / SCAN)


def test_missing_tesseract_names_the_packages(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    with pytest.raises(IngestError, match="install the Debian packages tesseract-ocr tesseract-ocr-vie"):
        ocr.require()


def test_missing_language_names_its_package(monkeypatch):
    monkeypatch.setenv("BAOCAO_OCR_LANGUAGES", "vie+chi_sim")
    with pytest.raises(IngestError, match="install the Debian package tesseract-ocr-chi-sim"):
        ocr.require()


def test_time_limit_is_extended_per_page():
    started = time.monotonic()
    with time_limit(0.3):
        extend(3.0)  # what each OCR page does
        time.sleep(0.8)
    assert time.monotonic() - started >= 0.8
    with pytest.raises(DocumentTimeout):
        with time_limit(0.3):
            time.sleep(2.0)


def test_layout_keeps_paragraph_gaps_and_joins_wrapped_sentences():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = []
    for line, (top, words) in enumerate([(100, "Hai bên tặng 850"), (140, "suất quà."),
                                         (260, "Năm 2013:"), (300, "Hội viên mới."),
                                         (340, "- ,")], 1):
        for n, word in enumerate(words.split(), 1):
            conf = 30 if word in "-," else 90
            rows.append(f"5\t1\t1\t1\t{line}\t{n}\t{10 * n}\t{top}\t9\t30\t{conf}\t{word}")
    text, confidence, words = ocr.layout("\n".join([header, *rows]))
    # specks read with low confidence dropped; a line starting in upper case starts a sentence
    assert text == "Hai bên tặng 850 suất quà.\n\nNăm 2013:\nHội viên mới."
    assert (confidence, words) == (90.0, 11)


def test_progress_bar_counts_ocr_pages(tmp_path, capsys):
    from ingest.cli import _Progress
    from ingest.runner import Runner
    from ingest.store import Store

    calls = []
    with Store.open(tmp_path / "data") as store:
        Runner(store, workers=1, keep_originals=False, report=lambda line: None,
               progress=lambda files, docs, ocr_pages=0: calls.append((files, docs, ocr_pages))).run([CORPUS / SCAN])
    assert (1, 1, 1) in calls  # the scan: one file, one document, one page read by OCR
    bar = _Progress(3, enabled=True)
    bar(1, 1, 2)
    bar.bar.refresh()
    bar.close()
    assert "OCR 2 trang" in capsys.readouterr().err
