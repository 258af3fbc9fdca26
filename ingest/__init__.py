"""Read archives of many formats into normalised documents kept in a durable store.

Where things are:
  readers/      one module per format (txt, jsonl, html, pdf, word, xml, zip) behind
                `SUFFIXES` + `read(path, data, name)`; `readers.reader_for(name)` picks one
  decode.py     bytes -> str for text files (UTF-8, BOMs, Windows-1258 fallback with a note)
  normalize.py  NFC, one tone-mark placement ("hòa", "thủy", "Ủy"), whitespace, ids
  build.py      RawDocument -> Document: normalisation plus the metadata below
  years.py, places.py (+ data/provinces.tsv), dates.py, metadata.py (doc types, titles)
  files.py      finding files, content-addressed originals
  work.py       what worker processes do: read, build, extract
  runner.py     the batch: statuses per file, transactions, the worker pool
  store.py      the SQLite store (the contract other packages use)
  cli.py        `baocao ingest`, `baocao docs`, `baocao status`

PDF pages are separated by a form feed ("\\f") in the stored text.
"""
