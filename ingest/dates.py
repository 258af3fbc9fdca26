"""Dates as Vietnamese texts and metadata write them -> ISO "YYYY-MM-DD"."""
from __future__ import annotations

import re
from datetime import date

# ISO and ISO-like: 2017-01-12, 2017-01-12T08:30:00+07:00, 2017/01/12
_ISO = re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# Vietnamese day first: 12/01/2017, 12-1-2017, 12.01.2017
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")
# "ngày 12 tháng 01 năm 2017"
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)
# A visible dateline: "Thứ Năm, 12/01/2017 - 08:30" or "Chủ nhật, 5/3/2017"
_DATELINE = re.compile(
    r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+[Nn]hật)\s*,?\s*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)",
    re.IGNORECASE,
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """One date string (metadata field) -> ISO, or None when it is not a date."""
    value = value.strip()
    if m := _ISO.search(value):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _WORDS.search(value):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    if m := _DMY.search(value):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    return None


# The place-and-date line of an official document: "Quảng Ninh, ngày 15 tháng 12 năm 2016"
_PLACE_DATE = re.compile(
    r"^[^\n,]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", re.MULTILINE
)


# the end of every _DATELINE match: "/2017", ".2017", "-2017" (starts with a class: a fast scan)
_ANY_DMY_YEAR = re.compile(r"[/.-](?:19|20)\d\d")


def find_dateline(text: str) -> str | None:
    """A visible weekday dateline ("Thứ Năm, 12/01/2017 - 08:30") or an official place-and-date line."""
    # each pattern needs something most texts lack (a date with a 4-digit year; "ngày"): testing
    # for it first is much cheaper than the search
    if _ANY_DMY_YEAR.search(text) and (m := _DATELINE.search(text)):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    if "ngày" in text and (m := _PLACE_DATE.search(text)):
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    return None
