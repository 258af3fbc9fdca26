"""When, who and how much of a sum: periods, years that document numbers must not give, the
document's author as an actor, parts of totals and rates (issue 16). Exact records: each test
lists every figure of its text as (text, year, period_from, period_to, role, organizations)."""
from __future__ import annotations

from pathlib import Path

from extract.pipeline import extract_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
BCH, CCB, DOAN = "Bộ Chỉ huy Quân sự", "Hội Cựu chiến binh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def _records(text: str, **meta) -> list[tuple]:
    return [(f.text, f.year, f.period_from, f.period_to, f.role, f.organizations)
            for f in extract_text(text, **meta).figures]


def _corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def test_a_count_of_years_at_the_end_of_a_report_on_that_period_is_the_period():
    text = ("Thực hiện Chương trình phối hợp giai đoạn 2011 - 2015.\n"
            "Trong 5 năm, toàn tỉnh giao 15.680 thanh niên nhập ngũ. Tỉnh đoàn mở 92 lớp cảm tình đoàn. "
            "Đến cuối năm 2015, Đoàn trong LLVT tỉnh có 126 chi đoàn.")
    assert _records(text, title="Báo cáo tổng kết giai đoạn 2011 - 2015", years=range(2011, 2016),
                    published="2015-11-18") == [
        ("15.680 thanh niên", None, 2011, 2015, "plain", [DOAN, "Lực lượng vũ trang"]),  # main actors
        # no time of its own in a report on 2011-2015 written at its end: the period's
        ("92 lớp", None, 2011, 2015, "plain", [DOAN]),
        ("126 chi đoàn", 2015, None, None, "plain", ["Lực lượng vũ trang"]),
    ]


def test_the_years_before_a_programme_signed_for_a_period():
    # a news item of March 2011 on a programme for 2011-2015 looks back on the five years before it
    text = _corpus("2011-long-an-tin-ky-ket-phoi-hop-tinh-doan.txt")
    title = text.split("\n", 1)[0]
    got = {r[0]: r[1:4] for r in _records(text, title=title, years=range(2011, 2016))}
    assert got["156 lớp"] == (None, 2006, 2010)
    assert got["7.820 tân binh"] == (None, 2006, 2010)
    assert got["50 suất quà"] == (2011, None, None)  # the day's own gifts: the year it was written


def test_a_span_and_since_a_year():
    text = ("Giai đoạn 2016–2020, Hội tặng 300 suất quà. Từ năm 2018 đến nay, Hội xây 12 nhà đồng đội. "
            "Năm 2022, Hội tặng 40 suất quà.")
    assert _records(text, years=[2022], published="2022-12-01") == [
        ("300 suất quà", None, 2016, 2020, "plain", []),
        ("12 nhà", None, 2018, 2022, "plain", []),
        ("40 suất quà", 2022, None, None, "plain", []),
    ]


def test_document_numbers_never_give_a_year():
    text = ("Các cơ quan quân sự hoàn thiện hồ sơ cho 2.315 trường hợp hưởng chế độ theo "
            "Quyết định 142/2008/QĐ-TTg. Hội tổ chức 26 cuộc tọa đàm theo Luật Cựu chiến binh năm 2005. "
            "Hội trao 15 suất quà theo 62/2011/QĐ-TTg.")
    assert [r[:4] for r in _records(text, title="Báo cáo năm 2010", years=[2010], published="2010-12-20")] == [
        ("2.315 trường hợp", 2010, None, None),
        ("26 cuộc tọa đàm", 2010, None, None),  # "cuộc" is a classifier (guideline test3)
        ("15 suất quà", 2010, None, None),
    ]


def test_the_2010_report_citing_decision_142_2008():
    text = _corpus("2010-nghe-an-bao-cao-phoi-hop-ccb.txt")
    figs = extract_text(text, title="Báo cáo kết quả thực hiện Chương trình phối hợp giữa Bộ Chỉ huy Quân sự "
                        "tỉnh và Hội Cựu chiến binh tỉnh năm 2010", years=[2010], published="2010-12-20").figures
    cited = [f for f in figs if "142/2008" in f.sentence]
    assert [(f.text, f.year) for f in cited] == [("47 hài cốt", 2010), ("2.315 trường hợp", 2010)]


def test_the_author_of_a_report_is_an_actor_of_its_figures():
    text = ("HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN\nBAN THƯỜNG VỤ\n\n"
            "Số: 31/BC-CCB                     Nghệ An, ngày 25 tháng 6 năm 2019\n\nBÁO CÁO\n"
            "Sơ kết công tác Hội 6 tháng đầu năm 2019 và công tác phối hợp với Bộ CHQS tỉnh\n\n"
            "Toàn tỉnh có 2.653 chi hội. Phối hợp với Bộ CHQS tỉnh tổ chức hơn 650 buổi nói chuyện truyền thống. "
            "Cất bốc 12 hài cốt liệt sĩ, bàn giao cho Ban CHQS các huyện.\n\n"
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nĐại tá Trần Quốc Khánh")
    title = "Báo cáo sơ kết công tác Hội 6 tháng đầu năm 2019 và công tác phối hợp với Bộ CHQS tỉnh"
    assert _records(text, title=title, years=[2019], published="2019-06-25") == [
        ("2.653 chi hội", 2019, None, None, "plain", [CCB]),  # not the Bộ CHQS of the title
        ("hơn 650 buổi", 2019, None, None, "plain", [CCB, BCH]),  # a partner named with "phối hợp với"
        ("12 hài cốt", 2019, None, None, "plain", ["Ban Chỉ huy Quân sự"]),  # the clause names another
    ]


def test_the_ccb_report_of_2019_on_the_corpus():
    text = _corpus("2019-nghe-an-bao-cao-6-thang-ccb.txt")
    figs = extract_text(text, title="Báo cáo sơ kết công tác Hội 6 tháng đầu năm 2019 và công tác phối hợp "
                        "với Bộ CHQS tỉnh", years=[2019], published="2019-06-25").figures
    assert len(figs) == 23
    assert [f.text for f in figs if CCB not in f.organizations] == ["12 hài cốt"]


def test_both_authors_of_a_joint_report_and_their_signatures():
    text = ("BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN\nBAN THƯỜNG VỤ TỈNH ĐOÀN NGHỆ AN\n\nSố: 64/BC-BCH-TĐ\n\n"
            "Hai bên tổ chức 1.845 buổi tuyên truyền.\n\n"
            "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN                 TM. BỘ CHỈ HUY QUÂN SỰ TỈNH\nBÍ THƯ")
    assert _records(text, years=[2015], published="2015-11-18") == [
        ("1.845 buổi", 2015, None, None, "plain", [BCH, DOAN])]


def test_parts_totals_and_rates_of_the_disaster_relief_report():
    text = _corpus("2020-quang-nam-bao-cao-khac-phuc-thien-tai.txt")
    figs = extract_text(text, title="Kết quả tiếp nhận, phân bổ nguồn ủng hộ đồng bào bị thiệt hại do thiên "
                        "tai năm 2020", years=[2020], published="2020-12-28").figures
    roles = {f.text: f.role for f in figs if f.unit == "đồng"}
    assert roles == {
        "312 tỷ 480 triệu đồng": "total", "50 tỷ đồng": "part",  # "..., trong đó ... 50 tỷ đồng"
        "ước khoảng 85 tỷ đồng": "plain",
        "30 triệu đồng": "rate", "5 triệu đồng": "rate",  # "mỗi trường hợp", "mỗi người"
        # "đồng/nhà"; the later "mức từ 5 đến 10 triệu đồng/nhà" repeats "5 triệu đồng" (value + unit, value_max
        # no part of the key: guideline "Repeats", dev7 p1; fig68)
        "40 triệu đồng": "rate",
        # items 4 and 5 of the list that "đã phân bổ 281 tỷ 960 triệu đồng" closes
        "60 tỷ đồng": "part", "75 tỷ 300 triệu đồng": "part", "281 tỷ 960 triệu đồng": "total",
    }


def test_a_part_needs_a_larger_figure_of_its_unit_before_the_marker():
    text = ("Hội vận động 500 triệu đồng, trong đó 200 triệu đồng của doanh nghiệp. "
            "Hội trao 85 suất quà gồm 20 xe đạp. Mỗi hộ được hỗ trợ 3 triệu đồng; mỗi năm tặng 40 suất quà.")
    assert [(r[0], r[4]) for r in _records(text, years=[2020])] == [
        ("500 triệu đồng", "total"), ("200 triệu đồng", "part"),
        ("85 suất quà", "plain"), ("20 xe đạp", "plain"),  # another unit: nothing is counted twice
        ("3 triệu đồng", "rate"), ("40 suất quà", "plain"),  # "mỗi năm" is not per someone
    ]
