"""The scale backend: an OpenSearch 2.x/3.x index behind the same seam as the embedded Whoosh one.

Analysis uses only what a stock OpenSearch has: the standard tokenizer (keeps "12.040" and "1,5"
whole), lowercase, asciifolding (folds every Vietnamese letter, "đ" to "d") and a stop filter.
`text` and `title` are matched accent-insensitively; their `.exact` sub-fields (lowercase only)
rank documents holding every accent the user typed above the others, as the Whoosh engine does.

Phrases never cross punctuation in the Whoosh index (search_app/analysis.py: a comma between
"Thanh" and "niên" breaks "thanh niên"). The standard tokenizer drops punctuation without a gap,
so the text is sent with a marker word after each break character (the same SPLIT_RE); the stop
filter removes the marker and leaves a position gap, which phrase queries respect. (A
pattern_replace char_filter would do it server-side, but osmem-server's highlighter fails on
shifted offsets.) The marker is removed again from everything read back.

The query tree (query.searched: parsed, then expanded with the lexicon, as the Whoosh engine
searches it) maps one to one: a run of syllables is every adjacent pair as a phrase (the bigrams
of the Whoosh index; a quoted run is one phrase), in the title or the text; Words are any of
their spellings as such runs or, in documents with none, every unit in one of its spellings;
prefix* is a prefix query; org: a wildcard over the folded names; year: a range. Ranking adds the
same tiers as the engine: every typed accent present, then the words as typed over their units. Facets are `terms`
aggregations, each under a filter of the other facets' selections (multi-select), the year
histogram a `histogram` aggregation, snippets the `text` field's highlight.
"""
from __future__ import annotations

import functools
import re
import time
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from markupsafe import Markup, escape
from opensearchpy import ConnectionError as OSConnectionError, NotFoundError, OpenSearch, RequestError
from opensearchpy.helpers import bulk

from search_app import query as Q
from search_app.analysis import SPLIT_RE, fold
from search_app.backends import BackendError, Hit, Result, facet_rows, year_histogram
from search_app.facets import TABLE as FACET_TABLE
from search_app.snippets import MAX_CHARS, snippet

BREAK = "zzbrkzz"  # a word no text holds: stands after every break character, then stopped
_UNMARK = re.compile(" ?" + BREAK + " ?")
# Stored in the store's indexed_version for documents this backend holds; distinct from the Whoosh
# index's numbers, so switching backends reindexes everything. Bump on a mapping change.
INDEX_VERSION = 1_000_001
DEFAULT_INDEX = "baocao"
TITLE_BOOST = 2.0
EXACT_BOOST = 1.0
EXACT_TIER = 1000.0  # as backends/whoosh/engine.py: all typed accents present ranks first
PHRASE_TIER = 2000.0  # and documents holding the words as typed above those holding only their units
FACET_SIZE = 1000  # values per facet returned (sum_other_doc_count counts the rest)
BATCH = 500  # documents per bulk request
SCAN = 1000  # hits per search_after page when every matching id is wanted
NO_DATE_OLDEST = 99_999_999  # "oldest first" puts undated documents last
SIMILAR_TERMS = 25


def marked(text: str) -> str:
    return SPLIT_RE.sub(lambda m: m.group() + f" {BREAK} ", text)


def unmarked(text: str) -> str:
    return _UNMARK.sub("", text)


def _analysis() -> dict:
    return {"analysis": {
        "filter": {"baocao_break": {"type": "stop", "stopwords": [BREAK]}},
        "analyzer": {
            "vi_fold": {"type": "custom", "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", "baocao_break"]},
            "vi_exact": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "baocao_break"]},
        }}}


def _mappings() -> dict:
    text = {"type": "text", "analyzer": "vi_fold", "fields": {"exact": {"type": "text", "analyzer": "vi_exact"}}}
    props = {
        "id": {"type": "keyword"},
        "title": text,
        "text": text,
        "published": {"type": "keyword", "index": False},
        "pub": {"type": "integer"},  # YYYYMMDD, 0 when undated: newest first
        "pub_old": {"type": "integer"},  # the same, undated last: oldest first
        "years": {"type": "integer"},
        "f_org_fold": {"type": "keyword"},  # folded organisation names for org:"..."
        "meta": {"type": "object", "enabled": False},
    }
    props.update({f.field: {"type": "keyword"} for f in FACET_TABLE})
    return {"dynamic": "strict", "properties": props}


def to_source(doc) -> dict:
    """The OpenSearch document of an IndexDoc."""
    pub = (doc.published or "").replace("-", "")[:8]
    pub_int = int(pub) if pub.isdigit() else 0
    values = doc.facet_values()
    out = {
        "id": doc.id, "title": marked(doc.title), "text": marked(doc.text), "published": doc.published or "",
        "pub": pub_int, "pub_old": pub_int or NO_DATE_OLDEST, "years": list(doc.years),
        "f_org_fold": [fold(o) for o in doc.orgs], "meta": doc.meta(),
    }
    out.update({f.field: values[f.name] for f in FACET_TABLE})
    return out


# --- the query tree as OpenSearch DSL ------------------------------------------------------

def _pieces(run: Q.Run) -> list[tuple[str, ...]]:
    """What must occur as a phrase: the whole run (one syllable, or quoted), else each adjacent pair."""
    if len(run.folded) == 1 or (run.quoted and not run.title_only):
        return [run.folded]
    return list(zip(run.folded, run.folded[1:]))


def _phrase(field: str, words, boost: float = 1.0) -> dict:
    body = {"query": " ".join(words)}
    if boost != 1.0:
        body["boost"] = boost
    return {"match_phrase": {field: body}}


def _any(clauses: list[dict]) -> dict:
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def _all(clauses: list[dict]) -> dict:
    return clauses[0] if len(clauses) == 1 else {"bool": {"filter": clauses}}


def _wildcard_escape(text: str) -> str:
    return re.sub(r"([\\*?])", r"\\\1", text)


def match_query(node) -> dict:
    """The documents a query tree matches (filter context: no scoring)."""
    if isinstance(node, Q.MatchAll):
        return {"match_all": {}}
    if isinstance(node, Q.Run):
        fields = ("title",) if node.title_only else ("title", "text")
        return _all([_any([_phrase(f, p) for f in fields]) for p in _pieces(node)])
    if isinstance(node, Q.Words):
        either = [match_query(p) for p in node.phrases]
        if node.units:  # or every unit somewhere, in one of its spellings
            either.append(_all([_any([match_query(s) for s in spellings]) for spellings in node.units]))
        return _any(either)
    if isinstance(node, Q.Prefix):
        fields = ("title",) if node.title_only else ("title", "text")
        return _any([{"prefix": {f: node.prefix}} for f in fields])
    if isinstance(node, Q.FacetClause):
        if node.facet == "year":
            lo, _, hi = node.value.partition("-")
            return {"range": {"years": {"gte": int(lo), "lte": int(hi or lo)}}}
        needle = fold(node.value).strip()
        return {"wildcard": {"f_org_fold": {"value": f"*{_wildcard_escape(needle)}*"}}}
    if isinstance(node, Q.Not):
        return {"bool": {"must_not": [match_query(node.child)]}}
    if isinstance(node, Q.And):
        return {"bool": {"filter": [match_query(c) for c in node.children if not isinstance(c, Q.Not)],
                         "must_not": [match_query(c.child) for c in node.children if isinstance(c, Q.Not)]}}
    if isinstance(node, Q.Or):
        return {"bool": {"should": [match_query(c) for c in node.children], "minimum_should_match": 1}}
    raise TypeError(node)


def score_clauses(items: list) -> list[dict]:
    """Optional clauses that rank the positive Runs, Words and Prefixes (query.positive_terms), as
    engine.Snapshot.scores does: BM25 of each phrase piece (titles count double; a piece shared by
    several spellings once), each typed accent found exactly, a tier for documents holding all of
    them (or, for an accented prefix*, a syllable starting as typed), and for Words a tier for
    documents holding one of their phrases over those holding only the units."""
    out = []
    for item in items:
        if isinstance(item, Q.Prefix):
            if item.accented and not item.title_only:
                exact = _any([{"prefix": {f: item.accented}} for f in ("text.exact", "title.exact")])
                out.append({"constant_score": {"filter": exact, "boost": EXACT_TIER}})
            continue
        runs = [item] if isinstance(item, Q.Run) else [*item.phrases, *(r for u in item.units for r in u)]
        pieces: dict[tuple[str, tuple[str, ...]], float] = {}
        for run in runs:
            for piece in _pieces(run):
                if not run.title_only:
                    pieces[("text", piece)] = 1.0
                pieces[("title", piece)] = max(pieces.get(("title", piece), 0.0),
                                              1.0 if run.title_only else TITLE_BOOST)
        out += [_phrase(f, piece, boost) for (f, piece), boost in pieces.items()]
        typed = item if isinstance(item, Q.Run) else item.run
        accented = [a for a, f in zip(typed.accented, typed.folded) if a != f]
        exact = [_any([{"term": {"text.exact": a}}, {"term": {"title.exact": a}}]) for a in accented]
        out += [{"constant_score": {"filter": e, "boost": EXACT_BOOST}} for e in exact]
        if exact:
            out.append({"constant_score": {"filter": _all(exact), "boost": EXACT_TIER}})
        if isinstance(item, Q.Words) and item.units:
            phrase = _any([match_query(p) for p in item.phrases])
            out.append({"constant_score": {"filter": phrase, "boost": PHRASE_TIER}})
    return out


def selection_filters(filters) -> dict[str, dict]:
    """facet -> the filter its selected values make (OR within a facet); the year range joins "year"."""
    out: dict[str, list] = {}
    fields = {f.name: f.field for f in FACET_TABLE}
    for name, values in filters.selected.items():
        out.setdefault(name, []).append({"terms": {fields[name]: list(values)}})
    if filters.year_from is not None or filters.year_to is not None:
        rng = {"gte": filters.year_from or 0, "lte": filters.year_to or 9999}
        out.setdefault("year", []).append({"range": {"years": rng}})
    return {name: _all(clauses) for name, clauses in out.items()}


def sort_clause(filters, items) -> list:
    if filters.sort == "relevance" and items:
        return [{"_score": "desc"}, {"pub": "desc"}, {"id": "asc"}]
    if filters.sort == "oldest":
        return [{"pub_old": "asc"}, {"id": "asc"}]
    return [{"pub": "desc"}, {"id": "asc"}]  # newest, and relevance without words


def _highlight_query(runs, prefixes) -> dict | None:
    clauses = [_phrase("text", r.folded) for r in runs if not r.title_only]
    clauses += [{"prefix": {"text": p}} for p in prefixes]
    return {"bool": {"should": clauses, "minimum_should_match": 1}} if clauses else None


_MERGE = re.compile("\x03(\\s+)\x02")


def fragment_markup(fragment: str, text: str) -> Markup:
    """A highlight fragment (marks as \\x02...\\x03) as snippet HTML: escaped first, then <mark>;
    the marks of adjacent syllables joined into one, … where the fragment cuts the text."""
    fragment = _MERGE.sub(r"\1", unmarked(fragment))
    plain = fragment.replace("\x02", "").replace("\x03", "")
    html = str(escape(fragment.replace("\n", " "))).replace("\x02", "<mark>").replace("\x03", "</mark>")
    lead = "" if text.startswith(plain) else "…"
    tail = "" if text.endswith(plain) else "…"
    return Markup(lead + html + tail)


class OpenSearchBackend:
    """One OpenSearch index (default name "baocao") holding the archive's documents."""

    index_version = INDEX_VERSION  # what the store's documents.indexed_version says for this index

    def __init__(self, client: OpenSearch, index: str = DEFAULT_INDEX):
        self.client = client
        self.index_name = index

    def _call(self, fn, *args, **kwargs):
        """One request; an unreachable cluster becomes one clear BackendError."""
        try:
            return fn(*args, **kwargs)
        except OSConnectionError as exc:  # includes timeouts
            hosts = ", ".join(f"{h.get('host')}:{h.get('port')}" for h in self.client.transport.hosts)
            raise BackendError(f"Không kết nối được máy tìm kiếm OpenSearch ({hosts}, chỉ mục "
                               f"{self.index_name}): {exc.__class__.__name__}") from exc

    @classmethod
    def from_url(cls, url: str, data_dir: Path | None = None) -> "OpenSearchBackend":
        parts = urlsplit(url)
        tls = parts.scheme.endswith("https")
        host = {"host": parts.hostname or "127.0.0.1", "port": parts.port or 9200}
        auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
        client = OpenSearch(hosts=[host], http_auth=auth, use_ssl=tls, verify_certs=tls,
                            timeout=30, http_compress=True)
        return cls(client, parts.path.strip("/") or DEFAULT_INDEX)

    # --- index upkeep -----------------------------------------------------------------------

    def ensure_index(self) -> None:
        if not self._call(self.client.indices.exists, index=self.index_name):
            try:
                self._call(self.client.indices.create, index=self.index_name,
                           body={"settings": _analysis(), "mappings": _mappings()})
            except RequestError as exc:
                # several ingests starting at once race to create it: the winner's index is the same
                if exc.error != "resource_already_exists_exception":
                    raise

    def drop(self) -> None:
        self._call(self.client.indices.delete, index=self.index_name, ignore_unavailable=True)

    def index(self, docs: Iterable) -> int:
        self.ensure_index()
        actions = ({"_op_type": "index", "_index": self.index_name, "_id": d.id, "_source": to_source(d)}
                   for d in docs)
        count, _ = self._call(bulk, self.client, actions, chunk_size=BATCH, max_retries=3)
        return count

    def delete(self, ids: Iterable[str]) -> int:
        actions = ({"_op_type": "delete", "_index": self.index_name, "_id": i} for i in ids)
        count, _ = self._call(bulk, self.client, actions, chunk_size=BATCH, raise_on_error=False)
        return count

    def refresh(self) -> None:
        try:
            self._call(self.client.indices.refresh, index=self.index_name)
        except NotFoundError:
            pass

    def count(self) -> int:
        try:
            return int(self._call(self.client.count, index=self.index_name)["count"])
        except NotFoundError:
            return 0

    def _write(self, store, ids: list[str]) -> int:
        from search_app.backends import stored_docs

        count = 0
        for start in range(0, len(ids), BATCH):
            batch = ids[start:start + BATCH]
            count += self.index(stored_docs(store, batch))
            # marked after the bulk request holds them: a crash in between only reindexes
            store.mark_indexed(batch, INDEX_VERSION)
        self.refresh()
        return count

    def sync(self, store) -> int:
        self.ensure_index()
        return self._write(store, store.docs_needing_index(INDEX_VERSION))

    def rebuild(self, store) -> int:
        self.drop()
        self.ensure_index()
        return self._write(store, store.docs_needing_index(-1))

    # --- searching --------------------------------------------------------------------------

    def cached(self, key, make):
        # no generation stamp to key on: the cluster's own caches serve repeated queries
        return make()

    def close(self) -> None:
        self.client.close()

    def _search(self, body: dict) -> dict:
        try:
            return self._call(self.client.search, index=self.index_name, body=body)
        except NotFoundError:  # nothing indexed yet
            return {"hits": {"total": {"value": 0}, "hits": []}, "aggregations": {}}

    def search(self, filters, max_chars: int = 500) -> Result:
        tree = Q.searched(filters.q, max_chars)
        t0 = time.perf_counter()
        runs, prefixes, items = Q.positive_runs(tree), Q.positive_prefixes(tree), Q.positive_terms(tree)
        selections = selection_filters(filters)
        aggs = {}
        for facet in FACET_TABLE:
            others = [f for name, f in selections.items() if name != facet.name]
            sub = {"v": {"terms": {"field": facet.field, "size": FACET_SIZE}}}
            if facet.name == "year":
                sub["h"] = {"histogram": {"field": "years", "interval": 1, "min_doc_count": 1}}
            aggs[facet.name] = {"filter": _all(others) if others else {"match_all": {}}, "aggs": sub}
        body = {
            "query": {"bool": {"filter": [match_query(tree)], "should": score_clauses(items)}},
            "post_filter": _all(list(selections.values())) if selections else {"match_all": {}},
            "aggs": aggs, "sort": sort_clause(filters, items), "track_total_hits": True,
            "from": (filters.page - 1) * filters.per_page, "size": filters.per_page,
            "_source": ["id", "title", "published", "meta"],
        }
        highlight = _highlight_query(runs, prefixes)
        if highlight is not None:
            body["highlight"] = {"pre_tags": ["\x02"], "post_tags": ["\x03"], "encoder": "default",
                                 "fields": {"text": {"number_of_fragments": 1, "fragment_size": MAX_CHARS,
                                                     "no_match_size": MAX_CHARS, "highlight_query": highlight}}}
        res = self._search(body)
        hits, fragments = [], {}
        for h in res["hits"]["hits"]:
            src = h["_source"]
            hits.append(Hit(src["id"], unmarked(src.get("title", "")), src.get("published") or None,
                            src.get("meta") or {}, float(h.get("_score") or 0.0)))
            frag = (h.get("highlight") or {}).get("text")
            if frag:
                fragments[src["id"]] = frag[0]
        aggs_out = res.get("aggregations") or {}
        facets = {f.name: facet_rows(((b["key"], b["doc_count"]) for b in
                                      (aggs_out.get(f.name) or {}).get("v", {}).get("buckets", [])),
                                     filters.selected.get(f.name, ()))
                  for f in FACET_TABLE}
        histogram = year_histogram((b["key"], b["doc_count"])
                                   for b in (aggs_out.get("year") or {}).get("h", {}).get("buckets", []))
        return Result(int(res["hits"]["total"]["value"]), hits, facets, histogram, runs, prefixes,
                      round((time.perf_counter() - t0) * 1000, 2), snippets=fragments)

    def snippets(self, result, texts: dict[str, str]) -> dict:
        fragments = getattr(result, "snippets", None) or {}
        out = {}
        for h in result.hits:
            text = texts.get(h.id, "")
            if h.id in fragments and "\x02" in fragments[h.id]:
                out[h.id] = fragment_markup(fragments[h.id], text)
            else:  # nothing highlighted in the text (a title-only match): the opening, as Whoosh does
                out[h.id] = snippet(text, result.runs, result.prefixes)
        return out

    def ordered_ids(self, filters, max_chars: int = 500) -> list[str]:
        tree = Q.searched(filters.q, max_chars)
        items = Q.positive_terms(tree)
        clauses = [match_query(tree), *selection_filters(filters).values()]
        body = {"query": {"bool": {"filter": clauses, "should": score_clauses(items)}},
                "sort": sort_clause(filters, items), "size": SCAN, "_source": False, "track_total_hits": False}
        out: list[str] = []
        while True:
            hits = self._search(body)["hits"]["hits"]
            out += [h["_id"] for h in hits]
            if len(hits) < SCAN:
                return out
            body["search_after"] = hits[-1]["sort"]

    def similar(self, doc_id: str, text: str, orgs: list[str], top: int = 8) -> list[dict]:
        """more_like_this over the text's folded syllables; documents sharing organisations ranked up."""
        if not text.strip():
            return []
        body = {"query": {"more_like_this": {"fields": ["text"], "like": [{"_index": self.index_name, "_id": doc_id}],
                                             "min_term_freq": 1, "min_doc_freq": 2, "max_query_terms": SIMILAR_TERMS}},
                "size": 3 * top, "_source": ["id", "title", "published", "meta"]}
        mine = set(orgs)
        out = []
        for h in self._search(body)["hits"]["hits"]:
            src = h["_source"]
            if src["id"] == doc_id:
                continue
            shared = sorted(mine & set((src.get("meta") or {}).get("orgs", [])))
            out.append({"id": src["id"], "title": unmarked(src.get("title", "")),
                        "published": src.get("published") or None, "shared_orgs": shared,
                        "score": float(h["_score"] or 0.0) * (1.0 + 0.5 * len(shared))})
        out.sort(key=lambda r: -r["score"])
        return out[:top]


# --- what an ingest feeds ----------------------------------------------------------------------

class _AfterRunIndexer:
    """The ingest runner's incremental indexer for OpenSearch: nothing during the run (ix None:
    the workers prepare no Whoosh fields); the closing sync() sends what the run stored."""

    ix = None
    indexed = 0  # documents indexed during the run (ingest's closing line): none, the closing sync sends them

    def __init__(self, store):
        self.store = store

    def add(self, ids, prepared=None) -> None:
        pass

    def close(self) -> None:
        pass

    def cancel(self) -> None:
        pass


def _sync_url(url: str, store) -> int:
    backend = OpenSearchBackend.from_url(url)
    try:
        return backend.sync(store)
    finally:
        backend.close()


def _no_prepare(doc, extraction):
    return None


def _index_partition(url: str, store, stored) -> int:
    """Index documents a Spark executor has just stored ([(Document, extraction)]), from the
    extraction in memory, and mark them indexed (a crash in between only indexes them again)."""
    from search_app.backends import index_doc

    backend = OpenSearchBackend.from_url(url)
    try:
        count = backend.index(index_doc(doc, extraction.to_dict() if extraction is not None
                                        else store.get_records(doc.id)) for doc, extraction in stored)
        store.mark_indexed([doc.id for doc, _ in stored], INDEX_VERSION)
        return count
    finally:
        backend.close()


def index_sinks(url: str):
    from ingest.ports import IndexSinks

    return IndexSinks(incremental=_AfterRunIndexer, prepare=_no_prepare, sync=functools.partial(_sync_url, url),
                      partition=functools.partial(_index_partition, url))
