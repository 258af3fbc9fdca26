"""Extraction.to_dict is written out by hand for speed: it must stay what dataclasses.asdict gives,
field for field (a field added to a record and forgotten in to_dict fails here)."""
from dataclasses import asdict

from extract.pipeline import extract_text
from extract.records import Extraction, Figure, Organization, Person, Place


def test_to_dict_is_asdict():
    extraction = Extraction(
        version=3,
        organizations=[Organization("Hội CCB tỉnh", "Hội Cựu chiến binh", "mass_organisation", "tinh", None, 0, 12)],
        people=[Person("Trần Văn B", "Phó Bí thư", 20, 30), Person("Lê C", None, 40, 44)],
        places=[Place("Long An", "Long An", "province", 50, 57)],
        figures=[Figure(4200.0, None, "hội viên", "over", "tuyen_truyen", ["Hội Cựu chiến binh"], 2016, "Long An",
                        "Hơn 4.200 hội viên.", 60, 74, "hơn 4.200 hội viên", [(60, 74), (90, 104)]),
                 Figure(5.0, 7.0, "lớp", "range", "khac", [], None, None, "", 1, 2)],
    )
    assert extraction.to_dict() == asdict(extraction)
    assert [type(m) for m in extraction.to_dict()["figures"][0]["mentions"]] == [tuple, tuple]


def test_to_dict_is_asdict_on_a_real_extraction():
    extraction = extract_text("Bộ CHQS tỉnh Long An phối hợp với Hội LHPN tỉnh tổ chức 37 buổi tuyên truyền cho hơn "
                              "4.200 lượt hội viên; đồng chí Trần Văn B, Phó Bí thư Tỉnh ủy dự. Bộ CHQS trao 37 buổi.")
    assert extraction.figures and extraction.organizations and extraction.people and extraction.places
    assert extraction.to_dict() == asdict(extraction)


def test_pickles_round_trip():
    """Ingest workers pickle extractions to the writer (records pickle as constructor + fields)."""
    import pickle

    extraction = extract_text("Hội CCB tỉnh Long An trao 50 suất quà; đồng chí Trần Văn B dự. Lại trao 50 suất quà.")
    back = pickle.loads(pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == extraction and back.to_dict() == extraction.to_dict()
    assert type(back.figures[0]) is Figure and back.figures[0].mentions == extraction.figures[0].mentions
