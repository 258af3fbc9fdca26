"""OCR of scanned pages with Tesseract (Debian tesseract-ocr + tesseract-ocr-vie), for the PDF and
image readers.

The tesseract command line is run directly rather than through a wrapper: one run writes the
words with their boxes and confidences (TSV), from which the text is laid out again, and
subprocess.run kills the process when the document's time limit interrupts it (pytesseract
leaves it running). OCRmyPDF was considered and not used: it writes a new PDF with a text layer
(we only need the text and confidences), would add Ghostscript and its own process pool to the
ingest workers', and its deskew needs unpaper; the rotation check it offers is Tesseract's OSD,
called here directly.

Before OCR each page is made grey from its red channel only: red ink (the seals stamped over
signed reports) is as bright as the paper there and disappears, while black and blue text stay
dark. On the issue's test page a red seal over the text cost Tesseract a third of the text
(CER ~33 %); without the red channel, ~2 %. Grain is smoothed with a 3x3 median; a page
fed askew by more than _DESKEW_MIN degrees is turned level (projection profile: the angle at
which rows of text give the sharpest dark/light rows; Tesseract copes with less), and a page
that reads badly is checked for a quarter or half turn with Tesseract's orientation detection
(OSD).

Each page's text is Tesseract's lines in reading order, a blank line where the page has a
gap (a new paragraph), and a line that carries on the sentence of the line above (it starts in
lower case) joined to it. The
mean word confidence is kept per page; pages under LOW_CONFIDENCE are flagged.
"""
from __future__ import annotations

import csv
import functools
import io
import os
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from ingest import settings, timelimit
from ingest.document import OcrPage
from ingest.errors import IngestError

MODES = ("auto", "off", "force")
# Tesseract's mean word confidence (0-100) under which a page is flagged for checking. Our
# rendered scans read at 85-93 with ~1 % character errors; pages near 60 had whole lines wrong.
LOW_CONFIDENCE = 70.0
# a page image larger than this (an A0 poster at 300 dpi is 140 million) is refused or rendered smaller
MAX_PIXELS = 60_000_000
_DESKEW_RANGE = 5.0  # degrees searched either way; a sheet fed further askew is rare
_DESKEW_STEP = 0.25
# Tesseract's own line finding copes with a slant this small, and turning the page (resampling
# it) cost more than it won: CER 0.12 % -> 0.95 % at 1.2 degrees on our Khánh Hòa scan
_DESKEW_MIN = 1.5
_SPECK_CONFIDENCE = 60.0
# One thread per Tesseract: ingest already runs one worker process per core, and Tesseract's
# OpenMP threads on top of those only contend (as OCRmyPDF also advises)
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass(slots=True)
class PageText:
    text: str
    page: OcrPage


def mode() -> str:
    value = str(settings.get("ocr")).strip().lower()
    if value not in MODES:
        raise IngestError(f"giá trị BAOCAO_OCR không hợp lệ: {value!r} (ocr must be one of {', '.join(MODES)})")
    return value


def languages() -> str:
    return str(settings.get("ocr_languages")).strip() or "vie"


def dpi() -> int:
    return max(72, min(int(settings.get("ocr_dpi")), 600))


def package(lang: str) -> str:
    """Debian's package for a Tesseract language: chi_sim -> tesseract-ocr-chi-sim."""
    return "tesseract-ocr-" + lang.lower().replace("_", "-")


def require() -> str:
    """The tesseract executable, or an IngestError that says what to install."""
    exe = shutil.which("tesseract")
    langs = languages()
    if exe is None:
        wanted = " ".join(["tesseract-ocr", *(package(lang) for lang in langs.split("+"))])
        raise IngestError(f"cần Tesseract để đọc bản quét (OCR needs Tesseract: install the Debian packages {wanted})")
    missing = [lang for lang in langs.split("+") if lang not in _installed_languages(exe)]
    if missing:
        wanted = " ".join(package(lang) for lang in missing)
        raise IngestError(f"thiếu dữ liệu ngôn ngữ Tesseract {'+'.join(missing)} "
                          f"(install the Debian package {wanted})")
    return exe


@functools.lru_cache(maxsize=4)
def _installed_languages(exe: str) -> frozenset[str]:
    done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    lines = (done.stdout or done.stderr).splitlines()
    return frozenset(line.strip() for line in lines[1:] if line.strip())


def recognise_pages(images: Iterable[tuple[int, object, int]]) -> Iterator[PageText]:
    """OCR of (page number, PIL image, resolution) in turn. Each page adds doc_timeout_s to the
    document's time limit: a 40-page scan is legitimately slower than a 2-page one."""
    exe = require()
    for number, image, resolution in images:
        timelimit.extend(timelimit.limit_s())
        yield recognise(exe, image, number, resolution)


def recognise(exe: str, image, number: int, resolution: int) -> PageText:
    grey = deskew(cleaned(image))
    text, confidence, words = _tesseract(exe, grey, resolution)
    if confidence < LOW_CONFIDENCE:
        turn = _orientation(exe, grey, resolution)
        if turn:
            # OSD's "Rotate" is the clockwise turn that makes the page upright; PIL turns anticlockwise
            turned = grey.rotate(-turn, expand=True)
            again = _tesseract(exe, turned, resolution)
            if again[1] > confidence:
                text, confidence, words = again
    rounded = round(confidence, 1)
    return PageText(text, OcrPage(page=number, confidence=rounded, low=rounded < LOW_CONFIDENCE or not words))


def cleaned(image):
    """The page as Tesseract reads it best: grey without red ink, scanner grain smoothed (a 3x3
    median keeps strokes and removes single-pixel specks)."""
    from PIL import ImageFilter

    return red_dropped(image).filter(ImageFilter.MedianFilter(3))


def red_dropped(image):
    """Grey from the red channel: red seals and signatures in red ink become paper."""
    from PIL import Image

    if image.mode in ("1", "L", "I;16", "I", "F"):
        return image.convert("L")
    if image.mode in ("P", "PA", "LA", "RGBA", "CMYK", "YCbCr", "LAB", "HSV"):
        if "A" in image.mode:
            # transparent parts of a PNG are paper, not black
            background = Image.new("RGB", image.size, (255, 255, 255))
            background.paste(image.convert("RGBA"), mask=image.convert("RGBA").split()[-1])
            image = background
        image = image.convert("RGB")
    return image.getchannel("R") if image.mode == "RGB" else image.convert("L")


def deskew(grey):
    """Rotate a page whose lines run at a slant (by up to _DESKEW_RANGE degrees) level again."""
    angle = skew_angle(grey)
    if abs(angle) < _DESKEW_MIN:
        return grey
    return grey.rotate(-angle, resample=_bicubic(), expand=False, fillcolor=255)


def skew_angle(grey) -> float:
    """The slant of a page's rows of text (degrees anticlockwise, as PIL's rotate turns).

    Projection profile on a small copy: ink per row is summed for each candidate angle; level
    rows of text give high peaks and empty gaps, i.e. the largest variance of the row sums."""
    import numpy as np

    small = grey.copy()
    small.thumbnail((1000, 1000))
    ink = (np.asarray(small, dtype=np.uint8) < 128).astype(np.float32)
    if ink.sum() < 200:  # an empty page
        return 0.0
    height, width = ink.shape
    ys, xs = np.nonzero(ink)
    xs = xs - width / 2
    best, best_score = 0.0, -1.0
    steps = int(round(_DESKEW_RANGE / _DESKEW_STEP))
    for k in range(-steps, steps + 1):
        angle = k * _DESKEW_STEP
        # the row a dark pixel falls on once the page is turned by `angle`
        rows = np.round(ys - xs * np.tan(np.radians(-angle))).astype(np.int64)
        rows = rows[(rows >= 0) & (rows < height)]
        score = float(np.bincount(rows, minlength=height).astype(np.float64).var())
        if score > best_score:
            best, best_score = angle, score
    return best


def _bicubic():
    from PIL import Image

    return Image.Resampling.BICUBIC


def _tesseract(exe: str, grey, resolution: int) -> tuple[str, float, int]:
    """(text, mean word confidence, word count) of one page."""
    with tempfile.TemporaryDirectory(prefix="baocao-ocr-") as tmp:
        src = Path(tmp) / "page.png"
        grey.save(src, dpi=(resolution, resolution))
        _run(exe, [str(src), str(Path(tmp) / "page"), "-l", languages(), "--dpi", str(resolution), "--psm", "3", "tsv"])
        result = Path(tmp) / "page.tsv"
        tsv = result.read_text(encoding="utf-8", errors="replace") if result.exists() else ""
    return layout(tsv)


def _orientation(exe: str, grey, resolution: int) -> int:
    """Tesseract OSD's clockwise turn for an upright page (0, 90, 180, 270), 0 when unsure."""
    with tempfile.TemporaryDirectory(prefix="baocao-osd-") as tmp:
        src = Path(tmp) / "page.png"
        grey.save(src, dpi=(resolution, resolution))
        try:
            done = _run(exe, [str(src), "stdout", "--psm", "0", "--dpi", str(resolution)], check=False)
        except IngestError:
            return 0
    fields = dict(line.split(":", 1) for line in done.splitlines() if ":" in line)
    try:
        turn = int(fields.get("Rotate", "0").strip())
        sure = float(fields.get("Orientation confidence", "0").strip())
    except ValueError:
        return 0
    return turn if sure >= 2.0 else 0


def _run(exe: str, args: list[str], check: bool = True) -> str:
    limit = timelimit.limit_s() or None
    try:
        done = subprocess.run([exe, *args], capture_output=True, timeout=limit, stdin=subprocess.DEVNULL, env=_ENV)
    except subprocess.TimeoutExpired:
        raise IngestError(f"Tesseract không đọc xong một trang trong {limit:g} s (OCR of a page timed out)") from None
    if done.returncode != 0 and check:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise IngestError(f"Tesseract không đọc được trang (OCR failed: {detail[-1] if detail else done.returncode})")
    return done.stdout.decode("utf-8", "replace")


def layout(tsv: str) -> tuple[str, float, int]:
    """Tesseract's TSV -> (text, mean word confidence, words).

    Words of one line joined by spaces, lines in Tesseract's reading order, and a blank line
    where the vertical gap to the previous line is well over the page's usual line pitch."""
    lines: dict[tuple[int, int, int], list] = {}
    confidences = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        word = (row.get("text") or "").strip()
        conf = float(row.get("conf") or -1)
        if not word or conf < 0 or (conf < _SPECK_CONFIDENCE and not any(c.isalnum() for c in word)):
            # specks of dust and the rim of a seal come out as stray "-", ":" or "_" read with low confidence
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        top, height = int(row["top"]), int(row["height"])
        entry = lines.setdefault(key, [top, top + height, []])
        entry[0], entry[1] = min(entry[0], top), max(entry[1], top + height)
        entry[2].append(word)
        confidences.append(conf)
    if not confidences:
        return "", 0.0, 0
    ordered = list(lines.values())
    pitches = [b[0] - a[0] for a, b in zip(ordered, ordered[1:]) if b[0] > a[0]]
    pitch = median(pitches) if pitches else 0
    out: list[str] = []
    previous = None
    for top, _bottom, words in ordered:
        line = " ".join(words)
        gap = previous is not None and pitch and top - previous > 1.5 * pitch
        if gap:
            out.append("")
        elif out and out[-1] and _continues(out[-1], line):
            # a sentence wrapped at the page's edge is one line again, so "tặng 850 / suất quà"
            # reads as the figure it is (the extractor does not join a number and its unit across lines)
            out[-1] += " " + line
            previous = top
            continue
        out.append(line)
        previous = top
    return "\n".join(out), sum(confidences) / len(confidences), len(confidences)


def _continues(line: str, following: str) -> bool:
    """The next printed line carries on this one's sentence: this one does not end a sentence or
    a heading, and the next starts in lower case."""
    return not line.endswith((".", ":", ";", "!", "?")) and following[:1].islower()


def notes(pages: list[OcrPage]) -> list[str]:
    """The file's remarks: that it was read by OCR, how well, and which pages to check."""
    if not pages:
        return []
    mean = sum(p.confidence for p in pages) / len(pages)
    numbers = ", ".join(str(p.page) for p in pages)
    out = [f"OCR (Tesseract {languages()}) trang {numbers}, độ tin cậy trung bình {mean:.0f}"]
    low = [p for p in pages if p.low]
    if low:
        out.append("độ tin cậy thấp, cần kiểm tra: " + ", ".join(f"trang {p.page} ({p.confidence:.0f})" for p in low))
    return out


def open_image(data: bytes):
    """A PIL image of the bytes, or an IngestError saying why not (not an image, too large)."""
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except UnidentifiedImageError:
            raise IngestError("không phải tệp ảnh (not an image: no PNG, JPEG or TIFF signature)") from None
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise IngestError("ảnh quá lớn (image over the pixel limit)") from None
    if image.width * image.height > MAX_PIXELS:
        raise IngestError(f"ảnh quá lớn (image of {image.width}x{image.height} pixels over the limit)")
    return image
