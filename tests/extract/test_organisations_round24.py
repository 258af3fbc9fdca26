"""(org24) listed departments written without the comma of the ministries' "phòng, chống"."""
from extract.orgs import find_orgs


def names(text):
    return [o.canonical for o in find_orgs(text)]


def test_department_without_the_comma_is_the_listed_name():
    assert names("Tiến sĩ Lê Văn A, Trưởng Cục phòng chống HIV/AIDS, cho biết số ca giảm.") == ["Cục Phòng, chống HIV/AIDS"]


def test_department_written_with_the_comma():
    assert names("Hôm qua Cục Phòng, chống HIV/AIDS đã phát động chiến dịch.") == ["Cục Phòng, chống HIV/AIDS"]


def test_other_listed_department_without_the_comma():
    assert names("Đại diện Cục Cảnh sát phòng chống tội phạm về môi trường đã đến.") == [
        "Cục Cảnh sát phòng, chống tội phạm về môi trường"]
