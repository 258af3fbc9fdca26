"""XML article files: elements named title, time/date, content (and common variants).

One file may hold one article or many (<articles><article>...</article>...).
Content that carries HTML markup (often in CDATA) is reduced to its text.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree

import lxml.html

from ingest.dates import parse_date
from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".xml",)

_TITLE = ("title", "tieude", "headline")
_TIME = ("time", "date", "published", "pubdate", "ngay", "datetime")
_CONTENT = ("content", "body", "text", "noidung", "description")
_URL = ("url", "link")
_SOURCE = ("source", "nguon")
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>]*\[", re.IGNORECASE)


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(element, names: tuple[str, ...]):
    for child in element:
        if _local(child.tag) in names:
            return child
    return None


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    if not data.strip():
        raise IngestError("tệp rỗng (empty file)")
    if _DOCTYPE.search(data[:4096]):
        # inline DTDs are how entity bombs arrive; articles never need them
        raise IngestError("XML có DTD nội tuyến, không đọc (XML with an inline DTD refused)")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise IngestError(f"XML không hợp lệ (invalid XML: {exc})") from None
    articles = [root] if _child(root, _CONTENT) is not None else [
        e for e in root.iter() if _child(e, _CONTENT) is not None
    ]
    if not articles:
        raise IngestError("không thấy phần tử content trong XML (no article with a content element)")
    for index, article in enumerate(articles, 1):
        text = _text(_child(article, _CONTENT))
        if not text.strip():
            continue
        title = _text(_child(article, _TITLE))
        when = _text(_child(article, _TIME))
        source = name if len(articles) == 1 else f"{name}#{index}"
        yield RawDocument(
            source=source, text=text, title=title, published=parse_date(when) if when else None,
            url=_text(_child(article, _URL)) or None, source_name=_text(_child(article, _SOURCE)) or None,
            format="xml",
        )


def _text(element) -> str:
    if element is None:
        return ""
    raw = "".join(element.itertext()).strip()
    if "<" in raw and ">" in raw:
        # HTML inside CDATA: keep paragraph breaks, drop tags
        raw = re.sub(r"(?i)</p>|<br\s*/?>", "\n", raw)
        raw = lxml.html.fromstring(f"<div>{raw}</div>").text_content()
    return raw
