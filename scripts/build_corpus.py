"""Build the PDF and DOCX documents of the sample corpus from their text sources.

Sources live in scripts/corpus_src/*.txt (outside corpus/, so `baocao ingest corpus/`
never sees the same document twice). Each source starts with directive lines,
then a line `---`, then the body:

    @output: 2011-dak-lak-bao-cao-....pdf     file name written into corpus/
    @title: ...                               document metadata title
    @header: ...                              running header (PDF: every page)
    @footer: ...                              running footer text (PDF: every page, with "Trang i/n")
    ---
    # CENTRED BOLD LINE        (document title lines)
    ## Bold heading            (section heading; docx: Heading 2)
    > right-aligned line       (place and date, signatures)
    | cell | cell | cell |     (table row; the first row of a block is the header)
    plain lines                (one paragraph each; blank lines are ignored)

Run from the repository root: `python scripts/build_corpus.py`. Output is
deterministic apart from the zip timestamps python-docx writes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC_DIR = ROOT / "scripts" / "corpus_src"
OUT_DIR = ROOT / "corpus"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)  # keeps PDF metadata stable between builds


@dataclass
class Block:
    kind: str  # "title" | "heading" | "right" | "para" | "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    path: Path
    output: str
    title: str
    header: str
    footer: str
    blocks: list[Block]


def parse_source(path: Path) -> Source:
    meta: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    try:
        sep = lines.index("---")
    except ValueError:
        raise SystemExit(f"{path}: missing '---' line between directives and body")
    for line in lines[:sep]:
        if line.startswith("@") and ":" in line:
            key, value = line[1:].split(":", 1)
            meta[key.strip()] = value.strip()
    if "output" not in meta:
        raise SystemExit(f"{path}: missing @output directive")
    blocks: list[Block] = []
    for line in lines[sep + 1:]:
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        elif line.startswith("## "):
            blocks.append(Block("heading", line[3:]))
        elif line.startswith("# "):
            blocks.append(Block("title", line[2:]))
        elif line.startswith("> "):
            blocks.append(Block("right", line[2:]))
        else:
            blocks.append(Block("para", line))
    return Source(path, meta["output"], meta.get("title", ""), meta.get("header", ""),
                  meta.get("footer", ""), blocks)


def build_pdf(src: Source, out: Path) -> None:
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def header(self) -> None:
            if src.header:
                self.set_font("DejaVu", "", 8)
                self.cell(0, 5, src.header, align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
                self.ln(5)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("DejaVu", "", 8)
            text = f"{src.footer} - Trang {self.page_no()}/{{nb}}" if src.footer else f"Trang {self.page_no()}/{{nb}}"
            self.cell(0, 5, text, align="C")

    pdf = ReportPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(src.title)
    pdf.set_author("baocao sample corpus")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in src.blocks:
        if block.kind == "title":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 6.5, block.text, align="C", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "heading":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, block.text, new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "right":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6, block.text, align="R", new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "para":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 6, block.text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif block.kind == "table":
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(first_row_as_headings=True, line_height=5.5) as table:
                for row in block.rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
    pdf.output(str(out))


def build_docx(src: Source, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.title = src.title
    doc.core_properties.author = "baocao sample corpus"
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.styles["Normal"].font.size = Pt(12)
    if src.header:
        doc.sections[0].header.paragraphs[0].text = src.header
    if src.footer:
        doc.sections[0].footer.paragraphs[0].text = src.footer
    for block in src.blocks:
        if block.kind == "title":
            p = doc.add_heading(block.text, level=1)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif block.kind == "heading":
            doc.add_heading(block.text, level=2)
        elif block.kind == "right":
            p = doc.add_paragraph(block.text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif block.kind == "para":
            doc.add_paragraph(block.text)
        elif block.kind == "table":
            ncols = max(len(r) for r in block.rows)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            for i, row in enumerate(block.rows):
                cells = table.add_row().cells
                for j, text in enumerate(row):
                    cells[j].text = text
                    if i == 0:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
    doc.save(str(out))


BUILDERS = {".pdf": build_pdf, ".docx": build_docx}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: corpus/)")
    parser.add_argument("names", nargs="*", help="only these source files (stem), default all")
    args = parser.parse_args(argv)
    sources = sorted(SRC_DIR.glob("*.txt"))
    if args.names:
        sources = [p for p in sources if p.stem in args.names]
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sources:
        src = parse_source(path)
        suffix = Path(src.output).suffix
        if suffix not in BUILDERS:
            print(f"{path.name}: unsupported output suffix {suffix}", file=sys.stderr)
            return 1
        out = args.out / src.output
        BUILDERS[suffix](src, out)
        print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
