"""Organisations: known names and abbreviations (extract/data/organizations.toml), then the
level word and place written after them ("Hội LHPN tỉnh Long An"), plus a cautious generic
rule for other bodies ("Sở Y tế", "Bộ Công an")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extract.places import LOWER, NAME, UPPER, abroad, inside, named_at, provinces
from extract import trie
from extract.resources import load, lower_same_length, lower_set, nfc
from extract.vi import dictionary_words, first_word, pos_lexicon
from ingest.legacy import is_syllable

LEVEL_IDS = ("trung_uong", "quan_khu", "tinh", "huyen", "xa")


# the kind of a listed name that is not annotated (a military hospital): its words are taken, no body added
OUT_OF_SCOPE = "out_of_scope"


@dataclass(slots=True)
class FoundOrg:
    name: str
    canonical: str
    kind: str
    level: str | None
    place: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entry:
    canonical: str
    kind: str
    level: str | None
    # "BHXH" names the body only with a level word (one of these level ids) or a place after it
    needs_level: tuple[str, ...] = ()
    # (org34) a unit's words that longer names hold too ("Cảnh sát PCCC" in "Cục Cảnh sát PCCC"): read only where
    # no head word stands right before them
    alone: bool = False


# separators written between the parts of a sector name: "Giáo dục và Đào tạo", "Giáo dục - Đào tạo",
# "Giáo dục, Đào tạo", "Giáo dục đào tạo", "Kế hoạch & Đầu tư" all name the same body
# "Sở Văn hóa- Thể thao": a dash glued to one side only is as common as either symmetric spelling
# (test12 cut it to "Sở Văn hóa"), so it is a separator too
_SEPARATOR = re.compile(r" và | - | – |- | -|– | –|-|–|, | & ")
_SEPARATORS = (" và ", " - ", " – ", "- ", " -", "– ", " –", "-", "–", ", ", " & ", " ")


def _variants(form: str) -> set[str]:
    # "Ủy"/"Uỷ" (and lower case) spellings are all in use
    out = {nfc(form)}
    if form.startswith("Ban Chỉ đạo ") and not form.startswith("Ban Chỉ đạo về "):
        # "Ban Chỉ đạo về các giải pháp ...": a steering committee's remit may open with "về" (about)
        out.add(nfc("Ban Chỉ đạo về " + form[len("Ban Chỉ đạo "):]))
    for a, b in (("Ủy", "Uỷ"), ("ủy", "uỷ")):
        out |= {v.replace(a, nfc(b)) for v in list(out)}
    return out | {v for form in out for v in _separator_variants(form)}


def _separator_variants(form: str) -> set[str]:
    """The form with each separator between its parts written every other usual way."""
    parts = _SEPARATOR.split(form)
    if len(parts) == 1 or len(parts) > 4:
        return set()
    out = {""}
    for i, part in enumerate(parts):
        joins = _SEPARATORS if i else ("",)
        out = {o + j + part for o in out for j in joins}
    return out


_ABBR_FORM = re.compile(r"(.+) ([A-ZĐ]{3,})")


def _split_abbreviations(form: str, canonical: str) -> set[str]:
    """(org37) "Ban TĐKT" written "Ban TĐ-KT": an abbreviation whose letters are the initials of the
    canonical name's parts ("Thi đua - Khen thưởng") is also written with a hyphen or dash between the
    parts' initials; the other spellings of the same form."""
    m = _ABBR_FORM.fullmatch(form)
    if not m or not canonical.startswith(m.group(1) + " "):
        return set()
    parts = _SEPARATOR.split(canonical[len(m.group(1)) + 1:])
    initials = ["".join(w[:1].upper() for w in part.split()) for part in parts]
    if len(parts) < 2 or "".join(initials) != m.group(2) or min(map(len, initials)) < 2:
        return set()
    return {f"{m.group(1)} {sep.join(initials)}" for sep in ("-", "–", " - ")}


def _abbreviated_variants(form: str, word_abbr: dict[str, str]) -> set[str]:
    """(org40) "Liên đoàn LS", "Đoàn LS TP.HCM", "Liên minh HTX": a listed name written with the abbreviation
    of some words after its head ([generic.name_abbr]: "LS" = "Luật sư"); the name is the listed one, so
    each such abbreviation stands in for its words (never for the head: "Hội ..." stays "Hội")."""
    out = set()
    for abbr, words in word_abbr.items():
        m = re.search(rf"(?<=\w )({re.escape(words)})(?!\w)", form, re.IGNORECASE)
        if m:
            out.add(form[:m.start(1)] + abbr + form[m.end(1):])
    return out


def _service_institutes(orgs: list[dict], table: dict, by_form: dict[str, Entry]) -> None:
    """Forms of the army's institutes named by their service ("Viện Kỹ thuật PK-KQ" -> "Viện Kỹ thuật
    Phòng không - Không quân"): each head of [generic.service_institutes] before each written form of a
    service (an [[org]] whose canonical opens with a service head), canonical with the service's name;
    the service's hospitals ("Viện Y học Hải quân") are out of scope, their words taken."""
    service_heads = tuple(nfc(h) for h in table.get("service_heads", ()))

    def service(name: str) -> str | None:
        return next((name[len(h):] for h in service_heads if name.startswith(h)), None)

    for org in orgs:
        own = service(nfc(org["canonical"]))
        if own is None:
            continue
        written = {own} | {s for f in org.get("forms", []) if (s := service(nfc(f)))}
        for head, kind in [(h, "military") for h in table.get("heads", ())] + \
                [(h, OUT_OF_SCOPE) for h in table.get("hospitals", ())]:
            entry = Entry(nfc(f"{head} {own}"), kind, None)
            for form in written:
                for v in _variants(f"{head} {form}"):
                    by_form.setdefault(v.lower(), entry)


# the heads a sector's bodies take, by the [generic.sectors] table that lists it: a ministry and provincial
# departments ("Bộ Y tế", "Sở Y tế"); departments only ("Sở Văn hóa và Thể thao" of the big cities); district
# offices ("Phòng Tài nguyên và Môi trường")
_SECTOR_HEADS = {"names": (("Sở", "tinh"), ("Bộ", "trung_uong")), "province_only": (("Sở", "tinh"),),
                 "district": (("Phòng", "huyen"),)}


def _sector_bodies(sectors: list[tuple[str, str, tuple[tuple[str, str], ...]]]) -> list[tuple[str, Entry]]:
    """(written form, entry) of each body a sector has: for each (sector as written, full sector name,
    heads and their levels), the head before the written sector, canonical with the full sector name."""
    return [(nfc(f"{head} {written}"), Entry(nfc(f"{head} {sector}"), "government", level))
            for written, sector, heads in sectors for head, level in heads]


def _needed_levels(value: bool | list[str] | None) -> tuple[str, ...]:
    """[[org]] needs_level: true (any level word) or the level ids whose words name the body (org32: "ủy
    ban xã" is the commune's people's committee, "Ủy ban Trung ương" no level of it)."""
    return LEVEL_IDS if value is True else tuple(value or ())


def _words(*keys: str) -> tuple[str, ...]:
    """The word list at organizations.toml `keys` ("context", "hamlet_words"), NFC, as written; empty
    when the list is absent."""
    table = load("organizations")
    for key in keys[:-1]:
        table = table.get(key, {})
    return tuple(nfc(w) for w in table.get(keys[-1], []))


def _alt(items) -> str:
    # longest first, ties in text order: the same pattern under every string-hash seed
    return "|".join(re.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


def _plural_determiners(capitalised: bool = False) -> str:
    """[generic] plural_determiners ("các", "những") as one alternation; with `capitalised`, each also
    written with a capital, as where it opens a sentence ("Các Bộ trưởng ...")."""
    words = _words("generic", "plural_determiners")
    return _alt(words + tuple(w[:1].upper() + w[1:] for w in words) if capitalised else words)


@dataclass(frozen=True, slots=True)
class OrgGrammar:
    forms: re.Pattern  # case-insensitive full names
    abbrs: re.Pattern  # case-sensitive abbreviations
    by_form: dict[str, Entry]  # lower-cased form -> entry
    by_abbr: dict[str, Entry]
    lower_ok: frozenset[str]
    regexes: re.Pattern  # all `regex` forms in one pattern; group r<i> -> regex_entries[i]
    regex_entries: list[Entry]
    not_after: frozenset[str]
    not_after_compounds: frozenset[str]  # words ending in a not_after word that are no scheme or title
    scheme_after: re.Pattern  # words right after a name that make it a scheme ("Chính phủ điện tử")
    level: re.Pattern
    level_map: dict[str, str]
    place: re.Pattern
    number: re.Pattern
    generic: re.Pattern
    generic_long: re.Pattern
    generic_longer: re.Pattern
    defined: re.Pattern  # a head and words spelled out before their abbreviation in brackets
    titled: re.Pattern  # a head right after a title, its words in lower case ("Cục trưởng Cục khám chữa bệnh")
    generic_kinds: dict[str, str]
    surnames: frozenset[str]
    not_place_words: frozenset[str]
    not_names: tuple[str, ...]
    clause_words: frozenset[str]
    stop_words: frozenset[str]
    foreign_after: re.Pattern  # a foreign country right after a name: a foreign body
    foreign_in: re.Pattern  # a foreign country inside the words that follow a generic name
    foreign_word: re.Pattern  # a foreign country inside a generic name
    case_ok: frozenset[str]  # forms that may open with a lower-case level word, as written
    abbr_not_near: dict[str, frozenset[str]]  # abbreviation -> neighbour words giving it another sense
    steering: "Steering"
    place_words: tuple[str, ...]  # words for kinds of places: a head right after them opens a place name
    former_after: re.Pattern  # words after a name saying the body no longer exists ("khi đó", "(cũ)")
    renamed_after: re.Pattern  # words after a name giving the body's name now ("(nay là"): the body was renamed
    foreign_names: frozenset[str]  # foreign countries and regions as written ("Hàn Quốc", "Châu Âu")
    person_tail: re.Pattern  # a person's name (surname + 2-3 capitalised syllables, then perhaps a verb) ending a generic name
    needs_level_heads: frozenset[str]  # generic heads naming a body only with a level, place or national word
    title_words: frozenset[str]  # capitalised words opening a person's title ("Trưởng", "Phó", "Chủ")
    lower_sector: re.Pattern  # a department head and its sector in lower case ("Tổng cục du lịch")
    defunct: re.Pattern  # bodies that no longer exist: not annotated, their words taken
    person_start: re.Pattern  # a surname and 1-2 capitalised syllables ending a name, the person going on after it
    scheme_exempt: frozenset[str]  # canonical names never read as a scheme after "tham gia", "chế độ" ...
    departments: frozenset[str]  # generic heads of a department, dropped when its parent is named after it
    police_departments: tuple[str, ...]  # generic names of a police department: the force ("Công an")
    lower_after: tuple[str, ...]  # titles after which a lower-case party committee names the body
    sector_list: re.Pattern  # "các bộ: " / "các Sở " opening a list of sectors
    sector_item: re.Pattern  # one sector of such a list, lower-cased, with the separator after it
    sector_by_form: dict[str, str]  # lower-cased sector or sector abbreviation -> full sector name
    lower_local: re.Pattern  # an association or fund in lower case before its level word ("Quỹ hỗ trợ ngư dân tỉnh")
    bare_heads: frozenset[str]  # lower-cased bare forms ("mặt trận"): another body when a capitalised name goes on


@dataclass(frozen=True, slots=True)
class Steering:
    """Steering committees named by their remit (organizations.toml [generic.steering])."""
    head: re.Pattern
    word: re.Pattern
    max_words: int
    drop_after_head: tuple[str, ...]
    stop: frozenset[str]
    keep_and_before: tuple[str, ...]
    abbr: dict[str, str]
    compounds: tuple[str, ...]
    qualifiers: tuple[str, ...]
    not_first: frozenset[str]
    numbered: frozenset[str]  # words after which a number belongs to the remit ("Đề án 896")
    verbs_after: tuple[str, ...]  # verbs that end a remit after a comma ("..., chủ trì Hội nghị")
    stop_phrases: tuple[str, ...]  # phrases that end a remit ("nhà nước")
    not_alone: frozenset[str]  # remits that are a verb of the sentence when alone ("xây dựng")


# a remit in quotes after a steering committee's head, opening with a capital: a title
_QUOTED_REMIT = re.compile(rf'[ ]*[“"]([{UPPER}][^”"\n]{{2,150}}?)[”"]')


def _steering(data: dict) -> Steering:
    st = data.get("generic", {}).get("steering", {})
    return Steering(
        # (org33) a head written in lower case opens a name only before a quoted remit ([generic.steering] quoted_heads)
        head=re.compile(rf"(?<!\w)(?:{_alt(st.get('heads', [])) or '(?!x)x'}|(?:{_alt(st.get('quoted_heads', [])) or '(?!x)x'})"
                        rf"(?={_QUOTED_REMIT.pattern}))(?!\w)"),
        # one word of the remit: letters (an abbreviation may hold "&"), after one space or ", "
        word=re.compile(r"(,?[ ]+)([^\W\d_][\w&]*)"),
        max_words=int(st.get("max_words", 8)),
        drop_after_head=tuple(sorted((nfc(w) for w in st.get("drop_after_head", [])), key=len, reverse=True)),
        stop=frozenset(nfc(w) for w in st.get("stop", [])),
        keep_and_before=tuple(nfc(w) for w in st.get("keep_and_before", [])),
        abbr={nfc(k): nfc(v) for k, v in st.get("abbr", {}).items()},
        compounds=tuple(nfc(w) for w in st.get("compounds", [])),
        qualifiers=tuple(nfc(w) for w in st.get("qualifiers", [])),
        not_first=frozenset(nfc(w) for w in st.get("not_first", [])),
        numbered=frozenset(nfc(w) for w in st.get("numbered", [])),
        verbs_after=tuple(nfc(w) for w in st.get("verbs_after", [])),
        stop_phrases=tuple(nfc(w) for w in st.get("stop_phrases", [])),
        not_alone=lower_set(st.get("not_alone", [])),
    )


@cache
def grammar() -> OrgGrammar:
    data = load("organizations")
    by_form: dict[str, Entry] = {}
    by_abbr: dict[str, Entry] = {}
    lower_ok: set[str] = set()
    case_ok: set[str] = set()
    regex_sources: list[str] = []
    regex_entries: list[Entry] = []
    word_abbr = {nfc(k): nfc(v) for k, v in data.get("generic", {}).get("name_abbr", {}).items()}
    for org in data["org"]:
        entry = Entry(nfc(org["canonical"]), org["kind"], org.get("level"), _needed_levels(org.get("needs_level")),
                      org.get("alone", False))
        for form in org.get("forms", []) + org.get("lower_ok", []):
            for v in _variants(form) | _split_abbreviations(nfc(form), entry.canonical):
                by_form.setdefault(v.lower(), entry)
        for form in org.get("forms", []):
            for v in _abbreviated_variants(nfc(form), word_abbr):
                by_form.setdefault(v.lower(), entry)
        lower_ok |= {nfc(f).lower() for f in org.get("lower_ok", [])}
        for form in org.get("case_ok", []):  # matched lower-cased, kept only when written exactly so
            by_form.setdefault(nfc(form).lower(), entry)
            case_ok.add(nfc(form))
        for form in org.get("abbr", []):
            by_abbr.setdefault(nfc(form), entry)
            if len(form) >= 3:  # "UBNDTP", "LĐLĐTP": the city level glued to the abbreviation
                by_abbr.setdefault(nfc(form) + "TP", Entry(entry.canonical, entry.kind, "tinh"))
        for source in org.get("regex", []):  # noqa: B007
            regex_sources.append(f"(?P<r{len(regex_entries)}>{nfc(source)})")
            regex_entries.append(entry)
    level_map = {nfc(k): v for k, v in load("levels")["words"].items()}
    generic = load("organizations").get("generic", {})
    _service_institutes(data["org"], generic.get("service_institutes", {}), by_form)
    for unit, arm in ((u, a) for u in generic.get("unit_types", []) for a in generic.get("unit_arms", [])):
        # (org37) "Sư đoàn Không quân 370" -> "Sư đoàn Không quân": type and arm without the number; (org38) the arm
        # in lower case too ("Lữ đoàn pháo binh 490", fresh baomoi text), one body with the capitalised name
        regex_sources.append(rf"(?P<r{len(regex_entries)}>{re.escape(nfc(unit))} (?:{re.escape(nfc(arm))}|{re.escape(nfc(arm).lower())}) \d+)")
        regex_entries.append(Entry(f"{nfc(unit)} {nfc(arm)}", "military", None))
    for unit in generic.get("numbered_units", []):  # "Hải đội 4" -> "Hải đội": the type without its number
        regex_sources.append(rf"(?P<r{len(regex_entries)}>{re.escape(nfc(unit))} \d+)")
        regex_entries.append(Entry(nfc(unit), "military", None))
    sectors = generic.get("sectors", {})
    # "Sở GTVT", "Bộ TN&MT", "Phòng TNMT": written abbreviations of the sectors, canonical with the full
    # sector name (the district offices only for their own sectors; "Sở VH-TT" is of the city's table)
    district = {nfc(x) for x in sectors.get("district", [])}
    abbreviated = ((abbr, sector, _SECTOR_HEADS[listed] + (_SECTOR_HEADS["district"] if nfc(sector) in district else ()))
                   for table, listed in (("sector_abbr", "names"), ("province_abbr", "province_only"))
                   for abbr, sector in generic.get(table, {}).items())
    for form, entry in _sector_bodies([(s, s, heads) for table, heads in _SECTOR_HEADS.items()
                                       for s in sectors.get(table, [])] + list(abbreviated)):
        for v in _variants(form):
            by_form.setdefault(v.lower(), entry)
    # "các bộ: Giao thông vận tải, Ngoại giao, ...", "các Sở KH-ĐT, Xây dựng, TN-MT": one body per sector
    sector_by_form: dict[str, str] = {}
    for written, sector in [(s, s) for s in sectors.get("names", [])] + list(generic.get("sector_abbr", {}).items()):
        for v in _variants(written):
            sector_by_form.setdefault(v.lower(), nfc(sector))
    heads = generic.get("heads", {})
    lower_word = rf"[{LOWER}]\w*"
    stop = _alt(generic.get("stop", []))
    # "Hàng không", "Hàng hải": a capitalised word and a syllable that is a stop word elsewhere
    compounds = _alt(nfc(c) for c in generic.get("compounds", [])) or "(?!x)x"
    # two lower-case syllables, the second a stop word elsewhere, read as one ("Quản lý đô thị")
    lower_compounds = _alt(nfc(c) for c in generic.get("lower_compounds", [])) or "(?!x)x"
    # a capitalised word, optionally one lower-case syllable ("Y tế", "Công an"), joined by và / , / -
    levels = _alt(list(level_map) + generic.get("title_words", []))
    # a capitalised word of two letters or more (not a level word such as "TP"), then at most
    # one lower-case syllable ("Y tế", "Công an"); parts join with "và", "-" or "," only
    # a capitalised word (not a level or title word such as "TP", "Chủ"), then up to two lower-case
    # syllables that are not function words ("Y tế", "Chống tham nhũng"); spaces only, never a newline
    def generic_pattern(lower_max: int, parts: int = 4) -> re.Pattern:
        part = (rf"(?:(?:{compounds})(?!\w)|(?!(?:{levels})(?!\w))[{UPPER}]\w*(?![.&\w]))"
                rf"(?:[ ]+(?:(?:{lower_compounds})(?!\w)|(?!(?:{stop})(?!\w)){lower_word})){{0,{lower_max}}}")
        # parts join with "và", a space or a spaced dash ("Phòng Tài chính - Kế hoạch", "Hội Hồi sức - Cấp cứu");
        # a head word opens another name, (org37) unless it opens a compound ("Chi cục Đê điều và Phòng chống lụt bão")
        return re.compile(
            rf"(?<!\w)({_alt(heads)})[ ]+({part}(?:(?:[ ]+và[ ]+|[ ]+[-–][ ]+|[ ]+)"
            rf"(?!(?!(?:{compounds})(?!\w))(?:{_alt(heads)})(?!\w)){part}){{0,{parts - 1}}})"
        ) if heads else re.compile(r"(?!x)x")
    # foreign countries and international bodies: what a name of theirs ends with
    places = load("places")["foreign"]
    # (a name transliterated syllable by syllable, "U-crai-na", "Cu-ba", is foreign: Vietnamese places
    # joined by a hyphen capitalise each part, "Thừa Thiên-Huế")
    translit = rf"[{UPPER}][{LOWER}]*(?:-[{LOWER}]+)+"
    foreign = _alt([nfc(n) for n in places["names"]] + generic.get("international", []))
    international = _alt(generic.get("international", [])) + "|" + translit
    # a few words further on, names that are also ordinary words or given names ("Lê Thị Nga") do not count
    ambiguous = {nfc(n) for n in places.get("ambiguous", [])}
    # (org40) places of ours whose names hold "quốc tế" ("Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai"): the body serves
    # an international border gate or airport, it is no international body ([generic] international_places)
    gate_places = _alt(nfc(w) for w in generic.get("international_places", [])) or "(?!x)x"
    foreign_far = _alt([nfc(n) for n in places["names"] if nfc(n) not in ambiguous] + generic.get("international", []))
    context = data.get("context", {})
    return OrgGrammar(
        # forms are matched on lower-cased text; both as prefix tries (extract/trie.py) for speed
        forms=re.compile(rf"(?<![\w&-])(?:{trie.pattern(by_form)})(?![\w&])"),
        abbrs=re.compile(rf"(?<![\w&-])(?:{trie.pattern(by_abbr)})(?![\w&])"),
        by_form=by_form,
        by_abbr=by_abbr,
        lower_ok=frozenset(lower_ok),
        # one pass over the text for every regex form (a pass per form cost ~1 ms per article)
        # (every regex form opens with a capital, "[Bb]an" or (org27) "hải quan": the lookahead skips the
        # other positions fast)
        regexes=re.compile(rf"(?<!\w)(?=[{UPPER}bh])(?:{'|'.join(regex_sources) or '(?!x)x'})(?!\w)"),
        regex_entries=regex_entries,
        not_after=lower_set(data.get("context", {}).get("not_after", [])),
        not_after_compounds=lower_set(data.get("context", {}).get("not_after_compounds", [])),
        scheme_after=re.compile(rf"[ ]+(?:{_alt(nfc(w) for w in context.get('scheme_after', [])) or '(?!x)x'})(?!\w)"),
        # (org38) not the first word of a party committee written in lower case ("Trưởng ban Tổ chức | huyện ủy
        # Chư Sê"): that is a body of its own, not the level of the name before it
        level=re.compile(rf"\s+({_alt(level_map)})(?!\w)(?!\.\w)(?![ ]+(?:ủy|uỷ)(?!\w))"),
        level_map=level_map,
        place=re.compile(rf"\s+({NAME}|TP\.?\s?HCM|TP\.? Hồ Chí Minh)(?!\w)"),
        number=re.compile(r"\s*(\d{1,3})(?!\w)"),
        generic=generic_pattern(2),
        # "Cục Xúc tiến thương mại", "Tổng cục Thể dục thể thao": three lower-case syllables in a
        # part, taken only when the name ends at punctuation, a level word or a place (GENERIC_END);
        # mid-sentence the third syllable is as often the verb ("Tổng cục Hải quan triển khai")
        generic_long=generic_pattern(3),
        # one capitalised word and four lower-case syllables ("Hội Bảo trợ bệnh nhân nghèo"), only right
        # before punctuation
        generic_longer=generic_pattern(4, parts=1),
        defined=re.compile(rf"(?<!\w)({_alt(heads)})[ ]+([{UPPER}]\w*(?:[ ]+(?:[-–]|[^\W\d_]+)){{1,12}}?)[ ]*\(([A-ZĐ][A-ZĐ&.-]+)\)")
        if heads else re.compile(r"(?!x)x"),
        # after a title the words that follow a head are its name even in lower case: "Cục trưởng Cục
        # khám chữa bệnh", "Chủ tịch Nghiệp đoàn vệ sinh dân lập Quận 5" (the head's own title, "<head>
        # trưởng", or one of [generic] titled_by)
        titled=re.compile(
            rf"(?<!\w)(?:{_alt([nfc(t) for t in generic.get('titled_by', [])] + [f'{h} trưởng' for h in heads])})[ ]+"
            rf"({_alt(heads)})[ ]+((?:[{LOWER}]\w*)(?:[ ]+[{LOWER}]\w*){{0,4}})") if heads else re.compile(r"(?!x)x"),
        generic_kinds=heads,
        surnames=frozenset(load("people")["surnames"]["words"]),
        not_place_words=frozenset(load("places").get("not_place_words", {}).get("words", [])),
        not_names=tuple(nfc(n) for n in generic.get("not_names", [])),
        clause_words=frozenset(nfc(w) for w in generic.get("clause_words", [])),
        stop_words=frozenset(nfc(w) for w in generic.get("stop", [])) | frozenset(level_map),
        # "Bộ Quốc phòng Mỹ", "Quốc hội (Lào)", "Bộ Chỉ huy châu Âu của Mỹ"
        # (a country name that opens a longer proper name is a Vietnamese place: "Lào Cai", "Đức Thọ")
        # ("Trung ương Đảng Cộng sản Trung Quốc": the party's name runs on to its country)
        # ("Bộ các Lực lượng vũ trang Cách mạng Cu-ba": one or two capitalised words may come between;
        # "Bộ Ngoại giao nước này": the country just named; "Quỹ Tiền tệ Quốc tế IMF": an international
        # word needs no guard against a longer Vietnamese place name)
        # (past words in between, only a country that is not also a word or given name: "Lê Thị Nga")
        # ("Chính phủ và Nhân dân nước Cộng hòa Cuba": the people and the republic's long name between;
        # "Bộ Quốc phòng ở thủ đô Seoul": a capital other than Hà Nội)
        # ("Ủy ban Quân lực thuộc Hạ viện Mỹ", "Ủy ban Đối ngoại (thuộc Đại hội đồng ...)": the body it
        # belongs to, named after "thuộc", is as foreign as a country after "của"; round 18)
        # (org35) after "Cộng hòa" the country needs no guard against a longer place name of ours: "Chính phủ
        # Cộng hòa Belarus Vladimir Semashko" (its official's name follows)
        foreign_after=re.compile(rf"[ ]*(?:(?:\([ ]*(?:thuộc[ ]+)?|(?:của|thuộc)[ ]+)?(?:(?:Đảng[ ]+)?[Cc]ộng sản[ ]+|(?:và[ ]+)?[Nn]hân dân[ ]+)?"
                                 rf"(?:nước[ ]+)?(?:(?:Cộng hòa|Cộng hoà|CHDCND|CHND)(?:[ ]+(?:Dân chủ|Nhân dân|Xã hội chủ nghĩa|Hồi giáo|Liên bang))*[ ]+"
                                 rf"(?:{foreign})(?!\w)"
                                 rf"|(?:{foreign})(?!\w)(?![ -]+[{UPPER}])|(?:{international})(?!\w))"
                                 rf"|(?:ở|tại)[ ]+thủ đô[ ]+(?!Hà Nội)[{UPPER}]"
                                 rf"|(?!(?i:{gate_places})(?!\w))[{UPPER}]\w*(?:[ ]+[{UPPER}]\w*|[ ]+[{LOWER}]\w*)?[ ]+"
                                 rf"(?:(?:{foreign_far})(?!\w)(?![ -]+[{UPPER}])|(?:{international})(?!\w))"
                                 rf"|(?:{_alt(nfc(w) for w in generic.get('foreign_after', [])) or '(?!x)x'})(?!\w))"),
        title_words=frozenset(nfc(w) for w in generic.get("title_words", [])),
        needs_level_heads=frozenset(nfc(w) for w in generic.get("needs_level_heads", [])),
        # (the head in lower case too, kept only after its own title: "Chi cục trưởng chi cục thủy sản")
        lower_sector=re.compile(rf"(?<!\w)({_alt([nfc(h) for h in generic.get('lower_sector_heads', [])] + [nfc(h).lower() for h in generic.get('lower_sector_heads', [])]) or '(?!x)x'})"
                                rf"[ ]+({_alt(nfc(w) for w in generic.get('lower_sectors', [])) or '(?!x)x'})(?!\w)"),
        defunct=re.compile(rf"(?<!\w)(?:{_alt(nfc(n) for n in generic.get('defunct', [])) or '(?!x)x'})(?!\w)"),
        # "Bộ Việc làm và Lao động Hàn Quốc", "Hội Truyền máu quốc tế": up to six words, no punctuation
        foreign_in=re.compile(rf"(?:[ ]+[\w&-]+){{0,5}}?[ ]+(?:{foreign_far})(?!\w)(?![ -]+[{UPPER}])"),
        foreign_word=re.compile(rf"(?<!\w)(?:(?:{foreign})(?!\w)(?![ ]+[{UPPER}]|-[{UPPER}])|(?:{international})(?!\w))"),
        case_ok=frozenset(case_ok),
        abbr_not_near={nfc(k): frozenset(nfc(w) for w in v) for k, v in context.get("abbr_not_near", {}).items()},
        steering=_steering(data),
        foreign_names=frozenset(nfc(n) for n in places["names"]),
        place_words=tuple(nfc(w) for w in generic.get("place_words", [])),
        former_after=re.compile(rf"[ ]*(?:{_alt(nfc(w) for w in generic.get('former_after', [])) or '(?!x)x'})(?!\w)"),
        renamed_after=re.compile(rf"[ ]*(?:{_alt(nfc(w) for w in generic.get('renamed_after', [])) or '(?!x)x'})(?=[ ])"),
        # (the surnames grouped: ungrouped, only the last alternative carried the 2-3 given names, and
        # which surname was last depended on the string-hash seed, so silver labels changed run to run)
        # (lower-case syllables may follow the person: the verb a part took in, "... Lê Thị Nga trình bày")
        person_start=re.compile(rf"[ ]+(?=(?:{_alt(load('people')['surnames']['words'])})(?:[ ]+[{UPPER}]\w*){{0,2}}$)"),
        person_tail=re.compile(rf"[ ]+(?=(?:{_alt(load('people')['surnames']['words'])})(?:[ ]+[{UPPER}]\w*){{2,3}}"
                               rf"(?:[ ]+[{LOWER}]\w*)*$)"),
        scheme_exempt=frozenset(nfc(n) for n in context.get("scheme_exempt", [])),
        departments=frozenset(nfc(h) for h in generic.get("departments", [])),
        sector_list=re.compile(rf"(?<!\w)(?:{_plural_determiners(capitalised=True)})[ ]+(Bộ|bộ|Sở|sở)(?:[ ]*:)?[ ]+"),
        sector_item=re.compile(rf"({_alt(sector_by_form)})(?![\w&-])(?:[ ]*(?:,|và|;)[ ]*)?"),
        sector_by_form=sector_by_form,
        lower_after=tuple(nfc(w) for w in context.get("lower_after", [])),
        police_departments=tuple(nfc(w) for w in generic.get("police_departments", [])),
        bare_heads=lower_set(generic.get("bare_heads", [])),
        lower_local=re.compile(rf"(?<!\w)({_alt(nfc(h) for h in generic.get('lower_local_heads', [])) or '(?!x)x'})"
                               rf"[ ]+([{LOWER}]\w*(?:[ ]+[{LOWER}]\w*){{1,4}}?)(?=[ ]+(?:tỉnh|huyện|thành phố|TP|quận|thị xã|xã|phường"
                               rf"|{_alt(nfc(w) for w in generic.get('home_regions', [])) or '(?!x)x'})(?!\w)|[ ]+[{UPPER}])"),
    )


def _extend(text: str, end: int, entry_level: str | None, g: OrgGrammar, province_starts: dict[int, tuple[int, str]],
            allow_bare_place: bool) -> tuple[int, str | None, str | None]:
    """Level word and place after a name: returns (new end, level, place)."""
    level = entry_level
    place = None
    m = g.level.match(text, end)
    had_level = False
    if m:
        level = g.level_map[m.group(1)]
        end = m.end()
        had_level = True
    m = g.place.match(text, end)
    if m and (had_level or allow_bare_place):
        start = m.start(1)
        if start in province_starts:
            p_end, canonical = province_starts[start]
            return p_end, level, canonical
        words = m.group(1).split()
        if words[0] in g.surnames and len(words) >= 3:
            return end, level, None  # "Chủ tịch UBND tỉnh Nguyễn Văn A": a person, not a place
        if had_level:
            words = words[:3]
            if len(words) == 3 and words[2] in g.surnames:
                words = words[:2]  # "tỉnh Lào Cai Lê Văn A": the place ends before the person
            if words[0] in g.not_place_words:
                return end, level, None  # "Công đoàn TP Ảnh: ..." (a photo caption follows)
            return start + len(" ".join(words)), level, " ".join(words)
        # without a level word only a known province counts ("Hội LHPN Hà Nội")
    return end, level, place


def _after_scheme_word(text: str, start: int, g: OrgGrammar) -> bool:
    """'chế độ BHXH', 'Mái ấm Công đoàn': the name follows a word that makes it a scheme."""
    words = text[max(0, start - 20):start].lower().split()
    if not words or not text[start - 1:start].isspace():
        return False
    # ("Cơ quan Tình báo Bộ Quốc phòng": "báo" closing a compound word is no newspaper)
    return any(" ".join(words[-n:]) in g.not_after and " ".join(words[-n - 1:]) not in g.not_after_compounds
               for n in (1, 2, 3))  # "nhà xuất bản Quân đội nhân dân"


_ABBR_LETTERS = re.compile(r"[&\-.]")


def _abbreviated_tail(text: str, head: str, words: list[str], abbr: str) -> str | None:
    """The abbreviation in brackets after a spelled-out name stands for all its words after the head, or
    (org25) for its last words only when the text also writes the name with them abbreviated ("Hội Bảo trợ
    Người khuyết tật - trẻ mồ côi và bệnh nhân nghèo (NKT-TMC&BNN)" ... "Hội Bảo trợ NKT-TMC&BNN"): the
    name then runs on through a dash and lower-case words, as the brackets show. Returns the name as
    written with its abbreviation (the later mentions), or None when the letters do not match."""
    letters = _ABBR_LETTERS.sub("", abbr)
    if _initials(words) == letters:
        return f"{head} {abbr}"
    return next((short for k in range(1, len(words) - 1)
                 if _initials(words[k:]) == letters and (short := f"{head} {' '.join(words[:k])} {abbr}") in text), None)


def _initials(words: list[str]) -> str:
    """'Thi hành án dân sự' -> 'THADS' (the "và" of a sector is not written: "TN&MT")."""
    return "".join(_initial(w) for w in words if w not in ("và", "-", "–"))


_CLOSED = re.compile(r"[ ]*(?:[,.;:()\"“”]|\n|$)")  # punctuation that ends a name (not a dash: "Hồi sức - Cấp cứu")
_ABBR_GLUED_ON = re.compile(r"[-–&][A-ZĐ]")  # "Cục PT|-TH": the abbreviation goes on past a hyphen
_DASH_GOES_ON = re.compile(rf"[ ]*[-–][ ]*[{UPPER}]")  # "Hội hữu nghị Việt Nam - Campuchia"
_DOCUMENT_CODE = re.compile(r"/\d")  # read backwards: a digit then "/" right before the abbreviation
_CAPITAL_WORD = re.compile(rf"[ ]+(?:[{UPPER}]|\d)")


# (org27) "các cấp" (at every level) is a plural level too: "ủy ban nhân dân các cấp" names the
# people's committees (guideline dev16 p4, as dev10 "các cấp công đoàn")
_LEVEL_PLURAL = re.compile(rf"[ ]+(?:(địa phương|các cấp)(?!\w)|(?:{_plural_determiners()})(?=[ ]+\w))")


def _context_words(key: str) -> str:
    """The words of organizations.toml [context] `key` as one regex alternation (one that never
    matches when the list is empty)."""
    return _alt(_words("context", key)) or "(?!x)x"


def _words_before(words: str) -> re.Pattern:
    """One of `words` (an alternation) in any case, right before the end of the span searched."""
    return re.compile(rf"(?<!\w)(?:{words})[ ]+$", re.IGNORECASE)


@cache
def _singular_bodies() -> tuple[frozenset[str], re.Pattern]:
    return (frozenset(_words("context", "singular_bodies")),
            _words_before(_context_words("not_after_singular")))


@cache
def _career_before() -> re.Pattern:
    return _words_before(_context_words("career_before"))


def _career_setting(text: str, org: "FoundOrg", kind: str) -> bool:
    """'rèn luyện trong môi trường Hải quân': a military service, bare (no level or place after it),
    after a word of setting ([context] career_before) is a career, not the body (dev15)."""
    return (kind == "military" and org.level is None and org.place is None
            and bool(_career_before().search(text, max(0, org.start - 16), org.start)))


def _generic_plural(text: str, start: int, canonical: str) -> bool:
    """'các Chính phủ', 'tổ chức phi Chính phủ': a body a country has one of, after a plural or
    negating word ([context] singular_bodies, not_after_singular), is the generic noun."""
    bodies, before = _singular_bodies()
    return canonical in bodies and bool(before.search(text, max(0, start - 8), start))


@cache
def _lower_compounds_before() -> frozenset[str]:
    return frozenset(_words("context", "lower_head_compounds"))


def _head_in_word(text: str, start: int) -> bool:
    """The lower-case syllable at start closes a word with the one before it ([context]
    lower_head_compounds: "cán bộ", "toàn bộ")."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    first = text[start:start + 8].split(" ", 1)[0]
    return bool(previous) and f"{previous.group(1).lower()} {first}" in _lower_compounds_before()


@cache
def _people_list() -> tuple[re.Pattern, re.Pattern]:
    words = _context_words("people_categories")
    joins = r"(?:,[ ]*|[ ]+(?:và|hoặc|hay|cùng)[ ]+)"
    return (re.compile(rf"(?<!\w)(?:{words}){joins}$"), re.compile(rf"{joins}(?:{words})(?!\w)"))


def _people_list_item(text: str, start: int, end: int) -> bool:
    """'cán bộ, công chức, viên chức và lực lượng vũ trang', 'công an viên, dân quân tự vệ hay ...': a
    lower-case name listed beside kinds of people ([context] people_categories) is a kind of people
    (the payroll, the users of a law), not the body."""
    before, after = _people_list()
    return bool(before.search(text[max(0, start - 30):start]) or after.match(text, end))


def _in_person_name(text: str, start: int, end: int, g: OrgGrammar) -> bool:
    """'ông Nguyễn Quốc Hội': a known name of two syllables or more, each capitalised, right after a
    surname is the given names of a person (a body's name keeps its lower-case syllables: "Quốc hội").
    'Quỳnh Chi bộ trang sức': a name opening with a given name ([context] given_name_openers) right after
    a capitalised word is a person's name and a noun."""
    words = text[start:end].split()
    previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if previous and words[0] in _given_name_openers() and previous.group(1)[:1].isupper() \
            and not previous.group(1).isupper() and text[start - 2:start - 1] != "\n":
        # "trao cho Quỳnh Chi bộ trang sức": a given name, then a noun; not after a title ("Bí Thư Chi bộ")
        before = text[max(0, start - 30):start - 1].lower()
        return not any(before.endswith(w.lower()) for w in g.lower_after)
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return bool(previous) and previous.group(1) in g.surnames


@cache
def _given_name_openers() -> frozenset[str]:
    return frozenset(_words("context", "given_name_openers"))


@cache
def _list_partner() -> re.Pattern:
    words = _context_words("list_partners")
    return re.compile(rf"[ ]*(?:,[ ]*|[ ]+và[ ]+)(?:{words})(?!\w)")


@cache
def _hamlet() -> re.Pattern:
    """' ấp Tân Đông', ' thôn 3': a unit below the commune and its name or number ([context] hamlet_words)."""
    words = _context_words("hamlet_words")
    return re.compile(rf"[ ]+(?:{words})[ ]+(?:[{UPPER}]|\d)")


@cache
def _level_link() -> re.Pattern:
    """' của': a word linking a lower-case known name to the level word and place after it ([context] level_links)."""
    return re.compile(rf"[ ]+(?:{_context_words('level_links')})(?=[ ])")


def _lower_names_body(text: str, m: re.Match, lowered: str, g: OrgGrammar, province_starts) -> bool:
    """A known name written in lower case names the body only when something says so: listed as
    such (`lower_ok`, `case_ok`); after a word that introduces a body ("cơ quan công an", "tổ chức
    công đoàn", "Chủ tịch công đoàn", "Bí thư huyện ủy": [context] lower_after); before a level word
    ("công an huyện", "hội phụ nữ xã") or one of our provinces ("tỉnh đoàn Cao Bằng"); or with the rest
    of the name capitalised as written ("bộ Văn hóa, Thể thao và Du lịch", "sở VH-TT", "phòng GD&ĐT",
    "bộ đội Biên phòng"). Not inside a longer name ("Ủy ban Đối ngoại" holds "ban Đối ngoại")."""
    written = text[m.start():m.end()]
    before = text[max(0, m.start() - 40):m.start()].rstrip(" ")
    if text[max(0, m.start() - 3):m.start()].lower() in ("ủy ", "uỷ ") and not before.endswith(g.lower_after):
        return False  # (org37) not after a title ending in "ủy" ("Chính ủy quân chủng ...")
    if m.group() in g.lower_ok or written in g.case_ok:
        return not _people_list_item(text, m.start(), m.end())
    if any(before.endswith(w) and not before[-len(w) - 1:-len(w)].isalnum() for w in g.lower_after):
        return True
    if g.level.match(text, m.end()) or _hamlet().match(text, m.end()):
        return True
    if m.end() + 1 in province_starts and text[m.end():m.end() + 1] == " " and m.group() not in g.bare_heads:
        # (org42) one of our provinces closes it as a level word does ("đại diện tỉnh đoàn Cao Bằng"); not a bare
        # head ([generic] bare_heads): "mặt trận Quảng Trị" is a war front
        return True
    linked = _level_link().match(text, m.end())  # (org34) "đoàn thanh niên của phường Vạn Phúc"
    if linked and g.level.match(text, linked.end()) and _PLACE_AFTER.match(text, g.level.match(text, linked.end()).end()):
        return True
    partner = _list_partner().match(text, m.end())
    if partner and g.level.match(text, partner.end()):
        return True  # "tỉnh ủy, UBND tỉnh Hà Nam": the level word after the list closes each name in it
    plural = _LEVEL_PLURAL.match(text, m.end())  # "công an các phường", "hội phụ nữ các xã"; "công an địa phương"
    if plural and (plural.group(1) or g.level.match(text, plural.end())):
        return True
    # (org44) past the whole head, of one syllable or more: "trung tâm Khí tượng Thủy văn", "chi cục Thủy lợi"
    # (read from its second syllable, a head of two was never "written capitalised"; test20)
    low = written.lower()
    head = max((len(h) for h in g.generic_kinds if low.startswith(h.lower() + " ")), default=0)
    words = written[head:].split() if head else written.split()[1:]
    # (org40) an abbreviation of common words is capitalised whatever it names: "đoàn LS bào chữa" is a trial's
    # team of lawyers, not the bar association (that needs its level, place or capital head)
    return (len(words) >= 1 and bool(_CAPITAL_WORD.match(" " + words[0]))
            and words[0] not in _word_abbreviations())


_NAME_GOES_ON = re.compile(rf"[ ]+[{UPPER}]")


def _other_body_goes_on(text: str, end: int, g: OrgGrammar, province_starts) -> bool:
    """'Mặt trận Quốc gia' (a French party), 'Mặt trận Đông Âu' (a war front): a bare form that the longer
    listed forms did not take ('Mặt trận Tổ quốc') followed by a capitalised word that is neither a level
    word nor a province is the name of another body ([generic] bare_heads)."""
    return bool(_NAME_GOES_ON.match(text, end) and not g.level.match(text, end)
                and not g.level.match(text, end + 1) and end + 1 not in province_starts)


# an abbreviation in brackets right after a name: the text defines it ("... Việt Nam (VAMA)")
_DEFINED_AFTER = re.compile(r"[ ]*\(([A-ZĐ][A-ZĐ&.-]+)\)")


def _bind_abbreviation(text: str, defined: re.Match, entry: Entry, overlaps, add) -> None:
    """(org32) 'Hiệp hội ... Việt Nam (VAMA) ... theo VAMA': an abbreviation the text defines in brackets after a
    name names that body wherever the text writes it after (a foreign-language one, "VAMA", spells no
    initials of ours, so nothing else reads it)."""
    for later in re.finditer(rf"(?<![\w&-]){re.escape(defined.group(1))}(?![\w&-])", text[defined.end():]):
        a, b = defined.end() + later.start(), defined.end() + later.end()
        if not overlaps(a, b):
            add(a, b, entry)


_LIST_ON = re.compile(r"[ ]*(?:,|và|;)[ ]*")


def _sector_level(head: str) -> str:
    """The level of a ministry's sector named with the head "Sở" (a province's department) or "Bộ"."""
    return "tinh" if head == "Sở" else "trung_uong"


def _not_a_name_any_case(name: str, g: OrgGrammar) -> bool:
    """The name opens with one of [generic] not_names in any case: a lower-case reading is out of scope
    wherever its capitalised form is ("Liên đoàn bóng đá Việt Nam")."""
    return any(name.lower().startswith(n.lower()) for n in g.not_names)


def _lower_sector_list(text: str, lowered: str, org: FoundOrg, g: OrgGrammar, overlaps, add) -> None:
    """'Sở tài chính, công thương và ...': the writer gave the head once and the sectors in lower case,
    so each lower-case sector after it is a body of its own with the same head (guideline test3 'các Sở
    KH-ĐT, Xây dựng', dev10 part 6). Only lower-case items: after 'Sở Y tế, Công an tỉnh' the
    capitalised word opens another body."""
    head = org.canonical.split(" ", 1)[0]
    pos = org.end
    while (sep := _LIST_ON.match(text, pos)) and sep.end() > pos:
        item = g.sector_item.match(lowered, sep.end())
        if not item or not text[item.start(1)].islower() or text[item.end(1):item.end(1) + 1].isalnum():
            return
        if not overlaps(*item.span(1)):
            name = f"{head} {g.sector_by_form[item.group(1)]}"
            add(*item.span(1), g.by_form.get(name.lower())  # the listed entry ("Sở Công an" is the police)
                or Entry(name, "government", _sector_level(head)))
        pos = item.end(1)


def _sector_item(a: int, b: int, head: str, sector: str, found: list[FoundOrg], g: OrgGrammar, overlaps, add) -> None:
    """One sector of a list after a head written once, a body with that head; (org38) an item already read as a
    body's name alone ("Thứ trưởng các bộ: Công an, Tài chính": the police) is the body the list gives it (the
    listed entry: "Sở Công an" is the police still)."""
    entry = Entry(f"{head} {sector}", "government", _sector_level(head))
    if not overlaps(a, b):
        add(a, b, entry)
        return
    entry = g.by_form.get(entry.canonical.lower()) or entry
    for o in found:
        if (o.start, o.end) == (a, b) and o.canonical == sector:
            o.canonical, o.kind = entry.canonical, entry.kind


_COMMA_ITEM = re.compile(r"[ ]*,[ ]*")
_ITEM_END = re.compile(rf"[ ]*(?:,|và(?!\w))[ ]*|[ ]*$|[ ]+(?=[{LOWER}])")  # a list item ends here
_LIST_END = re.compile(r"[.;:!?\n]")  # a list after a colon ends with its sentence or clause


@cache
def _ministers_list() -> re.Pattern:
    """(org42) The plural title of ministers and its colon ([generic] ministers_list_titles), up to the list."""
    titles = _alt(_words("generic", "ministers_list_titles")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:[Cc]ác|[Nn]hững)[ ]+(?:{titles})[^.:;\n()]{{0,60}}?:[ ]*")


def _colon_sectors(text: str, lowered: str, pos: int, g: OrgGrammar) -> list[tuple[int, int, str]]:
    """The capitalised sectors of a list from pos to its sentence's end, items split by commas; an item that is
    not a sector alone ("Ngân hàng Nhà nước Việt Nam", "Ủy ban Dân tộc") is passed over."""
    stop = _LIST_END.search(text, pos, pos + 400)
    end = stop.start() if stop else min(len(text), pos + 400)
    out = []
    while pos < end:
        item = g.sector_item.match(lowered, pos)
        if item and text[pos].isupper() and item.end(1) <= end and _ITEM_END.match(text, item.end(1), end):
            out.append((item.start(1), item.end(1), g.sector_by_form[item.group(1)]))
        comma = text.find(",", pos, end)
        if comma < 0:
            break
        pos = _COMMA_ITEM.match(text, comma).end()
    return out


def _capitalised_sectors(text: str, lowered: str, pos: int, g: OrgGrammar) -> list[tuple[int, int, str]]:
    """The capitalised sectors listed by commas from pos, each closed by a comma, "và" or the clause's end and not
    by a level word ("Công an tỉnh" is the police)."""
    out = []
    while (sep := _COMMA_ITEM.match(text, pos)) and (item := g.sector_item.match(lowered, sep.end())):
        a, b = item.span(1)
        if not text[a].isupper() or text[b:b + 1].isalnum() or g.level.match(text, b):
            break
        out.append((a, b, g.sector_by_form[item.group(1)]))
        pos = b
    return out


@cache
def _press_parent() -> re.Pattern:
    """[generic] press_parents: a newspaper or magazine opening a later part of a name, its parent."""
    return re.compile(rf"[ ](?:{_alt(_words('generic', 'press_parents')) or '(?!x)x'})(?![\w])(?![ ]+chí)")


@cache
def _list_heads() -> tuple[str, ...]:
    return tuple(f"{h} " for h in _words("generic", "list_heads"))


_PLURAL_BEFORE = re.compile(r"(?:^|[^\w])[Cc]ác[ ]+$")


@cache
def _head_list_item() -> re.Pattern:
    """One capitalised name of a list after a head written once, then the next separator, the list's end or the
    level word of all ("Cựu chiến binh và Phụ nữ xã"); its own "và" inside ("Doanh nghiệp nhỏ và vừa")."""
    return re.compile(rf"[ ]*(?:,|và)[ ]+([{UPPER}]\w*(?:[ ]+(?:và[ ]+)?[{LOWER}]\w*){{0,5}}?)"
                      rf"(?=[ ]*(?:[,;.]|$)|[ ]+và[ ]+[{UPPER}]|{grammar().level.pattern})")


def _head_list(text: str, org: FoundOrg, g: OrgGrammar, overlaps, add) -> None:
    """(org33) 'các Hiệp hội Doanh nghiệp trẻ, Nữ doanh nhân, Doanh nghiệp nhỏ và vừa': after "các" the head is
    written once for a list of capitalised names, each a body with that head ([generic] list_heads; the ministries'
    and departments' lists are read by their sectors above). A head, a person or a verb ends the list."""
    head = next(h for h in _list_heads() if org.canonical.startswith(h))
    pos = org.end
    while item := _head_list_item().match(text, pos):
        words = item.group(1).split()
        plain = _lower_compound_re().sub("", item.group(1)).split()  # "nhỏ và vừa": no verb in it
        if (words[0] in g.surnames or words[0] in g.generic_kinds or overlaps(*item.span(1))
                or any(w in g.stop_words and w != "và" for w in plain)):
            return
        name = head + item.group(1)
        add(*item.span(1), g.by_form.get(name.lower()) or Entry(name, org.kind, None))
        pos = item.end(1)


@cache
def _titled_to_verb() -> re.Pattern:
    """A head after a person's title ([generic] titled_by), then one or two parts that open with a capital and
    go on in lower case (joined by "và"), right before a reporting verb ([generic.steering] verbs_after)."""
    g = grammar()
    part = rf"[{UPPER}]\w*(?:[ ]+[{LOWER}]\w*){{1,6}}"
    return re.compile(rf"(?<!\w)(?:{_alt(_words('generic', 'titled_by'))})[ ]+({_alt(g.generic_kinds)})[ ]+"
                      rf"({part}(?:[ ]+và[ ]+{part})?)(?=[ ]+(?:{_alt(g.steering.verbs_after)})(?!\w))")


@cache
def _lower_heads() -> re.Pattern:
    """(org32) [generic] lower_heads: a department head in lower case before a capitalised word ("lên cục Bản
    quyền tác giả", "theo chi cục Kiểm lâm tỉnh"): the rest of the name capitalised says it is the body
    (contract), so the head is read capitalised (same length: the positions hold). Not the "cục" of a
    longer head ("Chi cục Phó chi cục ...")."""
    heads = _alt(_words("generic", "lower_heads")) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?<![Cc]hi )(?<![Tt]ổng )(?:{heads})(?=[ ]+[{UPPER}])")


@cache
def _head_case() -> tuple[tuple[str, str], ...]:
    """([generic] head_case) heads written with another case, and the usual head, of the same length."""
    pairs = tuple((nfc(a), nfc(b)) for a, b in load("organizations").get("generic", {}).get("head_case", {}).items())
    assert all(len(a) == len(b) for a, b in pairs)
    return pairs


def find_orgs(text: str) -> list[FoundOrg]:
    written_text = text
    text = _lower_heads().sub(lambda m: m.group()[:1].upper() + m.group()[1:], text)
    for written, usual in _head_case():
        text = re.sub(rf"(?<!\w){written}(?!\w)", usual, text)  # same length: the positions hold
    g = grammar()
    province_starts = {s: (e, c) for s, e, c in provinces(text)}
    found: list[FoundOrg] = []
    taken = bytearray(len(text))  # characters already inside a found name (linear, not pairwise)
    parented: set[str] = set()  # departments the text names with their parent after them
    # (org41) ends of national bodies named with a foreign country after them ("Bộ Y tế Liberia")
    abroad_named: list[int] = [m.end() for m in _NATIONAL_ANY_CASE.finditer(text) if _country_after(text, m.end(), g)]

    def overlaps(a: int, b: int) -> bool:
        return any(taken[a:b])

    def take(a: int, b: int) -> None:
        taken[a:b] = b"\x01" * (b - a)

    def set_aside(a: int, b: int, *names: str) -> None:
        # a department named with its parent: the parent is the mention, and the department's names
        # are remembered so its mentions without the parent are dropped too (below)
        take(a, b)
        parented.update(names)

    def add(start: int, end: int, entry: Entry) -> None:
        if entry.kind == OUT_OF_SCOPE:
            take(start, end)
            return
        if entry.canonical not in g.scheme_exempt and (_after_scheme_word(text, start, g)
                                                       or g.scheme_after.match(text, end)):
            return
        if entry.canonical in _words("context", "party_boards") and _other_parent_after().match(text, end):
            take(start, end)  # (org41) "Ban Tuyên giáo UBTƯ MTTQ": the Front's department; the Front is the mention
            return
        if entry.alone and _head_before().search(text, max(0, start - 20), start):
            return  # "Cục CSGT", "Bộ Tư lệnh Cảnh sát cơ động": the longer name is read by its head
        if _generic_plural(text, start, entry.canonical):
            take(start, end)
            return
        if entry.canonical == "Công an" and _MINISTER_BEFORE.search(text, max(0, start - 14), start):
            # "cấp thứ trưởng Công an": the police after a minister's title is the ministry (test7)
            entry = Entry("Bộ Công an", entry.kind, "trung_uong")
        org = _make(text, start, end, entry, g, province_starts)
        # (a level word the body has none of, "Ủy ban Trung ương MTTQ", is no name of it, whatever follows)
        if (entry.needs_level and org.level not in entry.needs_level
                and not (org.level is None and (org.place or _full_name_mid_sentence(text, org, g)
                                                or _named_by_noun(text, org)))):
            return
        if _career_setting(text, org, entry.kind):
            take(org.start, org.end)
            return
        if org.canonical.startswith("Hội đồng ") and _INSTITUTION_AFTER.match(text, org.end):
            return  # "Hội đồng TĐKT bệnh viện": a council of a hospital, school or company (out of scope)
        if _foreign_or_gone(text, org, g, province_starts):
            if _national(org) and _country_after(text, org.end, g):
                abroad_named.append(org.end)
            take(org.start, org.end)  # its words are still taken so no shorter name is made of them
            return
        found.append(org)
        take(org.start, org.end)

    for m in g.defunct.finditer(text):
        take(m.start(), m.end())
    for m in _department_names().finditer(lower_same_length(text)):
        # "Cục Cảnh sát giao thông yêu cầu": a listed department read whole ([generic] department_names)
        a, b = m.span()
        if not text[a].isupper() or overlaps(a, b):
            continue
        name = _listed_department(text[a:b])
        served = _served_place().match(text, b)
        if _parent_beside(text, name.split(" ", 1)[0], b, a, g) or (served and _CITY_PARENT.match(text, served.end())):
            # (a general department keeps its name: "Tổng cục TDTT (Bộ VHTT&DL)", test3)
            set_aside(a, b, _dash_spaced(text[a:b]))
            continue  # "Cục An toàn thực phẩm (Bộ Y tế)": the parent is the mention
        add(a, b, Entry(name, "government", None))
    for m in g.regexes.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        entry = g.regex_entries[int(m.lastgroup[1:])]
        if _parent_beside(text, entry.canonical.split(" ", 1)[0], m.end(), m.start(), g):
            # "Khu Quản lý giao thông đô thị số 3 (thuộc Sở GTVT)": a numbered agency with its parent
            # beside it counts as the parent, here and where the text names it again (guideline, test12)
            set_aside(m.start(), m.end(), _dash_spaced(m.group()))
            continue
        add(m.start(), m.end(), entry)
    for m in _FRIENDSHIP_ABROAD.finditer(text):
        # (round 18) "Hội Hữu nghị Nhật-Việt tỉnh Ibaraki", "Chủ tịch Hội Hữu nghị Thái Việt, Tỉnh trưởng
        # ...": with the partner country first it is that country's association (a foreign body); its
        # words are taken so no shorter name ("Hội Hữu nghị Nhật") is made of them
        take(m.start(), m.end())
    for m in _FRIENDSHIP.finditer(text):
        # "Hội hữu nghị Việt Nam - Campuchia": the partner country is the name, kept as written (guideline)
        end = m.end()
        if m.group(1) and m.group(1).split()[-1] in g.surnames and m.group(1).strip() not in g.foreign_names:
            end = m.start(1) + len(m.group(1).split()[0])  # (round 18) "... Việt Nam-Cuba | Trương Thị Mai"
        if not overlaps(m.start(), end):
            add(m.start(), end, Entry(re.sub(r"\s+", " ", text[m.start():end]), "mass_organisation", None))
    lowered = lower_same_length(text)
    pos = 0
    while m := g.forms.search(lowered, pos):
        pos = m.end()
        if not text[m.start()].isupper() and _head_in_word(text, m.start()):
            # "cán bộ Công an xã": "bộ" ends the word "cán bộ"; the name may start at the next word
            pos = text.find(" ", m.start()) + 1 or m.end()
            continue
        if not text[m.start()].isupper() and not _lower_names_body(text, m, lowered, g, province_starts):
            continue  # "đảng ủy", "hội phụ nữ" in running text are generic; "huyện Đoàn" as written is not
        if m.group() in g.bare_heads and _other_body_goes_on(text, m.end(), g, province_starts):
            take(m.start(), m.end())
            continue  # (round 14) "đảng Mặt trận Quốc gia", "Mặt trận Đông Âu": not the Fatherland Front
        if not overlaps(m.start(), m.end()) and not _in_person_name(text, m.start(), m.end(), g):
            # ("ông Nguyễn Quốc Hội", "Trần Công Đoàn": a person's given names are no name)
            add(m.start(), m.end(), g.by_form[m.group()])
    for m in g.abbrs.finditer(text):
        if _DOCUMENT_CODE.match(text[max(0, m.start() - 12):m.start()][::-1]) and text[m.end():m.end() + 1] == "-":
            continue  # "Công điện số 18/CĐ-T.Ư", "Công văn 103/UBND-VX": a document's number, not a mention
        if not overlaps(m.start(), m.end()) and not _other_sense(text, m.start(), m.end(), g):
            add(m.start(), m.end(), g.by_abbr[m.group()])
    for m in g.sector_list.finditer(text):
        head = m.group(1).capitalize()
        pos = m.end()
        while (item := g.sector_item.match(lowered, pos)) and pos < len(text):
            a, b = item.span(1)
            _sector_item(a, b, head, g.sector_by_form[item.group(1)], found, g, overlaps, add)
            if item.end() == b:
                break  # no separator: the list has ended
            pos = item.end()
    for m in _ministers_list().finditer(text):
        # (org42) "Các Bộ trưởng, Trưởng ngành cùng tham gia trả lời chất vấn: Kế hoạch và Đầu tư, Tài chính, Ngân hàng
        # Nhà nước Việt Nam, ...": the ministries named by their sectors in the list after the plural title and its
        # colon (an item that is no sector is passed over; two sectors at least)
        if g.foreign_word.search(text, _sentence_start(text, m.start()), m.start()):
            continue  # "Cùng đi với Thủ tướng Lào có ... các Bộ trưởng: Tài chính, ...": another country's ministers
        items = _colon_sectors(text, lowered, m.end(), g)
        for a, b, sector in items if len(items) >= 2 else ():
            _sector_item(a, b, "Bộ", sector, found, g, overlaps, add)
    for org in [o for o in found if o.canonical.split(" ", 1)[0] in ("Bộ", "Sở") and o.name[:3] in ("Bộ ", "Sở ")]:
        # "Bộ Công an và Quốc phòng": a second sector after "và" shares the head (as the lists above)
        joined = _AND_THEN.match(text, org.end)
        item = joined and g.sector_item.match(lowered, joined.end())
        if (item and text[item.start(1)].isupper() and org.canonical.split(" ", 1)[1] in g.sector_by_form.values()
                and not text[item.end(1):item.end(1) + 1].isalnum()):
            _sector_item(*item.span(1), org.canonical.split(" ", 1)[0], g.sector_by_form[item.group(1)], found, g,
                         overlaps, add)
        if org.canonical.startswith("Bộ ") and org.canonical[3:] in g.sector_by_form.values():
            # (org38) "Bộ Quốc phòng, Công an, Ngoại giao": two or more capitalised ministries' sectors after a
            # ministry, the head written once (as "các bộ: ..."); not a department's "Sở Y tế, Công an tỉnh"
            items = _capitalised_sectors(text, lowered, org.end, g)
            for a, b, sector in items if len(items) >= 2 else ():
                _sector_item(a, b, "Bộ", sector, found, g, overlaps, add)
        if text[org.start + 3:org.start + 4].islower():
            _lower_sector_list(text, lowered, org, g, overlaps, add)
    for m in g.defined.finditer(text):
        # "Cục Thi hành án dân sự (THADS)": the text spells the name out before its abbreviation, so the
        # name's end is known whatever its length
        head, words = m.group(1), m.group(2).split()
        short = _abbreviated_tail(text, head, words, m.group(3))
        if (short and len(words) >= 2
                and not overlaps(m.start(), m.start(2) + len(m.group(2))) and not _inside_proper_name(text, m.start(), g)):
            name = f"{head} {' '.join(words)}"
            if _parent_beside(text, head, m.end(), m.start(), g):
                # (round 17) "Cục Hàng không Việt Nam (HKVN) - Bộ GTVT": the parent is the mention, also
                # where the department is named again by its abbreviation ("Cục HKVN")
                set_aside(m.start(), m.end(), _dash_spaced(name), f"{head} {m.group(3)}")
                continue
            if not name.startswith(g.not_names) and not _foreign(text, name, m.end(), g):
                # (round 17) canonical names carry no country, as by the generic rule below: "Cục Hàng
                # không Việt Nam (HKVN)" -> "Cục Hàng không" (test8)
                add(m.start(), m.start(2) + len(m.group(2)),
                    g.by_form.get(lower_same_length(name))
                    or Entry(_GENERIC_TAIL.sub("", name), g.generic_kinds[head], None))
                if short.count(" ") > 1:
                    # (org25) its later mentions with the last words abbreviated ("Hội Bảo trợ NCT-TEN") are
                    # this body, not another read from a known abbreviation inside ("Hội Bảo trợ NCT")
                    for later in re.finditer(re.escape(short), text):
                        take(*later.span())
    boards = [(m, f"Ban Quản lý {_site_kind(m.group(1))} {_dash_spaced(m.group(2))}") for m in _heritage_boards().finditer(text)]
    # (org40) one board written with and without the dash in its site's name ("Phong Nha - Kẻ Bàng", "Phong Nha Kẻ
    # Bàng") has one name, the dashed one
    dashed = {name.replace(" - ", " "): name for _, name in boards if " - " in name}
    for m, name in boards:
        # (round 15) "Ban quản lý quần thể danh thắng Tràng An": a heritage site's board, the site's name
        # kept ([generic.heritage_boards])
        if not overlaps(m.start(), m.end()):
            add(m.start(), m.end(), Entry(dashed.get(name, name), "government", None))
    for m in (_public_centre_names().finditer(lowered) if "Trung tâm " in text else ()):
        # (round 18) "Trung tâm Phát triển Quỹ Đất tỉnh": a public centre's remit, capitalised, holds another
        # head ("Quỹ"), so the generic names would cut it to "Quỹ Đất"; read by its remit first, in one
        # spelling whatever the case (the lower-case centres below give the same name)
        if text[m.start()] == "T" and not overlaps(m.start(), m.end()):
            add(m.start(), m.end(), Entry(_centre_name(m.group(1)), "government", None))
    for m in _LOWER_NATIONAL.finditer(text):
        # "Hiệp hội bệnh viện tư nhân VN": a name written in lower case is still a name when the
        # country closes it; the country is dropped and the first word after the head capitalised.
        # (round 18) Read before the generic names, which stop at the first lower-case run after "và" or
        # at their syllable limit ("Hội Quy hoạch | và phát triển Đô thị Việt Nam", "Hội Khoa học | kỹ thuật
        # biển Việt Nam"): a capitalised name going on in lower case is whole when the country closes it
        # and punctuation follows, with no head, level or function word inside ("và" joins its parts)
        head, words = m.group(1), m.group(2)
        split = words.split()
        # a function or level word ends the name, but not a syllable closing a word ("Đô thị")
        stops = [w in g.stop_words and f"{p.lower()} {w}" not in dictionary_words()
                 for p, w in zip([head.split()[-1], *split], split)]
        if head not in g.generic_kinds or overlaps(m.start(), m.end()) or stops[-1]:
            continue
        defined = _DEFINED_AFTER.match(text, m.end())
        if words[:1].islower() and len(split) <= 5 and defined and not all(w[:1].islower() for w in split):
            pass  # (org32) "Hiệp hội các nhà Sản xuất Ôtô Việt Nam (VAMA)": an abbreviation defines it, kept as written
        elif words[:1].islower():
            if len(split) > 5 or not all(w[:1].islower() for w in split):
                continue
            # a sector keeps the ministry's spelling ("khoa học và công nghệ" -> "Khoa học và Công nghệ")
            words = g.sector_by_form.get(words.lower(), f"{words[:1].upper()}{words[1:]}")
        elif (all(w[:1].isupper() for w in split) or not _CLOSED.match(text, m.end())
              or _inside_proper_name(text, m.start(), g)  # "Tổng Hội Xây dựng Việt Nam": a longer head
              or any(w in g.generic_kinds or (stop and w != "và") for w, stop in zip(split, stops))):
            continue  # all capitalised: the generic names read it; mid-sentence it may be a clause
        if _not_a_name_any_case(f"{head} {words}", g):
            continue  # (round 14) "Liên đoàn bóng đá Việt Nam": out of scope in lower case as in capitals
        entry = Entry(f"{head} {words}", g.generic_kinds[head], None)
        add(m.start(), m.end(), entry)
        if defined:
            _bind_abbreviation(text, defined, entry, overlaps, add)
    for m in (*(m for m in g.generic_longer.finditer(text) if len(m.group(2).split()) == 5 and _CLOSED.match(text, m.end())),
              # (or a province inside the match, where the name is cut below: "Chi cục Bảo vệ thực vật Hà Nội")
              *(m for m in g.generic_long.finditer(text) if _ends_name(text, m.end(), g, province_starts)
                or any(m.start(2) < p < m.end() for p in province_starts)),
              *g.generic.finditer(text)):
        if _inside_proper_name(text, m.start(), g) or _after_place_word(text, m.start(), g):
            continue
        if any(p_start < m.start() < p_end for p_start, (p_end, _) in province_starts.items()):
            continue  # "Long An - Hải Phòng VPF": the head word is a syllable of a province
        if m.start(2) in province_starts:
            continue  # (org40) "Sở Hà Nội xác minh", "Sở Đà Nẵng báo cáo": a department named by its province alone, no name
        end = m.end()
        for p_start in province_starts:
            if m.start(2) < p_start < end:
                end = p_start  # "Sở Y tế Long An": the province is the place, not the name
        if overlaps(m.start(), end):
            # (org37) only the name up to its province: "Cục Hải quan Nghệ An | và Công an huyện ...", where the
            # pattern ran on past the province into a body found already, is still read
            continue
        # "Bộ VHTTDL quy định": an abbreviation is a whole name, the verb is not; (round 17) one that
        # writes a word of the name ([generic.name_abbr]) goes on with the name's lower-case words unless
        # the predicate opens right after it ("Hiệp hội BV tư nhân VN" is cut at "VN", not at "BV")
        cut = next((c for c in _ABBR_THEN_LOWER.finditer(text, m.start(2), end)
                    if c.group(1) not in _word_abbreviations()
                    or _predicate_start(text, m.start(2), end) == c.end()), None)
        if cut:
            end = cut.end(1)
        person = _person_in_name(text, m.start(2), end, g)
        if (person and person.start() > m.start(2) and person.end() not in province_starts
                and not _foreign_start(text[person.end():end], g)):
            end = person.start()  # "Tổng cục TDTT Trần Đức Phấn": the person after the name is no part of it
        predicate = None
        if ((_CLAUSE_GOES_ON.match(text, end) or _agent_before().search(text, max(0, m.start() - 10), m.start()))
                and not (g.level.match(text, end) or end + 1 in province_starts)):
            # (round 16) the name runs on into the sentence's verb: it ends before it ([generic] predicate_pos)
            # (only where the clause goes on in lower case or a number: "Cục Chống tham nhũng – Phó Trưởng đoàn")
            predicate = _predicate_start(text, m.start(2), end)
            if predicate is not None:
                clause_end = end + len(_LOWER_RUN.match(text, end).group())
                if (_foreign(text, text[m.start():end], end, g) or _foreign(text, text[m.start():clause_end], clause_end, g)
                        or g.foreign_word.match(text, clause_end + 1)):
                    continue  # "Hiệp hội Phòng | cháy chữa cháy Mỹ": the country after the whole phrase
                end = predicate
        name = re.sub(r"\s+", " ", text[m.start():end].strip(" -,"))
        end = m.start() + len(text[m.start():end].rstrip(" -,"))
        longer = _known_remit_end(text, m.start(2), end)
        if longer and not (_NAME_GOES_ON.match(text, longer) and not (g.level.match(text, longer) or longer + 1 in province_starts)):
            # (org40) a remit the lists know written in sentence case ("Chi cục An toàn | vệ sinh thực phẩm", "Hội
            # Phòng | cháy chữa cháy"): the capitalised words only opened it, the name runs on over its lower-case
            # words (cut at the capitals it was a name of nothing, "Chi cục An toàn"); not where another proper
            # name follows it that is no place of ours ("Viện Nghiên cứu An toàn thực phẩm RIKILT", abroad)
            end = longer
            name = re.sub(r"\s+", " ", text[m.start():end])
        verb = _VERB_TAIL.search(name)
        if verb and _CLOSED.match(text, end):
            # "do Tổng cục Du lịch chủ trì, ...": the long pattern took the verb as the name's last words
            # (mid-sentence "Sở Nông nghiệp chủ trì phối hợp" is a cut name and stays out)
            name, end = name[:verb.start()], end - (len(name) - verb.start())
        tail = next((a for a, b, _ in provinces(name) if b == len(name) and a > len(m.group(1)) + 1), None)
        if tail is not None and name[tail - 1] == " " and "\n" not in text[m.start():end]:
            # "Hiệp hội Du lịch Đà Nẵng Theo ông": a province the text scan took as part of a longer name
            name, end = name[:tail - 1], m.start() + tail - 1
        if name == m.group(1) or len(name.split()) < 2 or name.startswith(g.not_names):
            continue
        if _press_parent().search(name, len(m.group(1))):
            take(m.start(), end)
            continue  # (org33) "Phòng PH - QC - HĐXH Báo Nghệ An": a newspaper's own office (the press is out)
        whole = _word_completed(text, name, end, g, province_starts)
        if whole is not None:
            name, end = re.sub(r"\s+", " ", text[m.start():whole]).rstrip(" -,"), whole
        # (a fund's name is itself a verb phrase, so a "predicate" found right after its first part is
        # more often the name going on: "Quỹ Hỗ trợ | sáng tạo"; [generic] cut_after_one_lower_heads)
        if (((predicate is None or m.group(1) in _cut_after_one_lower()) and _cut_short(text, name, end, g))
                or _foreign(text, name, end, g)):
            continue  # "Cục Nghệ thuật biểu [diễn]"; "Bộ Việc [làm ... Hàn Quốc]"
        if (_ABBR_GLUED_ON.match(text, end) and _ABBR_WORD.fullmatch(name.split()[-1])
                and name.split()[-1] not in _expansions()):
            continue  # (round 13) "Cục PT-TH": an abbreviation cut at its hyphen is no name we can give
        if name.startswith(g.police_departments):
            add(m.start(), end, g.by_form["công an"])  # a department of the police is the force
            continue
        if _parent_beside(text, m.group(1), end, m.start(), g) or (m.group(1) == "Chi cục" and _CITY_PARENT.match(text, end)):
            set_aside(m.start(), end, _dash_spaced(name))
            # (org22) a name cut at a comma of its list goes on to "của" and its parent ("Ủy ban Khoa học,
            # Công nghệ và Môi trường của Quốc hội"): the whole name is the department, for its shortenings
            rest = _LIST_TO_PARENT.match(text, end)
            if rest:
                parented.add(_dash_spaced(name + rest.group(1)))
            continue  # "Cục Chính sách, Tổng cục Chính trị": the parent is the mention
        # a known form met this way keeps its entry ("Bộ Tư lệnh" needs a place after it)
        # ("Hội LHPNVN": a known abbreviation with "VN" glued to it names the national body)
        known = (g.by_form.get(lower_same_length(name)) or _glued_vn(name, g)
                 # (round 15) "Sở Giáo dục phải ...": cut after its sector's first word, where the generic
                 # rule ended it (not "Sở Giao thông công chính", a longer name read whole)
                 or _short_sectors().get(lower_same_length(name))
                 # (org23) "Sở Truyền Thông", "Sở Thông tin Truyền thông": a department's sector in other words
                 or _sector_words(name)
                 # "Bộ Giao thông - Vận tải": a known name with a dash between the words of one sector
                 or g.by_form.get(lower_same_length(re.sub(r"\s*[-–]\s*", " ", name))))
        if not known and m.group(1) in _closed_heads() and not name.startswith(_closed_heads_open()):
            take(m.start(), end)
            continue  # "Bộ An ninh Nội địa": no ministry of ours (they are all listed)
        name = re.sub(r"\s*[-–]\s*", " - ", name)  # "Lao động-Thương binh" -> "Lao động - Thương binh"
        # canonical names carry no level or country: "Tổng cục Đường bộ Việt Nam" -> "Tổng cục Đường bộ"
        national = bool(_GENERIC_TAIL.search(name) or _NATIONAL_AFTER.match(text, end))
        name = _GENERIC_TAIL.sub("", name) if not known else name
        if (not known and m.group(1) in g.needs_level_heads and not national
                and not (g.level.match(text, end) or end + 1 in province_starts)):
            continue  # "Phòng Tổ Danh", "Phòng Kế hoạch - Điều độ Công ty ...": no level, no place
        if len(name.split()) < 2 or name == m.group(1):
            continue
        if not known and name[len(m.group(1)) + 1:] in _open_remits() and _LOWER_WORD.match(text, end):
            continue  # (org40) "Cục Quản lý | các hoạt động xây dựng", "Hội Hồi sức | cấp cứu và chống độc": cut after its first word
        more = None if known else _and_lower_closed(text, end, g, province_starts)
        if more:
            # (org37) "Hội Khoa học và | kỹ thuật nông nghiệp tỉnh", "Hội Làm vườn và | trang trại huyện": the
            # name goes on after "và" in lower case up to its level word; the part after "và" opens with a
            # capital, as the capitalised spelling of the same name writes it
            words, end = more
            name = f"{name} và {words[:1].upper()}{words[1:]}"
        add(m.start(), end, known or Entry(expand_abbreviations(name), g.generic_kinds[m.group(1)], None))
    for m in g.lower_local.finditer(text):
        # (round 14) "Quỹ hỗ trợ ngư dân tỉnh Quảng Nam", "nghiệp đoàn nghề cá huyện Núi Thành": an
        # association or public fund written in lower case is a name when a level word and a province or
        # district close it, as the country closes the national ones above ([generic] lower_local_heads)
        # (org40) or one of the country's regions closes it, as a place ("Hiệp hội chăn nuôi Đông Nam Bộ")
        head, words = m.group(1), m.group(2)
        name = f"{head[:1].upper()}{head[1:]} {words[:1].upper()}{words[1:]}"
        level = g.level.match(text, m.end(2))
        region = _home_regions().match(text, m.end(2) + 1)
        # (org42) or one of our provinces right after it, without the level word ("Hiệp hội doanh nghiệp TP.HCM",
        # "Hiệp hội chăn nuôi Đồng Nai"; test18, guideline kind)
        province = m.end(2) + 1 in province_starts
        if (overlaps(m.start(), m.end(2)) or not (region or province or level and _PLACE_AFTER.match(text, level.end()))
                or any(w in g.stop_words or w in g.level_map for w in words.split())
                or f"{head.lower()} {words.split()[0]}" in dictionary_words()  # "Hội nghị", "Hội đồng": another noun
                or _not_a_name_any_case(name, g)):
            continue
        kind = g.generic_kinds.get(f"{head[:1].upper()}{head[1:]}", "mass_organisation")
        add(m.start(), m.end(2), g.by_form.get(name.lower()) or Entry(name, kind, None))
    for m in (_LOWER_CENTRE.finditer(text) if "Trung tâm " in text else ()):
        # "tỉnh thành lập Trung tâm xúc tiến và hỗ trợ đầu tư trực thuộc UBND tỉnh", "Trung tâm giải
        # quyết thủ tục hành chính của tỉnh", "Trung tâm gìn giữ hòa bình Việt Nam": a public centre
        # written in lower case, known as one by its parent, its country or the province founding it
        words = m.group(1).split()
        # (org22) a remit's inner "các" ("quản lý và khai thác các công trình thủy sản") is no stop when
        # the name is closed by a level word and a place (below); elsewhere it ends the name as before
        inner = ("và", "các")
        cut = next((i for i, w in enumerate(words) if (w in g.stop_words and w not in inner) or w == "trực"
                    or (w in inner and (i == 0 or i == len(words) - 1))), len(words))
        managed = " ".join(words[:2]).lower() in _managed_centres()
        level = g.level.match(text, m.start(1) + len(" ".join(words[:cut])))
        if not (managed and level and _PLACE_AFTER.match(text, level.end())):
            cut = next((i for i, w in enumerate(words[:cut]) if w == "các"), cut)
        words = words[:cut]
        end = m.start(1) + len(" ".join(words))
        name = "Trung tâm " + " ".join(words)
        founded = _FOUNDED_BY.search(text[max(0, m.start() - 40):m.start()])
        closed = (_CENTRE_PARENT.match(text, end) or _CENTRE_NATIONAL.match(text, end) or (founded and _CLOSED.match(text, end))
                  or " ".join(words).lower() in _public_centres()  # (round 15) "Trung tâm phát triển quỹ đất TP.Huế"
                  # (org22) "Trung tâm quản lý ... tỉnh Khánh Hòa": a management centre closed by its level and place
                  or (managed and level and _PLACE_AFTER.match(text, level.end())))
        if (len(words) < 2 or not closed or overlaps(m.start(), end)
                or _not_a_name_any_case(name, g)):
            continue
        add(m.start(), end, Entry(_centre_name(" ".join(words)), "government", None))
    for m in (_lower_remit_heads().finditer(text) if any(h in text for h in _remit_heads()) else ()):
        # (org28) "Viện Nghiên cứu quản lý kinh tế Trung ương", "Viện Nghiên cứu và phát triển TP.HCM": a
        # research institute's remit in lower case is its name when a level word or a known province closes
        # it, not any capital ("Viện Nghiên cứu phương Đông", "... thiên văn Anton Pannekoek", "... nuôi trồng
        # thủy sản I" go on); no stop word inside ("Viện Nghiên cứu cho biết Bộ ..." is a clause)
        head, words = m.group(1), m.group(2).split()
        level = g.level.match(text, m.end(2))
        closed = (level and (g.level_map[level.group(1)] == "trung_uong" or _PLACE_AFTER.match(text, level.end()))
                  or m.end(2) + 1 in province_starts)
        if (not closed or words[0] == "các" or words[-1] in ("và", "các") or overlaps(m.start(), m.end(2))
                or any(w in g.stop_words and w not in ("và", "các") for w in words)
                or any(" ".join(words[i:i + 2]) in g.stop_words for i in range(1, len(words) - 1))):
            continue
        add(m.start(), m.end(2), Entry(f"{head} {' '.join(words)}", g.generic_kinds.get(head, "government"), None))
    for m in g.titled.finditer(text):
        head = m.group(1)
        words = m.group(2).split()
        # the name stops at the first stop or level word ("Cục khám chữa bệnh | nhận định"); two words at least
        cut = next((i for i, w in enumerate(words) if w in g.stop_words or w in g.level_map), len(words))
        words = words[:cut]
        start = m.start(1)
        end = start + len(head) + 1 + len(" ".join(words))
        name = f"{head} {' '.join(words)}"
        if words and head in _CAPITALISED_HEADS:
            # an association's name opens with a capital ("Hội luật gia" -> "Hội Luật gia", as the
            # lower-case national names above); a state department keeps its spelling ("Cục khám chữa
            # bệnh"), as does a trade association of a district ("Nghiệp đoàn vệ sinh dân lập", dev6)
            name = f"{head} {words[0][:1].upper()}{words[0][1:]} {' '.join(words[1:])}".rstrip()
        after = text[end:end + 2]
        if (len(words) < 2 or head in g.needs_level_heads or overlaps(start, end)
                or _not_a_name_any_case(name, g)
                or (after[1:2].isupper() and after[:1] == " "
                    and not (g.level.match(text, end) or g.level.match(text[end:end + 12].lower()))  # "TP", "tỉnh"
                    and end + 1 not in province_starts)
                or _DASH_GOES_ON.match(text, g.level.match(text, end).end() if g.level.match(text, end) else end)
                or _parent_beside(text, head, end, start, g) or _foreign(text, name, end, g)):
            continue  # "Chủ tịch Hội hữu nghị | Việt Nam - Campuchia": the name goes on in a way not read here
        add(start, end, g.by_form.get(lower_same_length(name)) or Entry(name, g.generic_kinds[head], None))
    for m in _titled_to_verb().finditer(text):
        # (org33) "Phó Giám đốc Trung tâm Dự báo nguồn nhân lực và Thông tin thị trường lao động cho biết": after a
        # title a name whose parts open with capitals runs on to the reporting verb, however many words its remit has
        head, rest = m.group(1), m.group(2)
        name = f"{head} {rest}"
        plain = _lower_compound_re().sub("", rest).split()
        if (overlaps(m.start(1), m.end(2)) or any(w in g.stop_words and w != "và" for w in plain)
                or _not_a_name_any_case(name, g)):
            continue
        add(m.start(1), m.end(2), g.by_form.get(lower_same_length(name)) or Entry(name, g.generic_kinds[head], None))
    for m in _HEAD_TITLE.finditer(text):
        # "phó Tổng cục trưởng Cảnh sát", "Cục trưởng Hải quan TP.HCM": the head's own title followed by
        # the rest of the name, the head not written again, names the department ("Tổng cục Cảnh sát");
        # not a person ("Cục trưởng Nguyễn Văn A"), nor a department whose parent follows ("Cục trưởng
        # Kinh tế, Bộ Quốc phòng": the parent is the mention, as for "Cục Chính sách, Tổng cục Chính trị")
        head, pos = m.group(1), m.end()
        written = g.generic.match(f"{head} {text[pos:pos + 120]}")
        if not written or any(text.startswith(f"{h} ", pos) for h in g.generic_kinds):
            continue
        end = pos + len(written.group(0)) - len(head) - 1
        end = min([p for p in province_starts if pos < p < end] + [end])  # "Cục trưởng Hải quan | Hà Nội"
        person = _person_in_name(text, pos, end, g)
        if person and person.start() > pos:
            end = person.start()  # (org21) "Cục trưởng An toàn Lao Động | Hà Tất Thắng": the person is no part of it
        end = pos + len(text[pos:end].rstrip(" -,"))
        name = re.sub(r"\s+", " ", f"{head} {text[pos:end]}")
        first = text[pos:end].split(" ", 1)[0]
        if (end <= pos or first in g.surnames or _ABBR_WORD.fullmatch(first) and first not in _expansions()
                or overlaps(pos, end) or name.startswith(g.not_names)
                or _cut_short(text, name, end, g) or _foreign(text, name, end, g)
                or _parent_beside(text, head, end, pos, g)
                or _title_parented_elsewhere(text, lowered, m.start(), end)):
            continue
        known = g.by_form.get(lower_same_length(name))
        # (org21) a listed department keeps its listed spelling ("Cục trưởng An toàn Lao Động" -> "Cục An
        # toàn lao động", as the ministry writes it; [generic] department_names)
        listed = _listed_department(name)
        add(pos, end, known or Entry(listed or expand_abbreviations(_GENERIC_TAIL.sub("", name)), g.generic_kinds[head], None))
    for m in _MINISTER.finditer(text):
        # "Bộ trưởng Giáo dục Phùng Xuân Nhạ": a minister named by the sector names the ministry
        a = m.end()
        item = g.sector_item.match(lowered, a)
        sector = g.sector_by_form[item.group(1)] if item and text[a].isupper() else None
        b = item.end(1) if sector else a
        if not sector:
            short = _minister_sectors(g)
            hit = next((k for k in short if lowered.startswith(k, a) and not text[a + len(k):a + len(k) + 1].isalnum()), None)
            if hit and text[a].isupper():
                sector, b = short[hit], a + len(hit)
        after = text[b:b + 20].split()
        # only with a Vietnamese name after the title: a foreign minister ("Bộ trưởng Tài chính của
        # ông Trump", a Lao "Thứ trưởng Quốc phòng, Chủ nhiệm ...") is out of scope
        if after[:2] and after[0] in ",-–" and after[1].lower() in ("ông", "bà"):
            after = after[2:]  # "Thứ trưởng Tài nguyên - Môi trường, ông Võ Kim Cự"
        if sector and (after and after[0] in g.surnames
                       or ((_MINISTER_CLOSED.match(text, b) or _verb_next(text, b))
                           and not _MINISTERS_MANY.search(text, max(0, m.start() - 20), m.start())))\
                and not overlaps(a, b):
            add(a, b, Entry(f"Bộ {sector}", "government", "trung_uong"))
    for m in g.lower_sector.finditer(text):
        head = m.group(1)
        if head[:1].islower():
            if not text[max(0, m.start() - 30):m.start()].lower().endswith(f"{head} trưởng "):
                continue  # "chi cục thủy sản" in running text is not capitalised as a name
            head = head[:1].upper() + head[1:]
        if not overlaps(m.start(), m.end()) and not _parent_follows(text, m.end()):
            sector = m.group(2)
            add(m.start(), m.end(), Entry(f"{head} {sector[:1].upper()}{sector[1:]}", g.generic_kinds.get(head, "government"), None))
    for m in _DISTRICT_OFFICE.finditer(text):
        # "Trưởng phòng quản lý đô thị quận Đống Đa": a district office after its head's title, in lower
        # case, closed by the district's level word -> "Phòng Quản lý đô thị"
        words = m.group(1).split()
        plain = _lower_compound_re().sub("", m.group(1).lower()).split()  # "đô thị": "thị" is no stop word here
        if any(w in g.stop_words for w in plain) or overlaps(m.start(1) - 6, m.end(1)):
            continue
        written = f"Phòng {m.group(1)}"
        known = g.by_form.get(lower_same_length(written))
        if not known and (any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper()):
            managed = _MANAGEMENT.match(" ".join(words))
            if not managed:
                continue  # "Trưởng phòng Kinh doanh ...": a capitalised office of no listed sector
            words = ["Quản", "lý"] + managed.group(1).lower().split()
        add(m.start(1) - 6, m.end(1), known or Entry(f"Phòng {words[0][:1].upper()}{words[0][1:]} {' '.join(words[1:])}",
                                                    "government", "huyen"))
    for start, end, canonical in _force_list(text):
        # "các lực lượng như biên phòng, hải quan, công an": each force of a lower-case list
        if not overlaps(start, end):
            add(start, end, g.by_form.get(canonical.lower()) or Entry(canonical, "government", None))
    for org in [o for o in found if o.canonical.startswith(_list_heads()) and _PLURAL_BEFORE.search(text, max(0, o.start - 5), o.start)]:
        _head_list(text, org, g, overlaps, add)
    for m in g.steering.head.finditer(text):
        if overlaps(m.start(), m.end()):
            listed = next((o for o in found if o.start == m.start() and o.canonical.startswith("Ban Chỉ đạo ")), None)
            if listed and listed.canonical.split()[3][:1].isupper():
                _region_list(text, listed.end, found, overlaps, add)
            continue
        named = _steering_name(text, m.end(), g)
        if named and (any(o.start == m.end() + 1 for o in found)
                      or _foreign(text, named[1], named[0], g) or g.foreign_after.match(text, named[0])):
            # "Ban Chỉ đạo Bộ Quốc phòng về ...": a body's own board is the body (found on its own);
            # "Trưởng ban Chỉ đạo xây dựng Nhà Quốc hội Lào": a foreign board
            continue
        if named:
            end, canonical = named
            rest = _REMIT_GOES_ON.match(text, end)
            if rest and rest.group(1) and any(o.start == rest.end() for o in found):
                continue  # "Ban Chỉ đạo công tác Thông tin - tuyên truyền TAND": a body's own board is the body
            # (org38) with no word of the remit after the dash, the body after it is a second one sharing the
            # office ("Ban Chỉ đạo T.Ư về Phòng chống thiên tai - Ủy ban Quốc gia Tìm kiếm cứu nạn"): both named
            # the name the lists already give it, whatever the case of the remit ("Ban Chỉ đạo T.Ư về
            # Phòng, chống thiên tai" is the listed "Ban Chỉ đạo phòng, chống thiên tai")
            add(m.start(), end, g.by_form.get(canonical.lower()) or Entry(canonical, "government", None))
            if canonical.split()[3][:1].isupper():
                _region_list(text, end, found, overlaps, add)
    steering = [o for o in found if o.canonical.startswith("Ban Chỉ đạo ")]
    for o in steering:
        # "Ban Chỉ đạo thi THPT quốc gia ... Ban Chỉ đạo thi của tỉnh": a steering committee named again
        # by the first words of its remit is the one named in full (a remit that opens the other's); (org33) or by
        # words inside it ("Ban Chỉ đạo cải cách chính sách tiền lương, ... Ban Chỉ đạo tiền lương nhà nước")
        longer = {x.canonical for x in steering if _remit_inside(o.canonical, x.canonical)}
        longer = {x for x in longer if not any(_remit_inside(x, y) for y in longer)}  # the longest of a chain
        if len(longer) == 1:
            o.canonical = longer.pop()
    # names as canonical and as written (round 17: "Cục HKVN" abbreviates the written "Cục Hàng không
    # Việt Nam", whose canonical name drops the country)
    canonicals = {c: c for c in {o.canonical for o in found}}
    canonicals |= {n: o.canonical for o in found if (n := re.sub(r"\s+", " ", o.name)) not in canonicals}
    for o in found:
        # "Hội Khoa học và Kỹ thuật nông nghiệp tỉnh Hà Tĩnh ... Hội KHKTNN Hà Tĩnh": a name whose last
        # word abbreviates words the document spells out in another name with the same first words is that name
        full = _spelled_out(o.canonical, canonicals)
        if full:
            o.canonical = full
    # (org38) one body, one name whatever the case of its words ("Hội Văn học Nghệ thuật tỉnh Điện Biên ... Hội Văn
    # học nghệ thuật tỉnh Hậu Giang", test16): the name the lists hold, else the one written first
    spelled: dict[str, str] = {}
    for o in sorted(found, key=lambda o: (o.canonical not in _listed_canonicals(), o.start)):
        spelled.setdefault(o.canonical.lower(), o.canonical)
    for o in found:
        o.canonical = spelled[o.canonical.lower()]
    # (org38) "Lữ đoàn pháo binh 490 ... Lữ đoàn 490": a unit named again by its type and number alone is the one
    # named with its arm (one body, one name)
    armed = {(o.canonical.split()[0] + " " + o.canonical.split()[1], o.name.rsplit(" ", 1)[-1]): o.canonical
             for o in found if len(o.canonical.split()) > 2 and o.canonical.startswith(_numbered_units())
             and o.name.rsplit(" ", 1)[-1].isdigit()}
    for o in found:
        number = o.name.rsplit(" ", 1)[-1]
        if o.canonical in _numbered_units() and o.name == f"{o.canonical} {number}" and (o.canonical, number) in armed:
            o.canonical = armed[(o.canonical, number)]
    commands = {o.place for o in found if o.canonical == "Bộ Chỉ huy Quân sự" and o.place}
    for o in found:
        if o.canonical == "Ban Chỉ huy Quân sự" and o.level == "tinh" and o.place in commands:
            # one body, one name (guideline test3, test7): "Ban chỉ huy quân sự tỉnh Đồng Nai" in a text
            # that names "Bộ chỉ huy quân sự tỉnh Đồng Nai" is that provincial command
            o.canonical = "Bộ Chỉ huy Quân sự"
    if found and _foreign_story(text, g, province_starts):
        # a story set abroad (five foreign countries or more, Việt Nam and its places never named) names
        # that country's bodies: its national ones ("Quốc hội sẽ bỏ phiếu" in a story on the US) and,
        # since round 19, the others too ("Ủy ban Chứng khoán và Hối đoái (SEC)", "lực lượng vũ trang
        # Cộng hòa Chechnya", "Cục sở hữu trí tuệ Nhà nước (Trung Quốc)": foreign news read on fresh
        # baomoi samples); with neither "Việt Nam" nor a province of ours in the text, no Vietnamese
        # body is named by its Vietnamese marker
        found = []
    if found:
        # a paragraph set abroad inside a story that names Việt Nam (a world digest): its national
        # bodies are that country's ([generic] foreign_offices)
        found = [o for o in found if not (_national(o) and _foreign_paragraph(text, o.start, g))]
    if found:
        # (org41) a bare national body after that country's own ("Bộ Y tế Liberia ... Chính phủ đã yêu cầu
        # WHO") or where the text speaks of many countries' ("các chính phủ", "60 quốc gia, gồm ... Chính phủ")
        found = [o for o in found if not (_national(o) and not o.place
                                          and (_after_foreign_namesake(text, o.start, o.end, abroad_named, g)
                                               or _governments_in_general(text, o, g)))]
    if parented:
        # the same department named elsewhere in the document without its parent is still the
        # parent's ("Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội ... Chủ nhiệm Ủy ban Quốc
        # phòng và An ninh cho biết"; "gửi Cục Chính sách ... Cục Chính sách (Tổng cục Chính trị)")
        # (org22) also when shortened there ("Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội" ... a
        # caption's "Ủy ban Khoa học và Công nghệ"; dev12); a committee never named with its parent keeps
        # its own name ("Ủy ban Tài chính Ngân sách", guideline test6 p4)
        found = [o for o in found if not _shortened_parented(_dash_spaced(re.sub(r"\s+", " ", o.name)), parented)]
    found.sort(key=lambda o: o.start)
    if written_text is not text:
        for o in found:  # a name read as the text wrote it keeps its written case ("Tổng Cục TDTT")
            if o.name == text[o.start:o.end]:
                o.name = written_text[o.start:o.end]
    return found


@cache
def _numbered_units() -> tuple[str, ...]:
    """[generic] numbered_units and unit_types: military unit types named with a number ("Lữ đoàn 490")."""
    return tuple(dict.fromkeys(_words("generic", "numbered_units") + _words("generic", "unit_types")))


@cache
def _listed_canonicals() -> frozenset[str]:
    """The canonical names organizations.toml lists."""
    return frozenset(e.canonical for e in grammar().by_form.values())


def _remit_inside(short: str, long: str) -> bool:
    """The remit of one steering committee's name is a run of whole words inside the other's, which is longer."""
    return short != long and re.search(rf" {re.escape(short[len('Ban Chỉ đạo '):])}(?!\w)", long[len("Ban Chỉ đạo"):]) is not None


_VIETNAM = re.compile(r"Việt Nam|(?<!\w)VN(?!\w)|nước ta|Hà Nội|TP\.?[ ]?HCM|Hồ Chí Minh|Trung ương Đảng|Đảng ta")
@cache
def _national_names() -> tuple[str, ...]:
    """Names every country has ([generic] national_names: "Bộ ", "Quốc hội", "Hội Chữ thập đỏ")."""
    return _words("generic", "national_names")


def _national(o: FoundOrg) -> bool:
    return o.level == "trung_uong" or o.canonical.startswith(_national_names())


@cache
def _foreign_offices() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(_words('generic', 'foreign_offices')) or '(?!x)x'})(?!\w)")


# (org38) a language, not a country: "Toán tiếng Anh", "bằng tiếng Nhật" name no country
_LANGUAGE_BEFORE = re.compile(r"(?<!\w)[Tt]iếng[ ]+$")


def _countries(text: str, g: OrgGrammar) -> int:
    return sum(1 for f in g.foreign_word.finditer(text)
               if not _CAPITALISED_BEFORE.search(text, max(0, f.start() - 20), f.start())
               and not _LANGUAGE_BEFORE.search(text, max(0, f.start() - 10), f.start()))


@cache
def _home_regions() -> re.Pattern:
    """(org40) [generic] home_regions: the country's own regions ("Đông Nam Bộ", "Tây Nguyên", "ĐBSCL")."""
    return re.compile(rf"(?<!\w)(?:{_alt(_words('generic', 'home_regions')) or '(?!x)x'})(?!\w)")


def _foreign_story(text: str, g: OrgGrammar, province_starts) -> bool:
    # (org40) a story of ours may name neither the country nor a province, only one of its regions ("giá lợn
    # tăng nhờ Trung Quốc thu mua ... Hiệp hội chăn nuôi Đông Nam Bộ ... Thứ trưởng Bộ Công Thương"): not abroad
    if province_starts or _VIETNAM.search(text) or _home_regions().search(text):
        return False
    countries = _countries(text, g)
    # an office Việt Nam does not have ("Tổng thống") with a country named three times: set abroad; (org38) so is
    # a story whose headline (its first line) names a foreign country it names three times ("Rơi máy bay trực
    # thăng cứu hộ tại Indonesia ... 4 sĩ quan Hải quân", test16: Indonesia's navy)
    headline = text[:text.find("\n")] if "\n" in text else ""
    return (countries >= 5 or (countries >= 3 and (bool(_foreign_offices().search(text)) or _countries(headline, g) > 0))
            or (countries >= 1 and _foreign_people_story(text, headline)))


_FOREIGN_WORD = re.compile(rf"(?<!\w)[{UPPER}][{LOWER}]\w*")


def _foreign_people_story(text: str, headline: str) -> bool:
    """(org41) 'McGregor chế nhạo Mayweather ... tao chính là Cục thuế đây' (dev14): a story whose headline
    names foreign people (capitalised words that are no Vietnamese syllable) and whose text writes such words
    often ([generic] foreign_people_story: headline, text minimums), with a foreign country and nothing of
    ours, is set abroad: its bodies are another country's or a figure of speech."""
    least = load("organizations").get("generic", {}).get("foreign_people_story", [])
    if len(least) != 2:
        return False
    def foreign_words(passage: str) -> int:
        return sum(1 for m in _FOREIGN_WORD.finditer(passage) if not is_syllable(m.group()))
    return foreign_words(headline) >= least[0] and foreign_words(text) >= least[1]


def _foreign_or_gone(text: str, org: FoundOrg, g: OrgGrammar, province_starts) -> bool:
    """A foreign body (its country after it, one of two countries, in a foreign person's titles, set
    abroad or named by a foreign leader) or one that no longer exists ("Sở TDTT khi đó", renamed since):
    out of scope."""
    renamed = g.renamed_after.match(text, org.end)
    return bool(g.foreign_after.match(text, org.end) or g.former_after.match(text, org.end) or _bilateral(text, org)
                or (renamed and not g.level.match(text, renamed.end()))
                or _foreign_title_chain(text, org.start, org.end, g) or _country_across_end(text, org, g)
                or _foreign_head(text, org, g) or _foreign_person_fund(org)
                or _foreign_remit_list(text, org.end, g) or _placed_abroad(text, org) or _listed_abroad(text, org, g)
                or _diaspora(text, org, g)
                or (org.level == "trung_uong" and (_abroad(text, org.start) or _foreign_leader(text, org.end, g, province_starts))))


@cache
def _diaspora_parts() -> tuple[tuple[str, ...], re.Pattern]:
    """(org42) The heads of a diaspora association as name prefixes, and the link to its country after the name."""
    links = _alt(_words("generic", "diaspora_links")) or "(?!x)x"
    return (tuple(f"{h} " for h in _words("generic", "diaspora_heads")),
            re.compile(rf"(?:[ ]+(?:Việt Nam|VN))?[ ]+(?:{links})(?=[ ])"))


def _diaspora(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """(org42) 'Hội Người Việt Nam tại Cộng hòa Séc': an association of Vietnamese registered abroad, its
    country after "tại"/"ở" ([generic] diaspora_heads, diaspora_links), is a foreign body (guideline test4)."""
    heads, link = _diaspora_parts()
    m = org.name.startswith(heads) and link.match(text, org.end)
    return bool(m) and _country_after(text, m.end(), g)


# (org41) national bodies in any case, for a foreign country right after them ("chính phủ nước này")
_NATIONAL_ANY_CASE = re.compile(r"(?<!\w)(?:[Cc]hính phủ|[Qq]uốc hội)")
_SENTENCE_END = re.compile(r"(?<!\b[A-ZĐ])[.!?]|\n")  # not the initial of a name ("G. Vona")


def _country_after(text: str, end: int, g: OrgGrammar) -> bool:
    """A foreign country right after a national body, not a person of ours whose name ends like one
    ("đại biểu Quốc hội Lưu Bình Nhưỡng": "Bình Nhưỡng" is also Pyongyang)."""
    m = g.foreign_after.match(text, end)
    word = re.match(r"\W*(\w*)", text[end:m.end()]) if m else None
    return bool(word) and word.group(1) not in g.surnames


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos)]
    return ends[-1] if ends else max(0, pos - 600)


def _our_side(passage: str, g: OrgGrammar) -> bool:
    """The passage names Việt Nam, one of its places or one of its officials ("Thủ tướng Nguyễn Xuân Phúc")."""
    return bool(_VIETNAM.search(passage) or provinces(passage) or _OUR_OFFICES.search(passage)
                or any(m.group(1) in g.surnames for m in _VIETNAMESE_OFFICIAL.finditer(passage)))


def _after_foreign_namesake(text: str, start: int, org_end: int, abroad_named: list[int], g: OrgGrammar) -> bool:
    """(org41) 'Bộ Y tế Liberia đã thông báo ... Chính phủ đã yêu cầu WHO' (dev18): a bare national body
    that follows one the text gives a foreign country ([generic] foreign_namesake_reach characters at most),
    with nothing of ours between them or in its own sentence, is that country's (the country is the subject, as "nước này" would
    say), though the story names Việt Nam elsewhere."""
    reach = int(load("organizations").get("generic", {}).get("foreign_namesake_reach", 0))
    end = _SENTENCE_END.search(text, start)  # its own sentence too ("Bộ Y tế Việt Nam tiếp tục ...")
    return any(0 <= start - e <= reach and not _our_side(text[e:end.start() if end else len(text)], g)
               for e in abroad_named) and not _OURS_AFTER.match(text, org_end)


@cache
def _many_countries() -> tuple[re.Pattern, re.Pattern]:
    """[generic] many_countries ("quốc gia", "nước") after a plural or number word, then a list word."""
    nouns = _alt(_words("generic", "many_countries"))
    plural = _plural_determiners()
    many = re.compile(rf"(?<!\w)(?:(?:{plural}|nhiều)[ ]+|\d+[ ]+)(?:{nouns})(?!\w)[^.;:\n]{{0,40}}?"
                      rf"(?<!\w)(?:{_alt(_words('generic', 'many_countries_list'))})(?!\w)")
    return many, re.compile(rf"(?<!\w)(?:{plural})[ ]+$", re.IGNORECASE)


_OURS_AFTER = re.compile(r"[ ]+(?:ta|nước ta|của ta|của nước ta)(?!\w)")  # "Quốc hội ta": ours, said so


def _governments_in_general(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """(org41) A national body spoken of for many countries, in a sentence naming nothing of ours: the text
    names it in the plural elsewhere ("Danh mục ... của Chính phủ" beside "hỗ trợ các Chính phủ", test8),
    or the sentence lists what many countries sent ("đại biểu đến từ hơn 60 quốc gia, gồm Lãnh đạo Nhà
    nước, Chính phủ, các bộ", test4)."""
    begin = _sentence_start(text, org.start)
    end = _SENTENCE_END.search(text, org.end)
    if _our_side(text[begin:end.start() if end else len(text)], g) or _OURS_AFTER.match(text, org.end):
        return False
    many, plural = _many_countries()
    if many.search(text, begin, org.start):
        return True
    if org.canonical not in _words("generic", "plural_bodies"):
        return False  # "Các Bộ Tài nguyên & môi trường, Xây dựng": ministries of ours listed, not many countries'
    name = re.escape(text[org.start:org.end])
    return any(m.start() != org.start and plural.search(text, max(0, m.start() - 6), m.start())
               for m in re.finditer(rf"(?<!\w){name}(?!\w)", text, re.IGNORECASE))


# a place written after a body: its level word's place, or one linked to it ("của Qiqihar", "ở Qiqihar")
_PLACE_LINKED = re.compile(rf"[ ]*(?:,|\(|thuộc|của|ở)[ ]*[{UPPER}]")


def _placed_abroad(text: str, org: FoundOrg) -> bool:
    """(org33) 'Tòa án quận Angangxi ở Qiqihar', 'Cục Tài nguyên đất của Qiqihar': the body's own place is one
    the text puts abroad ("thành phố Qiqihar ở tỉnh Hắc Long Giang"), whatever its syllables ("Krông Pắc" is
    ours), so the body is foreign though the story names Việt Nam."""
    if not (org.place or _PLACE_LINKED.match(text, org.end)):
        return False
    names = abroad(text)
    return org.place in names or inside(text, org.end, names)


# bodies listed after a name, up to the one level word and place they share ("Tỉnh ủy, Đại hội đại biểu nhân dân
# và Chính quyền | tỉnh Phúc Kiến")
_SHARED_PLACE = re.compile(r"((?:[ ]*(?:,|và)[ ]+\w+(?:[ ]+\w+){0,5}?){1,3}?)[ ]+(?:tỉnh|thành phố|TP\.?|bang)[ ]+")


def _listed_abroad(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """(org33) 'Đảng bộ, chính quyền tỉnh Phúc Kiến', 'chính quyền, lực lượng vũ trang, các tầng lớp nhân dân tỉnh
    Kampong Chhnang': a body without a place of its own, listed before others that end with one level word and
    place, has that place; a foreign one (or one the text puts abroad) makes it foreign."""
    m = not org.place and _SHARED_PLACE.match(text, org.end)
    return bool(m) and not any(w in g.stop_words and w not in ("và", "các") for w in m.group(1).replace(",", " ").split()) \
        and bool(g.foreign_word.match(text, m.end()) or named_at(text, m.end(), abroad(text)))


def _foreign_paragraph(text: str, start: int, g: OrgGrammar) -> bool:
    """'Romania chính thức có thủ tướng mới: ... Chính phủ đề cử ... tại Quốc hội': a passage (the
    paragraph, at most 500 characters either side: digests run their items together) that names a
    foreign country twice or more and a foreign office, and neither Việt Nam nor one of its places,
    is set abroad (a world digest)."""
    begin = max(text.rfind("\n", 0, start) + 1, start - 500)
    end = text.find("\n", start)
    para = text[begin:min(end if end >= 0 else len(text), start + 500)]
    if _VIETNAM.search(para) or provinces(para) or not _foreign_offices().search(para):
        return False
    if any(m.group(1) in g.surnames for m in _VIETNAMESE_OFFICIAL.finditer(para)) or _OUR_OFFICES.search(para):
        return False  # "Thủ tướng Nguyễn Xuân Phúc tiếp Thủ tướng Nhật Bản": our side is in the passage
    return _countries(para, g) >= 2


# an official named with a title then a Vietnamese surname; offices only Việt Nam has
_VIETNAMESE_OFFICIAL = re.compile(rf"(?:{_alt(_words('generic', 'official_titles'))})[ ]+(?:Chính phủ[ ]+)?([A-ZĐ]\w*)")
_OUR_OFFICES = re.compile(r"Chủ tịch nước|Tổng Bí thư|Chủ tịch Quốc hội[ ]+[A-ZĐ]\w*[ ]+[A-ZĐ]")


_INSTITUTION_AFTER = re.compile(rf"[ ]+(?:{_alt(_words('generic', 'institutions_after'))})(?!\w)")
# (org22) up to twelve lower-case words: a remit with its object runs long ("quản lý và khai thác các công trình
# thủy sản tỉnh"); the name is cut at its first stop word below
_LOWER_CENTRE = re.compile(rf"(?<!\w)Trung tâm[ ]+([{LOWER}]\w*(?:[ ]+[{LOWER}]\w*){{1,11}})")
_CENTRE_PARENT = re.compile(rf"[ ]+(?:{_alt(_words('generic', 'centre_parent_links'))})[ ]+(?:{_alt(_words('generic', 'centre_parents'))})")
# (the country, not "TƯ": "xây Trung tâm hành chính TƯ" is a building)
_CENTRE_NATIONAL = re.compile(r"[ ]+(?:Việt Nam|VN|[Qq]uốc gia)(?!\w)")
_FOUNDED_BY = re.compile(rf"(?:(?:tỉnh|thành phố|huyện|quận|UBND|{NAME})[ ]+(?:đã[ ]+|vừa[ ]+)?thành lập[ ]+)$")
# a verb the long pattern took as a name's last words when the sentence or clause ends after it ([generic]
# closing_verbs); "đăng ký" is a noun of names ("Văn phòng Đăng ký đất đai"), its "ký" no verb
_VERB_TAIL = re.compile(rf"(?<![Đđ]ăng)[ ]+(?:{_alt(nfc(w) for w in load('organizations').get('generic', {}).get('closing_verbs', []))})$")
_LIST_TO_PARENT = re.compile(r"(,[^.;:\n()]{1,60}?)[ ]+của[ ]")  # the rest of a listed name, up to "của" its parent
_PLACE_AFTER = re.compile(rf"[ ]*[{UPPER}]")  # the place name after a level word opens with a capital
# a national association closed by the country: its words in lower case ("Hiệp hội bệnh viện tư nhân VN"),
# or (round 18) capitalised then going on in lower case, "và" included ("Hội Quy hoạch và phát triển Đô thị
# Việt Nam", "Hiệp hội Chế biến và xuất khẩu thủy sản Việt Nam (VASEP)")
# (org22) the country is also written "Việt nam" in news copy: the same country, removed the same way
_LOWER_NATIONAL = re.compile(rf"(?<!\w)({_alt(_words('generic', 'lower_national_heads'))})[ ]+([^\W\d_]+(?:[ ]+[^\W\d_]+){{1,6}}?)"
                             rf"[ ]+(?:{_alt(_words('generic', 'national_country'))})(?!\w)(?![ ]*[-–])")


@cache
def _lower_compound_re() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alt(nfc(c) for c in load('organizations')['generic'].get('lower_compounds', []))})(?!\w)")


# (round 13) the office's words may be capitalised and a city closes it too ("Trưởng phòng Quản lý Đô thị
# TP Thái Bình"; dev9): the level word after it still says it is a public office, not a company's
@cache
def _force_list_parts() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    ctx = load("organizations")["context"]
    items = {nfc(k): nfc(v) for k, v in ctx.get("force_items", {}).items()}
    intro = re.compile(rf"(?<!\w)[Ll]ực lượng(?:[ ]+[^\W\d_]+){{0,5}}?[ ]+(?:{_alt(nfc(w) for w in ctx.get('force_list_intro', []))})[ ]+")
    item = re.compile(rf"({_alt(items)})(?!\w)")
    return intro, item, items


_LIST_SEP = re.compile(r"[ ]*,[ ]*|[ ]+và[ ]+|[ ]+hoặc[ ]+")


def _force_list(text: str) -> list[tuple[int, int, str]]:
    """The items of a lower-case list of forces after "lực lượng ... như" ([context] force_items): two
    items at least, in a row."""
    if "ực lượng" not in text:
        return []
    intro, item, items = _force_list_parts()
    out = []
    for m in intro.finditer(text):
        pos, got = m.end(), []
        while True:
            it = item.match(text, pos)
            if not it:
                break
            got.append((it.start(), it.end(), items[it.group(1)]))
            sep = _LIST_SEP.match(text, it.end())
            if not sep:
                break
            pos = sep.end()
        if len(got) >= 2:
            out.extend(got)
    return out


@cache
def _closed_heads() -> frozenset[str]:
    return frozenset(_words("generic", "closed_heads"))


@cache
def _closed_heads_open() -> tuple[str, ...]:
    return _words("generic", "closed_heads_open")


@cache
def _department_canonical() -> dict[str, str]:
    """Lower-cased written form -> listed department name; each name also as written with one of the
    [generic.name_abbr] abbreviations for its words ("Cục Cảnh sát ĐTTP về ma túy", round 14)."""
    generic = load("organizations").get("generic", {})
    out = {}
    for n in map(nfc, generic.get("department_names", [])):
        out[lower_same_length(n)] = n
        # the press drops the comma of the ministries' "phòng, chống" ("Cục phòng chống HIV/AIDS", dev13)
        out.setdefault(lower_same_length(re.sub(r"(?i)(phòng), (chống)", r"\1 \2", n)), n)
        for abbr, words in generic.get("name_abbr", {}).items():
            head, _, rest = n.partition(" ")
            at = rest.lower().find(nfc(words).lower())
            if at > 0:  # the words go on a name already started ("Cục Cảnh sát | ĐTTP về ma túy")
                variant = f"{head} {rest[:at]}{nfc(abbr)}{rest[at + len(words):]}"
                out.setdefault(lower_same_length(variant), n)
    return out


_DEPARTMENT_GAP = re.compile(r"[ ]*[-–][ ]*|[ ]+")


def _department_key(name: str) -> str:
    """A listed department's lookup key: lower case, a dash between two of its words read as a space.
    The press puts a dash between the parts of a department's remit ("Cục Nghệ thuật - Biểu diễn" is
    the "Cục Nghệ thuật biểu diễn" of the ministry's own charter; test12), and the listed names that
    hold a dash are also written without one ("Chi cục Dân số Kế hoạch hóa gia đình")."""
    return _DEPARTMENT_GAP.sub(" ", lower_same_length(name))


@cache
def _departments_by_key() -> dict[str, str]:
    out: dict[str, str] = {}
    for written, name in _department_canonical().items():
        out.setdefault(_department_key(written), name)
    return out


def _listed_department(written: str) -> str | None:
    """The listed department a written name is: as written if listed so, else read through its dashes."""
    return _department_canonical().get(lower_same_length(written)) or _departments_by_key().get(_department_key(written))


@cache
def _department_names() -> re.Pattern:
    # each gap between the words of a listed name may be a space or a dash (see _department_key)
    names = sorted(_departments_by_key(), key=lambda w: (-len(w), w))
    alt = "|".join(r"(?:[ ]*[-–][ ]*|[ ]+)".join(map(re.escape, n.split(" "))) for n in names)
    return re.compile(rf"(?<!\w)(?:{alt or '(?!x)x'})(?!\w)")


@cache
def _served_place() -> re.Pattern:
    """(org36) the place a listed department serves, written after it: a gate word then a name, or a name
    alone ("Chi cục Hải quan | cửa khẩu Móng Cái", "Chi cục Hải quan | Cầu Treo")."""
    gate = _alt(nfc(w) for w in load("organizations").get("generic", {}).get("served_place_words", []))
    return re.compile(rf"(?:[ ]+(?:{gate or '(?!x)x'}))?(?:[ ]+[{UPPER}]\w*){{1,3}}(?![\w-])")


_DISTRICT_OFFICE = re.compile(r"(?<!\w)(?:[Tt]rưởng|[Pp]hó [Tt]rưởng) phòng ([^\W\d_]+(?:[ ]+[^\W\d_]+){1,4}?)"
                              r"(?=[ ]+(?:quận|huyện|thị xã|TP|thành phố)(?!\w))")
# "Quản lý" opens a remit written in lower case in the name ("Phòng Quản lý đô thị", as "Vụ Quản lý công
# trình thủy lợi"): a capitalised remit after it is spelled in lower case
_MANAGEMENT = re.compile(r"^Quản lý (.+)$")
_FRIENDSHIP = re.compile(rf"(?<!\w)Hội[ ]+[Hh]ữu[ ]+nghị[ ]+Việt[ ]+Nam[ ]*[-–][ ]*([{UPPER}]\w*(?:[ ]+[{UPPER}]\w*)?)(?![\w-])")
# the partner country first, then Việt (Nam): the partner's own association
_FRIENDSHIP_ABROAD = re.compile(rf"(?<!\w)Hội[ ]+[Hh]ữu[ ]+nghị[ ]+(?!Việt(?!\w))[{UPPER}]\w*(?:[ ]+[{UPPER}]\w*)?[ ]*[-–]?[ ]*Việt(?:[ ]+Nam)?(?!\w)")
_AND_THEN = re.compile(r"[ ]+và[ ]+")
_CAPITALISED_HEADS = frozenset({"Hội", "Hiệp hội", "Tổng hội", "Liên hiệp", "Liên đoàn"})
# a department head's own title ("Tổng cục trưởng", "phó Cục trưởng") before a capitalised word
_HEAD_TITLE = re.compile(rf"(?<!\w)(Tổng cục|Chi cục|Cục) trưởng[ ]+(?=[{UPPER}])")
_MINISTER = re.compile(r"(?<!\w)(?:Bộ|Thứ) trưởng[ ]+(?!Bộ )")
# (round 13) a minister named by sector and no person, the sector closed by punctuation, "và" or the
# sentence's verb ("tham mưu cho Bộ trưởng Giao thông vận tải và Chính phủ", "Bộ trưởng Y tế cho biết";
# test7): the ministry; a country after the sector ("Bộ trưởng Quốc phòng Mỹ") is not this
_MINISTER_CLOSED = re.compile(r"[ ]*(?:[,.;:)?!]|[ ]và[ ]|[ ]+(?:cho biết|đã|vừa|sẽ|đang|yêu cầu|nhấn mạnh|khẳng định|phát biểu|ký|đề nghị)(?!\w))")
# ministers of many countries ("các Bộ trưởng Tài chính", "Hội nghị Thứ trưởng Tài chính và Phó Thống đốc
# ... APEC"; dev8): the office, not our ministry
_MINISTERS_MANY = re.compile(rf"(?:(?<!\w)(?:{_plural_determiners(capitalised=True)})|Hội nghị|[Tt]iến trình|[Cc]uộc họp)[ ]+$")
_MINISTER_BEFORE = re.compile(r"(?<!\w)(?<!cán )(?:[Bb]ộ|[Tt]hứ) trưởng[ ]+$")


_NEXT_LOWER = re.compile(rf"[ ]+([{LOWER}]\w*(?:[ ]+[{LOWER}]\w*)?)")


def _verb_next(text: str, end: int) -> bool:
    """(org42) The sentence's verb right after a minister's sector, any verb the part-of-speech lexicon knows
    ("Bộ trưởng Y tế tiết lộ ...", "Bộ trưởng Nội vụ trả lời"), not only those _MINISTER_CLOSED lists."""
    m = _NEXT_LOWER.match(text, end)
    if not m:
        return False
    word = _first_word(m.group(1))
    if word in _title_joiners():
        return False  # "Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Arun Jaitley": another title follows, not a verb
    return _word_label(word) in _predicate_labels()[0]


@cache
def _title_joiners() -> frozenset[str]:
    """(org42) [generic] title_joiners: verbs to the lexicon that join a second title ("kiêm")."""
    return frozenset(_words("generic", "title_joiners"))


@cache
def _minister_sectors_cached(pairs: tuple) -> dict[str, str]:
    first: dict[str, set[str]] = {}
    for sector in pairs:
        head = re.split(r",| và ", sector)[0].strip().lower()
        first.setdefault(head, set()).add(sector)
    return {h: next(iter(s)) for h, s in first.items() if len(s) == 1 and len(h.split()) >= 2}


def _minister_sectors(g: OrgGrammar) -> dict[str, str]:
    """The first part of a ministry's sector, where it names one ministry ("giáo dục" -> "Giáo dục
    và Đào tạo"); one-syllable or shared first parts are left out."""
    return _minister_sectors_cached(tuple(sorted(set(g.sector_by_form.values()))))


def _person_in_name(text: str, start: int, end: int, g: OrgGrammar) -> re.Match | None:
    """Where a person's name opens inside text[start:end] read as a name: the whole person ("Tổng cục
    TDTT Trần Đức Phấn"), or, where the name stopped inside the person, the surname and the syllables
    before the stop ("... An ninh Võ Trọng | Việt", "Cục trưởng An toàn Lao Động Hà | Tất Thắng")."""
    person = g.person_tail.search(text, start, end)
    if not person and _CAPITAL_AFTER.match(text, end):
        person = g.person_start.search(text, start, end)
    return person


def _dash_spaced(name: str) -> str:
    return re.sub(r"\s*[-–]\s*", " - ", name)


def _full_name_mid_sentence(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """'Bộ Y tế và Bảo hiểm xã hội thực hiện': a name that needs a level (its words also name a
    scheme) still names the body when written in full, capitalised, inside a sentence (the scheme
    is written in lower case, or after "chế độ", "đóng" ...; see _after_scheme_word)."""
    if (" " not in org.name or not org.name[:1].isupper() or not org.name.split()[1][:1].islower()
            or not org.canonical.split()[1][:1].islower()):
        return False  # "BHXH", "Bộ Tư lệnh"/"Bộ tư lệnh" (the command of what? its place says)
    if _bare_head_goes_on(text, org, g):
        return False
    if _NAME_GOES_ON.match(text, org.end):
        return False  # (org32) "Ủy ban Dân tộc", "Tòa án Hiến pháp": the bare form opens another body's name
    before = text[max(0, org.start - 3):org.start].rstrip()
    return bool(before) and before[-1].isalnum()


_LOWER_WORD = re.compile(rf"[ ]+([{LOWER}]\w*)")


def _bare_head_goes_on(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """(org35) 'Một Ủy ban thực thi hỗn hợp (JIC)', 'Ủy ban liên chính phủ ASEAN': a head that opens many
    bodies' names ([generic] departments), written bare, goes on in lower case to another body's name; before
    a verb or function word ('từ Ủy ban đến các sở') it still points back to the local committee, (org42) but not before
    a word opening a remit ('Ủy ban về các vấn đề xã hội': [generic] remit_openers)."""
    after = _LOWER_WORD.match(text, org.end)
    return (bool(after) and org.name.replace("Uỷ", "Ủy") in g.departments
            and (after.group(1) not in g.stop_words or after.group(1) in _remit_openers()))


@cache
def _remit_openers() -> frozenset[str]:
    """(org42) [generic] remit_openers: function words that open a committee's remit ("Ủy ban về ...")."""
    return frozenset(_words("generic", "remit_openers"))


@cache
def _level_free_after() -> dict[str, re.Pattern]:
    """[context.level_free_after]: canonical name -> its nouns for a body, right before the span searched."""
    table = load("organizations").get("context", {}).get("level_free_after", {})
    nouns: dict[str, list[str]] = {}
    for noun, names in table.items():
        for name in names:
            nouns.setdefault(nfc(name), []).append(nfc(noun))
    return {name: _words_before(_alt(words)) for name, words in nouns.items()}


def _named_by_noun(text: str, org: FoundOrg) -> bool:
    """'Cơ quan bảo hiểm xã hội nên ...': a name that needs a level (its words also name a scheme) names
    the body after a noun for a body ([context.level_free_after]), in any case."""
    before = _level_free_after().get(org.canonical)
    return bool(before and before.search(text, max(0, org.start - 12), org.start))


# (round 15) a department written in brackets right after its parent ("Bộ Y tế (Cục Quản lý Khám, chữa
# bệnh)", "UBND tỉnh (Văn phòng UBND)"; dev11): the parent is the mention, as with the parent after it
_PARENT_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:Bộ|Sở|Tổng cục)[ ]+[{UPPER}][^()\n.;:]{{0,50}}|(?<!\w)(?:Quốc hội|Chính phủ)"
    rf"|(?<!\w)(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[^()\n.;:]{{0,40}})[ ]*\([ ]*$")


@cache
def _short_sectors() -> dict[str, Entry]:
    """'sở giáo dục' -> Sở Giáo dục và Đào tạo: a department or ministry cut after the first word of
    its sector, where that word opens one sector only ([generic.sectors.short]); "Phòng" only for the
    district sectors."""
    sectors = load("organizations").get("generic", {}).get("sectors", {})
    out: dict[str, Entry] = {}
    for form, entry in _sector_bodies([(short, sector, heads) for short, sector in sectors.get("short", {}).items()
                                       for table, heads in _SECTOR_HEADS.items()
                                       if nfc(sector) in map(nfc, sectors.get(table, []))]):
        out.setdefault(lower_same_length(form), entry)
    return out


@cache
def _sector_syllables() -> tuple[tuple[frozenset[str], Entry], ...]:
    """Each department sector ([generic.sectors] names and province_only) as its set of syllables."""
    sectors = load("organizations").get("generic", {}).get("sectors", {})
    return tuple((frozenset(_syllables(nfc(sector))), Entry(nfc(f"Sở {sector}"), "government", "tinh"))
                 for sector in sectors.get("names", []) + sectors.get("province_only", []))


def _syllables(words: str) -> list[str]:
    return [w for w in re.split(r"[\s,&–-]+", words.lower()) if w and w != "và"]


def _sector_words(name: str) -> Entry | None:
    """'Sở Truyền Thông' -> Sở Thông tin và Truyền thông: a department named by two or more syllables of
    one sector only, in any order and case ([generic.sectors] own_departments are bodies of their own:
    "Sở Du lịch")."""
    head, _, rest = name.partition(" ")
    words = _syllables(rest)
    if head != "Sở" or len(words) < 2 or lower_same_length(rest) in _own_departments():
        return None
    fits = [entry for syllables, entry in _sector_syllables() if syllables.issuperset(words)]
    if not fits:
        # (org26) one tone mark off in a syllable ("Sở Giáo Dục và Đạo Tạo", dev15): the sector's
        # syllables without tone marks, when they still fit one sector only
        toneless = set(map(_toneless, words))
        fits = [entry for syllables, entry in _sector_syllables() if set(map(_toneless, syllables)).issuperset(toneless)]
    return fits[0] if len(fits) == 1 else None


_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _toneless(syllable: str) -> str:
    """'đạo' -> 'đao': the five tone marks dropped, the vowel letters (ă, â, ê, ô, ơ, ư) kept."""
    return nfc(unicodedata.normalize("NFD", syllable).translate(_TONE_MARKS))


@cache
def _own_departments() -> frozenset[str]:
    return frozenset(map(lower_same_length, _words("generic", "sectors", "own_departments")))


@cache
def _public_centres() -> frozenset[str]:
    return frozenset(w.lower() for w in _words("generic", "public_centres", "remits"))


@cache
def _managed_centres() -> frozenset[str]:
    """Openers of a public centre's remit that name one with a level and place after it ([generic.public_centres]
    managed_openers: "quản lý")."""
    return frozenset(w.lower() for w in _words("generic", "public_centres", "managed_openers"))


@cache
def _remit_heads() -> tuple[str, ...]:
    """[generic.public_centres] lower_remit_heads ("Viện Nghiên cứu"); also find_orgs' fast path: a text
    holding none of them is not searched."""
    return _words("generic", "public_centres", "lower_remit_heads")


@cache
def _lower_remit_heads() -> re.Pattern:
    """A head of _remit_heads() and up to eight lower-case words, the shortest run that a level word or
    a capitalised word follows (checked in find_orgs)."""
    levels = _alt(grammar().level_map)
    return re.compile(rf"(?<!\w)({_alt(_remit_heads()) or '(?!x)x'})[ ]+([{LOWER}]\w*(?:[ ]+[{LOWER}]\w*){{0,7}}?)"
                      rf"(?=[ ]+(?:[{UPPER}]|(?:{levels})(?!\w)))")


@cache
def _public_centre_names() -> re.Pattern:
    """'Trung tâm Phát triển Quỹ Đất tỉnh', matched on lower-cased text: a public centre by a remit that
    holds another body's head word ("quỹ"), where the generic names would cut it."""
    heads = {h.lower() for h in grammar().generic_kinds}
    remits = [r for r in _public_centres() if any(w in heads for w in r.split())]
    return re.compile(rf"(?<!\w)trung tâm[ ]+({_alt(remits) or '(?!x)x'})(?!\w)")


def _centre_name(remit: str) -> str:
    """The centre's name with each part of its remit opening with a capital, the rest as the remit list
    spells it ("Trung tâm Xúc tiến và Hỗ trợ đầu tư"), whatever the text's case."""
    return "Trung tâm " + " và ".join(f"{p[:1].upper()}{p[1:]}" for p in remit.split(" và "))


@cache
def _heritage_boards() -> re.Pattern:
    """'Ban quản lý quần thể danh thắng Tràng An', 'Ban Quản lý (BQL) Hoàng thành Thăng Long': the site's
    name is group 1."""
    data = load("organizations").get("generic", {}).get("heritage_boards", {})
    heads, sites = [nfc(h) for h in data.get("heads", [])], [nfc(w) for w in data.get("sites", [])]
    if not heads or not sites:
        return re.compile(r"(?!x)x")
    proper = rf"[{UPPER}]\w*(?:[ ]+[{UPPER}]\w*){{0,3}}"
    # (org40) the kind of site in any case ("Vườn Quốc gia") or abbreviated ("BQL VQG Phong Nha"), and the
    # abbreviation in brackets after the head or after the kind ("Ban Quản lý Vườn Quốc gia (BQL VQG) Phong Nha")
    bracket = r"(?:[ ]*\([A-ZĐ]{2,5}(?:[ ]+[A-ZĐ]{2,5})?\))?"
    return re.compile(rf"(?<!\w)(?:{_alt(heads)}){bracket}[ ]+((?i:{_alt(sites)})){bracket}[ ]+({proper}(?:[ ]*[-–][ ]*{proper})?)(?![\w-])")


def _site_kind(written: str) -> str:
    """(org40) The kind of site in a heritage board's name, spelled one way: abbreviations written out, the words
    after the first in lower case ("Vườn Quốc gia", "VQG" -> "Vườn quốc gia"; "vịnh" stays as written)."""
    kind = _expansions().get(written, written)
    return kind[:1] + kind[1:].lower()


def _title_parented_elsewhere(text: str, lowered: str, start: int, end: int) -> bool:
    """(org31) 'Cục trưởng kinh tế, Bộ Quốc phòng ... Cục trưởng Kinh tế nói': a department the text
    names by its head's title with its parent after it, in any case, is the parent's where the title
    comes again without the parent (the parent is the mention, guideline; test3), as `parented` does
    for names the generic rule reads."""
    title = lowered[start:end]
    at = lowered.find(title)
    while at >= 0:
        if at != start and _parent_follows(text, at + len(title)):
            return True
        at = lowered.find(title, at + 1)
    return False


def _parent_before(text: str, start: int) -> bool:
    return bool(start is not None and (_PARENT_BEFORE.search(text, max(0, start - 70), start)
                                       or _units_of_parent().search(text, max(0, start - 250), start)
                                       or _directed_by_parent().search(text, max(0, start - 150), start)))


@cache
def _directed_by_parent() -> re.Pattern:
    """(org41) 'Bộ trưởng Bộ Thông tin - Truyền thông Trương Minh Tuấn yêu cầu Cục Báo chí' (test4): a department
    its parent's head directs ([context] parent_head_titles, parent_directs), within one sentence, is the
    parent's, which is the mention (guideline test2: internal departments count as the body)."""
    return re.compile(
        rf"(?<!\w)(?:{_context_words('parent_head_titles')})[ ]+(?:Bộ|Tổng cục)[ ]+[{UPPER}][^()\n.;:]{{0,90}}?"
        rf"[ ]+(?:{_context_words('parent_directs')})[ ]+$")


@cache
def _other_parent_after() -> re.Pattern:
    """(org41) [context] non_party_parents: the Front or a mass organisation right after a party-style board."""
    return re.compile(rf"[ ]*(?:,[ ]*|[-–][ ]*|của[ ]+)?(?:{_context_words('non_party_parents')})(?!\w)")


@cache
def _units_of_parent() -> re.Pattern:
    """(org31) 'các đơn vị của Bộ Công an như Cục Cảnh sát ...; Cục An ninh ...': departments listed as the
    units of a parent named just before count as the parent (guideline, dev17), like a parent after
    them. The list runs on from the intro word ([context] units_of_parent) to the department, within
    one sentence."""
    return re.compile(
        rf"(?<!\w)(?:{_context_words('units_of_parent')})[ ]+(?:trực thuộc|thuộc|của)[ ]+"
        rf"(?:(?:Bộ|Sở|Tổng cục)[ ]+[{UPPER}][^()\n.;:]{{0,50}}?|Công an[^()\n.;:]{{0,30}}?)"
        rf"[ ]+(?:{_context_words('units_of_parent_intro')})[ ]*(?::[ ]*)?(?:[^.\n]{{0,200}}?[,;][ ]*)?$")


def _content_words(name: str) -> list[str]:
    """A name's words, lower case, without the list words ("và", commas, dashes) that a shortening drops."""
    return [w for w in re.split(r"[\s,\-–]+", name.lower()) if w and w != "và"]


def _shortened_parented(name: str, parented: set[str]) -> bool:
    """The name is a department the text names with its parent elsewhere: the same name, or a shortening
    of it (the same head, then some of its words in their order, two at least after the head: "Ủy ban Khoa
    học và Công nghệ" of "Ủy ban Khoa học, Công nghệ và Môi trường")."""
    if name in parented:
        return True
    words = _content_words(name)
    if len(words) < 4:  # "Ủy ban Kinh tế": head and two words at least, or it is no shortening of one
        return False
    for full in parented:
        fw = _content_words(full)
        if fw[:2] != words[:2] or len(fw) <= len(words):
            continue
        it = iter(fw[2:])
        if all(w in it for w in words[2:]):
            return True
    return False


def _parent_beside(text: str, head: str, end: int, start: int, g: OrgGrammar) -> bool:
    """A department ([generic] departments: "Cục", "Vụ", "Ủy ban", ...) with its parent named after or just
    before it: the parent is the mention (guideline), so the department is set aside."""
    return head in g.departments and _parent_follows(text, end, start)


def _parent_follows(text: str, end: int, start: int | None = None) -> bool:
    """'Cục Kinh tế, Bộ Quốc phòng', 'Cục Kinh tế/Bộ Quốc phòng', 'Cục quản lý giá (Bộ Tài chính)', 'Ủy ban Kinh tế của Quốc hội':
    a department named with its parent counts as the parent (guideline), found on its own. The
    department's name may go on in lower case after "và" ("Cục Quản lý nhà | và thị trường bất động
    sản - Bộ Xây dựng"): the generic pattern stops at "và", the parent still follows."""
    if _PARENT_AFTER.match(text, end) or _parent_before(text, start):
        return True
    rest = _AND_LOWER.match(text, end)
    return bool(rest and _PARENT_AFTER.match(text, rest.end()))


_AND_LOWER = re.compile(rf"[ ]+và[ ]+[{LOWER}]\w*(?:[ ]+[{LOWER}]\w*){{0,7}}")


_PARENT_AFTER = re.compile(
    # the rest of a listed remit first ("Ủy ban Văn hóa, Giáo dục, ... và Nhi đồng | của Quốc hội")
    rf"(?:(?:,[ ]+|[ ]+và[ ]+|[ ]+[-–][ ]+)[{UPPER}]\w*(?:[ ]+[{LOWER}]\w*)?){{0,6}}"
    # (round 17) the department's abbreviation in brackets between ("Cục Quản lý Khám, chữa bệnh (KCB)-Bộ Y tế")
    r"(?:[ ]*\([A-ZĐ][A-ZĐ&.-]*\))?"
    # (org20) a bracket may open on "thuộc" ("Cục Quản lý cạnh tranh (thuộc Bộ Công Thương)")
    # (org32) the ministry in lower case with its sector capitalised, as the contract reads it ("(bộ Y tế)")
    rf"[ ]*(?:,|\(|-|–|/)?[ ]*(?:thuộc|trực thuộc|của)?[ ]*(?:Bộ[ ]+[^\W\d_]|bộ[ ]+[{UPPER}]|Tổng [Cc]ục|Quốc hội|Chính phủ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân"
    r"|Sở[ ]+[^\W\d_]|Công an|CATP|CAT(?!\w)|Thanh tra[ ]+(?:Chính phủ|Bộ))")


# a branch named with its provincial department after it ("Chi cục Hải quan cửa khẩu Móng Cái, Cục Hải
# quan Quảng Ninh"): the branch counts as that department (guideline dev7), found on its own
_CITY_PARENT = re.compile(rf"[ ]*(?:,|\(|-|–|/|thuộc|trực thuộc|của)[ ]*Cục[ ]+[{UPPER}]")


@cache
def _abroad_pattern() -> re.Pattern:
    names = sorted({nfc(n) for n in load("places")["foreign"]["names"]}, key=len, reverse=True)
    return re.compile(rf"[ ]*(?:[Ởở]|[Tt]ại|Còn ở|Còn tại)[ ]+(?:{'|'.join(map(re.escape, names))})(?!\w)[ ]*,")


_LATIN_NAME = re.compile(r"[ ]+([A-Z][a-z]+)[ ]+[A-Z][a-z]+(?![\w-])")


def _foreign_leader(text: str, end: int, g: OrgGrammar, province_starts) -> bool:
    """'Chính phủ Donald Trump': a national body named by its leader, whose name is two syllables of
    plain Latin letters that are not a Vietnamese surname or province ("Long An"), is foreign."""
    m = _LATIN_NAME.match(text, end)
    return bool(m) and m.group(1) not in g.surnames and m.start(1) not in province_starts


def _abroad(text: str, start: int) -> bool:
    """'Ở Hungary, ... đệ trình lên Quốc hội': a national body in a sentence opened by a foreign
    country is that country's (out of scope, as "Quốc hội nước này")."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    return bool(_abroad_pattern().match(text, opening))


_BILATERAL_BEFORE = re.compile(r"(?:^|[^\w])[Hh]ai[ ]+$")
# ("Chính phủ hai nước Việt Nam và Hàn Quốc" names the Vietnamese one too)
_BILATERAL_AFTER = re.compile(r"[ ]+(?:của[ ]+)?hai[ ]+(?:nước|quốc gia|bên)(?!\w)(?![ ]+Việt Nam)")


def _bilateral(text: str, org: FoundOrg) -> bool:
    """'hai Đảng, hai Chính phủ, hai Quân đội', 'Ban Chỉ đạo công trình của hai nước': the bodies of
    two countries together, not one Vietnamese body (as a foreign body, not annotated)."""
    return bool(_BILATERAL_BEFORE.search(text[max(0, org.start - 6):org.start]) or _BILATERAL_AFTER.match(text, org.end))


@cache
def _chain_openers() -> tuple[str, ...]:
    """Pieces of the titles that open a chain ([generic] chain_openers): the fast path of _foreign_title_chain."""
    return _words("generic", "chain_openers")


_AND_PERSON = re.compile(rf"[ ]+và[ ]+(?=[{LOWER}])")  # "... tỉnh X và đồng chí Y", not "Hội đồng Nhà nước và Hội đồng Bộ trưởng Cuba"
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}]\w*[ ]+$")


@cache
def _chain_cut() -> re.Pattern:
    """Where one part of a chain of titles ends: the verb of the sentence or the person's name."""
    # ([generic] chain_verbs, in the order written there)
    verbs = "|".join(re.escape(nfc(w)) for w in load("organizations").get("generic", {}).get("chain_verbs", [])) or "(?!x)x"
    return re.compile(rf"[ ]+(?:(?:{verbs})(?!\w)|(?:{_alt(load('people')['surnames']['words'])})[ ]+[{UPPER}])")


_CHAIN_SPLIT = re.compile(r",[ ]*|[ ]+[-–][ ]+")
_CHAIN_END = re.compile(r"[.;:!?()\n“”\"]")


@cache
def _chain_titles() -> tuple[str, ...]:
    return _words("generic", "chain_titles")


def _foreign_title_chain(text: str, start: int, end: int, g: OrgGrammar) -> bool:
    """'Thượng tướng X, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc': a body in a
    person's chain of titles (parts between commas or spaced dashes, each opened by a title) where
    one title names a foreign country is that country's (the person is foreign), unless Việt Nam is
    named in the chain."""
    titles = _chain_titles()
    # (most names are not in a chain of titles: the part holding the name, read back to the nearest
    # comma, dash or stop, is checked first)
    window = text[max(0, start - 60):start]
    if not any(t in window or t in text[start:end] for t in _chain_openers()):
        return False  # no title word before the name: no chain (the fast path)
    part = _CHAIN_SPLIT.split(_CHAIN_END.split(window)[-1])[-1]
    if not (part + text[start:end]).strip().startswith(titles) and not (part == window and start >= 60):
        return False
    left = max((m.end() for m in _CHAIN_END.finditer(text, max(0, start - 250), start)), default=max(0, start - 250))
    right = next((m.start() for m in _CHAIN_END.finditer(text, end, end + 250)), min(len(text), end + 250))
    before = _CHAIN_SPLIT.split(text[left:start])
    after = _CHAIN_SPLIT.split(text[end:right])
    own = before[-1] + text[start:end] + after[0]
    if not own.strip().startswith(titles):
        return False
    chain = [own]
    cut = _chain_cut()
    for part in reversed(before[:-1]):
        if not part.strip().startswith(titles) or cut.search(part):
            break  # (a part before that holds a verb or a person belongs to another clause)
        chain.append(part)
    # (a part ends at the verb of the sentence or the person's name: "Bộ trưởng Bộ Quốc phòng | dẫn
    # đầu Đoàn ... thăm Cuba"; the chain does not go on past them, nor past " và " before another
    # person: "... tỉnh X và đồng chí Y")
    if not cut.search(own):
        for part in after[1:]:
            part = _AND_PERSON.split(part, 1)[0]
            if not part.strip().startswith(titles):
                break
            chain.append(part)
            if cut.search(part):
                break
    parts = [cut.split(part, 1)[0].strip() for part in chain]
    words = ", ".join(parts)
    # the country closes a title ("Phó Chủ tịch Quân ủy Trung ương Trung Quốc"; not "Ủy ban Pháp luật
    # của Quốc hội"); a country's name closing a longer Vietnamese place is no country ("huyện Mỹ Đức")
    return "Việt Nam" not in words and "nước ta" not in words and any(
        f.end() == len(part) and not _CAPITALISED_BEFORE.search(part, 0, f.start())
        for part in parts for f in g.foreign_word.finditer(part))


def _country_across_end(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """'Ủy ban Chứng khoán và Hợp đồng Tương lai Hong | Kong': the pattern reads at most four parts, so
    a country of two words closing a long name is cut inside and foreign_after, read at the cut, never
    sees it; a country starting at one of the name's last two words and running past its end is the
    body's country (foreign)."""
    starts = [m.start() for m in re.finditer(r"(?<![\w])\w", text[org.start:org.end])][1:][-2:]
    return any((m := g.foreign_word.match(text, org.start + s)) and m.end() > org.end for s in starts)


# a Vietnamese syllable (onset, one to three vowels, coda; "k" for the highland places, "Đắk Lắk"); a
# person's name with a word that is none ("Jaroslav", "Hanák", "Schmidt") is foreign
_HEAD_TITLES = r"(?:[Pp]hó[ ]+)?(?:[Cc]hủ tịch|[Gg]iám đốc|[Tt]ổng [Gg]iám đốc|(?:[Tt]ổng[ ]+)?[Tt]hư ký|[Tt]rưởng ban|[Tt]rưởng đoàn)"
_PERSON_WORDS = rf"((?:[{UPPER}][{LOWER}]+[ ]+){{0,3}}[{UPPER}][{LOWER}]+)"
# the head of a body written just before it ("ông Jaroslav Hanák, Chủ tịch | Hiệp hội ...") or just after
# it ("Chủ tịch Hiệp hội ... | , ông Jaroslav Hanák"): a person's name of capitalised words
_HEAD_BEFORE = re.compile(rf"(?<![\w.]){_PERSON_WORDS}[ ]*(?:,|[ ][–-])[ ]*{_HEAD_TITLES}[ ]+$")
_HEAD_AFTER = re.compile(rf"[ ]*,?[ ]*(?:ông|bà|Ông|Bà|ngài|Ngài)[ ]+{_PERSON_WORDS}(?![\w'])")
_HEAD_TITLE_BEFORE = re.compile(rf"{_HEAD_TITLES}[ ]+$")


def _foreign_person(name: str) -> bool:
    """A name with a word that is no Vietnamese syllable ("Jaroslav", "Hanák")."""
    return not all(is_syllable(w) for w in name.split())


@cache
def _person_named_heads() -> tuple[str, ...]:
    return tuple(nfc(h) + " " for h in load("organizations").get("generic", {}).get("person_named_heads", []))


_TITLE_WORDS = re.compile(rf"[{UPPER}][{LOWER}]+(?:[ ]+[{UPPER}][{LOWER}]+)*")


def _foreign_person_fund(org: FoundOrg) -> bool:
    """'Quỹ Amanda Cerny': a fund named by a person with a name that is no Vietnamese one is that
    person's own ([generic] person_named_heads)."""
    head = next((h for h in _person_named_heads() if org.name.startswith(h)), None)
    rest = org.name[len(head):] if head else ""
    return bool(_TITLE_WORDS.fullmatch(rest)) and _foreign_person(rest)


# one more part of a comma-listed remit ("Sở Du lịch | , Thể thao | , Văn hóa | , Nghệ thuật | Hàn Quốc")
# (a capitalised word and a lower-case one, as a sector is written: not a person, "công an, Tuấn Anh", nor an
# abbreviation, "Quốc hội, ĐBQH Dương Trung Quốc", whose words may end on a country's)
_REMIT_PART_ON = re.compile(rf",[ ]+([{UPPER}][{LOWER}]*(?:[ ]+[{LOWER}]+)+)(?!\w)")


def _foreign_remit_list(text: str, end: int, g: OrgGrammar) -> bool:
    """'Sở Du lịch, Thể thao, Văn hóa, Nghệ thuật Hàn Quốc': a name whose comma-listed remit runs on to a
    country is that country's body (test11), though the name read stops at the first comma. A part that
    opens a body of its own ends the remit: "Bộ Xây dựng, Ủy ban Pháp luật Quốc hội" lists two bodies."""
    parts = 0
    while parts < 5 and (part := _REMIT_PART_ON.match(text, end)) and not g.generic.match(text, part.start(1)):
        end, parts = part.end(), parts + 1
    return bool(parts and g.foreign_after.match(text, end))


def _foreign_head(text: str, org: FoundOrg, g: OrgGrammar) -> bool:
    """'ông Jaroslav Hanák, Chủ tịch Hiệp hội Công nghiệp và Giao thông vận tải': in a story that names
    a foreign country (and Việt Nam), a body whose chair, director or secretary has a foreign name is
    that person's country's (guideline: foreign bodies are out of scope), though its words are the same
    as ours. A body named with a level or place of ours stays ours, and so does every body of a text
    that names no foreign country: the name may be of one of our highland peoples ("ông Y Biêr Niê,
    Chủ tịch Hội Nông dân tỉnh Đắk Lắk")."""
    if org.level not in (None, "trung_uong") or org.place:
        return False
    start, end = org.start, org.end
    before = _HEAD_BEFORE.search(text, max(0, start - 80), start)
    person = before.group(1) if before else None
    if person is None and _HEAD_TITLE_BEFORE.search(text, max(0, start - 20), start):
        after = _HEAD_AFTER.match(text, end)
        person = after.group(1) if after else None
    return bool(person and _foreign_person(person) and g.foreign_word.search(text))


def _foreign_start(words: str, g: OrgGrammar) -> bool:
    """'Hàn Quốc Lee Cheol-woo', 'Châu Âu Romano Prodi': a country opens them, not a surname."""
    w = words.split()
    return any(" ".join(w[:n]) in g.foreign_names for n in (1, 2, 3))


# aspect markers: the subject (the name) has ended before them
_ASPECT_AFTER = re.compile(r"[ ]+(?:cũng|đã|đang|sẽ|vừa|đều|vẫn)(?!\w)")
_GENERIC_END = re.compile(r"[ ]*(?:[,.;:()\"“”/–-]|\n|$)")


_AND_WORD_AFTER = re.compile(r"[ ]+và(?=[ ])")
_LOWER_NEXT = re.compile(rf"[ ]+([{LOWER}]\w*)")


@cache
def _and_lower_not() -> tuple[str, ...]:
    return tuple(f"{w} " for w in _words("generic", "and_lower_not"))  # whole words: "ban " is not "bang"


def _and_lower_closed(text: str, end: int, g: OrgGrammar, province_starts) -> tuple[str, int] | None:
    """(org37) The lower-case words after "và" that close a generic name, and where they end: one to four
    words, none a stop or level word, right before a level word ("... và kỹ thuật nông nghiệp | tỉnh") or a
    province; not people or a generic noun named beside the body ("và nhân dân huyện": [generic]
    and_lower_not)."""
    joined = _AND_WORD_AFTER.match(text, end)
    if not joined:
        return None
    pos, words = joined.end(), []
    while len(words) < 4 and (w := _LOWER_NEXT.match(text, pos)):
        if w.group(1) in g.stop_words or w.group(1) in g.level_map:
            break
        words.append(w.group(1))
        pos = w.end()
        if g.level.match(text, pos) or pos + 1 in province_starts:
            written = " ".join(words)
            return None if f"{written} ".startswith(_and_lower_not()) else (written, pos)
    return None


def _ends_name(text: str, end: int, g: OrgGrammar, province_starts) -> bool:
    """Punctuation, a line end, a level word, an aspect marker ("Cục Văn hóa cơ sở | cũng yêu cầu")
    or a province right after position end (another word is not enough: "Sở Nông nghiệp chủ trì |
    phối hợp")."""
    if _GENERIC_END.match(text, end) or g.level.match(text, end) or _ASPECT_AFTER.match(text, end):
        return True
    rest = len(text[end:]) - len(text[end:end + 3].lstrip(" "))
    return end + 1 in province_starts or (end + rest) in province_starts


@cache
def _expansions() -> dict[str, str]:
    """Abbreviation -> the words it stands for, where known and unambiguous: the pairs derived from
    the lists (abbreviations()), the sector and steering tables and [generic.name_abbr]."""
    data = load("organizations").get("generic", {})
    out = {a: next(iter(w)) for a, w in abbreviations().items() if len(w) == 1}
    for table in (data.get("sector_abbr", {}), data.get("steering", {}).get("abbr", {}), data.get("name_abbr", {})):
        out.update({nfc(k): nfc(v) for k, v in table.items()})
    return out


@cache
def _word_abbreviations() -> frozenset[str]:
    """[generic.name_abbr]: abbreviations of some words of a name ("BV" = "Bệnh viện"), not of a whole name."""
    return frozenset(nfc(k) for k in load("organizations").get("generic", {}).get("name_abbr", {}))


@cache
def _all_heads() -> frozenset[str]:
    data = load("organizations")
    return frozenset(nfc(h) for h in [*data.get("generic", {}).get("heads", {}), *data.get("model", {}).get("heads", [])])


def expand_abbreviations(name: str) -> str:
    """'Tổng cục TDTT' -> 'Tổng cục Thể dục thể thao': each known abbreviation written out, with a
    capital when it opens the name after the head word ("Ủy ban ATGT" -> "Ủy ban An toàn giao thông")."""
    expand = _expansions()
    words = name.split(" ")
    out = []
    for i, w in enumerate(words):
        e = expand.get(w, w)
        if e is not w and " ".join(words[:i]) in _all_heads():
            e = e[:1].upper() + e[1:]
        out.append(e)
    return " ".join(out)


def _steering_name(text: str, pos: int, g: OrgGrammar) -> tuple[int, str] | None:
    """(end, canonical) of a steering committee's name whose remit starts at pos, or None when
    no remit follows ("Ban Chỉ đạo đã họp")."""
    st = g.steering
    quoted = _QUOTED_REMIT.match(text, pos)
    if quoted:
        # (org33) 'Phó Trưởng ban chỉ đạo “Cuộc vận động ...”': the quotes bound the remit, a title kept whole
        return quoted.end(), f"Ban Chỉ đạo {quoted.group(1)}"
    words: list[str] = []
    seps: list[str] = []  # what joins each word to the one before: " " or ", "
    end = pos
    dropping = True
    for _ in range(st.max_words + len(st.drop_after_head)):
        m = st.word.match(text, end)
        if not m:
            num = _REMIT_NUMBER.match(text, end)
            if num and words and (" ".join(words[-2:]) in st.numbered or words[-1] in st.numbered):
                words.append(num.group(1))  # "Ban Chỉ đạo Đề án 896": the scheme's number is its name
                seps.append(" ")
                end = num.end()
            break
        sep, word = m.groups()
        if sep.startswith(",") and word != "chống" and not (
                words and word[:1].islower() and word.lower() not in st.stop and word not in g.level_map
                and all(w[:1].islower() for w in words) and ", " not in seps[1:]
                and not text.startswith(st.verbs_after, m.start(2))):
            # ", " inside a remit of lower-case words, once ("phòng, chống", "tìm kiếm, quy tập hài cốt liệt
            # sĩ", "cải cách chính sách tiền lương, bảo hiểm xã hội"); not before the verb of the sentence
            break
        if word[:1].isupper() and words and word in g.surnames and _CAPITAL_AFTER.match(text, m.end()):
            break  # "Ban Chỉ đạo Tây Bắc | Nguyễn Văn Bình nhấn mạnh": a person after the name
        if words and text.startswith(st.stop_phrases, m.start(2)):
            break  # "Ban Chỉ đạo tiền lương | nhà nước triển khai ..."
        if (word[:1].islower() and len(words) >= 2 and all(w[:1].isupper() for w in words)
                and _predicate_start(text, m.start(2), m.end(2)) == m.start(2)):
            break  # (org37) "Ban Chỉ đạo Tây Bắc | mong muốn ...": a remit written as a proper name (every word
            # capitalised) ends where the sentence's verb opens; a remit in sentence case goes on ("Phòng chống ...")
        # levels and "về" right after the head, or after a qualifier ("liên ngành | Trung ương về")
        if dropping or " ".join(words) in st.qualifiers:
            two = text[m.start(2):m.start(2) + 12]
            dropped = next((d for d in st.drop_after_head if two.startswith(d) and not two[len(d):len(d) + 1].isalnum()), None)
            if dropped:
                end = m.start(2) + len(dropped)
                continue
        dropping = False
        low = word.lower()
        if not words and low in st.not_first and not text.startswith(tuple(st.numbered), m.start(2)):
            return None  # "Trưởng Ban Chỉ đạo chủ trì": no remit written
        compound = text.startswith(st.compounds, m.start(2))
        if low in st.stop and not compound and not (low == "và" and words and (
                text.startswith(st.keep_and_before, m.end() + 1) or _and_closes_remit(text, m.end(), g))):
            break
        if (word in g.level_map and not compound) or len(words) >= st.max_words:
            break
        if word[0].isupper() and words and m.start(2) in _province_at(text):
            break  # "Ban Chỉ đạo ... Long An": the province is the place
        words.append(st.abbr.get(word, word))
        seps.append(", " if sep.startswith(",") else " ")
        end = m.end()
    while words and words[-1].lower() in st.stop:
        words.pop()
    if not words:
        return None
    if " ".join(words).lower() in st.not_alone:
        return None  # "giúp Ban Chỉ đạo xây dựng và triển khai Đề án": a verb, not a remit
    remit = "".join(s + w for s, w in zip(seps, words))[len(seps[0]):] if seps else " ".join(words)
    # one spelling of a remit: "phòng, chống" (however written), a region's "bộ" in lower case ("Tây Nam bộ")
    remit = re.sub(r"(?<!\w)([Pp]hòng),? chống(?!\w)", r"\1, chống", remit)
    remit = re.sub(r"(?<=\w) Bộ(?!\w)", " bộ", remit) if re.search(r"(?:Nam|Bắc|Trung) Bộ$", remit) else remit
    remit = re.sub(r"(?<!\w)[Qq]uốc gia(?!\w)", "quốc gia", remit)
    return end, f"Ban Chỉ đạo {remit}"


_REMIT_NUMBER = re.compile(r"[ ]+(\d[\d/-]*)(?![\w-])")
def _region_list(text: str, pos: int, found, overlaps, add) -> None:
    """'Ban Chỉ đạo Tây Nam bộ, Tây Nguyên, Tây Bắc': one head, a committee per capitalised remit listed."""
    while (item := _REGION_ITEM.match(text, pos)) and not overlaps(item.start(1), item.end(1)):
        add(item.start(1), item.end(1), Entry(f"Ban Chỉ đạo {item.group(1)}", "government", None))
        pos = item.end()


# one more capitalised remit of a list after a steering committee's name ("..., Tây Nguyên và Tây Bắc")
_REGION_ITEM = re.compile(rf"(?:,[ ]+|[ ]+và[ ]+)([{UPPER}]\w*(?:[ ]+(?:[{UPPER}]\w*|bộ))*)(?=[ ]*(?:[,.;:)]|và|$))")
_TWO_WORDS = re.compile(r"[ ]+(\w+[ ]+\w+)")
_AND_WORD = re.compile(rf"[ ]+([{LOWER}]\w*)")


def _and_closes_remit(text: str, pos: int, g: OrgGrammar) -> bool:
    """'Ban Chỉ đạo thi và | tuyển sinh thành phố Hà Nội', '... và | ưu đãi người có công;': up to five
    lower-case words after "và" that end the name (a level word, a province or closing punctuation after
    them) are part of the remit; otherwise the sentence goes on ("... và chính quyền đã ...")."""
    st = g.steering
    end, n = pos, 0
    while n < 5 and (w := _AND_WORD.match(text, end)):
        word = w.group(1)
        two = _TWO_WORDS.match(text, w.start())
        if (word in g.level_map or (word in st.stop and not text.startswith(st.compounds, w.start(1)))
                or (two and two.group(1) in g.stop_words)):
            break  # ("... xây dựng và | triển khai đề án": a verb of the sentence)
        end, n = w.end(), n + 1
    verb = _TWO_WORDS.match(text, end)  # "... ưu đãi người có công | ban hành quyết định"
    return n > 0 and bool(_CLOSED.match(text, end) or g.level.match(text, end) or end + 1 in _province_at(text)
                          or (verb and verb.group(1) in g.stop_words))


# the remit of a steering board running on past a dash, up to the body that owns the board
_REMIT_GOES_ON = re.compile(rf"[ ]*[-–][ ]*((?:[{LOWER}]\w*[ ]+){{0,4}})")


def _province_at(text: str) -> set[int]:
    return {s for s, _, _ in provinces(text)}


_GENERIC_TAIL = re.compile(r"(?:[ ]+(?:Việt [Nn]am|VN|Trung ương|TW|T\.Ư|TƯ|Nhà nước|[Qq]uốc gia))+$")
_LOWER_WORD = re.compile(rf"[ ]+([{LOWER}]\w*)")
_LAST_PART = re.compile(rf"[{UPPER}]\w*((?:[ ]+[{LOWER}]\w*)*)$")


@cache
def _predicate_labels() -> tuple[frozenset[str], frozenset[str]]:
    generic = load("organizations")["generic"]
    return frozenset(generic.get("predicate_pos", [])), frozenset(generic.get("manner_pos", []))


_LOWER_RUN = re.compile(rf"(?:[ ]+[{LOWER}]\w*)*")
_CLAUSE_GOES_ON = re.compile(rf"[ ]+[{LOWER}\d]")
_CLAUSE_WORDS = re.compile(r"[^\W\d_]+(?:[ ][^\W\d_]+){0,11}")


@cache
def _agent_before() -> re.Pattern:
    """A passive marker right before a name ([generic] agent_markers): the name is the agent, its verb follows."""
    markers = load("organizations")["generic"].get("agent_markers", [])
    return _words_before(_alt(nfc(w) for w in markers) or "(?!x)x")


def _first_word(snippet: str) -> str:
    """The segmenter's first word of a lower-case snippet, or its first syllable when it reads none."""
    return first_word(snippet) or snippet.split(" ", 1)[0]


def _word_label(word: str) -> str | None:
    """A word's part of speech out of context (vi.pos_lexicon); a word the lexicon does not know is read by its
    first syllable ("tiêm phòng" by "tiêm")."""
    lexicon = pos_lexicon()
    return lexicon.get(word) or lexicon.get(word.split(" ", 1)[0])


def _predicate_start(text: str, start: int, end: int) -> int | None:
    """Where the predicate opens inside a generic name's words text[start:end]: the first lower-case
    word (segmented by underthesea's word model, from the name's first capitalised word on) whose part
    of speech out of context is a verb or adverb ("truy thu", "bắt giữ", "đã"), or an adjective right
    before one ("khẩn trương kiểm tra"); None when there is none. A word the part-of-speech model does
    not know is read by its first syllable ("tiêm phòng" by "tiêm")."""
    verbs, manner = _predicate_labels()
    clause = _CLAUSE_WORDS.match(text, start)
    if not verbs or not clause:
        return None
    snippet = clause.group().lower()
    words: list[tuple[int, str]] = []
    pos = 0
    while pos < len(snippet):  # the name's words and the one after them
        word = _first_word(snippet[pos:])
        pair = " ".join(snippet[pos:].split(" ", 2)[:2])
        if (not text[start + pos].islower() and " " not in word and pair in dictionary_words()
                and text[start + pos + len(word) + 1:start + pos + len(word) + 2].islower()):
            # (org42) a capitalised syllable and the lower-case one closing a word with it are one word, however
            # the segmenter read the run after them ("Cục Tác chiến | Bộ tổng tham mưu": "chiến" is no verb here)
            word = pair
        label = _word_label(word)
        if not text[start + pos].islower():
            # a capitalised verb opens the remit, and a verb after it is its object ("Cục Chống tham
            # nhũng", "Ban Chỉ đạo phòng chống thiên tai"): no predicate opens inside the name
            if label in verbs:
                return None
            label = None
        words.append((start + pos, label))
        if start + pos >= end:
            break
        pos += len(word) + 1
    words.append((len(text), None))
    for (offset, label), (_, following) in zip(words, words[1:]):
        if offset >= end:
            break
        if label in verbs or (label in manner and following in verbs):
            return offset
    return None


@cache
def _cut_after_one_lower() -> frozenset[str]:
    return frozenset(_words("generic", "cut_after_one_lower_heads"))


def _purpose_phrase_head(name: str) -> bool:
    """The name opens with a head whose names are purpose phrases ("Quỹ Hỗ trợ việc làm"; [generic]
    cut_after_one_lower_heads): its lower-case syllables go on as the phrase does, so a cut and a word
    completed after it are read as the phrase's."""
    return name.split(" ", 1)[0] in _cut_after_one_lower()


@cache
def _open_remits() -> frozenset[str]:
    """(org40) [generic] open_remits: first words of a remit that never make one alone ("Quản lý", "Hỗ trợ")."""
    return frozenset(_words("generic", "open_remits"))


def _inside_word(text: str, name: str, end: int) -> re.Match | None:
    """(org43) The lower-case syllable after a name that makes one word with the name's last syllable ("Quỹ Việc |
    làm", "Quỹ Vì Trường Sa thân | yêu", "Cục Hậu | cần": the stop words "làm", "yêu", "cần" ended the name inside
    a word). Where that syllable is capitalised it opens the word, for any head; in lower case only after the heads
    whose names are purpose phrases ([generic] cut_after_one_lower_heads): after other names a lower-case pair is
    as often a word of the clause ("Cục Hàng không | phải thay đổi", "... Du lịch thực | hiện"). Not where the last
    syllable closes a word with the one before it ("Sở Truyền Thông | qua Tổng đài": "truyền thông" is whole)."""
    *_, before, last = ["", *name.split(" ")]
    if not last[:1].isupper() and not _purpose_phrase_head(name):
        return None
    words = dictionary_words()
    nxt = _LOWER_WORD.match(text, end)
    if not nxt or f"{before} {last}".lower() in words:
        return None
    return nxt if f"{last} {nxt.group(1)}".lower() in words else None


@cache
def _purpose_goes_on() -> frozenset[str]:
    """(org43) [generic] purpose_goes_on: words after a completed word that carry a fund's purpose phrase on."""
    return frozenset(_words("generic", "purpose_goes_on"))


def _word_completed(text: str, name: str, end: int, g: OrgGrammar, province_starts) -> int | None:
    """(org43) The end of a name cut inside a word, taken on over the word's second syllable where the name ends
    there: the clause goes on with a function word or verb ("Quỹ Hỗ trợ việc làm | đã cho vay", "Quỹ Vì Trường Sa
    thân yêu | đã tiếp nhận", "Cục Hậu cần | đã cấp"), punctuation or one of our provinces ("Hiệp hội Siêu thị | Hà
    Nội"); not where a preposition carries the purpose on ("Quỹ Việc làm | cho người khuyết tật": [generic]
    purpose_goes_on), a name we cannot give whole. Outside a fund's purpose phrase only a noun completes a name
    ("Sở Tài nguyên - Vừa | qua" is an adverb opening a clause), and a level word is cut off instead, as level words
    after a name are ("Cục Thuế Thành | phố" -> "Cục Thuế")."""
    nxt = _inside_word(text, name, end)
    if nxt is None:
        return None
    last = name.rsplit(" ", 1)[-1]
    word = f"{last} {nxt.group(1)}".lower()
    if word in g.level_map:
        return end - len(last) - 1
    if not _purpose_phrase_head(name) and pos_lexicon().get(word) != "N":
        return None
    after = _LOWER_WORD.match(text, nxt.end())
    if (_CLOSED.match(text, nxt.end()) or nxt.end() + 1 in province_starts
            or (after and after.group(1) in g.stop_words and after.group(1) not in _purpose_goes_on())):
        return nxt.end()
    return None


def _cut_short(text: str, name: str, end: int, g: OrgGrammar) -> bool:
    """A generic name whose last part used up its lower-case syllables while the phrase goes on
    ("Cục Quản lý cạnh | tranh"): the name was cut in the middle, so it is not a name we can give."""
    if _inside_word(text, name, end):
        return True  # (org43) cut inside a word and going on past it ("Quỹ Việc | làm cho người khuyết tật")
    last = _LAST_PART.search(name)
    # a fund's purpose phrase is cut after one lower-case syllable ([generic] cut_after_one_lower_heads)
    short = _purpose_phrase_head(name)
    if not last or len(last.group(1).split()) < (1 if short else 2):
        return False
    nxt = _LOWER_WORD.match(text, end)
    if not nxt:
        return False
    if short:  # "Quỹ Hỗ trợ | sáng tạo": a stop word ("sáng") that opens a word of the phrase is no stop
        pair = _LOWER_WORD.match(text, nxt.end())
        if pair and f"{nxt.group(1)} {pair.group(1)}" in dictionary_words():
            return True
    return nxt.group(1) not in g.stop_words


@cache
def _known_remits() -> frozenset[str]:
    """Remits the lists know in full, lower-cased: what the abbreviations stand for ([generic.name_abbr], the
    sector and steering tables) and the sectors' names, each of two words or more."""
    known = [*_expansions().values(), *grammar().sector_by_form.values()]
    return frozenset(lower_same_length(k) for k in known if " " in k)


_WORD_ON = re.compile(r"[ ]+[^\W\d_]+")


def _known_remit_end(text: str, start: int, end: int) -> int | None:
    """The end of the longest known remit that opens at start and runs past end over lower-case words (at most
    six), or None."""
    pos, best = end, None
    for _ in range(6):
        word = _WORD_ON.match(text, pos)
        if not word or not word.group().lstrip()[:1].islower():
            break
        pos = word.end()
        if lower_same_length(text[start:pos]) in _known_remits():
            best = pos
    return best


def _glued_vn(name: str, g: OrgGrammar) -> Entry | None:
    if not name.endswith("VN") or not name[-3:-2].isupper():
        return None
    entry = g.by_form.get(lower_same_length(name[:-2]))
    return Entry(entry.canonical, entry.kind, "trung_uong", entry.needs_level) if entry else None


def _foreign(text: str, name: str, end: int, g: OrgGrammar) -> bool:
    """A generic name of a foreign or international body: a country inside the name or in the
    words that follow it ("Bộ Việc làm và Lao động Hàn Quốc"), unless Việt Nam is named with it
    ("Hội Hữu nghị Việt Nam - Lào" is a Vietnamese association)."""
    m = g.foreign_in.match(text, end)
    words = name + (m.group() if m else "")
    # "Bộ Thống nhất Hàn | Quốc.": the name stopped inside a country's name
    across = any(f.start() < end < f.end() for f in g.foreign_word.finditer(text, max(0, end - 20), end + 20))
    return bool(g.foreign_word.search(name) or m or across) and "Việt Nam" not in words


_TOKEN = re.compile(r"[\w&]+")


@cache
def _head_before() -> re.Pattern:
    """A generic head word ([context] unit_heads too), or its head's title, right before a unit's words: "Cục CSGT",
    "Cục trưởng CSGT", "Trường Đại học Cảnh sát PCCC" are that head's name (org34: "CSGT" alone is the police force)."""
    heads = [*grammar().generic_kinds, *_words("context", "unit_heads")]
    return re.compile(rf"(?<!\w)(?:{_alt(heads)})(?:[ ]+trưởng)?[ ]+$")


def _other_sense(text: str, start: int, end: int, g: OrgGrammar) -> bool:
    """'(ĐH, CĐ)': an abbreviation next to a word that gives it another sense (here cao đẳng)."""
    words = g.abbr_not_near.get(text[start:end])
    if not words:
        return False
    before = _TOKEN.findall(text[max(0, start - 12):start])
    after = _TOKEN.findall(text[end:end + 12])
    return bool((before and before[-1] in words) or (after and after[0] in words))


# an all-capitals abbreviation (2+ capitals) followed by a lower-case syllable
_NATIONAL_AFTER = re.compile(r"[ ]+(?:Nhà nước|[Qq]uốc gia|Trung ương|TƯ|T\.Ư|Việt [Nn]am|VN)(?!\w)")
_CAPITAL_AFTER = re.compile(rf"[ ]+[{UPPER}]")
_ABBR_THEN_LOWER = re.compile(r"(?<!\w)([A-ZĐ&-]+[A-ZĐ])[ ]+(?=[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ])")
_PREVIOUS_WORD = re.compile(r"(?:^|\s)(\w+) $")


def _inside_proper_name(text: str, start: int, g: OrgGrammar) -> bool:
    """'xã Mỹ Hội Đông': a head word right after a capitalised word (one space, no punctuation)
    is a syllable of a place or person name, not the start of a body's name."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = m.group(1)
    if not (word[0].isupper() and word[1:].islower() and len(word) > 1) or word in g.clause_words:
        return False
    # a capitalised word opening a sentence or a line ("Theo Tổng cục Thống kê") is not a name
    # (after a comma or semicolon the sentence goes on: "Cần Thơ, Hải Phòng Thí sinh ...")
    before = text[max(0, m.start(1) - 2):m.start(1)]
    return len(before) == 2 and before[1] == " " and (
        before[0].isalnum() or (before[0] in ",;" and word not in g.title_words))  # ", Trưởng Phòng ..."


def _after_place_word(text: str, start: int, g: OrgGrammar) -> bool:
    """'thôn Hội Phú', 'xã Bộ ...': a head word right after the word for a kind of place opens that
    place's name, not a body's."""
    # (org22) also opening a sentence, capitalised: "Làng Hội Xá nằm bên sông Đuống" names the village
    before = text[max(0, start - 14):start].lower()
    return any(before.endswith(f"{w} ") and not before[-len(w) - 2:-len(w) - 1].isalnum() for w in g.place_words)


_DOC_ABBR = re.compile(r"[A-ZĐ](?:[A-ZĐ]|[&.-](?=[A-ZĐ]))+")


def _spelled_out(name: str, canonicals: dict[str, str]) -> str | None:
    """'Hội KHKTNN' beside 'Hội Khoa học và Kỹ thuật nông nghiệp', 'Hội Bảo trợ NKT' beside 'Hội Bảo trợ
    Người khuyết tật': the one other name in the document that opens with the same words and goes on
    with the words whose initials the abbreviation writes ("và" and dashes unwritten: _initials).
    canonicals: each name of the document (canonical or as written) -> its canonical name."""
    words = name.split(" ")
    if len(words) < 2 or not _DOC_ABBR.fullmatch(words[-1]):
        return None
    letters = _ABBR_LETTERS.sub("", words[-1])
    prefix = words[:-1]
    hits = {canonical for c, canonical in canonicals.items() if c != name and canonical != name
            and c.split(" ")[:len(prefix)] == prefix
            and _initials(c.split(" ")[len(prefix):]) == letters and len(c.split(" ")) > len(prefix) + 1}
    return hits.pop() if len(hits) == 1 else None


def _make(text: str, start: int, end: int, entry: Entry, g: OrgGrammar, province_starts) -> FoundOrg:
    level = entry.level
    if entry.canonical == "Quân khu":
        m = g.number.match(text, end)
        if m:
            end = m.end()
    end, level, place = _extend(text, end, level, g, province_starts, allow_bare_place=True)
    return FoundOrg(text[start:end], entry.canonical, entry.kind, level, place, start, end)


def canonicalize(name: str) -> str | None:
    """The canonical name for an organisation written as `name` (e.g. an underthesea NER span),
    or None when no known organisation starts it. Used by extract/evaluate.py's baseline."""
    found = find_orgs(name.strip())
    return found[0].canonical if found and found[0].start == 0 else None


_ABBR_WORD = re.compile(rf"[{UPPER}]{{2,}}")
_WORD = re.compile(r"[^\W\d_]+")


def _initial(word: str) -> str:
    """The letter an abbreviation writes for a word: its first letter without tone or vowel marks
    ("Ủy" -> "U"; "Đ" stays "Đ", a letter of its own)."""
    first = nfc(word[:1]).upper()
    return first if first == "Đ" else unicodedata.normalize("NFD", first)[:1]


@cache
def abbreviations() -> dict[str, frozenset[str]]:
    """Abbreviation as written ("MTTQ", "CCB") -> the words it stands for ("Mặt trận Tổ quốc").

    Derived from organizations.toml, never listed twice: an all-capitals word of a form or `abbr`
    entry stands for the run of words, in a full name of the same organisation, whose initials
    spell it ("Hội CCB" beside "Hội Cựu chiến binh": CCB = Cựu chiến binh; "BCHQS" beside "Bộ Chỉ
    huy Quân sự"); the steering and sector tables add the pairs they spell out. The search app
    matches a query written either way."""
    data = load("organizations")
    names_by_org: dict[str, set[str]] = {}
    for org in data["org"]:
        names = names_by_org.setdefault(nfc(org["canonical"]), {nfc(org["canonical"])})
        names |= {nfc(f) for f in org.get("forms", []) + org.get("abbr", []) + org.get("lower_ok", [])}
    out: dict[str, set[str]] = {}
    for names in names_by_org.values():
        full = [n.split() for n in names]
        for name in names:
            for abbr in (w for w in name.split() if _ABBR_WORD.fullmatch(w)):
                letters = [_initial(ch) for ch in abbr]
                for words in full:
                    for i in range(len(words) - len(letters) + 1):
                        span = words[i:i + len(letters)]
                        if all(_WORD.fullmatch(w) and not _ABBR_WORD.fullmatch(w) for w in span) and \
                                [_initial(w) for w in span] == letters:
                            out.setdefault(abbr, set()).add(" ".join(span))
    generic = data.get("generic", {})
    for table in (generic.get("steering", {}).get("abbr", {}), generic.get("sector_abbr", {})):
        for abbr, words in table.items():
            if _ABBR_WORD.fullmatch(nfc(abbr)):
                out.setdefault(nfc(abbr), set()).add(nfc(words))
    return {abbr: frozenset(words) for abbr, words in out.items()}
