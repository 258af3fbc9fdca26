"""Exact records for the categories of issue 10 (extraction on unseen text): activity from the
figure's own evidence, disaster relief and infrastructure, abbreviated and classifier units,
organisations beyond the word lists, places, the evaluation table, and reextract upgrading a store."""
from __future__ import annotations

import pytest

from article_case import org_names
from extract import evaluate
from extract.pipeline import VERSION, extract_text

from reextract_case import reextracted


def figs(text: str, title: str = "") -> list[tuple]:
    return [(f.text, f.value, f.unit, f.activity) for f in extract_text(text, title=title).figures]


def places(text: str) -> list[tuple[str, str]]:
    return [(p.canonical, p.kind) for p in extract_text(text).places]


# ---------------------------------------------------------------- activity from evidence near the figure

def test_no_evidence_is_khac_not_the_documents_activity():
    title = "Bộ đội Biên phòng tặng quà ngư dân"
    text = (f"{title}\nĐồn Biên phòng tặng 200 suất quà cho ngư dân nghèo. Sáng 5/3, tổ tuần tra phát hiện "
            "3 tàu cá nước ngoài xâm phạm vùng biển, chở 12 người.")
    assert figs(text, title) == [("200 suất quà", 200, "suất quà", "tham_hoi_tang_qua"),
                                 ("3 tàu cá", 3, "tàu cá", "khac"),
                                 ("12 người", 12, "người", "khac")]


def test_a_sentence_opening_with_trong_do_takes_the_previous_sentences_evidence():
    title = "Công đoàn chăm lo Tết"
    text = f"{title}\nLĐLĐ tỉnh đã tặng 500 suất quà cho CNLĐ. Trong đó, 200 công nhân ở khu trọ."
    assert figs(text, title) == [("500 suất quà", 500, "suất quà", "tham_hoi_tang_qua"),
                                 ("200 công nhân", 200, "công nhân", "tham_hoi_tang_qua")]


def test_without_a_link_the_previous_sentence_does_not_count():
    title = "Công đoàn chăm lo Tết"
    text = f"{title}\nLĐLĐ tỉnh đã tặng 500 suất quà cho CNLĐ. Công ty có 200 công nhân ở khu trọ."
    assert figs(text, title)[1] == ("200 công nhân", 200, "công nhân", "khac")


def test_the_headline_speaks_for_the_noun_it_names():
    title = "Ca nô chìm giữa biển, 14 người thoát chết"
    text = f"{title}\nMột nhóm du khách gồm 12 người từ Rạch Giá ra đảo."
    assert figs(text, title)[-1] == ("12 người", 12, "người", "thien_tai")


def test_disaster_relief_troops_boats_and_relief_goods():
    title = "Khắc phục hậu quả bão số 10"
    text = (f"{title}\nQuân khu 4 đã huy động 9.000 bộ đội và 8.000 dân quân cùng 200 phương tiện giúp dân "
            "khắc phục hậu quả bão. Hội Chữ thập đỏ trao 5.000 viên lọc nước, 300 thùng hàng và 100 bộ dụng cụ "
            "sửa nhà cho người dân vùng bão.")
    assert figs(text, title) == [
        ("9.000 bộ đội", 9000, "bộ đội", "thien_tai"), ("8.000 dân quân", 8000, "dân quân", "thien_tai"),
        ("200 phương tiện", 200, "phương tiện", "thien_tai"),
        ("5.000 viên lọc nước", 5000, "viên lọc nước", "thien_tai"),
        ("300 thùng hàng", 300, "thùng hàng", "thien_tai"), ("100 bộ dụng cụ", 100, "bộ dụng cụ", "thien_tai")]


def test_clean_water_and_roads_are_rural_development():
    title = "Xây trạm cấp nước sạch"
    text = f"{title}\nHuyện đã xây dựng 3 trạm cấp nước sạch và làm mới 12 km đường giao thông nông thôn."
    assert figs(text, title) == [("3 trạm cấp nước", 3, "trạm cấp nước", "nong_thon_moi"),
                                 ("12 km", 12, "km", "nong_thon_moi")]


# ---------------------------------------------------------------- units

@pytest.mark.parametrize("text,expected", [
    ("Công đoàn thăm 500 CNVCLĐ.", ("500 CNVCLĐ", 500, "công nhân")),
    ("Từng có 280.000 TNXP tham gia.", ("280.000 TNXP", 280000, "thanh niên xung phong")),
    ("Có 45 ĐVTN tình nguyện.", ("45 ĐVTN", 45, "đoàn viên")),
    ("Tàu có máy 450 CV.", ("450 CV", 450, "cv")),
    ("Tàu 802 CV bị chìm.", ("802 CV", 802, "cv")),
    ("Trường có 20 em học sinh nghèo.", ("20 em học sinh", 20, "học sinh")),
    ("Xã có 235 dòng họ văn hóa.", ("235 dòng họ", 235, "dòng họ")),
    ("Người dân giao nộp 2.203 khẩu súng.", ("2.203 khẩu súng", 2203, "súng")),
    ("Trao 50 bộ máy vi tính cho trường.", ("50 bộ máy vi tính", 50, "máy vi tính")),
    ("Phụng dưỡng 2.838 Mẹ Việt Nam anh hùng.", ("2.838 Mẹ Việt Nam anh hùng", 2838, "mẹ")),
    ("Trồng 1 triệu cây xanh.", ("1 triệu cây xanh", 1000000, "cây")),
    ("Trao 7.073 sổ tiết kiệm.", ("7.073 sổ tiết kiệm", 7073, "sổ")),
    ("Đã chi 139 triệu đồngchương trình Tết.", ("139 triệu đồng", 139000000, "đồng")),
    ("Hội tiết kiệm 13.533 Kw điện.", ("13.533 Kw", 13533, "kw")),
])
def test_abbreviated_classifier_and_glued_units(text, expected):
    assert [(t, v, u) for t, v, u, _ in figs(text)] == [expected]


def test_a_number_after_a_comma_without_a_space():
    """After a word the comma is a missing space ("đồng,120 kg"); after a digit a decimal mark."""
    assert [(t, v, u) for t, v, u, _ in figs("Tiết kiệm 226 triệu đồng,120 kg gạo; lãi 2,5%.")] == [
        ("226 triệu đồng", 226000000, "đồng"), ("120 kg", 120, "kg"), ("2,5%", 2.5, "%")]


def test_spelled_two_before_a_direction_is_no_count():
    assert figs("Cả hai hướng ra vào bến xe thường xuyên kẹt xe.") == []


def test_not_figures_are_kept():
    # years, durations and codes stay out whatever the new units
    assert figs("Năm 2017, sau 6 tháng, tàu CSB 4035 cập cảng.") == []


# ---------------------------------------------------------------- organisations

@pytest.mark.parametrize("text,expected", [
    ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai chỉ đạo.",
     [("Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ban Chỉ đạo phòng, chống thiên tai")]),
    ("Ban Chỉ đạo xây dựng xã hội học tập tỉnh họp.",
     [("Ban Chỉ đạo xây dựng xã hội học tập tỉnh", "Ban Chỉ đạo xây dựng xã hội học tập")]),
    ("Theo Ban Chỉ đạo thi THPT Quốc gia 2017, cả nước có 50 thí sinh vi phạm.",
     [("Ban Chỉ đạo thi THPT Quốc gia", "Ban Chỉ đạo thi trung học phổ thông quốc gia")]),
    ("Ban Chỉ đạo Tây Nam bộ cho biết.", [("Ban Chỉ đạo Tây Nam bộ", "Ban Chỉ đạo Tây Nam bộ")]),
    ("Ban Chỉ đạo đã họp.", []),
    ("Ủy ban Quốc gia Tìm kiếm cứu nạn thông báo.",
     [("Ủy ban Quốc gia Tìm kiếm cứu nạn", "Ủy ban Quốc gia Tìm kiếm cứu nạn")]),
    ("Trung tâm Phối hợp Tìm kiếm cứu nạn Hàng hải Việt Nam điều tàu.",
     [("Trung tâm Phối hợp Tìm kiếm cứu nạn Hàng hải Việt Nam", "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải")]),
    ("Quân chủng Phòng không - Không quân huấn luyện.",
     [("Quân chủng Phòng không - Không quân", "Quân chủng Phòng không - Không quân")]),
    ("Chiến sĩ Hải quân trên đảo.", [("Hải quân", "Quân chủng Hải quân")]),
    ("Tàu của Hải quân Hoa Kỳ cập cảng.", []),
    ("Bộ NN&PTNT chỉ đạo.", [("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn")]),
    ("Hội đồng NVQS huyện họp.", [("Hội đồng NVQS huyện", "Hội đồng Nghĩa vụ quân sự")]),
    ("Ngân hàng Nhà nước chi nhánh tỉnh cho biết.", [("Ngân hàng Nhà nước", "Ngân hàng Nhà nước")]),
    ("Ban Quản lý Khu kinh tế tỉnh làm việc.", [("Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế")]),
    ("Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Thuận đề nghị.",
     [("Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Thuận",
       "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn")]),
    ("UBKT Tỉnh ủy kết luận.", [("UBKT", "Ủy ban Kiểm tra"), ("Tỉnh ủy", "Tỉnh ủy")]),
    ("Trưởng Ban Tổ chức Thành ủy dự.", [("Ban Tổ chức", "Ban Tổ chức"), ("Thành ủy", "Thành ủy")]),
    ("Ban Tổ chức cuộc thi trao giải.", []),
    ("Tổng cục Đường bộ Việt Nam điều động.", [("Tổng cục Đường bộ Việt Nam", "Tổng cục Đường bộ")]),
    ("Hiệp hội Doanh nghiệp TP HCM kiến nghị.", [("Hiệp hội Doanh nghiệp TP HCM", "Hiệp hội Doanh nghiệp")]),
])
def test_organisations_beyond_the_word_lists(text, expected):
    assert org_names(text) == expected


# ---------------------------------------------------------------- places

def test_anh_before_a_name_is_a_title():
    assert places("Anh Nguyễn Văn Nam ở huyện Cần Giuộc nhận quà.") == [("Cần Giuộc", "district")]
    assert places("Du học sinh sang Anh học tập.") == [("Anh", "foreign")]


def test_provinces_of_a_foreign_country_are_foreign():
    assert places("Đoàn thăm tỉnh Prey Veng và Svay Rieng, Vương quốc Campuchia.") == [
        ("Prey Veng", "foreign"), ("Svay Rieng", "foreign"), ("Campuchia", "foreign")]
    assert places("Cán bộ tỉnh Hủa Phăn (Lào) sang học.") == [("Hủa Phăn", "foreign"), ("Lào", "foreign")]
    assert places("Chủ tịch UBND tỉnh Long An dự.") == [("Long An", "province")]


# ---------------------------------------------------------------- evaluation and store upgrade

def test_per_activity_scores_and_confusion():
    confusion = {("thien_tai", "thien_tai"): 3, ("thien_tai", "khac"): 1, ("khac", "quyen_gop"): 2}
    rows = evaluate.per_activity(confusion)
    assert rows["thien_tai"] == {"gold": 4, "predicted": 3, "correct": 3, "precision": 1.0, "recall": 0.75}
    assert rows["khac"] == {"gold": 2, "predicted": 1, "correct": 0, "precision": 0.0, "recall": 0.0}
    assert rows["quyen_gop"]["precision"] == 0.0
    lines = evaluate.format_activities({"per_activity": rows, "confusion": confusion})
    assert lines[0].split() == ["hoạt", "động", "gold", "dự", "đoán", "đúng", "P", "R"]
    assert any(line.startswith("thien_tai") and line.split()[1:] == ["1", ".", "3"] for line in lines)


def test_test2_is_a_split_of_its_own():
    docs = evaluate.load_gold("test2")
    assert len(docs) == 42 and {d.split for d in docs} == {"test2"}
    assert "test2" in evaluate.REAL_SPLITS


def test_reextract_upgrades_records_of_the_previous_version(tmp_path):
    assert VERSION > 3
    # what version 3 stored: the document's activity on every figure
    records = reextracted(tmp_path, "Bộ đội Biên phòng tặng quà ngư dân",
                          "Đồn Biên phòng tặng 200 suất quà. Tổ tuần tra phát hiện 3 tàu cá nước ngoài.", 3,
                          '{"figures": [{"value": 3, "unit": "tàu cá", "activity": "tham_hoi_tang_qua"}]}')
    got = {(f["unit"], f["activity"]) for f in records["figures"]}
    assert got == {("suất quà", "tham_hoi_tang_qua"), ("tàu cá", "khac")}


def test_reextract_upgrades_version_4_records(tmp_path):
    """VERSION 5 finds bodies the version-4 lists lacked ("Đảng bộ", the district culture office)."""
    assert VERSION >= 5
    records = reextracted(tmp_path, "Quận 3 chăm lo gia đình chính sách",
                          "Đảng bộ, chính quyền Quận 3 phối hợp với Phòng Văn hóa thể thao trao 48 căn nhà.", 4,
                          '{"organizations": [], "figures": []}')
    assert {o["canonical"] for o in records["organizations"]} == {"Đảng bộ", "Phòng Văn hóa thể thao"}


@pytest.mark.parametrize("text, expected", [
    ("thuộc Sư đoàn Bộ binh 5 và Đại đội đặc công Biên Hòa", ["Sư đoàn Bộ binh", "Đại đội đặc công"]),
    ("Đại đội 3 và Trung đoàn 4", ["Đại đội", "Trung đoàn"]),
    ("trích từ Quỹ hỗ trợ nước ngoài do Bộ LĐTB&XH quản lý",
     ["Quỹ hỗ trợ nước ngoài", "Bộ Lao động - Thương binh và Xã hội"]),
    ("cho Quỹ an sinh xã hội của huyện vay", ["Quỹ an sinh xã hội"]),
    ("Ban Chấp hành Đảng bộ tỉnh Yên Bái họp", ["Tỉnh ủy"]),
])
def test_organisations_added_for_dev3_and_dev4_decisions(text, expected):
    assert [o.canonical for o in extract_text(text).organizations] == expected
