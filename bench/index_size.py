"""What takes the space in the embedded Whoosh index: bytes per field, per part, per byte of raw text.

    python -m bench.index_size --data-dir DIR          # the index as it is
    python -m bench.index_size --data-dir DIR --rebuild # `baocao reindex` first (this checkout's format)

Per field: terms, postings, the term table (keys and term infos, with the short posting lists
inlined in it) and the posting blocks; per segment part (.trm term table, .pst posting blocks,
.col per-document columns, _stored.col stored fields). The ratio is index bytes per UTF-8 byte of
the stored titles and texts.
"""
from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path


def breakdown(index_path: Path) -> dict:
    from whoosh.codec.whoosh3 import W3TermInfo

    from search_app.backends.whoosh.index import _storage

    storage = _storage(index_path)
    ix = storage.open_index()
    parts: dict[str, int] = {}
    for seg in ix._segments():
        st = seg.open_compound_file(storage) if seg.is_compound() else storage
        for name in st.list():
            suffix = name.split(".", 1)[1] if "." in name else name
            parts[suffix] = parts.get(suffix, 0) + st.file_length(name)
    fields: dict[str, dict] = {}
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            terms = leaf._terms  # W3TermsReader (2.7.5): the ordered hash table of the term table
            for key, value in terms._tindex.items():
                name, _ = terms._keydecoder(key)
                info = W3TermInfo.from_bytes(value)
                row = fields.setdefault(name, {"terms": 0, "postings": 0, "term_table": 0, "blocks": 0})
                row["terms"] += 1
                row["postings"] += info.doc_frequency()
                row["term_table"] += len(key) + len(value)
                if not info.is_inlined():
                    length = info._length
                    row["blocks"] += length[0] if isinstance(length, tuple) else length
    ix.close() if hasattr(ix, "close") else None
    return {"parts": parts, "fields": fields}


def raw_bytes(data_dir: Path) -> int:
    conn = sqlite3.connect(f"file:{data_dir / 'baocao.sqlite3'}?mode=ro", uri=True)
    try:
        return sum(len((t or "").encode()) + len((x or "").encode())
                   for t, x in conn.execute("SELECT title, text FROM documents"))
    finally:
        conn.close()


def report(data_dir: Path) -> str:
    index_path = data_dir / "index"
    total = sum(p.stat().st_size for p in index_path.iterdir() if p.is_file())
    raw = raw_bytes(data_dir)
    info = breakdown(index_path)
    lines = [f"index {total / 2**20:.1f} MB, raw text {raw / 2**20:.1f} MB: "
             f"{total / raw:.2f} index bytes per byte of raw text", "",
             "| part | MB |", "|---|---:|"]
    lines += [f"| {name} | {size / 2**20:.1f} |" for name, size in sorted(info["parts"].items(), key=lambda x: -x[1])]
    lines += ["", "| field | terms | postings | term table MB | blocks MB | bytes per posting |", "|---|---:|---:|---:|---:|---:|"]
    for name, row in sorted(info["fields"].items(), key=lambda x: -(x[1]["term_table"] + x[1]["blocks"])):
        size = row["term_table"] + row["blocks"]
        lines.append(f"| {name} | {row['terms']:,} | {row['postings']:,} | {row['term_table'] / 2**20:.1f} | "
                     f"{row['blocks'] / 2**20:.1f} | {size / max(1, row['postings']):.1f} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.index_size", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the index with this checkout first")
    args = parser.parse_args(argv)
    if args.rebuild:
        from ingest.store import Store
        from search_app.backends.whoosh.index import rebuild

        started, cpu = time.perf_counter(), time.process_time()
        with Store.open(args.data_dir) as store:
            count = rebuild(store)
        print(f"rebuilt {count} documents in {time.perf_counter() - started:.1f} s "
              f"({1000 * (time.process_time() - cpu) / max(1, count):.2f} CPU ms per document)\n")
    print(report(args.data_dir))


if __name__ == "__main__":
    main()
