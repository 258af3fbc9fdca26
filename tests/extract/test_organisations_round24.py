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


# (org24) a fund's name is a phrase of purpose that runs on in lower case: cut after its first
# capitalised word and one syllable, it is not a name we can give ([generic] cut_after_one_lower_heads)
def test_fund_cut_inside_its_purpose_phrase_is_not_given():
    assert names("Hội đồng xét duyệt Quỹ Hỗ trợ sáng tạo văn học họp vào tuần sau.") == []


def test_fund_cut_before_a_lower_case_verb_phrase_is_not_given():
    assert names("Chương trình do Quỹ Giải cứu trẻ lang thang của một nhóm bạn trẻ tài trợ.") == []


def test_fund_followed_by_a_function_word_is_kept():
    assert names("Quỹ Khởi nghiệp nhằm giúp thanh niên có vốn ban đầu.") == ["Quỹ Khởi nghiệp"]


def test_listed_fund_with_lower_case_words_is_kept():
    assert names("Quỹ Hỗ trợ nông dân tỉnh đã giải ngân 5 tỷ đồng.") == ["Quỹ Hỗ trợ nông dân"]



# (org24) a known name in lower case before a unit below the commune and its name or number names the
# body, as before a level word ([context] hamlet_words); "bản" with no name after it is a common word
def test_police_of_a_hamlet_in_lower_case():
    assert names("Ông Trần Văn Tư, công an ấp Phú Lợi, xác nhận sự việc là có thật.") == ["Công an"]


def test_police_of_a_numbered_block_in_lower_case():
    assert names("Anh Lê Văn Năm, công an khóm 4, đã đưa cháu bé về nhà.") == ["Công an"]


def test_lower_case_police_before_a_common_word_is_not_named():
    assert names("Các bản tin của công an bản địa được phát hằng ngày.") == []
