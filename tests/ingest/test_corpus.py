"""The bundled sample corpus: every document stored with the title, years, provinces and type
listed in tests/corpus_manifest.json (written by the corpus authors), and a fast no-op rerun."""
import json
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
MANIFEST = ROOT / "tests" / "corpus_manifest.json"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    if not CORPUS.is_dir() or not MANIFEST.exists():
        pytest.skip("corpus/ and tests/corpus_manifest.json are not on this branch yet")
    from ingest.runner import Runner
    from ingest.store import Store

    store = Store.open(tmp_path_factory.mktemp("corpus-data"))
    summary = Runner(store, workers=1, keep_originals=False, report=lambda line: None).run([CORPUS])
    by_source = {Path(s).name: doc for doc in store.iter_documents() for s in doc.sources}
    yield store, summary, by_source
    store.close()


def _entries():
    return json.loads(MANIFEST.read_text("utf-8")) if MANIFEST.exists() else []


def test_whole_corpus_stored(ingested):
    store, summary, _ = ingested
    assert summary.counts["error"] == 0
    assert summary.counts["ok"] >= 40


@pytest.mark.parametrize("entry", _entries(), ids=lambda e: e["file"])
def test_document_metadata(ingested, entry):
    _, _, by_source = ingested
    doc = by_source[entry["file"]]
    assert (doc.title, doc.years, doc.provinces, doc.doc_type) == (
        entry["title"], entry["years"], entry["provinces"], entry["doc_type"])


def test_rerun_is_a_fast_no_op(ingested):
    from ingest.runner import Runner

    store, first, _ = ingested
    started = time.perf_counter()
    again = Runner(store, workers=1, keep_originals=False).run([CORPUS])
    assert time.perf_counter() - started < 2.0
    from ingest.files import discover

    assert again.counts == {"unchanged": len(discover([CORPUS]))}
