"""learn8: distributional word clusters as features of the learned activity classifier
(scripts/train_word_clusters.py writes the word -> cluster map, extract.learned.cluster_features
reads it, scripts/train_models.py --cv --clusters compares the feature sets); exact records on
invented clauses and an invented cluster map."""
from __future__ import annotations

import json

import numpy as np
import pytest

from extract import learned

# an invented map in the format train_word_clusters writes: "hỗ trợ", "ủng hộ" and "trao tặng" share
# the pair cluster 1 (coarse 0), the counted noun "suất quà" has its own (2, coarse 1)
CLUSTERS = {"meta": {}, "syllable_coarse": [0, 0, 1, 1, 2, 2, 3, 3, 4], "pair_coarse": [0, 0, 1, 1, 2],
            "syllables": {"trao": 3, "tặng": 3, "hỗ": 5, "trợ": 5, "hộ": 7, "nghèo": 8, "cho": 0},
            "pairs": {"hỗ_trợ": 1, "ủng_hộ": 1, "trao_tặng": 1, "suất_quà": 2, "hộ_nghèo": 4}}


@pytest.fixture
def clustered(tmp_path, monkeypatch):
    path = tmp_path / "clusters.json"
    path.write_text(json.dumps(CLUSTERS, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(learned, "CLUSTER_FILE", path)
    return path


def _figure(text: str, number: str, unit: str, title: str = "") -> list[str]:
    start = text.index(number)
    return learned.features(text, (0, len(text)), (0, len(text)), start, start + len(number), unit, title)


def _clusters(feats: list[str]) -> list[str]:
    return [f for f in feats if f.partition("=")[0] in learned.CLUSTER_FAMILIES]


def test_cluster_features_of_the_words_around_the_figure(clustered):
    feats = _figure("Đoàn trao tặng 50 suất quà cho hộ nghèo.", "50", "suất quà")
    assert _clusters(feats) == [
        "uc=2", "uc=C1",
        "nc=3", "nc=C1", "nc=3", "nc=C1", "npc=1", "npc=C0",
        "ac=0", "ac=C0", "ac=7", "ac=C3", "ac=8", "ac=C4",
        "apc=2", "apc=C1", "apc=4", "apc=C2"]
    # the word identities come first, unchanged
    assert feats[:6] == ["u=suất_quà", "n=đoàn", "n=trao", "n=tặng", "nn=đoàn_trao", "nn=trao_tặng"]


def test_an_unseen_synonym_shares_the_cue_cluster(clustered):
    """"ủng hộ" never seen in training still carries the cluster of "hỗ trợ"."""
    seen = _clusters(_figure("Công ty hỗ trợ 20 triệu đồng.", "20", "triệu đồng"))
    unseen = _clusters(_figure("Công ty ủng hộ 20 triệu đồng.", "20", "triệu đồng"))
    assert [f for f in seen if f.startswith("npc=")] == [f for f in unseen if f.startswith("npc=")] == ["npc=1", "npc=C0"]
    # a syllable with no cluster (ủng) adds nothing; "hộ" has its own
    assert [f for f in unseen if f.startswith("nc=")] == ["nc=7", "nc=C3"]
    assert [f for f in seen if f.startswith("nc=")] == ["nc=5", "nc=C2", "nc=5", "nc=C2"]


def test_a_one_syllable_unit_and_the_far_clause(clustered):
    feats = _figure("Hội hỗ trợ xây nhà và thăm hỏi, tặng 12 hộ.", "12", "hộ")
    assert [f for f in _clusters(feats) if f[:2] in ("uc", "bc", "bp")] == [
        "uc=7", "uc=C3", "bc=5", "bc=C2", "bc=5", "bc=C2", "bpc=1", "bpc=C0"]


def test_without_a_cluster_map_the_features_are_the_words_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "CLUSTER_FILE", tmp_path / "none.json")
    feats = _figure("Đoàn trao tặng 50 suất quà cho hộ nghèo.", "50", "suất quà", "Trao quà")
    assert _clusters(feats) == []
    assert feats == ["u=suất_quà", "n=đoàn", "n=trao", "n=tặng", "nn=đoàn_trao", "nn=trao_tặng",
                     "a=suất", "a=quà", "a=cho", "a=hộ", "a=nghèo",
                     "aa=suất_quà", "aa=quà_cho", "aa=cho_hộ", "aa=hộ_nghèo", "t=trao", "t=quà"]


def test_the_shipped_model_reads_no_cluster_map():
    """learn8's cross-validation did not clear the bar to ship (extract/learned.py): the package has
    no clusters.json and the shipped model no cluster feature."""
    assert not (learned.MODEL_DIR / "clusters.json").exists()
    loaded = learned.model()
    assert loaded is not None
    assert not [f for f in loaded[1] if f.partition("=")[0] in learned.CLUSTER_FAMILIES]


def test_pair_stream_and_kmeans_are_exact(twc):
    assert twc.pair_stream([["trao", "tặng", "quà"], ["hỗ", "trợ"]]) == [["trao_tặng", "tặng_quà"], ["hỗ_trợ"]]
    # two tight groups of unit vectors: the same two clusters (and bytes) on every run
    x = np.array([[1.0, 0.0], [0.99, 0.14], [0.0, 1.0], [0.1, 0.99]])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    first, centres = twc.kmeans(x, 2, 7)
    again, centres2 = twc.kmeans(x, 2, 7)
    assert first.tolist() == again.tolist() and centres.tobytes() == centres2.tobytes()
    assert first[0] == first[1] != first[2] == first[3]


def test_the_cluster_table_compares_the_feature_sets_in_one_run(tm, monkeypatch):
    """--cv --clusters: each variant keeps its cluster families; the shipped one none."""
    monkeypatch.setattr(tm, "TUNING", ("a", "b"))
    monkeypatch.setattr(tm, "LEAST", ("b",))
    monkeypatch.setattr(tm, "MIN_COUNT", 1)

    def row(feats, gold, votes):
        return {"features": feats, "votes": votes, "gold": gold}

    # "ủng hộ" (pair cluster 1, like "hỗ trợ") is a fund drive the rules miss in split b
    gold = {"a": [row(["n=hỗ", "nn=hỗ_trợ", "npc=1"], "quyen_gop", {"quyen_gop": 1.0}),
                  row(["n=đấu", "nn=đấu_giá", "npc=9"], "khac", {})] * 3,
            "b": [row(["n=ủng", "nn=ủng_hộ", "npc=1"], "quyen_gop", {}),
                  row(["n=đấu", "nn=đấu_giá", "npc=9"], "khac", {})] * 3}
    table = tm.cluster_table(gold, ["khac", "quyen_gop"]).splitlines()
    assert table[0].split() == ["held", "split", "n", "rules", "shipped", "w=1", "shipped", "w=2",
                                "+clusters", "w=1", "+clusters", "w=2", "+pairs", "w=1", "+pairs", "w=2"]
    # on b the rules get the three khac; the words alone add nothing, the cluster all three fund drives
    assert table[1].split() == ["b", "6", "3", "3", "3", "6", "6", "6", "6"]
    assert table[-1].split() == ["pooled", "12", "9", "9", "9", "12", "12", "12", "12"]
