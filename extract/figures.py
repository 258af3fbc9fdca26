"""Finding figures: a number (or vague amount) with its counted noun, qualifier and range.

Pure functions over text; the spaCy component in extract/components.py calls
find_figures() and attaches activity, organisations, year and place afterwards.
Rules follow docs/contracts.md "Figure annotation rules"; the word lists are data
(extract/data/units.toml, qualifiers.toml, not_figures.toml, numbers.toml).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Callable

from extract import numbers, trie, vi
from extract.places import UPPER
from extract.resources import load, lower_set, nfc

SPACES = " \t\u00a0"
_NAME = rf"[{UPPER}][\w’'-]*(?:[ ][{UPPER}0-9][\w’'-]*){{0,3}}"  # a name of up to four capitalised words


@dataclass(slots=True)
class RawFigure:
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    start: int  # number start ("hàng" for vague amounts)
    end: int  # end of the unit
    text: str


def _alt(items) -> str:
    return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))


def _word_after(words) -> str:
    """A pattern: spaces, then one of words (NFC) as a whole word; the shape of most "right after the
    noun" tests of the tables."""
    return rf"[ ]+(?:{_alt(nfc(w) for w in words)})(?!\w)"


@dataclass(frozen=True, slots=True)
class Grammar:
    expr: re.Pattern
    unit: re.Pattern
    unit_map: dict[str, tuple[str, str]]  # lower form -> (kind, unit) ; kind: unit | reject
    stop: frozenset[str]
    may_end_word: frozenset[str]  # stop syllables that still end a word of the dictionary ("công an")
    not_before: frozenset[str]  # phrases (lower case) that, written just before a number, rule it out
    not_identifiers: frozenset[str]  # "xuất bản 52 ấn phẩm": words ending in an identifier word ("bản")
    not_before_cased: frozenset[str]  # the same, matched only as written (capitalised in the data)
    not_before_cased_lower: frozenset[str]  # ... lower-cased: before a title-case noun they still name ("điều 123 Bộ luật")
    number_sign: frozenset[str]
    rate_before: frozenset[str]  # "mỗi ngày 24 người": after these a date word is the period of a rate
    rate_periods: frozenset[str]
    each_item: re.Pattern  # "mỗi phòng thi đều có" ending right before a 1: one per item, a rate (_one_per_item)
    each_reach: int
    each_crew_units: frozenset[str]  # "mỗi đội sẽ có 3 thành viên": people per item, a rate of any size ...
    fractional_people: frozenset[str]  # "1,76 giáo viên/nhóm trẻ", "sinh 1,3 con": people with a decimal part, a ratio
    dotted_amount_units: frozenset[str]  # "2.0 lít": the measures after which an English decimal stays an amount
    dotted_label_before: re.Pattern  # "Động cơ 2.0", "BMW X1 2.0": an engine word or a model code before a label
    crew_verb_before: re.Pattern  # ... that the item has ("có", "gồm" right before the count)
    allot_verb_before: re.Pattern  # "mỗi phật tử được nhận 3 cuốn sách": things given per item, a rate
    quoted_name: re.Pattern  # "chương trình “1 hộp sữa, 1 viên gạch”": a number inside a programme's quoted name
    generic_item: re.Pattern  # "Một thuyền thông thường có 4 người": what a generic item has, a rate
    crew_need: re.Pattern  # "cần đến 20 kỹ thuật viên ... để hoàn thành 1 chiếc xe": what one unit takes ...
    crew_need_clause: re.Pattern  # ... "cần" anywhere before in the clause, for the one unit
    crew_make_after: re.Pattern  # ... the clause going on to the making of one unit ...
    crew_base_before: re.Pattern  # ... and that one unit, the base of the rate
    count_before_sign: frozenset[str]
    ratio_units: frozenset[str]
    level_condition: re.Pattern  # "Nếu nhiệt độ từ 37 độ C trở lên": a level in a condition is a threshold
    level_condition_then: re.Pattern
    digit_count: re.Pattern  # "6 con số": the digits of an amount
    one_base_after: re.Pattern  # "1 cổ phiếu BHS đổi lấy ...": a count of one as the base of an exchange rate
    one_base_bracketed: re.Pattern  # "(1 bitcoin tương đương ...)": the same in a bracket the "1" opens
    variant_label: re.Pattern  # "loại 16 chỗ", "(loại 1,5 tấn)", "hạng 50 kg": a number naming a variant; group 1 the word before
    variant_not_after: frozenset[str]  # "các loại 3.131 đơn vị", "phân loại 50%": still counts
    variant_units: frozenset[str]  # the sizes, weights and capacities that name a variant ("loại 16 chỗ")
    level_units: frozenset[str]  # "từ 10% trở lên": money and measures after "từ" are a level, not a threshold
    size_before: frozenset[str]  # "quy mô 5ha/vùng trở lên": a size before a bound is a rule's criterion
    or_more_fact_before: frozenset[str]  # "Hội có 30 hội viên trở lên": a count with "or more" stated as a fact
    schedule_units: frozenset[str]  # "2 vụ/năm": harvests in a period are a schedule, as "1 lần/tháng"
    schedule_period: re.Pattern  # "mỗi ngày", "hằng tuần", "một tuần", "ngày nào" opening the clause of "N lần", "N bữa": a schedule
    schedule_bare_period: re.Pattern  # "ngày đắp 2 lần": a bare period just before the deed and its count
    label_not_counts: frozenset[str]  # "Số nhà: 15": after "số" these nouns are named by the number
    ratio_verbs: frozenset[str]
    ratio_clause: re.Pattern  # a word of the number's clause that makes "N lần" a ratio ("vượt")
    ratio_of: re.Pattern  # the amount multiplied right after "N lần": "5 lần giá đất", a ratio
    qualifier_map: dict[str, str]
    qualifier_besides: frozenset[str]  # "Ngoài 6 người đã qua đời, ...": over words that open a clause mean "besides"
    difference_before: frozenset[str]  # "thấp hơn", "cao hơn": "hơn" after a comparative adjective is "than"
    difference_after: re.Pattern  # " so với" after the figure: the number is the difference of two amounts
    difference_lesser: frozenset[str]  # "thấp hơn", "ít hơn": "hơn" after an adjective of "less" is always "than"
    on_before: frozenset[str]  # "dựa trên 3 tiêu chí": after these "trên" is the preposition "on", no bound
    on_ride_before: frozenset[str]  # "đi trên 2 ôtô": after a word of riding ...
    on_rides: frozenset[str]  # ... "trên" before a vehicle is "on" too
    money_multipliers: frozenset[str]
    currencies: frozenset[str]  # the stored units of money (units.toml [currencies])
    foreign_currencies: frozenset[str]  # ... but "đồng": the money a bare "N triệu" is not in by default
    size_chain: re.Pattern  # " x 73,3 x 7,9mm" after a number: the rest of a size and its measure
    not_noun_after_money: frozenset[str]  # tags of the lexicon that name no counted thing after millions
    money_nouns: frozenset[str]  # "tiền": after millions, "tiền lương" is money in đồng (units.toml [money_nouns])
    exchange_rate: re.Pattern  # "tỷ giá": in its sentence a bare amount is a price in đồng (units.toml [money_nouns])
    joiner: re.Pattern
    change_joiner: re.Pattern  # " lên thành ", " xuống còn ": between the two amounts of a change (qualifiers.toml [change])
    fraction_wholes: frozenset[str]  # "2/3 giá trị": nouns of a whole that "a/b" takes a fraction of
    edition_units: frozenset[str]  # "kỳ": editions counted, unless a code names one right after it
    clause_final: frozenset[str]  # "1.000 từ.": function words that are the counted noun at a clause's end
    classifiers: frozenset[str]
    strokes: frozenset[str]  # "2 quả dứt điểm", "2 cú đánh": classifiers of play that keep the verb after them
    stroke_plays: frozenset[str]  # "pha lập công", "cú tắc bóng": two-syllable plays kept whole after them
    models: frozenset[str]  # "3 mẫu iPhone": words of a product model that drop before a brand
    adverbs: frozenset[str]  # "đồng thời": not a noun opening with "đồng"
    describes_classifier: frozenset[str]  # "3 con nhỏ": words after a classifier that are no noun
    describes_classifier_pos: frozenset[str]  # "1 chiếc chìm": parts of speech of such words ...
    pos_classifiers: frozenset[str]  # ... after these classifiers of things and beings ...
    site_heads: frozenset[str]  # "điểm": a site noun that keeps the verb of what is done there
    site_events: frozenset[str]  # "sạt lở": verbs of what happened at a site, left out
    nouns_despite_pos: frozenset[str]  # ... except these nouns the lexicon tags otherwise ("3 đứa trẻ")
    before_name: frozenset[str]  # "4.343 chiếc Ford": classifiers whose capitalised noun is counted
    decimal_measures: frozenset[str]  # "35,537 km": a comma before three digits is the decimal mark
    weak_classifiers: frozenset[str]  # "thanh", "viên": classifiers only outside a dictionary word
    stop_opening_nouns: frozenset[str]  # "chỉ", "số": stop words that may open a counted noun ("2 chỉ số")
    honoured: re.Pattern  # "ông thầy", "bà vợ": an honorific and the noun of people it drops before
    open_upper_joiner: re.Pattern  # " đến hơn ": between the bounds of a range open at the top
    units: frozenset[str]  # every unit the data files name
    glued_lower_only: frozenset[str]  # "500g" is grams, "5G" a network generation
    thousands_glued: frozenset[str]  # "k": thousands glued to the digits, in lower case ("200k")
    thousands_not_after: frozenset[str]  # "vàng": "vàng 24k" is a purity, no thousands
    volume_glued: frozenset[str]  # "L": a volume only as a fuel consumption or after "dung tích"
    volume_before: frozenset[str]  # "dung tích": the words before a glued volume that measure
    pair_readings: re.Pattern  # "110/70mmHg": a measure read as two values a/b, the figure the first
    spans_opening_words: frozenset[str]  # "hiệp": no period of play as the first syllable of "hiệp hội"
    speed_glued: dict[str, str]  # "6.000v/ph": a glued "v" is revolutions before "/ph"
    measures_opening_words: frozenset[str]  # "tấn": no measure as the first syllable of "tấn công"
    spelled_min: float
    spelled_ambiguous: frozenset[str]
    noun_after: frozenset[str]  # "hằng năm": after these an ambiguous spelled word is the noun
    not_after_two: frozenset[str]
    spelled_idioms: frozenset[str]  # "bốn phương": a spelled number and noun that count nothing
    digit_idioms: frozenset[str]  # "6 múi", "2 tai": the two-word idioms above written with a digit
    long_idioms: re.Pattern  # the idioms of three words or more ("năm lần bảy lượt"), matched at the number
    kin_after_ambiguous: frozenset[str]  # "ba mẹ" is the father and mother
    open_before_compound: frozenset[str]  # "ba cuộc điều tra": "ba" before a noun of two syllables is three
    open_noun_pos: frozenset[str]  # "ba vụ": ... and before a syllable the lexicon has as one of these
    open_after_pos: frozenset[str]  # ... after a word of these parts of speech ("xảy ra ba vụ")
    father_after_syllable: frozenset[str]  # "Ba cô mất": ... except these syllables alone
    spelled_word_before: frozenset[str]  # "ngã ba": words that make one word with the spelled number
    capital_name_before: frozenset[str]  # "anh Mười", "tháng Ba": words before a capitalised spelled name or date
    father_after: frozenset[str]  # "ba chồng", "ba tôi": words after "ba" that make it the father
    scale_before: frozenset[str]  # "tỉ lệ 1/500": a map scale, not a of b items
    position_before: frozenset[str]  # "hướng 310 độ": a bearing
    per_time: re.Pattern  # "/tháng" after "N lần": a schedule
    back_before: frozenset[str]  # "cả" before a number ...
    back_bare_classifiers: frozenset[str]  # ... and a bare classifier after it ("cả 2 chiếc"): things just listed
    pronoun_pos: frozenset[str]  # "cả hai khai": parts of speech of a word after "cả" + number that no count has
    back_after: re.Pattern  # ... and "trên", "này" after its noun (and two words of its own) point back to things just named
    back_digit_max: int  # "3 xã nói trên": the largest digit count read so without "cả"
    restate_max: int  # "cả hai thiết bị" after "2 thiết bị": the largest count read as a restatement
    restate_others: re.Pattern  # "2 tàu Type-218SG khác": a count of others, no restatement
    restate_people: frozenset[str]  # "người", "em": people nouns a restatement needs a deed or a description after
    back_compounds: re.Pattern  # "hai cán bộ cấp trên": a pointer word that ends a noun of its own
    back_not_units: frozenset[str]  # "hai lần đeo bộ này": counts whose next words are a deed, not their noun
    pronoun_units: frozenset[str]  # "5 người chúng tôi", "2 người họ": people named again by a pronoun ...
    pronoun_after: re.Pattern  # ... right after their noun
    subject_after: re.Pattern  # "hai nhà lãnh đạo đã ...": a spelled number's noun right before these
    actor_pos: frozenset[str]  # "hai người quay trở lại": parts of speech of a word after spelled people that act
    actor_counted: re.Pattern  # "hai người tử vong", "ba cầu thủ gồm": words after them that keep the count
    actor_counted_before: frozenset[str]  # "có hai người giữ lại": words before the number that keep it
    actor_role_units: frozenset[str]  # "hai cán bộ tử nạn": offices and trades counted whatever they do next
    set_before: frozenset[str]  # "cả", "một trong": a number of a set, pointing back when already counted
    set_copulas: frozenset[str]  # "là 2 trong số 3 đảng": a part of a set after these points back
    set_people: frozenset[str]  # the people nouns of that look-back
    interval_before: re.Pattern  # "3 tháng họp" before "1 lần": an interval, a schedule
    position_after: re.Pattern  # after "N độ": minutes or a compass word make it a coordinate
    scale_after: re.Pattern  # after "N độ": "Richter" makes it a magnitude
    address_places: frozenset[str]  # "53 ấp Phú Hiệp": a place noun and one name after a house number
    address_next_level: re.Pattern  # ", xã Tân Hội": the next level of the address after the name
    penalty_distance: float  # "chấm 11m", "quả 11m": the penalty kick named by its distance ...
    penalty_units: frozenset[str]  # ... in these units ...
    penalty_before: frozenset[str]  # ... after these words
    certainty_value: float  # "100% không phải", "100% xứng đáng": a full share ...
    certainty_after: frozenset[str]  # ... before these words ...
    certainty_after_pos: frozenset[str]  # ... or a word of these parts of speech is "certainly", no share
    certainty_effort: re.Pattern  # "hết 100% sức lực", "500% năng lượng": a full share or more of one's strength
    year_word_after: frozenset[str]  # words after which a spelled "năm" is the year word
    # the last word (lower case) of each phrase of not_before, not_before_cased, qualifier_map: a
    # phrase can end the words before a number only if their last word is one of these (cheap test)
    not_before_last: frozenset[str]
    not_before_cased_last: frozenset[str]
    qualifier_last: frozenset[str]
    sex_words: frozenset[str]  # "gái", "trai": added to a head, the head still means the people (units.toml [heads])
    bound: frozenset[str]  # bound nouns that keep the noun after them (see _bound_compound)
    bound_before_nouns: frozenset[str]  # "phiếu": bound only before a word the lexicon tags a noun
    votes_despite_noun_tag: frozenset[str]  # "bầu": after "phiếu", how the votes were cast despite tag N
    material: re.Pattern  # "cao su", "gỗ": what a counted object is made of, kept in its unit
    material_pieces: frozenset[str]  # "lóng", "khối": pieces or volumes of a material, which stop before it
    group_words: frozenset[str]  # "nhóm": before people ("nhóm du khách") the group word alone is the unit
    grouped_people: frozenset[str]
    agent_prefixes: frozenset[str]  # "nhà": makes an agent noun with a two-syllable verb after it ("nhà cung ứng")
    kin_nouns: frozenset[str]  # "con", "chị": kin nouns whose sex word after them stays out ("2 chị gái" -> "chị")
    parents: frozenset[str]  # "bà mẹ hai con": before the number, "con" are the parent's children
    prefixes: frozenset[str]  # "nhà", "đồ": make one noun with a two-syllable word after them
    nc_not_prefixes: frozenset[str]  # "anh", "ông": classifier nouns of people, no prefix
    classifier_nouns: frozenset[str]  # "trận": a classifier noun the lexicon does not tag Nc
    never_counted: frozenset[str]  # "2 bắt đầu", "hai bền": words the news never counts (never_counted.toml)
    vehicles: frozenset[str]  # "xe 16 chỗ": seats after these name a vehicle's size
    pitches: frozenset[str]  # "sân 7 người": players after these name a pitch's format
    pitch_units: frozenset[str]
    pitch_sizes: frozenset[float]
    seat_units: frozenset[str]
    score_units: frozenset[str]  # "với 4 điểm": a score when no noun follows the unit
    score_before: frozenset[str]
    score_after: re.Pattern  # "9 điểm tuyệt đối", "1 điểm trước Malaga": no site noun after "điểm"
    score_after_games: re.Pattern  # "45 điểm sau 20 vòng": points after the games played
    score_won: re.Pattern  # "3 điểm có được": points after a word of winning them
    score_clause: re.Pattern  # "khoảng cách ... là 9 điểm", "số điểm ... 456 điểm": the clause names a score
    score_gap_clause: re.Pattern  # "kém Chelsea tới 12 điểm": a word of comparing earlier in the sentence ...
    score_gap_before: frozenset[str]  # ... and a stress word right before the number
    score_verbs: frozenset[str]  # "25 điểm giành được": a verb of scoring after "điểm" (no site's verb)
    score_rank_after: re.Pattern  # "có 12 điểm và đứng thứ 8": a league place told after the points
    margin_units: frozenset[str]  # "cách biệt 2 bàn": a match's margin, not goals counted
    margin_before: frozenset[str]
    rate_base: frozenset[str]  # "cứ 10 em": the base of a rate, not a count
    rate_share: re.Pattern  # "cứ 10 em thì có 3 em": the share of that rate
    rank_units: frozenset[str]  # "tăng 11 bậc": places moved in a ranking, a rank, not a count
    rank_before: frozenset[str]
    named_pair: re.Pattern  # "Miranda và Evan": a pair of names that a later "2 người" points back to
    pair_dashes: frozenset[str]  # "Huỳnh Tiến Khoa – Don Nguyễn": a duo's names joined by a dash
    dash_pair_place: re.Pattern  # "ngã tư Huỳnh Tấn Phát – Nguyễn Văn Quỳ": names of streets, no duo
    dash_title: re.Pattern  # "Nguyễn Thị Liễu – Chánh Văn phòng": a name and its office, no duo
    pair_partners: frozenset[str]  # "Cao Mỹ Kim và bạn trai": a name and a partner noun as such a pair
    named_pair_people: frozenset[str]  # "Bảo và An ... cả 2 em": kin, child and role nouns the pair look-back reads too
    named_pair_others: re.Pattern  # "2 bị can khác": after the noun, people besides the two named
    named_pair_not_before: frozenset[str]  # "là hai ca sĩ": before the number, a first count of the two just named
    family_units: frozenset[str]  # "bố con", "mẹ con": a family counted ...
    family_known_by: re.Pattern  # ... with the member it is known by after it: "4 bố con anh Vững"
    each_other: re.Pattern  # "hai người dành cho nhau": a pair of people bound to each other in its clause
    items_named: re.Pattern  # "hai bang Washington và Minnesota": names listed right after a count's noun
    items_named_people: frozenset[str]  # "hai HLV Juventus và ...": people nouns besides set_people and named_pair_people
    named_after_pairs: frozenset[str]  # "2 chỉ số VN-Index và HNX-Index": pair nouns counted when names follow
    chat_pair: re.Pattern  # "2 đứa bây", "hai thằng": people of the story, not children counted
    pair_before: frozenset[str]  # "của hai người": the couple just named
    pair_between: frozenset[str]  # "giữa hai người": the two just named, whatever follows
    one_idioms: frozenset[str]  # "1 mình", "1 nửa": a digit 1 written for "một" in a set phrase
    one_idioms_before_adjective: frozenset[str]  # "1 cách mạnh mẽ", "1 lượng lớn": the same with an adjective after
    one_idioms_before_no_noun: frozenset[str]  # "nghỉ 1 lát rồi": the same with no noun after ("1 lát gừng" counts)
    one_idioms_noun_tags: frozenset[str]  # the lexicon tags of a noun after them
    pair_units: frozenset[str]
    pair_relation: re.Pattern  # "hai người bạn": the relation of a pair after its noun
    pair_companions: frozenset[str]  # "cùng chồng và 2 người bạn": a pair joining those named is counted
    listed_class_units: frozenset[str]  # "xe 2 cửa và 4 cửa": classes that may follow one in a spec list
    class_units: frozenset[str]  # "hộp số tự động 6 cấp": gears name a gearbox's class
    body_parts: frozenset[str]  # "bấm 1 ngón", "gãy 2 tay", "áo tắm hai mảnh": parts of one body or thing, no counts
    body_max: float
    vital_value: float  # "3 vòng nóng bỏng", "3 vòng 86-60-90": three ...
    vital_units: frozenset[str]  # ... of these ...
    vital_after: re.Pattern  # ... described or measured after them are a woman's vital statistics
    class_before: re.Pattern
    class_always: frozenset[str]  # "3 xi-lanh": an engine's cylinders name its class wherever written
    clock_hour: re.Pattern  # "0 giờ 30 sáng", "9h 30": the hour before the minutes of a clock time
    clock_glued: frozenset[str]  # "9g sáng": a glued unit that is an hour ...
    clock_day_part: re.Pattern  # ... before a part of the day
    threshold_units: frozenset[str]  # "tàu công suất dưới 90 CV": a bound measure names a class of things
    threshold_before: re.Pattern
    money_threshold_before: re.Pattern  # "các tổ chức có vốn chủ sở hữu từ": a band of a rule, no money held
    rule_bounds: frozenset[str]  # "dưới 30 tỉ đồng đối với các thành phố": a bound set for a class ...
    rule_class_after: re.Pattern  # ... named after it
    measure_after: re.Pattern  # a measurement unit after the number ("tàu 802 CV"): a quantity, no code
    turn_value: float  # "khác biệt 180 độ": a half turn after a word of change is an idiom ...
    turn_before: frozenset[str]  # ... of reversal
    model_class_units: frozenset[str]  # "những mẫu laptop 13 inch": a size after a plural model word ...
    model_class_before: re.Pattern  # ... names the class compared with
    grade_units: frozenset[str]  # "cồn 70 độ", "nước muối NaCl 0,9%": the strength that names a product's grade ...
    grade_nouns: frozenset[str]  # ... after its substance
    node_units: frozenset[str]  # "quy trình 10 Nm": a chip's process node, a class ...
    process: re.Pattern  # ... when a word of chip making is before it ...
    torque: re.Pattern  # ... and no torque word is near ("mô-men xoắn cực đại 400 Nm": a figure)
    elevation_units: frozenset[str]  # "cao độ dương 12,4m", "cao trình -35 m đến -36 m": an elevation, a position ...
    elevation_before: re.Pattern
    elevation_after: re.Pattern  # ... or a length "so với mực nước biển"
    price_class_before: re.Pattern  # "sản phẩm tầm trung 7 triệu": the price class of a market segment
    water_level: re.Pattern  # "mực nước ... ở cao trình 21,25 mét": a water level read on the datum stays a figure
    band_upper_after: re.Pattern  # "từ 5 triệu đồng đến dưới 50 triệu đồng": the lower end of a statute's band ...
    band_upper_before: re.Pattern  # ... and its upper end
    band_alternative: re.Pattern  # "... hoặc dưới năm trăm nghìn đồng": a bound amount joined right after a band
    case_value_before: re.Pattern  # "trong trường hợp giá trị hàng hóa vi phạm đến": a value picking a rule's case
    dose_verbs: frozenset[str]  # "uống 1 viên" after "mỗi lần" in the sentence: a dose of a schedule
    dose_period: re.Pattern
    not_before_bare: frozenset[str]  # "hai chục", "mấy chục": words before which a bare "chục" is no vague amount
    label: re.Pattern  # "Tổng số", "số lượng": the label of a count, not "một số", "chỉ số" (_label_unit)
    verbs: re.Pattern  # "Licogi 9 tham gia", "quận 1, 3, 5 thực hiện": a verb is never the counted noun
    glued_head: re.Pattern  # a unit_map key of two syllables or more with a letter right after it
    unit_words: re.Pattern  # _prefixes() of the unit_map keys (and "người", "hộ")
    known_units: re.Pattern  # _prefixes() of `units`


@cache
def grammar() -> Grammar:
    units = load("units")
    quals = load("qualifiers")
    notf = load("not_figures")
    nums = load("numbers")
    people = load("people")
    currencies = frozenset(u if u == "USD" else nfc(u).lower() for u in units["currencies"]["units"])

    unit_map: dict[str, tuple[str, str]] = {}
    for word in units["not_units"]["durations"] + units["not_units"]["ages"]:
        unit_map[nfc(word).lower()] = ("reject", word)
    for word in units["heads"]["words"]:
        unit_map[nfc(word).lower()] = ("unit", nfc(word).lower())
    for written, unit in units["aliases"].items():
        unit_map[nfc(written).lower()] = ("unit", unit if unit == "USD" else nfc(unit).lower())

    glued = _alt(units["not_units"]["glued"])
    amount = numbers.number_pattern()
    vague = numbers.vague_pattern()
    joiners = _alt(j for j in quals["range"]["joiners"] if j not in "-–")
    w = numbers.words()
    starts = trie.first_chars([*w.digits, *w.tens, *w.vague_prefix, *w.vague_bare], both_cases=True, extra=r"\d")
    # a comma right before the number is a decimal mark after a digit, a missing space after a
    # word ("226 triệu đồng,120 kg gạo"); so is a colon ("10:30" is a time, "thành phố:16.000 áo" a
    # lost space). A percent sign or a glued unit may close both bounds of a range ("70%-75%", "3W - 4W"). A dash right before the
    # number after a space is a minus sign ("xuống tới -45 độ C"); after a word or a number it joins
    # them ("6-2", "Su-33", "0-100"); after "(" it is the sign of a change ("(-0,24%)", "(+0,6%)"; dev10).
    # A slash after a word opens the base of a rate, itself a count ("ghi 3 bàn/11 trận", "200 ngàn đồng/2
    # sào", "120.000 đồng/tháng/6GB"; gold dev8, dev15, test7, test9, test14, test15), where after a digit it
    # joins a date or a part of a whole ("5/2", "24/28").
    expr = re.compile(
        rf"{starts}(?<![\w.#])(?<![\W\d_]/)(?<![^(]\+)(?<![^\s(][-–])(?<!\d:)(?<![\d,],)"
        rf"(?:(?P<vague>{vague})(?:(?:\s*[-–]\s*|\s+(?:{joiners})\s+)(?P<vb>{vague}))?|(?P<a>{amount})"
        rf"(?:(?P<pa>%|{glued})?(?P<sep>\s*[-–]\s*|\s+(?:{joiners})\s+)(?P<b>{amount})|/(?P<of>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?![/\d]))?)"
        # a colon closes a glued unit when no digit follows ("độ dày 1,52cm: ..."; dev11), where after a
        # bare number it opens a time or a score ("10:30", "2:1")
        # ... and a volume glued before "/100km" is a fuel consumption ("9L/100km", guideline test10)
        rf"(?:(?P<glued>{glued})(?:(?!\w|:\d|/\d|[.,]\d|[-–]\d)|(?<=[lL])(?=/100\s?km))|(?![\w:]|/\d|[.,]\d|[-–]\d))",
        re.IGNORECASE,
    )
    unit_re = re.compile(rf"(?:{_alt(unit_map)})(?!\w)", re.IGNORECASE)

    before = notf["before"]
    words_before = before["dates"] + before["identifiers"] + before["ordinals"] + before["ratios"]
    not_before = frozenset(nfc(w).lower() for w in words_before if w == w.lower())
    not_before_cased = frozenset(nfc(w) for w in words_before if w != w.lower())

    qualifier_map: dict[str, str] = {}
    for qual in ("over", "under", "about", "exact"):
        for word in quals.get(qual, {}).get("words", ()):
            qualifier_map[nfc(word).lower()] = qual

    verb_phrases = [nfc(v) for v in units["not_units"]["verbs"]]
    verb_phrases += [nfc(w) for w in units["not_units"]["stop"] if " " in w]
    return Grammar(
        expr=expr,
        unit=unit_re,
        unit_map=unit_map,
        stop=frozenset(units["not_units"]["stop"]),
        may_end_word=frozenset(units["not_units"]["may_end_word"]),
        not_before=not_before,
        not_identifiers=lower_set(before.get("not_identifiers", ())),
        not_before_cased=not_before_cased,
        not_before_cased_lower=frozenset(w.lower() for w in not_before_cased),
        number_sign=frozenset(before["number_sign"]),
        rate_before=frozenset(notf["rate"]["before"]),
        rate_periods=frozenset(notf["rate"]["periods"]),
        each_item=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['rate']['each_before'])})[ ]+"
                             rf"(?:(?!(?<!\w)(?:{_alt(nfc(w) for w in notf['rate']['each_quota'])})(?!\w))[^.,;:!?()\n])"
                             rf"{{1,{notf['rate']['each_reach']}}}$", re.IGNORECASE),
        each_reach=notf["rate"]["each_reach"],
        each_crew_units=lower_set(notf["rate"]["each_crew_units"]),
        fractional_people=lower_set(notf["rate"]["fractional_people"]) | lower_set(units["bound"]["people"]),
        dotted_amount_units=(lower_set(notf["rate"]["dotted_amount_units"]) | lower_set(units["decimal_comma"]["measures"])
                             | lower_set(units["not_units"]["glued"]) | lower_set(units["not_units"]["measures_apart"])
                             | currencies),
        # (the model code: letters then digits, "X5", "S90", "i10"; case kept for it, the words any case)
        dotted_label_before=re.compile(rf"(?:(?<!\w)(?i:{_alt(nfc(w) for w in notf['rate']['dotted_label_before'])})"
                                       rf"|(?<!\w)[A-Za-z]{{1,3}}\d{{1,3}}[A-Za-z]?)[ ]+$"),
        crew_verb_before=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['rate']['crew_verbs'])})(?:[ ]+\w+)?[ ]*$",
                                    re.IGNORECASE),
        allot_verb_before=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['rate']['allot_verbs'])})(?:[ ]+\w+)?[ ]*$",
                                     re.IGNORECASE),
        quoted_name=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['quoted_names']['before'])})[ ]*[“\"][^”\"\n]{{0,{MAX_QUOTED_NAME}}}$",
                               re.IGNORECASE),
        generic_item=re.compile(rf"(?:^|(?<=[.!?\n])|[,;])[ ]*(?:một|1)[ ]+(?:\w+[ ]+){{1,3}}?"
                                rf"(?:{_alt(nfc(w) for w in notf['rate']['generic_markers'])})[ ]+"
                                rf"(?:{_alt(nfc(w) for w in notf['rate']['generic_verbs'])})(?!\w)[^.;:!?\n]{{0,40}}$",
                                re.IGNORECASE),
        crew_need=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['rate']['need_before'])})(?!\w)"
                             rf"[^.!?\n]{{0,{MAX_NEED_REACH}}}$", re.IGNORECASE),
        crew_need_clause=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['rate']['need_before'])})(?!\w)"
                                    rf"[^.!?\n]*$", re.IGNORECASE),
        crew_make_after=re.compile(rf"[^.;:!?\n]{{0,60}}?(?<!\w)để[ ]+(?:{_alt(nfc(w) for w in notf['rate']['make_verbs'])})"
                                   rf"[ ]+(?:1|một)(?!\w)", re.IGNORECASE),
        crew_base_before=re.compile(rf"(?<!\w)để[ ]+(?:{_alt(nfc(w) for w in notf['rate']['make_verbs'])})[ ]+$",
                                    re.IGNORECASE),
        count_before_sign=frozenset(before["count_before_number_sign"]),
        ratio_units=frozenset(notf["after"]["ratio_units"]),
        schedule_units=frozenset(notf["after"]["schedule_units"]),
        schedule_period=re.compile(
            rf"(?<!\w)(?:(?:{_alt([*notf['rate']['before'], *notf['after']['schedule_period_before']])})[ ]+"
            rf"(?:{_alt(notf['after']['schedule_periods'])})"
            rf"|(?:{_alt(notf['after']['schedule_periods'])})[ ]+(?:{_alt(notf['after']['schedule_period_after'])}))(?!\w)",
            re.IGNORECASE),
        schedule_bare_period=re.compile(
            rf"(?<!\d[ ])(?<!\w)(?:{_alt(notf['after']['schedule_periods'])})(?:[ ]+(?!\d)\w+)?[ ]+$", re.IGNORECASE),
        label_not_counts=lower_set(notf["label"]["not_counts"]),
        level_condition=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['after']['level_condition'])})(?!\w)",
                                   re.IGNORECASE),
        level_condition_then=re.compile(r"[ ,]*(?:thì|sẽ)(?!\w)"),
        digit_count=re.compile(_word_after(notf["digit_count"]["nouns"]), re.IGNORECASE),
        variant_label=re.compile(rf"(?:(?<!\w)(\w+)[ ]+)?(?<!\w)(?:{_alt(nfc(w) for w in notf['variant_label']['before'])})"
                                 rf"[ ]*\(?[ ]*$", re.IGNORECASE),
        variant_not_after=lower_set(notf["variant_label"]["not_after"]),
        variant_units=lower_set(notf["variant_label"]["units"]),
        level_units=frozenset([*(nfc(w).lower() for w in units["not_units"]["glued"]), *notf["after"]["level_units"]]),
        ratio_verbs=frozenset(notf["after"]["ratio_verbs"]),
        size_before=frozenset(notf["after"]["size_before"]),
        or_more_fact_before=lower_set(notf["after"]["or_more_fact_before"]),
        ratio_of=re.compile(_word_after(notf["after"]["ratio_of"]), re.IGNORECASE),
        ratio_clause=re.compile(rf"(?<!\w)(?:{_alt(notf['after']['ratio_clause'])})(?!\w)[^.,;:!?()\n]*$", re.IGNORECASE),
        qualifier_map=qualifier_map,
        qualifier_besides=lower_set(quals["over"]["besides_opening"]),
        difference_before=frozenset(f"{nfc(w).lower()} hơn" for w in quals["difference"]["adjectives"]),
        difference_lesser=frozenset(f"{nfc(w).lower()} hơn" for w in quals["difference"]["lesser"]),
        on_before=lower_set(quals["on"]["before"]),
        on_ride_before=lower_set(quals["on"]["ride_before"]),
        on_rides=lower_set(quals["on"]["rides"]),
        difference_after=re.compile(rf"[ ]*[,)]?[ ]*(?:{_alt(quals['difference']['after'])})(?!\w)", re.IGNORECASE),
        # millions and billions (and their spellings of numbers.toml, "tỉ", the typo "trệu")
        money_multipliers=frozenset(k for k, v in numbers.words().multipliers.items() if v >= 1_000_000),
        currencies=currencies,
        foreign_currencies=currencies - {"đồng"},
        size_chain=re.compile(rf"(?:[ ]?[x×][ ]?\d[\d.,]*)+[ ]?(?P<measure>{_alt(units['sizes']['measures'])})(?!\w)",
                              re.IGNORECASE),
        decimal_measures=frozenset(nfc(u).lower() for u in units["decimal_comma"]["measures"]),
        not_noun_after_money=frozenset(units["money_nouns"]["not_noun_tags"]),
        money_nouns=lower_set(units["money_nouns"]["words"]),
        exchange_rate=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in units['money_nouns']['exchange_rate'])})(?!\w)", re.IGNORECASE),
        joiner=re.compile(r"\s*(?:,|và|hoặc|hay)\s*$", re.IGNORECASE),
        # (a qualifier word may be written before the second amount: "từ 6 triệu lên gần 6,7 triệu đồng")
        change_joiner=re.compile(rf"[ ]+(?:{_alt(quals['change']['verbs'])})(?:[ ]+(?:{_alt(quals['change']['then'])}))?"
                                 rf"(?:[ ]+(?:{_alt(qualifier_map)}))?[ ]+", re.IGNORECASE),
        fraction_wholes=lower_set(notf["fraction"]["wholes"]),
        edition_units=lower_set(notf["editions"]["units"]),
        clause_final=lower_set(units["not_units"]["clause_final"]),
        classifiers=frozenset(units["classifiers"]["words"]),
        strokes=lower_set(units["classifiers"]["strokes"]),
        stroke_plays=lower_set(units["classifiers"]["stroke_plays"]),
        models=lower_set(units["classifiers"]["models"]),
        describes_classifier=frozenset(units["classifiers"]["not_nouns"]),
        describes_classifier_pos=frozenset(units["classifiers"]["not_noun_pos"]),
        pos_classifiers=lower_set(units["classifiers"]["not_noun_pos_after"]),
        sex_words=lower_set(units["heads"]["sex_words"]),
        site_heads=lower_set(units["sites"]["heads"]),
        site_events=lower_set(units["sites"]["events"]),
        nouns_despite_pos=lower_set(units["classifiers"]["nouns_despite_pos"]),
        before_name=lower_set(units["classifiers"]["before_name"]),
        weak_classifiers=lower_set(units["classifiers"]["weak"]),
        stop_opening_nouns=frozenset(nfc(w) for w in units["not_units"]["opening_nouns"]),
        honoured=re.compile(rf"(?:{_alt(units['classifiers']['honorifics'])})[ ]+(?P<noun>{_alt(units['classifiers']['honoured'])})"
                            r"(?!\w)", re.IGNORECASE),
        open_upper_joiner=re.compile(rf"[ ]+(?:{joiners})[ ]+(?:{_alt(quals['range']['open_upper'])})[ ]+", re.IGNORECASE),
        adverbs=frozenset(nfc(w) for w in units["not_units"]["adverbs"]),
        units=frozenset(u for k, u in unit_map.values() if k == "unit"),
        glued_lower_only=frozenset(units["not_units"]["glued_lower_only"]),
        thousands_glued=frozenset(units["not_units"]["thousands_glued"]),
        thousands_not_after=lower_set(units["not_units"]["thousands_not_after"]),
        volume_glued=lower_set(units["not_units"]["volume_glued"]),
        volume_before=lower_set(units["not_units"]["volume_before"]),
        pair_readings=re.compile(rf"[ ]?(?:{_alt(units['not_units']['pair_readings'])})(?!\w)", re.IGNORECASE),
        spans_opening_words=lower_set(units["not_units"]["spans_opening_words"]),
        speed_glued={w: nfc(u) for w, u in units["not_units"]["speed_glued"].items()},
        measures_opening_words=frozenset(nfc(w) for w in units["not_units"]["measures_opening_words"]),
        spelled_min=float(units["spelled"]["min_value"]),
        spelled_ambiguous=frozenset(units["spelled"]["ambiguous"]),
        noun_after=frozenset(units["spelled"].get("noun_after", ())),
        not_after_two=frozenset(units["spelled"]["not_after_two"]),
        spelled_idioms=lower_set(units["spelled"]["idioms"]),
        # a set phrase counts nothing however its number is written: "cơ bụng 6 múi" is "sáu múi"
        digit_idioms=frozenset(f"{nums['digits'][w.split(' ')[0]]} {w.split(' ', 1)[1]}"
                               for w in (nfc(x).lower() for x in units["spelled"]["idioms"])
                               if w.count(" ") == 1 and w.split(" ")[0] in nums["digits"]),
        long_idioms=re.compile(rf"(?:{_alt(nfc(w) for w in units['spelled']['idioms'] if w.count(' ') >= 2)})(?!\w)",
                               re.IGNORECASE),
        kin_after_ambiguous=frozenset(units["spelled"].get("kin_after_ambiguous", ())),
        open_before_compound=frozenset(units["spelled"]["open_before_compound"]),
        open_noun_pos=frozenset(units["spelled"]["open_noun_pos"]),
        open_after_pos=frozenset(units["spelled"]["open_after_pos"]),
        father_after_syllable=frozenset(units["spelled"]["father_after_syllable"]),
        spelled_word_before=frozenset(units["spelled"]["word_before"]),
        capital_name_before=frozenset(units["spelled"]["capital_name_before"]),
        father_after=lower_set(units["spelled"]["father_after"]),
        scale_before=lower_set(notf.get("fraction", {}).get("scale_before", ())),
        position_before=lower_set(notf["degrees"]["position_before"]),
        back_before=lower_set(notf["pointing_back"]["before"]),
        back_bare_classifiers=lower_set(notf["pointing_back"]["bare_after_all"]),
        pronoun_pos=frozenset(notf["pointing_back"]["pronoun_before_pos"]),
        back_after=re.compile(rf"(?:[ ]+(?!(?:{_alt(units['not_units']['stop'])})(?!\w))\w+){{0,2}}?[ ]+"
                              rf"({_alt(nfc(w) for w in notf['pointing_back']['after_noun'])})(?!\w)", re.IGNORECASE),
        back_digit_max=notf["pointing_back"]["digit_max"],
        restate_max=notf["pointing_back"]["restate_max"],
        restate_others=re.compile(rf"(?:[ ]+[^\s.,;:!?()]+){{0,3}}?[ ]+(?:{_alt(nfc(w) for w in notf['pointing_back']['named_pair_others_after'])})(?!\w)",
                                  re.IGNORECASE),
        restate_people=(lower_set(units["bound"]["people"]) | lower_set(notf["pointing_back"]["set_people"])
                        | lower_set(notf["pointing_back"]["named_pair_people"]) | lower_set(notf["pointing_back"]["pair_units"])),
        back_not_units=frozenset(notf["pointing_back"]["deed_units"]),
        pronoun_units=lower_set(notf["pointing_back"]["pronoun_units"]),
        # (case-sensitive, for the capital that makes "họ" a surname: "2 người họ Nguyễn" counts two people
        # of the Nguyễn family; a pronoun after a number is never capitalised)
        pronoun_after=re.compile(_word_after(notf["pointing_back"]["pronouns_after"]) + rf"(?![ ]+[{UPPER}])"),
        back_compounds=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['pointing_back']['after_noun_compounds'])})$",
                                  re.IGNORECASE),
        set_before=lower_set(notf["pointing_back"]["set_before"]),
        set_copulas=lower_set(notf["pointing_back"]["set_copulas"]),
        set_people=lower_set(units["bound"]["people"]) | frozenset(notf["pointing_back"]["set_people"]),
        subject_after=re.compile(_word_after(notf["pointing_back"]["subject_after"])),
        actor_pos=frozenset(notf["pointing_back"]["actor_pos"]),
        actor_counted=re.compile(_word_after(notf["pointing_back"]["actor_counted"]), re.IGNORECASE),
        actor_counted_before=lower_set(notf["pointing_back"]["actor_counted_before"]),
        actor_role_units=lower_set(notf["pointing_back"]["actor_role_units"]),
        per_time=re.compile(rf"\s*(?:/|(?:{_alt(notf['after']['per_words'])})\s)\s*(?:\d+\s*)?"
                            rf"(?:{_alt(units['not_units']['durations'])})(?!\w)", re.IGNORECASE),
        interval_before=re.compile(rf"(?<![\w.,])\d+\s+(?:{_alt(units['not_units']['durations'])})(?!\w)[^.,;:!?()\d]*$",
                                   re.IGNORECASE),
        scale_after=re.compile(_word_after(notf["degrees"]["scale_after"])),
        turn_value=float(notf["degrees"]["turn_value"]),
        turn_before=lower_set(notf["degrees"]["turn_before"]),
        address_places=lower_set(notf["addresses"]["places"]),
        address_next_level=re.compile(rf"[ ]*,[ ]*(?P<noun>{_alt(nfc(w) for w in notf['addresses']['next_level'])})[ ]+[A-ZĐ]",
                                      re.IGNORECASE),
        penalty_distance=float(notf["penalty"]["distance"]),
        penalty_units=lower_set(notf["penalty"]["units"]),
        penalty_before=lower_set(notf["penalty"]["before"]),
        certainty_value=float(notf["certainty"]["value"]),
        certainty_after=lower_set(notf["certainty"]["after"]),
        certainty_after_pos=frozenset(notf["certainty"]["after_pos"]),
        certainty_effort=re.compile(_word_after(notf["certainty"]["effort"]), re.IGNORECASE),
        position_after=re.compile(rf"\s*(?:\d+\s*[’'′]|(?:{_alt(nfc(w) for w in notf['degrees']['position_after'])})(?!\w))"),
        year_word_after=frozenset(units["spelled"]["year_word_after"]),
        not_before_last=_last_words(not_before),
        not_before_cased_last=_last_words(not_before_cased),
        qualifier_last=_last_words(qualifier_map),
        bound=lower_set(units["bound"]["words"] + units["bound"]["before_nouns"]),
        bound_before_nouns=lower_set(units["bound"]["before_nouns"]),
        votes_despite_noun_tag=lower_set(units["bound"]["votes_despite_noun_tag"]),
        material=re.compile(rf"(?:{_alt(nfc(w) for w in units['materials']['words'])})(?!\w)"),
        material_pieces=lower_set(units["materials"]["pieces"]),
        prefixes=lower_set(units["bound"]["prefixes"]),
        agent_prefixes=lower_set(units["bound"]["agent_prefixes"]),
        kin_nouns=lower_set(units["heads"]["kin_nouns"]),
        parents=lower_set(units["heads"]["parents"]),
        nc_not_prefixes=lower_set(units["bound"]["nc_not_prefixes"]),
        classifier_nouns=lower_set(units["bound"]["classifier_nouns"]),
        never_counted=_never_counted(),
        group_words=lower_set(units["bound"]["groups"]),
        grouped_people=lower_set(units["bound"]["people"]),
        # the stop phrases of more than one word ("liên tục", "bao gồm") are matched here: the stop
        # test of find_unit sees one syllable
        vehicles=lower_set(notf["vehicle_class"]["vehicles"]),
        seat_units=lower_set(notf["vehicle_class"]["units"]),
        pitches=lower_set(notf["pitch_class"]["nouns"]),
        pitch_units=lower_set(notf["pitch_class"]["units"]),
        pitch_sizes=frozenset(float(v) for v in notf["pitch_class"]["sizes"]),
        score_units=lower_set(notf["scores"]["units"]),
        score_before=lower_set(notf["scores"]["before"]),
        score_after=re.compile(_word_after(notf["scores"]["after_not_site"] + notf["scores"]["won_after"]),
                               re.IGNORECASE),
        score_after_games=re.compile(rf"[ ]+sau[ ]+\d+[ ]+(?:{_alt(nfc(w) for w in notf['scores']['after_games'])})(?!\w)",
                                     re.IGNORECASE),
        score_won=re.compile(_word_after(notf["scores"]["won_after"]), re.IGNORECASE),
        score_clause=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['scores']['clause'])})(?!\w)", re.IGNORECASE),
        score_gap_clause=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['scores']['gap_clause'])})(?!\w)",
                                    re.IGNORECASE),
        score_gap_before=lower_set(notf["scores"]["gap_before"]),
        score_verbs=lower_set(notf["scores"]["verbs_after"]),
        score_rank_after=re.compile(rf"[^.!?\n]{{0,60}}?(?<!\w)(?:{_alt(nfc(w) for w in notf['scores']['rank_after'])})(?!\w)",
                                    re.IGNORECASE),
        margin_units=lower_set(notf["scores"]["margin_units"]),
        margin_before=lower_set(notf["scores"]["margin_before"]),
        rate_base=frozenset(notf["rate"]["base_before"]),
        one_base_after=_one_base(notf["rate"]["one_base_after"]),
        one_base_bracketed=_one_base(notf["rate"]["one_base_bracketed"]),
        rate_share=re.compile(rf"\b(?:{_alt(notf['rate']['base_before'])})\s+\d[^.,;:!?\n]*\s"
                              rf"(?:{_alt(notf['rate']['share_before'])})\s+$", re.IGNORECASE),
        rank_units=lower_set(notf["rank_change"]["units"]),
        rank_before=lower_set(notf["rank_change"]["before"]),
        named_pair=re.compile(rf"(?<!\w)(\w+)[ ]+(?:{_alt([notf['pointing_back']['named_pair_joiner'], *notf['pointing_back']['named_pair_dashes']])})[ ]+"
                              rf"((?:{_alt(notf['pointing_back']['named_pair_partners'])})(?!\w)|\w+)"),
        pair_partners=frozenset(notf["pointing_back"]["named_pair_partners"]),
        pair_dashes=frozenset(notf["pointing_back"]["named_pair_dashes"]),
        # a title after the dash is the office of the name before it: "Bà Nguyễn Thị Liễu – Chánh Văn phòng Sở
        # Nội vụ" (fresh baomoi news, fig73; people.toml [titles] starts)
        dash_title=re.compile(rf"(?:{_alt(nfc(w) for w in people['titles']['starts'])})(?!\w)"),
        dash_pair_place=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['pointing_back']['dash_pair_places'])})"
                                   rf"(?:[ ]+[A-ZĐ][\w’'.-]*)+[ ]*$"),
        named_pair_people=lower_set(notf["pointing_back"]["named_pair_people"]),
        named_pair_others=re.compile(_word_after(notf["pointing_back"]["named_pair_others_after"]), re.IGNORECASE),
        named_pair_not_before=lower_set(notf["pointing_back"]["named_pair_not_before"]),
        family_units=lower_set(notf["pointing_back"]["family_units"]),
        each_other=re.compile(rf"[^.,;:!?()\n]{{0,{notf['pointing_back']['each_other_reach']}}}?(?<!\w)"
                              + "".join(rf"(?<!(?<!\w){re.escape(nfc(w))} )" for w in notf["pointing_back"]["each_other_not_after"])
                              + rf"{notf['pointing_back']['each_other']}(?!\w)", re.IGNORECASE),
        items_named=re.compile(rf"[ ]+({_NAME})((?:,[ ]+{_NAME})*)[ ]+{notf['pointing_back']['named_pair_joiner']}[ ]+({_NAME})(?![\w’'-])"),
        items_named_people=lower_set(notf["pointing_back"]["items_named_people"]),
        named_after_pairs=lower_set(notf["pointing_back"]["named_after_pairs"]),
        family_known_by=re.compile(rf"{_word_after(notf['pointing_back']['family_known_by'])}|[ ]+[{UPPER}]"),
        chat_pair=re.compile(_word_after(notf["pointing_back"]["chat_classifiers"])
                             + f"(?!{_word_after(notf['pointing_back']['chat_heads'])})"
                             + f"(?!{_word_after(notf['pointing_back']['chat_counted_after'])})", re.IGNORECASE),
        pair_before=lower_set(notf["pointing_back"]["pair_before"]),
        pair_between=lower_set(notf["pointing_back"]["pair_between"]),
        one_idioms=lower_set(notf["one_idioms"]["nouns"]),
        one_idioms_before_adjective=lower_set(notf["one_idioms"]["before_adjective"]),
        one_idioms_before_no_noun=lower_set(notf["one_idioms"]["before_no_noun"]),
        one_idioms_noun_tags=frozenset(notf["one_idioms"]["noun_tags"]),
        pair_units=lower_set(notf["pointing_back"]["pair_units"]),
        pair_companions=lower_set(notf["pointing_back"]["pair_companions"]),
        pair_relation=re.compile(_word_after(notf["pointing_back"]["pair_relations"]), re.IGNORECASE),
        class_units=lower_set(notf["product_class"]["units"]),
        body_parts=lower_set(notf["body_parts"]["nouns"]) | lower_set(notf["body_parts"]["things"]),
        body_max=float(notf["body_parts"]["max_value"]),
        vital_value=float(notf["vital_statistics"]["value"]),
        vital_units=lower_set(notf["vital_statistics"]["units"]),
        # (an opening quote may come first: "bị chê 3 vòng 'lép xẹp'")
        vital_after=re.compile(rf"[ ]+[{re.escape(OPEN_QUOTES)}]?"
                               rf"(?:{_alt(nfc(w) for w in notf['vital_statistics']['after'])})(?!\w)|[ ]+\d",
                               re.IGNORECASE),
        class_before=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['product_class']['before'])})(?:[ ][\w-]+,?){{0,3}}[ (]*$",
                                re.IGNORECASE),
        listed_class_units=lower_set(notf["vehicle_class"]["units"]
                                     + notf["product_class"]["units"] + notf["product_class"]["always_units"]),
        class_always=lower_set(notf["product_class"]["always_units"]),
        clock_hour=re.compile(rf"(?<![\w.,])\d{{1,2}}[ ]*(?:{_alt(notf['clock']['hour_words'])})[ ]+$", re.IGNORECASE),
        clock_glued=lower_set(notf["clock"]["glued_hours"]),
        clock_day_part=re.compile(_word_after(notf["clock"]["day_parts"]), re.IGNORECASE),
        threshold_units=lower_set(notf["class_threshold"]["units"]),
        threshold_before=_threshold_before(notf["class_threshold"]),
        money_threshold_before=_threshold_before(notf["money_threshold"]),
        rule_bounds=lower_set(notf["rule_bounds"]["bounds"]),
        rule_class_after=re.compile(_word_after(notf["rule_bounds"]["after"]), re.IGNORECASE),
        verbs=re.compile(rf"(?:{_alt(verb_phrases)})(?!\w)", re.IGNORECASE),
        dose_verbs=frozenset(notf["dosing"]["verbs"]),
        dose_period=re.compile(rf"(?<!\w)(?:{_alt(notf['dosing']['periods'])}|ngày[ ]+\d+[ ]+lần)(?!\w)", re.IGNORECASE),
        measure_after=re.compile(rf"[ ]*(?:{_alt([*units['not_units']['glued'], *units['not_units']['measures_apart']])})(?!\w)",
                                 re.IGNORECASE),
        model_class_units=lower_set(notf["model_class"]["units"]),
        model_class_before=re.compile(
            rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['model_class']['plural'])})[ ]+"
            rf"(?:{_alt(nfc(w) for w in notf['model_class']['models'])})"
            rf"(?:[ ]+[\w-]+){{0,2}}[ ]+$", re.IGNORECASE),
        grade_units=lower_set(notf["product_grade"]["units"]),
        grade_nouns=lower_set(notf["product_grade"]["nouns"]),
        node_units=lower_set(notf["process_node"]["units"]),
        process=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['process_node']['process'])})(?!\w)", re.IGNORECASE),
        torque=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['process_node']['torque'])})", re.IGNORECASE),
        elevation_units=lower_set(notf["elevation"]["units"]),
        elevation_before=_elevation_before(notf["elevation"]),
        elevation_after=re.compile(_word_after(notf["elevation"]["after"]), re.IGNORECASE),
        price_class_before=re.compile(
            rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['price_class']['segments'])})"
            rf"(?:[ ]*\(?[ ]*(?:{_alt(nfc(w) for w in notf['price_class']['between'])}))?"
            rf"(?:[ ]+(?:{_alt(nfc(w) for w in notf['price_class']['bounds'])}))?[ ]*$", re.IGNORECASE),
        water_level=re.compile(rf"(?<!\w)(?:{_alt(nfc(w) for w in notf['elevation']['level_words'])})(?![ ]+biển)", re.IGNORECASE),
        band_upper_after=re.compile(rf"[ ]*(?:{_alt(notf['band']['to'])})[ ]*(?:{_alt(notf['band']['upper'])})(?!\w)",
                                    re.IGNORECASE),
        band_upper_before=re.compile(rf"(?<!\w)từ[ ]+[^.;:!?\n]{{1,40}}?[ ]*(?:{_alt(notf['band']['to'])})[ ]*"
                                     rf"(?:{_alt(notf['band']['upper'])})[ ]+$", re.IGNORECASE),
        band_alternative=re.compile(rf"[ ]*,?[ ]*(?:{_alt(notf['band']['joiners'])})[ ]+(?:{_alt(notf['band']['alt_bounds'])})[ ]+",
                                    re.IGNORECASE),
        case_value_before=re.compile(
            rf"(?<!\w)(?:{_alt(notf['band']['cases'])})(?:[ ]+[^\s,;:()]+){{0,6}}?[ ]+(?:{_alt(notf['band']['values'])})"
            rf"(?:[ ]+[^\s,;:()]+){{0,4}}?[ ]+(?<!lên[ ])(?:{_alt(notf['band']['bounds'])})[ ]+$", re.IGNORECASE),
        not_before_bare=frozenset(nfc(w) for w in nums["vague"]["not_before_bare"]),
        label=_label_pattern(notf["label"]["not_labels"]),
        glued_head=re.compile(rf"(?:{_alt(k for k, (kind, _) in unit_map.items() if ' ' in k and kind == 'unit')})(?=[^\W\d_])",
                              re.IGNORECASE),
        unit_words=_prefixes([*unit_map, "người", "hộ"]),
        known_units=_prefixes(u for k, u in unit_map.values() if k == "unit"),
    )


def _never_counted() -> frozenset[str]:
    """never_counted.toml (built by scripts/build_never_counted.py from the unannotated news): the
    words written after a number that are (almost) never written after "các", "những", "mỗi", ..."""
    return lower_set(load("never_counted")["words"]["list"])


def _elevation_before(table: dict) -> re.Pattern:
    """The words before a length that make it an elevation: a datum word, maybe a sign word or a sign ("cao độ
    dương 12,4m", "cao trình -35 m"), maybe the first reading of a range before ("cao trình -35 m đến -36 m")."""
    before, signs, sign_words, units = (_alt(nfc(w) for w in table[k]) for k in ("before", "signs", "sign_words", "units"))
    return re.compile(rf"(?<!\w)(?:{before})(?:(?:[ ]+(?:{signs}))?[ ]*[-–+]?[ ]*"
                      rf"(?:[\d.,]+[ ]*(?:{units})[ ]*(?:đến|tới|-|–)[ ]*[-–+]?[ ]*)?"
                      rf"|(?:[ ]+[^\W\d]+){{0,4}}?[ ]+(?:{sign_words})[ ]+)$", re.IGNORECASE)


def _threshold_before(table: dict) -> re.Pattern:
    """The words before a bound measure that names a class of things: a noun of `nouns`, maybe "có"
    and an attribute, then a bound word ("tàu cá công suất dưới", "tòa nhà cao hơn"); or the first end
    of a range of such bounds written out ("tàu có công suất từ 90 CV đến trên")."""
    nouns, attrs = _alt(nfc(w) for w in table["nouns"]), _alt(nfc(w) for w in table["attributes"])
    bounds, units = _alt(nfc(w) for w in table["bounds"]), _alt(nfc(w) for w in table["units"])
    single = "".join(rf"(?<!{re.escape(nfc(w))} )" for w in table["single_before"])
    # (an acronym may follow the noun: "các tổ chức ĐKGD có vốn chủ sở hữu từ", test12)
    return re.compile(rf"(?<!\w){single}(?:{nouns})(?-i:[ ]+[A-ZĐ]{{2,6}})?(?:[ ]+có)?(?:[ ]+(?:{attrs})[ ]+(?:từ|{bounds})|[ ]+(?:{bounds}))"
                      rf"(?:[ ]+[\d.,]+[ ]*(?:{units})(?:[ ]+trở[ ]+lên)?[ ]+(?:đến|tới|-|–)(?:[ ]+(?:{bounds}))?)?[ ]*$",
                      re.IGNORECASE)


def _label_pattern(not_labels: list[str]) -> re.Pattern:
    """"Tổng số", "số lượng" before a noun, but not after a word of not_figures.toml [label] not_labels
    ("một số", "chỉ số"): a lookbehind per word, as a lookbehind must have a fixed width."""
    behind = "".join(rf"(?<!{re.escape(nfc(w))} )" for w in not_labels)
    return re.compile(rf"(?<!\w){behind}(?:tổng[ ]+)?số[ ]+(?:lượng[ ]+)?", re.IGNORECASE)


_WORD = re.compile(r"\w+")
# a count below a thousand (digits or a spelled word, no multiplier) before "đồng": there "đồng" may
# open a noun ("2 đồng phạm"); after "20.000", "triệu", "tỷ" it is money
_SMALL_COUNT_BEFORE = re.compile(r"(?:(?<![\d.,])\d{1,3}|(?<!\w)[^\W\d]+)[ ]*$")
# a vehicle or weapon model: capitals, a hyphen, digits ("MiG-29K", "Su-33", "Ka-27", "F-16");
# an administrative code has no digit after its hyphen ("QĐ-UBND") and a date no capital
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,4}-\d+[A-Za-z0-9]{0,4}(?![\w/-])")
_MONEY_AFTER = re.compile(r"[ ]+(?:triệu|tỷ|tỉ)(?!\w)", re.IGNORECASE)
# the measures a minus sign may stand before: temperatures, depths, heights (not "%": "-2%" is a change)
_MINUS_MEASURE = re.compile(r"[ ]?(?:độ|m|cm|mm|km)(?!\w)", re.IGNORECASE)
_THOUSANDS = frozenset(["nghìn", "ngàn"])
_PER_ONE = re.compile(r"[ ]+trên[ ]+")
_PER_AREA_BEFORE = re.compile(r"/[ ]?(?:k|c|d)?m[ ]$")
# thousands written with dots, then a money unit: "mỗi lần 20.000 đồng" is an amount, never a date or a code
_GROUPED_MONEY = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?[ ]*(?:đồng|đ|VNĐ|VND|USD)(?!\w)")
_GLUED_MONEY = re.compile(r"đồng(?=[^\W\d_])")
_NAME_AFTER = re.compile(r"[ ]([A-ZĐ][^\W\d_]+)(?![\w-])")
_BRAND_AFTER = re.compile(r"[ ]([a-z]?[A-ZĐ][^\W\d_]+)(?![\w-])")  # "iPhone", "Galaxy"
_DIMENSION_AFTER = re.compile(r"[ ]?[x×][ ]?\d")
_DIMENSION_BEFORE = re.compile(r"\d[ ]?[x×][ ]?$")
_METRES = re.compile(r"[ ]*mét(?!\w)", re.IGNORECASE)
_COMMA_ONLY = re.compile(r"[ ]*,[ ]*")
_CLOSERS = frozenset("\"'”’»)]")  # a full stop before a closing quote or bracket still ends its sentence
_GLUED_AREA = re.compile(r"((?:k|c|d)?m[23])(?=[^\W\d_])", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:triệu|tỷ|tỉ|nghìn|ngàn)\s*$", re.IGNORECASE)
_PER_THEN_BOUND = re.compile(r"[ ]*/[ ]*\w+[ ]+trở[ ](?:lên|xuống)(?!\w)", re.IGNORECASE)
# the upper end of a band opened by "từ ... trở lên": "từ 300 tỷ đồng trở lên đến dưới 1.000 tỷ đồng"
_BAND_UPPER = re.compile(r"trở[ ]+lên[ ]+(?:đến|tới)(?:[ ]+(?:dưới|không quá))?[ ]*$", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")
_AFTER_QUALIFIER = re.compile(r"(?:[ ]\w+){0,3}?[ ]trở[ ](lên|xuống)(?!\w)", re.IGNORECASE)
_SUPERSCRIPT_LOST = re.compile(r" ([23])(?!\w|[.,]\d)")  # a full stop may end the sentence
_SQUARE_WORD = re.compile(r"[ ]+vuông(?!\w)", re.IGNORECASE)
_SNIPPET = re.compile(r"\w+(?:[ ]\w+){0,3}")  # four syllables give the segmenter context
MAX_UNIT_SYLLABLES = 2
MAX_DICTIONARY_SYLLABLES = 3  # "phó trưởng đoàn": a longer unit must be a word of the dictionary
# "a/b X" counts a of b items; with b this small it is a fraction of a whole ("2/3 giá trị kinh
# tế", "1/2 số hộ"), which the guideline leaves out like a ratio
MAX_FRACTION_DENOMINATOR = 10  # heads longer than two syllables come from units.toml only
MAX_QUOTED_NAME = 60  # characters of a quoted programme name before a number inside it
MAX_NEED_REACH = 40  # characters from "cần" to the count it governs ("cần đến 20 kỹ thuật viên và 6 tháng")
MAX_CLAUSE_REACH = 160  # characters looked back for the head of a clause (a generic item, "cần" before one unit)
# a clock reads hours 0-23 and minutes 0-59: a number at or past these bounds is no part of a clock time
CLOCK_HOURS = 24
CLOCK_MINUTES = 60
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(r"(?<=năm)[ ]+(?:19|20)\d\d(?!\d)", re.IGNORECASE)
_BILLIONS = re.compile(r"(?<!\w)(?:tỷ|tỉ)(?!\w)", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
REJECT = "reject"
# "20 - 21.000 đồng": a small lower bound of a range whose upper bound is written in thousands (one
# dot, any last three digits: "21.000", "16.500"; below a million) shares its thousands when that makes
# the two bounds close (at most this ratio apart), as "3-4 triệu" shares millions
_ONE_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
# whole thousands, any number of dot groups, the last one "000", as amounts of đồng are written:
# "26.000", "500.000", "330.000.000" (not "21.500")
_ZERO_ENDED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})*\.000")
MAX_SHORT_RANGE_RATIO = 4
_COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
# a slash and a word right after an amount: the base of a price ("/ vé", "/kg"); a number after the slash
# makes a fraction or a date instead ("1.000/1.500", "500/2017")
_PRICE_BASE = re.compile(r"[ ]?/[ ]?[^\W\d_]")


OPEN_QUOTES = "“\"'‘«"
_NAME_TAG = "Np"  # underthesea's tag of proper names
# a title-case noun is counted after a number of at most two digits: the items of a list, the offices of a
# few people ("1 Bình", "2 Trung tâm"); three digits or more before a capital are codes and house numbers
MAX_TITLE_CASE_DIGITS = 2
MIN_EXCHANGE_RATE = 1000  # the đồng's rates run in thousands (a dollar ~ 23.000 đồng); smaller amounts are changes


@dataclass(frozen=True, slots=True)
class Unsegmented:
    """A counted noun with no entry in units.toml, not yet delimited: underthesea's segmenter
    (~0.2 ms a call) decides whether it is one syllable or two, and find_figures asks it only
    for the figures it keeps (many candidates are dropped anyway: years, "năm nay", ...)."""

    snippet: str  # up to four syllables from the noun on: context for the segmenter
    start: int  # offset of the snippet in the text
    word: str  # its first syllable (\w+)

    def settle(self) -> tuple[str, int]:
        first = unit_extent(self.snippet, vi.first_word(self.snippet), self.word)
        return nfc(first).lower(), self.start + len(first)

    def may_be(self, prefixes: re.Pattern) -> bool:
        """False when the settled unit cannot be any of the words `prefixes` matches: the unit is a
        prefix of the snippet, so it is one of them only if one of them starts the snippet."""
        return prefixes.match(self.snippet.lower()) is not None or not unicodedata.is_normalized("NFC", self.snippet)


def unit_extent(snippet: str, first: str | None, word: str, *, head: bool = False) -> str:
    """THE decision of where the counted noun ends, given the words after the number (snippet, up to
    four syllables from the noun on) and what underthesea's segmenter made of them (first; for a head
    of units.toml, the head itself, head=True). Every extension or cut of a counted noun is one step
    of this function, in this order, each driven by data (underthesea's dictionary and lexicon, the
    tables of units.toml):
    1. a head of units.toml is cut only inside a longer dictionary word ("75 nhà văn hóa");
    2. the segmenter's word, at most MAX_UNIT_SYLLABLES, not cut inside the next word ("hai môn ngữ văn");
    3. a ballot before how the votes were cast is counted alone ("300 phiếu bầu" -> "phiếu");
    4. a longer dictionary word, or a prefix before one (_dictionary_compound: "16 cột mốc", "2 bình cứu hỏa");
    5. a bound noun keeps the noun after it (_bound_compound: "2 khu liên hợp");
    6. a site noun keeps the verb of what is done there (_site_compound: "13 điểm bán thịt");
    7. an agent prefix keeps the verb of the agent's trade (_agent_compound: "20 nhà cung ứng");
    8. a one-syllable noun keeps what it is made of (_material: "18 thuyền cao su");
    9. the sex of kin after a kin noun is left out (_kin_sex: "2 chị gái" -> "chị").
    The documented exceptions live in find_unit, because they need what this function does not see:
    - after a classifier (find_unit knows which one): kin named by sex stops at the classifier ("hai em
      gái" -> "em", _kin_by_sex); a word whose part of speech only describes the classifier leaves it
      the noun, unless it opens a dictionary word whose second syllable is bound ("hai chiếc trực
      thăng", _bound_syllable_word); with no noun of ours after it, the classifier and the next word
      make one noun of the lexicon or of the segmenter in context ("3 ngôi sao", "4 con giáp");
    - the hyphens of a loanword ("2 ô-tô", "4 đi-ốp", _loanword): the snippet here holds no hyphen;
    - an abbreviation the text defines ("2 CSGM", "hai khu TĐC"): read as its words written out, whose
      extent this function decides through unit_at."""
    g = grammar()
    if head:
        longer = _dictionary_compound(first, snippet, MAX_DICTIONARY_SYLLABLES + 1)
        return longer if nfc(longer.rsplit(" ", 1)[1]).lower() not in g.sex_words else first
    if not first or not snippet.startswith(first):
        first = word
    parts = first.split(" ")
    if len(parts) > MAX_UNIT_SYLLABLES:
        # "hai môn ngữ văn": cut to the longest start that is a word ("môn"), not to "môn ngữ"
        keep = next((k for k in range(MAX_UNIT_SYLLABLES, 1, -1) if _in_dictionary(" ".join(parts[:k]))), 1)
        first = " ".join(parts[:keep])
    syllables = snippet.split(" ")
    k = first.count(" ") + 1
    if k > 1 and k < len(syllables) and not _in_dictionary(first) and _in_dictionary(f"{syllables[k - 1]} {syllables[k]}"):
        first = syllables[0]  # "hai môn ngữ văn": "ngữ" belongs to "ngữ văn", the noun is "môn"
    if first == syllables[0] and len(syllables) > 1 and nfc(first).lower() in g.bound_before_nouns \
            and nfc(syllables[1]).lower() in g.votes_despite_noun_tag:
        return first  # "1 triệu phiếu bầu": the votes are counted, though the dictionary has "phiếu bầu"
    first = _dictionary_compound(first, snippet)
    if " " not in first:
        first = _bound_compound(first, snippet)
    if " " not in first:
        first = _site_compound(first, snippet)
    if " " not in first:
        first = _agent_compound(first, snippet, g)
    if " " not in first:
        first = _material(first, snippet, g)
    return _kin_sex(first, g)


def _material(first: str, snippet: str, g: Grammar) -> str:
    """A one-syllable noun followed by what it is made of (units.toml [materials]) keeps the material:
    "18 thuyền cao su", "4 thuyền gỗ" (guideline: "ghế nhựa", "thùng carton", "tàu vỏ composite")."""
    if nfc(first).lower() in g.material_pieces:
        return first  # "45 lóng gỗ": a piece of the material counts the material
    rest = snippet[len(first):].lstrip(" ")
    material = g.material.match(nfc(rest).lower())
    return f"{first} {rest[:material.end()]}" if material else first


def _dictionary_compound(first: str, snippet: str, longest: int = MAX_DICTIONARY_SYLLABLES) -> str:
    """The longest word of underthesea's own dictionary that the snippet starts with, when it is
    longer than what the segmenter returned: without the number before it the segmenter often cuts
    a counted noun after its first syllable ("16 cột mốc", "8 cuốn truyện tranh", "500 công an",
    "10 phó trưởng đoàn"). A noun opening with a prefix of units.toml [bound] prefixes ("đồ", "bình")
    also keeps a two-syllable dictionary word after it ("100 đồ tái chế", "2 bình cứu hỏa")."""
    g = grammar()
    syllables = snippet.split(" ")
    have = first.count(" ") + 1
    for n in range(min(longest, len(syllables)), have, -1):
        tail = syllables[1:n]
        if any(not t[:1].islower() or t in g.stop and t not in g.may_end_word
               or t in g.unit_map and g.unit_map[t][0] == REJECT for t in tail):
            continue
        if n < len(syllables) and _in_dictionary(f"{syllables[n - 1]} {syllables[n]}"):
            continue  # "15.641 tổ phụ nữ": "tổ phụ" is a word, but "phụ" belongs to "phụ nữ"
        head, rest = syllables[0], " ".join(syllables[1:n])
        if _in_dictionary(f"{head} {rest}") or n == 3 and _in_dictionary(rest) and (
                nfc(head).lower() in g.prefixes or have == 1 and _classifier_noun_prefix(head, rest, g)):
            return " ".join(syllables[:n])
    return first


def _classifier_noun_prefix(head: str, rest: str, g: Grammar) -> bool:
    """head, which the segmenter left alone, makes one counted noun with the two-syllable dictionary
    word rest after it, as a prefix of units.toml [bound] does: a classifier noun (tag Nc of
    underthesea's lexicon, or "trận") that no rule of ours already reads (a classifier dropped, a unit,
    a bound noun, a word of people) before a word the lexicon does not call an adjective or a verb:
    "464 cơn địa chấn", "2 dãy nhà trọ", "400 trận động đất", not "2 trận liên tiếp" (in a row), "2
    bài nói chuyện". When the segmenter found a longer word ("16 trận đấu loại trực tiếp") it stands."""
    head = nfc(head).lower()
    lexicon = vi.pos_lexicon()
    return ((lexicon.get(head) == "Nc" or head in g.classifier_nouns) and head not in g.classifiers
            and head not in g.unit_map and head not in g.bound and head not in g.nc_not_prefixes
            and lexicon.get(nfc(rest).lower()) not in ("A", "V")
            and not _in_dictionary(f"{head} {rest.split(' ')[0]}"))  # "20 câu đầu đề thi": "câu đầu" (the first ones)


_TONE_ON_FIRST = re.compile("([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])")
_TONE_ON_SECOND = re.compile("([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])")


def _in_dictionary(phrase: str) -> bool:
    """phrase (lower-cased, NFC) is a word of underthesea's dictionary, in either tone placement:
    the text writes "cứu hỏa", "thủy sản" where the dictionary may write "cứu hoả", "thuỷ sản"."""
    words = vi.dictionary_words()
    phrase = nfc(phrase).lower()
    if phrase in words:
        return True
    nfd = unicodedata.normalize("NFD", phrase)
    moved = _TONE_ON_FIRST.sub(r"\1\3\2", nfd)
    if moved == nfd:
        moved = _TONE_ON_SECOND.sub(r"\1\3\2", nfd)
    if moved != nfd and nfc(moved) in words:
        return True
    # "bác sỹ", "chiến sỹ", "kỹ sư": a syllable of consonants + y is often written with i (and the
    # other way round); the dictionary has one of the two spellings
    swapped = " ".join(_Y_OR_I.sub(_swap_y_i, w) for w in phrase.split(" "))
    return swapped != phrase and swapped in words


_Y_OR_I = re.compile(r"^([bcdđghklmnpqrstvx]{1,3})([yýỳỷỹỵiíìỉĩị])$")
_Y_I = dict(zip("yýỳỷỹỵiíìỉĩị", "iíìỉĩịyýỳỷỹỵ"))


def _swap_y_i(m: re.Match) -> str:
    return m.group(1) + _Y_I[m.group(2)]


def _bound_compound(first: str, snippet: str) -> str:
    """A bound noun (a place, group or list word: "khu", "nhóm", "điều") keeps the noun written after
    it, as the gold keeps "nhóm giải pháp": "2 khu liên hợp", "9 nhóm nhiệm vụ", "6 điều bất an". underthesea
    cuts these after the bound noun because the noun after it is a word of its own. Nothing is
    added before a function word, a verb or a capitalised word ("1 khu tạo thành", "hai nhóm là")."""
    g = grammar()
    if nfc(first).lower() not in g.bound:
        return first
    rest = snippet[len(first):].lstrip(" ")
    word, known = _WORD.match(rest), g.unit.match(rest)
    if (not word or not word.group()[:1].islower() or word.group() in g.stop or g.verbs.match(rest)
            or known and g.unit_map[known.group().lower()][0] == REJECT):
        return first
    noun = vi.first_word(rest) or word.group()
    if not rest.startswith(noun):
        noun = word.group()
    noun = " ".join(noun.split(" ")[:MAX_UNIT_SYLLABLES])
    if nfc(first).lower() in g.bound_before_nouns and _word_pos(noun) != "N":
        return first  # "60 phiếu thuận", "186 phiếu tín nhiệm": a vote's side or kind, the votes are counted
    if nfc(first).lower() in g.group_words and (nfc(noun).lower() in g.grouped_people
                                                 or nfc(word.group()).lower() in g.grouped_people):
        return first  # "1 nhóm du khách": the group is counted, the people say who is in it
    syllables = snippet.split(" ")
    end = first.count(" ") + 1 + noun.count(" ") + 1
    if noun.count(" ") == 1 and vi.pos_lexicon().get(nfc(noun).lower()) == "V":
        end = _verb_object(syllables, end, g)  # "4 bãi xử lý rác": a place named by what is done there
    return " ".join(syllables[:end])


def _site_compound(first: str, snippet: str) -> str:
    """A site noun whose bare form means something else (units.toml [sites]: "điểm" is also a score)
    keeps the verb written after it, which says what is done there, and the verb's one-syllable
    object: "13 điểm bán thịt", "2 điểm nhấn", "11.000 điểm giao dịch", "45 trạm đo mưa" (guideline,
    test7 and test8). A verb of what happened there, an adjective or a noun after it stays out ("393
    điểm sạt lở", "2.500 điểm đen", "31 điểm câu hỏi" -> "điểm"). The part of speech is underthesea's
    lexicon out of context (a dictionary lookup, no model call)."""
    g = grammar()
    if nfc(first).lower() not in g.site_heads:
        return first
    syllables = snippet.split(" ")
    lexicon = vi.pos_lexicon()
    for n in (2, 1):  # the verb: two syllables when they are one entry ("giao dịch"), else one
        verb = syllables[1:1 + n]
        if len(verb) < n or not all(w[:1].islower() for w in verb):
            continue
        phrase = nfc(" ".join(verb)).lower()
        if phrase in lexicon:  # "giao thông" is a noun, though "giao" alone is a verb
            # (a verb of units.toml [not_units] verbs is the clause's own: "4 cặp vé tham gia chương trình")
            if lexicon[phrase] != "V" or phrase in g.site_events or g.verbs.fullmatch(phrase):
                return first
            break
    else:
        return first
    end = 1 + n
    if n == 2:
        return " ".join(syllables[:_verb_object(syllables, end, g)])  # "1.000 điểm cung cấp dịch vụ"
    if n == 1 and end < len(syllables) and syllables[end][:1].islower():
        obj = nfc(syllables[end]).lower()
        if lexicon.get(obj) == "V" and not _in_dictionary(f"{phrase} {obj}"):
            return first  # "25 điểm trông giữ xe": a verb of two syllables the lexicon lacks; half of it is no noun
        if (end + 1 < len(syllables) and syllables[end + 1][:1].islower()
                and _in_dictionary(f"{phrase} {syllables[end]} {syllables[end + 1]}")):
            # "4 điểm hạ vũ khí" (dev16 p3): verb and object of two syllables make one word of underthesea's
            # dictionary, a fixed compound; a noun merely after the verb stays out ("40 trạm bơm đầu mối", test10)
            return " ".join(syllables[:end + 2])
        if obj not in g.stop and (lexicon.get(obj) == "N" or _in_dictionary(f"{phrase} {obj}")) and not (
                end + 1 < len(syllables) and _in_dictionary(f"{obj} {syllables[end + 1]}")):
            end += 1  # "bán thịt", "đo mưa", not "bán thịt" of "bán thịt heo" cut inside a word
    return " ".join(syllables[:end])


def _verb_object(syllables: list[str], end: int, g: Grammar) -> int:
    """The end of a two-syllable verb's object after syllables[:end], a site or a place named by what is
    done there: a noun of underthesea's lexicon of one syllable that opens no word with the next, or of
    two ("4 bãi xử lý rác", "1.000 điểm cung cấp dịch vụ"; gold test5, test10); else end. A noun of
    units.toml is no object: it counts or dates something else ("điểm giao dịch xã", "khởi đầu ngày")."""
    lexicon = vi.pos_lexicon()
    for n in (2, 1):
        obj = syllables[end:end + n]
        if len(obj) < n or not all(w[:1].islower() for w in obj) or obj[0] in g.stop:
            continue
        phrase = nfc(" ".join(obj)).lower()
        if lexicon.get(phrase) == "N" and phrase not in g.unit_map and not (
                n == 1 and end + 1 < len(syllables) and _in_dictionary(f"{phrase} {syllables[end + 1]}")):
            return end + n
    return end


def _agent_compound(first: str, snippet: str, g: Grammar) -> str:
    """An agent prefix of units.toml [bound] agent_prefixes ("nhà") keeps a two-syllable verb of
    underthesea's lexicon written after it: the two make the agent of that trade ("20 nhà cung ứng",
    "hai nhà sáng lập", "5 nhà sản xuất"; gold test11, test12, as the heads "nhà đầu tư", "nhà phân
    phối"). A noun after it stays out: a house is counted, what it is for is not ("12 nhà đồng đội")."""
    if nfc(first).lower() not in g.agent_prefixes:
        return first
    syllables = snippet.split(" ")
    if len(syllables) < 3 or not all(w[:1].islower() for w in syllables[1:3]):
        return first
    verb = nfc(" ".join(syllables[1:3])).lower()
    if vi.pos_lexicon().get(verb) != "V" or verb in g.stop:
        return first
    return " ".join(syllables[:3])


def _kin_sex(unit: str, g: Grammar) -> str:
    """A kin noun of units.toml [heads] kin_nouns followed by a sex word ("con trai", "chị gái") counts
    the kin: the sex only says which ("hai cậu con trai" -> "con", "2 chị gái" -> "chị"; gold dev15,
    dev16, test9, test12), as the heads keep "chị em" for "chị em gái". "cô gái", "chàng trai" (a girl,
    a young man) are no kin and stay whole."""
    parts = unit.split(" ")
    if len(parts) == 2 and nfc(parts[1]).lower() in g.sex_words and nfc(parts[0]).lower() in g.kin_nouns:
        return parts[0]
    return unit


# the next written word after spaces (group 1); one pattern for every "the word after" test
_NEXT_WORD = re.compile(r"[ ]+(\w+)")
_PREVIOUS_WORD = re.compile(r"(?<!\w)(\w+)[ ]+$")
MAX_WORD_LENGTH = 30  # characters looked back for the word before a number


def _half_after(text: str, unit_end: int, value: float) -> tuple[float, int]:
    """(value, unit_end) with a "rưỡi" written after the counted noun: half of one more ("hai bát rưỡi
    cơm" -> 2.5 "bát", "3 tấn rưỡi"; numbers.toml [half]); a span ("1 năm rưỡi") was dropped before."""
    nxt = _NEXT_WORD.match(text, unit_end)
    if nxt and nxt.group(1).lower() in numbers.words().halves and value.is_integer():
        return value + 0.5, nxt.end()
    return value, unit_end


def _kin_by_sex(text: str, unit_end: int, unit: str | None, g: Grammar) -> bool:
    """A kin noun counted with its sex word written after it ("2 chị gái", "hai anh trai"; _kin_sex
    left the sex word out of the unit): the sex says these are kin of someone, not people just named
    that a bare "hai chị", "2 anh" points back to (units.toml [spelled] not_after_two; gold dev16, test9)."""
    if unit not in g.kin_nouns:
        return False
    nxt = _NEXT_WORD.match(text, unit_end)
    return bool(nxt) and nfc(nxt.group(1)).lower() in g.sex_words


# "6 cơ sở giết mổ (CSGM) ... 2 CSGM", "khu tái định cư (TĐC) ... hai khu TĐC": an article that spells a
# common noun out before its abbreviation in brackets defines the abbreviation for its later counts, which
# are read as the words written out (guideline: abbreviations expanded, the extent as for the spelled noun).
# Two to six capitals in brackets after a word and a space; which words before them the letters stand for
# is decided by their initials (_abbreviated_words)
_ABBREVIATION_DEFINED = re.compile(r"(?<=\w )\(([A-ZĐ]{2,6})\)")


def _initial(word: str) -> str:
    return unicodedata.normalize("NFD", word[:1].upper())[:1]


def _abbreviated_words(words: list[str], abbr: str) -> str | None:
    """The last words whose initials spell abbr ("giết mổ (GM)" no, "cơ sở giết mổ (CSGM)" yes), when they
    are a common noun (lower case after the first word: "Ủy ban nhân dân (UBND)" is a name, the
    organisations' business)."""
    if len(words) < len(abbr):
        return None
    spelled = words[len(words) - len(abbr):]
    if "".join(_initial(w) for w in spelled) != "".join(_initial(c) for c in abbr):
        return None
    if any(not w.isalpha() for w in spelled) or any(not w.islower() for w in spelled[1:]):
        return None
    return nfc(" ".join(spelled)).lower()


@lru_cache(maxsize=8)  # find_unit asks many times a text; a str caches its hash, so a hit is cheap
def defined_abbreviations(text: str) -> dict[str, str]:
    """Abbreviation -> the common noun the text spells out before it in brackets (one regex pass a text)."""
    found: dict[str, str] = {}
    for m in _ABBREVIATION_DEFINED.finditer(text):
        abbr = m.group(1)
        before = text[max(0, m.start() - 12 * len(abbr)):m.start() - 1].split(" ")[1:]
        if words := _abbreviated_words(before, abbr):
            found.setdefault(abbr, words)
    return found


def unit_at(text: str, pos: int, g: Grammar, *, after_classifier: bool = False) -> tuple[str | None, int]:
    """The counted noun starting at pos (after spaces): (unit, end), (None, pos) or (REJECT, pos)."""
    unit, end = find_unit(text, pos, g, after_classifier=after_classifier)
    return unit.settle() if isinstance(unit, Unsegmented) else (unit, end)


def find_unit(text: str, pos: int, g: Grammar, *, after_classifier: bool = False,
              classifier: str = "", after_parent: bool = False) -> tuple[str | Unsegmented | None, int]:
    """unit_at, except that a noun needing underthesea comes back as Unsegmented (end = pos).
    classifier: the classifier word (lower case) written before pos, when after_classifier.
    after_parent: a parent (units.toml [heads] parents) is written before the number."""
    if inch := _inch_mark(text, pos):
        return (inch.group(1).lower() if inch.group(1) else "inch"), inch.end()
    j = pos
    n = len(text)
    while j < n and text[j] in SPACES:
        j += 1
    quoted = False
    while j < n and text[j] in OPEN_QUOTES:
        # `4 “Mái ấm Công đoàn”`: a mark between number and noun is skipped (guideline), and so is one
        # between a classifier and its noun (`4 nàng "búp bê"` -> "búp bê", gold dev10)
        j += 1
        quoted = True
    if j >= n:
        return None, pos
    if text[j] == "%" and not quoted:
        return "%", j + 1
    if g.verbs.match(text, j):
        # a verb after the number (before the unit words: "8 bộ đồng ý" is no money): a name or a
        # list of names acts, nothing is counted
        return None, pos
    m = g.unit.match(text, j)
    if m and nfc(m.group()) in g.measures_opening_words and _opens_lexicon_word(m.group(), text, m.end()):
        m = None  # "4.000 cuộc tấn công": the measure word is the first syllable of another word
    elif m and nfc(m.group()).lower() in g.spans_opening_words and _opens_word(m.group(), text, m.end()):
        m = None  # "102 Hiệp hội", "4 hiệp sĩ": the period of play is the first syllable of another word
    if m:
        kind, unit = g.unit_map[m.group().lower()]
        if kind == "reject":
            if _YEAR_AFTER.match(text, m.end()):
                return None, pos  # "kiếm 8 triệu năm 2016": "năm" + a year dates the amount, it is no time span
            return (None, pos) if after_classifier else (REJECT, pos)
        if unit in ("m", "km") and _SUPERSCRIPT_LOST.match(text, m.end()):
            # "40 triệu m 2": a superscript lost in extraction; the unit is m2
            sup = _SUPERSCRIPT_LOST.match(text, m.end())
            return unit + sup.group(1), sup.end()
        if unit == "đồng" and m.group()[0].isupper() and m.group().lower() == "đồng":
            return None, pos  # "Đồng Nai", "Đồng Tháp" after a number are places, not money
        if (unit == "đồng" and m.group().lower() == "đồng" and _SMALL_COUNT_BEFORE.search(text, max(0, pos - 12), pos)
                and not _MONEY_BEFORE.search(text, max(0, pos - 8), pos)):
            nxt = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if (nxt and nxt.group()[:1].islower() and f"đồng {nxt.group()}" not in g.adverbs
                    and _in_dictionary(f"đồng {nxt.group()}")):
                # "2 đồng phạm", "12 đồng tác giả": a noun opening with "đồng" (co-, fellow), not money
                return Unsegmented(_SNIPPET.match(text, j).group(), j, m.group()), pos
        if " " in m.group() and unit == nfc(m.group()).lower():
            # "75 nhà văn hóa", "1.000 cơ sở hạ tầng": a head of units.toml that a longer word of
            # underthesea's dictionary starts with is cut inside that word ("nhà văn" is a writer,
            # "nhà văn hóa" a cultural house): the count is of the longer word
            longer = unit_extent(_SNIPPET.match(text, j).group(), m.group(), m.group(), head=True)
            if longer != m.group():
                return nfc(longer).lower(), j + len(longer)
        return unit, m.end()
    m = _GLUED_MONEY.match(text, j)
    if m and _MONEY_BEFORE.search(text, max(0, pos - 8), pos):
        return "đồng", m.end()  # "139 triệu đồngchương trình": a lost space after the money unit
    m = g.glued_head.match(text, j)
    if m and m.group().lower() in g.unit_map and not _runs_into_word(text, m):
        # "60 gia đìnhđoàn viên": a compound head of units.toml glued to the next word by a lost space
        return g.unit_map[m.group().lower()][1], m.end()
    m = _GLUED_AREA.match(text, j)
    if m:
        return m.group(1).lower(), m.end()  # "3,9 triệu m2sàn": the digit of m2/m3 ends the unit
    m = _MODEL.match(text, j)
    if m:
        return m.group().lower(), m.end()  # "3 chiếc MiG-29K", "1 Su-33": the model is what is counted
    m = _WORD.match(text, j)
    if not m:
        return None, pos
    word = m.group()
    if defined := defined_abbreviations(text):
        after = _NEXT_WORD.match(text, m.end())
        if word in defined:
            unit, _ = unit_at(defined[word], 0, g)  # "2 CSGM" is read "2 cơ sở giết mổ" -> "cơ sở"
            if unit not in (None, REJECT):
                return unit, m.end()
        elif after and after.group(1) in defined and word.islower() and after.group(1).lower() not in g.unit_map:
            # "hai khu TĐC" is "hai khu tái định cư": when the noun goes on into the abbreviation it takes
            # all of it (one written word, not to be cut inside); one units.toml already reads ("3 cặp
            # HLV") keeps its reading there
            spelled = defined[after.group(1)]
            if not spelled.startswith(f"{nfc(word).lower()} "):
                spelled = f"{word} {spelled}"  # (a writer's "khu KDC" repeats the noun "khu dân cư" starts with)
            unit, end = unit_at(spelled, 0, g)
            if unit not in (None, REJECT) and end > len(word):
                return nfc(spelled).lower(), after.end()
    if not after_classifier and (honoured := g.honoured.match(text, j)):
        return nfc(honoured.group("noun")).lower(), honoured.end()  # "2 ông thầy" -> "thầy" (units.toml [classifiers])
    if loan := _loanword(text, j, word, g):
        return nfc(loan).lower(), j + len(loan)
    if word.lower() in g.clause_final and not after_classifier and _CLAUSE_END.match(text, m.end()):
        return word.lower(), m.end()  # "dài không quá 1.000 từ.": the words of a text counted
    if word[0].isupper() and not quoted and (lowered := _title_case_noun(text, j, word, g)):
        return lowered
    if word in g.stop_opening_nouns and not after_classifier and (pair := _stop_opened_noun(text, j, word)):
        return pair
    if word[0].isdigit() or word.lower() in g.stop or (word[0].isupper() and not quoted):
        return None, pos
    if word.lower() in numbers.words().multipliers:
        return None, pos  # "40 triệu/căn": the multiplier is part of the number
    if after_classifier and (word.lower() in g.describes_classifier
                             or word.lower() not in g.nouns_despite_pos
                             and classifier in g.pos_classifiers
                             and _pos_at(text, j) in g.describes_classifier_pos
                             and not _bound_syllable_word(text, j)):
        # "3 con nhỏ", "4 đứa con thơ dại", "1 chiếc chìm", "6 chiếc hỏng máy": the classifier is the
        # noun, these describe it
        return None, pos
    if word.lower() in g.models and (brand := _BRAND_AFTER.match(text, m.end())):
        return nfc(brand.group(1)).lower(), brand.end()  # "3 mẫu iPhone" -> "iphone"
    if word.lower() in g.strokes and not after_classifier and (stroke := _stroke(word, text, m.end(), g)):
        return nfc(stroke).lower(), j + len(stroke)
    if word.lower() in g.classifiers and not after_classifier and not (
            word.lower() in g.weak_classifiers and _opens_word(word, text, m.end(), g.units)):
        # "1 quả bom" -> "bom"; "3 đứa con" -> "con"
        if _kin_by_sex(text, m.end(), nfc(word).lower(), g) or after_parent and nfc(word).lower() in g.kin_nouns:
            # "hai em gái", "2 con trai": kin, the sex left out (_kin_sex); "bà mẹ hai con tự tay nấu": a parent's children
            return nfc(word).lower(), m.end()
        noun, noun_end = find_unit(text, m.end(), g, after_classifier=True, classifier=word.lower())
        if noun not in (None, REJECT):
            return noun, noun_end
        name = _NAME_AFTER.match(text, m.end()) if word.lower() in g.before_name else None
        if name:
            return nfc(name.group(1)).lower(), name.end()  # "4.343 chiếc Ford", "2 cái Tết"
        nxt = _NEXT_TWO.match(text, m.end())
        pair = f"{word} {nxt.group(1)}" if nxt else ""
        if (nxt and nxt.group(1)[:1].islower() and nxt.group(1).lower() not in g.describes_classifier
                and (vi.pos_lexicon().get(pair.lower()) == "N" or vi.first_word(_SNIPPET.match(text, j).group()) == pair)):
            # no noun of ours after the classifier, but the two make a noun of underthesea's lexicon (tag N),
            # counted whole (test10 "3 ngôi sao" was read so; the star is now an alias of units.toml, "sao"),
            # or one word of underthesea's segmenter read with the words after them ("4 con
            # giáp": "giáp" alone is a verb, the lexicon lacks the pair; gold dev13, test12); a word of
            # units.toml [classifiers] not_nouns still only describes the classifier ("3 con nhỏ" -> "con").
            # (one of the exceptions unit_extent lists: it needs the classifier)
            return nfc(pair).lower(), nxt.end(1)
        return word.lower(), m.end()
    # a counted noun we have no entry for: let underthesea's segmenter find the word, but only
    # when the next syllable could belong to it (a lower-case word that is not a function word)
    snippet = _SNIPPET.match(text, j).group()
    parts = snippet.split(" ")
    if (len(parts) >= 2 and nfc(word).lower() in g.prefixes and parts[1][:1].isupper() and parts[1][1:].islower()
            and _word_pos(parts[1].lower()) != _NAME_TAG
            and (lowered := _lowered(text, j, j + len(snippet)))):
        # "2 cựu Chủ tịch Đà Nẵng", "Hai cựu Tổng thống Brazil": an office written in title case after a
        # prefix of units.toml [bound] is read lower case, as "2 cựu tổng thống" (gold dev13)
        return Unsegmented(lowered[j:j + len(snippet)], j, word), pos
    if len(parts) < 2 or not parts[1][:1].islower() or parts[1] in g.stop and not (
            parts[1] in g.may_end_word and _in_dictionary(" ".join(parts[:2]))):
        return nfc(word).lower(), m.end()  # ("500 công an", "4 xe tăng": "an", "tăng" end the word)
    return Unsegmented(snippet, j, word), pos


_WORD_BEFORE_SLASH = re.compile(r"([^\W\d_]+)/$")
_WORD_AT = re.compile(r"[ ]?([^\W\d_]+)")


def _rate_base_only(text: str, start: int, end: int, value: float) -> bool:
    """A number written after "unit/" (start: its first digit, end: its last) that is no count of its own:
    the "per" of a rate, one or a round hundred or more ("500 người/1 km2", "6,35 lít/100 km", "đồng/100 m3
    lồng"), or the whole a part is counted out of ("116 tuyến/134 tuyến đường", "21.500ha/58.785ha": the
    figure is the part, as "24/28 doanh nghiệp")."""
    if value == 1 or value >= 100 and math.log10(value).is_integer():
        return True
    unit_before = _WORD_BEFORE_SLASH.search(text, max(0, start - 30), start)
    unit_after = _WORD_AT.match(text, end)
    return bool(unit_before and unit_after and unit_before.group(1).lower() == unit_after.group(1).lower())


def _lowered(text: str, start: int, end: int) -> str | None:
    """text with [start, end) in lower case, or None when lower-casing would move the offsets after it."""
    low = text[start:end].lower()
    return text[:start] + low + text[end:] if len(low) == end - start else None


def _title_case_noun(text: str, j: int, word: str, g: Grammar) -> tuple[str | Unsegmented, int] | None:
    """The unit of a common noun written with a capital after a number: items of a list or offices
    written in title case ("1 Bình đồng văn hóa Đông Sơn, 1 Thạp gốm", "1 Bộ trang sức", "2 Trung tâm
    Dịch vụ việc làm", "3 Quả bóng vàng"; gold dev11, dev19) count the noun as if it were written in
    lower case. A name is two capitalised syllables or more ("5 Bình Dương", "Messi"), so the word must
    be title case with a lower-case word (or no word) after it, and must read as a noun once lowered."""
    if not word[1:].islower():
        return None  # "SAO", "HTX": capitals throughout are abbreviations (units.toml aliases)
    if j < 2 or text[j - 1] != " " or not text[j - 2].isdigit() or not _in_dictionary(word.lower()):
        # after a spelled number the capital names a body ("hai Đảng", "hai Chính phủ": the two parties
        # of a meeting, as "hai nước"); two spaces or more end a numbered step ("Bước 2  Tiếp theo"); a
        # word outside the dictionary is a model or a brand ("iPhone 7 Plus", "84 Lumber")
        return None
    start = j - 1
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    before = tail_words(text[max(0, start - 40):start], 1)
    if j - 1 - start > MAX_TITLE_CASE_DIGITS or text[start:j - 1].strip(".,") != text[start:j - 1]:
        return None  # "Bệnh viện Quân y 354 Bệnh viện", "phòng khám 168 Hà nội": a longer number is a code or an address
    if (text[:start].rstrip(SPACES).endswith(("-", "–"))
            or before and (before[0] in g.not_before or before[0] in g.not_before_cased_lower)):
        # "điều 123 Bộ luật Hình sự": the number after an identifier word names an article of a law
        # (not_figures.toml, in any case); "83 - 62 - 93 Dấu ấn ...": the last of a list of measures
        return None
    nxt = _NEXT_WORD.match(text, j + len(word))
    if nxt and not nxt.group(1)[:1].islower():
        return None
    lowered = _lowered(text, j, j + len(word))
    if lowered is None or word.lower() in g.stop:
        return None
    if _word_pos(word.lower()) == _NAME_TAG:
        return None  # "Hải", "Lan", "Minh": syllables the lexicon knows as names
    unit, end = find_unit(lowered, j, g)
    if isinstance(unit, Unsegmented):
        unit, end = unit.settle()
    if unit in (None, REJECT) or unit == word.lower() and unit in g.classifiers:
        return None  # "cả 2 Bộ đều ...": a classifier in title case with no noun after it is a body's name
    if unit.isascii():
        return None  # "48 Volt": a noun in plain Latin letters is a name or a model, a Vietnamese one has its marks
    if text.startswith(":", end):
        return None  # "Cách thực hiện 2 Nguyên liệu: 30g rau mùi": a step number before a heading
    return unit, end


def _runs_into_word(text: str, m: re.Match) -> bool:
    """The last syllable of a head glued to letters (g.glued_head) runs on into a word of the dictionary:
    "hai vé xem phim" ("xem"), "2 tàu cách bờ" ("cách") were written with their space; a lost space
    glues two words that make none ("60 gia đìnhđoàn viên")."""
    last = m.start() + m.group().rindex(" ") + 1
    return _in_dictionary(_WORD.match(text, last).group())


_INCH = re.compile(r"(?:[”″]|-(inch(?:es)?))(?!\w)", re.IGNORECASE)
_QUOTE_OPEN_BEFORE = re.compile(r"“[^”]*$")


# a loanword written syllable by syllable: "đi-ốp", "ô-tô", "mi-crô" (or with spaces: "5-7 đi ốp")
_LOANWORD = re.compile(r"\w+(?:[-][^\W\d_]+|[ ][^\W\d_]+){1,4}")


def _loanword(text: str, j: int, word: str, g: Grammar) -> str | None:
    """The loanword of underthesea's dictionary spelled with hyphens ("ô-tô", "đi-ốp") that starts at
    j, as written (longest first). \\w stops at the hyphen, so "2 ô-tô" counted "ô" and "4 đi-ốp"
    nothing ("đi" is a stop word; dev17). Written with spaces ("5-7 đi ốp"), the syllables are read as
    that loanword only when the first one alone is a stop word, so counts nothing; else the segmenter
    finds the word as before."""
    m = _LOANWORD.match(text, j)
    if not m or ("-" not in m.group() and word.lower() not in g.stop):
        return None
    pieces = re.split(r"(?=[- ])", m.group())
    words, stop_first = vi.dictionary_words(), word.lower() in g.stop
    for n in range(len(pieces), 1, -1):
        written = "".join(pieces[:n])
        spelled = written if "-" in written else written.replace(" ", "-") if stop_first else None
        if spelled and nfc(spelled).lower() in words:
            return written
    return None


def _inch_mark(text: str, pos: int) -> re.Match | None:
    """"mâm hợp kim 18”", "màn hình DVD 7”", "5,7-inches": the inch mark or a hyphened inch right after
    a number is the unit plainly meant (guideline dev8, dev10); a mark closing a quote opened before
    it, maybe sentences before ("“Top 10”", "“... dự SEA Games 29”-ông Tuấn cho biết"), is no inch.
    The bare mark is an inch only written straight after a digit: after a multiplier or any word
    ("thiệt hại khoảng trên 100 triệu”, anh nói" with the quote opened by a straight ") it closes a quote."""
    inch = _INCH.match(text, pos)
    if inch and not inch.group(1) and not (pos and text[pos - 1].isdigit()):
        return None
    if inch and (inch.group(1) or not _QUOTE_OPEN_BEFORE.search(text, max(0, pos - 600), pos)):
        return inch
    return None


# a clause ends at a mark, a closing quote or a joining "và"/"hoặc" ("1 chỉ và 2 chỉ”": two weights listed)
_CLAUSE_END = re.compile(r"[ ]*(?:[.,;:!?)”\"\n]|$|(?:và|hoặc)(?!\w))")
_NEXT_TWO = re.compile(r"[ ]+(\w+)(?:[ ]+(\w+))?")


def _no_known_unit(text: str, pos: int, g: Grammar) -> bool:
    """No noun of units.toml (nor "người", "hộ") after a year-like number at pos: the number is a year."""
    unit, _ = find_unit(text, pos, g)
    if isinstance(unit, Unsegmented):
        # a noun that cannot be a unit_map word is not settled: this is a year either way
        unit = unit.settle()[0] if unit.may_be(g.unit_words) else None
    return unit is None or unit == REJECT or unit not in g.unit_map and unit not in ("người", "hộ")


def _verb_of_one_syllable(text: str, pos: int) -> bool:
    """The next syllable after pos is a verb of underthesea's lexicon (out of context) that makes no
    entry of the lexicon with the syllable after it: "làm thợ", "đưa các", not "lao động"."""
    m = _NEXT_TWO.match(text, pos)
    if not m:
        return False
    lexicon, one = vi.pos_lexicon(), m.group(1).lower()
    return lexicon.get(one) == "V" and not (m.group(2) and f"{one} {m.group(2).lower()}" in lexicon)


def _opens_word(word: str, text: str, pos: int, units: frozenset[str] = frozenset()) -> bool:
    """A weak classifier is the first syllable of a word of the dictionary with the next one or two
    syllables ("5 thanh tra viên", "2 cô giáo", "2.400 bản thiết kế"): then it is no classifier. Not
    when the next two syllables are a counted noun of ours (`units`) that a word of two syllables would
    cut: "20 bạn học sinh" counts "học sinh", whatever "bạn học" (a classmate) is."""
    nxt = _NEXT_TWO.match(text, pos)
    if not nxt:
        return False
    phrase = f"{word} {nxt.group(1)}".lower()
    if nxt.group(2) and _in_dictionary(f"{phrase} {nxt.group(2).lower()}"):
        return True
    return _in_dictionary(phrase) and not (nxt.group(2) and f"{nxt.group(1)} {nxt.group(2)}".lower() in units)


def _opens_lexicon_word(word: str, text: str, pos: int) -> bool:
    """word and the next syllable make an entry of underthesea's part-of-speech lexicon ("tấn công"
    a verb, "cân bằng" an adjective). The lexicon, not the wider dictionary: the dictionary also
    lists "tấn tới", which would take the tonnes out of "100 tấn tới Hà Nội"."""
    nxt = _NEXT_TWO.match(text, pos)
    return bool(nxt) and f"{word} {nxt.group(1)}".lower() in vi.pos_lexicon()


def _known_unit_after(text: str, pos: int, g: Grammar, *, strict: bool = False) -> bool:
    """A counted noun follows ("01 đồng chí", "05 bài thi"): a count written with a leading zero. A
    noun of units.toml, or (unless strict) a noun of two syllables or more ("bài thi") or one of units.toml
    that the segmenter settles on ("05 nhà chờ", "01 xe mô tô": a list of vehicles and stations of traffic
    news, a fresh baomoi sample of fig72)."""
    unit, _ = find_unit(text, pos, g)
    if isinstance(unit, Unsegmented):
        if strict:
            return False
        unit = unit.settle()[0]
        return " " in unit or unit in g.units
    return isinstance(unit, str) and unit != REJECT and unit in g.units


def _stop_opened_noun(text: str, j: int, word: str) -> tuple[str, int] | None:
    """"2 chỉ số VN-Index và HNX-Index", "12 số liệu": a stop word of units.toml [not_units] opening_nouns
    ("chỉ", only; "số", number) opening a noun of underthesea's lexicon (tag N) is that noun's first
    syllable (gold dev12, dev16); not when the next syllable opens a dictionary word of its own ("1 số điện
    thoại": "điện thoại")."""
    nxt = _NEXT_TWO.match(text, j + len(word))
    if not nxt or not nxt.group(1)[:1].islower():
        return None
    noun = nfc(f"{word} {nxt.group(1)}").lower()
    if vi.pos_lexicon().get(noun) != "N" or nxt.group(2) and _in_dictionary(f"{nxt.group(1)} {nxt.group(2)}".lower()):
        return None
    return noun, nxt.end(1)


_CLASSIFIER_NOUN = re.compile(r"[ ]+(\w+)[ ]+([a-zà-ỹđ]\w*)")


def _classifier_noun_after(text: str, pos: int, g: Grammar) -> bool:
    """A classifier and a lower-case noun follow ("ông Sơn 2 cặp dê", "chị Lan 3 con bò"): a count
    after a person's name, not the number of a name (gold test7); one of them ("của Quách Văn Lộc 1
    khẩu súng ngắn") is left to the gold's reading of a single seized item (dev7)."""
    m = _CLASSIFIER_NOUN.match(text, pos)
    return bool(m and m.group(1) in g.classifiers and m.group(1) not in g.weak_classifiers
                and m.group(2) not in g.stop and m.group(2) not in g.describes_classifier)


_SENTENCE_BREAK = re.compile(r"[.!?;\n]\s")


def _unit_of_previous_count(text: str, found: list, start: int, written: str, g: Grammar) -> str | None:
    """The noun of the last figure of the sentence when it counts millions (billions ...) of a thing or
    of a currency with the multiplier this bare number ends in, and no money was written between them:
    a bare amount after a foreign currency is in that currency ("4,9 tỷ peso ... chỉ 1,7 tỷ" -> peso,
    guideline dev10). The multiplier must be the previous amount's, not a syllable of its noun ("hơn 100
    tỷ phú ... vài tỷ": đồng, dev16), so a conversion in brackets ("410.000 NDT (1,4 tỷ)") stays đồng."""
    if not found:
        return None
    prev = found[-1]
    mult = [w for w in written.lower().split() if w in g.money_multipliers]
    between = text[prev.end:start]
    if (not mult or prev.unit == "%" or start - prev.end > 80
            or _SENTENCE_BREAK.search(between) or mult[-1] not in prev.text.lower().split()
            or mult[-1] in prev.unit.split(" ")
            or any(w in between.lower() for w in ("đồng", "usd", "tiền"))):
        return None
    return prev.unit


def _last_words(phrases) -> frozenset[str]:
    return frozenset(p.split(" ")[-1].lower() for p in phrases)


def _prefixes(words) -> re.Pattern:
    """Matches a string that starts with one of `words` (lower case): see Unsegmented.may_be."""
    return re.compile(_alt(nfc(w).lower() for w in words) or "(?!x)x")


def tail_words(window: str, n: int = 4, lower: bool = True) -> list[str]:
    """The last words written before a number, lower case, nearest last; [] if punctuation
    comes right before the number ("ngày, 5" is not "ngày 5")."""
    if not window or not (window[-1].isspace() or window[-1].isalnum()):
        return []
    words = (window.lower() if lower else window).split()[-n:]
    out: list[str] = []
    for i, word in enumerate(reversed(words)):
        if word.isalnum():
            out.append(word)
            continue
        if i == 0 and word.endswith(":"):
            out.append(word)  # "ĐT: 0913..." keeps its colon so the phone label matches
            break
        # "(trên 5 xã)": a word opening with a mark still qualifies, and so does the first word of a
        # bracket further back, the last word kept: "(Ban chỉ đạo 389 tỉnh)" names the committee as
        # "Ban chỉ đạo 389 tỉnh" does (fig57); "nhà, 40" ends at the comma
        stripped = word.lstrip("([\"'“‘")
        if not stripped.isalnum():
            break
        out.append(stripped)
        break
    out.reverse()
    return out


def ends_with(words: list[str], phrases: frozenset[str] | dict, longest: int = 3) -> str | None:
    """The longest phrase of `phrases` that the words end with."""
    for k in range(min(longest, len(words)), 0, -1):
        phrase = " ".join(words[-k:])
        if phrase in phrases:
            return phrase
    return None


SENTENCE_MARKS = ".!?:;\n|“\"(-–•…"


def _sentence_start(text: str, pos: int) -> bool:
    """True when only spaces separate pos from the start of a sentence, line or cell."""
    j = pos - 1
    while j >= 0 and text[j] in SPACES:
        j -= 1
    return j < 0 or text[j] in SENTENCE_MARKS


def _lost_sentence_start(text: str, start: int, end: int, g: Grammar) -> bool:
    """"bị bể nát Hai tài xế trong ...", "cú đúp Hai bàn thắng của ...": a capitalised spelled number after a
    lower-case word that no name or date follows (units.toml [spelled] capital_name_before) and before a
    lower-case word starts a sentence whose full stop was lost after a heading or a caption. A name
    ("anh Mười", "Năm Cam") or a date ("tháng Ba", "thứ Bảy") has a title or a calendar word before it or a
    capital after it."""
    prev = _PREVIOUS_WORD.search(text, max(0, start - MAX_WORD_LENGTH), start)
    nxt = _NEXT_WORD.match(text, end)
    return bool(prev and nxt and prev.group(1).isalpha() and prev.group(1).islower()
                and nfc(prev.group(1)) not in g.capital_name_before and nxt.group(1).isalpha() and nxt.group(1).islower())


def _after_name(text: str, start: int, window: str, before: list[str], g: Grammar) -> bool:
    """A number right after a capitalised word inside a sentence belongs to a name:
    "thôn Đại Nga 1", "Nhiệt điện Duyên Hải 1", "Hội nghị Trung ương 4"; so does one after a brand
    with a capital inside, wherever it stands: "iOS 11 trông", "iPhone 8 sẽ có" (versions, models)."""
    if not before or not window[-1:].isspace():
        return False
    raw = window.split()
    if not raw or raw[-1].islower() or not raw[-1].isalpha():
        return False
    if before[-1] in g.number_sign or before[-1] in g.qualifier_last and ends_with(before, g.qualifier_map):
        return False  # "Hơn 700", "Khoảng 50" open a sentence with a qualifier
    if not raw[-1][:1].isupper():
        return True
    word_start = start - len(window) + len(window.rstrip()) - len(raw[-1])
    return not _sentence_start(text, word_start)


def _phrase_start(window: str, phrase: str, number_start: int) -> int:
    """Offset where `phrase` (the last words of window, any case) begins in the text."""
    stripped = window.rstrip()
    return number_start - len(window) + len(stripped) - len(phrase)


# "6.000v/ph": a glued "v" is revolutions only before a rate per minute
_PER_MINUTE = re.compile(r"/(?:ph|phút)(?!\w)")
# what may stand between two classes of one spec list: "2 cửa và 4 cửa", "hai cửa, hai chỗ", "DOHC, 16
# van" (an upper-case engine code or a glued engine class such as "2.5L" may come first)
_CLASS_LIST_JOIN = re.compile(r"(?:[ ]*(?:,|và|hoặc|/)[ ]*|[ ]+)(?:[A-Z0-9][A-Z0-9.]*L?[ ]*,?[ ]*)?")


def _after_class_noun(before: list[str], nouns: frozenset[str], g: Grammar) -> bool:
    """The words before a number end with one of `nouns` (a vehicle, a pitch), maybe followed by "từ" or
    a qualifier: the number names the noun's class ("xe 16 chỗ", "sân 7 người")."""
    words = list(before)
    if words and words[-1] == "từ":
        words.pop()
    elif words and words[-1] in g.qualifier_last and (q := ends_with(words, g.qualifier_map)):
        del words[len(words) - len(q.split(" ")):]
    return ends_with(words, nouns, longest=2) is not None


_NAMED_AFTER = re.compile(r"[ ]+(?:[A-ZĐ]|\d)")
_NAMED_AFTER_WORD = re.compile(r"[ ]+([^\W\d_]+)[ ]+\d")


def _names_year(text: str, pos: int, g: Grammar) -> bool:
    """An identifier or ordinal word and its number follow "năm": "Năm lớp 9", "năm lớp 12 là 8,8
    điểm", "năm thứ 3" name the year (the grade, the rank), no five (test8, dev17, test14)."""
    m = _NAMED_AFTER_WORD.match(text, pos)
    return m is not None and m.group(1).lower() in g.not_before
_MARKET_INDEX = re.compile(r"index|chỉ số", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?\n]+[\"”’)]*[ ]")
_NAMES_AFTER_IS = re.compile(r"[ ]+là[ ]+(\w+(?:[ ]+\w+){0,3})")


def _one_per_item(text: str, start: int, num_end: int, unit: str, g: Grammar) -> bool:
    """A count of one after "mỗi" + a noun in its clause, with no quota word between ("mỗi phòng thi đều
    có 1 cán bộ", "mỗi lô hàng là 1 tờ khai"): one per item, a rate, no count (not_figures.toml [rate]
    each_before). Money, measures and pay counted in time per item stay amounts ("mỗi gia đình 1 triệu đồng",
    "mỗi ngày 1 lít", "thưởng Tết cho CN mỗi người 1 tháng thu nhập", gold dev6, test6)."""
    if _amount_per_item(text, num_end, unit, g):
        return False
    return g.each_item.search(text, max(0, start - 2 * g.each_reach), start) is not None


def _one_base(words: list[str]) -> re.Pattern:
    """After the noun of a count of one: at most two words (a ticker, a kind), then one of `words`."""
    alt = _alt(nfc(w) for w in words)
    return re.compile(rf"(?:[ ]+(?!(?:{alt})(?!\w))[^\W\d][\w-]*){{0,2}}[ ]+(?:{alt})(?!\w)", re.IGNORECASE)


def _amount_per_item(text: str, num_end: int, unit: str, g: Grammar) -> bool:
    """Money, a measure or a time per item ("mỗi gia đình 1 triệu đồng", "mỗi ngày 1 lít", "mỗi người 1 tháng
    thu nhập"): an amount, which stays a figure where a count per item is a rate."""
    return (unit == "đồng" or unit in g.currencies or g.measure_after.match(text, num_end) is not None
            or g.unit_map.get(unit.split(" ")[0], ("unit",))[0] == REJECT)


def _crew_per_item(text: str, start: int, num_end: int, unit: str, g: Grammar) -> bool:
    """People an item has, counted after "mỗi" + the item and "có"/"gồm" in their clause, of any number: a
    crew per item, a rate ("Mỗi đội sẽ có 3 thành viên", guideline dev14 p1; not_figures.toml [rate]
    each_crew_units, crew_verbs); and things each item is given ("Mỗi phật tử được nhận 3 cuốn sách",
    allot_verbs) but money and measures. Not when the item is a period ("mỗi ngày có từ 10-15 người" counts
    the people of a day, gold test8)."""
    m = g.each_item.search(text, max(0, start - 2 * g.each_reach), start)
    if m is None or m.group().split()[1].lower() in g.rate_periods:
        return False
    if unit in g.each_crew_units and g.crew_verb_before.search(m.group()):
        return True  # ("Mỗi công chức phục vụ hơn 700 người dân": people served are counted, gold test3)
    return g.allot_verb_before.search(m.group()) is not None and not _amount_per_item(text, num_end, unit, g)


def _per_unit_made(text: str, start: int, unit_end: int, value: float, g: Grammar) -> bool:
    """What making one unit takes, and that one unit: "Bugatti cần đến 20 kỹ thuật viên và 6 tháng để hoàn
    thành 1 chiếc xe" gives no figure, a crew per car and the car the base of the rate (guideline test17;
    not_figures.toml [rate] need_before, make_verbs)."""
    # (windows bounded, so that a long text without stops stays linear)
    if (g.crew_need.search(text, max(0, start - 2 * MAX_NEED_REACH), start)
            and g.crew_make_after.match(text, unit_end)):
        return True  # "cần đến 20 kỹ thuật viên ... để hoàn thành 1 ...": the crew or the amount per unit
    return (value == 1 and g.crew_base_before.search(text, max(0, start - MAX_NEED_REACH), start) is not None
            and g.crew_need_clause.search(text, max(0, start - MAX_CLAUSE_REACH), start) is not None)  # the base


# a digit amount with a decimal comma and one or two decimals ("1,76", "0,5"); three decimals group thousands
# in the English way ("2,000 nhân viên") and are no part of a person
_DECIMAL_PART = re.compile(r"\d+,\d{1,2}")


def _fractional_people(amount: str | None, unit: str | None, g: Grammar) -> bool:
    """A count of people written with a decimal part (not_figures.toml [rate] fractional_people, with
    units.toml [bound] people): a staffing, fertility or sex ratio, no count (guideline test19). The unit
    or its head of one or two syllables names the people ("0,2 bác sĩ nhi", "112,2 trẻ trai")."""
    if not amount or not unit or not _DECIMAL_PART.fullmatch(amount):
        return False
    parts = unit.split(" ")
    return any(" ".join(parts[:k]) in g.fractional_people for k in (len(parts), 2, 1))


# a digit amount with a dot before one digit ("2.0", "4.8"): an English decimal, as a Vietnamese thousands
# group has three digits after its dot
_DOTTED_DECIMAL = re.compile(r"\d{1,2}\.\d")


def _dotted_label(amount: str | None, unit: str | None, g: Grammar) -> bool:
    """An English decimal before a noun that no data file names as a unit (nor not_figures.toml [rate]
    dotted_amount_units, the measures and currencies of units.toml): after an engine word or a model code
    (the caller's dotted_label_before) a model or engine label such as "Động cơ 2.0" (guideline test20).
    A listed unit keeps the amount ("15.5 độ", "11.1 cubic feet", gold dev4, dev12)."""
    if not amount or not unit or not _DOTTED_DECIMAL.fullmatch(amount):
        return False
    return not any(u in g.units or u in g.dotted_amount_units for u in (unit.lower(), unit.split(" ")[0].lower()))


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence holding pos begins (";" does not end it: a dosing table runs on with it). A
    full stop inside a word ends nothing: "TP.HCM", "10.000", "2.0L" (fig65: "Mỗi tuần, anh ... lên
    TP.HCM thăm cô 2 đến 3 lần" lost its schedule period "Mỗi tuần" at the abbreviation's dot)."""
    ends = [text.rfind("\n", 0, pos)]
    for c in ".!?":
        i = text.rfind(c, 0, pos)
        while i >= 0 and i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in _CLOSERS:
            i = text.rfind(c, 0, i)
        ends.append(i)
    return max(ends) + 1


def _names_pointed_back(text: str, start: int, unit_end: int, value: float, g: Grammar,
                        known: Callable[[], list[tuple[int, int]]]) -> bool:
    """A count of people that points back to people named just before it: a pair "A và B" of
    capitalised names, or of a name and a partner noun ("Cao Mỹ Kim và bạn trai"), in the two sentences
    before it or in its own sentence before it (for a count of two), or names after "là" whose first one the article has already written (not_figures.toml
    [pointing_back] named_pair_joiner). A pair where either name lies inside a place or organisation
    (`known()`: their spans) names no people ("Hà Nội và Huế ... 2 người" counts people afresh)."""
    if (after := _NAMES_AFTER_IS.match(text, unit_end)):
        name = []
        for word in after.group(1).split():
            if not word[:1].isupper():
                break
            name.append(word)
        if len(name) >= 2 and text.find(" ".join(name), 0, start) >= 0:
            return True  # "hai đồng phạm là Trần Kim Giang và ..." after the lede named Trần Kim Giang
    if value != 2:
        return False
    lo = max(0, start - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    if len(ends) >= 3:
        lo = ends[-3]
    pairs = [m for m in g.named_pair.finditer(text, lo, start)
             if m.group(1)[:1].isupper() and (m.group(2)[:1].isupper() or m.group(2) in g.pair_partners)
             and (text[m.end(1):m.start(2)].strip() not in g.pair_dashes or _full_names_dashed(text, m, g))]
    if not pairs:
        return False
    spans = known()
    return any(not any(s < m.end(i) and m.start(i) < e for s, e in spans for i in (1, 2)) for m in pairs)


# the word right before a pair's first name and the one right after its second: a name of two words or more
# has a capitalised word there (_full_names_dashed tests the capital, so these match any word)
_NAME_WORD_BEFORE = re.compile(r"\w[\w’'-]*[ ]+$")
_NAME_WORD_AFTER = re.compile(r"[ ]+\w")


def _full_names_dashed(text: str, m: re.Match, g: Grammar) -> bool:
    """A pair joined by a dash names two people only when both sides are names of two words or more
    ("Huỳnh Tiến Khoa – Don Nguyễn"); single capitalised words so joined are directions, places or teams
    ("chạy hướng Nam – Bắc", gold dev12), and two names after a word of a road or a crossing are streets
    ("đến ngã tư Huỳnh Tấn Phát – Nguyễn Văn Quỳ", fresh baomoi news; [pointing_back] dash_pair_places),
    and a title after the dash is the office of the name before it ("Nguyễn Thị Liễu – Chánh Văn phòng")."""
    before = _NAME_WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    after = _NAME_WORD_AFTER.match(text, m.end(2))
    return (before is not None and before.group(0)[:1].isupper()
            and after is not None and after.group(0).strip()[:1].isupper()
            and not g.dash_pair_place.search(text, max(0, m.start(1) - 80), m.start(1))
            and not g.dash_title.match(text, m.start(2)))


def _on_schedule(text: str, start: int, unit: str, unit_end: int, value: float, rate_period: bool, window: str,
                 g: Grammar) -> bool:
    """Times, meals, sessions or crops in a period: a schedule, a time span (guideline: "1 lần/tháng",
    "2 tuần/lần"), where "sau 5 năm, hiến máu 20 lần" still counts donations."""
    if unit in g.ratio_units and (rate_period or value == 1 and g.interval_before.search(window)):
        return True  # "hằng năm 2 lần"; "định kỳ 3 tháng họp 1 lần" (once in an interval)
    if unit not in g.ratio_units and unit not in g.schedule_units:
        return False
    # "1 lần/tháng", "lúa chỉ thu hoạch 2 vụ/năm" (dev7), "ăn đầy đủ 3 bữa/ngày", "học 2 buổi/ ngày"; or the
    # period opens the clause: "hằng ngày ông ra mộ vợ 3 lần", "Mỗi ngày cô ăn 5 bữa", "mỗi đêm mình thức
    # dậy khoảng 2 lần" (health and feature news of dev9, dev10, dev12, dev14)
    clause = _clause_start(text, start)
    return bool(g.per_time.match(text, unit_end) or g.schedule_period.search(text, clause, start)
                or g.schedule_bare_period.search(text[max(clause, start - 30):start]))


@dataclass(slots=True)
class _Read:
    """A number read with its noun, before the checks that may drop it."""
    start: int
    num_end: int
    unit: str
    unit_end: int
    value: float
    value_max: float | None
    spelled: bool
    before: list[str]  # the last words before the number (tail_words)


@dataclass(slots=True)
class _Seen:
    """What the text before a number has counted or named, for the look-backs of _points_back."""
    counted: set[float] = field(default_factory=set)  # values of the people counted so far
    n_counted: int = 0  # how many of the figures found are in `counted`
    named_pairs: set[str] = field(default_factory=set)  # people nouns whose pair pointed back to two named people
    pointed_back: set[tuple[float, str]] = field(default_factory=set)  # counts (value, noun) that pointed back


def _points_back(text: str, n: _Read, found: list[RawFigure], seen: _Seen, g: Grammar,
                 known: Callable[[], list[tuple[int, int]]]) -> bool:
    """The number names things or people the text has just named or counted, no count of its own
    (guideline: numbers pointing back, "hai bên", "cả 2 tàu trên"; not_figures.toml [pointing_back])."""
    if n.value_max is None and _restates_count(text, n, found, seen, g):
        return True
    if (_points_back_by_words(text, n, g) or _items_named_before(text, n, g)
            or _parties_listed_before(text, n, g) or _points_back_to_people(text, n, found, seen, g, known)):
        if n.value_max is None:
            seen.pointed_back.add((n.value, n.unit))
        return True
    return False


def _restates_count(text: str, n: _Read, found: list[RawFigure], seen: _Seen, g: Grammar) -> bool:
    """A small count that names again, under the same noun, things the article has already counted
    or pointed back to (guideline: numbers pointing back to items already counted or named; "The later
    'cả 2 mặt trận' repeats it", dev10): after "hai đồng minh này" a later "tới thăm hai đồng minh"
    is the same two allies (test19); after "2 thiết bị" a later "cả hai thiết bị" (both) is the same
    two devices (test14, test17). A count after "cả" needs the same noun counted before, not only the
    same value: "cả hai điều kiện: ..." is a first count even after another count of two (gold dev11,
    test4, test8); a bare repeat needs the earlier one to have pointed back, since a count written
    twice in a report ("2 người chết" in the title and the lede) is its figure each time it is the
    news ([pointing_back] restate_max)."""
    if (n.value > g.restate_max or not (n.spelled or n.value <= g.back_digit_max)
            or g.restate_others.match(text, n.unit_end)):
        return False  # "2 tàu Type-218SG khác", "hai người khác": others besides the ones named
    if (n.value, n.unit) in seen.pointed_back:
        # people nouns are general ("người"): the same people only when they act or are described right
        # after the noun ("cho hai người đi làm", "cả hai người đều"), not a new noun going on ("hai người
        # con trai", "hai người trong làng", gold test14, dev15)
        # "có 2 người không đủ tuổi" after an existential "có" counts new people (as in _people_act)
        return n.unit not in g.restate_people or (_pos_at(text, n.unit_end) in g.pronoun_pos
                                                  and not (n.before and n.before[-1] in g.actor_counted_before))
    return (bool(n.before) and n.before[-1] in g.back_before and n.unit not in g.set_people
            and any(f.value == n.value and f.value_max is None and f.unit == n.unit for f in found))


def _parties_listed_before(text: str, n: _Read, g: Grammar) -> bool:
    """A count of three or more parties (units.toml [spelled] not_after_two: countries, provinces, sides)
    whose own sentence has listed as many names before it, "A, B và C": "Anh, Mỹ và Pháp ... nhấn mạnh 3
    nước sẽ không tham gia" names the three again (guideline test16), as "hai nước", "2 nước" name two.
    Names after the count are its items (_items_named_before, "3 nước Malaysia, Indonesia và Philipines"),
    and so are names before it when it is their predicate or their set ("A, B, C và D là bốn đội bóng mạnh
    nhất", "một trong ..."; [pointing_back] named_pair_not_before, as test7 "là ba ca khúc")."""
    if (n.value_max is not None or n.value < 3 or n.unit not in g.not_after_two
            or ends_with(n.before, g.named_pair_not_before)):
        return False
    # (a space before the sentence: items_named reads a name after one, and a text may open with the list)
    lists = g.items_named.finditer(" " + text[_clause_start(text, n.start):n.start])
    return any(2 + sum(1 for name in m.group(2).split(",") if name.strip()) == n.value for m in lists)


def _items_named_before(text: str, n: _Read, g: Grammar) -> bool:
    """A count of things followed right away by as many names as it counts, every one already written
    before it: "hai bang Washington và Minnesota" restates the two states the text has named (guideline,
    pointing back); with a name not written before ("hai xã Nam Yang và H’Neng") it is the first count
    that names its items. Counts of people are left to _points_back_to_people (not_figures.toml
    [pointing_back] items_named_people)."""
    if (n.value_max is not None or n.unit in g.set_people or n.unit in g.named_pair_people
            or n.unit in g.items_named_people):
        return False
    m = g.items_named.match(text, n.unit_end)
    if m is None:
        return False
    names = [m.group(1), *(name.strip() for name in m.group(2).split(",") if name.strip()), m.group(3)]
    return len(names) == n.value and all(text.find(name, 0, n.start) >= 0 for name in names)


def _points_back_by_words(text: str, n: _Read, g: Grammar) -> bool:
    """The words around the number say it points back."""
    after_all = bool(n.before) and n.before[-1] in g.back_before
    few = n.value_max is None and n.value in range(2, g.back_digit_max + 1)  # counts, no measure ("1.4 lít này")
    if (n.spelled or after_all or few) and _pointer_after(text, n, g):
        # "cả 2 tàu trên", "Cả ba yếu tố này": the things just named (guideline); a spelled-out number
        # needs no "cả": "giải thích về hai vấn đề trên" (dev5), nor a pair or a trio: "3 xã nói trên"
        return True
    if after_all and n.value_max is None and _not_counted(text, n.num_end, n.unit, g):
        return True  # "cả hai khai nhận", "cả hai vô cùng khiêm tốn": "cả hai" as a pronoun (round 16)
    if after_all and n.unit in g.back_bare_classifiers:
        return True  # "1 xe tay ga, 1 xe Wave, cả 2 chiếc đều cháy trụi": the things just listed (guideline test17)
    if n.unit in g.pronoun_units and g.pronoun_after.match(text, n.unit_end):
        return True  # "5 người chúng tôi ăn hết cơm": the writer's party or the story's people, digits too (test16)
    # "hai Bộ trưởng đã hội đàm", "hai sân bóng đều nằm": a spelled-out pair as the subject of what it
    # does next names the two just mentioned, as "hai bên" does (guideline test3, test6)
    return n.spelled and bool(g.subject_after.match(text, n.unit_end))


def _pointer_after(text: str, n: _Read, g: Grammar) -> bool:
    """The number's noun, with at most two words of its own, is followed by a word that points back
    ("2 quyết định trên", "hai vùng lãnh thổ này"), except "trên" before a noun, the preposition ("2 điểm
    sạt lở trên quốc lộ"), and any pointer in the title, where "này" points ahead to the article ("2 cặp
    đôi này vẫn được fan ngưỡng mộ", gold dev10)."""
    m = g.back_after.match(text, n.unit_end)
    if m is None or n.start < text.find("\n"):
        return False
    if n.unit in g.back_not_units and text[n.unit_end:m.start(1)].strip():
        return False  # "hai lần đeo bộ này": after a count of times come the deed and its object
    if g.back_compounds.search(text, n.unit_end, m.end(1)):
        return False  # "hai cán bộ cấp trên": the pointer word ends a noun ("cấp trên", superiors), no pointer
    nxt = _NEXT_WORD.match(text, m.end())  # read as two syllables first: "trên chiến trường" (not "chiến", fight)
    return m.group(1).lower() != "trên" or nxt is None or (_pos_at(text, nxt.start(1)) or "N") not in g.one_idioms_noun_tags


def _points_back_to_people(text: str, n: _Read, found: list[RawFigure], seen: _Seen, g: Grammar,
                           known: Callable[[], list[tuple[int, int]]]) -> bool:
    """A count of people (or a pair) that names the people of the story, already counted or named."""
    if n.value_max is not None:
        return False
    people, pair = n.unit in g.set_people, n.value == 2 and n.unit in g.pair_units
    if people and n.before and ends_with(n.before, g.set_before):
        seen.counted.update(f.value for f in found[seen.n_counted:] if f.unit in g.set_people)
        seen.n_counted = len(found)
        if n.value in seen.counted:
            return True  # "một trong hai nạn nhân" after "Hai người": the people already counted (guideline)
    if (n.spelled and n.value in (2, 3) and (people or n.unit in g.pair_units)
            and _people_act(text, n.unit, n.unit_end, n.before, g)):
        return True  # "Hai người lấy 400.000 tệ", "hai người sắp bước vào": the people of the story act (round 27)
    if pair and (ends_with(n.before[:-1] if n.before[-1:] == ["của"] else n.before, g.pair_between)
                 or g.pair_relation.match(text, n.unit_end) and not ends_with(n.before, g.pair_companions)
                 or _possessed_pair(text, n, g)):
        # "quan hệ giữa hai người xuất phát từ ..." (dev6, test3, dev10), "tình cảm (của) hai người"; "là
        # hai người bạn chiến đấu", "hai người anh em": the two named, by their bond or their relation
        return True
    if g.chat_pair.match(text, n.num_end):
        return True  # "cả 2 đứa bây", "Hai thằng ở Quảng Nam": people of the story, no children counted
    if people and (n.value == 2 and n.unit in seen.named_pairs
                   or _names_pointed_back(text, n.start, n.unit_end, n.value, g, known)):
        if n.value == 2:
            seen.named_pairs.add(n.unit)
        return True  # "Miranda và Evan ... 2 người làm bạn": the two just named (guideline)
    return _people_named_before(text, n, seen, g, known)


def _lede_end(text: str) -> int:
    """Where the first sentence after the title line ends (the text's first sentence when no title)."""
    m = _SENTENCE_END.search(text, text.find("\n") + 1)
    return m.end() if m else len(text)


def _people_named_before(text: str, n: _Read, seen: _Seen, g: Grammar,
                         known: Callable[[], list[tuple[int, int]]]) -> bool:
    """A count of people under a kin, child or role noun that names people the story has already named
    (not_figures.toml [pointing_back] named_pair_people, family_units): two of them after a pair "A và B"
    of names ("Bảo và An ... cả 2 em đều bị câm điếc"), unless the count is of others or the rest ("2 bị
    can khác") or the predicate or set that first counts the two ("là hai ca sĩ", "một trong hai thí
    sinh"); or a family with the member it is known by after it ("4 bố con anh Vững", "ba mẹ con cô
    xuất viện"), where "4 mẹ con tôi", the writer's own family, stays a count; or two of them bound to
    each other in their clause ("lá thư 2 người dành cho nhau"), of any people noun, after the lede's
    first sentence."""
    if n.unit in g.family_units and g.family_known_by.match(text, n.unit_end):
        return True
    if n.value != 2 or n.unit not in g.named_pair_people and n.unit not in g.set_people:
        return False
    if g.each_other.match(text, n.unit_end) and n.start > _lede_end(text):
        # "Hai người hiện đã có với nhau bé trai": the couple of the story; in the title and the lede's
        # first sentence it is the first count of the two: "2 thanh niên chém nhau như phim hành động"
        return True
    if (n.unit not in g.named_pair_people or g.named_pair_others.match(text, n.unit_end)
            or ends_with(n.before, g.named_pair_not_before)):
        return False
    if n.unit in seen.named_pairs or _names_pointed_back(text, n.start, n.unit_end, n.value, g, known):
        seen.named_pairs.add(n.unit)
        return True
    return False


def _possessed_pair(text: str, n: _Read, g: Grammar) -> bool:
    """"tình cảm của hai người và ...", "tương lai của 2 đứa.": the couple just named; so is "cha của hai
    em làm thợ hồ", where a verb after the pair says what the parent does (test9), but "của hai người lao
    động" (a word of two syllables going on the noun) counts workers."""
    if not (n.before and n.before[-1] in g.pair_before):
        return False
    nxt = _NEXT_WORD.match(text, n.unit_end)
    return nxt is None or nxt.group(1).lower() in g.stop or _verb_of_one_syllable(text, n.unit_end)


# one proper name (capitalised words, maybe a number: "Xã Đàn 2") and what follows it
_PLACE_NAME = re.compile(r"[ ]+[A-ZĐ][\w’'-]*(?:[ ]+(?:[A-ZĐ][\w’'-]*|\d+))*")
# a second name joined to the first: "Tân Dương, Phương Tiến", "Kim Đức và Phượng Lâu", "... và xã Nam Yang"
_NAME_LIST_NEXT = re.compile(r"[ ]*(?:,|;|và|hoặc|-|–)[ ]*(?:\w+[ ]+)?[A-ZĐ]")


def _one_place_named(text: str, unit: str, unit_end: int, g: Grammar) -> bool:
    """A place noun followed by one proper name that starts no list: the number before it is a house
    number of an address, where counted places name each of them (not_figures.toml [addresses]). A
    comma and another place noun open the next level of the address ("53 ấp Phú Hiệp, xã Tân Hội"),
    unless the noun is the same one again, a list ("2 xã Xuân Chinh, xã Xuân Lẹ")."""
    name = _PLACE_NAME.match(text, unit_end)
    if not name:
        return False
    if _NAME_LIST_NEXT.match(text, name.end()) is None:
        return True
    level = g.address_next_level.match(text, name.end())
    return level is not None and nfc(level.group("noun")).lower() != unit


_TEAM_BRACKET = re.compile(r"\((?:[A-ZĐ]{1,5},[ ]*)?$")  # "(30 điểm)", "(BD, 13 điểm)": a team's points


def _not_counted(text: str, num_end: int, unit: str, g: Grammar) -> bool:
    """The word after "cả" + number is a verb, an adjective or an adverb out of context (not_figures.toml
    [pointing_back] pronoun_before_pos), read as its two syllables ("vô cùng") or its first, and the unit
    found is no unit we know."""
    if unit in g.units:
        return False
    return _pos_at(text, num_end) in g.pronoun_pos


# the people of a count named in its own clause: "hai người chơi đặc biệt là ca sĩ Sỹ Luân và ..."
_NAMED_NEXT = re.compile(r"[^.,;:!?()\n]{0,40}?[ ](?:là|gồm)[ ]")


def _people_act(text: str, unit: str, unit_end: int, before: list[str], g: Grammar) -> bool:
    """A spelled-out pair or trio of people right before a verb, an adjective, an adverb or a pronoun out
    of context ([pointing_back] actor_pos): the people the story is about do something ("Hai người
    thẳng thắn bày tỏ", "cho hai người đi làm"), no count, unless the word reports them counted (victims,
    a list, "có") or an existential "có" comes before the number ("có hai người giữ lại"), or the noun
    names an office or a trade ([pointing_back] actor_role_units: "hai cán bộ kiểm lâm tử nạn")."""
    if before and before[-1] in g.actor_counted_before or g.actor_counted.match(text, unit_end):
        return False
    if unit in g.actor_role_units:
        return False  # "hai chuyên gia quyết định ...": an office or a trade, a first count of new people
    if before and ends_with(before, g.set_before):
        return False  # "Cả hai nạn nhân nhận quà": a set, which the look-back on people counted decides
    nxt = _NEXT_WORD.match(text, unit_end)
    if nxt is None or nxt.group(1)[:1].isupper() or f"{unit} {nxt.group(1).lower()}" in g.set_people:
        return False  # "hai nghệ sĩ Trấn Thành và ...", "hai người đẹp": names or a longer people noun follow
    if _NAMED_NEXT.match(text, unit_end):
        return False  # "hai người chơi đặc biệt là ca sĩ ...": a first count that names its people stays
    return _pos_at(text, unit_end) in g.actor_pos


def _pos_at(text: str, pos: int, *, clean: bool = False) -> str | None:
    """The part of speech out of context (underthesea's lexicon, vi.pos_lexicon) of the word at pos:
    its first two syllables when they are an entry ("vô cùng"), else its first; a dictionary lookup,
    no model call. clean: a stop or a comma after the second syllable is left out ("100% kế hoạch." is
    the noun "kế hoạch", not the adjective "kế"); the older callers read the pair as written."""
    lexicon = vi.pos_lexicon()
    words = text[pos:pos + 24].lower().split()[:2]
    if clean:
        words = [w.strip(".,;:!?") for w in words]
    return (len(words) == 2 and lexicon.get(" ".join(words))) or (words and lexicon.get(words[0].strip(".,;:!?"))) or None


def _word_pos(word: str, default: str | None = None) -> str | None:
    """The part of speech of one written word out of context (underthesea's lexicon, NFC, lower case)."""
    return vi.pos_lexicon().get(nfc(word).lower(), default)


def _next_word_pos(text: str, pos: int, default: str | None = None) -> str | None:
    """_word_pos of the word after pos (default when the lexicon lacks it); None when no word follows."""
    nxt = _NEXT_WORD.match(text, pos)
    return _word_pos(nxt.group(1), default) if nxt else None


def _adjective_after(text: str, pos: int) -> bool:
    """The word after pos is an adjective out of context, read in two syllables when the lexicon has them
    as one word (_pos_at): "1 cách chính thức", "1 cách tàn nhẫn", "1 cách thành thạo" are the adverbial
    "một cách", though "chính" alone is a particle and "tàn", "thành" verbs (a fresh baomoi sample and
    3,000 more articles of fig72: four such, none a count of methods); "1 lượng lớn" reads "lớn" alone."""
    nxt = _NEXT_WORD.match(text, pos)
    return nxt is not None and _pos_at(text, nxt.start(1), clean=True) == "A"


def _bound_syllable_word(text: str, pos: int) -> bool:
    """The two syllables at pos make a word of underthesea's dictionary whose second syllable has no
    entry of its own in the lexicon: a bound syllable lives only inside its word, so the tag of the
    first syllable alone (_pos_at) says nothing of the word: "hai chiếc trực thăng" is no "trực" (on
    duty; dev17), while "6 chiếc hỏng máy" (a verb, then a noun of its own) is."""
    words = [nfc(w).strip(".,;:!?") for w in text[pos:pos + 24].lower().split()[:2]]
    return len(words) == 2 and words[1] not in vi.pos_lexicon() and _in_dictionary(" ".join(words))


# the two syllables after a stroke classifier, the second ending at a word's end (a stop or a comma may follow)
_TWO_SYLLABLES = re.compile(r"(\w+)[ ]+(\w+)(?!\w)")


def _stroke(word: str, text: str, pos: int, g: Grammar) -> str | None:
    """"quả dứt điểm", "cú đánh", "pha lập công": a classifier of play (units.toml [classifiers] strokes) and
    the play after it, as written: its two syllables when the lexicon has them as one verb or the data lists
    them as a play (stroke_plays; "kiến tạo", "tắc bóng" open with no verb of their own), else a verb of
    one syllable; None before anything else. The pair is read up to the end of its word, so a stop or a
    comma after it ("3 pha kiến tạo.") does not hide it."""
    nxt = _NEXT_WORD.match(text, pos)
    if not nxt or not nxt.group(1).islower() or nxt.group(1) in g.stop:
        return None
    pair = _TWO_SYLLABLES.match(text, nxt.start(1))
    if pair and pair.group(2).islower():
        play = nfc(f"{pair.group(1)} {pair.group(2)}")
        if play.lower() in g.stroke_plays or _word_pos(play) == "V":
            return text[pos - len(word):pair.end()]
    if _pos_at(text, nxt.start(1)) != "V":
        return None
    return text[pos - len(word):nxt.end(1)]


# the author's name closing an article with no stop before it: "... từ 15,5 đến 17 điểm Bạch Dương"
_BYLINE_END = re.compile(r"[ ]+[A-ZĐ][\w.]*(?:[ ]+[A-ZĐ][\w.]*){0,3}[ ]*$")


def _bare_points(text: str, unit_end: int, g: Grammar) -> bool:
    """"điểm" with no site noun of its own after it: the end of a clause, a function word ("4 điểm
    trong tay"), a word that starts no site ("điểm thưởng"), a name ("cùng 21 điểm Swansea City", "giành
    trọn 3 điểm Đội tuyển Nga ...": a site's noun is written in lower case, fig67; an abbreviation in
    capitals is a site's noun written short, "15 điểm UTGT") or the byline that ends the article (its last
    sentence often lacks a stop before the author's name in the baomoi corpus)."""
    if _BYLINE_END.match(text, unit_end):
        return True
    nxt = _NEXT_WORD.match(text, unit_end)
    return not (nxt and (nxt.group(1).lower() not in g.stop or nxt.group(1) == "bị")
                and not (nxt.group(1)[0].isupper() and not nxt.group(1).isupper())
                and not g.score_after.match(text, unit_end))


def _is_score(text: str, start: int, unit_end: int, value: float, value_max: float | None, before: list[str],
              g: Grammar) -> bool:
    """Bare "điểm" (no noun of its own after it) as points: decimals ("0,25 điểm"), a range or a
    bound ("từ 5 đến 6 điểm", "trên 5 điểm"), or after a word of scoring ("với 4 điểm")."""
    if not _bare_points(text, unit_end, g):
        return False  # "393 điểm sạt lở", "2.500 điểm đen", "20 điểm UTGT", "51 điểm bị sạt lở": sites
    if text.startswith(")", unit_end) and _TEAM_BRACKET.search(text, max(0, start - 12), start):
        return True  # "Thanh Hóa (30 điểm) và Hà Nội (28 điểm)": the points of the team just named
    if g.score_after_games.match(text, unit_end):
        return True  # "có 45 điểm sau 20 vòng đấu": a league table's points
    if g.score_won.match(text, unit_end):
        return True  # "Nhờ 3 điểm có được trước Sevilla": the points a team won
    window = text[max(0, unit_end - 80):unit_end]
    if _MARKET_INDEX.search(window):
        # "chỉ số Dow Jones giảm 50,81 điểm (-0,24%), xuống 21.029,47 điểm": the points of a market
        # index are index levels, like league points, not figures; the percentage change is (guideline
        # dev10, which reverses the earlier reading of "VN-Index tăng 1,69 điểm" as a state)
        return True
    sentence = max(_clause_start(text, start), unit_end - 80)
    if g.score_clause.search(text, sentence, start):
        return True  # "khoảng cách giữa Chelsea và Arsenal là 9 điểm", "số điểm khá cao 456 điểm" (dev16, test13)
    if ends_with(before, g.score_gap_before) and g.score_gap_clause.search(text, sentence, start):
        return True  # "kém Chelsea tới 12 điểm", "còn cách nhóm xuống hạng đúng 1 điểm": a league gap
    if g.score_rank_after.match(text, unit_end):
        return True  # "HAGL có 12 điểm và đứng thứ 8": the points of a league table
    if value != int(value) or value_max is not None:
        return True
    return bool(ends_with(before, g.score_before)) or bool(
        re.search(r"(?<!\w)(?:trên|dưới)[ ]+[\d.,]+[ ]+điểm$", window, re.IGNORECASE))


# "hai quốc gia là Thái Lan và Ấn Độ", "ba bên gồm: Công an tỉnh, ...": the noun, at most three words of
# its own, then "là"/"gồm" and a list of two items or more in the clause
_ITEMS_AFTER = re.compile(r"(?P<own>(?:[ ]+[\w-]+){0,3}?)[ ]+(?P<cue>là|gồm)[ ]*:?[ ]+[^.;:!?()\n]{1,60}?(?:[ ]và[ ]|,[ ])")
# "Hai anh Trị và Vững", "hai cầu thủ Tuấn Anh và Công Phượng": names right after the noun, joined; a name
# is read as Grammar.items_named reads one (_NAME)
_NAMES_AFTER = re.compile(rf"[ ]+{_NAME}(?:[ ](?:và|hay)[ ]|,[ ]*)[{UPPER}]")


def _items_named(text: str, unit: str | None, unit_end: int, before: list[str], g: Grammar) -> bool:
    """The count lists its items right after its noun: a first count that names what it counts, no pair
    pointing back (guideline: "Hai đội chủ nhà ... là ...", dev9 part 6 "Hai phe Juventus và Real Madrid";
    gold dev11, dev13, dev19, test4, test13: "hai cơ quan là thận và bàng quang", "hai phía là giáo viên
    và gia đình"). Not after "giữa" and the like ([pointing_back] pair_between): "quan hệ giữa hai nước
    là nền tảng và ..." says what the bond of the two named is; nor when a verb comes first."""
    if ends_with(before, g.pair_between):
        return False
    if (unit in g.set_people or unit in g.named_after_pairs) and _NAMES_AFTER.match(text, unit_end):
        return True  # people named right after ("Hai anh Trị và Vững"); the countries of "hai nước Việt Nam
        # và Lào" are the two parties of foreign news, named again (guideline "hai nước")
    m = _ITEMS_AFTER.match(text, unit_end)
    if m is None:
        return False
    if any(_word_pos(w) == "V" for w in m.group("own").split()):
        return False  # "hai vợ chồng cứ nói thẳng là ...": the pair does something, then says what
    # "gồm" always opens the list; "là" after "của" says what belongs to the two ("trọng tâm của hai bên
    # là chống lãng phí, ...": the two named, gold test3)
    return m.group("cue") == "gồm" or before[-1:] != ["của"]


def _spelled_ok(amount: str, value: float, unit: str | None, g: Grammar, *, kin: bool = False,
                written: str = "", listed: bool = False, after_object_word: bool = False) -> bool:
    """Spelled-out numbers are figures ("bảy sào"), but not "một gia đình" (article), "hai bên"
    (two named parties) nor "năm nay" / "ba mẹ" (year, father). kin: the unit is kin named by sex
    ("hai chị gái", _kin_by_sex) or its items are listed after it (listed, _items_named): it points back
    to nobody. written: the words from the number to the unit's end as written, a classifier included
    ("cuộc họp" for the unit "họp"). after_object_word: a verb or a preposition comes right before the
    number (_open_compound)."""
    if unit is None or value < g.spelled_min:
        return False
    word = amount.lower().strip()
    if word in g.spelled_ambiguous and (unit not in g.units or unit in g.kin_after_ambiguous) \
            and not _open_compound(word, written or unit, g, after_object_word) \
            and not (listed and word in g.open_before_compound):
        return False  # (a list of items after the noun makes "ba" three: "ba bang gồm A, B")
    if word == "hai" and unit in g.not_after_two and not kin or f"{word} {unit}" in g.spelled_idioms:
        return False  # "hai bên"; "bốn phương", "năm châu bốn biển" (idioms, not counts)
    return True


def _open_compound(word: str, noun: str, g: Grammar, after_object_word: bool = False) -> bool:
    """"ba cuộc điều tra", "Ba lĩnh vực", "ba cuộc họp": an ambiguous word of units.toml [spelled]
    open_before_compound before a counted noun written in two syllables or more (a classifier dropped
    from the unit counts: no father is followed by "cuộc họp") is a number, unless the noun opens with
    a word of father_after ("ba mẹ tôi", "ba chồng", "ba con"). So is it before a noun of one syllable
    that the lexicon reads as a noun or a classifier ("xảy ra ba vụ", "của ba trường"; [spelled]
    open_noun_pos) where the number stands after a verb or a preposition (after_object_word, [spelled]
    open_after_pos), unless the two words are one word of the dictionary ("ba lô", a backpack; "ba
    sao", "ba que")."""
    if word not in g.open_before_compound or noun.split(" ")[0] in g.father_after:
        return False
    if " " in noun:
        return True
    return (after_object_word and noun not in g.father_after_syllable and _word_pos(noun) in g.open_noun_pos
            and not _in_dictionary(f"{word} {noun}"))


def _spelled_fails_anyway(amount: str, value: float, unit: Unsegmented, g: Grammar) -> bool:
    """True when _spelled_ok is False whatever the segmenter makes of `unit` ("năm nay ...")."""
    if value < g.spelled_min:
        return True
    word = amount.lower().strip()
    return word in g.spelled_ambiguous and word not in g.open_before_compound and not unit.may_be(g.known_units)


def _trailing_multiplier(amount: str) -> float:
    """The multipliers written at the end of an amount: "49 triệu" -> 1e6, "2 nghìn tỷ" -> 1e12, "45" -> 1."""
    factor = 1.0
    multipliers = numbers.words().multipliers
    for word in reversed(amount.lower().split()):
        if word not in multipliers or word == "chục":
            break
        factor *= multipliers[word]
    return factor


def _out_of(text: str, pending: list, start: int, value: float) -> tuple[float, int] | None:
    """(value, start) of the bare number written before "trên" and the larger count at start: "9 trên 10
    công ty" (nine out of ten) is a part of the set, the figure 9 with the set's noun, as "24/28 doanh
    nghiệp" (guideline test14); taken off `pending`."""
    if not pending:
        return None
    p_start, p_end, p_value, p_max, _, _ = pending[-1]
    if p_max is not None or p_value >= value or not _PER_ONE.fullmatch(text, p_end, start):
        return None
    pending.pop()
    return p_value, p_start


def _vague_range(low: str, high: str) -> tuple[float, float]:
    """"từ vài triệu đến hàng chục triệu đồng", "từ hàng chục tới hàng trăm tỷ đồng": two vague amounts
    joined as a range make one figure (guideline test3, test13), the lower one taking the multiplier
    written once on the upper one, as "3-4 triệu" does."""
    value, value_max = numbers.parse_vague(low), numbers.parse_vague(high)
    shared = _trailing_multiplier(high)
    if _trailing_multiplier(low) == 1 and value * shared < value_max:
        value *= shared
    return value, value_max


def _next_value(previous: tuple, value: float, m: re.Match) -> bool:
    """The unit-less number before this one is its neighbour one less: "ba, bốn", "6, 7 triệu". A vague
    amount is no neighbour ("Thế chiến 2, hàng trăm ngàn phụ nữ": it has no digits; this crashed on it)."""
    _, _, p_value, _, _, p_mult = previous
    return m.group("a") is not None and not p_mult and math.isclose((p_value + 1) * _trailing_multiplier(m.group("a")), value)


_SPELLED_AFTER_COMMA = re.compile(r"[ ]*,[ ]*(\w+)")


def _spelled_neighbour_after(text: str, pos: int, value: float) -> bool:
    """A comma and the digit word one more follow: "ba, bốn lần", "hai, ba người"."""
    m = _SPELLED_AFTER_COMMA.match(text, pos)
    return m is not None and numbers.words().digits.get(m.group(1).lower()) == value + 1


def _decimal_comma(amount: str | None, value: float) -> float:
    """value of "35,537" read with the comma as the decimal mark where numbers.parse_digits took it
    for English thousands; any other amount keeps its value."""
    if amount and _COMMA_THOUSANDS.fullmatch(amount.strip()):
        return float(amount.strip().replace(",", "."))
    return value


def _vague_money(vague: str, g: Grammar) -> bool:
    """A vague amount that is money when no noun follows: millions and billions ("hàng trăm triệu"), and
    thousands after a scale ("vài trăm nghìn", "vài chục ngàn"), as "500 nghìn" is money with "đồng" left
    out (gold dev15, dev17, dev19, test14); a bare "hàng nghìn" with no noun counts people or things."""
    words = vague.lower().split()
    return any(w in g.money_multipliers for w in words) or len(words) >= 3 and words[-1] in _THOUSANDS


def _is_spelled(amount: str) -> bool:
    return not amount[:1].isdigit()


def _is_dimension(text: str, m: re.Match, window: str, g: Grammar) -> bool:
    # "1920 x 1080 pixels", "4x4": a display format or a drive class names the product and
    # counts nothing (guideline dev8 parts 1 and 3)
    return bool(_DIMENSION_AFTER.match(text, m.end()) or _DIMENSION_BEFORE.search(window) and not (
        m.group("glued") or g.measure_after.match(text, m.end()) or _METRES.match(text, m.end())))


def _size_figure(text: str, m: re.Match, g: Grammar) -> RawFigure | None:
    start = m.start()
    # the last of "4.694 x 1.670 x 1.135 mm"
    # carries the measure of the whole size and stays, and so does each number before it,
    # its text running to the shared measure (guideline dev9 part 5: "146,2 x 73,3 x 7,9mm")
    size = g.size_chain.match(text, m.end()) if m.group("a") and not m.group("b") and not m.group("of") \
        and not m.group("glued") else None
    if size:
        value, _ = numbers.parse_amount(m.group("a"))
        unit = g.unit_map.get(size.group("measure").lower(), ("unit", size.group("measure").lower()))[1]
        return RawFigure(value, None, unit, "exact", start, size.end(), text[start:size.end()])
    return None


# a number that opens with a zero and is grouped by a dot ("004.87", "05.02", "0913.768.894") is a code:
# an amount never writes a leading zero before a thousands dot (licence plates "69C - 004.87" after "BS" or
# a dash, in crime and traffic news of the fresh baomoi sample of fig56; "82B - 002.45" in dev11,
# unannotated), where "04 động cơ", "01 đồng chí" (no dot) are counts and "0,5" is a decimal
_ZERO_GROUPED = re.compile(r"0\d+\.\d")
# ... and the serial after a plate's province code and series is no count either, whatever follows it: "xe
# khách BKS 51B - 1665 chạy hướng TP HCM" (traffic news of the fresh baomoi sample of fig66), "xe 29A-12345"
_PLATE_SERIES_BEFORE = re.compile(r"(?<![\w.,])\d{2}[A-ZĐ]{1,2}\d?[ ]*[-–.][ ]*$")
# the numbers after a number of a name or a date go on naming when they are listed with it: "qua quận 4, 7, 8
# khu Nam Sài Gòn", "sinh vào các tháng 3, 4, 7, 8 càng" (fresh baomoi sample of fig66; test16). A list
# needs a third member to start (see _continues_dropped_list), since "tháng 7, 12 người chết" opens a count
_LIST_AFTER_NAMED = re.compile(r"[ ]*,[ ]*|[ ]+(?:và|hoặc)[ ]+")
_LISTED_SMALL = re.compile(r"\d{1,2}(?![\d.,]\d)")  # a district, a month, a grade: one or two digits, no decimals


def _signed_rate(window: str, m: re.Match) -> bool:
    """"lãi suất ở mức -0,1%", "tăng trưởng -1,5%": a minus glued to a percentage after a word is the sign
    of a rate, kept as a figure without its sign as "(-0,24%)" is (guideline dev10; gold dev17); after a
    number it is a range's dash ("5 -7%")."""
    return (m.group("glued") or "") == "%" and window[-2:-1] == " " and window[-3:-2].isalpha()


def _lost_superscript_or_sign(text: str, m: re.Match, window: str) -> bool:
    if m.group() in ("2", "3") and _PER_AREA_BEFORE.search(window):
        return True  # "4 triệu đồng/m 2 nhà ở": the superscript of a price per m2, lost in extraction (test4)
    if window[-1:] in "-–" and window and window[-2:-1] != "(" and not _MINUS_MEASURE.fullmatch(
            m.group("glued") or "") and not _MINUS_MEASURE.match(text, m.end()) and not _signed_rate(window, m):
        # a minus sign is written before a measure only: "-45 độ C", "độ sâu -13m" (gold dev7, dev8);
        # a change in brackets right after "(" is a figure without its sign: "giảm 50,81 điểm
        # (-0,24%)" -> "0,24%" (guideline dev10), where "5 - 7%" after a space is a range
        return True
    return False


def _continues_dropped_list(text: str, m: re.Match, named_end: int, started: bool) -> bool:
    """A bare number of one or two digits listed right after a number of a name or a date that was dropped
    ("quận 4, 7, 8"). The first one after the name needs a third member after it ("tháng 3, 4, 7, 8"), as
    "tháng 7, 12 người" writes a count after the date; later ones (started) ride on the list."""
    if not (_LIST_AFTER_NAMED.fullmatch(text, named_end, m.start()) and m.group("a") and not m.group("b")
            and not m.group("glued") and not m.group("of") and _LISTED_SMALL.fullmatch(m.group("a"))):
        return False
    nxt = _LIST_AFTER_NAMED.match(text, m.end("a"))
    return started or (nxt is not None and _LISTED_SMALL.match(text, nxt.end()) is not None)


def _names_no_count(text: str, m: re.Match, window: str, before: list[str], money_amount: bool,
                   rate_period: bool, g: Grammar) -> bool:
    start = m.start()
    if rate_period and m.group() in ("1", "01"):
        return True
    if len(m.group()) <= 2 and m.group().isdigit() and int(m.group()) < CLOCK_MINUTES and g.clock_hour.search(window):
        return True  # "0 giờ 30 sáng", "9h 30": the minutes of a clock time (contract)
    if before and before[-1] in g.not_before_last and ends_with(before, g.not_before) and not rate_period \
            and not ends_with(before, g.not_identifiers, longest=2) and not g.measure_after.match(text, m.end()) \
            and not m.group("vague") and not money_amount:
        # ("tàu 802 CV", "con tàu 104.000 tấn": an engine's power, a ship's tonnage, not the boat's
        # code; "mỗi tháng hàng trăm triệu đồng": a vague amount is never a date nor a code)
        return True
    if (before and (before[-1] in g.not_before_cased_last or "\u0130" in window) and not money_amount
            and m.group()[:1].isdigit() and ends_with(tail_words(window, lower=False), g.not_before_cased)):
        # a law numbers its articles in digits ("Điều 5", every one in the gold); before a spelled number
        # the capital is a sentence start of the verb "điều" (send): "Điều hai chiếc xe tới" counts
        return True
    if (before and before[-1] in g.number_sign and not money_amount
            and (len(before) < 2 or before[-2] not in g.count_before_sign)):
        return True  # "bão số 10", "Nghị quyết số 12"; but "tổng số 120 người" counts
    if _after_name(text, start, window, before, g) and not (
            m.group("glued") or money_amount or _known_unit_after(text, m.end(), g, strict=True)
            or g.measure_after.match(text, m.end()) or _inch_mark(text, m.end())
            or m.group() not in ("1", "01") and _classifier_noun_after(text, m.end(), g)):
        # (a glued unit or a money multiplier makes it an amount: "Tiền Giang 77km", "Phước Long 68 tỷ";
        # a counted noun of units.toml a count: "Hà Giang 2 người, Hòa Bình 1 người"; a measure written
        # apart a quantity: "màn hình MID 7 inch")
        return True
    return False


def _hedged(window: str, before: list[str], start: int, qualifier: str, g: Grammar) -> tuple[str, int]:
    """The qualifier and text start of a figure, from a qualifier word written before its number."""
    text_start = start
    if qualifier != "range":
        # (a qualifier word before a vague amount is its qualifier too: "khoảng vài trăm hộ" is
        # about, its text from "khoảng"; gold dev7, test3, test4, dev9)
        q = ends_with(before, g.qualifier_map) if before and before[-1] in g.qualifier_last else None
        if q and g.qualifier_map[q] != "exact" and not (q in g.qualifier_besides and _opens_clause(window, q)):
            qualifier = g.qualifier_map[q]
            text_start = _phrase_start(window, q, start)
    elif qualifier == "range" and before:
        # a range keeps its leading word in the text, its qualifier stays `range` (guideline):
        # "từ 25-27 độ C", "khoảng 22 đến 23 độ C"
        q = "từ" if before[-1] == "từ" else (
            ends_with(before, g.qualifier_map) if before[-1] in g.qualifier_last else None)
        if q and g.qualifier_map.get(q) != "exact":
            text_start = _phrase_start(window, q, start)
    return qualifier, text_start


def _opens_clause(window: str, phrase: str) -> bool:
    """`phrase`, the last words of window, opens its clause: only spaces, or a sentence mark, a comma or a
    bracket, come before it (window starts where the text does when nothing else is before it)."""
    head = window.rstrip()[:-len(phrase)].rstrip()
    return not head or head[-1] in SENTENCE_MARKS or head[-1] == ","


def _difference(text: str, before: list[str], unit: str, unit_end: int, g: Grammar) -> bool:
    """"thấp hơn 24% so với năm trước", "rộng hơn 4 cm so với ...": "hơn" after a comparative adjective
    (qualifiers.toml [difference]) is "than", and the number is by how much two amounts differ, no bound,
    when the figure is a percentage or "so với" follows it (gold dev8, dev10, dev16, test8); "dài hơn 200
    km" alone stays a length of more than 200 km. After an adjective of "less" it is always the difference
    ("thấp hơn 40,6 mm", "đá ít hơn 3 trận"): "hơn" there can never mean "more than"."""
    if len(before) < 2 or ends_with(before, g.qualifier_map) != "hơn":
        return False
    comparative = " ".join(before[-2:])
    if comparative in g.difference_lesser:
        return True
    return comparative in g.difference_before and (unit == "%" or g.difference_after.match(text, unit_end) is not None)


def _on(before: list[str], unit: str, g: Grammar) -> bool:
    """"dựa trên 3 nhóm tiêu chí", "đi trên 2 ôtô": "trên" is the preposition "on", no bound (qualifiers.toml
    [on]; guideline test3), after a word that always takes it so, or after a word of riding before a vehicle."""
    if len(before) < 2 or before[-1] != "trên":
        return False
    return ends_with(before[:-1], g.on_before) is not None or (
        unit in g.on_rides and ends_with(before[:-1], g.on_ride_before) is not None)


_BREAKDOWN = re.compile(r"(?:[ ]+[^\s(),.;:\d]+){0,4}[ ]*\((?:[^():,;]{1,40}:[ ]*[\d.,]+[ ]*[,;][ ]*)*[^():,;\d]{1,40}:[ ]*$")
_BREAKDOWN_NEXT = re.compile(r"[ ]*[,;][ ]*[^():,;\d]{1,40}:[ ]*$")  # the next part after a bare part
_BREAKDOWN_END = re.compile(r"[ ]*[,;)]")


def _breakdown_of(text: str, start: int, end: int, found: list[RawFigure]) -> str | None:
    """The noun of the count a bare number breaks down: "có 380 chỉ tiêu (Anh: 210, Pháp: 35, Nga: 15)"
    -> each part "chỉ tiêu" (gold dev8, as a table row takes its noun from the row's label). The parts
    are "label: number" items in brackets right after the count's figure and the few words that say
    which count it is ("hệ chuyên")."""
    if not found or start - found[-1].end > 400 or not _BREAKDOWN_END.match(text, end):
        return None
    prev = found[-1]
    parts = _BREAKDOWN_NEXT if _CELL_NUMBER.fullmatch(prev.text) else _BREAKDOWN
    return prev.unit if parts.fullmatch(text, prev.end, start) else None


_LIST_PART = re.compile(r"[^.;:!?()\d]{0,40}(?:,|[ ]và)[ ]+")
# the size of the set in digits or spelled out ("4 trong 6 trận", "bốn trong sáu trận"); a spelled word
# that also means a year, a father or ripe (units.toml [spelled] ambiguous: "hai trong năm nay") is none
_SET_SIZE = (r"(?:\d[\d.]*|(?:{0})(?:[ ]+(?:{0}))*)[ ]+".format(
    _alt(w for w in [*numbers.words().digits, *numbers.words().tens] if w not in load("units")["spelled"]["ambiguous"])))
_IN_SET = re.compile(rf"[ ]+trong[ ]+(?:(?:tổng[ ]+)?số[ ]+(?:(?:những|các)[ ]+)?(?P<n1>{_SET_SIZE})?|(?P<n2>{_SET_SIZE}))",
                     re.IGNORECASE)


def _part_of_set(text: str, pos: int, value: float, g: Grammar) -> tuple[str, int] | None:
    """The noun and end of "trong (tổng) số [b] X" or "trong b X" after a number a <= b (_IN_SET)."""
    m = _IN_SET.match(text, pos)
    if not m:
        return None
    size = m.group("n1") or m.group("n2")
    if size and numbers.parse_amount(size.strip())[0] < value:
        return None
    unit, end = unit_at(text, m.end(), g)
    return (unit, end) if unit not in (None, REJECT) else None


def _part_of_sized_set(text: str, pos: int, value: float, g: Grammar) -> tuple[str, int] | None:
    """_part_of_set, only when the set's size is written ("5 trong 6 trận", not "2 trong số các nước"):
    a size names the set as a count of its own, where without one the part mostly points back to things
    just named (round 27, unannotated baomoi)."""
    m = _IN_SET.match(text, pos)
    return _part_of_set(text, pos, value, g) if m and (m.group("n1") or m.group("n2")) else None


_DATE_BOUND_BEFORE = re.compile(r"(?<!\w)(?:từ|đến|tới)[ ]+$", re.IGNORECASE)


def _few_of_few(text: str, m: re.Match, value: float, whole: float, g: Grammar) -> bool:
    """"thắng 5/6 chặng", "8/9 khu dân cư đạt chuẩn": a few of a few counted items, a count as "24/28
    doanh nghiệp" is (gold dev10, test7), where "2/3 giá trị", "1/3 dân số" are fractions of a whole
    (not_figures.toml [fraction] wholes) and "1/3" a fraction whatever follows."""
    if not 2 <= value < whole or _DATE_BOUND_BEFORE.search(text, max(0, m.start() - 5), m.start()) \
            or not _known_unit_after(text, m.end(), g, strict=True):
        return False  # ("đến 5/7 học sinh nghỉ": the end of a span of dates; a noun of ours only)
    unit, _ = unit_at(text, m.end(), g)
    return unit.split(" ")[0] not in g.fraction_wholes and unit not in g.fraction_wholes


def _change_from(text: str, pending: list, start: int, g: Grammar) -> bool:
    """The last unit-less number is where a change to the number at start begins: "từ 865 lên thành
    899 cc", "từ 6 triệu lên gần 6,7 triệu đồng" (qualifiers.toml [change]). A range ("từ 5-7 lên")
    starts no change."""
    if not pending:
        return False
    p_start, p_end, _, p_max, _, _ = pending[-1]
    return (p_max is None and g.change_joiner.fullmatch(text, p_end, start) is not None
            and _FROM_BEFORE.search(text, max(0, p_start - 6), p_start) is not None)


def _join_pending(text: str, m: re.Match, unit: str, unit_end: int, pending: list, found: list[RawFigure],
                  g: Grammar) -> None:
    start = m.start()
    # earlier unit-less numbers joined to this one share its noun: "12 và 15 suất quà", "800, 1000 và
    # 1200 mã lực" (each joined to the next), and its multiplier when they have none: "45 và 49 triệu
    # khách" is 45 million (guideline dev4, dev8 part 2)
    shared = _trailing_multiplier(m.group("b") or m.group("a") or "")
    joined_at = start
    while pending:
        p_start, p_end, p_value, p_max, p_qual, p_mult = pending[-1]
        if joined_at == start and _change_from(text, pending, start, g):
            # "từ 865 lên thành 899 cc": the amount a change starts from, with the unit written once after
            # the amount it ends at; its text runs to that unit (guideline test8)
            pending.pop()
            if not p_mult and p_value < 1000:
                p_value *= shared  # "từ 5 lên 7 triệu khách", as "45 và 49 triệu khách"
            found.append(RawFigure(p_value, None, unit, p_qual, p_start, unit_end, text[p_start:unit_end]))
            break
        if joined_at == start and g.open_upper_joiner.fullmatch(text, p_end, start):
            # "từ 80 đến hơn 100 bệnh nhân": the lower bound of a range open at the top is a figure of its
            # own, exact, with the unit written once after the upper bound (qualifiers.toml [range] open_upper)
            pending.pop()
            if not p_mult and p_value < 1000:
                p_value *= shared
            found.append(RawFigure(p_value, None, unit, p_qual, p_start, unit_end, text[p_start:unit_end]))
            break
        if g.joiner.fullmatch(text[p_end:joined_at]) is None or joined_at - p_end > 8:
            break
        if m.group("vague") and not p_mult:
            # a vague amount shares its noun with another vague or multiplied one only ("Hàng trăm, hàng nghìn
            # người", test17), no plain number: "Trong Thế chiến 2, hàng trăm ngàn phụ nữ" (a name's number)
            break
        pending.pop()
        if not p_mult and p_value < 1000:
            p_value *= shared
            p_max = p_max * shared if p_max is not None else None
        found.append(RawFigure(p_value, p_max, unit, p_qual, p_start, p_end, text[p_start:p_end]))
        joined_at = p_start


def find_figures(text: str, known: list[tuple[int, int]] | None = None) -> list[RawFigure]:
    """known: the spans of the places and organisations already found in `text` (the pipeline passes
    them); when None they are looked up, only if a rule asks for them."""
    g = grammar()
    known_spans: list[list[tuple[int, int]]] = [] if known is None else [known]

    def known_names() -> list[tuple[int, int]]:
        if not known_spans:
            from extract import orgs, places  # only when a named pair is checked (rare)
            known_spans.append([(p.start, p.end) for p in places.find_places(text)]
                               + [(o.start, o.end) for o in orgs.find_orgs(text)])
        return known_spans[0]
    found: list[RawFigure] = []
    # unit-less numbers that may borrow the noun of the next number (and its multiplier: has_mult)
    pending: list[tuple[int, int, float, float | None, str, bool]] = []
    last_end = 0
    class_end: int | None = None  # the end of the last vehicle or product class dropped ("xe 2 cửa")
    band_end: int | None = None  # the end of the last band of a statute dropped ("từ 5 đến dưới 50 triệu đồng")
    seen = _Seen()
    scores_seen = False  # a bare "điểm" of the text was read as points (see the end)
    named_list_end: int | None = None  # the end of the last number of a name or a date dropped ("quận 4")
    named_list_started = False  # a number listed after it was dropped too ("quận 4, 7")
    for m in g.expr.finditer(text):
        start = m.start()
        if start < last_end:
            continue  # inside the unit of the previous figure ("m 2")
        window = text[max(0, start - 40):start]
        if _is_dimension(text, m, window, g):
            size = _size_figure(text, m, g)
            if size:
                found.append(size)
            continue
        if _lost_superscript_or_sign(text, m, window):
            continue
        if m.group("a") and _ZERO_GROUPED.match(m.group("a")) or _PLATE_SERIES_BEFORE.search(window):
            continue  # "BS 69C - 004.87", "51F – 004.78": a code (a licence plate, a phone, a date "05.02")
        if named_list_end is not None and _continues_dropped_list(text, m, named_list_end, named_list_started):
            named_list_end, named_list_started = m.end("a"), True
            continue  # "quận 4, 7, 8 khu Nam": the list of names goes on
        before = tail_words(window)
        # an amount of money is never a date, a code or a number of a name: "Tổng kinh phí đóng tàu 18,5 tỷ
        # đồng", "nộp trung ương 50.000 tỷ đồng", "mỗi quý 350 triệu đồng", "mỗi lần 20.000 đồng" (gold
        # test3, dev5), where "tàu", "trung ương", "quý", "lần" written before a bare number name one
        money_amount = bool(_MONEY_AFTER.search(m.group()) or _GROUPED_MONEY.match(text, start))
        # (the last-word tests skip most ends_with calls; the cased words lower-case to `before`
        # word for word, except around "İ", whose lower case is two characters)
        # "mỗi ngày 24 -25 người chết": after "mỗi", "hằng" the date word is the period of a rate, and the
        # number after it no day of a month (gold dev7); but "mỗi tuần 1 chuyến" is a schedule (guideline dev7)
        rate_period = len(before) >= 2 and before[-2] in g.rate_before and before[-1] in g.rate_periods
        if _names_no_count(text, m, window, before, money_amount, rate_period, g):
            named_list_end = m.end("a") if m.group("a") and not m.group("b") else None
            named_list_started = False
            continue
        if before[-1:] and before[-1] in g.rate_base or g.rate_share.search(window):
            continue  # "Cứ 10 em thì có 3 em bị cận": a rate, its base and share no counts (guideline test6)
        value_max: float | None = None
        qualifier = "exact"
        money = False
        end = m.end()
        if m.group("vague"):
            prefix = numbers.vague_prefix(m.group("vague"))
            bare = not prefix
            after_number_word = bool(before) and (before[-1] in numbers.words().digits or before[-1] in numbers.words().tens)
            if bare and (not before or before[-1] in g.not_before_bare or before[-1][:1].isdigit()
                         or after_number_word or m.group("vague")[:1].isupper()):
                continue  # "hai chục", "mấy chục", "Chục": bare "chục" only after a word that is no number
            if prefix == "mấy" and after_number_word:
                continue  # "mười mấy tỷ" (ten-odd billion): "mấy" is a digit of the number before it, no value
            value = numbers.parse_vague(m.group("vague"))
            qualifier = "exact" if bare else numbers.words().vague_qualifier.get(prefix, "over")
            money = _vague_money(m.group("vague"), g)
            if m.group("vb"):
                value, value_max = _vague_range(m.group("vague"), m.group("vb"))
                qualifier = "range"
                money = money or _vague_money(m.group("vb"), g)
            spelled = False
            has_mult = True
        else:
            a = m.group("a")
            spelled = _is_spelled(a)
            if spelled and a[0].isupper() and not _sentence_start(text, start) and not _lost_sentence_start(text, start, start + len(a), g):
                continue  # "anh Mười", "Bốn chàng hiệp sĩ": a name or a title, not a number
            if spelled and a.split()[0].lower() in g.spelled_ambiguous:
                prev = text[max(0, start - 8):start].split()[-1:]
                if prev and (prev[0].lower() in g.noun_after or prev[0].isdigit()):
                    continue  # "hằng năm tổ chức", "sau 3 năm tổ chức": year, not five
                if prev and prev[0].lower() in g.spelled_word_before:
                    continue  # "ngã ba đường", "dăm ba bữa": the number word ends another word
            if spelled and a.split()[0].lower() == "năm" and (before and (
                    before[-1] in g.year_word_after or before[-1][:1].isdigit()) or _names_year(text, end, g)):
                continue  # "Hằng năm tổ chức", "5 năm chương trình", "Năm lớp 9": the year word, not five
            if spelled:
                toks = a.lower().split()
                keep = numbers.spelled_length(toks)
                if keep == 0:
                    continue
                if keep < len(toks) and not any(t in numbers.words().multipliers for t in toks[keep:]):
                    # "hai năm": only "hai" is the number
                    a = " ".join(a.split()[:keep])
                    end = start + len(a)
            if a.isdigit() and len(a) > 1 and a[0] == "0" and not (
                    len(a) == 2 and a != "00" and _known_unit_after(text, end, g)):
                continue  # phone numbers, lottery numbers, "07"; but "01 đồng chí", "08 quân nhân" count
            value, has_mult = numbers.parse_amount(a)
            if text[start - 1:start] == "/" and _rate_base_only(text, start, start + len(a), value):
                continue
            if m.group("of"):
                # "24/28 doanh nghiệp", "101/101 xã": a of b counted items is the figure a (guideline);
                # a date ("30/4"), a fraction of a whole ("2/3 giá trị") or a scale ("1/500") is not
                whole, _ = numbers.parse_amount(m.group("of"))
                # ("4/4 làng": all of a few counted items, every one of them, is no fraction either; dev7)
                # A blood pressure "110/70mmHg" is one reading of two values, the figure its first (units.toml)
                if spelled or has_mult or not (value <= whole and whole > MAX_FRACTION_DENOMINATOR
                                               or value == whole >= 2 or _few_of_few(text, m, value, whole, g)
                                               or g.pair_readings.match(text, m.end() - len(m.group("glued") or ""))) \
                        or ends_with(before, g.scale_before):
                    continue
            # thousands written as a word after digits, no noun after them, are money with "đồng" left
            # out as "triệu" is ("cái áo giá hơn 100 nghìn", "xấp tiền 500 nghìn": guideline dev8 part 2);
            # a vague "hàng nghìn" with no noun we know counts people or things
            money = any(w in g.money_multipliers or w in _THOUSANDS for w in a.lower().split())
            b = m.group("b") if end == m.end() else None
            if spelled and not b and value < g.spelled_min:
                continue  # "một" (one): _spelled_ok drops it below whatever noun follows
            if b:
                thousands_first = (m.group("pa") or "") in g.thousands_glued and numbers.parse_amount(b)[1]
                if thousands_first:
                    value, has_mult, money = value * 1000, True, True  # "500k - 1 triệu": the upper bound has its own
                elif _is_spelled(b) != spelled or m.group("pa") and (m.group("glued") or "").lower() != m.group("pa").lower():
                    # a unit glued to both bounds makes one range ("70%-75%", "từ 3W - 4W", "2kg-3kg": device
                    # specs of general news, dev9); one glued to the first bound only is no range
                    continue
                value_max, b_mult = numbers.parse_amount(b)
                if (not has_mult and not b_mult and a.isdigit() and _ONE_DOT_THOUSANDS.fullmatch(b)
                        and value * 1000 < value_max <= value * 1000 * MAX_SHORT_RANGE_RATIO):
                    # "20 - 21.000 đồng/kg", "13 - 16.000 đồng": the thousands written once, on the upper
                    # bound, as a multiplier is ("3-4 triệu"): 20000 to 21000 (gold dev10)
                    value *= 1000
                if b_mult and not has_mult:
                    # "3-4 triệu đồng", "2.000-5.000 tỷ": the multiplier applies to both ends, unless the lower
                    # bound, written in thousands, is whole already and would pass the upper one with it
                    # ("từ 200.000 đến 4 triệu đồng", "800.000-1,5 triệu"; gold dev14, dev18)
                    last = [w for w in b.lower().split() if w in numbers.words().multipliers][-1]
                    factor = numbers.words().multipliers[last]
                    decimal = _decimal_comma(a, value)
                    if decimal != value and decimal * factor < value_max:
                        # "36,230 – 36,430 triệu đồng/lượng", "3,485-3,53 triệu đồng/chỉ": the lower bound shares
                        # the upper one's multiplier, so its comma is the decimal mark as the upper one's is
                        # (numbers.parse_digits read "36,230" alone as English thousands); gold prices of the
                        # market and car news, five articles in 3,000 fresh baomoi ones (fig72)
                        value = decimal
                    shared = value * factor
                    value = value if 1000 <= value < value_max <= shared else shared
                money = money or any(w in g.money_multipliers or w in _THOUSANDS for w in b.lower().split())
                if value_max <= value:
                    continue  # "thắng 3-1", "6-2" dates: not a range
                qualifier = "range"
                if (not has_mult and not b_mult and not m.group("glued") and _YEAR.fullmatch(a)
                        and _YEAR.fullmatch(b) and _no_known_unit(text, end, g)):
                    continue  # "thẻ có thời hạn 2016-2020 cấp cho ...": a span of years, as a year alone below
            elif (not has_mult and not m.group("glued") and _FOUR_DIGITS.fullmatch(a)
                  and _YEAR.fullmatch(a)):
                if _no_known_unit(text, end, g):
                    continue  # a year
                if any(w[:1].isupper() for w in tail_words(window, 3, lower=False)) and not _sentence_start(text, start):
                    continue  # "Kỳ thi THPT Quốc gia 2017 đơn vị tỉnh ...": the year of a name before a noun
        glued = m.group("glued")
        if glued and glued.lower() in g.glued_lower_only and not glued.islower():
            continue  # "mạng 5G", "Vios 1.5G": a capital G is a generation or a trim, not grams
        if glued and glued.lower() in g.clock_glued and value_max is None and value < CLOCK_HOURS \
                and g.clock_day_part.match(text, end):
            continue  # "đã 9g sáng", "đến tận 9g tối": "g" (giờ) before a part of the day is a clock time
        if glued and glued.lower() in g.volume_glued and not (
                text.startswith("/", end) or any(w in nfc(window).lower() for w in g.volume_before)):
            continue  # "động cơ 2.2L", "Mazda 3 bản 1.5L": an engine's class names the model (gold dev8, dev12)
        if glued and glued.lower() in g.speed_glued:
            if not _PER_MINUTE.match(text, end):
                continue  # "220V": volts, no figure of ours
            unit, unit_end, num_end = g.speed_glued[glued.lower()], end, end - len(glued)  # "6.000v/ph": revolutions
        elif glued in g.thousands_glued:
            if (ends_with(before, g.thousands_not_after) or _after_name(text, start, window, before, g)
                    or class_end is not None and _CLASS_LIST_JOIN.fullmatch(text, class_end, start)):
                # "vàng 24k": a purity of gold; "độ phân giải 1040k": pixels; "Mauser 98k": a name; "vàng
                # 18k, 14k, 10k": the purities listed after the first (jewellery news of test13)
                class_end = end
                continue
            # "200k", "20 - 30k/kg": thousands of đồng in the slang of prices (guideline dev10, dev13)
            value, has_mult, money = value * 1000, True, True
            value_max = value_max * 1000 if value_max is not None else None
            unit, unit_end = find_unit(text, end, g)
            if isinstance(unit, Unsegmented):
                unit, unit_end = unit.settle()
            if unit not in g.units or unit in g.currencies:
                unit, unit_end = "đồng", end  # "160k lượt xem" counts views; anything else is the money
            num_end = end - len(glued)
        elif glued:
            kind, unit = g.unit_map.get(glued.lower(), ("unit", glued.lower()))
            unit_end = end
            num_end = end - len(glued)
            sup = _SUPERSCRIPT_LOST.match(text, end) if unit in ("m", "km") else None
            if sup:
                # "300m 2": the superscript of m2 lost in extraction, as after "300 m 2"
                unit, unit_end = unit + sup.group(1), sup.end()
        else:
            num_end = end
            unit, unit_end = find_unit(text, end, g, after_parent=before[-1:] != [] and before[-1] in g.parents)
            if unit is None and m.group("vague") and (marker := _NEXT_WORD.match(text, end)) \
                    and marker.group(1).lower() in numbers.words().vague_plural:
                # "hàng trăm các em nhỏ": a plural marker between a vague amount and its noun is skipped
                # (numbers.toml [vague] plural_markers); after a digit it stays no count ("2 các")
                unit, unit_end = find_unit(text, marker.end(), g)
                if unit in (None, REJECT):
                    unit, unit_end = None, end
        if isinstance(unit, Unsegmented):
            if spelled and _spelled_fails_anyway(a, value_max or value, unit, g):
                continue
            unit, unit_end = unit.settle()
        if unit == REJECT:
            continue
        if (unit in g.never_counted and not glued and not money and unit not in g.units
                and text[num_end:unit_end].strip().lower() == unit):
            # "từ ngày 1/2 bắt đầu ...", "hai bền", "tổng số 20-61 muốn": the number ends a date, a code
            # or a list and the word after it is a verb or an adjective that the news never counts (never
            # after "các", "những", "mỗi": never_counted.toml, from the unannotated baomoi news). A
            # classifier between them ("1 cuộc họp") counts the word, so the figure stays
            continue
        if g.digit_count.match(text, num_end):
            # "thu nhập 6 con số", "tay đấm kiếm 7/8/9 con số": the digits of an amount name its class
            # (guideline dev13 part 4, dev14 part 3), not a figure; the bare numbers listed before go too
            pending.clear()
            last_end = unit_end
            continue
        if not has_mult and not money and _fractional_people(m.group("a"), unit, g):
            continue  # "chỉ có 1,76 giáo viên/nhóm trẻ", "sinh 1,3 con": people do not come in parts, a ratio
        if (not has_mult and not money and value_max is None and _dotted_label(m.group("a"), unit, g)
                and g.dotted_label_before.search(text, max(0, start - 30), start)):
            continue  # "Động cơ 2.0 công suất ...", "BMW X1 2.0 phiên bản 2010": a model label, no amount
        if unit in g.decimal_measures and not has_mult:
            # "35,537 km/h": before a measure a comma is the decimal mark, also before three digits
            value = _decimal_comma(a, value)
            value_max = _decimal_comma(b, value_max) if value_max is not None else None
        if (money and unit and unit not in g.units and unit not in g.currencies and value_max is None
                and (nxt := _NEXT_WORD.match(text, num_end))
                and (_word_pos(unit if " " in unit else nxt.group(1), "N") in g.not_noun_after_money
                     or unit in g.never_counted)
                and not (found and found[-1].unit not in g.currencies
                         and not _SENTENCE_BREAK.search(text, found[-1].end, start))):
            # "chi vài trăm triệu lấy giải", "lương 5 triệu một mình tiêu hết", "sổ tiết kiệm 100 triệu coi
            # như ...": a verb, a numeral or an adverb after bare millions (underthesea's lexicon) counts
            # nothing; the money is in đồng, "đồng" left out (guideline dev2; dev13, dev14). After a count
            # of things in the sentence the lexicon's verb may be a noun of that count ("8 tháp với 2 triệu
            # ngăn lưu tro cốt": compartments; unannotated baomoi news, round 23), so the noun stays
            unit, unit_end = "đồng", num_end
        if ((money or _ZERO_ENDED_THOUSANDS.fullmatch(m.group("a") or "")) and unit and unit.split(" ")[0] in g.money_nouns
                and unit not in g.units):
            # "hơn 3 triệu tiền lương": money, "đồng" left out (units.toml); so are whole thousands written in
            # digits, "còn đúng 26.000 tiền lẻ", "cướp ... 500.000 tiền mặt" (guideline test18, dev2)
            unit, unit_end = "đồng", num_end
        if money and unit and " " in unit and unit.split(" ")[0] in g.currencies and unit not in g.units:
            # "35 triệu bảng tùy vào ...": after millions a currency word ends the unit, where a bound
            # noun alone ("37 bảng lương", units.toml [bound]) would take the next word with it
            head = unit.split(" ")[0]
            unit, unit_end = head, num_end + len(text[num_end:]) - len(text[num_end:].lstrip(" ")) + len(head)
        if unit in ("m", "km") and (sup := _SUPERSCRIPT_LOST.match(text, unit_end)):
            # "700.000 m 3 nước": "m" read as a plain word before the lost superscript
            unit, unit_end = unit + sup.group(1), sup.end()
        if glued and (square := _SQUARE_WORD.match(text, unit_end)) and f"{unit} vuông" in g.unit_map:
            # "2km vuông": a glued measure with "vuông" written out, the unit as written apart (units.toml)
            unit, unit_end = g.unit_map[f"{unit} vuông"][1], square.end()
        # ("từ một đến hai xã": a range of spelled numbers is no article "một"; test5)
        if value == 1 and value_max is None and found and _PER_ONE.fullmatch(text, found[-1].end, start):
            continue  # "không quá 3 người trên 1 chỉ tiêu": the base of a rate right after its count (guideline)
        if spelled and unit is None and value >= 2 and value_max is None and _part_of_sized_set(text, num_end, value, g):
            # "thắng năm trong sáu trận đấu": the set, with its size, names the noun of the part (dev17).
            # With no size ("Iran và Trung Quốc, hai trong số các nước ...") a spelled part mostly points
            # back to things just named (unannotated baomoi news, round 27), so it stays no figure
            spelled = False
        if spelled and unit is None and value_max is None and _spelled_neighbour_after(text, num_end, value):
            pending.append((start, num_end, value, None, qualifier, has_mult))
            continue  # "ba, bốn lần": the first of two neighbours, kept with the noun of the second
        # (only spelled numbers and a digit 2 are read as pairs pointing back: the others skip the look)
        listed = (spelled or m.group("a") == "2") and _items_named(text, unit, unit_end, before, g)
        kin = _kin_by_sex(text, unit_end, unit, g) or listed
        written = nfc(text[num_end:unit_end].strip(" " + OPEN_QUOTES)).lower()
        after_object_word = bool(spelled and before) and _word_pos(before[-1]) in g.open_after_pos
        if spelled and before and before[-1] in g.back_before and _word_pos(written) == "V":
            # "Cả ba quyết định đến ...", "cả hai đi": all of them, the subject of a verb, no noun counted; read
            # here, before the spelled-number rules, since the verb may be a unit too ("quyết định"), which
            # _not_counted keeps as a count (not_figures.toml [pointing_back] pronoun_before_pos)
            continue
        if (spelled and not _spelled_ok(a, value_max or value, unit, g, kin=kin, written=written, listed=listed,
                                        after_object_word=after_object_word)
                or g.long_idioms.match(text, start)):
            continue
        if m.group("a") == "2" and not m.group("b") and unit in g.not_after_two and not kin and not (
                found and found[-1].unit == unit and _LIST_PART.fullmatch(text, found[-1].end, start)):
            # ("gồm 9 đội trong nước và 2 đội nước ngoài": the last part of a count listed, no pair; dev10)
            continue  # "2 bên", "2 nước": the digit points back to two named parties as "hai" does
        if (unit is None and money and (cur := _NEXT_WORD.match(text, num_end)) and cur.group(1)[:1].isupper()
                and (currency := nfc(cur.group(1)).lower()) in g.foreign_currencies):
            # "MU sắp bỏ ra 75 triệu Bảng", "giá 18 triệu Bảng": after millions a foreign currency written
            # with a capital is that money, not a name that leaves the millions in đồng (sport news of 3,000
            # fresh baomoi articles of fig74; 12 fresh articles write "triệu Bảng"). Not "Đồng": "5 triệu Đồng
            # Nai" names a place, and the millions are đồng anyway
            unit, unit_end = currency, cur.end(1)
        elif unit is None and money and (prev := _unit_of_previous_count(text, found, start, m.group(), g)):
            # "đón 40 triệu lượt khách/năm, và tăng trưởng lên tới 45 - 50 triệu": millions with no noun
            # after a count of millions in the sentence go on counting it, not money (gold test7)
            unit, unit_end = prev, num_end
        elif unit is None and money:
            unit, unit_end = "đồng", num_end
        elif (unit is None and m.group("a") and _ZERO_ENDED_THOUSANDS.fullmatch(m.group("b") or m.group("a"))
              and _PRICE_BASE.match(text, num_end)):
            # "(5.000/ vé)", "phí 1.000/ người đi bộ", "trả 26.000/kg": whole thousands before the base of a
            # price are money with "đồng" left out (guideline test19 fares, dev2), the base dropped as in
            # "10 đến 12 nghìn đồng/kg"
            unit, unit_end = "đồng", num_end
        elif (not glued and unit not in g.units and unit not in g.currencies
              and _BILLIONS.search(text, start, num_end) and unit not in ("người", "hộ")
              and unit not in g.level_units):
            # "12,1 ngàn tỷ chia cho ...": billions of a noun we do not know are money with "đồng" left
            # out (guideline test4); billions of people or known things keep their noun, and so do
            # billions of a measure: "sản xuất khoảng 2,6 tỷ lít quy ra sữa tươi" (fresh baomoi news of
            # fig74; 5 fresh articles of the corpus write "tỷ lít", each read as money)
            unit, unit_end = "đồng", num_end
        if (unit is None and value >= 2 and value_max is None and before and before[-1] in g.set_copulas
                and _part_of_sized_set(text, num_end, value, g)):
            # "CDU và CSU là 2 trong số 3 đảng": the named things placed in a set; its size is the figure.
            # With no size ("A, B, C là 3 trong số những ứng dụng ...") the part is the only count (test10)
            continue
        if unit is None and value >= 2 and value_max is None and (part := _part_of_set(text, num_end, value, g)):
            # "2 trong 3 nạn nhân", "77 trong tổng số 108 trưởng thôn", "5 trong số những kẻ tấn công": a
            # part of a set is one figure, value a, with the set's noun; the set's size is no figure of its
            # own (guideline test5, dev9). "1 trong 20 công dân" (one of) counts the set instead.
            unit, unit_end = part
            found.append(RawFigure(value, None, unit, qualifier, start, unit_end, text[start:unit_end]))
            last_end = unit_end
            continue
        if unit is None and value_max is None and (part_of := _breakdown_of(text, start, num_end, found)):
            unit = part_of  # "380 chỉ tiêu (Anh: 210, Pháp: 35)": the parts of a count share its noun (dev8)
        if unit is None:
            from_table = _table_unit(text, start, num_end, g)
            if from_table:
                unit, factor = from_table
                value *= factor
                value_max = value_max * factor if value_max is not None else None
            elif not _TO_BETWEEN.match(text, num_end) and not g.joiner.match(text, num_end):
                unit = _label_unit(text, start, value, g) or _exchange_rate_unit(text, start, value, g)
            unit_end = num_end
        if unit is None:
            pending.append((start, num_end, value, value_max, qualifier, has_mult))
            continue
        if unit in g.ratio_units and (any(w in g.ratio_verbs for w in before[-2:]) or _change_from(text, pending, start, g)
                                      or g.ratio_clause.search(text, max(0, start - 80), start)
                                      or g.ratio_of.match(text, unit_end)):
            # ("vượt giới hạn cho phép đối với nước mặt từ 30 lần": exceeding a limit N times, a ratio;
            # "từ 1,5 lên 2 lần": a ratio changed, guideline dev7)
            continue  # "tăng 7 lần"
        if _on_schedule(text, start, unit, unit_end, value, rate_period, window, g):
            continue
        if ((before and before[-1] in g.dose_verbs or len(before) >= 2 and before[-1] == "từ" and before[-2] in g.dose_verbs)
                and not g.measure_after.match(text, num_end)
                and g.dose_period.search(text, _clause_start(text, start), start)):
            continue  # "Ngày 3 lần, mỗi lần uống 1 viên", "mỗi ngày uống 4-8 gói": a dose counted, a schedule (guideline dev12)
        if _points_back(text, _Read(start, num_end, unit, unit_end, value, value_max, spelled, before), found,
                        seen, g, known_names):
            continue
        if class_end is not None and unit in g.listed_class_units and _CLASS_LIST_JOIN.fullmatch(text, class_end, start):
            # "xe 2 cửa và 4 cửa", "city-car hai cửa, hai chỗ", "bản 2.5L, 1 cầu": a spec listed right after
            # a class is one more class of the same thing (guideline test5, dev12, dev14), not a count
            class_end = unit_end
            continue
        if unit in g.seat_units and _after_class_noun(before, g.vehicles, g):
            class_end = unit_end
            continue  # "đỗ xe từ 4 – 16 chỗ": the size of the vehicles, not a count (guideline test4)
        if unit in g.pitch_units and value in g.pitch_sizes and _after_class_noun(before, g.pitches, g):
            continue  # "sân 7 người", "bóng đá 11 người": the format of a pitch or a game, not players counted
        if not spelled and value_max is None and f"{m.group('a')} {unit}" in g.digit_idioms:
            continue  # "cơ bụng 6 múi", "nghe bằng 2 tai": the idioms of [spelled] idioms written with a digit
        if value == 1 and value_max is None and qualifier == "exact" and _one_per_item(text, start, num_end, unit, g):
            continue  # "mỗi phòng thi đều có 1 cán bộ": one per item, a rate (guideline test6 p2)
        if _crew_per_item(text, start, num_end, unit, g):
            continue  # "mỗi đội sẽ có 3 thành viên": a crew per item, a rate (guideline dev14 p1)
        if g.quoted_name.search(text, max(0, start - MAX_QUOTED_NAME - 30), start):
            continue  # "chương trình “1 hộp sữa, 1 viên gạch”": part of a programme's name (contract: names)
        if g.generic_item.search(text, max(0, start - MAX_CLAUSE_REACH), start):
            continue  # "Một thuyền thông thường có 4 người": what a generic item has, a rate (guideline dev11 p3, test14)
        if _per_unit_made(text, start, unit_end, value, g):
            continue  # "cần 20 kỹ thuật viên để hoàn thành 1 chiếc xe": what one unit takes (guideline test17)
        if value == 1 and value_max is None and not spelled and unit in g.one_idioms:
            continue  # "sống 1 mình", "chết đi 1 nửa": "một mình" (alone), "một nửa" (half) written with a digit
        if (value == 1 and value_max is None and not spelled and unit in g.one_idioms_before_adjective
                and _adjective_after(text, unit_end)):
            continue  # "1 cách mạnh mẽ", "1 lượng lớn": the adverbial "một cách", the determiner "một lượng"
        if (value == 1 and value_max is None and not spelled and unit in g.one_idioms_before_no_noun
                and _next_word_pos(text, unit_end, "N") not in g.one_idioms_noun_tags):
            continue  # "nghỉ 1 lát rồi xuống": "một lát" (a moment), where "1 lát gừng" counts slices
        if unit in g.margin_units and ends_with(before, g.margin_before):
            continue  # "thắng lợi cách biệt 2 bàn": a match's margin, its score in words (guideline dev11)
        if unit in g.rank_units and ends_with(before, g.rank_before):
            continue  # "tăng 11 bậc trên bảng xếp hạng": a move in a ranking, a rank (guideline: ranks)
        if unit in g.edition_units and _NAMED_AFTER.match(text, unit_end):
            continue  # "Mega 6/45 kỳ QSMT 132", "3 kỳ 5": an edition named by a code, not editions counted
        if unit in g.body_parts and (value_max or value) <= g.body_max:
            continue  # "bấm 1 ngón", "chấn thương 2 đầu gối": parts of one body, no counts (guideline test10)
        if (value == g.vital_value and value_max is None and unit in g.vital_units
                and g.vital_after.match(text, unit_end)):
            continue  # "khoe 3 vòng nóng bỏng", "3 vòng 86-60-90": one body's measurements (guideline test8, test16)
        if value == 1 and value_max is None and not has_mult and (
                g.one_base_after.match(text, unit_end)
                or text[:start].rstrip().endswith("(") and g.one_base_bracketed.match(text, unit_end)):
            continue  # "(1 bitcoin tương đương khoảng 1.800 USD)": the base of an exchange rate, no count (fig65)
        if (unit in g.variant_units and (variant := g.variant_label.search(window))
                and (variant.group(1) or "").lower() not in g.variant_not_after):
            continue  # "xe khách loại 16 chỗ ngồi", "hạng 50 kg": the number names a variant or a class, no amount
        if unit in g.class_always or unit in g.class_units and g.class_before.search(window):
            class_end = unit_end
            continue  # "hộp số tự động 6 cấp", "động cơ 3 xi-lanh": the class of a gearbox, an engine (dev8, test8)
        if (unit in g.threshold_units and g.threshold_before.search(window)
                and not _AFTER_QUALIFIER.match(text, unit_end)):
            # ("tàu thuyền có công suất lớn từ 300 CV trở lên" is the level itself, a figure: guideline test6, dev7)
            # "tàu cá công suất dưới 90 CV khai thác ven bờ", "chung cư dưới 10 tầng": a bound measure
            # after a noun names a class of it (guideline dev9 part 1, dev10), not a quantity
            continue
        if (money and value_max is None and (_AFTER_QUALIFIER.match(text, unit_end) or _BAND_UPPER.search(text, 0, start))
                and g.money_threshold_before.search(text, max(0, start - 120), start)):
            # "các tổ chức có vốn chủ sở hữu từ 1.000 tỷ đồng trở lên", "... từ 300 tỷ đồng trở lên đến dưới
            # 1.000 tỷ đồng": a band of a rule or a table (test12, dev16), no money anyone holds
            continue
        if g.rule_class_after.match(text, unit_end) and ends_with(before, g.rule_bounds):
            continue  # "dưới 10 tỉ đồng đối với các tỉnh miền núi": a rule's threshold for a class (test14)
        if unit in g.model_class_units and g.model_class_before.search(window):
            continue  # "những mẫu laptop 13 inch": the class compared with (guideline test17)
        if unit in g.grade_units and ends_with(before, g.grade_nouns, longest=4):
            continue  # "cồn 70 độ", "nước muối NaCl 0,9%": the grade of a product (guideline test17), no quantity
        if (unit in g.node_units and g.process.search(text, max(0, start - 80), start)
                and not (g.torque.search(text, max(0, start - 80), start) or g.torque.search(text, unit_end, unit_end + 30))):
            continue  # "quy trình 10 Nm": a chip's process node, a class; "mô-men xoắn 400 Nm" is a torque (dev8)
        if (unit in g.elevation_units and (g.elevation_before.search(window) or g.elevation_after.match(text, unit_end))
                and not g.water_level.search(text, max(_clause_start(text, start), start - 80), start)):
            continue  # "cao độ dương 12,4m", "trên 1.000m so với mực nước biển": an elevation, a position (dev6 A)
        if (before[-1:] == ["từ"] and g.band_upper_after.match(text, unit_end)
                or g.band_upper_before.search(text, max(0, start - 80), start)
                or band_end is not None and g.band_alternative.fullmatch(text, band_end, start)):
            # "gây thiệt hại từ 5 triệu đồng đến dưới 50 triệu đồng hoặc dưới 5 triệu đồng nhưng ...": a
            # half-open band of a statute and its alternative pick the clause (guideline test17, dev19 p3)
            band_end = unit_end
            continue
        in_money = money or unit == "đồng" or unit in g.currencies
        if in_money and g.price_class_before.search(window):
            continue  # "smartphone tầm trung (giá dưới 6 triệu)": a segment's price class (guideline test15, test17)
        if in_money and g.case_value_before.search(text, max(0, start - 120), start):
            continue  # "trong trường hợp giá trị hàng hóa vi phạm đến 5.000.000 đồng": a case of the rule (dev19 p3)
        if unit in g.score_units and _is_score(text, start, unit_end, value, value_max, before, g):
            scores_seen = True
            continue  # "dẫn đầu bảng với 4 điểm", "đạt 0,5 điểm": a score (contract), not sites counted
        if unit and unit.partition(" ")[0] in g.score_units and unit.partition(" ")[2] in g.score_verbs:
            scores_seen = True
            continue  # "25 điểm giành được", "cùng 8 điểm xếp trên Georgia": points won, no site's verb
        if unit == "độ" and value == g.turn_value and value_max is None and ends_with(before, g.turn_before):
            continue  # "khác biệt 180 độ", "thay đổi 180 độ": the idiom of a complete reversal, no angle measured
        if unit == "độ" and g.scale_after.match(text, unit_end):
            continue  # "động đất mạnh 7,1 độ Richter": a magnitude, a level on a scale (guideline)
        if unit == "độ" and (g.position_after.match(text, unit_end) or ends_with(before, g.position_before)):
            continue  # "08 độ 00’N", "19 độ vĩ bắc", "hướng 310 độ": a position (guideline), not a temperature
        if unit in g.address_places and value >= 2 and value_max is None and _one_place_named(text, unit, unit_end, g):
            continue  # "Anh Nguyễn Sa La, 53 ấp Phú Hiệp": a house number in an address, no places counted
        if unit in g.penalty_units and value == g.penalty_distance and ends_with(before, g.penalty_before):
            continue  # "trên chấm 11m", "cướp 2 quả 11m": the penalty spot or kick named, no length measured
        if (unit == "%" and value == g.certainty_value and value_max is None
                and ((nxt := _NEXT_WORD.match(text, unit_end)) and nfc(nxt.group(1)).lower() in g.certainty_after
                     or _pos_at(text, unit_end, clean=True) in g.certainty_after_pos)):
            continue  # "100% không phải là mẫu đàn ông", "100% xứng đáng": certainly, no share of anything
        if unit == "%" and value >= g.certainty_value and value_max is None and g.certainty_effort.match(text, unit_end):
            continue  # "chơi hết 100% sức lực", "hết 500% năng lượng": all one's strength, a figure of speech
        if value_max is None and not has_mult:
            value, unit_end = _half_after(text, unit_end, value)
        qualifier, text_start = _hedged(window, before, start, qualifier, g)
        if qualifier == "over" and (_difference(text, before, unit, unit_end, g) or _on(before, unit, g)):
            qualifier, text_start = "exact", start
        if value_max is None and (part := _out_of(text, pending, start, value)):
            value, text_start, qualifier = *part, "exact"
        if (pending and value_max is None and pending[-1][3] is None
                and _COMMA_ONLY.fullmatch(text, pending[-1][1], start)
                and (unit.startswith("độ") or _next_value(pending[-1], value, m))):
            # "khoảng 13, 14 độ C", "bị bắt ba, bốn lần", "lương 6, 7 triệu": one amount hedged over
            # two values, the first one kept with the qualifier written before it (guideline test4,
            # dev12 p2, test12, test14); a list of other values ("5, 10 và 20 người") is one figure each
            p_start, _, value, _, _, p_mult = pending.pop()
            value *= 1 if p_mult else _trailing_multiplier(m.group("a"))
            p_window = text[max(0, p_start - 40):p_start]
            p_before = tail_words(p_window)
            q = ends_with(p_before, g.qualifier_map) if p_before and p_before[-1] in g.qualifier_last else None
            qualifier, text_start = (g.qualifier_map[q], _phrase_start(p_window, q, p_start)) \
                if q and g.qualifier_map[q] != "exact" else ("exact", p_start)
        _join_pending(text, m, unit, unit_end, pending, found, g)
        pending.clear()
        if qualifier == "exact":
            # "từ 20 lao động trở lên" (or more) / "trở xuống" (or less), written after the noun
            after = _AFTER_QUALIFIER.match(text, unit_end)
            size = before[-1:] == ["từ"] and ends_with(before[:-1], g.size_before) or ends_with(before, g.size_before)
            if size and (after or _PER_THEN_BOUND.match(text, unit_end)):
                # "có quy mô 5ha/vùng trở lên", "quy mô từ 20 ha/vùng trở lên": the size an area must have
                # to be supported, a criterion of the rule, not a figure (gold test7)
                last_end = unit_end
                continue
            if after and before and before[-1] == "từ" and unit not in g.level_units:
                # "đơn vị có từ 20 lao động trở lên", "có từ 3 nhân khẩu trở lên": the threshold of
                # a rule, like an age limit, not a count (guideline, splits test3 and test4)
                last_end = unit_end
                continue
            if (after and before and before[-1] == "từ"
                    and (g.level_condition_then.match(text, after.end())
                         or g.level_condition.search(text, _clause_start(text, start), start))):
                # "Nếu nhiệt độ từ 37 độ C trở lên, tinh trùng sẽ chết", "bị suy giảm khả năng lao động từ
                # 5% trở lên thì ...", "cho người bị suy giảm ... từ 81% trở lên": a level in a condition or
                # a criterion picking people is a threshold, not a figure (guideline test10, dev14 part 3)
                last_end = unit_end
                continue
            if (after and before[-1:] != ["từ"] and value_max is None and not money
                    and unit not in g.level_units and unit not in g.decimal_measures and unit not in g.currencies
                    and not _HAS_DIGIT.search(text, unit_end, after.end())
                    and not (before and before[-1] in g.or_more_fact_before)):
                # (a number between the noun and "trở lên" is the one bounded: "1 con cá trắm đen từ 3 vổ trở lên")
                # "đến khám tại 4 cơ sở khám chữa bệnh trở lên", "các môn học đạt 9 điểm trở lên": a count
                # with "or more" after its noun and no "từ" is a threshold that picks cases, like "từ 20 lao
                # động trở lên" (guideline test3, test17; 11 of the 12 such counts in the tuning splits are
                # not annotated). Money, measures and shares stay levels ("80% trở lên số chi bộ", dev7), and
                # a count right after "có" states what a body has ("Hội có 30 hội viên trở lên", over)
                last_end = unit_end
                continue
            # ("đạt từ 10% trở lên", "công suất từ 300 CV trở lên": the level itself, exact; dev7, dev8)
            if after and before[-1:] != ["từ"]:
                qualifier = "over" if after.group(1).lower() == "lên" else "under"
        # the figure as written: qualifier word, number, unit (gold guidelines)
        found.append(RawFigure(value, value_max, unit, qualifier, text_start, unit_end, text[text_start:unit_end]))
        last_end = unit_end
    # a number with hundreds of digits overflows to inf: not a reported figure, and inf/nan
    # would break the strict JSON of the API and the exports
    found = [f for f in found if math.isfinite(f.value) and (f.value_max is None or math.isfinite(f.value_max))]
    # "với mức giá 0 đồng" (free), "0 ca mắc mới": a zero reports that nothing was counted; no tuning
    # split's gold has a figure of value 0 (dev7, dev8 had five spurious ones; guideline dev8 part 2)
    # "0-100 km/h" (an acceleration benchmark, a name of a test) starts at zero as well
    found = [f for f in found if f.value != 0]
    if scores_seen:
        # a text that gives points somewhere gives points with every bare "điểm": "nhận thêm 6 điểm
        # thưởng ... có 5.645 điểm.", "Cần Thơ (8 điểm) ... Long An chỉ 5 điểm." (tennis rankings,
        # league tables and TV contests of unannotated general news, round 17); sites keep their noun
        # ("393 điểm sạt lở") and a bare count of sites comes in texts with no points
        found = [f for f in found if not (f.unit in g.score_units and _bare_points(text, f.end, g))]
    found = _money_named_again(found, g)
    found += _heights(text, found, g)
    found = _stat_rows(text, found, g)
    found.sort(key=lambda f: f.start)
    return _repeated_unit_ranges(text, found)


# a row of a two-sided statistics table: "15(6) Sút khung thành 13(1)", "2,3 Đường chuyền quan trọng/trận
# 1,5", "63% Thời gian kiểm soát bóng 37%" (tables.toml [comparison]); the label starts with a capital
# and goes on in lower case, "/trận" (per match) is dropped
_STAT_NUMBER = r"\d+(?:,\d+)?%?(?:\((?P<{0}b>\d+)\))?"
_STAT_ROW = re.compile(
    rf"(?<![\w.,/])(?P<l>{_STAT_NUMBER.format('l')})[ ]+(?P<label>[^\W\d_]+(?:[ ]+[^\W\d_]+)*)(?:[ ]?/[ ]?[^\W\d_]+)?"
    rf"[ ]+(?P<r>{_STAT_NUMBER.format('r')})(?![\w.,/%(])")
MAX_STAT_LABEL_WORDS = 5


def _stat_label(label: str) -> bool:
    words = label.split()
    return len(words) <= MAX_STAT_LABEL_WORDS and words[0][0].isupper() and all(w[0].islower() for w in words[1:])


def _stat_runs(text: str, cfg: dict) -> list[list[re.Match]]:
    """The runs of table rows (at least min_rows, nothing but spaces between them) right after a heading."""
    runs, run = [], []
    for m in _STAT_ROW.finditer(text):
        if _stat_label(m.group("label")) and run and not text[run[-1].end():m.start()].strip():
            run.append(m)
            continue
        if len(run) >= cfg["min_rows"]:
            runs.append(run)
        run = [m] if _stat_label(m.group("label")) else []
    if len(run) >= cfg["min_rows"]:
        runs.append(run)
    headings = re.compile(rf"(?<!\w)(?:{_alt(cfg['headings'])})(?!\w)\D{{0,{cfg['max_gap']}}}$", re.IGNORECASE)
    return [run for run in runs if headings.search(text, max(0, run[0].start() - cfg["max_gap"] - 20), run[0].start())]


def _stat_rows(text: str, found: list[RawFigure], g: Grammar) -> list[RawFigure]:
    """Every number of a statistics table's row is a figure of the row label's head (guideline test9,
    test12): "7 Phạm lỗi 11" -> "7 Phạm lỗi" and "11", unit "phạm lỗi"; "78 Cơ hội tạo ra 47" -> unit
    "cơ hội" (the verb phrase dropped). The unit finder gives the head when it knows a compound
    ("đường chuyền quan trọng" -> "đường chuyền"); a label it cuts to one syllable ("Sút khung thành",
    "Cứu thua") has no head to split and stays whole. A label of time ("Phút thi đấu") gives no figure,
    and percentages are figures of the main pass already. The text is the number and the label's head
    when the label follows it, else the bare number (a bracketed count, the right-hand side)."""
    cfg = load("tables")["comparison"]
    lower = text.lower()
    if not any(h in lower for h in cfg["headings"]):
        return found
    runs = _stat_runs(text, cfg)
    out = []
    for m in (m for run in runs for m in run):
        label = m.group("label")
        if m.group("l").endswith("%") or m.group("r").endswith("%"):
            continue
        unit, end = unit_at(label.lower() + " ", 0, g)
        if unit == REJECT:
            continue  # "3643 Phút thi đấu 2685": a time played, no count
        if unit is None or " " not in unit and " " in label:
            unit, end = label.lower(), len(label)
        for group in ("l", "lb", "r", "rb"):
            if m.group(group) is None:
                continue
            number = m.group(group).split("(")[0]
            start = m.start(group)
            stop = m.start("label") + end if group == "l" and not m.group("lb") else start + len(number)
            out.append(RawFigure(numbers.parse_amount(number)[0], None, unit, "exact", start, stop, text[start:stop]))
    if not out:
        return found
    spans = [(run[0].start(), run[-1].end()) for run in runs]
    kept = [f for f in found if f.unit == "%" or not any(a <= f.start < b for a, b in spans)]
    return kept + [f for f in out if f.value != 0]


# a height written with the metre between its digits: "cao 1m55", "Cầu thủ 1m59", "1m67" (gold dev9,
# dev10, dev11: showbiz and sport news give people's heights so) -> 1.55 m; the main pattern stops at
# a letter glued between digits, so these were lost. Metres then centimetres below a hundred only;
# one digit after the "m" is tenths ("chưa được 1m5", "chiều cao 1m8": 1.5 m, gold dev13), but not a
# 2 or a 3, which glued to "m" write an area or a volume far more often ("vỏn vẹn 3m2", "8m3 gỗ")
_HEIGHT = re.compile(r"(?<![\w.,/-])(\d)m(\d{2}|[4-9])(?![\w.,/-]\w|\w)")


def _heights(text: str, found: list[RawFigure], g: Grammar) -> list[RawFigure]:
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in _HEIGHT.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        start, qualifier = m.start(), "exact"
        before = tail_words(text[max(0, start - 30):start], 2)
        for n in (2, 1):
            word = " ".join(before[-n:])
            if len(before) >= n and word in g.qualifier_map:
                qualifier = g.qualifier_map[word]
                start = text.lower().rindex(word, 0, start)
                break
        value = float(f"{m.group(1)}.{m.group(2)}")
        out.append(RawFigure(value, None, "m", qualifier, start, m.end(), text[start:m.end()]))
    return out


_FROM_BEFORE = re.compile(r"(?<!\w)từ[ ]+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"(?:[ ]*/[ ]*\w+)?[ ]+(?:đến|tới)[ ]+", re.IGNORECASE)
# between the two bounds of a range with its unit written twice: "đến"/"tới", or a dash as in a range
# written with the unit once ("từ 2,4 GB - 11GB", test15; guideline "16 – 18 tiêu chí" is a range)
_TO_OR_DASH_BETWEEN = re.compile(r"(?:[ ]*/[ ]*\w+)?(?:[ ]+(?:đến|tới)[ ]+|[ ]*[-–][ ]*)", re.IGNORECASE)


def _money_named_again(found: list[RawFigure], g: Grammar) -> list[RawFigure]:
    """A bare amount of millions or billions is in đồng, "đồng" left out (guideline dev2), unless the
    document gives that very amount in one foreign currency elsewhere and never in đồng: then it names
    that money again, "5 triệu NDT (16 tỉ đồng) ... cải chính con số 2,4 triệu chứ không phải 5 triệu",
    "giá 120 triệu euro ... Pogba giá 120 triệu" (a repeat of value and unit, guideline Repeats; gold
    test19, a fresh baomoi sample of fig72). _unit_of_previous_count reads a bare amount after a foreign
    one in its own sentence; this reads it anywhere in the text."""
    def bare(f: RawFigure) -> bool:
        return f.unit == "đồng" and f.text.split()[-1].lower() in g.money_multipliers

    foreign: dict[tuple[float, float | None], set[str]] = {}
    for f in found:
        if f.unit in g.foreign_currencies:
            foreign.setdefault((f.value, f.value_max), set()).add(f.unit)
    if not foreign:
        return found
    in_dong = {(f.value, f.value_max) for f in found if f.unit == "đồng" and not bare(f)}
    out = []
    for f in found:
        key = (f.value, f.value_max)
        if bare(f) and len(foreign.get(key, ())) == 1 and key not in in_dong:
            f = RawFigure(f.value, f.value_max, next(iter(foreign[key])), f.qualifier, f.start, f.end, f.text)
        out.append(f)
    return out


def _repeated_unit_ranges(text: str, found: list[RawFigure]) -> list[RawFigure]:
    """"từ 10% đến 15%", "từ 0,5%/năm đến 1,5%/năm", "từ 3 ha đến 5 ha", "từ 2,4 GB - 11GB": a range with its unit
    written on both bounds is one range figure (guideline: "từ 10 triệu đến 15 triệu đồng"). So is
    one hedged by "khoảng" ("khoảng 28.000 đồng đến 54.000 đồng": guideline test8, as "khoảng 200 đến
    350" in test3): the leading word stays in the text, the qualifier is `range`."""
    out: list[RawFigure] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.qualifier in ("exact", "about") and f.qualifier == "exact"
                and prev.value_max is None and f.value_max is None and prev.unit == f.unit and f.value > prev.value
                and _TO_OR_DASH_BETWEEN.fullmatch(text, prev.end, f.start)):
            opened = _FROM_BEFORE.search(text, max(0, prev.start - 6), prev.start)
            if opened or prev.qualifier == "about":
                start = opened.start() if opened else prev.start
                out[-1] = RawFigure(prev.value, f.value, f.unit, "range", start, f.end, text[start:f.end])
                continue
        out.append(f)
    return out


_COUNT_LABEL = re.compile(r"\b(?:tổng\s+)?số\s+(?:lượng\s+)?", re.IGNORECASE)
_CELL_NUMBER = re.compile(r"\s*[\d.,]+\s*")


def _table_unit(text: str, start: int, end: int, g: Grammar) -> tuple[str, float] | None:
    """A number alone in a table cell ("Buổi nói chuyện | buổi | 412 |") takes its unit from the
    row: the "đơn vị tính" cell before it (with its multiplier: "triệu đồng | 1.240"), else the
    row label ("Số hội viên | 7.384"). Returns (unit, factor) or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if "|" not in line:
        return None
    cells = line.split("|")
    # which cell holds the number, and is it alone there?
    offset = line_start
    index = None
    for i, cell in enumerate(cells):
        if offset <= start < offset + len(cell) + 1:
            index = i
            break
        offset += len(cell) + 1
    if index is None or not _CELL_NUMBER.fullmatch(cells[index]):
        return None
    for cell in reversed(cells[1:index]):
        unit = _unit_cell(cell.strip(), g)
        if unit:
            return unit
        if cell.strip():
            break
    label = cells[0]
    count = None
    for count in _COUNT_LABEL.finditer(label):
        pass
    if count is None:
        unit, _ = unit_at(label, 0, g)
        return (unit, 1.0) if unit in g.units else None
    unit, _ = unit_at(label, count.end(), g)
    return None if unit in (None, REJECT) else (unit, 1.0)


_LABEL_END = re.compile(r"[ ]*(?:\)[ ]*)?(?:là|:)[ ]*$", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"\d{1,2}[.)][ ]")
MAX_LABEL_VALUE = 1e6  # a larger bare number after "Số ...:" is more likely a code ("Số tài khoản: 1234567")


def _label_unit(text: str, start: int, value: float, g: Grammar) -> str | None:
    """A bare number after a label of its count, in the same clause: "số doanh nghiệp đăng ký mới là
    20.000", "số đơn vị nợ khó đòi (giải thể, ...) là 134", "Tổng số bài thi: 2" (gold dev5, dev8, test5;
    guideline: the noun of a heading is the unit, the text the bare number). The unit is the noun after
    "số": a noun of units.toml or of two syllables or more."""
    window = text[max(0, start - 160):start]
    end = _LABEL_END.search(window)
    if value >= MAX_LABEL_VALUE or not end:
        return None
    if ":" in end.group() and _LIST_NUMBER.match(text, start):
        return None  # "một số biện pháp sau: 1. Hạn chế ...": list numbering after a colon
    window = window[:end.start()]
    cut = max(window.rfind(c) for c in ".;!?\n:")  # the label of this number, not of an earlier one
    label = None
    for label in g.label.finditer(window, cut + 1):
        pass
    if label is None:
        return None
    unit, _ = unit_at(window, label.end(), g)
    if unit in (None, REJECT) or unit not in g.units and " " not in unit or unit in g.not_before \
            or unit in g.label_not_counts:
        return None  # ("Số điện thoại là 113", "Số nhà: 15": a number naming one thing)
    return unit


def _exchange_rate_unit(text: str, start: int, value: float, g: Grammar) -> str | None:
    """"đồng" for a bare amount of thousands in a sentence about the exchange rate ("tỷ giá trung tâm
    VND/USD ... lên mức 23,076"): the price of a dollar in đồng, "đồng" left out (units.toml [money_nouns]
    exchange_rate). Small numbers there are changes or shares written with their own unit."""
    if value < MIN_EXCHANGE_RATE:
        return None
    sentence = max(text.rfind(c, 0, start) for c in ".;!?\n") + 1
    return "đồng" if g.exchange_rate.search(text, sentence, start) else None


def _unit_cell(cell: str, g: Grammar) -> tuple[str, float] | None:
    """'triệu đồng' -> ('đồng', 1e6); 'người' -> ('người', 1); '%' -> ('%', 1); else None."""
    if not cell or len(cell) > 30:
        return None
    factor = 1.0
    words = cell.split()
    multipliers = numbers.words().multipliers
    while words and words[0].lower() in multipliers:
        factor *= multipliers[words.pop(0).lower()]
    if not words:
        return ("đồng", factor) if factor >= 1e6 else None
    rest = " ".join(words)
    if rest == "%":
        return "%", factor
    m = g.unit.fullmatch(rest)
    if m:
        kind, unit = g.unit_map[rest.lower()]
        return None if kind == "reject" else (unit, factor)
    if len(words) <= 2 and all(w.isalpha() and w.islower() for w in words):
        return rest, factor
    return None
