"""Build the legacy-format documents of the sample corpus: Word 97 .doc, .rtf, Excel .xlsx/.xls
and text files in TCVN3/VNI, from the sources in scripts/corpus_src/legacy/*.txt.

Source format: directives, a line `---`, then the body (as scripts/build_corpus.py):

    @output: NAME.doc|.rtf|.xlsx|.xls|.txt   file written into corpus/
    @title: ...                              document title (metadata)
    @legacy_font: .VnTime                    font of the legacy paragraphs/cells (TCVN3)
    @encoding: TCVN3|VNI|VISCII              .txt only: the bytes of the whole file
    @sheet: ...                              Excel only: the sheet name
    ---
    # Title line        | cell | cell |      table row (Excel: every row; Word: a table)
    #                   Excel: an empty row
    ~text               a paragraph (or, in a table, a cell) typed in @legacy_font: its
                        Unicode text is written as TCVN3 characters in that font
    ~H text             the same in the upper-case font (.VnTime -> .VnTimeH)
    ## Heading          > right-aligned line          plain lines: one paragraph each

Word 97 and .xls come from LibreOffice (`soffice --headless --convert-to`), .doc through .odt
(LibreOffice writes the tables of a python-docx file to .doc so that it cannot read them
back; through its own .odt they survive). Run from the repository root:
`python scripts/build_legacy_corpus.py` (needs LibreOffice); it also writes the broken variants
of tests/fixtures/bad/ (`--fixtures`: only those).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import legacy  # noqa: E402

SRC_DIR = ROOT / "scripts" / "corpus_src" / "legacy"
OUT_DIR = ROOT / "corpus"
UNICODE_FONT = "Times New Roman"


def parse(path: Path) -> tuple[dict[str, str], list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    sep = lines.index("---")
    meta = {}
    for line in lines[:sep]:
        key, value = line[1:].split(":", 1)
        meta[key.strip()] = value.strip()
    return meta, [line.rstrip() for line in lines[sep + 1:]]


def legacy_run(text: str, font: str) -> tuple[str, str]:
    """(characters, font) of a source paragraph or cell: '~' marks the legacy ones."""
    if text.startswith("~H "):
        return legacy.encode(text[3:], "TCVN3"), font + "H"
    if text.startswith("~"):
        return legacy.encode(text[1:], "TCVN3"), font
    return text, UNICODE_FONT


def soffice(args: list[str], cwd: Path) -> None:
    profile = (cwd / "profile").as_uri()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}", *args], cwd=cwd, check=True,
                   capture_output=True, timeout=300)


def build_docx(meta: dict, body: list[str], out: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    font = meta.get("legacy_font", ".VnTime")
    document = docx.Document()
    document.core_properties.title = meta.get("title", "")
    document.styles["Normal"].font.name = UNICODE_FONT
    document.styles["Normal"].font.size = Pt(13)
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = "Table Grid"
        widths = [Cm(7)] + [Cm(2.6)] * (len(table.columns) - 1)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                cell = table.cell(i, j)
                cell.width = widths[j]
                text, run_font = legacy_run(value, font)
                run = cell.paragraphs[0].add_run(text)
                run.font.name = run_font
                run.bold = i == 0
        rows.clear()

    for line in body:
        if not line:
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush()
        legacy_line = line.startswith("~") and not line.startswith("~H ")
        content = line[1:] if legacy_line else line
        style = None
        align = None
        if content.startswith("# "):
            content, align = content[2:], WD_ALIGN_PARAGRAPH.CENTER
        elif content.startswith("## "):
            content, style = content[3:], "Heading 2"
        elif content.startswith("> "):
            content, align = content[2:], WD_ALIGN_PARAGRAPH.RIGHT
        paragraph = document.add_paragraph(style=style)
        if align is not None:
            paragraph.alignment = align
        text, run_font = legacy_run(("~" if legacy_line else "") + content, font)
        run = paragraph.add_run(text)
        run.font.name = run_font
        if run_font.endswith("H"):
            run.bold = True
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    flush()
    document.save(out)


def build_word(meta: dict, body: list[str], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        build_docx(meta, body, work / "src.docx")
        if out.suffix == ".doc":
            soffice(["--convert-to", "odt", "src.docx"], work)
            soffice(["--convert-to", "doc:MS Word 97", "src.odt"], work)
        else:
            soffice(["--convert-to", "rtf", "src.docx"], work)
        shutil.copyfile(work / f"src{out.suffix}", out)


def build_workbook(meta: dict, body: list[str], out: Path) -> None:
    import openpyxl
    from openpyxl.styles import Font

    font = meta.get("legacy_font", ".VnTime")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = meta.get("sheet", "Phụ lục")
    book.properties.title = meta.get("title", "")
    for line in body:
        if not line:
            continue
        if line == "#":  # an empty row between the title rows and the table
            sheet.append([None])
            continue
        if line.startswith("# "):
            sheet.append([line[2:]])
            sheet.cell(sheet.max_row, 1).font = Font(name=UNICODE_FONT, bold=True)
            continue
        values = [c.strip() for c in line.strip("|").split("|")]
        sheet.append([None] * len(values))
        for j, value in enumerate(values, start=1):
            cell = sheet.cell(sheet.max_row, j)
            if value.replace(".", "").replace(",", "").isdigit() and not value.startswith("~"):
                number = value.replace(".", "").replace(",", ".")
                cell.value = float(number) if "." in number else int(number)
                cell.font = Font(name=UNICODE_FONT)
            elif value:
                text, run_font = legacy_run(value, font)
                cell.value = text
                cell.font = Font(name=run_font)
    sheet.column_dimensions["B"].width = 48
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        book.save(work / "src.xlsx")
        if out.suffix == ".xls":
            soffice(["--convert-to", "xls:MS Excel 97", "src.xlsx"], work)
        shutil.copyfile(work / f"src{out.suffix}", out)


def build_text(meta: dict, body: list[str], out: Path) -> None:
    text = "\n".join(body).strip("\n") + "\n"
    data = legacy.encode_bytes(text, meta["encoding"])
    assert legacy.decode_bytes(data, meta["encoding"]) == text, f"{out.name}: not a round trip"
    out.write_bytes(data.replace(b"\n", b"\r\n"))  # DOS line ends, as the editors of the time wrote


BAD_DIR = ROOT / "tests" / "fixtures" / "bad"


def build_fixtures() -> None:
    """Broken variants of the samples, each with one clear error (tests/ingest/test_office.py)."""
    doc = (OUT_DIR / "2011-thai-binh-bao-cao-tuyen-quan-tinh-doan.doc").read_bytes()
    (BAD_DIR / "truncated.doc").write_bytes(doc[:len(doc) // 2 + 100])  # cut mid-sector, as a broken copy is
    # Word marks an encrypted document with the fEncrypted bit of the file information block
    # that opens its WordDocument stream (magic 0xA5EC at a sector start)
    locked = bytearray(doc)
    fib = next(i for i in range(512, len(locked), 512) if locked[i:i + 2] == b"\xec\xa5")
    locked[fib + 11] |= 0x01
    (BAD_DIR / "password.doc").write_bytes(bytes(locked))
    xls = bytearray((OUT_DIR / "2015-khanh-hoa-phu-luc-ket-qua-phoi-hop-ccb.xls").read_bytes())
    # Excel marks a password-protected workbook with a FILEPASS record (0x002F) right after the
    # workbook's BOF and encrypts what follows; the record is all readers look at
    bof = bytes(xls).find(b"\x09\x08\x10\x00\x00\x06\x05\x00")
    assert bof > 0 and xls[bof + 20:bof + 22] == b"\xe1\x00", "unexpected .xls layout"
    xls[bof + 20:bof + 22] = b"\x2f\x00"
    (BAD_DIR / "password.xls").write_bytes(bytes(xls))
    xlsx = (OUT_DIR / "2016-lao-cai-phu-luc-ket-qua-phoi-hop-tinh-doan.xlsx").read_bytes()
    (BAD_DIR / "truncated.xlsx").write_bytes(xlsx[: len(xlsx) // 3])
    (BAD_DIR / "not_really.rtf").write_bytes(b"Plain text saved under an .rtf name\n")
    for name in ("truncated.doc", "password.doc", "password.xls", "truncated.xlsx", "not_really.rtf"):
        print(f"wrote tests/fixtures/bad/{name}")


def main() -> int:
    if sys.argv[1:] == ["--fixtures"]:
        build_fixtures()
        return 0
    for src in sorted(SRC_DIR.glob("*.txt")):
        meta, body = parse(src)
        out = OUT_DIR / meta["output"]
        builder = {".doc": build_word, ".rtf": build_word, ".xlsx": build_workbook, ".xls": build_workbook,
                   ".txt": build_text}[out.suffix]
        builder(meta, body, out)
        print(f"wrote corpus/{out.name}")
    build_fixtures()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
