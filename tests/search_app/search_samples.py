"""A small archive built through the real Store API: documents, sources, originals, extraction records.

Figure and entity offsets are found in the text, so they always slice back to what they name.
"""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from extract.records import Extraction, Figure, Organization, Place
from ingest.document import Document
from ingest.normalize import doc_id, normalize_text
from ingest.store import Store

BCH, CCB, DOAN, CTD, HND = ("Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh",
                            "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Chữ thập đỏ", "Hội Nông dân")


@dataclass
class Sample:
    key: str
    title: str
    text: str
    published: str | None
    years: list[int]
    provinces: list[str]
    doc_type: str
    source_name: str | None
    orgs: list[tuple[str, str]] = field(default_factory=list)  # (as written, canonical)
    figures: list[tuple] = field(default_factory=list)  # (as written, value, unit, activity, orgs, year, qualifier)
    places: list[tuple[str, str]] = field(default_factory=list)
    original: bool = False


SAMPLES = [
    Sample("ccb2016", "Báo cáo kết quả phối hợp giữa Bộ Chỉ huy Quân sự tỉnh và Hội Cựu chiến binh tỉnh năm 2016",
           "Năm 2016, Bộ Chỉ huy Quân sự tỉnh Nghệ An và Hội Cựu chiến binh tỉnh đã tổ chức 37 buổi tuyên truyền "
           "cho cựu chiến binh và thanh niên. Hội Cựu chiến binh hiện có 12.040 hội viên. "
           "Hai bên đã trao tặng 1.250 suất quà cho gia đình chính sách.",
           "2016-12-20", [2016], ["Nghệ An"], "chuong_trinh_phoi_hop", "Báo Nghệ An",
           orgs=[("Bộ Chỉ huy Quân sự tỉnh Nghệ An", BCH), ("Hội Cựu chiến binh tỉnh", CCB)],
           figures=[("37 buổi", 37, "buổi", "tuyen_truyen", [BCH, CCB], 2016, "exact"),
                    ("12.040 hội viên", 12040, "hội viên", "xay_dung_to_chuc", [CCB], 2016, "exact"),
                    ("1.250 suất quà", 1250, "suất quà", "tham_hoi_tang_qua", [BCH, CCB], 2016, "exact")],
           places=[("Nghệ An", "Nghệ An")], original=True),
    Sample("ccb2017", "Sơ kết chương trình phối hợp Bộ Chỉ huy Quân sự và Hội Cựu chiến binh năm 2017",
           "Trong năm 2017, Bộ Chỉ huy Quân sự tỉnh và Hội Cựu chiến binh tổ chức 40 buổi tuyên truyền "
           "và trao 1.500 suất quà cho cựu chiến binh có hoàn cảnh khó khăn.",
           "2017-12-15", [2017], ["Nghệ An"], "chuong_trinh_phoi_hop", "Báo Nghệ An",
           orgs=[("Bộ Chỉ huy Quân sự tỉnh", BCH), ("Hội Cựu chiến binh", CCB)],
           figures=[("40 buổi", 40, "buổi", "tuyen_truyen", [BCH, CCB], 2017, "exact"),
                    ("1.500 suất quà", 1500, "suất quà", "tham_hoi_tang_qua", [BCH, CCB], 2017, "exact")]),
    Sample("hienmau", "Tuổi trẻ Thủ đô hiến máu tình nguyện",
           "Năm 2017, Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hà Nội vận động thanh niên tham gia "
           "hiến máu tình nguyện, thu được hơn 450 đơn vị máu.",
           "2017-03-02", [2017], ["Hà Nội"], "tin_bai", "Báo Hà Nội Mới",
           orgs=[("Đoàn Thanh niên Cộng sản Hồ Chí Minh", DOAN)],
           figures=[("hơn 450 đơn vị máu", 450, "đơn vị máu", "hien_mau", [DOAN], 2017, "over")]),
    Sample("apart", "Ông Thanh nói về niên khóa mới",
           "Ông Thanh, hiệu trưởng nhà trường, cho biết niên khóa mới sẽ bắt đầu sớm. Hoạt động ngoại khóa "
           "được động viên mạnh mẽ.",
           None, [], ["Thanh Hóa"], "tin_bai", None),
    Sample("dong", "Quyên góp ủng hộ đồng bào miền Trung",
           "Hội Chữ thập đỏ tỉnh Quảng Nam đã quyên góp được 1,5 tỷ đồng ủng hộ đồng bào bị lũ lụt năm 2015.",
           "2015-11-05", [2015], ["Quảng Nam"], "bao_cao", "Báo Quảng Nam",
           orgs=[("Hội Chữ thập đỏ tỉnh Quảng Nam", CTD)],
           figures=[("1,5 tỷ đồng", 1.5e9, "đồng", "quyen_gop", [CTD], 2015, "exact")]),
    Sample("evil", '=HYPERLINK("http://evil.example") <script>alert(1)</script> Hội Nông dân',
           "Hội Nông dân xã tổ chức 5 lớp tập huấn <b>kỹ thuật</b> cho 300 hội viên năm 2016.",
           "2016-06-01", [2016], ["Quảng Nam"], "tin_bai", "@nguon",
           orgs=[("Hội Nông dân xã", HND)],
           figures=[("5 lớp", 5, "lớp", "sinh_ke", [HND], 2016, "exact"),
                    ("300 hội viên", 300, "=cmd|' /C calc'!A0", "sinh_ke", [HND], 2016, "exact")]),
]


def _find(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def build_store(data_dir: Path, samples: list[Sample] | None = None, store=None, backend=None) -> dict[str, str]:
    """Store every sample (SAMPLES unless given) with its records; returns key -> document id.
    store: an open store to write (default: SQLite in data_dir, closed after); backend: the search
    backend to index (default: the embedded index)."""
    ids = {}
    with Store.open(data_dir) if store is None else nullcontext(store) as store:
        for s in SAMPLES if samples is None else samples:
            text = normalize_text(s.text)
            doc = Document(id=doc_id(text), title=s.title, text=text, sources=[f"/archive/{s.key}.txt"],
                           published=s.published, years=s.years, provinces=s.provinces, doc_type=s.doc_type,
                           format="txt", source_name=s.source_name)
            original = None
            if s.original:
                path = store.data_dir / "originals" / f"{s.key}.txt"
                path.write_text(s.text, encoding="utf-8")
                original = str(path)
            with store.transaction() as conn:
                store.add_document(conn, doc, doc.sources[0], original)
                if s.key == "dong":  # a second source whose "original" points outside the data dir
                    store.add_document(conn, doc, "/archive/dong-copy.txt", "/etc/passwd")
            ex = Extraction(version=1)
            for written, canonical in s.orgs:
                a, b = _find(text, written)
                ex.organizations.append(Organization(written, canonical, "other", None, None, a, b))
            for written, canonical in s.places:
                a, b = _find(text, written)
                ex.places.append(Place(written, canonical, "province", a, b))
            for written, value, unit, activity, orgs, year, qualifier in s.figures:
                a, b = _find(text, written)
                ex.figures.append(Figure(value, None, unit, qualifier, activity, orgs, year, None,
                                         text, a, b, written, [(a, b)]))
            store.put_extraction(doc.id, ex)
            ids[s.key] = doc.id
        if backend is None:
            from search_app.backends.whoosh.index import sync
            sync(store)
        else:
            backend.sync(store)
    return ids

