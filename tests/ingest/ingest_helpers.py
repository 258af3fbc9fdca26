"""Paths and helpers shared by the ingest tests (a plain module: conftest names clash across folders)."""
from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad"


def read_one(path: Path):
    """Read a fixture with its reader and return the normalised documents."""
    from ingest.build import to_document
    from ingest.readers import reader_for

    return [to_document(raw) for raw in reader_for(path.name).read(str(path), path.read_bytes(), path.name)]


def fake_extract(doc):
    """A stand-in extractor, importable by worker processes: one figure per "hội viên" count."""
    import re

    from extract.records import Extraction, Figure

    figures = [
        Figure(float(m.group(1).replace(".", "")), None, "hội viên", "exact", "khac", [], None, None, "",
               m.start(), m.end(), m.group(0))
        for m in re.finditer(r"(\d[\d.]*) hội viên", doc.text)
    ]
    return Extraction(version=5, figures=figures)


SEEN: list[tuple[float, float]] = []


def remaining_time_extract(doc):
    """A stand-in extractor that notes how much of the document's time limit is left when it runs."""
    import signal
    import time

    SEEN.append((signal.getitimer(signal.ITIMER_REAL)[0], time.monotonic()))
    return None
