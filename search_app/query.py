"""The query language, parsed into a small tree the engine evaluates.

    cựu chiến binh           adjacent syllables are one phrase (matched by bigrams); documents
                             without the phrase still match where each of its units occurs
                             (expand(): "tuyển quân 2022" -> "tuyển quân" and "2022")
    tặng quà, cựu chiến binh a comma separates phrases that may appear anywhere ("1,4" is a number)
    "hiến máu tình nguyện"   quoted: an exact phrase
    a AND b, a OR b, NOT a   also VÀ, HOẶC, KHÔNG (upper case), -a, (grouping)
    title:"nông thôn mới"    only in titles
    org:"Hội Cựu chiến binh" documents that mention the organisation (canonical names)
    year:2016, year:2015-2017
    quyên*                   prefix
Every syntax error raises QueryError with a Vietnamese message for the user.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from search_app.analysis import exact, fold, has_accents, query_syllables


class QueryError(ValueError):
    """A query the user must fix; the message is shown as is."""


@dataclass(frozen=True, slots=True)
class Run:
    """Syllables that must occur next to each other (one syllable: a plain term)."""

    folded: tuple[str, ...]
    accented: tuple[str, ...]  # exact-accent syllables, for ranking
    quoted: bool = False
    title_only: bool = False


@dataclass(frozen=True, slots=True)
class Prefix:
    prefix: str  # folded
    title_only: bool = False
    accented: str = ""  # as typed (lower case) when typed with accents: those syllables rank first


@dataclass(frozen=True, slots=True)
class Words:
    """Unquoted words as searched (see expand): the phrase in any of its spellings; in documents
    without it, every unit (a word of one or more syllables) anywhere, ranked below the phrase."""

    run: Run  # as typed
    phrases: tuple[Run, ...]  # the run, then its other spellings (abbreviations both ways)
    units: tuple[tuple[Run, ...], ...] = ()  # each unit's spellings; () when the run is one unit


@dataclass(frozen=True, slots=True)
class FacetClause:
    facet: str  # org | year
    value: str


@dataclass(frozen=True, slots=True)
class And:
    children: tuple = ()


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple = ()


@dataclass(frozen=True, slots=True)
class Not:
    child: object = None


@dataclass(frozen=True, slots=True)
class MatchAll:
    pass


MAX_PHRASES = 8  # spellings of one run searched as phrases

OPERATORS = {"AND": "AND", "VÀ": "AND", "OR": "OR", "HOẶC": "OR", "NOT": "NOT", "KHÔNG": "NOT"}
FIELDS = {"title", "tieude", "org", "year", "nam"}
# nested parentheses and NOTs: each level costs the parser and the engine a few stack frames,
# and ~249 of them overflowed Python's stack (a 500); no real query needs more than a few
MAX_DEPTH = 32
# a comma between a digit and one to three digits is a decimal comma ("1,4 tỷ"), not a separator
# ("2016,2017" stays two words)
_LEX = re.compile(r'\s+|(?P<field>[A-Za-zđ]+):|(?P<quote>"[^"]*"?)|(?P<lp>\()|(?P<rp>\))'
                  r'|(?P<word>(?:(?<=\d),(?=\d{1,3}(?!\d))|[^\s"(),;])+)|(?P<comma>[,;])')


@dataclass(slots=True)
class _Tok:
    kind: str  # word quote lp rp comma op field
    text: str


def _lex(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _LEX.finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue
        value = m.group(kind)
        if kind == "quote" and (len(value) < 2 or not value.endswith('"')):
            raise QueryError('Thiếu dấu ngoặc kép đóng ("). Hãy đóng cụm từ trong ngoặc kép.')
        if kind == "word" and value in OPERATORS:
            toks.append(_Tok("op", OPERATORS[value]))
        elif kind == "field":
            name = value.lower()
            if fold(name) in FIELDS:
                toks.append(_Tok("field", fold(name)))
            else:  # "http:" and the like: keep as a word
                toks.append(_Tok("word", value))
        else:
            toks.append(_Tok(kind, value))
    return toks


def _run(words: list[str], quoted=False, title_only=False):
    text = " ".join(words)
    folded = query_syllables(fold(text))
    accented = query_syllables(exact(text))
    if not folded:
        return None
    return Run(folded, accented if len(accented) == len(folded) else folded, quoted, title_only)


class _Parser:
    def __init__(self, toks: list[_Tok]):
        self.toks = toks
        self.i = 0
        self.depth = 0

    def nested(self):
        """One level deeper (a parenthesis or a NOT); refused beyond MAX_DEPTH."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(f"Câu truy vấn lồng quá sâu (tối đa {MAX_DEPTH} cấp ngoặc hoặc NOT).")

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self):
        node = self.or_expr()
        if self.peek() is not None:
            tok = self.peek()
            if tok.kind == "rp":
                raise QueryError("Thừa dấu ngoặc đóng “)”.")
            raise QueryError(f"Không hiểu phần “{tok.text}” trong câu truy vấn.")
        return node

    def or_expr(self):
        parts = [self.and_expr()]
        while (tok := self.peek()) and tok.kind == "op" and tok.text == "OR":
            self.take()
            if self.peek() is None or self.peek().kind == "rp":
                raise QueryError("Sau OR/HOẶC cần một từ khóa.")
            parts.append(self.and_expr())
        parts = [p for p in parts if p is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def and_expr(self):
        parts = []
        while (tok := self.peek()) is not None:
            if tok.kind == "rp" or (tok.kind == "op" and tok.text == "OR"):
                break
            if tok.kind == "op" and tok.text == "AND":
                self.take()
                if self.peek() is None or self.peek().kind in ("rp",) or (
                        self.peek().kind == "op" and self.peek().text == "OR"):
                    raise QueryError("Sau AND/VÀ cần một từ khóa.")
                continue
            if tok.kind == "comma":
                self.take()
                continue
            node = self.unary()
            if node is not None:
                parts.append(node)
        if not parts:
            if self.peek() is not None and self.peek().kind == "op":
                raise QueryError("Trước OR/HOẶC cần một từ khóa.")
            return None
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def unary(self):
        tok = self.peek()
        if tok.kind == "op" and tok.text == "NOT":
            self.take()
            if self.peek() is None or self.peek().kind in ("rp", "op"):
                raise QueryError("Sau NOT/KHÔNG cần một từ khóa.")
            self.nested()
            child = self.unary()
            self.depth -= 1
            return Not(child) if child is not None else None
        if tok.kind == "word" and tok.text.startswith("-") and len(tok.text) > 1:
            self.take()
            child = _run([tok.text[1:]])
            return Not(child) if child is not None else None
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "lp":
            self.nested()
            node = self.or_expr()
            if self.peek() is None or self.peek().kind != "rp":
                raise QueryError("Thiếu dấu ngoặc đóng “)”.")
            self.take()
            self.depth -= 1
            return node
        if tok.kind == "rp":
            raise QueryError("Thừa dấu ngoặc đóng “)”.")
        if tok.kind == "quote":
            return _run([tok.text[1:-1]], quoted=True)
        if tok.kind == "field":
            return self.field(tok.text)
        if tok.kind == "word":
            if tok.text.endswith("*"):
                return self.prefix(tok.text, title_only=False)
            words = [tok.text]
            # adjacent plain words form one run (a phrase of adjacent syllables)
            while (nxt := self.peek()) and nxt.kind == "word" and not nxt.text.endswith("*") \
                    and not nxt.text.startswith("-"):
                words.append(self.take().text)
            return _run(words)
        raise QueryError(f"Không hiểu phần “{tok.text}” trong câu truy vấn.")

    def prefix(self, text: str, title_only: bool):
        typed = text.rstrip("*")
        stem = fold(typed)
        if len(stem) < 2 or not re.fullmatch(r"[^\W_]+", stem):
            raise QueryError("Tìm theo tiền tố cần ít nhất 2 chữ cái trước dấu *, ví dụ “quyên*”.")
        return Prefix(stem, title_only, exact(typed) if has_accents(typed) else "")

    def field(self, name: str):
        tok = self.peek()
        if tok is None or tok.kind not in ("word", "quote"):
            raise QueryError(f"Sau “{name}:” cần một giá trị, ví dụ {name}:\"...\".")
        self.take()
        value = tok.text[1:-1] if tok.kind == "quote" else tok.text
        if name in ("title", "tieude"):
            if tok.kind == "word" and value.endswith("*"):
                return self.prefix(value, title_only=True)
            return _run([value], quoted=tok.kind == "quote", title_only=True)
        if name in ("year", "nam"):
            if not re.fullmatch(r"\d{4}(-\d{4})?", value):
                raise QueryError(f"“year:{value}” không hợp lệ: dùng year:2016 hoặc year:2015-2017.")
            return FacetClause("year", value)
        return FacetClause("org", value)


def parse(text: str, max_chars: int = 500):
    """The query tree, or MatchAll() for an empty query."""
    if len(text) > max_chars:
        raise QueryError(f"Câu truy vấn quá dài ({len(text)} ký tự; tối đa {max_chars}).")
    node = _Parser(_lex(text.strip())).parse()
    return MatchAll() if node is None else node


def positive_runs(node) -> list[Run]:
    """Runs outside NOT, every spelling and unit included: what is highlighted."""
    if isinstance(node, Run):
        return [node]
    if isinstance(node, Words):
        return [*node.phrases, *(r for spellings in node.units for r in spellings)]
    if isinstance(node, (And, Or)):
        return [r for c in node.children for r in positive_runs(c)]
    return []


def positive_prefixes(node) -> list[str]:
    """The `prefix*` terms outside NOT: highlighted like runs."""
    if isinstance(node, Prefix):
        return [node.prefix]
    if isinstance(node, (And, Or)):
        return [p for c in node.children for p in positive_prefixes(c)]
    return []


def positive_terms(node) -> list:
    """Runs, Words and Prefixes outside NOT: they drive the ranking."""
    if isinstance(node, (Run, Words, Prefix)):
        return [node]
    if isinstance(node, (And, Or)):
        return [t for c in node.children for t in positive_terms(c)]
    return []


def searched(text: str, max_chars: int = 500):
    """The tree every backend searches for a query as typed: parse() then expand() (phrases in
    every spelling, units to fall back to)."""
    return as_searched(parse(text, max_chars))


def as_searched(typed):
    """expand() with the lexicon of this process (built once)."""
    from search_app.lexicon import lexicon

    return expand(typed, lexicon())


def expand(node, lexicon, loose: bool = True):
    """The tree as searched: each unquoted run of the text becomes Words, with the other spellings
    of its units (lexicon.spellings) and, when it has several units and `loose`, the units to fall
    back to. Under NOT nothing falls back: excluding every document with one of the units would
    exclude far more than the user wrote."""
    if isinstance(node, Run):
        if node.quoted or node.title_only:
            return node
        spans = lexicon.units(node.folded)
        units = []
        for a, b in spans:
            typed = Run(node.folded[a:b], node.accented[a:b])
            units.append((typed, *(Run(s, s) for s in lexicon.spellings(typed.folded)[1:])))
        phrases = [node]
        for combo in itertools.islice(itertools.product(*units), 1, None):
            if len(phrases) >= MAX_PHRASES:
                break
            folded = tuple(s for r in combo for s in r.folded)
            accented = tuple(s for r in combo for s in r.accented)
            phrases.append(Run(folded, accented))
        fallback = tuple(units) if loose and len(units) > 1 else ()
        if len(phrases) == 1 and not fallback:
            return node
        return Words(node, tuple(phrases), fallback)
    if isinstance(node, And):
        return And(tuple(expand(c, lexicon, loose) for c in node.children))
    if isinstance(node, Or):
        return Or(tuple(expand(c, lexicon, loose) for c in node.children))
    if isinstance(node, Not):
        return Not(expand(node.child, lexicon, loose=False))
    return node
