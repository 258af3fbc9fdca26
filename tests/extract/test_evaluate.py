"""The scorer itself: matching, normalisation and micro-averaging on tiny hand-made cases."""
from __future__ import annotations

import json
import math
import unicodedata

import pytest

from extract import evaluate as ev


def fig(value, unit, *, value_max=None, qualifier="exact", activity="khac", text=""):
    return {"text": text, "value": value, "value_max": value_max, "unit": unit,
            "qualifier": qualifier, "activity": activity}


@pytest.mark.parametrize("raw, expected", [
    ("VNĐ", "đồng"), ("vnd", "đồng"), ("đ", "đồng"), ("Đồng", "đồng"), ("VND", "đồng"),
    ("Hội viên", "hội viên"), ("  suất   quà ", "suất quà"), ("%", "%"), ("USD", "usd"),
    (unicodedata.normalize("NFD", "người"), "người"), (unicodedata.normalize("NFD", "đồng"), "đồng"),
    (None, ""),
], ids=lambda x: repr(x))
def test_normalize_unit(raw, expected):
    assert ev.normalize_unit(raw) == expected


def test_match_figures_counts_known_precision_recall():
    gold = [fig(5, "hộ"), fig(10, "người"), fig(1_500_000_000, "đồng")]
    pred = [fig(5, "hộ"), fig(10, "Người"), fig(7, "lượt"), fig(5, "hộ")]
    m = ev.match_figures(gold, pred)
    c = m.counts
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)
    s = c.scores()
    assert s["precision"] == pytest.approx(0.5)
    assert s["recall"] == pytest.approx(2 / 3)
    assert s["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert [f["value"] for f in m.missed] == [1_500_000_000]
    assert sorted(f["value"] for f in m.spurious) == [5, 7]


def test_money_spellings_match_and_value_tolerance_is_relative():
    gold = [fig(1_500_000_000, "đồng"), fig(931_400_000, "đồng")]
    pred = [fig(1_500_000_000.4, "VNĐ"), fig(931_400_000 * (1 + 2e-6), "đ")]
    m = ev.match_figures(gold, pred)
    assert len(m.pairs) == 1  # 0.4 is within 1e-6 relative, 2e-6 relative is not
    assert m.pairs[0][0]["value"] == 1_500_000_000


def test_range_needs_value_max():
    gold = [fig(5, "người", value_max=7, qualifier="range")]
    assert ev.match_figures(gold, [fig(5, "người")]).counts.tp == 0
    assert ev.match_figures(gold, [fig(5, "người", value_max=7.0)]).counts.tp == 1


def test_unit_must_match_after_normalisation():
    gold = [fig(37, "buổi")]
    assert ev.match_figures(gold, [fig(37, "buổi tuyên truyền")]).counts.tp == 0
    assert ev.match_figures(gold, [fig(37, "Buổi")]).counts.tp == 1


def test_equal_candidates_prefer_the_right_activity():
    gold = [fig(100, "hộ", activity="nha_o")]
    pred = [fig(100, "hộ", activity="khac"), fig(100, "hộ", activity="nha_o")]
    m = ev.match_figures(gold, pred)
    assert m.pairs[0][1]["activity"] == "nha_o"
    assert [p["activity"] for p in m.spurious] == ["khac"]


def test_match_accepts_dataclass_predictions():
    from extract.records import Figure
    f = Figure(value=45, value_max=None, unit="đơn vị máu", qualifier="exact", activity="hien_mau",
               organizations=[], year=None, place=None, sentence="", start=0, end=0)
    assert ev.match_figures([fig(45, "đơn vị máu")], [f]).counts.tp == 1


def test_match_sets():
    c, missed, spurious = ev.match_sets(["Hội Cựu chiến binh", "Công đoàn"], ["Công đoàn", "Bộ Công an"])
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert missed == {"Hội Cựu chiến binh"} and spurious == {"Bộ Công an"}


def test_score_micro_averages_over_documents():
    d1 = ev.GoldDoc("a", "dev", "", "", [fig(1, "hộ", activity="nha_o"), fig(2, "hộ")], ["Công đoàn"])
    d2 = ev.GoldDoc("b", "dev", "", "", [fig(3, "người", qualifier="over", activity="y_te"),
                                         fig(4, "người", activity="y_te")], ["Hội Nông dân", "Tỉnh ủy"])
    preds = {
        "a": ev.Prediction([fig(1, "hộ", activity="nha_o")], {"Công đoàn"}),
        "b": ev.Prediction([fig(3, "người", qualifier="exact", activity="y_te"),
                            fig(4, "người", activity="khac"), fig(9, "tấn"), fig(8, "ha")],
                           {"Hội Nông dân", "Huyện ủy"}),
    }
    s = ev.score([d1, d2], lambda d: preds[d.id])
    assert (s["figures"]["tp"], s["figures"]["fp"], s["figures"]["fn"]) == (3, 2, 1)
    assert s["figures"]["precision"] == pytest.approx(3 / 5)
    assert s["figures"]["recall"] == pytest.approx(3 / 4)
    assert s["activity_accuracy"] == pytest.approx(2 / 3)
    assert s["qualifier_accuracy"] == pytest.approx(2 / 3)
    o = s["organizations"]
    assert (o["tp"], o["fp"], o["fn"]) == (2, 1, 1)
    assert o["f1"] == pytest.approx(2 / 3)
    assert s["documents"][1]["orgs_missed"] == ["Tỉnh ủy"]


def test_empty_scores_are_zero_not_errors():
    s = ev.Counts().scores()
    assert s["precision"] == s["recall"] == s["f1"] == 0.0


def test_regex_baseline_takes_number_and_next_word():
    got = ev.regex_figures("trao 1.020 suất quà, 931,4 triệu đồng, đạt 150% và 1.020 suất nữa")
    assert [(f["value"], f["unit"]) for f in got] == [(1020, "suất"), (931.4, "triệu"), (150, "%")]


def test_ner_baseline_groups_org_spans(monkeypatch):
    import underthesea
    tagged = [("Hội", "N", "B-NP", "B-ORG"), ("Cựu chiến binh", "N", "I-NP", "I-ORG"),
              ("tỉnh", "N", "B-NP", "O"), ("và", "C", "O", "O"), ("UBND", "Ny", "B-NP", "B-ORG"),
              ("Sở", "N", "B-NP", "B-ORG"), ("Y tế", "N", "I-NP", "I-ORG")]
    monkeypatch.setattr(underthesea, "sent_tokenize", lambda text: [text])
    monkeypatch.setattr(underthesea, "ner", lambda sentence: tagged)
    assert ev.ner_organizations("x") == {"Hội Cựu chiến binh", "UBND", "Sở Y tế"}


def _perfect_system(monkeypatch, drop_orgs=False):
    def run(doc):
        return ev.Prediction([dict(f) for f in doc.figures], set() if drop_orgs else set(doc.organizations))
    monkeypatch.setattr(ev, "_pipeline_system", lambda rules_only=False: (run, None))
    # a stand-in system has no learned component to switch off: no "rules only" row
    monkeypatch.setattr(ev, "_learned_active", lambda: False)


def test_evaluate_perfect_system_on_real_gold(monkeypatch):
    _perfect_system(monkeypatch)
    r = ev.evaluate("dev")
    assert r["documents"] == 6 and r["baselines"] == {}
    p = r["pipeline"]
    assert p["figures"]["f1"] == 1.0 and p["figures"]["tp"] == r["gold_figures"]
    assert p["activity_accuracy"] == 1.0 and p["qualifier_accuracy"] == 1.0
    assert p["organizations"]["f1"] == 1.0


def test_evaluate_system_without_orgs(monkeypatch):
    _perfect_system(monkeypatch, drop_orgs=True)
    p = ev.evaluate("test")["pipeline"]
    assert p["organizations"]["recall"] == 0.0 and p["figures"]["recall"] == 1.0


def test_evaluate_reports_missing_pipeline(monkeypatch):
    monkeypatch.setattr(ev, "_pipeline_system", lambda rules_only=False: (None, "Chưa có extract.pipeline"))
    monkeypatch.setattr(ev, "_baselines", lambda docs: {"fake": ev.score(docs, lambda d: ev.Prediction([], set()))})
    r = ev.evaluate("dev")
    assert r["pipeline"] is None and r["pipeline_message"] == "Chưa có extract.pipeline"
    assert r["baselines"]["fake"]["figures"]["fn"] == r["gold_figures"]


def test_cli_prints_table(monkeypatch, capsys):
    _perfect_system(monkeypatch)
    assert ev.main(["--split", "dev", "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "== dev: 6 văn bản" in out
    assert "pipeline" in out and " 1.000" in out


def test_dev_and_dev2_splits_are_separate():
    dev, dev2 = ev.load_gold("dev"), ev.load_gold("dev2")
    assert {d.split for d in dev} == {"dev"} and len(dev) == 6
    assert {d.split for d in dev2} == {"dev2"} and len(dev2) == 16
    assert not {d.id for d in dev} & {d.id for d in dev2}


def test_dev3_is_its_own_split_and_part_of_all():
    dev3 = ev.load_gold("dev3")
    assert {d.split for d in dev3} == {"dev3"} and len(dev3) == 21
    others = {d.id for s in ("dev", "dev2", "dev4") for d in ev.load_gold(s)}
    assert not {d.id for d in dev3} & others
    assert {d.id for d in dev3} <= {d.id for d in ev.load_gold("all")}


def test_unknown_split_is_rejected():
    with pytest.raises(ValueError, match="unknown split"):
        ev.load_gold("train")


def test_corpus_split_reads_files(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "bao-cao.txt").write_text("Hội CCB trao 12 nhà.", encoding="utf-8")
    gold = {"id": "c1", "file": "corpus/bao-cao.txt", "title": "Báo cáo",
            "figures": [fig(12, "nhà", activity="nha_o", text="12 nhà")], "organizations": ["Hội Cựu chiến binh"]}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(ev, "ROOT", tmp_path)
    monkeypatch.setattr(ev, "CORPUS_FILE", corpus)
    monkeypatch.setattr(ev, "_ingest_reader", lambda: None)
    docs = ev.load_gold("corpus")
    assert [(d.id, d.split, d.text) for d in docs] == [("c1", "corpus", "Hội CCB trao 12 nhà.")]


def test_corpus_split_without_reader_for_pdf(tmp_path, monkeypatch):
    monkeypatch.setattr(ev, "_ingest_reader", lambda: None)
    with pytest.raises(ValueError, match="no ingest reader"):
        ev.read_corpus_file(tmp_path / "x.pdf")


def test_tolerance_constant_is_relative():
    assert math.isclose(1e9, 1e9 + 999, rel_tol=ev._REL_TOL)
    assert not math.isclose(1e3, 1e3 + 0.01, rel_tol=ev._REL_TOL)


def test_the_regex_baseline_passes_over_a_list_written_without_spaces():
    # "quận 3,4,6,7" crashed the baseline on a held-out split (float('3.4.6.7'))
    assert [(f["value"], f["unit"]) for f in ev.regex_figures("Các quận 3,4,6,7 có 12 trường.")] == [(12.0, "trường")]


def test_kappa_of_known_confusion():
    # 10 figures; observed agreement 0.8; both labellers say "a" 5 times -> chance 0.5
    confusion = {("a", "a"): 4, ("b", "b"): 4, ("a", "b"): 1, ("b", "a"): 1}
    assert ev.kappa(confusion) == pytest.approx((0.8 - 0.5) / (1 - 0.5))
    assert ev.kappa({}) == 0.0
    assert ev.kappa({("a", "a"): 3}) == 1.0


def test_second_annotation_is_scored_against_the_gold(tmp_path, capsys):
    gold = ev.load_gold("dev4")[:2]
    first, second = gold
    changed = [dict(f) for f in first.figures]
    changed[0]["activity"] = "y_te" if changed[0]["activity"] != "y_te" else "khac"
    path = tmp_path / "b.jsonl"
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in (
        {"id": first.id, "figures": changed, "organizations": first.organizations},
        {"id": second.id, "figures": second.figures[1:], "organizations": second.organizations[1:]},
    )), encoding="utf-8")
    result = ev.agreement("dev4", path)
    s = result["pipeline"]
    n_figs = len(first.figures) + len(second.figures)
    assert result["documents"] == 2
    assert (s["figures"]["tp"], s["figures"]["fp"], s["figures"]["fn"]) == (n_figs - 1, 0, 1)
    assert s["activity_accuracy"] == pytest.approx((n_figs - 2) / (n_figs - 1))
    n_orgs = len(first.organizations) + len(second.organizations)
    assert (s["organizations"]["tp"], s["organizations"]["fn"]) == (n_orgs - 1, 1)
    assert ev.main(["--split", "dev4", "--second", str(path)]) == 0
    assert "người gán thứ hai" in capsys.readouterr().out


def test_second_annotation_of_another_split_is_refused(tmp_path, capsys):
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"id": ev.load_gold("dev")[0].id, "figures": [], "organizations": []}),
                    encoding="utf-8")
    assert ev.main(["--split", "dev4", "--second", str(path)]) == 1
    err = capsys.readouterr().err
    assert "b.jsonl" in err and "not in split dev4" in err


def test_two_raw_annotations_are_compared_without_the_gold(tmp_path):
    doc = ev.load_gold("dev4")[0]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": doc.id, "figures": doc.figures[:1], "organizations": ["X"]}), encoding="utf-8")
    b.write_text(json.dumps({"id": doc.id, "figures": doc.figures[:1], "organizations": ["X", "Y"]}), encoding="utf-8")
    s = ev.agreement("dev4", b, a)["pipeline"]
    assert (s["figures"]["tp"], s["figures"]["fp"], s["figures"]["fn"]) == (1, 0, 0)
    assert (s["organizations"]["tp"], s["organizations"]["fp"], s["organizations"]["fn"]) == (1, 1, 0)
