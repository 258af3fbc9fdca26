"""What a document is about: the years it reports on, its provinces, its type."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ingest.places import find_provinces, provinces_in_source
from ingest.years import detect_years

__all__ = ["detect_years", "detect_provinces", "detect_doc_type", "official_title"]


def detect_provinces(title: str, text: str, *sources: str | None) -> list[str]:
    """Provinces implied by the source first, then those named, in order of first mention."""
    found = provinces_in_source(*sources)
    # title and text apart, not joined: the same mentions in the same order (no name spans the line
    # break), and the extractor then finds the text's provinces cached (see find_provinces)
    for _, _, name in find_provinces(title) + find_provinces(text):
        if name not in found:
            found.append(name)
    return found


@lru_cache(maxsize=1)
def _doc_type_cues() -> list[tuple[str, str]]:
    rows = resources.files("ingest").joinpath("data/doc_types.tsv").read_text("utf-8").splitlines()
    return [tuple(r.split("\t")) for r in rows if r.strip() and not r.startswith("#")]


def _starts_with_cue(line: str, cue: str) -> bool:
    if line[: len(cue)].casefold() != cue.casefold():
        return False
    rest = line[len(cue):]
    if rest[:1].isalpha():  # a longer word
        return False
    words = rest.split(None, 1)
    # "Báo cáo viên" is a lecturer, not a report
    return not words or words[0].casefold() != "viên"


_HEAD_LINES = 15
# Signs of an administrative document near the top: the national motto, a document
# number ("Số: 215/BC-BCH"), a place-and-date line ("Nghệ An, ngày 20 tháng 12 năm 2010").
# The motto may sit anywhere; the other two open a line. Searched apart (see _admin_signs): one
# pattern tried at every character of the head lines cost more than the rest of detect_doc_type.
_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc", re.IGNORECASE)
_LINE_SIGNS = re.compile(
    r"Số\s*:?\s*\d+\s*[/-]|[^\n,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE
)


def _admin_signs(head: list[str]) -> bool:
    joined = "\n".join(head)
    lowered = joined.lower()
    # the motto's first words, lower-cased, must be in the text for the case-blind search to match
    if ("cộng" in lowered or "độc" in lowered) and _MOTTO.search(joined):
        return True
    start = 0
    for line in head:
        if _LINE_SIGNS.match(joined, start):  # a match may run on into the next line, as before
            return True
        start += len(line) + 1
    return False


def detect_doc_type(title: str, text: str) -> str:
    """A key of DOC_TYPES, or "tin_bai" (news).

    An all-caps heading near the top ("BÁO CÁO", "KẾ HOẠCH") decides. A title
    that opens with a cue ("Báo cáo kết quả ...") counts only when the text
    looks administrative too: news titles open with "Báo cáo của Lầu Năm
    Góc ...", "Kế hoạch đổ bể ...", "Hướng dẫn làm bánh ..." all the time.
    """
    cues = _doc_type_cues()
    head = _head_lines(text)
    for line in head:
        for key, cue in cues:
            if line.startswith(cue.upper()) and line.isupper():
                return key
    if _admin_signs(head):
        for key, cue in cues:
            if _starts_with_cue(title.strip(), cue):
                return key
    return "tin_bai"


def _head_lines(text: str, prefix: int = 4000) -> list[str]:
    """The first _HEAD_LINES non-blank lines, stripped. Splits only the start of the text when
    that holds enough whole lines (splitting a long report entirely cost more than the rest)."""
    lines = text[:prefix].splitlines()
    if len(text) > prefix:
        lines.pop()  # may be cut short: used only when the text is this short
    head = [line.strip() for line in lines if line.strip()][:_HEAD_LINES]
    if len(head) == _HEAD_LINES or len(text) <= prefix:
        return head
    return [line.strip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]


_SUBJECT_LINES = 3
_TITLE_SEARCH_LINES = 15


def official_title(text: str) -> str | None:
    """The title of an administrative document: its type heading plus the subject under it.

    Such documents open with the issuer ("BỘ CHỈ HUY QUÂN SỰ TỈNH ..."), a number and a
    place and date, then "BÁO CÁO" on its own line and the subject below it:
    "BÁO CÁO / Kết quả thực hiện ... năm 2010" -> "Báo cáo kết quả thực hiện ... năm 2010".
    """
    lines = text.split("\n")[: _TITLE_SEARCH_LINES * 3]
    seen = 0
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _TITLE_SEARCH_LINES:
            return None
        # "BÁO CÁO", or a longer all-caps heading "BÁO CÁO TỔNG KẾT"
        cue = next((c for _, c in _doc_type_cues() if line.startswith(c.upper()) and line.isupper()), None)
        if cue is None:
            continue
        heading = cue + line[len(cue):].lower()
        subject = []
        for following in lines[i + 1: i + 1 + _SUBJECT_LINES]:
            following = following.strip()
            if not following or (following.isupper() and len(following) > 3):
                break  # the blank line before the body, or a new heading
            subject.append(following)
        if not subject:
            return None
        first = subject[0]
        # "Kết quả ..." -> "kết quả ..."; leave "UBND ...", "Chương trình ..." alone only for acronyms
        if len(first) > 1 and not first[1].isupper():
            first = first[0].lower() + first[1:]
        return " ".join([heading, first, *subject[1:]])
    return None
