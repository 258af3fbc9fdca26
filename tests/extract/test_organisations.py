import pytest

from extract.pipeline import extract_text


def orgs(text: str) -> list[tuple]:
    return [(o.name, o.canonical, o.kind, o.level, o.place) for o in extract_text(text).organizations]


CASES = [
    ("Bộ CHQS tỉnh Long An tổ chức.", [("Bộ CHQS tỉnh Long An", "Bộ Chỉ huy Quân sự", "military", "tinh", "Long An")]),
    ("Ban Chỉ huy quân sự quận dự.", [("Ban Chỉ huy quân sự quận", "Ban Chỉ huy Quân sự", "military", "huyen", None)]),
    ("Hội LHPN tỉnh phối hợp.", [("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ", "mass_organisation", "tinh", None)]),
    ("Hội CCB Việt Nam họp.", [("Hội CCB Việt Nam", "Hội Cựu chiến binh", "mass_organisation", "trung_uong", None)]),
    ("Tỉnh đoàn phát động.", [("Tỉnh đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "mass_organisation", "tinh", None)]),
    ("Ủy ban MTTQ Việt Nam tỉnh vận động.",
     [("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam", "front", "tinh", None)]),
    ("Uỷ ban nhân dân huyện Cần Giuộc.",
     [("Uỷ ban nhân dân huyện Cần Giuộc", "Ủy ban nhân dân", "government", "huyen", "Cần Giuộc")]),
    ("Quân khu 7 chủ trì.", [("Quân khu 7", "Quân khu", "military", "quan_khu", None)]),
    ("Sở LĐ-TB&XH tỉnh.", [("Sở LĐ-TB&XH tỉnh", "Sở Lao động - Thương binh và Xã hội", "government", "tinh", None)]),
    ("NHCSXH huyện giải ngân.", [("NHCSXH huyện", "Ngân hàng Chính sách xã hội", "government", "huyen", None)]),
    ("Sở Y tế tỉnh khám bệnh.", [("Sở Y tế tỉnh", "Sở Y tế", "government", "tinh", None)]),
    ("Bộ Công an đã chỉ đạo.", [("Bộ Công an", "Bộ Công an", "government", "trung_uong", None)]),
    ("Hội Khuyến học tổ chức.", [("Hội Khuyến học", "Hội Khuyến học", "mass_organisation", None, None)]),
    ("Quận ủy, HĐND quận họp.", [("Quận ủy", "Quận ủy", "party", "huyen", None),
                                 ("HĐND quận", "Hội đồng nhân dân", "government", "huyen", None)]),
    ("tại Lữ đoàn Công binh 83 Hải quân", [("Lữ đoàn Công binh 83 Hải quân", "Lữ đoàn Công binh", "military", None, None)]),
    # abbreviation next to the full name: two mentions of the same body
    ("Hội Liên hiệp Phụ nữ (Hội LHPN) tỉnh.",
     [("Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ", "mass_organisation", None, None),
      ("Hội LHPN", "Hội Liên hiệp Phụ nữ", "mass_organisation", None, None)]),
    # generic phrases and schemes are not organisations
    ("Các đoàn thể, các ban, ngành cùng tham gia.", []),
    ("Người lao động quan tâm chế độ BHXH.", []),
    ("Xây 4 Mái ấm Công đoàn.", []),
    ("hội phụ nữ và đảng ủy cơ sở", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_organisations(text, expected):
    assert orgs(text) == expected


def test_people_with_titles():
    ex = extract_text("Đồng chí Trần Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, dự và phát biểu.")
    assert [(p.name, p.title) for p in ex.people] == [("Trần Văn Bình", "Phó Bí thư Thường trực Tỉnh ủy")]


def test_places():
    ex = extract_text("Hội Nông dân xã Bình Lộc, huyện Nghĩa Đàn giúp bạn Lào.")
    got = [(p.name, p.canonical, p.kind) for p in ex.places]
    assert ("xã Bình Lộc", "Bình Lộc", "commune") in got
    assert ("huyện Nghĩa Đàn", "Nghĩa Đàn", "district") in got
    assert ("Lào", "Lào", "foreign") in got


def test_figure_organisations_fall_back_to_main_actors():
    text = "Hội Chữ thập đỏ huyện tổ chức trao quà.\nĐợt này đã trao 10 xe lăn cho người khuyết tật."
    ex = extract_text(text)
    assert [(f.value, f.organizations, f.activity) for f in ex.figures] == [
        (10, ["Hội Chữ thập đỏ"], "tham_hoi_tang_qua")]
