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


@dataclass(frozen=True, slots=True)
class OcrPage:
    """A page whose text was read by OCR (ingest/ocr.py)."""

    page: int  # page number in the file, from 1
    confidence: float  # Tesseract's mean word confidence, 0-100
    low: bool  # under ocr.LOW_CONFIDENCE (or no words read): flagged, not to be trusted unchecked

    @classmethod
    def from_dict(cls, obj: dict) -> "OcrPage":
        return cls(int(obj["page"]), float(obj["confidence"]), bool(obj["low"]))


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
    ocr: list[OcrPage] = field(default_factory=list)  # the pages read by OCR; empty for a text layer


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
    ocr: list[OcrPage] = field(default_factory=list)  # pages read by OCR (page numbers count form feeds)
