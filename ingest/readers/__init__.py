"""Readers, one module per format, behind one contract.

Each reader module has `SUFFIXES` (lower case, with the dot) and
`read(path, data, name) -> Iterator[RawDocument]`, where `data` is the
file's bytes and `name` the source name to report ("a.zip!b.pdf" for
archive members). A reader raises IngestError with a reason for a file it
cannot read; readers of many-record files (jsonl) may instead yield an
IngestError for one bad record and go on.
"""
from __future__ import annotations

import importlib
from pathlib import PurePath
from types import ModuleType

# Module names under ingest.readers; imported lazily so a CLI run over text
# files never pays for pdfplumber or trafilatura.
_MODULES = ("txt", "jsonl", "html", "pdf", "word", "office", "sheet", "image", "xml", "zip")
_LOADED: dict[str, ModuleType] = {}


def _module(name: str) -> ModuleType:
    if name not in _LOADED:
        _LOADED[name] = importlib.import_module(f"ingest.readers.{name}")
    return _LOADED[name]


SUFFIX_MODULES = {
    ".txt": "txt", ".md": "txt",
    ".jsonl": "jsonl", ".json": "jsonl", ".jsonl.gz": "jsonl", ".json.gz": "jsonl",
    ".html": "html", ".htm": "html",
    ".pdf": "pdf",
    ".docx": "word",
    ".doc": "office", ".rtf": "office", ".odt": "office",
    ".xlsx": "sheet", ".xls": "sheet",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".xml": "xml",
    ".zip": "zip",
}


def suffix_of(name: str) -> str:
    """'a/B.JSONL.GZ' -> '.jsonl.gz'; 'x.pdf' -> '.pdf'."""
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    if len(suffixes) >= 2 and suffixes[-1] == ".gz":
        return "".join(suffixes[-2:])
    return suffixes[-1] if suffixes else ""


def reader_for(name: str) -> ModuleType | None:
    """The reader module for a file name, or None for unsupported suffixes."""
    module_name = SUFFIX_MODULES.get(suffix_of(name))
    return _module(module_name) if module_name else None


def is_supported(name: str) -> bool:
    return suffix_of(name) in SUFFIX_MODULES
