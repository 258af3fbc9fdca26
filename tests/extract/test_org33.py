"""Organisation constructions of org33 (issue 10, precision and recall on unseen text): a body whose own place the
text puts abroad (a city placed in a foreign province, a district in that city) is foreign even in a story that
names Việt Nam, whatever the syllables of its place. Sentences written for the tests."""
import pytest

from extract.orgs import find_orgs


def orgs(text: str) -> list[tuple]:
    return [(o.name, o.canonical) for o in find_orgs(text)]


CASES = [
    # the city is put in a foreign province, the district in the city: their court and office are foreign
    ("Bà Lý sống ở thành phố Jiamusi ở tỉnh Hắc Long Giang. Năm 2012, Tòa án quận Xiangyang ở Jiamusi đã thụ lý "
     "đơn của bà, sau khi bà gửi thư cho Cục Tài nguyên đất của Jiamusi.", []),
    # the same words with places of ours, highland names included, stay Vietnamese bodies
    ("Tòa án huyện Krông Pắc ở Đắk Lắk đã thụ lý đơn của bà.", [("Tòa án huyện Krông Pắc", "Tòa án nhân dân")]),
    ("Công an huyện Cư Jút, tỉnh Đắk Nông cho biết đã bắt giữ hai đối tượng.",
     [("Công an huyện Cư Jút", "Công an")]),
    # "Đức Phổ" is a district of ours, not Germany: the commune before it is not abroad
    ("UBND xã Phổ Hòa (Đức Phổ, Quảng Ngãi) đã trao 20 suất quà.", [("UBND xã Phổ Hòa", "Ủy ban nhân dân")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_org33_constructions(text, expected):
    assert orgs(text) == expected


def test_places_abroad_by_chain():
    from extract.places import abroad, find_places

    text = "Ông sống ở thành phố Jiamusi ở tỉnh Hắc Long Giang, gần quận Xiangyang ở Jiamusi."
    assert abroad(text) == frozenset({"Jiamusi", "Xiangyang"})
    assert [(p.canonical, p.kind) for p in find_places("Vợ chồng anh quê ở xã Phổ Hòa (Đức Phổ, Quảng Ngãi).")] == \
        [("Phổ Hòa", "commune"), ("Quảng Ngãi", "province")]
