"""Coordination programmes and plans (extract/commitments.py) and the kind of a figure (extract/kinds.py),
on exact records."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.cli import read_documents
from extract.pipeline import extract_document, extract_text

ROOT = Path(__file__).resolve().parents[2]


def _extract(name: str):
    doc = next(read_documents(ROOT / "corpus" / name))
    return doc, extract_document(doc)


def test_coordination_programme():
    doc, ex = _extract("2018-nghe-an-chuong-trinh-phoi-hop-ccb.pdf")
    (p,) = ex.programmes
    assert (p.type, p.period_from, p.period_to) == ("chuong_trinh_phoi_hop", 2018, 2022)
    assert p.parties == ["Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh"]
    content = [(c.number, c.heading) for c in p.commitments if c.section == "content"]
    assert content == [("1", "Tuyên truyền, giáo dục"), ("2", "Tham gia xây dựng lực lượng"),
                       ("3", "Tham gia huấn luyện, diễn tập"), ("4", "Công tác chính sách"),
                       ("5", "Giúp nhau phát triển kinh tế")]
    duties = [c for c in p.commitments if c.section == "responsibility"]
    assert [c.number for c in duties] == ["1", "2", "3", "4"]
    assert [c.party for c in duties[:2]] == ["Bộ Chỉ huy Quân sự", "Ban Chỉ huy Quân sự"]
    for c in p.commitments:  # offsets name the item: its number, then its text
        assert doc.text[c.start:c.end].startswith(c.number + ".")
        assert " ".join(doc.text[c.start:c.end].split()).endswith(c.text[-30:])
    assert [(s.name, s.organization) for s in p.signatories] == [
        ("Nguyễn Văn Hiền", "Hội Cựu chiến binh"), ("Đại tá Hoàng Văn Tiến", "Bộ Chỉ huy Quân sự")]
    assert p.signatories[0].title == "TM. HỘI CỰU CHIẾN BINH TỈNH - CHỦ TỊCH"
    assert doc.text[p.signatories[1].start:p.signatories[1].end].startswith("TM. BỘ CHỈ HUY QUÂN SỰ TỈNH")
    # a programme plans: its figures are targets; "Hằng năm tổ chức giao ban" is every year, not five
    assert {f.text: f.kind for f in ex.figures} == {"ít nhất 10 buổi": "target"}


def test_plan_with_targets_and_responsibilities():
    doc, ex = _extract("2020-can-tho-ke-hoach-tuyen-quan-2021.pdf")
    (p,) = ex.programmes
    assert (p.type, p.period_from, p.period_to) == ("ke_hoach", 2021, 2021)
    assert [c.heading for c in p.commitments if c.section == "content"][:3] == [
        "Chỉ tiêu", "Thời gian giao quân", "Công tác chuẩn bị"]
    assert [c.party for c in p.commitments if c.section == "responsibility"] == [
        "Bộ Chỉ huy Quân sự", "Công an", "Sở Tài chính", "Ủy ban nhân dân"]
    assert p.signatories[0].name == "Dương Tấn Lộc"
    kinds = {f.text: f.kind for f in ex.figures}
    assert kinds["1.650 công dân"] == kinds["100%"] == "target"


@pytest.mark.parametrize("name", ["2011-long-an-tin-ky-ket-phoi-hop-tinh-doan.txt", "2016-long-an-bao-cao-phoi-hop-ccb.txt"])
def test_news_of_a_signing_and_reports_are_no_programme(name):
    assert _extract(name)[1].programmes == []


KINDS = [
    ("Năm 2017, Hội Chữ thập đỏ tỉnh phấn đấu tiếp nhận 25.000 đơn vị máu.", "25.000 đơn vị máu", "target"),
    ("Năm 2012, toàn tỉnh tiếp nhận 9.870 đơn vị máu, đạt 109,7% kế hoạch.", "109,7%", "result"),
    ("Năm 2012, toàn tỉnh tiếp nhận 9.870 đơn vị máu, đạt 109,7% kế hoạch.", "9.870 đơn vị máu", "result"),
    ("Chỉ tiêu: thành phố giao 1.650 công dân nhập ngũ.", "1.650 công dân", "target"),
    ("Dư nợ thực hiện theo chỉ tiêu kế hoạch giao đạt 140.929 tỷ đồng.", "140.929 tỷ đồng", "result"),
    ("Công đoàn đã thành lập mới được 6 CĐCS, đạt 150% chỉ tiêu với 2.667 đoàn viên.", "2.667 đoàn viên", "result"),
    ("Năm nay tỉnh dự kiến xây dựng khoảng 700 nhà cho hộ nghèo.", "khoảng 700 nhà", "target"),
    ("Năm 2017, huyện Phú Xuyên được giao 145 chỉ tiêu.", "145 chỉ tiêu", "target"),
    ("Hội Cựu chiến binh tỉnh đã trao 50 suất quà cho hội viên.", "50 suất quà", "result"),
    ("Năm 2014, Hội cam kết vận động hội viên xây dựng 20 căn nhà tình nghĩa.", "20 căn nhà", "target"),
    ("Báo cáo năm 2014. Hội vận động xây dựng 20 căn nhà tình nghĩa trong năm 2015.", "20 căn nhà", "target"),
    ("Báo cáo năm 2014. Hội đã xây dựng 20 căn nhà tình nghĩa trong năm 2014.", "20 căn nhà", "result"),
    ("I. KẾT QUẢ\n1. Hội kết nạp 1.200 hội viên.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2013\n"
     "1. Phát triển thêm 2.000 hội viên mới.", "2.000 hội viên", "target"),
    ("I. KẾT QUẢ\n1. Hội kết nạp 1.200 hội viên.\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2013\n"
     "1. Phát triển thêm 2.000 hội viên mới.", "1.200 hội viên", "result"),
]


@pytest.mark.parametrize("text,figure,kind", KINDS, ids=[f"{k[1]}:{k[2]}" for k in KINDS])
def test_kind(text, figure, kind):
    got = {f.text: f.kind for f in extract_text(text).figures if f.text.startswith(figure)}
    assert list(got.values()) == [kind], got
