"""HTML pages: the article's main text (trafilatura drops menus, ads, footers), title and date.

Publication date: meta tags first (they are meant for machines), then a
visible Vietnamese dateline ("Thứ Năm, 12/01/2017 - 08:30"), then whatever
trafilatura's date finder reports.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import lxml.html
import trafilatura

from ingest import legacy
from ingest.dates import find_dateline, parse_date
from ingest.decode import decode_bytes
from ingest.document import RawDocument
from ingest.errors import IngestError

SUFFIXES = (".html", ".htm")

# trafilatura logs "discarding data" chatter at WARNING for short pages
logging.getLogger("trafilatura").setLevel(logging.ERROR)

_DATE_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@name='date']/@content",
    "//meta[@name='DC.date.issued']/@content",
    "//meta[@name='dc.date']/@content",
    "//time[@datetime]/@datetime",
)


def read(path: str, data: bytes, name: str) -> Iterator[RawDocument]:
    html, notes = decode_bytes(data)
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise IngestError(f"HTML không đọc được (unparseable HTML: {exc})") from None
    converted = _legacy_fonts(tree)
    if converted:
        html = lxml.html.tostring(tree, encoding="unicode")
        notes = notes + [legacy.note(enc) for enc in legacy.ENCODINGS if enc in converted]
    result = trafilatura.bare_extraction(
        html, with_metadata=True, favor_recall=True, include_tables=True, include_comments=False
    )
    text = result.text if result is not None and result.text else ""
    if not text.strip():
        # very short pages fall below trafilatura's thresholds: take the body text
        for bad in tree.xpath("//script|//style|//nav|//header|//footer"):
            bad.drop_tree()
        body = tree.find("body")
        text = (body if body is not None else tree).text_content()
    if not text.strip():
        raise IngestError("trang HTML không có nội dung (no text in HTML page)")
    text = _with_lead(tree, text)
    title = _title(tree, result)
    published = _meta_date(tree) or find_dateline(tree.text_content()) or (
        parse_date(result.date) if result is not None and result.date else None
    )
    url = tree.xpath("string(//link[@rel='canonical']/@href)") or tree.xpath(
        "string(//meta[@property='og:url']/@content)") or None
    site = tree.xpath("string(//meta[@property='og:site_name']/@content)") or None
    yield RawDocument(source=name, text=text, title=title, published=published, url=url,
                      source_name=site, format="html", notes=notes)


_FONT_FAMILY = re.compile(r"font-family\s*:\s*['\"]?([^;,'\"]+)", re.IGNORECASE)


def _legacy_fonts(tree) -> set[str]:
    """Convert the text of elements set in a legacy font (Word's "Save as Web Page" writes
    `<span style='font-family:".VnTime"'>`, older pages `<font face="VNI-Times">`), in place;
    returns the encodings converted."""
    found: set[str] = set()
    for element in tree.xpath("//*[@face or contains(@style, 'font-family')]"):
        m = _FONT_FAMILY.search(element.get("style") or "")
        font = m.group(1).strip() if m else (element.get("face") or "").split(",")[0].strip(" '\"")
        evidence = legacy.font_encoding(font)
        if not evidence:
            continue
        encoding, upper = evidence
        for node in element.iter():
            # the element's own text and everything inside it, not the text after it
            if node.text and not legacy.looks_unicode(node.text):
                node.text = legacy.convert(node.text, encoding, upper=upper)
            if node is not element and node.tail and not legacy.looks_unicode(node.tail):
                node.tail = legacy.convert(node.tail, encoding, upper=upper)
        found.add(encoding)
    return found


# Vietnamese news pages put the lead ("sapo") in its own block before the body;
# trafilatura keeps the body container and drops it, though it is the densest paragraph.
_LEAD = (
    "//*[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header)]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' sapo ') or contains(@class, 'lead')"
    " or contains(@class, 'chapeau') or contains(@class, 'summary') or contains(@class, 'excerpt')]"
)


def _with_lead(tree, text: str) -> str:
    for element in tree.xpath(_LEAD)[:1]:
        lead = " ".join(element.text_content().split())
        if len(lead) > 20 and lead[:60] not in " ".join(text.split()):
            return lead + "\n" + text
    return text


def _title(tree, result) -> str:
    # the article's visible headline first; og:title is often a longer variant for sharing
    for xpath in (
        "string(//article//h1)",
        "string(//*[self::h1 or self::h2][contains(@class, 'title')]"
        "[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header)])",
        "string(//meta[@property='og:title']/@content)",
        "string(//h1)",
    ):
        value = " ".join(tree.xpath(xpath).split())
        if value:
            return value
    if result is not None and result.title:
        return result.title
    return " ".join(tree.xpath("string(//title)").split())


def _meta_date(tree) -> str | None:
    for xpath in _DATE_META:
        for value in tree.xpath(xpath):
            if parsed := parse_date(str(value)):
                return parsed
    return None
