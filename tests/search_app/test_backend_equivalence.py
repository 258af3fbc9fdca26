"""The sample corpus/ through both backends: the benchmark queries find the same documents with
the same facet counts and year histogram (ranking may differ: bench/backends.py reports by how much)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from bench import queries as bench_queries
from bench.backends import compare, index_everything
from ingest.store import Store
from search_app.backends import open_backend
from search_app.cli import main

from backend_servers import opensearch_base, opensearch_url  # noqa: F401 (a fixture)

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_corpus_same_hits_on_both_backends(opensearch_base, tmp_path):
    data_dir = tmp_path / "data"
    result = CliRunner().invoke(main, ["ingest", str(CORPUS), "--quiet", "--workers", "1", "--data-dir", str(data_dir)])
    assert "ingested 62" in result.output, result.output
    whoosh = open_backend("", data_dir)
    other = open_backend(opensearch_url(opensearch_base[0]), data_dir)
    try:
        with Store.open(data_dir) as store:
            assert index_everything(store, other)[0] == 62
        rows = compare(whoosh, other, bench_queries.load())
        assert len(rows) >= 20
        assert [r.label for r in rows if not r.same_hits] == []
        assert [(r.label, r.facet_diffs) for r in rows if not r.same_facets] == []
        assert [r.label for r in rows if not r.same_histogram] == []
        assert sum(r.whoosh_total for r in rows) > 200  # the queries do find things
    finally:
        other.drop()
        other.close()
        whoosh.close()
