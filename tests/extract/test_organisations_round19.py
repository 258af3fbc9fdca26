"""Organisation classes of round 19 (org19), from a read of the names the extractor gives on ~800
unannotated general-news articles of the baomoi corpus: in a story set abroad (foreign countries named
five times or more, neither "Việt Nam" nor a province of ours anywhere) every body is that country's,
not only the national ones (guideline: foreign bodies are out of scope). Sentences written for the tests."""
import pytest

from article_case import orgs


CASES = [
    # a foreign story naming a committee, an office and an armed force of another country: none is ours
    ("Mỹ siết quy định với quỹ đầu tư\nỦy ban Giám sát Tài chính đã yêu cầu các quỹ ở Mỹ báo cáo hằng quý. "
     "Giới đầu tư ở Nhật Bản và Trung Quốc lo ngại. Anh và Đức chưa bình luận.", []),
    ("Ở Syria, lực lượng vũ trang địa phương tiếp tục giao tranh gần biên giới Iraq. Thổ Nhĩ Kỳ và Nga "
     "kêu gọi ngừng bắn, Iran và Israel giữ im lặng.", []),
    ("Cục Bản quyền Nhà nước yêu cầu thu hồi bằng sáng chế của hãng. Hãng này bán hàng ở Trung Quốc, "
     "Hàn Quốc, Nhật Bản, Ấn Độ và Singapore.", []),
    # the same bodies in a story that names Việt Nam (or a province of ours) stay: a Vietnamese body may be in it
    ("Hiệp hội Ngân hàng làm việc với đối tác Mỹ, Nhật Bản, Trung Quốc, Anh và Đức về thị trường Việt Nam.",
     [("Hiệp hội Ngân hàng", "Hiệp hội Ngân hàng")]),
    ("Hội Nông dân tỉnh Nghệ An đưa đoàn nông dân sang Nhật Bản, Hàn Quốc, Trung Quốc, Thái Lan và Lào học nghề.",
     [("Hội Nông dân tỉnh Nghệ An", "Hội Nông dân")]),
    # a story that names a foreign country once or twice is not set abroad
    ("Hội Cựu chiến binh xã tặng quà cho hội viên từng sang Lào làm nhiệm vụ quốc tế.",
     [("Hội Cựu chiến binh xã", "Hội Cựu chiến binh")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_round19_foreign_story(text, expected):
    assert orgs(text) == expected
