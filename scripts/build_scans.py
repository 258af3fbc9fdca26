"""Build the scanned reports of the sample corpus from the texts in scripts/corpus_src/scans/.

Each source text is typeset on A4 pages (DejaVu Serif, headings bold and centred), then
made to look like a scan of a signed paper copy: a red round stamp printed over the last
lines of text, a slightly off-white paper, a small rotation (a sheet fed a little askew),
a blur of the scanner's optics, grain and specks. Outputs (into corpus/, committed):

- image-only PDFs (no text layer: every page a JPEG), the format of most scanned archives;
- one multi-page TIFF (JPEG-compressed, YCbCr);
- one mixed PDF: its first page is a scan of the signed report, its second a typed page with a
  text layer (typeset by fpdf2), as when a scanned letter and a typed annex are joined.

`bench/ocr_quality.py` and tests/ingest/test_ocr.py compare the OCR text of these files with
the source texts. Everything is seeded: a rebuild gives the same pixels. Run from the
repository root: `python scripts/build_scans.py [--out DIR]` (needs fonts-dejavu-core).
"""
from __future__ import annotations

import argparse
import io
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "scripts" / "corpus_src" / "scans"
OUT_DIR = ROOT / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE_BREAK = "\f"  # a line holding only a form feed in a source forces a new page


@dataclass(frozen=True)
class Scan:
    source: str  # file name under scripts/corpus_src/scans/
    output: str  # file name under corpus/
    dpi: int
    skew_deg: float  # rotation of the sheet on the scanner glass
    seed: int
    typed: tuple[int, ...] = ()  # parts of the source (cut at form feeds) typeset with a text layer


SCANS = (
    Scan("2012-thai-binh-bao-cao-phoi-hop-ccb-ban-quet.txt",
         "2012-thai-binh-bao-cao-phoi-hop-ccb-ban-quet.pdf", dpi=300, skew_deg=0.8, seed=12),
    Scan("2014-khanh-hoa-bao-cao-phoi-hop-phu-nu-ban-quet.txt",
         "2014-khanh-hoa-bao-cao-phoi-hop-phu-nu-ban-quet.pdf", dpi=250, skew_deg=-1.2, seed=14),
    Scan("2010-can-tho-bao-cao-phoi-hop-thanh-doan-ban-quet.txt",
         "2010-can-tho-bao-cao-phoi-hop-thanh-doan-ban-quet.tif", dpi=200, skew_deg=0.6, seed=10),
    Scan("2017-quang-nam-bao-cao-phoi-hop-nong-dan-ban-quet.txt",
         "2017-quang-nam-bao-cao-phoi-hop-nong-dan-ban-quet.pdf", dpi=300, skew_deg=-0.5, seed=17,
         typed=(1,)),
)

FONT_PT = 12.5
LINE = 1.45  # line height, in font sizes
MARGIN_CM = (2.5, 2.0, 2.0, 2.0)  # left, right, top, bottom


def source_text(name: str) -> str:
    """The text a scan shows: the source without its page-break lines."""
    text = (SRC_DIR / name).read_text(encoding="utf-8")
    return "\n".join(line for line in text.split("\n") if line != PAGE_BREAK)


def source_pages(name: str) -> list[str]:
    """The source cut at its forced page breaks (one part for most sources)."""
    text = (SRC_DIR / name).read_text(encoding="utf-8").rstrip("\n")
    return [part.strip("\n") for part in text.split("\n" + PAGE_BREAK + "\n")]


def _is_heading(line: str, index: int) -> bool:
    # the issuing bodies (first line) and the document kind ("BÁO CÁO") are set bold and centred
    return index == 0 or line.isupper()


def layout(text: str, dpi: int, first: bool = True) -> list[list[tuple[str, bool, bool]]]:
    """Pages of (line, bold, centred), wrapped to the text width at this resolution."""
    px = dpi / 2.54
    width = 21.0 * px - (MARGIN_CM[0] + MARGIN_CM[1]) * px
    height = 29.7 * px - (MARGIN_CM[2] + MARGIN_CM[3]) * px
    regular, bold = _fonts(dpi)
    step = FONT_PT / 72 * dpi * LINE
    per_page = int(height // step)
    lines: list[tuple[str, bool, bool]] = []
    raw = text.split("\n")
    for i, line in enumerate(raw):
        heading = _is_heading(line, i) if first else line.isupper()
        title_line = i > 0 and raw[i - 1] == "BÁO CÁO"  # the subject line under "BÁO CÁO" is centred too
        font = bold if heading or title_line else regular
        if not line.strip():
            lines.append(("", False, False))
            continue
        for part in _wrap(line, font, width):
            lines.append((part, heading or title_line, heading or title_line))
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def _fonts(dpi: int):
    size = round(FONT_PT / 72 * dpi)
    return (ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), size),
            ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), size))


def _wrap(line: str, font, width: float) -> list[str]:
    words, out, current = line.split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and font.getlength(candidate) > width:
            out.append(current)
            current = word
        else:
            current = candidate
    out.append(current)
    return out


def render(page: list[tuple[str, bool, bool]], dpi: int) -> Image.Image:
    px = dpi / 2.54
    size = (round(21.0 * px), round(29.7 * px))
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    regular, bold = _fonts(dpi)
    step = FONT_PT / 72 * dpi * LINE
    left, right = MARGIN_CM[0] * px, size[0] - MARGIN_CM[1] * px
    y = MARGIN_CM[2] * px
    for text, is_bold, centred in page:
        font = bold if is_bold else regular
        x = (left + right - font.getlength(text)) / 2 if centred else left
        draw.text((x, y), text, font=font, fill=(20, 20, 24))
        y += step
    return image


def stamp(image: Image.Image, centre: tuple[float, float], dpi: int, rng: random.Random) -> None:
    """A red round seal printed over the text: ink multiplies with what is under it."""
    radius = round(2.0 / 2.54 * dpi)  # a 4 cm seal
    size = radius * 2 + 8
    seal = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(seal)
    c = size / 2
    w = max(3, dpi // 60)
    draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=255, width=w)
    inner = radius * 0.72
    draw.ellipse((c - inner, c - inner, c + inner, c + inner), outline=255, width=max(2, w // 2))
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), round(radius * 0.2))
    label = "BỘ CHỈ HUY QUÂN SỰ TỈNH * "
    for i, ch in enumerate(label):  # the issuing body around the rim
        angle = 2 * math.pi * i / len(label) - math.pi / 2
        r = (radius + inner) / 2
        glyph = Image.new("L", (round(radius * 0.3),) * 2, 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        seal.paste(255, (round(c + r * math.cos(angle) - glyph.width / 2),
                         round(c + r * math.sin(angle) - glyph.height / 2)), glyph)
    star = [(c + inner * 0.55 * math.cos(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4),
             c - inner * 0.55 * math.sin(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4))
            for k in range(10)]
    draw.polygon(star, fill=255)
    seal = seal.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    # uneven inking: some of the seal prints faint
    mottle = np.asarray(Image.effect_noise((size, size), 60).filter(ImageFilter.GaussianBlur(6)), dtype=np.float32)
    alpha = np.asarray(seal, dtype=np.float32) / 255 * np.clip(0.55 + (mottle - 128) / 300, 0.35, 0.9)
    ink = np.array([205, 28, 40], dtype=np.float32) / 255
    x0, y0 = round(centre[0] - size / 2), round(centre[1] - size / 2)
    region = np.asarray(image.crop((x0, y0, x0 + size, y0 + size)), dtype=np.float32)
    blended = region * (1 - alpha[..., None] * (1 - ink))
    image.paste(Image.fromarray(blended.clip(0, 255).astype(np.uint8)), (x0, y0))


def age(image: Image.Image, scan: Scan, rng: random.Random, nprng: np.random.Generator) -> Image.Image:
    """Paper tone, a small rotation, scanner blur, grain and a few specks."""
    image = image.rotate(scan.skew_deg + rng.uniform(-0.1, 0.1), resample=Image.BICUBIC,
                         fillcolor=(255, 255, 255))
    image = image.filter(ImageFilter.GaussianBlur(0.6 * scan.dpi / 300))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels * np.array([0.97, 0.955, 0.93], dtype=np.float32)  # off-white paper
    pixels += nprng.normal(0, 5, pixels.shape[:2])[..., None]
    height, width = pixels.shape[:2]
    for _ in range(120):  # dust
        y, x = nprng.integers(0, height - 4), nprng.integers(0, width - 4)
        pixels[y:y + nprng.integers(1, 4), x:x + nprng.integers(1, 4)] = 60
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def scanned_text(scan: Scan) -> str:
    """The source text of the scanned pages (without the typed parts of a mixed PDF)."""
    return "\n".join(part for n, part in enumerate(source_pages(scan.source)) if n not in scan.typed)


def scanned_pages(scan: Scan, part: int | None = None) -> list[Image.Image]:
    """The page images of the scanned parts (or of one part), the last page of each stamped."""
    rng = random.Random(scan.seed)
    nprng = np.random.default_rng(scan.seed)
    images = []
    for n, text in enumerate(source_pages(scan.source)):
        if n in scan.typed or (part is not None and n != part):
            continue
        pages = layout(text, scan.dpi, first=n == 0)
        for k, page in enumerate(pages):
            image = render(page, scan.dpi)
            if k == len(pages) - 1:
                # the seal sits over the last lines of text, where the signature block would be
                step = FONT_PT / 72 * scan.dpi * LINE
                last = MARGIN_CM[2] / 2.54 * scan.dpi + step * (len(page) - 2)
                stamp(image, (image.width * 0.62, last - step), scan.dpi, rng)
            images.append(age(image, scan, rng, nprng))
    return images


def text_layer_pdf(parts: list[str]) -> bytes:
    """Pages with a real text layer (the typed part of the mixed PDF)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVuSerif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.set_margins(25, 20, 20)
    for part in parts:
        pdf.add_page()
        pdf.set_font("DejaVuSerif", size=FONT_PT)
        for line in part.split("\n"):
            pdf.multi_cell(0, FONT_PT * 0.55, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def image_pdf(images: list[Image.Image], dpi: int) -> bytes:
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=50)
    return out.getvalue()


def build(scan: Scan, out_dir: Path) -> Path:
    target = out_dir / scan.output
    if target.suffix == ".tif":
        # JPEG in YCbCr, as colour scanners write TIFF (a third of the size of JPEG in RGB)
        images = [image.convert("YCbCr") for image in scanned_pages(scan)]
        images[0].save(target, "TIFF", save_all=True, append_images=images[1:], compression="jpeg",
                       quality=50, dpi=(scan.dpi, scan.dpi))
        return target
    parts = []
    for n, text in enumerate(source_pages(scan.source)):
        parts.append(text_layer_pdf([text]) if n in scan.typed else image_pdf(scanned_pages(scan, n), scan.dpi))
    target.write_bytes(parts[0] if len(parts) == 1 else _join_pdfs(parts))
    return target


def _join_pdfs(parts: list[bytes]) -> bytes:
    import pypdfium2 as pdfium

    joined = pdfium.PdfDocument.new()
    for data in parts:
        joined.import_pages(pdfium.PdfDocument(data))
    out = io.BytesIO()
    joined.save(out)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: corpus/)")
    parser.add_argument("--only", help="build only the scan whose output name contains this")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for scan in SCANS:
        if args.only and args.only not in scan.output:
            continue
        path = build(scan, args.out)
        print(f"{path}: {path.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
