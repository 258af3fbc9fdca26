"""spaCy components of the baocao pipeline. Each finder is a factory + a class; results go on
doc._.<attr> (typed records from extract.records), doc.spans and doc.ents (not on a doc marked
records-only, see _annotate). The finders read the text (user_data["baocao_text"]), not tokens.

Order: baocao_sentences -> baocao_places -> baocao_orgs -> baocao_people -> baocao_figures
-> baocao_tables -> baocao_activity -> baocao_attribution -> baocao_programmes -> baocao_kinds.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract import activity as activity_mod
from extract import commitments as commitments_mod
from extract import kinds as kinds_mod
from extract import authors as authors_mod
from extract import figures as figures_mod
from extract import learned
from extract import org_model
from extract import orgs as orgs_mod
from extract import people as people_mod
from extract import periods as periods_mod
from extract import places as places_mod
from extract import roles as roles_mod
from extract import tables as tables_mod
from extract import vi
from extract.records import Figure, Organization, Person, Place

for _name, _default in (("meta", None), ("sentences", None), ("organizations", None), ("people", None),
                        ("places", None), ("figures", None), ("cues", None),
                        ("programmes", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _meta(doc: Doc) -> dict:
    return doc._.meta or {}


def _text(doc: Doc) -> str:
    # Doc.text re-joins every token on each access; the pipeline caches the input text instead
    text = doc.user_data.get("baocao_text")
    if text is None:
        text = doc.user_data["baocao_text"] = doc.text
    return text


def _spans(doc: Doc, found: Iterable, label: str) -> list[Span]:
    """The token spans, labelled, of what a component found (anything with character offsets `start`
    and `end`), each widened to whole tokens; one the tokens cannot hold is left out."""
    return [s for x in found if (s := doc.char_span(x.start, x.end, label=label, alignment_mode="expand")) is not None]


RECORDS_ONLY = "baocao_records_only"


def _annotate(doc: Doc) -> bool:
    """Whether to write the token-level results (sentence starts, doc.spans, doc.ents). Not when
    the caller keeps only the records (extract.pipeline.extract_text marks the doc so): they are
    then thrown away with the doc, and writing them was a tenth of the pipeline's time."""
    return not doc.user_data.get(RECORDS_ONLY)


@Language.factory("baocao_sentences")
def make_sentences(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    """Sentence offsets from underthesea (extract/vi.py); also marks token.is_sent_start."""

    def __call__(self, doc: Doc) -> Doc:
        spans = vi.sentence_spans(_text(doc))
        doc._.sentences = spans
        if len(doc) and _annotate(doc):
            # one array write instead of a Python loop over tokens (has_annotation is slow per token);
            # token and sentence starts are both sorted: binary search, then keep exact hits
            idx = doc.to_array(IDX)
            starts = numpy.fromiter([s for s, _ in spans], dtype=idx.dtype, count=len(spans))
            at = numpy.searchsorted(idx, starts)
            at = at[at < len(idx)]
            flags = numpy.full(len(idx), -1, dtype="int64")
            flags[at[idx[at] == starts[:len(at)]]] = 1
            flags[0] = 1
            doc.from_array([SENT_START], flags.view("uint64").reshape(-1, 1))
        return doc


@Language.factory("baocao_places")
def make_places(nlp: Language, name: str) -> "PlaceFinder":
    return PlaceFinder()


class PlaceFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = places_mod.find_places(_text(doc))
        doc._.places = [Place(p.name, p.canonical, p.kind, p.start, p.end) for p in found]
        if _annotate(doc):
            doc.spans["places"] = _spans(doc, found, "LOC")
        return doc


@Language.factory("baocao_orgs")
def make_orgs(nlp: Language, name: str) -> "OrganisationFinder":
    return OrganisationFinder()


class OrganisationFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = orgs_mod.find_orgs(_text(doc))
        if org_model.ENABLED:  # the learned recogniser adds what no rule span covers (extract/org_model.py)
            found = sorted(found + [orgs_mod.FoundOrg(m.name, m.canonical, m.kind, None, None, m.start, m.end)
                                    for m in org_model.find(_text(doc), [(o.start, o.end) for o in found])],
                           key=lambda o: o.start)
        doc._.organizations = [Organization(o.name, o.canonical, o.kind, o.level, o.place, o.start, o.end)
                               for o in found]
        if _annotate(doc):
            doc.spans["organizations"] = _spans(doc, found, "ORG")
        return doc


@Language.factory("baocao_people")
def make_people(nlp: Language, name: str) -> "PeopleFinder":
    return PeopleFinder()


class PeopleFinder:
    def __call__(self, doc: Doc) -> Doc:
        taken = [(o.start, o.end) for o in doc._.organizations or []] + [(p.start, p.end) for p in doc._.places or []]
        found = people_mod.find_people(_text(doc), taken)
        doc._.people = [Person(p.name, p.title, p.start, p.end) for p in found]
        if _annotate(doc):
            doc.spans["people"] = _spans(doc, found, "PER")
            ents = list(doc.spans["organizations"]) + list(doc.spans["places"]) + list(doc.spans["people"])
            _set_ents(doc, filter_spans(ents))
        return doc


def _set_ents(doc: Doc, spans: list) -> None:
    """doc.ents = spans (labelled, not overlapping), written as two token columns: spaCy's setter
    walks every token in Python-level code (~0.15 ms per article). Same result: B (3) on an
    entity's first token, I (1) on the rest, the label as type; O (2) and no type elsewhere."""
    if not len(doc):
        doc.ents = spans
        return
    iob = numpy.full(len(doc), 2, dtype="uint64")
    types = numpy.zeros(len(doc), dtype="uint64")
    for span in spans:
        iob[span.start] = 3
        iob[span.start + 1:span.end] = 1
        types[span.start:span.end] = span.label
    doc.from_array([ENT_IOB, ENT_TYPE], numpy.stack([iob, types], axis=1))


@Language.factory("baocao_figures")
def make_figures(nlp: Language, name: str) -> "FigureFinder":
    return FigureFinder()


class FigureFinder:
    """Numbers with their counted noun; activity/organisations/year/place are filled by later components."""

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        known = [(p.start, p.end) for p in doc._.places or []] + [(o.start, o.end) for o in doc._.organizations or []]
        raw = figures_mod.find_figures(text, known)
        sentences = doc._.sentences or [(0, len(text))]
        starts = [s for s, _ in sentences]
        out = []
        for f in raw:
            i = max(0, bisect_right(starts, f.start) - 1)
            s, e = sentences[i]
            out.append(Figure(value=f.value, value_max=f.value_max, unit=f.unit, qualifier=f.qualifier,
                              activity=activity_mod.FALLBACK, organizations=[], year=None, place=None,
                              sentence=text[s:e], start=f.start, end=f.end, text=f.text,
                              mentions=[(f.start, f.end)]))
        doc._.figures = out
        if _annotate(doc):
            doc.spans["figures"] = _spans(doc, out, "FIGURE")
        return doc


# doc.user_data key: id(figure) -> (start, end) of its row label, for the figures of tables
TABLE_LABELS = "baocao_table_labels"


@Language.factory("baocao_tables")
def make_tables(nlp: Language, name: str) -> "TableFigures":
    return TableFigures()


class TableFigures:
    """Tables of figures (extract/tables.py): each number cell becomes a figure with the unit of
    its row and the year of its column, in place of what baocao_figures made of the same cell.
    The row label is where baocao_activity looks for the activity."""

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        found = tables_mod.find_table_figures(text)
        if not found:
            return doc
        cells = sorted((f.start, f.end) for f in found)
        starts = [s for s, _ in cells]

        def in_cell(fig: Figure) -> bool:
            i = bisect_right(starts, fig.start) - 1
            return i >= 0 and fig.start < cells[i][1]

        kept = [f for f in doc._.figures or [] if not in_cell(f)]
        labels = doc.user_data.setdefault(TABLE_LABELS, {})
        for t in found:
            fig = Figure(value=t.value, value_max=None, unit=t.unit, qualifier="exact",
                         activity=activity_mod.FALLBACK, organizations=[], year=t.year, place=None,
                         sentence=text[t.row[0]:t.row[1]], start=t.start, end=t.end, text=t.text,
                         mentions=[(t.start, t.end)])
            labels[id(fig)] = t.label
            kept.append(fig)
        kept.sort(key=lambda f: f.start)
        doc._.figures = kept
        if _annotate(doc):
            doc.spans["figures"] = _spans(doc, kept, "FIGURE")
        return doc


def _clause(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of a figure: the part of its sentence between semicolons (lists of results)."""
    s, e = sent
    lo = text.rfind(";", s, start)
    hi = text.find(";", end, e)
    return (lo + 1 if lo >= 0 else s), (hi if hi >= 0 else e)


def _sentence_finder(doc: Doc):
    """pos -> (start, end) of its sentence. Built once per component call: doc._ lookups per
    figure were a visible share of the components' time."""
    sentences = doc._.sentences or [(0, len(_text(doc)))]
    starts = doc.user_data.get("baocao_sentence_starts")
    if starts is None or len(starts) != len(sentences):
        starts = doc.user_data["baocao_sentence_starts"] = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        return sentences[max(0, bisect_right(starts, pos) - 1)]

    return sentence_of


def _title_end(doc: Doc) -> int:
    title = (_meta(doc).get("title") or "").strip()
    if title and _text(doc).lstrip().startswith(title):
        return _text(doc).index(title) + len(title)
    return 0


# doc.user_data key: when present (a list), baocao_activity appends (figure, rule votes, features)
# of every prose figure to it: what scripts/train_models.py learns from
LEARNING = "baocao_learning"


@Language.factory("baocao_activity")
def make_activity(nlp: Language, name: str) -> "ActivityClassifier":
    return ActivityClassifier()


class ActivityClassifier:
    """Activity of each figure from evidence near it: its clause and the rest of its sentence,
    then the previous sentence when this one links back to it ("Trong đó", "Cụ thể", a list
    that goes on); with no evidence the figure is `khac`. The document's dominant activity
    never labels a figure alone: it only tips close calls between cues the figure has, and only when
    it leads the story clearly (activity.story_prior), except in a story that lends its activity to
    figures with no evidence of ours (activities.toml [feature])."""

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        raw = activity_mod.find_cues(text)
        title = _meta(doc).get("title") or ""
        title_end = _title_end(doc)
        title_cues = activity_mod.find_cues(title) if title and not title_end else []
        # the story's markers are counted over its headline too (whole); the programme gates read the
        # headline apart, on a line of its own (story)
        if title and not title_end:
            whole = story = f"{title}\n{text}"
        else:
            whole, story = text, f"{text[:title_end]}\n{text}"
        # a show-business story's contestants and rounds are no school's exams, a story of private life
        # gives private gifts, a story of wrongdoing at a school is no schooling (activities.toml [show],
        # [private], [incident])
        kinds = activity_mod.story_kinds(whole)
        for kind in kinds:
            raw, title_cues = activity_mod.recast(raw, text, kind), activity_mod.recast(title_cues, title, kind)
        # credit words, roads and bridges are ours only in a programme's context (activities.toml [[gate]])
        sentence_of = _sentence_finder(doc)
        gates = activity_mod.open_gates(story)
        raw = activity_mod.gate(raw, text, sentence_of, gates)
        title_cues = activity_mod.gate(title_cues, title, lambda _: (0, len(title)), gates)
        cues = activity_mod.in_names(raw, [(o.start, o.end) for o in doc._.organizations or []])
        story_scores = activity_mod.document_scores(raw + [activity_mod.Cue(-1, -1, c.activity, c.weight * 3)
                                                             for c in title_cues], title_end)
        dominant = activity_mod.dominant_activity(story_scores)
        prior_activity, prior = activity_mod.story_prior(story_scores, dominant)
        doc._.cues = raw
        starts = [c.start for c in cues]
        # a table row label is a noun phrase: a body named in it ("Hội đồng NVQS") is what the row counts
        raw_starts = [c.start for c in raw]
        title_lower = (title or text[:title_end]).lower()
        headline = activity_mod.headline_activity([c for c in cues if c.end <= title_end] or title_cues)
        # the body's own cues (a headline written at the top of the text is not the body)
        body_cue_weight = activity_mod.cue_weight_by_activity([c for c in raw if c.start >= title_end])
        body = activity_mod.body_activity(body_cue_weight)
        feature = activity_mod.feature_activity(title_lower, dominant, headline, body_cue_weight, body)
        # a story whose body is about one activity of ours is no general news, however few its cues
        # (a short health-advice piece), whether its headline names no activity or the same one
        # ("5 bài thuốc hay trị chứng tiểu đêm" over a remedy's doses): no genre prior
        # (activities.toml [feature.body])
        if body is not None and feature == body and headline in (None, body):
            genre = 0.0
        else:
            genre = activity_mod.genre_prior(raw + title_cues, len(text) + len(title) * (not title_end))
        # the headline's cues and their text: what it names counts for a [[context]] rule's `named`
        # (a headline that names donations makes its story's receipts money collected)
        headline_cues = (title_cues, title) if not title_end else ([c for c in raw if c.end <= title_end], text)
        labels = doc.user_data.get(TABLE_LABELS) or {}
        pending = []  # (figure, rule votes, features) of the prose figures
        # the classifier's features are built only when it is on or its training data is collected
        featured = bool(learned.WEIGHT) or LEARNING in doc.user_data
        doc_feats = learned.document_features(doc._.sentences or [(0, len(text))], cues, doc._.organizations or [],
                                              dominant, headline) if featured else []
        # counted nouns of the prose figures, per sentence: a sentence that counts the noun the
        # sentence before it counted goes on with its list ("... 14 dự án NƠXH. ... 39 dự án")
        counted: dict[int, set[str]] = {}
        for fig in doc._.figures or []:
            if fig.unit and id(fig) not in labels and fig.unit not in activity_mod.GENERIC_UNITS:
                counted.setdefault(sentence_of(fig.start)[0], set()).add(fig.unit)
        for fig in doc._.figures or []:
            label = labels.get(id(fig))
            if label is not None:
                fig.activity = self._row_activity(raw, raw_starts, label, fig.unit, dominant, text)
                continue
            sent = sentence_of(fig.start)
            lo, hi = _clause(text, sent, fig.start, fig.end)
            scores: Counter = Counter()
            near = cues[bisect_left(starts, sent[0] - 60):bisect_left(starts, sent[1])]
            own = activity_mod.phrase_start(near, text, lo, fig.start)
            activity_mod.score(near, fig.start, fig.end, own, hi, 1.0, scores, text)
            if own > lo:
                activity_mod.score(near, fig.start, fig.end, lo, own, activity_mod.PHRASE_FACTOR, scores, text)
            activity_mod.score(near, fig.start, fig.end, sent[0], lo, 0.4, scores, text)
            activity_mod.score(near, fig.start, fig.end, hi, sent[1], 0.4, scores, text)
            activity_mod.unit_vote(fig.unit, scores, kinds)
            activity_mod.per_unit_vote(text, fig.end, scores)
            # the sentence before (read once: the link below and the context both need it)
            prev = sentence_of(sent[0] - 1) if sent[0] > 0 else sent
            if not activity_mod.enough(scores) and sent[0] > title_end:
                if prev != sent and (activity_mod.links_back(text, sent[0], lo)
                                     or (activity_mod.SAME_NOUN_LINK and fig.unit in counted.get(prev[0], ()))):
                    before = cues[bisect_left(starts, prev[0]):bisect_left(starts, prev[1])]
                    activity_mod.score(before, prev[1], prev[1], prev[0], prev[1], activity_mod.LINK_FACTOR,
                                       scores, text)
            # what comes before the figure (its sentence and the one before) and just after it
            # ("... cho người dân vùng lũ"), not a later part of a long sentence
            reach = min(sent[1], fig.end + activity_mod.MARKER_REACH)
            # (at most CONTEXT_REACH characters back: a text with no full stop is one long sentence)
            back = max(prev[0] if prev[0] >= title_end else sent[0], fig.start - activity_mod.CONTEXT_REACH)
            context = cues[bisect_left(starts, back):bisect_left(starts, reach)]
            # prizes, money received, relief, home loans, a governing gift verb (activities.toml [[context]])
            governed = activity_mod.apply_context(scores, activity_mod.Setting(
                text, near, context, sent[0], own, fig.start, headline_cues, fig.unit, fig.end, sent[1]))
            if scores and prior and activity_mod.prior_applies(scores, prior_activity, context):
                # a story has one programme: its activity tips close calls between weak local cues;
                # general news (no activity of ours dominates) tips them towards `khac`
                # (less when a gift verb of the figure's own phrase governs it: activities.toml [[context]])
                # (only when the story's lead is clear: activity_mod.story_prior, and only towards an
                # activity the figure or the cues around it name: activity_mod.prior_applies)
                scores[prior_activity] += activity_mod.prior_factor(governed, prior_activity) * prior
            if not activity_mod.enough(scores) and headline and fig.unit and fig.start >= title_end:
                # the counted noun is the headline's subject ("14 người" of "Ca nô chìm ..., 14
                # người thoát chết"): the headline's own cues are evidence about it
                if activity_mod.names_unit(title_lower, fig.unit):
                    scores[headline] += activity_mod.MIN_FIGURE_SCORE
            if feature:
                # a feature story of a livelihood, or a story of one programme: its figures belong to
                # it (activities.toml [feature]), the headline's own too ("Đếm đủ 3 triệu đồng/ngày nhờ
                # trồng cà chua": the takings the story is about; gold test4)
                activity_mod.feature_vote(scores, feature, fig.unit)
            if genre:
                scores[activity_mod.FALLBACK] += genre * activity_mod.prior_factor(governed, activity_mod.FALLBACK)
            feats = learned.features(text, sent, (lo, hi), fig.start, fig.end, fig.unit, title or text[:title_end]) \
                + doc_feats if featured else None
            pending.append((fig, scores, feats))
        probs = learned.predict([f + learned.vote_features(v) if learned.VOTES else f for _, v, f in pending]) \
            if learned.WEIGHT else [{}] * len(pending)
        for (fig, scores, feats), p in zip(pending, probs):
            fig.activity = learned.combine(scores, p)
            if LEARNING in doc.user_data:
                doc.user_data[LEARNING].append((fig, dict(scores), feats))
        return doc

    @staticmethod
    def _row_activity(cues, starts, label: tuple[int, int], unit: str, dominant: str, text: str) -> str:
        """A table figure's activity, from the cues of its row label alone. A label is a noun
        phrase with nothing between its words and the number, so distance means nothing there;
        its first cue is the head ("Buổi tuyên truyền Luật Nghĩa vụ quân sự", "Kinh phí xây
        nhà đồng đội") and weighs half again as much (after "được", the first cue after it);
        cues that only say who was counted ("... gia đình chính sách") count less, as in prose."""
        lo, hi = label
        scores: Counter = Counter()
        taxonomy = activity_mod.taxonomy()
        in_label = cues[bisect_left(starts, lo):bisect_left(starts, hi)]
        # "Quân nhân xuất ngũ được giới thiệu việc làm": after a passive marker comes the action,
        # before it the people counted; the head is then the first cue after the marker
        marker = taxonomy.after.search(text, lo, hi)
        head = next((c for c in in_label if marker and c.start >= marker.end()), in_label[0] if in_label else None)
        for cue in in_label:
            vote = 1.5 if cue is head else (taxonomy.descriptor_factor if cue.descriptor else 1.0)
            scores[cue.activity] += cue.weight * vote
        activity_mod.unit_vote(unit, scores)
        if scores and dominant != activity_mod.FALLBACK:
            scores[dominant] += activity_mod.DOCUMENT_PRIOR
        # unlike a sentence of a news story, a row of an annex reports the document's own
        # programme, so a label with no cue of its own takes the document's activity
        return activity_mod.best(scores, dominant)


# the date an official text or a news page was written, near its top: "ngày 18 tháng 11 năm 2015",
# "Cập nhật ngày 18/03/2011"
_HEAD_DATE = re.compile(r"ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)"
                        r"((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
HEAD_CHARS = 600
_WITH_PARTNER = re.compile(r"(?<!\w)(?:phối\s+hợp|phối\s+kết\s+hợp|cùng\s+với)(?!\w)", re.IGNORECASE)


@Language.factory("baocao_attribution")
def make_attribution(nlp: Language, name: str) -> "Attribution":
    return Attribution()


class Attribution:
    """Who (organisations: clause, else the document's author with the sentence's, else with the
    document's main actors), when (a year or a period written in the sentence, else the
    document's year, or its period for a report on one) and where (place in the clause/sentence)
    for each figure; its role beside other figures (extract/roles.py); then merges repeated
    figures (same value and unit) into one with all mention offsets."""

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        meta = _meta(doc)
        orgs = doc._.organizations or []
        places = doc._.places or []
        title_end = _title_end(doc)
        main = self._main_actors(orgs, title_end, meta.get("title") or "")
        author = authors_mod.authors(text, orgs)
        doc_year = doc.user_data["baocao_doc_year"] = self._document_year(text, meta)
        now = self._written_in(text, meta)
        doc_period = periods_mod.document_period(meta.get("title") or text[:title_end])
        # a report on a period written at its end: a figure with no time of its own is the period's
        retrospective = doc_period if doc_period and now is not None and now >= doc_period[1] else None
        org_starts = [o.start for o in orgs]
        place_starts = [p.start for p in places]
        sentence_of = _sentence_finder(doc)
        for fig in doc._.figures or []:
            sent = sentence_of(fig.start)
            lo, hi = _clause(text, sent, fig.start, fig.end)
            # orgs and places sorted by start: slice the sentence's share instead of scanning all
            in_sent = orgs[bisect_left(org_starts, sent[0]):bisect_left(org_starts, sent[1])]
            names = _unique(o.canonical for o in in_sent if lo <= o.start and o.end <= hi)
            if names and author and _WITH_PARTNER.search(text, lo, hi):
                # "phối hợp với Bộ CHQS tỉnh tổ chức 650 buổi": the partner is named, the author acts too
                names = _unique([*author, *names])
            if not names:
                names = _unique([*author, *(o.canonical for o in in_sent if o.end <= sent[1])])
            fig.organizations = names or list(main)
            # a table figure comes with the year of its column
            if not fig.year:
                when = periods_mod.time_of(text, sent, fig.start, now if now is not None else doc_year, doc_period)
                if isinstance(when, tuple):
                    fig.period_from, fig.period_to = when
                elif when is not None:
                    fig.year = when
                elif retrospective:
                    fig.period_from, fig.period_to = retrospective
                else:
                    fig.year = doc_year
            places_in = places[bisect_left(place_starts, sent[0]):bisect_left(place_starts, sent[1])]
            fig.place = self._place(places_in, in_sent, (lo, hi), sent, fig.start)
        roles_mod.assign(text, doc._.figures or [], sentence_of)
        doc._.figures = _merge(doc._.figures or [], title_end, doc.user_data.get(TABLE_LABELS) or {})
        return doc

    @staticmethod
    def _written_in(text: str, meta: dict) -> int | None:
        """The year the document was written: its publication date, else a date near its top."""
        published = meta.get("published")
        if published and published[:4].isdigit():
            return int(published[:4])
        m = _HEAD_DATE.search(text, 0, HEAD_CHARS)
        return int(m.group(1)) if m else None

    @staticmethod
    def _main_actors(orgs, title_end: int, title: str) -> list[str]:
        in_title = _unique(o.canonical for o in orgs if o.end <= title_end)
        if in_title:
            return in_title
        if title and not title_end:
            in_title = _unique(o.canonical for o in orgs_mod.find_orgs(title))
            if in_title:
                return in_title
        counts = Counter(o.canonical for o in orgs)
        if not counts:
            return []
        top = counts.most_common(1)[0][1]
        return [name for name, n in counts.most_common(2) if n == top or n >= 2]

    @staticmethod
    def _document_year(text: str, meta: dict) -> int | None:
        years = meta.get("years") or ()
        if years:
            return int(years[0])
        published = meta.get("published")
        if published and published[:4].isdigit():
            return int(published[:4])
        counts = Counter(year for _, _, year in periods_mod.years(text, 0, min(len(text), 20_000)))
        return counts.most_common(1)[0][0] if counts else None

    @staticmethod
    def _place(places, orgs, clause, sent, pos: int) -> str | None:
        for lo, hi in (clause, sent):
            inside = [p for p in places if lo <= p.start and p.end <= hi and p.kind != "foreign"]
            inside += [p for p in places if lo <= p.start and p.end <= hi and p.kind == "foreign"]
            if inside:
                return min(inside, key=lambda p: abs(p.start - pos)).canonical
            with_place = [o for o in orgs if lo <= o.start and o.end <= hi and o.place]
            if with_place:
                return min(with_place, key=lambda o: abs(o.start - pos)).place
        return None


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))


def _merge(figs: list[Figure], title_end: int, table: dict | None = None) -> list[Figure]:
    """The same figure (value, unit) written again counts once; keep every mention.
    The kept record is the first mention in text order (title first), as the gold guidelines say.
    value_max is no part of the key (guideline "Repeats", dev7 p1, test8, test15, test16): a range that
    starts at an earlier value ("30%" ... "vay 30- 50%") and a value that starts an earlier range ("từ
    0,03% - 0,1%" ... "tăng 0,03%") restate it, while a range's upper bound alone ("200.000 đồng" after
    "70.000 - 200.000 đồng") is a value of its own.
    In a table the same number in two rows or two years is two results: table figures also
    differ by row and year."""
    groups: dict[tuple, list[Figure]] = {}
    table = table or {}
    # the text restating a table's number for the same year is the same result, once: a table
    # figure and a prose figure with the same value, unit and year share one group (one pair each)
    open_prose: dict[tuple, tuple] = {}  # (value, unit, year) -> prose group without a table figure
    open_table: dict[tuple, tuple] = {}  # the same -> table group without a prose figure
    for fig in figs:
        same = (fig.value, fig.unit, fig.year)
        if id(fig) in table:
            key = open_prose.pop(same, None) or (fig.value, fig.unit, (table[id(fig)], fig.year))
            if key[2] is not None:
                open_table.setdefault(same, key)
        else:
            key = (fig.value, fig.unit, None)
            if key not in groups and same in open_table:
                key = open_table.pop(same)
            elif key not in groups:
                open_prose[same] = key
        groups.setdefault(key, []).append(fig)
    out = []
    for group in groups.values():
        keep = group[0]
        keep.mentions = [(f.start, f.end) for f in group]
        out.append(keep)
    out.sort(key=lambda f: f.start)
    return out


@Language.factory("baocao_programmes")
def make_programmes(nlp: Language, name: str) -> "ProgrammeFinder":
    return ProgrammeFinder()


class ProgrammeFinder:
    """A coordination programme or plan: its commitments, period and signatories (extract/commitments.py)."""

    def __call__(self, doc: Doc) -> Doc:
        meta = _meta(doc)
        found = commitments_mod.find_programme(_text(doc), meta.get("title") or "", doc._.organizations or [],
                                               meta.get("years") or ())
        doc._.programmes = [found] if found else []
        return doc


@Language.factory("baocao_kinds")
def make_kinds(nlp: Language, name: str) -> "KindClassifier":
    return KindClassifier()


class KindClassifier:
    """result | target for each figure, from cue words before it in its clause (extract/kinds.py);
    in a programme or plan, target unless its clause reports what was done."""

    def __call__(self, doc: Doc) -> Doc:
        figures = doc._.figures or []
        if not figures:
            return doc
        text = _text(doc)
        doc_year = doc.user_data.get("baocao_doc_year")  # baocao_attribution's, else worked out again
        if doc_year is None:
            doc_year = Attribution._document_year(text, _meta(doc))
        classifier = kinds_mod.Classifier(text, planning=bool(doc._.programmes), doc_year=doc_year)
        sentence_of = _sentence_finder(doc)
        for fig in figures:
            fig.kind = classifier.kind(_clause(text, sentence_of(fig.start), fig.start, fig.end), fig.start, fig.end)
        return doc
