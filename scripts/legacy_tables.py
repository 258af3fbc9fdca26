"""Write the legacy Vietnamese encoding tables of ingest/data/legacy_encodings.tsv.

TCVN3 and VISCII come from glibc's iconv converters (TCVN5712-1, VISCII), one byte at a
time, so the table is the standard's and not our transcription. TCVN3 keeps only the bytes
0xA0-0xFF: the ABC fonts (.VnTime) leave 0x80-0x9F to Windows punctuation (en dash, curly
quotes), and Word keeps those as Unicode punctuation whatever the font. VNI (VNI-Windows
fonts) has no iconv converter: it writes a vowel as its base letter and one or two mark
characters, so its table is built from the layout of those marks below.

Run from the repository root: `python scripts/legacy_tables.py` (needs the `iconv` program).
Columns: encoding, the legacy characters as Windows-1252 shows them (escaped), Unicode (NFC).
"""
from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ingest" / "data" / "legacy_encodings.tsv"


def surface(byte: int) -> str:
    """The character a legacy byte shows as in a Windows (cp1252) document; the five bytes
    cp1252 leaves undefined show as their Latin-1 control characters."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def iconv_table(codec: str, byte_range) -> list[tuple[str, str]]:
    rows = []
    for byte in byte_range:
        out = subprocess.run(["iconv", "-f", codec, "-t", "UTF-8"], input=bytes([byte]), capture_output=True)
        if out.returncode != 0:
            continue
        text = unicodedata.normalize("NFC", out.stdout.decode("utf-8"))
        source = surface(byte)
        if text != source:
            rows.append((source, text))
    return rows


# VNI marks (as cp1252 shows them) after a base vowel, lower case; upper case is 0x20 lower.
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # circumflex + tone
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # breve + tone
# single characters that are whole letters in VNI
_SINGLE = {"ñ": "đ", "ô": "ơ", "ö": "ư", "ò": "ị", "æ": "ỉ", "ó": "ĩ", "î": "ỵ"}


def vni_table() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []

    def add(source: str, target: str) -> None:
        target = unicodedata.normalize("NFC", target)
        rows.append((source, target))
        rows.append((source.upper(), target.upper()))

    for vowel in "aeiouy":
        for mark, tone in _TONES.items():
            add(vowel + mark, vowel + tone)
    for vowel in "aeo":
        for mark, tone in _HAT.items():
            add(vowel + mark, vowel + "\u0302" + tone)
    for mark, tone in _BREVE.items():
        add("a" + mark, "a\u0306" + tone)
    for horned in ("ô", "ö"):
        for mark, tone in _TONES.items():
            add(horned + mark, _SINGLE[horned] + tone)
    for source, target in _SINGLE.items():
        add(source, target)
    return rows


def main() -> None:
    lines = ["# encoding\tlegacy (escaped)\tunicode  -- written by scripts/legacy_tables.py, do not edit"]
    tables = {
        "TCVN3": iconv_table("TCVN5712-1", range(0xA0, 0x100)),
        "VISCII": iconv_table("VISCII", [*range(0x01, 0x20), *range(0x80, 0x100)]),
        "VNI": vni_table(),
    }
    for name, rows in tables.items():
        for source, target in rows:
            lines.append(f"{name}\t{source.encode('unicode_escape').decode('ascii')}\t{target}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in tables.items()))


if __name__ == "__main__":
    main()
