"""Quality gate: the extractor's scores on the tuned dev splits may not fall below floors.

The floors sit a little under the scores measured when the gate was added (in the comments,
`python -m extract.evaluate --split NAME`), so a change that loses a figure or two on a split
fails here and must either be fixed or lower the floor in the same commit, with the reason.
Only the splits the extractor is tuned on are gated (test3 to test7 became tuning splits once
scored); the held-out `test`, `test2` and `test21` splits are never scored in CI (by hand, at the end).
"""
from __future__ import annotations

import pytest

from extract import evaluate as ev

# split -> floors; measured 2026-12-05 with extract.pipeline.VERSION 5 (rules; the learned activity
# classifier of scripts/train_models.py is off: it did not beat the rules in cross-validation):
#   dev   figures P 1.000 R 1.000, activity 0.956, qualifier 1.000, organisations F1 1.000
#   dev2  figures P 0.962 R 0.981, activity 0.894, qualifier 1.000, organisations F1 1.000
#   dev3  figures P 0.984 R 0.979, activity 0.815, qualifier 1.000, organisations F1 0.987
#         (organisations F1 0.994 on 2026-12-06, issue 10: lower-case "lực lượng vũ trang" per the guidelines;
#         activity 0.831 on 2026-12-06, issue 10 third round: wage and benefit cues)
#   dev4  figures P 0.894 R 0.933, activity 0.857, qualifier 1.000, organisations F1 1.000
# measured 2026-12-06 with VERSION 7, when test3 and test4 (each scored once) became tuning splits:
#   test3 figures P 0.957 R 0.920, activity 0.874, qualifier 0.991, organisations F1 0.863, kind 0.916
#   test4 figures P 0.810 R 0.861, activity 0.668, qualifier 1.000, organisations F1 0.885, kind 0.883
# measured 2026-12-06 with VERSION 8 (issue 10, fifth round: the genre prior, cues inside names, figure
# classes of general news; floors raised where the scores rose):
#   dev2  figures P 0.987 R 0.987, activity 0.895
#   dev3  figures P 0.995 R 0.990, activity 0.843
#   dev4  figures P 0.915 R 0.956, activity 0.884
#   test3 figures P 0.980 R 0.953, activity 0.890, qualifier 0.991, kind 0.919
#   test4 figures P 0.926 R 0.955, activity 0.839, qualifier 0.996, kind 0.883
# organisations F1 on 2026-12-06, issue 10 round 5 (kinds of bodies by head word, sector lists, parents,
# levels and places, numbered units, defunct bodies; tuned on test3/test4): test3 0.934, test4 0.954
# kind (result | target) accuracy, measured 2026-12-05 with VERSION 5 (issue 12): dev 0.978,
# dev2 0.993, dev3 0.984, dev4 0.548 (dev4's project descriptions plan without a cue word)
# dev5 (2026-12-06, VERSION 8, annotated this session; the rules were never tuned on it): figures P 0.849
# R 0.886, activity 0.678 rules only (0.921 with the learned classifier, trained on it), qualifier 0.995,
# organisations F1 0.913, kind 0.871. Activity floors sit under the rules-only scores, so a retrain
# of the classifier can never be what holds a floor up. After the figure units of general news
# (fig6, tuned on dev5 among others): figures P 0.956 R 0.961, kind 0.854 (17 more figures matched).
# dev6 (2026-12-06, 30 articles of a wider draw, scored once before use): figures P 0.828 R 0.854,
# activity 0.651 rules only, qualifier 0.988, organisations F1 0.863, kind 0.923. dev5 organisations F1
# 0.961 after org7 (tuned on it).
# test5 (held out until its one scoring at the end of round 5, 2026-12-06, then a tuning split):
# figures P 0.884 R 0.908, activity 0.807 (rules alone 0.807), qualifier 0.988, organisations F1
# 0.915, kind 0.890.
# test6 (held out until its one scoring at the end of round 5, then a tuning split; round 6, VERSION 9,
# 2026-12-06: activity cues and counted nouns of general news, the same-noun list link):
#   test6 figures P 0.856 R 0.889, activity 0.828 rules only (0.694 / 0.668 when first scored; 0.931 with
#   the classifier, now trained on it), qualifier 1.000, organisations F1 0.885, kind 0.884
#   test5 activity 0.845 rules only (0.807 before round 6; 0.812 after its changes made on test6/dev6
#   alone, before test5's errors were read), 0.935 with the classifier trained on it
# dev7 (2026-12-06, 46 articles, the rest of the pool after test7, scored once before anyone tuned on it,
# VERSION 8): figures P 0.849 R 0.872, activity 0.655 rules only (0.668 with the classifier, not trained on
# it), qualifier 0.979, organisations F1 0.910, kind 0.885.
# dev8 (2026-12-06, 60 articles of general news without our organisation kinds, scored once before use,
# VERSION 8): figures P 0.722 R 0.724, activity 0.808 rules only (0.798 with the classifier), qualifier
# 0.986, organisations F1 0.873 (36 names), kind 0.845.
# round 7 (2026-12-06, VERSION 9: org8 names beyond the lists, fig7 units of general news, act7
# activity evidence, the classifier back on at WEIGHT 1 and trained on the twelve tuning splits);
# scores as `python -m extract.evaluate --split NAME`, activity of the rules alone in brackets (the
# floors sit under it; the classifier is trained on these splits), figures P/R, organisations F1, kind:
#   dev    figures 1.000/1.000, activity (0.933), organisations 1.000, kind 0.978
#   dev2   figures 0.987/0.987, activity (0.895), organisations 1.000, kind 0.993
#   dev3   figures 0.995/0.995, activity (0.865), organisations 0.994, kind 0.984
#   dev4   figures 0.935/0.956, activity (0.884), organisations 1.000, kind 0.558
#   dev5   figures 0.961/0.965, activity (0.845), organisations 0.970, kind 0.850
#   dev6   figures 0.932/0.975, activity (0.741), organisations 0.995, kind 0.917
#   dev7   figures 0.893/0.936, activity (0.681), organisations 0.925, kind 0.888
#   dev8   figures 0.815/0.837, activity (0.825), organisations 0.895, kind 0.862
#   test3  figures 0.983/0.967, activity (0.889), organisations 0.953, kind 0.920
#   test4  figures 0.952/0.976, activity (0.871), organisations 0.969, kind 0.882
#   test5  figures 0.936/0.949, activity (0.852), organisations 0.965, kind 0.895
#   test6  figures 0.935/0.989, activity (0.829), organisations 0.975, kind 0.884
# after act8 (clause verb phrases, rate denominators), org9 (names beyond the lists, tuned on dev7 and
# dev8) and fig8 (specification units, classifiers, scores and dimensions not figures; tuned on dev7 and
# dev8), the classifier retrained (2026-12-06, VERSION 9), the splits that moved:
#   dev6   figures 0.933/0.980, activity (0.737), organisations 0.995, kind 0.918
#   dev7   figures 0.926/0.966, activity (0.726), organisations 0.983, kind 0.887
#   dev8   figures 0.918/0.912, activity (0.828), organisations 0.973, kind 0.873
#   test3  figures 0.989/0.970, activity (0.889), organisations 0.955, kind 0.920
#   test6  figures 0.935/0.989, activity (0.849), organisations 0.975, kind 0.884
# (dev6 activity of the rules alone fell 0.741 -> 0.737 with act8; its floor stays at 0.72.)
# round 8 (2026-12-06, VERSION 10: act9 activity evidence, fig9 figures, org10 organisations, each
# tuned on the errors of all twelve tuning splits; the classifier retrained, WEIGHT 0.3), every split:
#   dev    figures 1.000/1.000, activity 0.956 (0.933), organisations 1.000, kind 0.978
#   dev2   figures 0.987/0.987, activity 0.908 (0.901), organisations 1.000, kind 0.993
#   dev3   figures 1.000/0.995, activity 0.911 (0.875), organisations 0.994, kind 0.984
#   dev4   figures 0.957/1.000, activity 0.933 (0.889), organisations 1.000, kind 0.578
#   dev5   figures 0.970/0.987, activity 0.898 (0.876), organisations 0.985, kind 0.853
#   dev6   figures 0.928/0.980, activity 0.799 (0.773), organisations 0.995, kind 0.918
#   dev7   figures 0.935/0.977, activity 0.841 (0.807), organisations 0.988, kind 0.890
#   dev8   figures 0.940/0.956, activity 0.897 (0.879), organisations 1.000, kind 0.868
#   test3  figures 0.992/0.983, activity 0.938 (0.904), organisations 0.971, kind 0.921
#   test4  figures 0.959/0.976, activity 0.918 (0.896), organisations 0.980, kind 0.882
#   test5  figures 0.947/0.968, activity 0.897 (0.869), organisations 0.981, kind 0.897
#   test6  figures 0.942/0.996, activity 0.892 (0.877), organisations 0.989, kind 0.885
# test7 (40 articles, annotated twice and adjudicated, held out until its one scoring at the end of
# round 8, 2026-12-06, VERSION 10, then a tuning split): figures P 0.883 R 0.903, activity 0.782 (rules
# alone 0.761; the classifier not trained on it), qualifier 0.991, organisations F1 0.904, kind 0.880.
# round 9 (2026-12-06, VERSION 10: act10, fig10, org11 tuned on test7's errors after its one scoring;
# the other twelve splits did not move; the classifier retrained on thirteen splits, WEIGHT 0.3):
#   test7  figures 0.940/0.961, activity (rules) 0.871, qualifier 0.988, organisations 0.943, kind 0.871
# dev9 (2026-12-06, 55 general-news articles drawn after test8, annotated by hand, scored once before
# anyone tuned on it, after round 10: act11, fig11, org12 and the classifier retrained on thirteen
# splits; then a tuning split): figures P 0.825 R 0.875, activity 0.690 (rules 0.687), qualifier
# 0.985, organisations F1 0.876 (P 0.852 R 0.902), kind 0.890
# dev10 (2026-12-06, 59 general-news articles, annotated by hand, scored once before anyone tuned on
# it, after round 11: act12, act13, fig12, org13, the classifier retrained on fourteen splits; then a
# tuning split): figures P 0.679 R 0.812, activity 0.752 (rules 0.716), qualifier 0.988,
# organisations F1 0.882 (P 0.900 R 0.865), kind 0.912
# dev11 (2026-12-06, 60 general-news articles, annotated by hand, scored once before anyone tuned on
# it, after round 12: act14, fig13, org14, the classifier retrained on fifteen splits; then a tuning
# split): figures P 0.837 R 0.881, activity 0.845 (rules 0.838), qualifier 1.000, organisations F1
# 0.869 (P 0.860 R 0.878), kind 0.939
# rounds 11 to 14 (2026-12-06, VERSION 11; act11-15, fig11-14, org12-15 tuned on the errors of all
# sixteen tuning splits, dev9 to dev11 each after its one scoring; the classifier retrained on sixteen
# splits): floors raised to 0.02 under the scores (activity under the lower of pipeline and rules):
#   dev9   figures 0.882/0.940, activity 0.869 (rules 0.850), organisations 1.000
#   dev10  figures 0.801/0.916, activity 0.890 (rules 0.869), organisations 0.990
#   dev11  figures 0.901/0.947, activity 0.959 (rules 0.940), organisations 1.000
#   test7  activity 0.912 (rules 0.896), organisations 0.975; dev8 activity 0.929 (rules 0.915)
# test8 (40 articles, annotated twice and adjudicated, held out until its one scoring at the end of
# round 14, 2026-12-06, VERSION 11, then a tuning split): figures P 0.829 R 0.923, activity 0.737 (rules
# 0.732), qualifier 0.972, organisations F1 0.935 (P 0.906 R 0.967), kind 0.872
# dev12 (2026-12-07, 48 general-news articles, one annotator, scored once before anyone tuned on it,
# after rounds 15-17, VERSION 11; then a tuning split): figures P 0.839 R 0.897, activity 0.871 (rules
# 0.864), qualifier 0.976, organisations F1 0.870 (P 0.882 R 0.857), kind 0.868
# rounds 15 to 19 (2026-12-07, VERSION 12; tuned on the errors of all eighteen tuning splits, test8 and
# dev12 each after its one scoring, and on the extractor's output over unannotated articles; the
# classifier retrained on eighteen splits): floors raised to 0.02 under the scores, e.g.
#   test8  figures 0.917/0.969, activity 0.894 (rules 0.862), organisations 0.984
#   dev12  figures 0.906/0.959, activity 0.912 (rules 0.886), organisations 0.972
#   dev10  figures 0.884/0.968, activity 0.916 (rules 0.883), organisations 0.990
# test9 (40 articles, annotated twice and adjudicated, held out until its one scoring at the end of
# round 19, 2026-12-07, VERSION 12, then a tuning split): figures P 0.879 R 0.879, activity 0.818 (rules
# 0.812), qualifier 1.000, organisations F1 0.840 (P 0.840 R 0.840), kind 0.823
# test10 (36 articles, annotated twice and adjudicated, held out until its one scoring at the end of
# round 20, 2026-12-07, VERSION 12, then a tuning split): figures P 0.783 R 0.856, activity 0.769 (rules
# 0.757), qualifier 0.988, organisations F1 0.850 (P 0.895 R 0.810), kind 0.890
# dev13 (2026-12-07, 60 general-news articles, one annotator, scored once before anyone tuned on it,
# after round 21, VERSION 12; then a tuning split): figures P 0.821 R 0.870, activity 0.863 (rules
# 0.810), qualifier 1.000, organisations F1 0.917 (P 0.917 R 0.917), kind 0.847
# dev14 (2026-12-07, 60 general-news articles, one annotator, scored once before anyone tuned on it,
# after round 21, VERSION 12; then a tuning split): figures P 0.849 R 0.915, activity 0.884 (rules
# 0.875), qualifier 0.977, organisations F1 0.897 (P 0.867 R 0.929), kind 0.927
# dev15 (2026-12-07, 60 general-news articles, one annotator, scored once before anyone tuned on it,
# after round 22, VERSION 12; then a tuning split): figures P 0.823 R 0.883, activity 0.860 (rules
# 0.835), qualifier 0.992, organisations F1 0.900 (P 0.871 R 0.931), kind 0.868
# dev16 (2026-12-07, 60 general-news articles, one annotator, scored once before anyone tuned on it,
# after round 23, VERSION 12; then a tuning split): figures P 0.842 R 0.900, activity 0.883 (rules
# 0.876), qualifier 0.980, organisations F1 0.905 (P 1.000 R 0.827), kind 0.960
# test11 (38 articles, annotated twice and adjudicated, held out until its one scoring at the end of
# round 26, 2026-12-07, VERSION 13, then a tuning split): figures P 0.841 R 0.883, activity 0.881 (rules
# 0.862), qualifier 0.981, organisations F1 0.897 (P 0.867 R 0.929), kind 0.937
# test12 (34 articles, annotated twice and adjudicated, held out until its one scoring at the end of
# round 26, 2026-12-07, VERSION 13, then a tuning split): figures P 0.811 R 0.811, activity 0.944 (rules
# 0.935), qualifier 1.000, organisations F1 0.750 (P 0.750 R 0.750), kind 0.879
# dev17 (2026-12-07, 45 general-news articles, one annotator, scored once before anyone tuned on it,
# after round 27's first merges, VERSION 13; then a tuning split): figures P 0.828 R 0.860, activity
# 0.824 (rules 0.838), qualifier 0.991, organisations F1 0.919 (P 0.895 R 0.944), kind 0.928
# dev18 (2026-12-07, 45 general-news articles, one annotator, scored once before anyone tuned on it,
# after round 28's merges, VERSION 13; then a tuning split): figures P 0.868 R 0.898, activity 0.858
# (rules 0.848), qualifier 0.991, organisations F1 0.818 (P 0.818 R 0.818), kind 0.948
# test13 (held out until its one scoring at the end of the tenth session, 2026-12-07, VERSION 14; then a
# tuning split): figures P 0.836 R 0.920, activity 0.881 (rules 0.871), qualifier 0.997, organisations F1
# 0.897 (P 1.000 R 0.812), kind 0.944
# dev19 (2026-12-07, 45 general-news articles, one annotator per part, held out until its one scoring after
# the eleventh session's merges, VERSION 15, WEIGHT 2; then a tuning split): figures P 0.855 R 0.904,
# activity 0.851 (rules 0.830), qualifier 0.995, organisations F1 0.960 (P 1.000 R 0.923), kind 0.899
# test14 (60 articles, annotated twice and adjudicated, held out until its one scoring at the end of the
# eleventh session, VERSION 15, WEIGHT 2; then a tuning split): figures P 0.799 R 0.902, activity 0.882
# (rules 0.887), qualifier 0.979, organisations F1 0.927 (P 1.000 R 0.864), kind 0.899
# test15 (30 articles, annotated twice and adjudicated, held out until its one scoring at the end of the
# twelfth session, VERSION 16, WEIGHT 2; then a tuning split): figures P 0.845 R 0.899, activity 0.896
# (rules 0.888), qualifier 0.992, organisations F1 0.952 (P 0.909 R 1.000), kind 0.920
# test16 (30 articles, annotated twice and adjudicated, held out until its one scoring at the end of the
# thirteenth session, VERSION 17, WEIGHT 2; then a tuning split): figures P 0.857 R 0.926, activity 0.802
# (rules 0.786), qualifier 1.000, organisations F1 0.917 (P 0.846 R 1.000), kind 0.881
# test17 (30 articles, annotated twice and adjudicated, held out until its one scoring at the end of the
# fourteenth session, VERSION 18, WEIGHT 2; then a tuning split): figures P 0.693 R 0.898, activity 0.924
# (rules 0.911), qualifier 1.000, organisations F1 0.933 (P 0.955 R 0.913), kind 0.962
# test18 (30 articles, annotated twice and adjudicated, held out until its one scoring at the end of the
# fifteenth session, VERSION 19, WEIGHT 1; then a tuning split): figures P 0.807 R 0.944, activity 0.923
# (rules 0.923), qualifier 0.991, organisations F1 0.938 (P 0.938 R 0.938), kind 0.966
# test19 (30 articles, annotated twice and adjudicated, held out until its one scoring at the end of the
# sixteenth session, VERSION 20, WEIGHT 1; then a tuning split): figures P 0.753 R 0.846, activity 0.945
# (rules 0.945), qualifier 0.973, organisations F1 1.000 (P 1.000 R 1.000), kind 0.918
# test20 (30 articles, annotated twice and adjudicated, held out until its one scoring in the seventeenth
# session, VERSION 21, WEIGHT 1; then a tuning split): figures P 0.882 R 0.946, activity 0.933
# (rules 0.933), qualifier 1.000, organisations F1 0.857 (P 0.857 R 0.857), kind 0.962
KIND_FLOORS = {"dev": 0.95, "dev2": 0.97, "dev3": 0.96, "dev4": 0.55, "dev5": 0.83, "dev6": 0.90,
               "dev7": 0.87, "dev8": 0.85, "test5": 0.87, "test6": 0.86, "test3": 0.90, "test4": 0.86, "test7": 0.86,
               "dev9": 0.87, "dev10": 0.90,
               "dev11": 0.91, "test8": 0.85, "dev12": 0.84, "test9": 0.82, "test10": 0.87, "dev13": 0.83, "dev14": 0.90, "dev15": 0.85, "dev16": 0.94,
               "test11": 0.91, "test12": 0.87, "dev17": 0.91, "dev18": 0.92, "test13": 0.92, "dev19": 0.87,
               "test14": 0.87, "test15": 0.90, "test16": 0.86, "test17": 0.94, "test18": 0.94, "test19": 0.89, "test20": 0.94}
FLOORS = {
    "dev": {"figure_precision": 0.98, "figure_recall": 0.98, "activity": 0.92, "qualifier": 0.98,
            "organizations_f1": 0.98},
    "dev2": {"figure_precision": 0.96, "figure_recall": 0.97, "activity": 0.90, "qualifier": 0.98,
             "organizations_f1": 0.98},
    "dev3": {"figure_precision": 0.98, "figure_recall": 0.97, "activity": 0.87, "qualifier": 0.98,
             "organizations_f1": 0.98},
    "dev4": {"figure_precision": 0.93, "figure_recall": 0.98, "activity": 0.86, "qualifier": 0.98,
             "organizations_f1": 0.98},
    "dev5": {"figure_precision": 0.95, "figure_recall": 0.97, "activity": 0.88, "qualifier": 0.97,
             "organizations_f1": 0.97},
    "dev6": {"figure_precision": 0.92, "figure_recall": 0.96, "activity": 0.83, "qualifier": 0.97,
             "organizations_f1": 0.97},
    "dev7": {"figure_precision": 0.92, "figure_recall": 0.96, "activity": 0.82, "qualifier": 0.96,
             "organizations_f1": 0.96},
    "dev8": {"figure_precision": 0.93, "figure_recall": 0.95, "activity": 0.90, "qualifier": 0.96,
             "organizations_f1": 0.98},
    "test5": {"figure_precision": 0.94, "figure_recall": 0.96, "activity": 0.85, "qualifier": 0.97,
              "organizations_f1": 0.96},
    "test6": {"figure_precision": 0.92, "figure_recall": 0.97, "activity": 0.89, "qualifier": 0.98,
              "organizations_f1": 0.97},
    "test3": {"figure_precision": 0.97, "figure_recall": 0.96, "activity": 0.88, "qualifier": 0.97,
              "organizations_f1": 0.95},
    "test7": {"figure_precision": 0.92, "figure_recall": 0.95, "activity": 0.88, "qualifier": 0.97,
              "organizations_f1": 0.95},
    "test4": {"figure_precision": 0.94, "figure_recall": 0.95, "activity": 0.88, "qualifier": 0.98,
              "organizations_f1": 0.96},
    "dev9": {"figure_precision": 0.89, "figure_recall": 0.93, "activity": 0.85, "qualifier": 0.97,
             "organizations_f1": 0.98},
    "dev10": {"figure_precision": 0.87, "figure_recall": 0.94, "activity": 0.87, "qualifier": 0.96,
              "organizations_f1": 0.98},
    "dev11": {"figure_precision": 0.91, "figure_recall": 0.94, "activity": 0.94, "qualifier": 0.98,
              "organizations_f1": 0.98},
    "dev12": {"figure_precision": 0.89, "figure_recall": 0.94, "activity": 0.86, "qualifier": 0.95,
              "organizations_f1": 0.95},
    "test9": {"figure_precision": 0.92, "figure_recall": 0.96, "activity": 0.86, "qualifier": 0.98,
              "organizations_f1": 0.95},
    "test11": {"figure_precision": 0.85, "figure_recall": 0.90, "activity": 0.89, "qualifier": 0.96,
               "organizations_f1": 0.98},
    "test12": {"figure_precision": 0.86, "figure_recall": 0.94, "activity": 0.94, "qualifier": 0.98,
               "organizations_f1": 0.98},
    "test10": {"figure_precision": 0.83, "figure_recall": 0.90, "activity": 0.81, "qualifier": 0.96,
               "organizations_f1": 0.98},
    "dev13": {"figure_precision": 0.85, "figure_recall": 0.89, "activity": 0.88, "qualifier": 0.98,
              "organizations_f1": 0.95},
    "dev14": {"figure_precision": 0.85, "figure_recall": 0.90, "activity": 0.90, "qualifier": 0.96,
              "organizations_f1": 0.94},
    "dev15": {"figure_precision": 0.86, "figure_recall": 0.92, "activity": 0.87, "qualifier": 0.97,
              "organizations_f1": 0.96},
    "dev18": {"figure_precision": 0.84, "figure_recall": 0.87, "activity": 0.82, "qualifier": 0.97,
              "organizations_f1": 0.79},
    "dev17": {"figure_precision": 0.83, "figure_recall": 0.87, "activity": 0.87, "qualifier": 0.97,
              "organizations_f1": 0.98},
    "dev16": {"figure_precision": 0.88, "figure_recall": 0.92, "activity": 0.92, "qualifier": 0.96,
              "organizations_f1": 0.98},
    "test13": {"figure_precision": 0.81, "figure_recall": 0.90, "activity": 0.85, "qualifier": 0.97,
               "organizations_f1": 0.87},
    "dev19": {"figure_precision": 0.83, "figure_recall": 0.88, "activity": 0.81, "qualifier": 0.97,
              "organizations_f1": 0.94},
    "test14": {"figure_precision": 0.77, "figure_recall": 0.88, "activity": 0.86, "qualifier": 0.95,
               "organizations_f1": 0.90},
    "test15": {"figure_precision": 0.82, "figure_recall": 0.87, "activity": 0.86, "qualifier": 0.97,
               "organizations_f1": 0.93},
    "test16": {"figure_precision": 0.83, "figure_recall": 0.90, "activity": 0.76, "qualifier": 0.98,
               "organizations_f1": 0.89},
    "test17": {"figure_precision": 0.67, "figure_recall": 0.87, "activity": 0.89, "qualifier": 0.98,
               "organizations_f1": 0.91},
    "test20": {"figure_precision": 0.86, "figure_recall": 0.92, "activity": 0.91, "qualifier": 0.98,
               "organizations_f1": 0.83},
    "test19": {"figure_precision": 0.73, "figure_recall": 0.82, "activity": 0.92, "qualifier": 0.95,
               "organizations_f1": 0.98},
    "test18": {"figure_precision": 0.78, "figure_recall": 0.92, "activity": 0.90, "qualifier": 0.97,
               "organizations_f1": 0.91},
    "test8": {"figure_precision": 0.89, "figure_recall": 0.95, "activity": 0.85, "qualifier": 0.95,
              "organizations_f1": 0.96},
}


HELD_OUT = {"test", "test2", "test21"}


def test_the_held_out_split_is_not_gated():
    assert not HELD_OUT & set(FLOORS) and set(FLOORS) == set(ev.REAL_SPLITS) - HELD_OUT


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_scores_stay_above_floors(split):
    result = ev.evaluate(split)
    p = result["pipeline"]
    assert p is not None, result["pipeline_message"]
    scores = {"figure_precision": p["figures"]["precision"], "figure_recall": p["figures"]["recall"],
              "activity": p["activity_accuracy"], "qualifier": p["qualifier_accuracy"],
              "organizations_f1": p["organizations"]["f1"], "kind": p["kind_accuracy"]}
    below = {name: f"{scores[name]:.3f} < {floor:.2f}" for name, floor in {**FLOORS[split],
                                                                             "kind": KIND_FLOORS[split]}.items()
             if scores[name] < floor}
    assert not below, (f"extraction quality on {split} fell below its floor: {below}; "
                       f"see `python -m extract.evaluate --split {split} --verbose`")
