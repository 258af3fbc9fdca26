"""Organisations beyond the word lists (issue 10): exact records for each category with sentences
written for these tests, the canonical names given to names found by the generic rules or the
learned recogniser (extract/org_model.py), the recogniser's guards, and places after titles and
foreign provinces."""
from __future__ import annotations

import pytest

from article_case import org_records
from extract import org_model
from extract.pipeline import extract_text


def places(text: str) -> list[tuple]:
    return [(p.name, p.canonical, p.kind) for p in extract_text(text).places]


@pytest.mark.parametrize("text,expected", [
    # national steering committees: level and "về" dropped from the canonical name, place kept apart
    ("Chiều 12/9, Ban Chỉ đạo Trung ương về phòng, chống thiên tai đã điện cho 9 tỉnh ven biển.",
     [("Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ban Chỉ đạo phòng, chống thiên tai", "government",
       None, None)]),
    ("Ban Chỉ đạo xây dựng xã hội học tập huyện Nghi Lộc tặng 40 suất học bổng.",
     [("Ban Chỉ đạo xây dựng xã hội học tập huyện Nghi Lộc", "Ban Chỉ đạo xây dựng xã hội học tập", "government",
       "huyen", "Nghi Lộc")]),
    # national committees and centres
    ("Ủy ban Quốc gia Tìm kiếm cứu nạn điều 2 tàu ra vùng biển Hoàng Sa.",
     [("Ủy ban Quốc gia Tìm kiếm cứu nạn", "Ủy ban Quốc gia Tìm kiếm cứu nạn", "government", None, None)]),
    ("Trung tâm Phối hợp Tìm kiếm cứu nạn Hàng hải khu vực III đã đưa 7 thuyền viên vào bờ.",
     [("Trung tâm Phối hợp Tìm kiếm cứu nạn Hàng hải", "Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải",
       "government", None, None)]),
    # military services
    ("Cán bộ Quân chủng Phòng không - Không quân đã trao 30 suất quà cho học sinh nghèo.",
     [("Quân chủng Phòng không - Không quân", "Quân chủng Phòng không - Không quân", "military", None, None)]),
    ("Bộ Tư lệnh Vùng 2 Hải quân cứu 12 ngư dân gặp nạn.",
     [("Bộ Tư lệnh Vùng 2 Hải quân", "Vùng Hải quân", "military", None, None)]),
    # ministries and councils in short forms
    ("Theo Bộ NN&PTNT, bão đã làm ngập 5.000 ha lúa.",
     [("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn", "government", "trung_uong", None)]),
    ("Hội đồng NVQS thị xã Kỳ Anh tổ chức khám tuyển cho 600 thanh niên.",
     [("Hội đồng NVQS thị xã Kỳ Anh", "Hội đồng Nghĩa vụ quân sự", "government", "huyen", "Kỳ Anh")]),
    # the State Bank
    ("Ngân hàng Nhà nước chi nhánh Quảng Bình đề nghị giãn nợ cho 300 hộ.",
     [("Ngân hàng Nhà nước", "Ngân hàng Nhà nước", "government", None, None)]),
    # industrial-zone and economic-zone boards
    ("Ban Quản lý các KCN tỉnh Hà Nam đã tặng 50 suất quà cho công nhân.",
     [("Ban Quản lý các KCN tỉnh Hà Nam", "Ban Quản lý các khu công nghiệp", "government", "tinh", "Hà Nam")]),
    ("Ban Quản lý Khu kinh tế Dung Quất phối hợp tổ chức ngày hội việc làm.",
     [("Ban Quản lý Khu kinh tế", "Ban Quản lý Khu kinh tế", "government", None, None)]),
    # generic names whose last part has three lower-case syllables, taken when punctuation ends them
    ("Theo Cục Bảo vệ thực vật, đã có 2.000 ha lúa nhiễm rầy.",
     [("Cục Bảo vệ thực vật", "Cục Bảo vệ thực vật", "government", None, None)]),
    # a verb after the name ends it (generic.stop); a third lower-case syllable mid-sentence does not count
    ("Tổng cục Hải quan triển khai 10 đề án.",
     [("Tổng cục Hải quan", "Tổng cục Hải quan", "government", None, None)]),
    # (round 16) the verb "chủ trì" closes the name, read by its part of speech; the short sector names
    # the whole department, as "Sở Giáo dục yêu cầu" (round 15); this record was [] before
    ("Văn bản yêu cầu Sở Nông nghiệp chủ trì phối hợp với các huyện.",
     [("Sở Nông nghiệp", "Sở Nông nghiệp và Phát triển nông thôn", "government", "tinh", None)]),
    # an aspect marker after the name ends it ("cũng", "đã" ...): three lower-case syllables are kept
    ("Cục Bảo tồn thiên nhiên cũng đã kiểm tra 40 khu rừng.",
     [("Cục Bảo tồn thiên nhiên", "Cục Bảo tồn thiên nhiên", "government", None, None)]),
    # a known abbreviation opening the name after its head is written out with a capital
    ("Ủy ban ATGT tỉnh đã trao 300 mũ bảo hiểm.",
     [("Ủy ban ATGT tỉnh", "Ban An toàn giao thông", "government", "tinh", None)]),
    # a person named after a generic name is not part of it
    ("Phó Tổng cục trưởng Tổng cục TDTT Trần Văn Bình khẳng định.",
     [("Tổng cục TDTT", "Tổng cục Thể dục thể thao", "government", None, None)]),
    ("Bộ Quy tắc ứng xử của thành phố có 10 điều.", []),  # a code of conduct, not a ministry
    # lower-case forms the guidelines annotate; bodies one joins are no scheme after "tham gia"
    ("Cán bộ, chiến sĩ lực lượng vũ trang tỉnh hiến 500 đơn vị máu.",
     [("lực lượng vũ trang tỉnh", "Lực lượng vũ trang", "military", "tinh", None)]),
    ("Đoàn viên tham gia lực lượng dân quân tự vệ ở 12 xã.",
     [("lực lượng dân quân tự vệ", "Dân quân tự vệ", "military", None, None)]),
    ("Hội viên tham gia Hội đồng Nghĩa vụ quân sự ở 30 xã.",
     [("Hội đồng Nghĩa vụ quân sự", "Hội đồng Nghĩa vụ quân sự", "government", None, None)]),
    ("Xã có 3 Anh hùng lực lượng vũ trang nhân dân.", []),  # a title of honour
])
def test_organisation_records(text, expected):
    assert org_records(text) == expected


# issue 10, round 5 (classes of misses and false finds on the spent splits test3 and test4; sentences
# written for these tests)
@pytest.mark.parametrize("text,expected", [
    # steering committees: no remit after the head when a verb follows it; a level after "liên ngành"
    # and "Nhà nước" dropped like "Trung ương"; "giá" is a remit word; abbreviations of the remit written out
    ("Phó Thủ tướng, Trưởng Ban Chỉ đạo chủ trì cuộc họp với 12 bộ, ngành.", []),
    ("Ban Chỉ đạo liên ngành Trung ương về VSATTP đã kiểm tra 300 cơ sở.",
     [("Ban Chỉ đạo liên ngành Trung ương về VSATTP", "Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm",
       "government", None, None)]),
    ("Ban Chỉ đạo Nhà nước về điều tra cơ bản tài nguyên môi trường biển họp phiên thứ 5.",
     [("Ban Chỉ đạo Nhà nước về điều tra cơ bản tài nguyên môi trường biển",
       "Ban Chỉ đạo điều tra cơ bản tài nguyên môi trường biển", "government", None, None)]),
    ("Sáng 3/7, Ban Chỉ đạo điều hành giá đã họp.",
     [("Ban Chỉ đạo điều hành giá", "Ban Chỉ đạo điều hành giá", "government", None, None)]),
    # a list of sectors after "các bộ:" / "các Sở": one body per sector, abbreviations written out
    ("Đại diện các bộ: Tư pháp, Nội vụ và Y tế cho biết đã nhận 20 kiến nghị.",
     [("Tư pháp", "Bộ Tư pháp", "government", "trung_uong", None),
      ("Nội vụ", "Bộ Nội vụ", "government", "trung_uong", None),
      ("Y tế", "Bộ Y tế", "government", "trung_uong", None)]),
    ("UBND tỉnh giao các Sở KH-ĐT, Xây dựng, TN-MT rà soát 15 dự án.",
     [("UBND tỉnh", "Ủy ban nhân dân", "government", "tinh", None),
      ("Sở KH-ĐT", "Sở Kế hoạch và Đầu tư", "government", "tinh", None),
      ("Xây dựng", "Sở Xây dựng", "government", "tinh", None),
      ("TN-MT", "Sở Tài nguyên và Môi trường", "government", "tinh", None)]),
    # a department named with its parent is the parent (guideline); a police department is the force
    ("Đại tá Nguyễn Văn Hải, Cục trưởng Cục Kinh tế, Bộ Quốc phòng trao 50 suất quà.",
     [("Bộ Quốc phòng", "Bộ Quốc phòng", "military", "trung_uong", None)]),
    ("Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội cho biết có 3 dự án luật.",
     [("Quốc hội", "Quốc hội", "government", "trung_uong", None)]),
    ("Phòng CSGT tỉnh Điện Biên đã xử phạt 200 trường hợp.",
     [("Phòng CSGT tỉnh Điện Biên", "Công an", "government", "tinh", "Điện Biên")]),
    # more kinds of bodies by their head word (Liên đoàn, Tổng hội, Phòng, Hội đồng), level and place removed
    ("Liên đoàn Luật sư Việt Nam cử 30 luật sư trợ giúp pháp lý.",
     [("Liên đoàn Luật sư Việt Nam", "Liên đoàn Luật sư", "mass_organisation", "trung_uong", None)]),
    ("Tổng hội Y học Việt Nam đề nghị cho bác sĩ được tại ngoại.",
     [("Tổng hội Y học Việt Nam", "Tổng hội Y học", "mass_organisation", "trung_uong", None)]),
    ("Ông Lê Văn Nam, Trưởng Phòng Tài chính - Kế hoạch huyện Quế Sơn, cho biết huyện chi 5 tỷ đồng.",
     [("Phòng Tài chính - Kế hoạch huyện Quế Sơn", "Phòng Tài chính - Kế hoạch", "government", "huyen",
       "Quế Sơn")]),
    ("Phòng Quản lý đô thị quận Sơn Trà cấp 40 giấy phép.",
     [("Phòng Quản lý đô thị quận Sơn Trà", "Phòng Quản lý đô thị", "government", "huyen", "Sơn Trà")]),
    ("Hội đồng Chức danh Giáo sư Nhà nước công nhận 1.000 bài báo.",
     [("Hội đồng Chức danh Giáo sư", "Hội đồng Chức danh Giáo sư", "government", None, None)]),
    ("Cục Hàng không Việt Nam cho phép 1 máy bay chở đề thi.",
     [("Cục Hàng không Việt Nam", "Cục Hàng không", "government", "trung_uong", None)]),
    ("Trong đó Bộ Giao thông - Vận tải nắm giữ 95,4% vốn.",
     [("Bộ Giao thông - Vận tải", "Bộ Giao thông vận tải", "government", "trung_uong", None)]),
    ("Chủ tịch Hiệp hội BĐS TP.HCM cho biết có 124 dự án.",
     [("Hiệp hội BĐS TP.HCM", "Hiệp hội Bất động sản", "mass_organisation", None, "TP Hồ Chí Minh")]),
    ("Hiệp hội Du lịch đồng bằng sông Cửu Long công nhận 10 điểm du lịch.",
     [("Hiệp hội Du lịch", "Hiệp hội Du lịch", "mass_organisation", None, None)]),
    ("Văn bản gửi Hiệp hội Du lịch Đà Nẵng Theo ông Tuấn, có 5 dự án.",
     [("Hiệp hội Du lịch", "Hiệp hội Du lịch", "mass_organisation", None, None)]),
    # a department's sector written in lower case: capitalised in the name, the region after it removed
    ("Tổng cục du lịch và 12 doanh nghiệp ký cam kết.",
     [("Tổng cục du lịch", "Tổng cục Du lịch", "government", None, None)]),
    ("Giám đốc Cảng vụ hàng không miền Nam cho biết có 2 ngôi mộ.",
     [("Cảng vụ hàng không", "Cảng vụ Hàng không", "government", None, None)]),
    # "Phòng" and "Hội đồng" name a public body only with a level, a place or a national word after them:
    # not a company's or a hospital's office, an ad hoc jury, nor a person named Phòng
    ("Ông Lộc, Trưởng Phòng Kế hoạch - Điều độ Công ty TNHH Cảng Vũng Rô, cho biết có 3 tàu.", []),
    ("Bộ phim do con trai là Phòng Tổ Danh thực hiện với 20 diễn viên.", []),
    ("Phòng Nội vụ huyện Ứng Hòa đã kỷ luật 2 giáo viên.",
     [("Phòng Nội vụ huyện Ứng Hòa", "Phòng Nội vụ", "government", "huyen", "Ứng Hòa")]),
    ("Hội đồng Doanh nhân nữ Việt Nam đã tổ chức 2 buổi gặp gỡ.",
     [("Hội đồng Doanh nhân nữ Việt Nam", "Hội đồng Doanh nhân nữ", "government", "trung_uong", None)]),
    # foreign and international federations and councils; sports federations are out of scope
    ("Thủ tướng hoan nghênh Liên đoàn Kinh tế Nhật Bản - Keidanren với 30 doanh nghiệp.", []),
    ("Qatar bị cô lập tại Hội đồng Hợp tác vùng Vịnh (GCC) và Liên đoàn Arab (AL) sau 2 tuần.", []),
    ("Tổng Thư ký Liên đoàn Bắn súng Việt Nam cho biết đội có 12 vận động viên.", []),
    # numbered military units: the type without its number (guideline)
    ("Năm 1997, ông công tác tại Quân đoàn 4 và Binh đoàn 15.",
     [("Quân đoàn 4", "Quân đoàn", "military", None, None), ("Binh đoàn 15", "Binh đoàn", "military", None, None)]),
    ("Đoàn Kinh tế quốc phòng 799 (Quân khu 1) trồng 100 ha rừng.",
     [("Đoàn Kinh tế quốc phòng 799", "Đoàn Kinh tế quốc phòng", "military", None, None),
      ("Quân khu 1", "Quân khu", "military", "quan_khu", None)]),
    # a level glued to an abbreviation; a party committee in lower case inside a title
    ("Phó Chủ tịch UBNDTP nhấn mạnh 3 yêu cầu.", [("UBNDTP", "Ủy ban nhân dân", "government", "tinh", None)]),
    ("Bí thư huyện ủy A Lưới có 7 người thân giữ chức vụ.", [("huyện ủy", "Huyện ủy", "party", "huyen", None)]),
    # the social insurance body written in full inside a sentence; the benefit is no mention
    ("Bộ Y tế và Bảo hiểm xã hội thực hiện đấu thầu 100 loại thuốc.",
     [("Bộ Y tế", "Bộ Y tế", "government", "trung_uong", None),
      ("Bảo hiểm xã hội", "Bảo hiểm xã hội", "government", None, None)]),
    ("Người lao động được hưởng chế độ Bảo hiểm xã hội sau 20 năm đóng.", []),
    # a newspaper named after a body; foreign and international bodies
    ("Tọa đàm do báo Quân đội nhân dân tổ chức có 200 đại biểu.", []),
    ("Người phát ngôn Bộ Thống nhất Hàn Quốc. Thời gian ông bị cách chức là 3 tháng.", []),
    ("Hội đồng Bảo an Liên Hợp Quốc ra 2 nghị quyết.", []),
    # bodies that no longer exist are not annotated, nor is a shorter name made of their words
    ("Năm 1995, ông chuyển sang Sở Khoa học, Công nghệ và Môi trường và Hội đồng Bộ trưởng.", []),
    # a head word inside a province's name ("Hải Phòng") after a comma starts no name; a title does not hide one
    ("Các đội Long An, Hải Phòng Than và Cần Thơ đá 3 trận.", []),
    # a foreign communist party's central committee
    ("Chủ tịch nước tiếp ông Vưu Quyền, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, và 20 đại biểu.", []),
    # bodies the guidelines name, listed: the chamber of commerce and the cooperative alliance
    ("Phòng Thương mại và Công nghiệp Việt Nam (VCCI) đề xuất tăng 5%.",
     [("Phòng Thương mại và Công nghiệp Việt Nam", "Phòng Thương mại và Công nghiệp", "mass_organisation",
       "trung_uong", None),
      ("VCCI", "Phòng Thương mại và Công nghiệp", "mass_organisation", "trung_uong", None)]),
    ("Ông Võ Kim Cự chuyển lên Liên minh Hợp tác xã Việt Nam năm 2016.",
     [("Liên minh Hợp tác xã Việt Nam", "Liên minh Hợp tác xã Việt Nam", "mass_organisation", "trung_uong",
       None)]),
])
def test_general_news_bodies(text, expected):
    assert org_records(text) == expected


def test_the_rules_do_not_depend_on_the_string_hash_seed():
    """The silver labels of scripts/train_org_ner.py, and so its weights, changed with PYTHONHASHSEED
    while an alternation of surnames was ungrouped: the same text now gives the same names under any seed."""
    import os
    import subprocess
    import sys

    code = ("from extract.orgs import find_orgs; "
            "print([(o.name, o.canonical) for o in find_orgs('Người phát ngôn Bộ Thống nhất Hàn Quốc. "
            "Phó Tổng cục trưởng Tổng cục TDTT Trần Văn Bình và Cục Hải quan Lê Văn Nam.')])")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("0", "1", "123")}
    assert len(outputs) == 1


@pytest.mark.parametrize("written,canonical", [
    ("Trung tâm Khuyến nông tỉnh Quảng Trị", "Trung tâm Khuyến nông"),
    ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Hội đồng NVQS huyện Can Lộc", "Hội đồng Nghĩa vụ quân sự"),
    ("Trung tâm Quan trắc môi trường Việt Nam", "Trung tâm Quan trắc môi trường"),
    # the name GUIDELINES.md lists (split test3 decisions): sector in lower case
    ("Trung tâm Dự báo Khí tượng Thủy văn Trung ương", "Trung tâm Dự báo khí tượng thủy văn"),
    ("Chi cục Kiểm lâm tỉnh Lâm Đồng", "Chi cục Kiểm lâm"),
    ("Cục Hải quan Quảng Ninh", "Cục Hải quan"),
    ("Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý Khu kinh tế"),
    ("Hội Văn học nghệ thuật Lâm Đồng", "Hội Văn học nghệ thuật"),
    ("Trung tâm Phối hợp Tìm kiếm cứu nạn Hàng hải khu vực II", "Trung tâm Phối hợp Tìm kiếm cứu nạn Hàng hải"),
    ("Lữ đoàn 950", "Lữ đoàn"),
    ("Trung tâm", None),
])
def test_names_outside_the_lists_are_normalised(written, canonical):
    assert org_model.normalise(written) == canonical


def test_the_recogniser_reads_only_sentences_with_a_head_word():
    text = "Hôm qua trời mưa to. Trung tâm Khuyến nông tỉnh tập huấn cho 200 nông dân.\nNgười dân vui mừng."
    assert [text[a:b] for a, b in org_model.sentences(text)] == [
        "Trung tâm Khuyến nông tỉnh tập huấn cho 200 nông dân."]


@pytest.mark.skipif(org_model.model() is None, reason="no trained weights in extract/models/orgs")
def test_the_recogniser_never_overrides_a_rule_span_and_drops_foreign_bodies():
    text = ("Trung tâm Khuyến nông tỉnh Quảng Trị tập huấn cho 200 nông dân. "
            "Bộ Quốc phòng Nhật Bản tặng 10 tấn hàng. Hội Truyền máu quốc tế hỗ trợ.")
    rule_span = (0, len("Trung tâm Khuyến nông"))
    found = org_model.find(text, [rule_span])
    assert all(not (o.start < rule_span[1] and rule_span[0] < o.end) for o in found)
    assert not [o for o in found if "Nhật" in o.name or "quốc tế" in o.name]
    assert all(o.canonical == org_model.normalise(o.name) for o in found)


def test_weights_ship_only_when_the_recogniser_is_on_and_then_small():
    """Off, the package carries no weights (scripts/train_org_ner.py regenerates them); on, they are
    small. Without weights the recogniser adds nothing and extraction still runs."""
    shipped = (org_model.MODEL_DIR / "config.cfg").exists()
    if not org_model.ENABLED:
        assert not shipped
        assert org_model.find("Trung tâm Khuyến nông tỉnh tập huấn.", []) == []
        # the rules alone name it: "Trung tâm" is a head word when a level or place follows
        assert org_records("Trung tâm Khuyến nông tỉnh tập huấn.") == [
            ("Trung tâm Khuyến nông tỉnh", "Trung tâm Khuyến nông", "government", "tinh", None)]
        return
    assert shipped
    size = sum(p.stat().st_size for p in org_model.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30_000_000


# ---------------------------------------------------------------- places

@pytest.mark.parametrize("text,expected", [
    ("Chị Trần Thị Lan và anh Lê Văn Hùng nhận quà.", []),
    ("Chị Anh Thư, hội viên xã Phú Lộc, nhận 2 con bò.", [("xã Phú Lộc", "Phú Lộc", "commune")]),
    ("Anh Ba ở xã An Phú cho biết.", [("xã An Phú", "An Phú", "commune")]),
    ("Lực lượng Hải quân Anh đã rời cảng.", [("Anh", "Anh", "foreign")]),
    ("Đoàn hỗ trợ tỉnh Kampot và Takeo, Vương quốc Campuchia 200 tấn gạo.",
     [("tỉnh Kampot", "Kampot", "foreign"), ("Takeo", "Takeo", "foreign"), ("Campuchia", "Campuchia", "foreign")]),
    ("Tỉnh Kampot có 20 xã.", []),  # no country named: not taken as a place at all
])
def test_titles_and_foreign_provinces(text, expected):
    assert places(text) == expected


def test_every_regex_form_opens_with_a_capital_or_ban():
    """extract.orgs matches the regex forms behind a lookahead for a capital, "b" or (org27, the
    lower-case "cơ quan hải quan") "h" (speed): a form opening otherwise would silently never match."""
    from extract.places import UPPER
    from extract.resources import load

    sources = [r for org in load("organizations")["org"] for r in org.get("regex", [])]
    assert sources
    for source in sources:
        first = source.removeprefix("(?:")[:1]
        assert first in UPPER or source.startswith("[Bb]") or first == "h", source
