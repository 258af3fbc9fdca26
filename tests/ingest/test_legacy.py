"""Legacy Vietnamese encodings (ingest/legacy.py): round trips, evidence, and no change to good text."""
from __future__ import annotations

import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ingest import legacy
from ingest.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SRC = ROOT / "scripts" / "corpus_src" / "legacy"
TEXT_SAMPLES = {  # corpus file -> its encoding
    "2008-nghe-an-tin-hoi-ccb-tang-qua.txt": "TCVN3",
    "2010-dak-lak-bao-cao-hoi-chu-thap-do.txt": "TCVN3",
    "2013-can-tho-tin-phoi-hop-thanh-doan.txt": "VNI",
}
SENTENCE = ("Năm 2015, Bộ Chỉ huy Quân sự tỉnh và Hội Cựu chiến binh phối hợp xây dựng 24 nhà đồng đội, "
            "tặng 1.150 suất quà; Đoàn Thanh niên kết nạp 870 đoàn viên ở huyện Ứng Hòa, Ủy ban nhân dân xã Ỷ La.")


def source_text(name: str) -> str:
    """The Unicode text the sample was written from (its source in scripts/corpus_src/legacy)."""
    for src in SRC.glob("*.txt"):
        lines = src.read_text(encoding="utf-8").splitlines()
        if f"@output: {name}" in lines:
            return "\n".join(lines[lines.index("---") + 1:]).strip("\n") + "\n"
    raise AssertionError(name)


@pytest.mark.parametrize("name,encoding", TEXT_SAMPLES.items(), ids=list(TEXT_SAMPLES))
def test_text_samples_round_trip_byte_exact(name, encoding):
    data = (CORPUS / name).read_bytes()
    text = legacy.decode_bytes(data, encoding)
    assert legacy.encode_bytes(text, encoding) == data  # byte-exact both ways
    assert text.replace("\r\n", "\n") == source_text(name)


@pytest.mark.parametrize("name,encoding", TEXT_SAMPLES.items(), ids=list(TEXT_SAMPLES))
def test_text_samples_are_detected(name, encoding):
    text, notes = decode_bytes((CORPUS / name).read_bytes())
    assert notes == [f"chuyển mã {encoding} → Unicode"]
    assert text.replace("\r\n", "\n") == source_text(name)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv absent")
@pytest.mark.parametrize("encoding,codec", [("TCVN3", "TCVN5712-1"), ("VISCII", "VISCII")])
def test_tables_agree_with_glibc(encoding, codec):
    """Our bytes decode to the same text through glibc's own converter (an independent table)."""
    for text in (SENTENCE, source_text("2010-dak-lak-bao-cao-hoi-chu-thap-do.txt")):
        data = legacy.encode_bytes(text, encoding)
        assert legacy.decode_bytes(data, encoding) == text
        out = subprocess.run(["iconv", "-f", codec, "-t", "UTF-8"], input=data, capture_output=True, check=True)
        assert out.stdout.decode("utf-8") == text


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_round_trip_of_every_letter(encoding):
    letters = "".join(sorted({c for c in legacy.table(encoding).decode_map.values() if c.isalpha()}))
    assert legacy.convert(legacy.encode(letters, encoding), encoding) == letters
    assert legacy.convert(legacy.encode(SENTENCE, encoding), encoding) == SENTENCE


def test_known_words():
    assert legacy.convert("b¸o c¸o kÕt qu¶", "TCVN3") == "báo cáo kết quả"
    assert legacy.convert("l\xadîng", "TCVN3") == "lượng"  # 0xAD, the soft hyphen, is "ư"
    assert legacy.convert("phô lôc", "TCVN3", upper=True) == "PHỤ LỤC"
    assert legacy.convert("Ñoaøn Thanh nieân", "VNI") == "Đoàn Thanh niên"
    assert legacy.convert("ngöôøi", "VNI") == "người"


@pytest.mark.parametrize("font,expected", [
    (".VnTime", ("TCVN3", False)), (".VnTimeH", ("TCVN3", True)), (".VnArial", ("TCVN3", False)),
    (".VnArialH", ("TCVN3", True)), ("VNI-Times", ("VNI", False)), ("VNI-Helve", ("VNI", False)),
    ("Times New Roman", None), ("Arial", None), (None, None), ("VISCII Times", ("VISCII", False)),
])
def test_font_evidence(font, expected):
    assert legacy.font_encoding(font) == expected


def test_declared_charset():
    page = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=TCVN3"></head>'
    assert legacy.charset_encoding(page) == "TCVN3"
    assert legacy.charset_encoding(b'<meta charset="utf-8">') is None
    body = legacy.encode_bytes("<p>Hội Cựu chiến binh tặng quà</p>", "TCVN3")
    text, notes = decode_bytes(page + body)
    assert "Hội Cựu chiến binh tặng quà" in text and notes == ["chuyển mã TCVN3 → Unicode"]


def test_mixed_paragraphs_convert_one_by_one():
    mixed = "Báo cáo năm 2009\n" + legacy.encode("Tổ chức 12 buổi tuyên truyền", "TCVN3") + "\nHội Cựu chiến binh"
    assert legacy.fix_text(mixed) == ("Báo cáo năm 2009\nTổ chức 12 buổi tuyên truyền\nHội Cựu chiến binh", "TCVN3")


def test_windows_1258_stays_windows_1258():
    data = (ROOT / "tests" / "fixtures" / "good" / "cp1258.txt").read_bytes()
    _, notes = decode_bytes(data)
    assert notes and notes[0].startswith("decoded as windows-1258")


# Our own sentences in other languages with accented Latin letters: the detector must leave them.
FOREIGN = [
    "El niño pequeño está aquí; mañana habrá más información sobre la señora Muñoz y su compañía.",
    "¿Qué año fue? Según el diario, la población aumentó en un 3 % y el Ejército ayudó tras la sequía.",
    "Les élèves ont déjà visité le musée où l'été dernier on a présenté une exposition très appréciée.",
    "À Noël, la Croix-Rouge française a distribué des colis aux familles et aux anciens combattants.",
    "Die Bürger der Städte müssen über die Größe der Straßen entscheiden; das Rote Kreuz half schnell.",
    "Für die Übung im Frühjahr meldeten sich fünfhundert Soldaten und Freiwillige aus Köln und München.",
]


@pytest.mark.parametrize("text", FOREIGN)
def test_other_languages_are_never_converted(text):
    assert legacy.fix_text(text) == (text, None)
    assert legacy.detect(text).encoding is None
    data = text.encode("cp1252")  # the same text as an old Western-European file
    decoded, notes = decode_bytes(data)
    assert not any("chuyển mã" in n for n in notes)


@pytest.mark.shared
def test_no_shared_article_changes(baomoi_path):
    """All 35,440 articles of the real corpus: the detector changes none (title or text)."""
    count = 0
    with gzip.open(baomoi_path, "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            count += 1
            for field in ("title", "text"):
                value = article.get(field) or ""
                assert legacy.fix_text(value) == (value, None), (article.get("id"), field)
    assert count == 35_440


def test_html_font_evidence():
    """A page saved from Word with .VnTime spans (UTF-8): the spans convert, the rest stays."""
    from ingest.readers import html

    tcvn = legacy.encode("Hội Cựu chiến binh tỉnh tặng 120 suất quà cho gia đình chính sách", "TCVN3")
    heading = legacy.encode("báo cáo kết quả", "TCVN3")
    page = ("<html><head><meta charset='utf-8'><title>Tin</title></head><body><article>"
            f"<h1><span style='font-family:\".VnTimeH\"'>{heading}</span></h1>"
            f"<p>Ngày 5 tháng 1 năm 2010, <span style='font-family:\".VnTime\";font-size:13pt'>{tcvn}</span>.</p>"
            "<p>Đoàn Thanh niên phối hợp tổ chức 12 buổi tuyên truyền về quốc phòng cho đoàn viên.</p>"
            "</article></body></html>").encode("utf-8")
    [doc] = html.read("p.html", page, "p.html")
    assert "Hội Cựu chiến binh tỉnh tặng 120 suất quà cho gia đình chính sách" in doc.text
    assert doc.title == "BÁO CÁO KẾT QUẢ"
    assert doc.notes == ["chuyển mã TCVN3 → Unicode"]
