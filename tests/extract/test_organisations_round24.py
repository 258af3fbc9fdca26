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


# (org24) a body a country has one of, listed for the many countries of a meeting earlier in the
# sentence, is each country's, not ours ([context] many_countries); with Việt Nam after it, it is ours
def test_government_listed_for_many_countries_is_not_ours():
    assert names("Diễn đàn thu hút 500 đại biểu từ 40 quốc gia, gồm lãnh đạo Chính phủ, doanh nghiệp và học giả.") == []


def test_government_of_viet_nam_beside_many_countries_is_ours():
    assert names("Đại diện 12 nước và Chính phủ Việt Nam đã cùng ký tuyên bố chung.") == ["Chính phủ"]


def test_government_in_the_next_sentence_is_ours():
    assert names("Hơn 30 quốc gia tham dự hội nghị. Chính phủ đã giao các bộ chuẩn bị.") == ["Chính phủ"]
