"""Exact records for classes of activity errors seen on the tuning splits (round 21, act21, grouped
across dev12, test5 and test8), fixed as classes in extract/data/activities.toml. Every sentence here
is written for the test; the rules alone are under test (the learned classifier off)."""
from __future__ import annotations

import pytest

from article_case import figs


pytestmark = pytest.mark.usefixtures("rules_only")


# ---------------------------------------------------------------- show business: contestants are no exam

def test_the_contestants_of_a_model_show_are_showbiz():
    # version 21 (rules): tuyen_truyen ("thí sinh" counted, and voting as a school exam's)
    assert figs("Người mẫu trẻ tranh tài trên sàn catwalk",
                "Tập 3 của chương trình truyền hình thực tế về người mẫu đưa 10 thí sinh đến với thử thách "
                "catwalk dưới mưa. Cuối tập, huấn luyện viên phải loại 2 thí sinh.") == [
        ("10 thí sinh", 10, "thí sinh", "khac"),
        ("2 thí sinh", 2, "thí sinh", "khac"),
    ]


def test_the_contestants_of_a_kids_idol_show_are_showbiz():
    # version 21 (rules): tuyen_truyen
    assert figs("Giọng ca nhí gây sốt tại Idol nhí",
                "Tối qua, sáu thí sinh của Idol nhí bước vào vòng nhà hát. Ban tổ chức của idol nhí chỉ giữ lại ba thí sinh.") == [
        ("sáu thí sinh", 6, "thí sinh", "khac"),
        ("ba thí sinh", 3, "thí sinh", "khac"),
    ]


def test_the_singers_of_a_choir_festival_are_no_exam():
    # version 21 (rules): tuyen_truyen ("thí sinh dự thi" at a festival's choir contest)
    assert figs("Khai mạc festival văn hóa biển",
                "Tối 5/7, festival văn hóa biển khai mạc với sự tham gia của khoảng 600 thí sinh dự thi hợp xướng "
                "đến từ nhiều nước.") == [
        ("khoảng 600 thí sinh", 600, "thí sinh", "khac"),
    ]


def test_one_mention_of_a_model_does_not_make_an_exam_showbiz():
    # guard: a school exam that names a model once (below the markers needed) stays education
    assert ("hơn 8.000 thí sinh", 8000, "thí sinh", "tuyen_truyen") in figs(
        "Thi vào lớp 10 diễn ra nghiêm túc",
        "Năm nay thành phố có hơn 8.000 thí sinh dự thi vào lớp 10. Một người mẫu từng học ở trường đến cổ vũ các em.")


def test_a_teachers_talent_contest_stays_education():
    # guard: a contest of teachers has contestants and rounds but no show markers: still education
    assert ("12 thí sinh", 12, "thí sinh", "tuyen_truyen") in figs(
        "Hội thi giáo viên dạy giỏi cấp tỉnh",
        "Hội thi giáo viên dạy giỏi năm nay có 12 thí sinh vào vòng chung kết với phần thi tài năng và ứng xử.")


# ---------------------------------------------------------------- war invalids' benefits in a fraud story

def test_allowances_stopped_after_a_fraud_are_benefits():
    # version 21 (rules): khac (the investigation's words outvoted "trợ cấp")
    got = figs("Phát hiện sai phạm trong chi trả chế độ",
               "Qua thanh tra, cơ quan chức năng đã khởi tố vụ án và điều tra làm rõ, kiến nghị đình chỉ trợ cấp "
               "đối với 312 người khai man để hưởng lợi.")
    assert ("312 người", 312, "người", "chinh_sach") in got


def test_fake_war_invalid_files_are_benefits():
    # version 21 (rules): khac
    got = figs("Người dân tố cáo sai phạm ở xã",
               "Hai cụ ông đã giúp cơ quan điều tra phát hiện hơn 400 bộ hồ sơ thương binh giả tại huyện.")
    assert ("hơn 400 bộ hồ sơ", 400, "hồ sơ", "chinh_sach") in got


def test_a_fraud_without_benefits_stays_general_news():
    # guard: a fraud with no benefit of ours named stays khac
    got = figs("Khởi tố nhóm lừa đảo bán đất",
               "Cơ quan điều tra đã khởi tố 5 bị can lừa đảo, chiếm đoạt hơn 20 tỉ đồng của người mua đất.")
    assert all(a == "khac" for *_, a in got) and got
