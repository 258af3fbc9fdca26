"""txt/md decoding, jsonl and xml readers."""
import pytest

from ingest.decode import decode_bytes
from ingest.errors import IngestError

from ingest_helpers import GOOD, read_one


@pytest.mark.parametrize(
    "name, year, notes",
    [("utf8.txt", 2015, []), ("bom_utf8.txt", 2014, []), ("utf16.txt", 2013, []),
     ("cp1258.txt", 2012, ["decoded as windows-1258 (not valid UTF-8 at byte 2)"])],
)
def test_text_encodings(name, year, notes):
    [doc] = read_one(GOOD / name)
    assert doc.years == [year]
    assert doc.notes == notes
    assert "\ufeff" not in doc.text


def test_cp1258_text_is_composed():
    [doc] = read_one(GOOD / "cp1258.txt")
    assert doc.title == "Báo cáo của Hội Nông dân tỉnh Thái Bình năm 2012"
    assert doc.provinces == ["Thái Bình"]


def test_markdown_title_without_hashes():
    [doc] = read_one(GOOD / "notes.md")
    assert doc.title == "Kế hoạch tuyên truyền năm 2020"
    assert doc.doc_type == "tin_bai"  # a title cue alone, without a document number or date line
    assert doc.provinces == ["Phú Yên"]


def test_utf8_wins_over_cp1258_when_valid():
    assert decode_bytes("Hội Cựu chiến binh".encode("utf-8")) == ("Hội Cựu chiến binh", [])


def test_binary_refused():
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x00\x01\x02abc")


def test_jsonl_fields():
    docs = read_one(GOOD / "articles.jsonl")
    assert [d.sources for d in docs] == [["articles.jsonl#1"], ["articles.jsonl#2"], ["articles.jsonl#3"]]
    first = docs[0]
    assert first.title == "Tuổi trẻ Bến Tre ra quân tình nguyện hè 2017"
    assert first.published == "2017-06-05"
    assert first.url == "https://example.org/ben-tre"
    assert first.source_name == "Báo mẫu Bến Tre"
    assert first.years == [2017]
    assert docs[1].provinces == ["Đồng Tháp"]


def test_jsonl_gz_reads_like_jsonl():
    docs = read_one(GOOD / "articles.jsonl.gz")
    assert [d.published for d in docs] == ["2019-06-05", None, None]
    assert docs[0].title == "Tuổi trẻ Bến Tre ra quân tình nguyện hè 2019"


def test_xml_single_article_with_html_content():
    [doc] = read_one(GOOD / "article.xml")
    assert doc.title == "Hội Chữ thập đỏ tỉnh Gia Lai trao quà Tết Đinh Dậu 2017"
    assert doc.published == "2017-01-20"
    assert doc.text == ("Ngày 19/1, Hội Chữ thập đỏ tỉnh Gia Lai đã trao 1.250 suất quà cho hộ nghèo.\n"
                        "Tổng trị giá trên 450 triệu đồng.")
    assert doc.url == "https://example.org/gia-lai/trao-qua"


def test_xml_many_articles():
    docs = read_one(GOOD / "articles.xml")
    assert [(d.title, d.published, d.provinces) for d in docs] == [
        ("Tin thứ nhất ở Hà Tĩnh", "2019-03-15", ["Hà Tĩnh"]),
        ("Tin thứ hai ở Sóc Trăng", "2019-04-02", ["Sóc Trăng"]),
    ]
    assert docs[1].sources == ["articles.xml#2"]


def test_xml_entity_declarations_refused(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><article><content>&x;</content></article>')
    with pytest.raises(IngestError, match="DTD"):
        read_one(bomb)


def test_json_array_file(tmp_path):
    path = tmp_path / "tin.json"
    path.write_text('[{"title": "Tin một", "text": "Hội CCB tỉnh Sơn La năm 2018", "date": "03/05/2018"},'
                    ' {"title": "Tin hai", "content": "Hội Nông dân tỉnh Cao Bằng năm 2019"}]', encoding="utf-8")
    docs = read_one(path)
    assert [(d.title, d.published, d.provinces, d.sources) for d in docs] == [
        ("Tin một", "2018-05-03", ["Sơn La"], ["tin.json#1"]),
        ("Tin hai", None, ["Cao Bằng"], ["tin.json#2"]),
    ]


def test_jsonl_record_without_text_is_an_error_for_that_line(tmp_path):
    from ingest.readers import jsonl

    data = '{"title": "a", "text": "Có nội dung"}\n[1, 2]\n{"title": "b"}\n'.encode()
    items = list(jsonl.read("x.jsonl", data, "x.jsonl"))
    assert [getattr(i, "reason", None) for i in items] == [
        None, "dòng 2: không phải đối tượng JSON (not a JSON object)", "dòng 3: thiếu nội dung 'text' (no text)"]


def test_corrupt_gzip(tmp_path):
    from ingest.readers import jsonl

    good = (GOOD / "articles.jsonl.gz").read_bytes()
    with pytest.raises(IngestError, match="corrupt gzip"):
        list(jsonl.read("x.jsonl.gz", good[: len(good) // 2], "x.jsonl.gz"))
