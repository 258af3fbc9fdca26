import pytest

from ingest.places import after_2025, find_provinces, provinces, provinces_in_source


def test_gazetteer_has_63_old_and_34_new_provinces():
    assert len(provinces()) == 63
    assert len({p.after_2025 for p in provinces()}) == 34


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bộ CHQS tỉnh Quảng Ninh", ["Quảng Ninh"]),
        ("tại TP.HCM và TP Hồ Chí Minh", ["TP Hồ Chí Minh", "TP Hồ Chí Minh"]),
        ("Thành phố Hồ Chí Minh", ["TP Hồ Chí Minh"]),
        ("Chủ tịch Hồ Chí Minh", []),  # the person, not the city
        ("Thừa Thiên Huế và Huế", ["Thừa Thiên Huế", "Thừa Thiên Huế"]),
        ("Thừa Thiên - Huế", ["Thừa Thiên Huế"]),
        ("vì hòa bình thế giới", []),  # "peace", not the province
        ("tỉnh Hòa Bình", ["Hòa Bình"]),
        ("TỈNH THANH HÓA", ["Thanh Hóa"]),
        ("tỉnh Thanh Hoá", ["Thanh Hóa"]),  # new-style tone mark
        ("Bà Rịa - Vũng Tàu", ["Bà Rịa - Vũng Tàu"]),
        ("thành phố Vũng Tàu", ["Bà Rịa - Vũng Tàu"]),
        ("Đắc Lắc", ["Đắk Lắk"]),
        ("tỉnh Hà Nam Ninh cũ", []),  # a pre-1991 province, not Hà Nam
        ("Bộ Tư lệnh Thái Bình Dương của Mỹ", []),  # the Pacific, not Bình Dương
        ("khu vực châu Á - THÁI BÌNH DƯƠNG", []),
        ("Thái Bình và Bình Dương", ["Thái Bình", "Bình Dương"]),
    ],
)
def test_find_provinces(text, expected):
    from ingest.normalize import normalize_text

    assert [name for _, _, name in find_provinces(normalize_text(text))] == expected


def test_offsets_slice_back():
    text = "Hội CCB tỉnh Nam Định và Hội LHPN TP.HCM"
    for start, end, _ in find_provinces(text):
        assert text[start:end] in ("Nam Định", "TP.HCM")


@pytest.mark.parametrize(
    "name, merged",
    [("Hà Giang", "Tuyên Quang"), ("Quảng Nam", "Đà Nẵng"), ("Bình Dương", "TP Hồ Chí Minh"),
     ("Thừa Thiên Huế", "Huế"), ("Cao Bằng", "Cao Bằng")],
)
def test_after_2025(name, merged):
    assert after_2025(name) == merged


@pytest.mark.parametrize(
    "source, expected",
    [
        ("https://baoquangninh.com.vn/tin/123", ["Quảng Ninh"]),
        ("Báo Thái Bình", ["Thái Bình"]),
        ("corpus/2016/bao-cao-hoi-ccb-nghe-an.pdf", ["Nghệ An"]),
        ("https://example.org/the-thao", []),
    ],
)
def test_provinces_implied_by_source(source, expected):
    assert provinces_in_source(source) == expected
