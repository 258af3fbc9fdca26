"""The normalised document every reader produces and the store keeps."""
from __future__ import annotations

from dataclasses import dataclass, field

# Document types detected from cues in the title and opening lines.
DOC_TYPES = {
    "bao_cao": "Báo cáo",
    "chuong_trinh_phoi_hop": "Chương trình phối hợp",
    "ke_hoach": "Kế hoạch",
    "quyet_dinh": "Quyết định",
    "huong_dan": "Hướng dẫn",
    "tin_bai": "Tin bài",
}


@dataclass(slots=True)
class RawDocument:
    """What a reader found in one file (or one record of a file), before normalisation."""

    source: str  # path, "archive.zip!member.pdf" or "file.jsonl#12"
    text: str
    title: str = ""
    published: str | None = None  # ISO date "YYYY-MM-DD" when the file says so
    url: str | None = None
    source_name: str | None = None  # publisher / outlet when known
    external_id: str | None = None  # id carried by the file itself (jsonl "id")
    format: str = ""
    notes: list[str] = field(default_factory=list)  # e.g. "decoded as windows-1258"


@dataclass(slots=True)
class Document:
    """A stored document. Every offset in extraction records refers to `text`."""

    id: str  # hash of the normalised text
    title: str
    text: str  # NFC, one tone-mark placement
    sources: list[str]
    published: str | None = None
    years: list[int] = field(default_factory=list)  # years the document reports on
    provinces: list[str] = field(default_factory=list)  # canonical province names
    doc_type: str = "tin_bai"  # a key of DOC_TYPES
    format: str = ""
    url: str | None = None
    source_name: str | None = None
    notes: list[str] = field(default_factory=list)
