"""One document stored as an older extractor left it, then `baocao reextract` run over it."""
from __future__ import annotations

from click.testing import CliRunner

from ingest.document import Document
from ingest.store import Store


def reextracted(tmp_path, title: str, body: str, version: int, old_records: str) -> dict:
    """The records after `baocao reextract` of a store whose one document carries `old_records`
    (JSON) written by extractor `version`."""
    from search_app.cli import main

    text = f"{title}\n{body}"
    store = Store.open(tmp_path)
    with store.transaction() as conn:
        store.add_document(conn, Document(id="d", title=title, text=text, sources=["a.txt"]), "a.txt", None)
        conn.execute("UPDATE documents SET extractor_version = ?, records = ? WHERE id = 'd'", (version, old_records))
    store.close()
    result = CliRunner().invoke(main, ["reextract", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    store = Store.open(tmp_path)
    try:
        return store.get_records("d")
    finally:
        store.close()


def reextracted_figures(tmp_path, title: str, body: str, version: int, old_records: str) -> set[tuple]:
    """(value, unit) of each figure of reextracted(...)."""
    return {(f["value"], f["unit"]) for f in reextracted(tmp_path, title, body, version, old_records)["figures"]}
