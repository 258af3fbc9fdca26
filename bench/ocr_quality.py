"""OCR quality and speed on the scanned reports of the sample corpus.

For each scan built by scripts/build_scans.py (corpus/*-ban-quet.*): the character error rate
(CER) of the text ingest stores against the source text the scan was typeset from, the figure
F1 of extraction on that OCR text against the figures extracted from the clean source text,
Tesseract's mean word confidence, and OCR seconds per page (wall and CPU, Tesseract's child
processes included). A peer in the same run: the same pages OCR'd without our preprocessing
(grey from all three channels, no deskew), to show what dropping the red channel buys.

CER is the Levenshtein distance over the length of the source, both texts with their
whitespace runs made one space (line breaks of the page layout are not errors) and page-break
form feeds removed.

    python -m bench.ocr_quality [--no-peer] [--no-figures]
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import build_scans  # noqa: E402

CORPUS = ROOT / "corpus"


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\f", " ").split())


def levenshtein(a: str, b: str) -> int:
    """Edit distance, one row of the table at a time in numpy (d[j] - j is a running minimum)."""
    if not a or not b:
        return max(len(a), len(b))
    bcodes = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    idx = np.arange(len(b) + 1)
    row = idx.copy()
    for i, ch in enumerate(a, 1):
        cost = (bcodes != ord(ch)).astype(np.int64)
        t = np.empty(len(b) + 1, dtype=np.int64)
        t[0] = i
        t[1:] = np.minimum(row[1:] + 1, row[:-1] + cost)
        row = np.minimum.accumulate(t - idx) + idx
    return int(row[-1])


def cer(ocr_text: str, source: str) -> float:
    ref, hyp = squash(source), squash(ocr_text)
    return levenshtein(hyp, ref) / max(1, len(ref))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def read_scan(path: Path):
    """The document ingest makes of a scan, with wall and CPU seconds (own + Tesseract's)."""
    from ingest.build import to_document
    from ingest.readers import reader_for

    wall, cpu, child = time.perf_counter(), time.process_time(), _children_cpu()
    raws = list(reader_for(path.name).read(str(path), path.read_bytes(), path.name))
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu + _children_cpu() - child
    return to_document(raws[0]), wall, cpu


def peer_text(scan) -> str:
    """The same scanned pages through Tesseract without dropping the red channel or deskewing."""
    from ingest import ocr

    exe = ocr.require()
    return "\n".join(ocr._tesseract(exe, image.convert("L"), scan.dpi)[0]
                     for image in build_scans.scanned_pages(scan))


def figure_key(fig) -> tuple:
    return (fig.value, fig.value_max, fig.unit, fig.qualifier)


def figure_f1(ocr_text: str, source: str) -> tuple[float, int, int]:
    """F1 of (value, value_max, unit, qualifier) of the figures of the OCR text against those of the
    source text (a multiset match); and the two counts."""
    from collections import Counter

    from extract.pipeline import extract_text

    got = Counter(figure_key(f) for f in extract_text(ocr_text).figures)
    want = Counter(figure_key(f) for f in extract_text(source).figures)
    hit = sum((got & want).values())
    p = hit / max(1, sum(got.values()))
    r = hit / max(1, sum(want.values()))
    return (2 * p * r / (p + r) if p + r else 0.0), sum(got.values()), sum(want.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-peer", action="store_true", help="skip the OCR without preprocessing")
    parser.add_argument("--no-figures", action="store_true", help="skip the figure F1 (loads the extractor)")
    args = parser.parse_args(argv)
    print(f"# OCR on {os.cpu_count()} cores; CER over whitespace-collapsed text; "
          f"F1 of figures (value, unit, qualifier) against extraction on the source text")
    header = f"{'scan':58} {'pages':>5} {'CER':>7} {'peer CER':>8} {'conf':>5} {'fig F1':>6} {'figs':>9} {'s/page wall':>11} {'s/page CPU':>10}"
    print(header)
    walls, cpus, cers, f1s = [], [], [], []
    for scan in build_scans.SCANS:
        path = CORPUS / scan.output
        source = build_scans.source_text(scan.source)
        doc, wall, cpu = read_scan(path)
        pages = len(doc.ocr)
        walls.append(wall / pages)
        cpus.append(cpu / pages)
        # the typed page of the mixed PDF is read from its text layer: CER is of the OCR'd pages
        pages_text = doc.text.split("\f")
        ocr_text = "\n".join(pages_text[p.page - 1] for p in doc.ocr)
        scanned = build_scans.scanned_text(scan)
        error = cer(ocr_text, scanned)
        cers.append(error)
        peer = "-" if args.no_peer else f"{cer(peer_text(scan), scanned):.2%}"
        conf = statistics.mean(p.confidence for p in doc.ocr)
        if args.no_figures:
            f1, figs = float("nan"), "-"
        else:
            f1, got, want = figure_f1(doc.text, source)
            f1s.append(f1)
            figs = f"{got}/{want}"
        print(f"{scan.output:58} {pages:5d} {error:7.2%} {peer:>8} {conf:5.1f} {f1:6.3f} {figs:>9} "
              f"{wall / pages:11.2f} {cpu / pages:10.2f}")
    print(f"median s/page: wall {statistics.median(walls):.2f}, CPU {statistics.median(cpus):.2f}; "
          f"max CER {max(cers):.2%}" + (f"; min figure F1 {min(f1s):.3f}" if f1s else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
