"""Who wrote a document: the issuing body in the heading of an official text ("HỘI CỰU CHIẾN BINH
TỈNH NGHỆ AN" above "Số: 31/BC-CCB") and the body a signature speaks for ("TM. BAN THƯỜNG VỤ
TỈNH ĐOÀN"). A report's author is an actor of each of its figures (baocao_attribution).
"""
from __future__ import annotations

import re

HEAD_LINES = 6  # the heading block: the issuing body (and its superior) fits in the first lines
TAIL_CHARS = 800  # the signature block sits at the end
_STATE_MOTTO = re.compile(r"CỘNG\s+HÒA|CỘNG\s+HOÀ|ĐỘC\s+LẬP|Độc\s+lập", re.IGNORECASE)
_COLUMNS = re.compile(r"\s{3,}|\t")
# "TM. BAN THƯỜNG VỤ", "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC", "Q. CHỈ HUY TRƯỞNG"
_SIGNS_FOR = re.compile(r"^\s*(?:TM|T/M|T\.M|KT|K/T|TL|T/L|TUQ|Q)\.?\s+\S", re.MULTILINE)


def _upper(segment: str) -> bool:
    letters = [c for c in segment if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def author_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the text where the author is named: upper-case heading segments before the
    first line that is not one (the document number, the date, the body), and the lines of the
    signature block that say for whom the signer signs."""
    out = []
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if n >= HEAD_LINES:
            break
        stripped = line.strip()
        if stripped:
            segments = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\s{3,}|\t|$)", line)]
            upper = [(s, e) for s, e in segments if _upper(line[s:e]) and not _STATE_MOTTO.search(line[s:e])]
            if not upper and not _STATE_MOTTO.search(line):
                break
            out += [(pos + s, pos + e) for s, e in upper if s == segments[0][0]]
        pos += len(line) + 1
    tail = max(0, len(text) - TAIL_CHARS)
    for m in _SIGNS_FOR.finditer(text, tail):
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        for seg in _COLUMNS.split(text[m.start():end]):
            if seg.strip():
                at = text.index(seg, m.start())
                if _SIGNS_FOR.match(seg):
                    out.append((at, at + len(seg)))
    return out


def authors(text: str, orgs) -> list[str]:
    """Canonical names of the organisations (records sorted by start) named where the author is."""
    spans = author_spans(text)
    names = [o.canonical for o in orgs if any(s <= o.start and o.end <= e for s, e in spans)]
    return list(dict.fromkeys(names))
