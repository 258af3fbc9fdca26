"""A learned activity classifier for figures, and the features it reads: a softmax regression
(numpy; binary features, one weight row per feature) trained by scripts/train_models.py on the
gold of the thirty-seven tuning splits (dev..dev19, test3..test20; never the held-out test or
test2). Its weights ship as extract/models/activity/model.json (2.8 MB: 18,014 features x 16
activities) and load offline; training takes ~30 s on one core (18 s of it the rules over the gold).

The classifier reads features, not the raw text ("u=hộ" the counted noun, "n=tặng" a word just
before the figure, "b=..." farther back in the clause, "a=được" one after, "s=..." the rest of the
sentence, "t=..." the headline; the document's genre, "g=cue2" the share of its sentences with an
activity cue, "g=org1" with an organisation, "d=..." its dominant activity, "h=..." its headline's;
"r=..." the rules' own verdict with its strength and margin). Its probabilities are added to the
rules' votes times WEIGHT (combine) where the model is sure (its best activity at CONFIDENCE or more)
or its best is one the rules voted for too (else the rules alone): the rules decide where their
evidence is clear (two votes or more), the model where it is one plain vote or less. It costs ~11%
of the pipeline's time.

act59 (issue 10, sixteenth session; thirty-five splits with test18, the rules of main at f82661f,
8,164 matched figures): richer features, measured leave-one-split-out and not shipped. The
candidates were read where the rules score a figure (components.ActivityClassifier): the verb cue
governing the figure in its own phrase and its activity ("gv=", "gva=": activity.verb_cue), the
cue words of its phrase, clause and the words after it ("cw=") and every cue of its sentence by
activity and place ("cq=<activity>_<own|clause|after|sent>"), four words after a purpose marker
("để", "nhằm", "giúp", "phục vụ", "dành cho", "cho": "p="), the counted noun's first and last
syllable ("uh=", "ut="), every activity the rules voted for with its strength, not only the best
and the runner-up ("rv="), the [[context]] rule that governed it ("gov="), the story's kinds, feature
activity and genre prior ("kd=", "ft=", "gp="). Figures right at CONFIDENCE 0.8; "least7": test18,
test17, test16, test15, test14, dev19, test13 (1,223 figures); "least": train_models.LEAST (2,280):

    features                       rules alone  w=0.5  w=1 *  w=2   model alone
    shipped            least7          1130      1133   1132   1124      1121
                       least           2118      2123   2123   2114      2101
                       pooled          7493      7496   7499   7484      7397
    all of the above   least7                    1134   1126   1123      1126
                       pooled                    7502   7496   7485      7415
    the clause's (gv gva cw uh ut)     least7    1132   1130   1121      1120
                       pooled                    7490   7491   7476      7389
    the rules' and the story's         least7    1135   1126   1121      1123
      (rv gov ft gp kd) pooled                   7502   7502   7494      7407
    rv alone           least7                    1134   1131   1122      1122
                       pooled                    7497   7500   7476      7399

The model alone gains up to 18 figures pooled with every family, but behind the gate none beats the
shipped features by more than one story's swing: at w=1 the least7 losses are test14's (226-233
against 234), one relief story under a livelihood headline whose six to eight "hỗ trợ ... đồng"
amounts the rules read thien_tai by a margin of about 0.7 and the model, sure of sinh_ke from d= and
h=, reads sinh_ke through the rules' own-candidate branch; at w=0.5 the richer models gain 1-2
figures least7 and 1-6 pooled, under the noise of one such story. The gate is flat too (shipped
features: CONFIDENCE 0.6, 0.7, 0.8, 0.9 x w 0.3, 0.5, 1 within 1132-1134 least7 and 7494-7500
pooled; w=2 1124 and 7476-7484 at every threshold), and letting a sure model overturn the rules' best only under a vote margin (2, 1, 0.6, 0.3)
changes 0-4 figures, since those flips come through the candidate branch; opening that branch only
where the model's best trails the rules' best by under 1, 0.6, 0.4 or 0.2 gains 0-1 figures least7
and 0-3 pooled at w=1 (0.2: 1133, 7502), chosen on the same folds: noise. Nothing changed: features,
CONFIDENCE, WEIGHT and model.json (byte-identical on retraining, 2.86 MB, 54 s on the loaded machine).

WEIGHT 1 (issue 10, fifteenth session; the rules and the gate of main after the act55, act56 and
org41 merges, 8,047 matched figures): `scripts/train_models.py --cv`, leave-one-split-out, figures
right; "least7" and "least" as in act55's table below. With the gate in place w=2 is under the rules
alone; every weight from 0.3 to 1 is over them, and 1 keeps the most of the model where it is sure:

    combine                 least7 (1,330)  least (2,163)  pooled (8,047)
    rules alone                  1224           2010           7385
    model alone                  1211           1992           7291
    gated, w=0.3                 1229           2016           7393
    gated, w=0.5                 1230           2017           7389
    gated, w=1 *                 1228           2016           7391
    gated, w=2                   1220           2008           7378
    gated, w=3                   1219           2007           7378

act55 (issue 10, thirty-four splits, the rules of main at 03f0cc4): the model votes only where it is
sure (its best activity at CONFIDENCE = 0.8 or more) or its best is an activity the rules voted for
too (_model_votes). Leave-one-split-out (train on thirty-three splits' gold, read the thirty-fourth;
combine is what --cv scores), 8,028 matched figures, figures right; "least7": the seven splits tuned
least (test17, test16, test15, test14, dev19, test13, dev18; 1,317 figures), "least":
train_models.LEAST (those and dev17, dev16, dev15; 2,148). "sure": the model votes only at
CONFIDENCE or more; "sure or a rule's": as shipped:

    model trained on                   gate (threshold)       least7  least  pooled  (model alone)
    rules alone                        -                       1202    1986   7357
    the shipped settings, w=2          none                    1201    1986   7343    7257
                                       sure (0.5)              1201    1989   7349
                                       sure (0.7)              1204    1992   7352
                                       sure (0.75)             1203    1990   7358
                                       sure (0.8)              1203    1990   7362
                                       sure (0.9)              1203    1988   7360
                                       sure or a rule's (0.7)  1207    1995   7354
                                       sure or a rule's (0.8)* 1208    1994   7359
                                       sure or a rule's (0.9)  1208    1994   7356
                                       sure, or khac too       1204    1993   7358
                                       sure, else only the
                                         rules' candidates     1204    1994   7357
      the same, w=1                    none                    1202    1990   7357
                                       sure or a rule's (0.8)  1207    1993   7365
      the same, w=3                    none                    1201    1985   7338
                                       sure or a rule's (0.8)  1208    1994   7360
    each figure weighing 1/(figures    none                    1203    1987   7347    7269
      of its article)^0.5, w=2         sure (0.8)              1202    1989   7360
    only features found in 3           none                    1200    1987   7344    7258
      articles or more, w=2            sure (0.8)              1203    1990   7362
    L2 x4 on the word families         none                    1196    1979   7337    7278
      (u n nn b a aa s t), w=2         sure (0.8)              1203    1990   7357
    article weights and L2 x4 on the   none                    1202    1988   7312    7119
      rules' verdict (r r2 rm), w=2    sure (0.8)              1202    1989   7357

    held split     n  rules  w=2  w=2 gated*
    test17        79     72   73     73
    test16       126    113  114    114
    test15       132    122  122    122
    test14       254    232  230    233
    dev19        200    167  168    170
    test13       303    297  297    296
    dev18        223    199  197    200

Out of sample the flat combination no longer beats the rules (w=2: -1 least7, 0 least, -14 pooled):
its unsure calls are the loss. Of 1,561 figures (19%) with no activity at 0.8, 688 (8.6%) have the
model's best outside the rules' votes (or khac); silencing it there changes 98 readings, 49 of them
the rules right against 33 the model (16 wrong both ways). Gated: +7 least7, +8 least and +16 pooled
on the shipped combination (+6, +8, +2 on the rules alone), alike at w=1, 2 and 3 and on a plateau
of thresholds (0.75-0.9). The gate's form was picked among the four above on the same folds (the
plain "sure" gate wins pooled, loses the least-tuned splits and test_act47's houses for the poor,
a rule's nha_o the unsure model rightly weighs up over sinh_ke; below the gate half the weight
instead of none gave the same, 1,208 / 1,995 / 7,359, and letting the model's khac through as well
1,204 / 1,993 / 7,355). The training variants (per-article
weights so that one story's long table does not teach its words as many stories, pruning words of
fewer articles, heavier L2 on the word families or on the rules' verdict) move the model alone by
-138..+21 figures but none beats the gate on the shipped model: the weights are unchanged,
model.json byte-identical. The risk: on held-out text the rules are weaker (test at VERSION 17:
0.822 rules, 0.871 combined), where the model's unsure calls may be worth more than on the tuning
folds; its sure ones and those among the rules' candidates (91% of the figures) still vote.
In sample (tools/score_tuning.py: the model on its own training gold, flattered) combined activity
falls 0.966 -> 0.947 pooled (rules alone 0.916; test17 1.000 -> 0.987, test16 0.968 -> 0.944, test14
0.976 -> 0.937, dev19 0.955 -> 0.915): what the unsure votes bought there they did not buy out of
sample. Known cost: three invented cases pinned a diffuse model's khac outvoting one weak rule vote
(test_act52's blood-donation volunteers, test_fig45's "300 đoàn viên" and "2 cuộc thi"): strict xfails
now; against rule votes under 0.5 the folds give the gate 11 figures and the model 4. Two xfails of
the same kind pass now (test_general_news's "180 triệu đồng/căn", test_tidy24's festival gift).

act51 (issue 10, thirty-three splits, the rules of VERSION 16 with act50 and fig58 merged): WEIGHT
measured, kept at 2. The model spreads a story's activity onto figures with no evidence of their own. In sample
(the shipped model on its own training gold, 7,927 matched figures) it turns 448 figures right and
23 wrong, the 23 all from the rules' khac to the story's dominant or headline activity. Out of sample
(leave-one-split-out) the balance turns: w=2 moves 117 figures the rules read right to a wrong
activity and 97 the other way (36 wrong both ways); 95 of the 117 go to the story's dominant (d=) or
headline (h=) activity, and the rules' verdict (r=, 47) and d= (45) give most of the logit margin,
t= 13. At w=1: 84 against 80, 73 of the 84 to d=/h=. Gates tried post hoc on the same folds (figures
right; "least": test16, test15, test14, dev19, test13, dev18, dev17, dev16, dev15, test12, 2,183
figures):

    variant (threshold: the rules' best vote)          w=1 least  w=1 pooled  w=2 least  w=2 pooled
    rules alone                                          2007        7236       2007        7236
    shipped combine                                      2012        7232       2010*       7216*
    no d=/h=/t=/g= where the rules' activity >= 0.6       2007        7222       2009        7220
      the same, >= 1.0                                   2007        7228       2007        7221
      the same, >= 2.0                                   2009        7232       2009        7223
    never to the d=/h= activity against a rule
      activity >= 0.6                                    2009        7225       2007        7217
      the same, >= 1.0                                   2009        7231       2007        7223
      the same, >= 2.0                                   2009        7232       2007        7219
      the same, also against the rules' khac >= 0.6      2008        7233       2007        7225
    d=, h=, t= logits halved                             2012        7234       2012        7225
    no d=/h=/t=/g= at all                                1994        7199       1992        7188
    trained without d= and h=                            2004        7217       2006        7207

    held split     n  rules   w=1   w=2
    test16       126     99   100   101
    test15       129    119   120   119
    test14       252    230   228   228
    dev19        196    163   165   164
    test13       303    297   297   297
    dev18        222    196   196   196

No gate beats the flat combination by the bar (5 figures least or 10 pooled, no loss in the other):
the document features also make most of the model's right corrections (d= gives most of the margin
in 48 of the 97), so blocking them where the rules vote costs as much as it saves, and dropping them
costs 15-18 least (trained without d= and h=: 6-8 least, 15 pooled below w=1). The weight does:
w=1 keeps 16 figures more pooled than w=2 and 2 more least.
Fresh text (40 genre articles, seed 5151, baomoi-2017 minus the gold and the held-out draw, 600-5000
characters, two mentions of ORG_KINDS): 3 figures read differently by the rules and at w=2; the
rules right on 2 (a cemetery's 153 ha -> chinh_sach from the headline, export goods counted in a
voters' story -> sinh_ke, the dominant activity), w=2 right on 1 (13.000 households moved for urban
renewal, among those without a home: nha_o, the rules thien_tai). w=1 keeps the right one and
undoes the export goods; the 153 ha stay chinh_sach. In sample w=1 reads 7,522 of the 7,927 right
against 7,661 at w=2 (the model's own training gold: a flattered figure). The cost of w=1: the model alone
no longer overturns one plain rule vote (test_learn5's nha_o 1.0 against khac 0.8 holds): the rules
now decide where their best leads by a vote or more, the model the closer calls; the price per flat
of test_general_news ("180 triệu đồng/căn", xfail) reads nha_o again.
Kept at 2 all the same: the pooled gain of w=1 comes from the splits the rules were tuned on most,
where the rules' column is flattered (in every fold they are in sample, only the model is not); on
the six least-tuned splits above w=1 and w=2 differ by one figure either way, and on the held-out
splits scored so far the model added most where the rules were weakest (test at VERSION 17: 0.871
combined against 0.822 for the rules alone). Text nobody tuned on is where the model has to earn
its weight, so the weight stays until a held-out split reads differently.

learn8 (issue 10, thirty-three splits, VERSION 16): distributional word clusters beside the word
features, so that a cue the tuning gold never showed shares the weight of the words found in its
contexts. scripts/train_word_clusters.py (the `train` extra: gensim, never needed at run time)
trains two CBOW Word2Vec models on the shared corpus minus every gold article and the ids of
--exclude-ids (33,790 articles, 20.0 M words; one worker, fixed seed, PYTHONHASHSEED=0: two runs
over the first 500 articles wrote the same bytes; the full run was made once), one over syllables and one over the overlapping syllable pairs the bigram
features read, and clusters each one's most frequent words (12,000 syllables, 60,000 pairs) by
spherical k-means into 400 fine and 50 coarse clusters; the word -> cluster map is 1.19 MB of JSON
(24 min wall on the loaded two-core machine). cluster_features adds, when a map ships as CLUSTER_FILE, the fine and
coarse cluster of the counted noun ("uc="), of the words and pairs just before the figure ("nc=",
"npc="), farther back ("bc=", "bpc=") and after it ("ac=", "apc="). The pairs do land near their
synonyms ("khám bệnh" with "sàng lọc", "xét nghiệm", "điều trị") but also near what merely shares
their syntax ("ủng hộ" with "chính quyền", "trao tặng" with "danh hiệu"). Leave-one-split-out in
one run (`train_models.py --cv --no-save --clusters FILE`), 7,925 matched figures; "least": the nine
splits tuned least (test16, test15, test14, dev19, test13, dev18, dev17, dev16, dev15; 2,052):

    held split     n  rules  shipped w=1  w=2*  +clusters w=1  w=2  +pairs w=1  w=2
    test16       126     99          101   101            101  101         102  102
    test15       127    117          118   117            118  118         118  118
    test14       252    230          228   229            231  229         231  230
    dev19        196    163          167   164            166  166         167  168
    test13       303    297          297   297            296  298         296  297
    dev18        222    196          196   196            196  196         196  195
    dev17        242    225          223   223            223  223         225  223
    dev16        320    308          309   309            309  310         310  310
    dev15        264    244          246   246            247  247         246  246
    least       2052   1879         1885  1882           1887 1888        1891 1889
    pooled      7925   7227         7224  7209           7221 7201        7234 7219

(+pairs: the pair clusters and the unit's alone, without the syllables'.) All seven families gain
2-6 figures least and lose 3-8 pooled; the pairs alone gain 6-7 least and 10 pooled: short of the
bar set before the run (8 least and 15 pooled, both), so nothing ships: no clusters.json, model.json
byte-identical. With the map and a model trained on it (3.21 MB against 2.81: 21,144 features
against 18,241, 2,903 of them clusters) the pipeline ran at 124 docs/s per core against 141 for the
shipped one (`python -m bench.extract_speed --limit 1000 --org-model off --ner-sample 50`, run back to back
on a loaded machine: underthesea's ner in the same runs slowed 11% too), peak RSS 250 MB against
228. Note the shipped combination itself now trails the rules pooled (w=2 7,209 against 7,227):
WEIGHT, not the features, is the next lever.

learn7 (issue 10, thirty-two splits, VERSION 16): the fit sums each label's logits and gradients
with np.add.reduceat over feature indices (label-major weights) instead of prefix sums and per-label
bincounts, 16.8 s -> 4.9 s per fit, model.json byte-identical. The model trained as a CORRECTION of
the rules (their totals, rule_totals, times a scale s a fixed offset in its logits during training;
read the same way: argmax of s x totals + log p; `--cv --correction s`) loses to the shipped
combination at every scale. Leave-one-split-out, 7,785 matched figures; "least": the nine splits
tuned least (test15, test14, dev19, test13, dev18, dev17, dev16, dev15, test12; 2,046 figures):

    held split     n  rules  w=1   w=2*   c=1   c=2   c=4   (c=2, log p x 0.5)
    test15       125   111   113   112   110   111   112   113
    test14       252   229   230   230   226   225   225   227
    dev19        194   161   165   163   163   163   163   164
    test13       302   293   293   291   291   291   293   293
    dev18        222   194   195   195   196   195   195   195
    dev17        240   223   220   220   214   215   217   220
    dev16        320   306   308   308   308   308   308   308
    dev15        262   239   243   242   242   242   244   243
    test12       129   126   127   127   127   127   127   127
    least       2046  1882  1894  1888  1877  1877  1884  1890
    pooled      7785  7066  7070  7060  7023  7028  7036  7068

The correction costs 4-11 figures on the least-tuned splits and 24-37 pooled (test14 and dev17
lose most); halving its log-probabilities after training (last column, post hoc) only comes back
to the shipped row. Not shipped. Out of sample the shipped combination now barely beats
the rules (+6 least, -6 pooled at w=2; w=1 +12 and +4): within noise, WEIGHT left for a round that
reads it before a held-out split is drawn.

learn6 (issue 10, thirty-one splits, the rules of VERSION 15 with the twelfth session's act39, org34
and fig50 merged): the model overfits its training splits (model alone 0.892 pooled against the
rules' 0.902), so every regulariser was tried by leave-one-split-out (7,649 matched figures), judged on the nine splits the
rules were tuned on least ("least": test14, dev19, test13, dev18, dev17, dev16, dev15, test12,
test11; 2,084 figures) and pooled. Nothing beats the shipped settings (L2 1e-3, 200 steps,
MIN_COUNT 2, all feature families, w=2: least 1,915, pooled 6,905) by more than noise (0.003: six
figures least, 23 pooled), so nothing changed. Figures right, least / pooled, at w=1 and w=2
(rules alone: 1,900 / 6,900):

    variant                       w=1 least  w=2 least  w=1 pooled  w=2 pooled
    shipped (200 steps)               1915       1915*       6907       6905*
    50 steps                          1916       1912        6919       6911
    100 steps                         1916       1914        6910       6906
    150 steps                         1915       1916        6908       6908
    300 steps                         1913       1915        6906       6904
    L2 3e-3                           1907       1906        6894       6894
    L2 1e-2                           1908       1906        6899       6891
    MIN_COUNT 3 (11,838 features      1915       1916        6908       6908
      against 17,787; 50 steps)      (1917)     (1913)      (6919)     (6909)
    MIN_COUNT 5 (7,871 features)      1912       1912        6903       6901
    without t= (headline words)       1904       1904        6896       6878
    without s= (sentence words)       1913       1916        6910       6912
    without t= and s=                 1903       1903        6893       6884
    without aa= and nn= (bigrams)     1914       1914        6905       6907
    without b= (far clause)           1912       1912        6896       6889
    without g=, d=, h= (genre)        1904       1910        6891       6872

(the variants at 150 steps unless noted; 50 and 100 steps gave the same picture.) The headline
words and the genre are what the model adds, not what it memorises: without the headline words the
least-tuned splits lose eleven figures and the pooled row 27, without the genre the pooled row
loses 33. Post hoc on the shipped folds: a temperature (T 0.5, 1.5, 2, 3 at w 1-4) gave least
1,903-1,916 and pooled 6,870-6,913; the model only where the rules' best leads by less than 0.5-2
votes (w 2-4 there, 0 elsewhere) gave least 1,908-1,915, pooled 6,885-6,905. The smaller model of
MIN_COUNT 3 is as good, not better: kept at 2 (no change without a gain). The folds of the
least-tuned splits at the shipped settings:

    held split     n  rules  model  w=0.5    w=1   w=2*    w=3
    test14       251  0.896  0.833  0.888  0.892  0.892  0.888
    dev19        193  0.819  0.839  0.839  0.845  0.839  0.839
    test13       300  0.960  0.980  0.967  0.977  0.983  0.983
    dev18        222  0.851  0.874  0.865  0.865  0.865  0.865
    dev17        239  0.904  0.895  0.891  0.891  0.891  0.887
    dev16        319  0.956  0.950  0.959  0.962  0.959  0.959
    dev15        261  0.912  0.908  0.923  0.920  0.920  0.923
    test12       129  0.969  0.977  0.977  0.977  0.977  0.977
    test11       170  0.918  0.906  0.929  0.924  0.924  0.918
    least       2084  0.912  0.908  0.917  0.919  0.919  0.918
    (figures)   2084   1900   1893   1911   1915   1915   1913
    pooled      7649  0.902  0.892  0.903  0.903  0.903  0.901
    (figures)   7649   6900   6823   6910   6907   6905   6895

(w=0.3: least 1,907, pooled 6,903.) The model's gain over the rules is now small (+15 least, +5
pooled): the rules absorbed what it used to add. Speed (`bench/extract_speed.py --limit 2000
--org-model off --ner-sample 100`): 147 docs/s per core with the model, 165 with the rules alone,
peak RSS 236 MB.

learn5 (issue 10, twenty-nine splits, the rules of VERSION 14 plus test13): WEIGHT 0.5 -> 2. The
model alone beats the rules on the thirteen splits they were tuned on least (dev12..dev18,
test8..test13: 0.915 against 0.897) and trails them only on those they were written on (test3,
test4, test5), so the weight was chosen on those thirteen ("least" row), where it rises with the
weight (w=0.5 0.903, w=2 0.910, w=3 0.912); w=2 is also the best on the pooled row (one figure
ahead of w=3). Leave-one-split-out (`--cv --no-save`), 7,127 matched figures:

    held split     n  rules  model  w=0.3  w=0.5   w=1   w=2*    w=3
    dev           45  0.933  0.733  0.911  0.911  0.933  0.889  0.867
    dev2         153  0.922  0.850  0.922  0.915  0.915  0.922  0.908
    dev3         192  0.891  0.896  0.901  0.906  0.906  0.901  0.906
    dev4          45  0.889  0.933  0.911  0.911  0.933  0.933  0.933
    dev5         226  0.903  0.916  0.903  0.903  0.903  0.907  0.912
    dev6         194  0.856  0.835  0.851  0.845  0.845  0.845  0.840
    dev7         433  0.843  0.808  0.845  0.845  0.841  0.841  0.843
    dev8         288  0.927  0.948  0.934  0.938  0.948  0.948  0.951
    dev9         366  0.874  0.880  0.872  0.880  0.883  0.888  0.888
    dev10        298  0.899  0.926  0.899  0.909  0.909  0.916  0.916
    dev11        326  0.960  0.954  0.966  0.966  0.960  0.960  0.957
    dev12        308  0.886  0.912  0.893  0.893  0.899  0.909  0.912
    dev13        262  0.905  0.912  0.905  0.901  0.901  0.905  0.908
    dev14        306  0.928  0.938  0.928  0.928  0.928  0.935  0.938
    dev15        258  0.895  0.907  0.907  0.907  0.915  0.922  0.915
    dev16        313  0.946  0.949  0.952  0.952  0.952  0.955  0.955
    test3        357  0.908  0.868  0.905  0.902  0.896  0.888  0.885
    test4        281  0.904  0.868  0.907  0.893  0.872  0.865  0.868
    test5        363  0.871  0.843  0.871  0.879  0.868  0.865  0.865
    test6        260  0.912  0.869  0.912  0.912  0.912  0.908  0.896
    test7        253  0.905  0.889  0.901  0.905  0.909  0.905  0.897
    test8        190  0.879  0.879  0.884  0.884  0.884  0.879  0.884
    test9        203  0.887  0.887  0.892  0.887  0.887  0.887  0.892
    test10       186  0.839  0.898  0.849  0.860  0.871  0.882  0.882
    test11       166  0.916  0.880  0.922  0.928  0.922  0.898  0.898
    test12       128  0.969  0.977  0.969  0.977  0.977  0.977  0.977
    dev17        230  0.891  0.909  0.883  0.878  0.883  0.896  0.891
    dev18        211  0.848  0.882  0.863  0.863  0.858  0.867  0.872
    test13       286  0.871  0.941  0.874  0.881  0.895  0.906  0.913
    pooled      7127  0.897  0.895  0.899  0.900  0.900  0.902  0.901
    (figures)   7127   6390   6376   6408   6416   6416   6425   6424
    least       3047  0.897  0.915  0.902  0.903  0.905  0.910  0.912
    (figures)   3047   2733   2787   2747   2750   2759   2773   2778

Tried there and dropped (same folds): features of the figure's own clause (the nearest rule cue
before and after the figure by activity and distance, the nearest cue's words, the purpose marker
of activities.toml markers.after_figure and the words after it, the organisation that is the
subject, bigrams of the far clause, the unit with the word after it) cost 26 figures pooled at w=2
(6,399) and 15 on the least-tuned splits; a combination gated on the rules' margin (w=2 or 3 where
the rules' best leads by less than 0.5 or 1, else 0.5) gave 6,407-6,419 pooled and 2,750-2,767 on
the least-tuned splits, below a flat w=2. Known cost: one rule vote against a confident khac now
loses ("180 triệu đồng/căn" alone, tests/extract/test_general_news.py, xfail).

Rounds 27-28 (VERSION 14) retrained it on twenty-eight splits. Leave-one-split-out over them (6,841
matched figures, read after the held-out test13 had been scored once): pooled rules 0.898 (6,141
right), w=0.3 0.900 (6,156), w=0.5 0.901 (6,163), w=1 0.900 (6,159), w=2 0.901 (6,164); WEIGHT stays
0.5, one figure behind w=2. The classifier alone helps most on the splits written least about by the
rules (test10 0.839 -> 0.860, dev18 0.848 -> 0.858 at w=0.5) and costs on those the rules were tuned
on (test4 0.904 -> 0.893). On the splits scored once there (w=0.5, rules -> combined): dev17
0.838 -> 0.824 (the model cost it two figures), dev18 0.848 -> 0.858, held-out test13 0.871 -> 0.881.
Speed of VERSION 14 (`bench/extract_speed.py --limit 2000 --org-model off --ner-sample 100`): 133
docs/s per core with the model, 156 with the rules alone, peak RSS 257 MB.

Status (2026-12-07, issue 10, rounds 21-26): switched on, WEIGHT = 0.5. Leave-one-split-out over the
twenty-four tuning splits (train on twenty-three splits' gold, score the twenty-fourth: `python
scripts/train_models.py --cv --no-save`), activity accuracy over the 6,077 matched figures, with the
rules of VERSION 13 (test10, dev13, dev14, dev15 and dev16 each became a tuning split after its one
scoring; the table was read after the held-out test11 and test12 had been scored once):

    held split     n  rules  model  w=0.3 w=0.5*    w=1    w=2
    dev           45  0.933  0.733  0.911  0.911  0.911  0.911
    dev2         153  0.922  0.843  0.922  0.915  0.915  0.922
    dev3         192  0.891  0.885  0.896  0.901  0.901  0.896
    dev4          45  0.889  0.956  0.911  0.911  0.933  0.933
    dev5         226  0.903  0.920  0.907  0.903  0.898  0.903  (activity rules tuned on it in round 6)
    dev6         194  0.856  0.830  0.851  0.845  0.845  0.840  (activity rules tuned on it in round 6)
    dev7         433  0.841  0.820  0.841  0.845  0.845  0.848  (activity rules tuned on it in round 7)
    dev8         288  0.927  0.948  0.934  0.934  0.948  0.951  (activity rules tuned on it in round 8)
    dev9         365  0.874  0.877  0.874  0.879  0.885  0.885  (scored once at the end of round 10, then tuned on)
    dev10        298  0.899  0.919  0.899  0.903  0.906  0.906  (scored once at the end of round 11, then tuned on)
    dev11        325  0.954  0.951  0.960  0.954  0.954  0.960  (scored once at the end of round 12, then tuned on)
    dev12        307  0.886  0.915  0.893  0.899  0.902  0.912
    dev13        260  0.873  0.904  0.881  0.881  0.877  0.896
    dev14        305  0.921  0.941  0.918  0.918  0.928  0.931
    dev15        257  0.891  0.914  0.911  0.914  0.914  0.914
    dev16        311  0.949  0.942  0.952  0.952  0.952  0.955
    test3        357  0.908  0.866  0.905  0.905  0.894  0.888  (rules tuned on it: flatters the rules)
    test4        281  0.904  0.868  0.907  0.904  0.886  0.872  (rules tuned on it in round 5)
    test5        363  0.871  0.846  0.873  0.882  0.871  0.865
    test6        260  0.912  0.869  0.912  0.912  0.912  0.912
    test7        253  0.905  0.889  0.905  0.909  0.909  0.913  (scored once at the end of round 8, then tuned on)
    test8        189  0.873  0.884  0.878  0.878  0.878  0.878
    test9        189  0.884  0.873  0.889  0.884  0.884  0.889
    test10       181  0.834  0.906  0.840  0.856  0.873  0.884
    pooled      6077  0.895  0.891  0.898  0.899  0.899  0.901
    (figures)   6077   5439   5413   5457   5466   5466   5476

The combined column beats the rules on the pooled row at every weight (5,439 figures right for the
rules alone; 5,457 at w=0.3, 5,466 at w=0.5 and w=1, 5,476 at w=2). w=2 leads w=0.5 by ten figures
(0.16 points), within noise, and the table was read after the held-out splits were scored, so
WEIGHT stays at 0.5; moving it belongs before the next held-out split is drawn. Rounds 15-19's table
(eighteen splits, VERSION 12): pooled rules 0.886, w=0.3 0.888, w=0.5 0.889, w=1 0.890, w=2 0.890.

In rounds 15-19 w=1 led w=0.5 by four figures (0.1 points), within noise, so WEIGHT stayed at the 0.5
chosen before test8 was scored. Rounds 10-14's table (sixteen splits, VERSION 11): pooled rules 0.881,
w=0.3 0.884, w=0.5 0.886, w=1 0.886; on the three splits scored once there before anyone tuned on
them the classifier of the day (w=0.3) added dev9 0.687 -> 0.690, dev10 0.716 -> 0.752, dev11 0.838 ->
0.845; on test8 (w=0.5) 0.732 -> 0.737; on dev12 (w=0.5, round 17) 0.864 -> 0.871. On the splits scored once in
rounds 21-26 (w=0.5, rules -> combined): dev13 0.810 -> 0.863, dev14 0.875 -> 0.884, dev15 0.835 ->
0.860, dev16 0.876 -> 0.883, held-out test11 0.862 -> 0.881, test12 0.935 -> 0.944.

The rules were written on the errors of every split, so the rules column is scored on text they
were tuned on while the model column is not; even so the combined column at w=0.3 still beats the
rules on the pooled row (+4 figures; the same +4 on the twelve splits of round 8, before test7 was
scored and added), and w=1 no longer does. That is within noise: the weight was lowered to the best pooled value
rather than the model dropped, because on the honest folds of round 7 (before act8 and act9 read
dev7's and dev8's errors) it added dev7 +2.0 points and dev8 +0.8 at w=1 (pooled 0.825 rules against
0.829). WEIGHT 0.3 was chosen on the twelve-split table of round 8, read before test7 was scored;
on test7, scored once, the classifier then added 2.1 points (0.761 rules, 0.782 combined). Earlier rounds' tables
(eight splits, VERSION 8): pooled 0.818 rules against 0.826 at w=0.5; six splits: test4 0.668 ->
0.737.

In that first run the gain was on general news (test4 +17 figures, test3 +2); the splits the rules were written on
lose a few (dev -1, dev2 -2, dev3 -3). Every variant tried gave the same picture (pooled
0.830-0.837, test4 0.717-0.737 combined at w=0.5): L2 1e-4..1e-2, class weights
(total/count)^0 / ^0.5 / ^1 (^0.5 kept), without the genre features (pooled 0.831, test4 0.717),
without the rules' verdict as features (0.837, 0.721), without headline and sentence words
(0.833, 0.696), letting the model decide only above a probability (0.826-0.833) or only where the
rules' best vote is weak (0.829-0.836). Silver labels (the rules over the
shared corpus) only teach the rules back: 20,000 silver figures beside the gold gave pooled 0.815
and test4 0.660 combined; the former spaCy `textcat` (silver + gold x 50, same features) 0.817-0.820
and 0.664 at every weight. Hence the gold alone, and numpy, not spaCy (`--silver N` keeps the
option).

Retrain after any change to the rules or the gold: `python scripts/train_models.py` (~20 s; no
silver, no download) rewrites model.json byte for byte the same on every run
(tests/extract/test_learned.py checks it); then `--cv --no-save` and keep WEIGHT only while the
combined column beats the rules on the pooled row and on the honest fold (else WEIGHT = 0 and delete
model.json). Cost (`python bench/extract_speed.py --limit 2000 --org-model off [--rules-only]`: first
2,000 shared articles, one process, CPU time, organisation recogniser off, alternating runs): rounds
21-26, VERSION 13, 150 and 183 documents/s per core (149.6, 183.4; the first run overlapped the end of
the cross-validation) and 254 MB peak RSS with the model against 185 and 200 documents/s for the rules
alone; underthesea's ner, the peer run in the same script, 4.2-4.9 documents/s. Rounds 15-19 measured
160 with the model and 182 alone, round 14 221 and 248, round 9 315 and 356: each round's rules cost
speed.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import cache
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "models" / "activity"

# How many words each side of the figure are features: the governing verb phrase sits just before
# the figure, the counted noun and its purpose ("để", "giúp") just after.
NEAR_BEFORE = 4
CLAUSE_BEFORE = 14
AFTER = 8

# The model's probability of each activity (khac included) is added to the rules' votes times
# WEIGHT; the rules' "no evidence" (khac) stands at MIN_FIGURE_SCORE. 0 = the rules alone (chosen on the
# splits the rules were tuned on least, whose rules column is the least flattered: see learn5 above).
# act51 measured w=1 (docstring): more figures right on the splits the rules were tuned on most, the
# same on the least-tuned ones; kept at 2 then. Behind act55's gate and with act56's rules, w=2 falls
# under the rules alone out of sample and w=1 is over them (fifteenth session, docstring): 1
WEIGHT = 1.0
# act55: the model votes where it is sure (its best activity at CONFIDENCE or more) or where its
# best is an activity the rules voted for too; an unsure model alone neither names an activity the
# rules found no cue for nor pushes khac over a rule vote. Out of sample (leave-one-split-out) those
# unsure calls cost the rules more figures than they fixed (docstring, act55)
CONFIDENCE = 0.8
# the rules' verdict is among the model's features (vote_features): trained so, the model learns
# where the gold departs from the rules rather than relearning the cue lists
VOTES = True

_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")


def _words(text: str) -> list[str]:
    return ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]


def vote_features(votes) -> list[str]:
    """The rules' verdict as features: their best activity and runner-up, with a strength
    bucket, so that the model learns where the gold departs from them."""
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 0.3:
        return ["r=none"]
    out = [f"r={ranked[0][0]}", f"r={ranked[0][0]}_{min(int(ranked[0][1]), 3)}"]
    if len(ranked) > 1:
        out.append(f"r2={ranked[1][0]}")
    # how clearly the best beats the runner-up (0: a tie, 4: two points or more)
    margin = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
    out.append(f"rm={min(int(margin * 2), 4)}")
    return out


def _bucket(share: float) -> int:
    return 0 if share == 0 else 1 if share < 0.1 else 2 if share < 0.25 else 3 if share < 0.5 else 4


def document_features(sentences, cues, organizations, dominant: str, headline: str | None) -> list[str]:
    """The document's genre, the same for all its figures: the share of its sentences with an
    activity cue and with an organisation (a programme report has many; general news few), how
    many activities its cues name, its dominant activity and its headline's."""
    starts = [s for s, _ in sentences]
    n = max(len(sentences), 1)

    def share(positions) -> int:
        return _bucket(len({bisect_right(starts, p) for p in positions}) / n)

    acts = len({c.activity for c in cues})
    return [f"g=cue{share(c.start for c in cues)}", f"g=org{share(o.start for o in organizations)}",
            f"g=acts{min(acts, 4)}", f"d={dominant}", f"h={headline or 'none'}"]


def features(text: str, sentence: tuple[int, int], clause: tuple[int, int], start: int, end: int,
             unit: str, title: str) -> list[str]:
    """The features of the figure text[start:end] in its clause and sentence (offsets into text)."""
    lo, hi = clause
    before = _words(text[lo:start])
    after = _words(text[end:hi])[:AFTER]
    out = ["u=" + (unit or "").lower().replace(" ", "_")]
    near, far = before[-NEAR_BEFORE:], before[-CLAUSE_BEFORE:-NEAR_BEFORE]
    out += ["n=" + w for w in near]
    out += ["b=" + w for w in far]
    out += ["nn=" + a + "_" + b for a, b in zip(near, near[1:])]
    out += ["a=" + w for w in after]
    out += ["aa=" + a + "_" + b for a, b in zip(after, after[1:])]
    out += ["s=" + w for w in _words(text[sentence[0]:lo])[-CLAUSE_BEFORE:] + _words(text[hi:sentence[1]])[:CLAUSE_BEFORE]]
    out += ["t=" + w for w in _words(title)[:20]]
    if word_clusters(CLUSTER_FILE) is not None:
        out += cluster_features(near, far, after, unit)
    return out


# learn8: distributional word clusters (scripts/train_word_clusters.py: Word2Vec over the shared
# corpus minus the gold, k-means) so that a cue word the gold never showed shares the weight of the
# words found in its contexts; only the word -> cluster map ships, read without gensim. Absent, the
# features are the word identities alone (the shipped model; see learn8 above for why).
CLUSTER_FILE = MODEL_DIR / "clusters.json"
# the feature families cluster_features adds (the training script's cross-validation drops some)
CLUSTER_FAMILIES = ("uc", "nc", "npc", "bc", "bpc", "ac", "apc")


@cache
def word_clusters(path: Path) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]] | None:
    """({syllable: (fine, coarse)}, {"a_b" syllable pair: (fine, coarse)}) of a cluster file as
    scripts/train_word_clusters.py writes it, or None when there is none."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))

    def table(words: dict[str, int], coarse: list[int]) -> dict[str, tuple[str, str]]:
        # the coarse cluster is written "C<n>" beside the fine "<n>": two values of one feature family
        return {w: (str(f), f"C{coarse[f]}") for w, f in words.items()}

    return table(data["syllables"], data["syllable_coarse"]), table(data["pairs"], data["pair_coarse"])


def cluster_features(near: list[str], far: list[str], after: list[str], unit: str) -> list[str]:
    """The clusters (fine and coarse) of the counted noun ("uc="; a two-syllable unit by its pair),
    of the words and the syllable pairs just before the figure ("nc=", "npc="), farther back in the
    clause ("bc=", "bpc=") and after it ("ac=", "apc=")."""
    syllables, pairs = word_clusters(CLUSTER_FILE)

    def of(prefix: str, table: dict[str, tuple[str, str]], words) -> list[str]:
        return [f"{prefix}={c}" for w in words for c in table.get(w, ())]

    def paired(words: list[str]) -> list[str]:
        return [a + "_" + b for a, b in zip(words, words[1:])]

    unit_words = _words(unit or "")
    out = of("uc", pairs, paired(unit_words)[:1]) if len(unit_words) > 1 else of("uc", syllables, unit_words)
    out += of("nc", syllables, near) + of("npc", pairs, paired(near))
    out += of("bc", syllables, far) + of("bpc", pairs, paired(far))
    out += of("ac", syllables, after) + of("apc", pairs, paired(after))
    return out


MODEL_FILE = MODEL_DIR / "model.json"


@cache
def model():
    """The trained classifier as (labels, {feature: row}, weights [features x labels], bias), or
    None when the package ships no weights."""
    if not MODEL_FILE.exists():
        return None
    return unpack(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def unpack(data: dict):
    """(labels, {feature: row}, weights, bias) of a model as written to MODEL_FILE."""
    import numpy as np

    index = {f: i for i, f in enumerate(data["features"])}
    return data["labels"], index, np.asarray(data["weights"], dtype=np.float64), np.asarray(data["bias"], dtype=np.float64)


def predict(feature_lists: list[list[str]], loaded=None) -> list[dict[str, float]]:
    """Class probabilities for each figure's features (empty dicts without a model); `loaded`:
    another model than the shipped one (unpack's result; the training script's folds)."""
    loaded = loaded or model()
    if loaded is None or not feature_lists:
        return [{} for _ in feature_lists]
    import numpy as np

    labels, index, weights, bias = loaded
    # all figures of the document at once: each one's logits are the sum of its features' rows
    # (a feature counts once however often it occurs, as in training)
    ids: list[int] = []
    bounds = [0]
    for feats in feature_lists:
        ids.extend(sorted({index[f] for f in feats if f in index}))
        bounds.append(len(ids))
    summed = np.zeros((len(ids) + 1, len(labels)))
    if ids:
        np.cumsum(weights[ids], axis=0, out=summed[1:])
    z = bias + summed[bounds[1:]] - summed[bounds[:-1]]
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    return [dict(zip(labels, row)) for row in p.tolist()]


def rule_totals(votes) -> dict[str, float]:
    """The rules' score of each activity they voted for, their "no evidence" (khac) standing at
    MIN_FIGURE_SCORE: what combine weighs the model against, and the fixed logit offset of a
    model trained as a correction of the rules (scripts/train_models.py --cv --correction)."""
    from extract.activity import FALLBACK, MIN_FIGURE_SCORE

    total = {FALLBACK: MIN_FIGURE_SCORE}
    for act, v in votes.items():
        total[act] = total.get(act, 0.0) + v
    return total


def combine(votes, probs: dict[str, float]) -> str:
    """The activity from the rules' votes and the model's probabilities (see WEIGHT and CONFIDENCE)."""
    from extract.activity import FALLBACK

    total = rule_totals(votes)
    if probs and WEIGHT and _model_votes(votes, probs):
        for act, p in probs.items():
            total[act] = total.get(act, 0.0) + WEIGHT * p
    return max(total.items(), key=lambda kv: (kv[1], kv[0] != FALLBACK))[0]


def _model_votes(votes, probs: dict[str, float]) -> bool:
    """Whether the model's probabilities count (see CONFIDENCE): it is sure, or its best activity
    is one the rules voted for (then it only weighs the rules' own candidates)."""
    from extract.activity import FALLBACK

    best = max(probs, key=probs.get)
    return probs[best] >= CONFIDENCE or (best != FALLBACK and votes.get(best, 0.0) > 0)
