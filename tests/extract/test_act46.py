"""act46: the story prior counts only when the story's activity is clear. A story whose dominant
activity leads the runner-up by less than DOMINANT_MARGIN of cue weight (one or two cue words) lends
no activity of ours to the close calls of its figures: `khac` gets UNCLEAR_PRIOR instead, so a stray
cue word can no longer tip every weakly cued figure of the story. A clear lead still tips them, and
general news still lends GENERAL_PRIOR to `khac`. Sentences of our own, not from the gold articles."""
from collections import Counter

from article_case import figs, figs_both
from extract import activity as am


def test_a_clear_lead_lends_the_story_activity():
    assert am.story_prior(Counter({"sinh_ke": 24.5, "tuyen_truyen": 1.0, "xay_dung_to_chuc": 0.5})) == \
        ("sinh_ke", am.DOCUMENT_PRIOR)


def test_a_story_of_one_activity_alone_has_no_rival():
    # a short story whose only cues name one activity: its lead is its whole weight
    assert am.story_prior(Counter({"viec_lam": 1.5})) == ("viec_lam", am.DOCUMENT_PRIOR)


def test_a_thin_lead_lends_khac_the_unclear_prior():
    assert am.story_prior(Counter({"sinh_ke": 2.0, "tuyen_truyen": 1.0, "xay_dung_to_chuc": 0.5})) == \
        ("khac", am.UNCLEAR_PRIOR)
    # a tie is no lead at all
    assert am.story_prior(Counter({"quyen_gop": 8.0, "tham_hoi_tang_qua": 8.0})) == ("khac", am.UNCLEAR_PRIOR)


def test_general_news_keeps_the_general_prior():
    assert am.story_prior(Counter({"khac": 6.0, "y_te": 1.0})) == ("khac", am.GENERAL_PRIOR)
    # too few cues of ours for a dominant activity: general news too
    assert am.story_prior(Counter({"y_te": 1.0})) == ("khac", am.GENERAL_PRIOR)
    assert am.story_prior(Counter()) == ("khac", am.GENERAL_PRIOR)


def test_a_weakly_cued_figure_of_an_unclear_story_is_khac():
    # livelihood (2.0) barely leads propaganda (1.0): the stage's plot is no livelihood
    rules, combined = figs_both("Xã tổ chức ngày hội cuối năm",
                                "Đoàn thanh niên tuyên truyền pháp luật cho bà con. Hội nông dân giúp hội viên "
                                "phát triển kinh tế. Sân khấu chính dựng trên khu đất rộng 300 m2 cạnh các hợp "
                                "tác xã trong vùng.")
    assert rules == combined == [("300 m2", 300.0, "m2", "khac")]


def test_a_hall_of_an_unclear_story_is_khac(rules_only):
    # propaganda (2.6) barely leads visits (1.0): a hall's seats are counted for no programme
    # (the rules alone: the classifier still reads the hall's seats as propaganda)
    assert figs("Phường tổng kết công tác năm",
                "Đoàn thanh niên tuyên truyền an toàn giao thông cho học sinh. Hội chữ thập đỏ thăm hỏi người "
                "già neo đơn. Hội trường phường có sức chứa 200 chỗ ngồi, nơi các buổi tuyên truyền thường "
                "diễn ra.") == [("200 chỗ ngồi", 200.0, "chỗ ngồi", "khac")]


def test_a_figures_own_cue_still_decides_in_an_unclear_story():
    # the thin lead takes only the story's tip away: a figure's own cue still names its activity
    rules, combined = figs_both("Xã tổ chức ngày hội cuối năm",
                                "Đoàn thanh niên tuyên truyền pháp luật cho bà con. Hội nông dân giúp hội viên "
                                "phát triển kinh tế. Ban tổ chức cũng tuyên truyền, giới thiệu với du khách "
                                "các món ăn và 40 loại nông sản của địa phương.")
    assert rules == combined == [("40 loại nông sản", 40.0, "nông sản", "tuyen_truyen")]
