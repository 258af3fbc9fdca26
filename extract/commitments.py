"""Coordination programmes and plans: what was agreed (numbered content items), who answers for
what (responsibilities), for which years, signed by whom. Words in extract/data/commitments.toml.

Only documents that are themselves a programme or a plan are read: news of a signing describes
the content in prose, which is left to the figures and activities.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from extract import resources
from extract.records import Commitment, Organization, Programme, Signatory

_ROMAN_HEADING = re.compile(r"^[ \t#]*([IVX]{1,4}|[A-Z])\.[ \t]+(\S[^\n]*)$", re.M)
# "1. ", "2) ", "a) " at the start of a line, or after ": " / "; " when a list runs inline
_ITEM = re.compile(r"(?:^|(?<=[.:;]) )[ \t#]*(\d{1,2})[.)][ \t]+(?=\S)", re.M)
_PERIOD = re.compile(r"giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})|(?:năm|nhiệm kỳ)\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?")
_HEAD_CHARS = 2500
_SIGN_CHARS = 2500


@cache
def _data():
    d = resources.load("commitments")
    types = sorted(((resources.nfc(w), t) for t, words in d["types"].items() for w in words),
                   key=lambda wt: -len(wt[0]))
    sections = [(resources.nfc(w), s) for s, words in d["sections"].items() for w in words]
    sig = d["signatures"]
    title_words = "|".join(re.escape(w) for w in sorted(sig["titles"], key=len, reverse=True))
    return types, sections, [resources.nfc(s) for s in sig["starts"]], re.compile(
        rf"(?<!\w)(?:{title_words})(?!\w)"), [resources.nfc(s) for s in sig["stop"]]


def programme_type(text: str, title: str) -> str | None:
    """chuong_trinh_phoi_hop / ke_hoach / quy_che_phoi_hop, or None for any other document."""
    types, *_ = _data()
    t = (title or "").strip().lower()
    for words, kind in types:
        if t.startswith(words) and not t[len(words):len(words) + 1].isalpha():
            return kind
    head = text[:_HEAD_CHARS]
    first_section = _ROMAN_HEADING.search(head)
    for line in head[:first_section.start() if first_section else len(head)].splitlines():
        line = line.strip(" #\t").lower()
        for words, kind in types:
            if line == words:
                return kind
    return None


def find_programme(text: str, title: str, orgs: list[Organization], years=()) -> Programme | None:
    kind = programme_type(text, title)
    if kind is None:
        return None
    lower = resources.lower_same_length(text)
    headings = list(_ROMAN_HEADING.finditer(text))
    head_end = headings[0].start() if headings else min(len(text), _HEAD_CHARS)
    sign_at, signatories = _signatories(text, lower, orgs)
    starts = [o.start for o in orgs]
    parties = list(dict.fromkeys(o.canonical for o in orgs[:bisect_left(starts, head_end)]))
    if title and not text.lstrip().startswith(title.strip()):
        from extract import orgs as orgs_mod

        parties = list(dict.fromkeys([o.canonical for o in orgs_mod.find_orgs(title)] + parties))
    commitments = []
    _, sections, *_ = _data()
    for i, h in enumerate(headings):
        name = h.group(2).strip(" :#").lower()
        section = next((s for words, s in sections if name == words or name.startswith(words + " ")
                        or name.startswith(words + ",")), None)
        if section is None:
            continue
        end = headings[i + 1].start() if i + 1 < len(headings) else (sign_at or len(text))
        if sign_at and h.end() < sign_at < end:
            end = sign_at
        commitments += _items(text, h.end(), end, section, orgs, starts)
    period = _period(f"{title}\n{text[:head_end]}")
    if period is None and years:
        ys = sorted(int(y) for y in years)
        period = (ys[0], ys[-1])
    return Programme(type=kind, title=(title or "").strip() or text[:120].strip(), parties=parties,
                     period_from=period[0] if period else None, period_to=period[1] if period else None,
                     commitments=commitments, signatories=signatories)


def _items(text: str, lo: int, hi: int, section: str, orgs, starts) -> list[Commitment]:
    # items numbered 1, 2, 3 ... in order: a number that breaks the run is part of the text
    numbered = []
    for m in _ITEM.finditer(text, lo, hi):
        if int(m.group(1)) == len(numbered) + 1:
            numbered.append(m)
    out = []
    for j, m in enumerate(numbered):
        end = numbered[j + 1].start() if j + 1 < len(numbered) else hi
        start = m.start(1)
        body_start = m.end()
        while end > body_start and text[end - 1].isspace():
            end -= 1
        if end <= body_start:
            continue
        body = text[body_start:end]
        # a page break ("\f") ends a line too
        first_line = re.split(r"[\n\f]", body, maxsplit=1)[0].strip(" #")
        glued = _glued(first_line[:80])
        if len(first_line) <= 60 and len(first_line) < len(body.strip()) and not first_line.endswith("."):
            heading = first_line
        elif glued:
            # a PDF line break lost between a heading and its paragraph: "Công tác chính sáchPhối hợp ..."
            heading = first_line[:glued]
        else:
            sentence = re.split(r"(?<=[.;:])\s", " ".join(body.split()), maxsplit=1)[0]
            heading = sentence if len(sentence) <= 100 else sentence[:100].rsplit(" ", 1)[0] + " …"
        party = None
        if section == "responsibility":
            inside = orgs[bisect_left(starts, body_start):bisect_left(starts, end)]
            party = inside[0].canonical if inside else None
        out.append(Commitment(section=section, number=m.group(1), heading=heading.rstrip(" .:;"),
                              text=" ".join(body.split()), party=party, start=start, end=end))
    return out


def _glued(line: str) -> int | None:
    """Where a lower-case word runs into a capitalised one ("sáchPhối"), if anywhere."""
    for i in range(1, len(line) - 1):
        if line[i - 1].islower() and line[i].isupper() and line[i + 1].islower():
            return i
    return None


def _signatories(text: str, lower: str, orgs) -> tuple[int | None, list[Signatory]]:
    _, _, sign_starts, titles, stops = _data()
    lo = max(0, len(text) - _SIGN_CHARS)
    stop = min((i for s in stops if (i := lower.find(s, lo)) >= 0), default=len(text))
    out: list[Signatory] = []
    first = None
    pos = lo
    lines = []
    for line in text[lo:stop].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for k, (start, line) in enumerate(lines):
        bare = line.strip(" >#\t")
        low = bare.lower()
        if not (any(low.startswith(s) for s in sign_starts) or (titles.match(low) and bare.isupper())):
            continue
        offset = start + line.index(bare) if bare else start
        name = None
        title = bare
        if ":" in bare:
            title, name = (x.strip() for x in bare.rsplit(":", 1))
        elif k + 1 < len(lines):
            nxt = lines[k + 1][1].strip(" >#\t")
            if nxt and len(nxt) <= 40 and not any(ch.isdigit() for ch in nxt) and not nxt.isupper() \
                    and all(w[:1].isupper() for w in nxt.split()):
                name = nxt
        line_orgs = [o for o in orgs if offset <= o.start and o.end <= offset + len(bare)]
        if not line_orgs:
            from extract import orgs as orgs_mod

            line_orgs = orgs_mod.find_orgs(bare)
        out.append(Signatory(name=name or None, title=title, organization=line_orgs[0].canonical if line_orgs else None,
                             start=offset, end=offset + len(bare)))
        first = offset if first is None else first
    return first, out


def _period(head: str) -> tuple[int, int] | None:
    m = _PERIOD.search(head.lower())
    if not m:
        return None
    if m.group(1):
        return int(m.group(1)), int(m.group(2))
    return int(m.group(3)), int(m.group(4) or m.group(3))
