"""Activity classification of figures from cue words (extract/data/activities.toml).

Each cue found near a figure votes for its activity with its weight, discounted by
distance; cues in the figure's own verb phrase (its clause, from the last comma that opens
a phrase with a cue of its own) count fully, cues of an earlier phrase and elsewhere in the
sentence count less, then the previous sentence when the figure's sentence links back to it
(activities.toml [links]). With no evidence the figure is `khac`; the document's
dominant activity (title first) only tips close calls, and only when it leads clearly (story_prior),
except in a story that lends its activity to its figures (a livelihood feature story, or one
programme named by headline and body alike: activities.toml [feature])."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice
from typing import NamedTuple

from extract import trie
from extract.resources import load, lower_same_length, lower_set, nfc

FALLBACK = "khac"
# Below these scores the evidence is too thin: a lone weak cue ("phối hợp" in a police story)
# should not label a figure; the document's activity needs several cues to be trusted.
MIN_FIGURE_SCORE = 0.3
MIN_DOCUMENT_SCORE = 1.5
# a passive/purpose marker belongs to the figure only when it follows its noun phrase closely;
# farther on, "được" starts another result ("quỹ ... được 3,3 tỷ đồng, xây mới được 111 nhà")
MARKER_REACH = 40
# added to the document's activity for every figure that has some cue of its own (see components)
DOCUMENT_PRIOR = 0.3  # small: chosen on dev + dev2 (0.3 better than 0, 0.5, 0.8, 1.2 on both)
# the same for `khac` when no activity of ours dominates the document (general news)
GENERAL_PRIOR = 0.5
# A story's activity is clear only when it leads the runner-up by DOMINANT_MARGIN of cue weight
# (headline cues weighing more, as in document_scores): one or two cue words more or less must not flip
# the prior on every figure of the story. Below it the story lends UNCLEAR_PRIOR to `khac` instead.
# Over the 32 tuning splits (act46) the prior of a story leading by less than 2 decided 19 figures,
# only 5 of them right (12 without it); margins 2-4 with 0.1-0.2 for `khac` all gained 13-20 figures
# (rules alone), no prior at all gained 7-9, the full GENERAL_PRIOR (0.5) gained 15 but cost dev7
# and test15. 2, the low end: a relief fund's report names donations and the disaster about as often
# and its allocated total is still relief (tests/extract/test_act39.py).
DOMINANT_MARGIN = 2.0
UNCLEAR_PRIOR = 0.2
# Genre: a document that is not about our organisations' work for people (courts, economy,
# administration, foreign affairs) has few of our cues for its length. Below GENRE_DENSITY
# (weight of non-`khac` cues per 1,000 characters, headline included) `khac` gains up to
# GENRE_PRIOR, linearly more the sparser the cues, so a figure there needs strong evidence of its
# own. Chosen on the six tuning splits (a ramp, no cliff): 6 / 1.0 changed no split for the
# worse; steeper settings (density 8+, prior 2+) cost dev3 and test3 figures.
GENRE_DENSITY = 6.0
GENRE_PRIOR = 1.0


# how far back (characters) a [[context]] rule reads the figure's context (the relief rule: for a
# disaster): about two sentences of news
CONTEXT_REACH = 600

# the previous sentence votes this much when the figure's sentence opens with a link to it
LINK_FACTOR = 0.6
# a sentence that counts the same noun as the sentence before it continues that list (a link too)
SAME_NOUN_LINK = True
# ... but not money, shares, people: every sentence counts them (activities.toml [links] generic_units)
GENERIC_UNITS = frozenset(load("activities").get("links", {}).get("generic_units", ()))

# A clause may hold several verb phrases joined by commas ("Chi hội tặng 25 suất quà ..., quyên
# góp ủng hộ ... được 40 triệu đồng"): the figure's own phrase starts after the last comma that is
# followed by a cue of its own before the figure. Cues before that comma belong to another
# phrase and vote like the rest of the sentence (this factor), not like the figure's own clause.
# A plain list ("tặng 25 suất quà, 30 xe đạp") has no cue after its commas: one phrase.
PHRASE_FACTOR = 0.4
# ... and a phrase opens with its verb, after its subject at most ("tỉnh Cà Mau trao tủ thuốc"):
# a cue farther from the comma is inside the phrase ("mỗi sổ trị giá ... tặng"), not its head
PHRASE_OPENING = 30
_DIGIT = re.compile(r"\d")
# a number just before a cue ("100 ký", "2-3 ký"): see Taxonomy.after_number
_NUMBER_BEFORE = re.compile(r"\d\s?$")
# a figure in brackets right after a noun gives its value (see score)
_APPOSITION = re.compile(r"\s?\(\s?")
# a percentage just before a cue ("4,5% lương cơ sở"): see Taxonomy.after_percent
_PERCENT_BEFORE = re.compile(r"\d\s?%\s?$")
# a comma just before a cue: the cue opens a phrase of its own (see score)
_NEXT_PHRASE = re.compile(r",\s?$")

# a cue inside an organisation's name votes this much of its weight (see in_names)
NAME_FACTOR = 0.3


# The story kinds of activities.toml: in a story of the kind (its markers written at least
# `min_markers` times, headline included) the cue words under its key name the story's people
# and things, not our programmes, and vote `khac`:
# - show: a show-business story (a TV talent show, a model or beauty contest, a choir festival):
#   the contest's words ("thí sinh", "vòng thi", "cuộc thi") name its contestants and rounds,
#   not a school's exams;
# - private: a story of private life (lovers, spouses, in-laws, a wedding): the gift and
#   earning words ("tặng", "quà", "kiếm được") tell of private gifts and one person's own money;
# - incident: a story of wrongdoing or an incident (a denunciation, corruption, an exam leak, a
#   fight filmed, trafficking, gambling): the school's words ("học sinh", "nhà trường", "năm học",
#   "đề thi") and a hospital's ("bệnh viện", "bác sĩ") say where it happened and to whom, not that
#   anyone was taught or treated;
# - sport: a story of professional sport (football, golf, boxing): a club's new signings ("tân
#   binh"), its injured players ("thương binh"), its squad picked and setting off are the team's,
#   not conscripts, war invalids or recruits.
STORY_KINDS = {"show": "contest", "private": "recast", "incident": "recast", "sport": "recast"}


class Vote(NamedTuple):
    """What a cue word or a counted noun votes for, and how much."""
    activity: str | None  # None: a neutral word (see taxonomy)
    weight: float


# What a [[context]] rule does to a figure's votes (see apply_context)
CONTEXT_KINDS = ("vote", "move", "prior", "drop")


@dataclass(frozen=True, slots=True)
class ContextRule:
    """One activities.toml [[context]]: words around a figure that change its votes (apply_context).
    One record for every such rule, so that the next one is a data entry: its conditions are optional."""
    name: str
    kind: str  # one of CONTEXT_KINDS
    activity: str  # vote: the activity voted for; move: where the votes go
    weight: float  # vote: the vote; prior: how much a story prior for another activity counts
    verbs: frozenset[str]  # lower: the figure's governing verb must be one (empty: no verb needed)
    words: re.Pattern | None  # verbs_in = "text": the verbs and their holders, read in the lower text
    reach: int  # characters at most between the governing verb's end and the figure
    named: frozenset[str]  # lower cues: the figure's sentence or the headline must name one
    named_khac: bool  # `named` may be cues of general news (`khac`): fires, crime, sales (see _names)
    unless: re.Pattern | None  # words in the figure's sentence before it that cancel the rule, on lower text
    absorbs: frozenset[str]  # move: the activities whose top vote moves; drop: the activities whose votes go
    min_context: float  # move: the weight of `activity` cues the figure's context needs
    weak: frozenset[str]  # lower cues that count towards min_context as descriptors do (the weather alone)
    units: frozenset[str]  # lower: the figure's counted noun must be one (empty: any)
    after: re.Pattern | None  # on lower text: one must follow the figure as its own predicate (said_of)
    after_reach: int  # characters at most between the figure's end and an `after` word
    unless_after: re.Pattern | None  # words in the figure's sentence after it that cancel the rule
    unless_units: frozenset[str]  # lower: counted nouns the rule never applies to


@dataclass(frozen=True, slots=True)
class StoryKind:
    """A story kind of STORY_KINDS ([show], [private], [incident], [sport])."""
    markers: re.Pattern
    min_markers: int  # how many times the markers must be written
    words: frozenset[str]  # lower cue words that vote `khac` in a story of the kind


@dataclass(frozen=True, slots=True)
class Gate:
    """One [[gate]]: cue words that are ours only in their programme's context (see gate())."""
    cues: frozenset[str]
    context: re.Pattern
    story: re.Pattern  # words that make the whole story one of the programme
    min_story: int  # how many times they must be written


@dataclass(frozen=True, slots=True)
class Feature:
    """activities.toml [feature]: stories that lend their activity to their figures (feature_activity)."""
    activity: str  # the livelihood of a feature story
    prior: float  # what the story lends a figure with no evidence of ours (feature_vote)
    headline: re.Pattern  # headline words of a livelihood feature
    stories: frozenset[str]  # the programmes a story of one lends


@dataclass(frozen=True, slots=True)
class BodyStory:
    """activities.toml [feature.body]: a body about one activity whose headline names none (body_activity)."""
    stories: frozenset[str]  # the activities a body can be about
    share: float  # of all the body's cue weight
    min_weight: float
    min_weights: dict[str, float]  # activity -> the weight it needs instead of min_weight
    givable: frozenset[str]  # stories of giving: they lend nothing to a figure counting people
    people: frozenset[str]  # lower units that count people


@dataclass(frozen=True, slots=True)
class Taxonomy:
    labels: dict[str, str]  # id -> Vietnamese label for the UI
    cues: re.Pattern
    cue_map: dict[str, Vote]  # lower cue -> its vote
    units: dict[str, Vote]  # figure unit -> its vote: the counted noun
    after: re.Pattern  # markers after a figure that introduce its action or purpose
    descriptors: frozenset[str]  # lower cues that describe who is counted, not what was done
    descriptor_factor: float
    who: frozenset[str]  # descriptors that name who is counted even as the figure's own noun (see score)
    links: re.Pattern  # openings of a sentence that continue the previous one ("Trong đó", "Cụ thể")
    verbs: frozenset[str]  # lower cues that open a verb phrase of their own after a comma (see phrase_start)
    after_number: frozenset[str]  # lower cues that right after a number are a unit ("100 ký gạo"): no cue there
    before_number: frozenset[str]  # lower cues that right before a number are an adverb ("phổ biến 70-120mm"): none
    number_after: re.Pattern  # a number right after such a cue, maybe behind a word opening a quantity ("từ")
    after_percent: frozenset[str]  # lower cues that right after a percentage are its base (Cue.base)
    buildings: re.Pattern  # "nhà X" that are no home: a cue running into one yields (_runs_on)
    story_kinds: dict[str, StoryKind]  # by STORY_KINDS key
    gates: tuple[Gate, ...]
    context: tuple[ContextRule, ...]  # in the order they apply
    feature: Feature
    body: BodyStory


def _alternation(words, *, lower: bool = True) -> str:
    """The words or phrases of a data list as one regex alternation, longest first (ties in list
    order); one that matches nothing when the list is empty."""
    words = sorted((nfc(w).lower() if lower else nfc(w) for w in words), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) or "(?!x)x"


def _words(words) -> re.Pattern:
    """Whole words or phrases of a data list as one pattern on lower-cased text."""
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)")


def _cue_map(data: dict) -> dict[str, Vote]:
    """Lower cue -> its vote; the first activity that lists a cue keeps it."""
    cue_map: dict[str, Vote] = {}
    for act in data["activity"]:
        weights = act.get("weights", {})
        for cue in act["cues"]:
            cue_map.setdefault(nfc(cue).lower(), Vote(act["id"], float(weights.get(cue, 1.0))))
    # neutral words hold a cue inside them ("đăng ký" holds "ký", "thuốc lá" holds "thuốc",
    # "công quỹ" holds "quỹ"): matched like cues, the longest match wins, and they vote for nothing;
    # so do the buildings that are no home and no cue ("nhà kho", "nhà thờ"), for _runs_on to find
    for word in [*data.get("neutral", {}).get("words", []), *data.get("buildings", {}).get("words", [])]:
        cue_map.setdefault(nfc(word).lower(), Vote(None, 0.0))
    return cue_map


def _story_kind(data: dict, words: str) -> StoryKind:
    return StoryKind(_words(data.get("markers", ())), int(data.get("min_markers", 1)), lower_set(data.get(words, ())))


def _gate(g: dict) -> Gate:
    return Gate(lower_set(g.get("cues", ())), _words(g.get("context", ())), _words(g.get("story", ())),
                int(g.get("min_story", 1)))


def _context_rule(data: dict) -> ContextRule:
    kind, verbs = data.get("kind"), data.get("verbs", ())
    if kind not in CONTEXT_KINDS:
        raise ValueError(f"activities.toml [[context]] {data.get('name')!r}: kind {kind!r} is none of {CONTEXT_KINDS}")
    in_text = data.get("verbs_in", "cues") == "text"
    return ContextRule(data.get("name", kind), kind, data.get("activity", FALLBACK), float(data.get("weight", 1.0)),
                       lower_set(verbs), _words([*verbs, *data.get("holders", ())]) if in_text else None,
                       int(data.get("reach", 0)), lower_set(data.get("named", ())), bool(data.get("named_khac", False)),
                       _words(data["unless"]) if data.get("unless") else None, frozenset(data.get("absorbs", ())),
                       float(data.get("min_context", 0.0)), lower_set(data.get("weak", ())),
                       lower_set(data.get("units", ())),
                       _words(data["after"]) if data.get("after") else None, int(data.get("after_reach", 0)),
                       _words(data["unless_after"]) if data.get("unless_after") else None,
                       lower_set(data.get("unless_units", ())))


def _feature(data: dict) -> Feature:
    return Feature(data.get("activity", FALLBACK), float(data.get("prior", 0.0)), _words(data.get("headline", ())),
                   frozenset(data.get("stories", ())))


def _body_story(data: dict) -> BodyStory:
    return BodyStory(lower_set(data.get("stories", ())), float(data.get("share", 1.1)), float(data.get("min_weight", 0.0)),
                     {k: float(v) for k, v in data.get("min_weights", {}).items()},
                     frozenset(data.get("givable", ())), lower_set(data.get("people", ())))


@cache
def taxonomy() -> Taxonomy:
    data = load("activities")
    cue_map = _cue_map(data)
    desc, neutral, feature = data.get("descriptors", {}), data.get("neutral", {}), data.get("feature", {})
    after = _alternation(data.get("markers", {}).get("after_figure", []), lower=False)
    return Taxonomy(
        labels={act["id"]: act["label"] for act in data["activity"]},
        # matched on lower-cased text (see find_cues), as a prefix trie for speed
        cues=re.compile(rf"{trie.first_chars(cue_map)}(?<!\w)(?:{trie.pattern(cue_map)})(?!\w)"),
        cue_map=cue_map,
        units={nfc(u).lower(): Vote(act, float(weight)) for u, (act, weight) in data.get("units", {}).items()},
        after=re.compile(rf"(?<!\w)(?:{after})(?!\w)"),
        descriptors=lower_set(desc.get("words", [])), descriptor_factor=float(desc.get("factor", 1.0)),
        who=lower_set(desc.get("who", [])),
        links=re.compile(rf"[\s\W]*(?:{_alternation(data.get('links', {}).get('openings', []))})(?!\w)"),
        verbs=lower_set(data.get("phrases", {}).get("verbs", [])),
        after_number=lower_set(neutral.get("after_number", [])),
        before_number=lower_set(neutral.get("before_number", [])),
        number_after=re.compile(rf"\s?(?:(?:{_alternation(neutral.get('quantity_openers', []))})\s)?\d"),
        after_percent=lower_set(neutral.get("after_percent", [])),
        buildings=_words(data.get("buildings", {}).get("words", [])),
        story_kinds={kind: _story_kind(data.get(kind, {}), words) for kind, words in STORY_KINDS.items()},
        gates=tuple(_gate(g) for g in data.get("gate", [])),
        context=tuple(_context_rule(rule) for rule in data.get("context", [])),
        feature=_feature(feature),
        body=_body_story(feature.get("body", {})),
    )


def labels() -> dict[str, str]:
    return dict(taxonomy().labels)


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    activity: str
    weight: float
    descriptor: bool = False  # describes the people counted ("gia đình chính sách"), see activities.toml
    verb: bool = False  # opens a phrase of its own after a comma (activities.toml [phrases])
    base: bool = False  # right after a percentage, the base it is taken of ("4,5% lương cơ sở"): no counted noun
    who: bool = False  # a descriptor that stays one as the counted noun ("7 học sinh"): activities.toml [descriptors]


class Setting(NamedTuple):
    """Where a figure stands, as the [[context]] rules read it (apply_context)."""
    text: str
    near: list[Cue]  # the cues around the figure's sentence, sorted by start
    context: list[Cue]  # its sentence and the one before it up to just after it (CONTEXT_REACH)
    sentence: int  # where its sentence starts
    phrase: int  # where its own verb phrase starts (phrase_start)
    start: int  # where the figure starts
    headline: tuple[list[Cue], str]  # the headline's cues and the text they were found in
    unit: str | None = None  # the figure's counted noun
    end: int = -1  # where the figure ends (-1: unknown, no `after` rule applies)
    sentence_end: int = -1  # where its sentence ends


class GoverningVerb(NamedTuple):
    """The verb that governs a figure (governing_verb)."""
    end: int
    word: str  # as written, lower-cased
    activity: str | None  # a cue's; None for a word read in the text


def _runs_on(lowered: str, start: int, end: int, vote: Vote) -> tuple[int, Vote] | None:
    """A stronger cue of the same activity, or a building that is no home (activities.toml
    [buildings]), that starts at a later word of the cue [start, end) and runs on past its end ("căn
    nhà tình nghĩa", "xây nhà đại đoàn kết"; "xây nhà máy", "sửa nhà văn hóa", "làm nhà kho"): cues
    are matched longest first and never overlap, so the classifier or verb in front ("căn nhà", "xây
    nhà", weak: they count any house) would hide the programme's name behind it, or take the
    building's "nhà" and vote for homes. Its (end, vote; a neutral building's votes for nothing),
    else None."""
    t = taxonomy()
    space = lowered.find(" ", start, end)
    while space >= 0:
        m = t.cues.match(lowered, space + 1)
        if m and m.end() > end:
            found = t.cue_map[m.group()]
            # a building, or a longer cue that opens with one ("nhà máy nước"), takes the "nhà"
            if t.buildings.match(lowered, space + 1) or (found.activity == vote.activity and found.weight > vote.weight):
                return m.end(), found
        space = lowered.find(" ", space + 1, end)
    return None


def find_cues(text: str) -> list[Cue]:
    t = taxonomy()
    out = []
    lowered = lower_same_length(text)
    pos = 0
    while m := t.cues.search(lowered, pos):
        cue = m.group().lower()
        start, end = m.span()
        vote = t.cue_map[cue]
        pos = end
        if (vote.activity is None or (cue in t.after_number and _NUMBER_BEFORE.search(lowered, max(0, start - 2), start))
                or (cue in t.before_number and t.number_after.match(lowered, end))):
            continue
        if run_on := _runs_on(lowered, start, end, vote):
            # the cue and the stronger one it runs into are one phrase: the cue's own role (a verb
            # opening a phrase, a descriptor) with the stronger cue's vote
            pos = end = run_on[0]
            vote = run_on[1]
            if vote.activity is None:
                continue
        base = cue in t.after_percent and bool(_PERCENT_BEFORE.search(lowered, max(0, start - 4), start))
        out.append(Cue(start, end, vote.activity, vote.weight, cue in t.descriptors, cue in t.verbs, base,
                       cue in t.who))
    return out


def in_names(cues: list[Cue], names: list[tuple[int, int]]) -> list[Cue]:
    """Cues inside an organisation's name say who acts, not what is done ("Bộ Y tế", "Ngân hàng
    Chính sách xã hội", "Sở Lao động - Thương binh và Xã hội", "Quỹ Bảo trợ trẻ em"): they vote
    NAME_FACTOR times their weight. names: (start, end) offsets of the organisations found."""
    if not names or not cues:
        return cues
    names = sorted(names)
    starts = [s for s, _ in names]
    out = []
    for cue in cues:
        i = bisect_right(starts, cue.start) - 1
        if i >= 0 and cue.end <= names[i][1]:
            cue = replace(cue, weight=cue.weight * NAME_FACTOR, verb=False)
        out.append(cue)
    return out


def unit_vote(unit: str, scores: Counter, kinds: tuple[str, ...] = ()) -> None:
    """The counted noun itself ("26 cầu", "45 đơn vị máu", "30 tân binh") votes like a cue
    written inside the figure (activities.toml [units]); in a story of one of `kinds`
    (STORY_KINDS) the nouns that kind recasts vote `khac` instead, as its cues do (a show's
    "12 thí sinh", a divorce's "2 căn hộ")."""
    t = taxonomy()
    found = t.units.get(unit)
    if found:
        recast_here = any(unit in t.story_kinds[kind].words for kind in kinds)
        scores[FALLBACK if recast_here else found.activity] += 2.0 * found.weight


def _marked(lowered: str, markers: re.Pattern, needed: int) -> bool:
    """The markers are written at least `needed` times in the text (lowered: its lower_same_length,
    which the caller reads once for all the story kinds or all the gates, not once for each)."""
    return len(list(islice(markers.finditer(lowered), needed))) >= needed


def story_kinds(text: str) -> tuple[str, ...]:
    """The kinds (STORY_KINDS, in their order) the text (the story's headline included) is a story of."""
    lowered, kinds = lower_same_length(text), taxonomy().story_kinds
    return tuple(kind for kind in STORY_KINDS if _marked(lowered, kinds[kind].markers, kinds[kind].min_markers))


def _written_as(cue: Cue, text: str, words: frozenset[str]) -> bool:
    """The cue votes for an activity of ours and is written as one of `words` (lower): the test
    a story kind's recast and a programme's gate share (they pick cues by their spelling)."""
    return cue.activity != FALLBACK and lower_same_length(text[cue.start:cue.end]) in words


def _names(cue: Cue, text: str, rule: ContextRule) -> bool:
    """The cue is one of the words a [[context]] rule needs named (`named`). Only cues of ours count,
    as in _written_as, unless the rule sets `named_khac`: what makes a gift a shop's sale or a
    forest's loss a fire's is written in general news words ("khuyến mãi", "vụ cháy", "đốn hạ"),
    which vote `khac` (act54 found a rule could not name them)."""
    if rule.named_khac:
        return lower_same_length(text[cue.start:cue.end]) in rule.named
    return _written_as(cue, text, rule.named)


def recast(cues: list[Cue], text: str, kind: str) -> list[Cue]:
    """The cues written as one of the cue words of story `kind` (STORY_KINDS) vote `khac`."""
    words = taxonomy().story_kinds[kind].words
    return [replace(c, activity=FALLBACK) if _written_as(c, text, words) else c for c in cues]


def open_gates(story: str) -> tuple[Gate, ...]:
    """The [[gate]]s that hold in a story (story: the headline, a newline, the text): all but those of
    a story of their programme (its headline names the gate's context, or its text, headline included,
    writes `story` words `min_story` times or more). Read once per document: gate() applies them to
    the body's cues and to the headline's."""
    headline, lowered = lower_same_length(story.partition("\n")[0]), lower_same_length(story)
    return tuple(g for g in taxonomy().gates
                 if not (g.context.search(headline) or _marked(lowered, g.story, g.min_story)))


def gate(cues: list[Cue], text: str, sentence_of, gates: tuple[Gate, ...]) -> list[Cue]:
    """Cues that are ours only in their programme's context (activities.toml [[gate]]): credit
    words ("vay", "dư nợ", "tín dụng") beside the people a livelihood programme serves, roads and
    bridges beside a village or the new-rural programme. A gated cue votes only in a sentence that
    names its `context`, or anywhere in a story of that programme (gates: open_gates, the gates
    that hold in this story); elsewhere it is general news (a bank's loans, a city's overpass) and
    votes nothing. sentence_of: pos -> (start, end) of its sentence."""
    lowered = None
    for g in gates:
        kept = []
        for cue in cues:
            if _written_as(cue, text, g.cues):
                lowered = lowered if lowered is not None else lower_same_length(text)
                lo, hi = sentence_of(cue.start)
                if not g.context.search(lowered, lo, hi):
                    continue
            kept.append(cue)
        cues = kept
    return cues


_PER = re.compile(r"/\s?(\w+)(?: (\w+))?")


def per_unit_vote(text: str, end: int, scores: Counter) -> None:
    """A rate's denominator is a counted noun too: "180 triệu đồng/căn" prices a flat, "2 triệu
    đồng/suất" a gift. It votes like the figure's unit (activities.toml [units])."""
    m = _PER.match(text, end, end + 30)
    if not m:
        return
    one = m.group(1).lower()
    two = f"{one} {m.group(2).lower()}" if m.group(2) else None
    unit_vote(two if two and two in taxonomy().units else one, scores)


def verb_cue(cues: list[Cue], text: str, lo: int, start: int) -> GoverningVerb | None:
    """The last verb cue of ours before a figure at `start` in its own phrase [lo, start), or None
    (governing_verb). cues: sorted by start."""
    for cue in reversed(cues):
        if cue.start < lo:
            break
        if cue.end <= start and cue.verb:
            return GoverningVerb(cue.end, lower_same_length(text[cue.start:cue.end]), cue.activity)
    return None


def phrase_verb(cue: GoverningVerb | None, phrase: str, lo: int,
                words: re.Pattern | None = None) -> GoverningVerb | None:
    """governing_verb from its parts, read once per figure (apply_context: every [[context]] rule with
    verbs asks, each with its own `words`): cue: verb_cue; phrase: the lower text of [lo, figure)."""
    matches = list(words.finditer(phrase)) if words is not None else []
    if matches and (cue is None or lo + matches[-1].end() >= cue.end):
        return GoverningVerb(lo + matches[-1].end(), matches[-1].group(), None)
    return cue


def governing_verb(cues: list[Cue], text: str, lo: int, start: int,
                   words: re.Pattern | None = None) -> GoverningVerb | None:
    """The verb that governs a figure at `start`: the action is written before the figure, so it is
    the last verb before it in its own phrase [lo, start) (phrase_start): a verb cue of ours, or a
    match of `words` on the lower text (verbs that are no cues of ours, and the words that hold one,
    which govern too but are no such verb), or None. cues: sorted by start. On the same end a word
    wins: it is the longer reading of a cue ("tiếp nhận được" over "tiếp nhận")."""
    return phrase_verb(verb_cue(cues, text, lo, start), lower_same_length(text[lo:start]), lo, words)


def prior_factor(governed: tuple[str, float] | None, activity: str) -> float:
    """How much a story prior for `activity` counts for a figure whose governing verb a "prior"
    [[context]] rule matched (governed: apply_context's verb activity and factor): less when the
    verb votes for another activity."""
    return governed[1] if governed is not None and governed[0] != activity else 1.0


def score(cues: list[Cue], start: int, end: int, lo: int, hi: int, factor: float, scores: Counter,
          text: str = "", passive: re.Pattern | None = None) -> None:
    """Add the votes of cues inside [lo, hi) for a figure at [start, end).

    The action that governs a figure is written before it ("tặng quà 93 thanh niên ...
    nhập ngũ" is gift-giving), so cues before the figure count fully and fade slowly;
    cues after it count only when they modify the counted noun directly ("37 buổi tuyên
    truyền") and otherwise fade fast (they mostly describe who was counted)."""
    # the first passive or purpose marker after the figure in this stretch ("được", "do", "để")
    if passive is None:
        passive = taxonomy().after
    found = passive.search(text, end, min(hi, end + MARKER_REACH)) if passive is not None and text else None
    passive_at = found.start() if found else None
    descriptor_factor = taxonomy().descriptor_factor
    for cue in cues:
        if cue.end <= lo or cue.start >= hi:
            continue
        if cue.start >= start and cue.end <= end:
            vote = 2.0  # the cue is the figure's own noun ("suất quà", "đơn vị máu")
        elif cue.start <= end + 2 and cue.end > start and "," not in text[end:cue.start] and not cue.base:
            # (after a comma the next phrase starts: ", giải quyết việc làm" is no counted noun)
            vote = 1.5  # right after the number: the counted noun ("37 buổi tuyên truyền", "500 hộ nghèo")
        elif cue.end <= start and _APPOSITION.fullmatch(text, cue.end, start):
            vote = 1.5  # the figure in brackets is the value of the noun before it ("lương cơ sở (1.210.000 đồng)")
        elif cue.end <= start:
            vote = 1.0 / (1.0 + (start - cue.end) / 60.0)
        elif passive_at is not None and passive_at < cue.start:
            # "100 hộ nghèo được tặng bồn nước": in the passive the action follows the figure
            vote = 1.5 / (1.0 + (cue.start - end) / 60.0)
        elif cue.verb and _NEXT_PHRASE.search(text, max(end, cue.start - 3), cue.start):
            # a verb of ours right after a comma opens the next phrase ("thu hút 12 dự án với tổng vốn
            # 800 tỷ đồng, giải quyết việc làm cho 1.500 lao động"): its action is not the figure's
            continue
        else:
            vote = 0.35 / (1.0 + (cue.start - end) / 30.0)
        if cue.descriptor and (vote < 1.5 or cue.who):
            # "... cho các gia đình thương binh, liệt sĩ": who, not what; pupils and teachers even
            # when they are the counted noun ("7 học sinh" drowned, "3.000 nữ sinh" on a stage)
            vote *= descriptor_factor
        scores[cue.activity] += factor * cue.weight * vote


def _start(cue: Cue) -> int:
    return cue.start


def phrase_start(cues: list[Cue], text: str, lo: int, start: int) -> int:
    """Where the figure's own verb phrase starts inside its clause [lo, start) (see PHRASE_FACTOR).
    Only the last comma before the figure can open it, and only with a verb of ours (activities.toml
    [phrases]) before any number after it: ", 50 vé máy bay và 550 vé tàu" is the next item of a list (its noun is no verb),
    and commas farther back separate the items of a description ("có thu nhập thấp, việc làm
    thiếu ổn định, ..."), not the figure's phrase. cues: sorted by start."""
    comma = text.rfind(",", lo, start)
    if comma < 0:
        return lo
    digit = _DIGIT.search(text, comma, start)
    limit = min(start, comma + PHRASE_OPENING, digit.start() if digit else start)
    # (a key, not a list of the starts built for every figure)
    i = bisect_right(cues, comma, key=_start)
    if any(c.start < limit and c.verb for c in cues[i:i + 8]):
        return comma + 1
    return lo


def document_scores(cues: list[Cue], title_end: int) -> Counter:
    """The cue weight of each activity over the document (`khac` too): title cues weigh triple."""
    scores: Counter = Counter()
    for cue in cues:
        scores[cue.activity] += cue.weight * (3.0 if cue.end <= title_end else 1.0)
    return scores


def dominant_activity(scores: Counter) -> str:
    """The document's dominant activity from its document_scores."""
    if not scores:
        return FALLBACK
    best, value = scores.most_common(1)[0]
    return best if value >= MIN_DOCUMENT_SCORE else FALLBACK


def story_prior(scores: Counter, dominant: str | None = None) -> tuple[str, float]:
    """The activity a story's prior tips a figure's close calls towards, and by how much (scores:
    document_scores; dominant: their dominant_activity when the caller has it already, else read
    here): its dominant activity when that leads any runner-up by DOMINANT_MARGIN, `khac` in general
    news, and UNCLEAR_PRIOR for `khac` when the lead is too thin to trust."""
    if dominant is None:
        dominant = dominant_activity(scores)
    if dominant == FALLBACK:
        return FALLBACK, GENERAL_PRIOR
    # (a story with cues of one activity alone has no rival: its lead is what made it dominant)
    top = scores.most_common(2)
    if len(top) > 1 and top[0][1] - top[1][1] < DOMINANT_MARGIN:
        return FALLBACK, UNCLEAR_PRIOR
    return dominant, DOCUMENT_PRIOR


def prior_applies(scores: Counter, activity: str, context: list[Cue]) -> bool:
    """Whether a story prior for `activity` may tip this figure's votes: only towards an activity the
    figure has evidence for, in its own votes or in the cues around it (context: its sentence and the
    one before, as the [[context]] rules read them). Added to a figure whose votes name only other
    activities (one weak cue somewhere in its sentence) with no cue of the prior's activity nearby,
    the prior lent it the document's activity alone (issue 10: "never the document's dominant
    activity alone"): suspects' motorbikes in a poisoning story -> y_te, land handed out "trồng và
    bảo vệ rừng" in a resort-land story -> thien_tai (act52 fresh 2017 sample). A relief report's
    allocated total after its flood-damage sentence keeps the prior (tests/extract/test_act39.py).
    Tuning gold, rules alone: 7235 -> 7246 of 7926 figures right. The `khac` prior of general news
    still applies: it names no activity of ours."""
    return (activity == FALLBACK or activity in scores
            or any(c.activity == activity for c in context))


def genre_prior(cues: list[Cue], length: int) -> float:
    """The extra vote for `khac` on every prose figure of a document (see GENRE_DENSITY)."""
    ours = sum(c.weight for c in cues if c.activity != FALLBACK)
    density = ours / max(length / 1000.0, 0.2)
    return GENRE_PRIOR * max(0.0, 1.0 - density / GENRE_DENSITY)


def cue_weight_by_activity(cues: list[Cue]) -> Counter:
    """The summed weight of the cues per activity (`khac` too): what a headline or a story's body
    is about is read from the share one activity holds of it (headline_activity, body_activity)."""
    weights: Counter = Counter()
    for cue in cues:
        weights[cue.activity] += cue.weight
    return weights


def headline_activity(title_cues: list[Cue]) -> str | None:
    """The activity the headline's own cues name (None without a clear one)."""
    scores = cue_weight_by_activity(title_cues)
    if not scores:
        return None
    act, value = scores.most_common(1)[0]
    return act if value >= 1.0 else None


def names_unit(title_lower: str, unit: str) -> bool:
    """The headline names the figure's counted noun (whole words)."""
    return re.search(rf"(?<!\w){re.escape(unit.lower())}(?!\w)", title_lower) is not None


def body_activity(body_cue_weight: Counter) -> str | None:
    """The activity a story's body is about (body_cue_weight: cue_weight_by_activity of its cues) when
    one activity of `[feature.body] stories` holds at least `share` of all its cue weight (`khac` cues
    included) and `min_weight` of it: a health-advice piece ("uống nước ... sức khỏe", "điều trị chứng
    chán ăn") or a loan-programme feature whose headline names no activity of ours (activities.toml
    [feature.body]); an activity of `min_weights` needs that much weight instead. None otherwise."""
    body = taxonomy().body
    if not body_cue_weight or not body.stories:
        return None
    act, value = body_cue_weight.most_common(1)[0]
    return (act if act in body.stories and value >= body.min_weights.get(act, body.min_weight)
            and value >= body.share * sum(body_cue_weight.values()) else None)


def feature_activity(title_lower: str, dominant: str, headline: str | None = None,
                     body_cue_weight: Counter | None = None, body: str | None = None) -> str | None:
    """The activity of a story that lends it to its figures (activities.toml [feature]): a
    feature story of a livelihood (its headline names how someone makes a living and its body's
    dominant activity is that livelihood), a story of one programme of `stories` (the
    headline's activity is the document's dominant one and the body's own cues name it first,
    not the headline alone), or a story whose headline names no activity of ours and whose body
    is about one. headline: headline_activity; body_cue_weight: cue_weight_by_activity of the
    body's cues; body: body_activity of it. None otherwise."""
    feature = taxonomy().feature
    ours = Counter({k: v for k, v in (body_cue_weight or {}).items() if k != FALLBACK})
    if dominant in feature.stories and headline == dominant and ours and ours.most_common(1)[0][0] == dominant:
        return dominant
    if headline is None and body is not None and body == dominant:
        return body
    if dominant != feature.activity or not feature.headline.search(title_lower):
        return None
    return feature.activity


def feature_vote(scores: Counter, activity: str, unit: str | None = None) -> None:
    """A figure of a feature story with no evidence of ours gets the story's activity's prior;
    a story of giving (`[feature.body] givable`) lends nothing to a figure counting people."""
    t = taxonomy()
    if activity in t.body.givable and unit and unit.lower() in t.body.people:
        return
    if not any(v >= MIN_FIGURE_SCORE for k, v in scores.items() if k != FALLBACK):
        scores[activity] += t.feature.prior


def enough(scores: Counter) -> bool:
    """Whether the votes so far name an activity (see best)."""
    return bool(scores) and max(scores.values()) >= MIN_FIGURE_SCORE


def links_back(text: str, sentence_start: int, clause_start: int) -> bool:
    """The sentence (or the figure's clause) opens with a link to the sentence before it:
    "Trong đó, ...", "Cụ thể: ...", "Riêng ...", or the clause continues a list after ";"."""
    links = taxonomy().links
    head = lower_same_length(text[sentence_start:sentence_start + 30])
    if links.match(head):
        return True
    return clause_start > sentence_start and bool(links.match(lower_same_length(text[clause_start:clause_start + 30])))


# how far after a figure (characters, in its sentence) a rule's `unless_after` words are read: the
# clause that says what happened to the people counted ("6 người tử vong khi đang chạy thận nhân
# tạo"), not a later clause of a long or run-on sentence
UNLESS_AFTER_REACH = 60
# between a figure and its own predicate: no number (another figure's), no comma or stop (another clause)
_CLAUSE_BREAK = re.compile(r"[\d,.;:!?()\n]")


def said_of(text: str, end: int, words: re.Pattern, reach: int) -> bool:
    """One of `words` follows the figure ending at `end` within `reach` characters, with nothing but
    words between ("4 học sinh đuối nước", "5 người khác bị thương", "2 nam sinh đã không qua
    khỏi"): it is said of the people counted, their own predicate, not of someone farther on."""
    window = lower_same_length(text[end:end + reach + 40])
    m = words.search(window)
    return m is not None and m.start() <= reach and not _CLAUSE_BREAK.search(window, 0, m.start())


def apply_context(scores: Counter, at: Setting) -> tuple[str, float] | None:
    """Apply the [[context]] rules (activities.toml) in their order to a figure's votes: money
    received for a cause is the sum collected, gifts next to a disaster are relief, a gift verb
    governing the figure weakens the story's priors, a prize counted is no gift, people counted as the
    dead or hurt are casualties. Each rule whose conditions hold (its counted noun, its governing verb,
    the cues named, its `after` predicate, no `unless` word) votes,
    moves the top vote, returns what the story priors then count (for prior_factor: the verb's
    activity and the factor of the first "prior" rule), or drops the votes of `absorbs` and ends the
    rules: what the verb did is none of them, so the later rules that read it as one do not apply,
    and the figure's other cues and the story decide."""
    t, governed = taxonomy(), None
    headline_cues, headline = at.headline
    unit = (at.unit or "").lower()
    # what the rules read of the text before the figure, read once here and not once per rule: its
    # verb cue and its phrase (governing_verb, as phrase_verb), its sentence up to it (`unless`,
    # on first need)
    cue_verb, phrase, before = verb_cue(at.near, at.text, at.phrase, at.start), None, None
    for rule in t.context:
        if rule.units and unit not in rule.units:
            continue
        if unit in rule.unless_units:
            continue
        if rule.after is not None and (at.end < 0 or not said_of(at.text, at.end, rule.after, rule.after_reach)):
            continue
        if rule.unless_after is not None and at.end >= 0 and rule.unless_after.search(
                lower_same_length(at.text[at.end:min(at.sentence_end, at.end + UNLESS_AFTER_REACH)])):
            continue
        verb = None
        if rule.verbs:
            phrase = phrase if phrase is not None else lower_same_length(at.text[at.phrase:at.start])
            verb = phrase_verb(cue_verb, phrase, at.phrase, rule.words)
            if verb is None or at.start - verb.end > rule.reach or verb.word not in rule.verbs:
                continue
        if rule.named and not (any(_names(c, headline, rule) for c in headline_cues) or any(
                _names(c, at.text, rule) for c in at.near if c.start >= at.sentence)):
            continue
        # (matched in the text: a cue such as "hỗ trợ gia đình" may hold the start of these words)
        if rule.unless is not None:
            before = before if before is not None else lower_same_length(at.text[at.sentence:at.start])
            if rule.unless.search(before):
                continue
        if rule.kind == "vote":
            scores[rule.activity] += rule.weight
        elif rule.kind == "prior":
            governed = governed or ((verb.activity if verb else None) or rule.activity, rule.weight)
        elif rule.kind == "drop":
            for activity in rule.absorbs:
                scores.pop(activity, None)
            return governed
        elif scores and (top := max(scores, key=scores.get)) in rule.absorbs:
            # a descriptor names who was helped ("mỗi gia đình bị nạn"), not the disaster, and the
            # weather alone ("những ngày mưa lớn") is no disaster: they count as little here as a
            # descriptor votes (activities.toml [descriptors], the relief rule's `weak`)
            factor = t.descriptor_factor
            if sum(c.weight * (factor if c.descriptor or _written_as(c, at.text, rule.weak) else 1.0)
                   for c in at.context if c.activity == rule.activity) >= rule.min_context:
                scores[rule.activity] += scores.pop(top)
    return governed


def best(scores: Counter, fallback: str) -> str:
    if scores:
        activity, value = scores.most_common(1)[0]
        if value >= MIN_FIGURE_SCORE:
            return activity
    return fallback
