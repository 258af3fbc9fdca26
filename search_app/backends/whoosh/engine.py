"""Search over the Whoosh index with numpy: boolean logic, BM25, facets, sorting.

Why not Whoosh's own searcher: it scores and collects every matching document
in Python, one posting at a time, and counts facets by reading per-document
values; on 35,440 articles that gave p95 ~340 ms. Here a snapshot of the index
(one per index generation) keeps, as numpy arrays: live documents, field
lengths, the publication date and every facet as (doc, value) pairs. A term's
postings are decoded block by block into arrays once and cached. A query is
then a few vectorised operations: masks for AND/OR/NOT, BM25 sums for ranking,
np.bincount per facet. Whoosh still owns the files, the analysis, the write
lock, phrase positions and more-like-this.
"""
from __future__ import annotations

import bisect
from collections import Counter
import json
import math
import os
import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh.query import Phrase
from whoosh.searching import Searcher

from search_app import query as Q
from search_app.analysis import fold, index_terms
from search_app.backends import Hit, Result, facet_rows, year_histogram
from search_app.model import Filters
from search_app.facets import FACETS, TABLE as FACET_TABLE
from search_app.backends.whoosh.index import IndexBroken, index_dir, make_schema, open_checked
from search_app.lexicon import lexicon
from search_app.backends.whoosh.suggest import suggest
from search_app.backends.whoosh.compat import read_postings

K1, B = 1.2, 0.75
TITLE_BOOST = 2.0
EXACT_BOOST = 1.0  # per accented syllable typed exactly as in the text
EXACT_TIER = 1000.0  # documents with every typed accent rank above those matching only when folded
PHRASE_TIER = 2000.0  # documents holding the words as typed (a phrase) rank above those holding only its units
PREFIX_LIMIT = 200  # expansions of one prefix*
REFRESH_EVERY_S = 0.5
SIMILAR_TERMS = 25  # distinctive bigrams a document is compared by
SIMILAR_MAX_DF = 0.1  # bigrams in more than a tenth of the archive say nothing about topic
SIMILAR_SCAN_CHARS = 30000
TERM_CACHE_BYTES = 96 * 1024 * 1024  # decoded postings kept per snapshot


class LRU(OrderedDict):
    """Least-recently-used cache bounded by entry count and, optionally, by bytes of numpy arrays."""

    def __init__(self, size: int, max_bytes: int | None = None):
        super().__init__()
        self.size = size
        self.max_bytes = max_bytes
        self.bytes = 0

    @staticmethod
    def _weigh(value) -> int:
        items = value if isinstance(value, tuple) else (value,)
        return sum(getattr(v, "nbytes", 0) for v in items)

    def get_or(self, key, make):
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = make()
        self[key] = value
        self.bytes += self._weigh(value)
        while len(self) > 1 and (len(self) > self.size or
                                 (self.max_bytes is not None and self.bytes > self.max_bytes)):
            _, old = self.popitem(last=False)
            self.bytes -= self._weigh(old)
        return value

    def clear(self):
        super().clear()
        self.bytes = 0


@dataclass(slots=True)
class FacetColumn:
    values: list[str]
    docs: list[np.ndarray]  # per value: sorted doc numbers
    pair_doc: np.ndarray
    pair_val: np.ndarray

    def mask(self, n: int, wanted: list[int]) -> np.ndarray:
        out = np.zeros(n, dtype=bool)
        for v in wanted:
            out[self.docs[v]] = True
        return out


class Snapshot:
    """Everything needed to answer queries against one generation of the index."""

    def __init__(self, ix, stamp):
        self.stamp = stamp
        self.searcher = Searcher(ix.reader())
        # the index files stay open while the snapshot lives; close them even when an
        # app is dropped without Engine.close() (tests, scripts)
        self._finalizer = weakref.finalize(self, self.searcher.close)
        self.reader = self.searcher.reader()
        self.leaves = list(self.reader.leaf_readers())
        self.n = self.reader.doc_count_all()
        self.live = np.ones(self.n, dtype=bool)
        for leaf, offset in self.leaves:
            if leaf.has_deletions():
                for d in leaf.deleted_docs_set:
                    self.live[offset + d] = False
        self.live_count = int(self.live.sum())
        self.terms = LRU(8192, TERM_CACHE_BYTES)
        self._fold_map: dict[str, list[str]] | None = None
        self._fold_keys: list[str] = []
        self.results = LRU(512)
        self.lengths = {"fold": self._lengths("blen"), "tfold": self._lengths("tlen")}
        self.avg = {f: max(1.0, float(a[self.live].mean())) if self.live_count else 1.0
                    for f, a in self.lengths.items()}
        self.facets = {f.name: self._facet(f.field) for f in FACET_TABLE}
        self.pub = np.zeros(self.n, dtype=np.int32)
        for term in self.reader.field_terms("pub"):
            if term.isdigit():
                self.pub[self.postings("pub", term)[0]] = int(term)
        # built with the snapshot (off the request path) rather than by the first accented
        # query, which paid ~0.5 s CPU for it on 10,000 documents; the lexicon likewise (~1 s, once)
        _ = self.fold_map
        lexicon()

    def close(self) -> None:
        self._finalizer()

    def _lengths(self, column: str) -> np.ndarray:
        out = np.zeros(self.n, dtype=np.float32)
        if self.n and self.reader.has_column(column):
            out[:] = list(self.reader.column_reader(column))
        return out

    def _facet(self, fieldname: str) -> FacetColumn:
        values, docs = [], []
        for term in self.reader.field_terms(fieldname):
            ids = self.postings(fieldname, term)[0]
            if len(ids):
                values.append(term)
                docs.append(ids)
        pair_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int32)
        pair_val = np.concatenate([np.full(len(d), i, dtype=np.int32) for i, d in enumerate(docs)]) \
            if docs else np.zeros(0, dtype=np.int32)
        return FacetColumn(values, docs, pair_doc, pair_val)

    @property
    def fold_map(self) -> dict[str, list[str]]:
        """Folded syllable -> the accented syllables in the index that fold to it."""
        if self._fold_map is None:
            out: dict[str, list[str]] = {}
            for term in self.reader.field_terms("exact"):
                out.setdefault(fold(term), []).append(term)
            self._fold_map = out
            self._fold_keys = sorted(out)
        return self._fold_map

    def fold_prefix(self, prefix: str) -> list[str]:
        """Folded syllables starting with prefix (in order)."""
        _ = self.fold_map  # builds _fold_keys (empty for an empty index)
        keys = self._fold_keys
        i = bisect.bisect_left(keys, prefix)
        out = []
        while i < len(keys) and keys[i].startswith(prefix):
            out.append(keys[i])
            i += 1
        return out

    def exact_prefix(self, node: Q.Prefix) -> list[str]:
        """Accented syllables of the index starting with the prefix as typed, accents included
        ("quyên*": "quyên", not "quyền")."""
        return [v for key in self.fold_prefix(node.prefix) for v in self.fold_map[key]
                if v.startswith(node.accented)][:PREFIX_LIMIT]

    def postings(self, fieldname: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Live doc numbers and weights (term frequencies) of one term, cached.

        fieldname "fold" is virtual: the union of the exact-field postings of every
        accented variant of the folded syllable, term frequencies summed.
        """
        if fieldname == "fold":
            return self.terms.get_or(("fold", term), lambda: self._fold_postings(term))

        def load():
            all_ids, all_w = [], []
            btext = term.encode("utf-8")
            for leaf, offset in self.leaves:
                if (fieldname, btext) not in leaf:
                    continue
                ids, w = read_postings(leaf.postings(fieldname, term))
                all_ids.append(np.frombuffer(ids, dtype=np.int32) + offset)
                all_w.append(np.frombuffer(w, dtype=np.float32))
            if not all_ids:
                return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
            ids = np.concatenate(all_ids)
            w = np.concatenate(all_w)
            keep = self.live[ids]
            return ids[keep], w[keep]
        return self.terms.get_or((fieldname, term), load)

    def _fold_postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        parts = [self.postings("exact", v) for v in self.fold_map.get(term, ())]
        parts = [p for p in parts if len(p[0])]
        if not parts:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        if len(parts) == 1:
            return parts[0]
        ids = np.concatenate([p[0] for p in parts])
        weights = np.concatenate([p[1] for p in parts])
        uniq, inverse = np.unique(ids, return_inverse=True)
        return uniq.astype(np.int32), np.bincount(inverse, weights=weights).astype(np.float32)

    def term_mask(self, fieldname: str, term: str) -> np.ndarray:
        mask = np.zeros(self.n, dtype=bool)
        mask[self.postings(fieldname, term)[0]] = True
        return mask

    # --- matching -------------------------------------------------------

    def run_terms(self, run: Q.Run) -> list[tuple[str, str]]:
        if len(run.folded) == 1:
            return [("tfold" if run.title_only else "fold", run.folded[0])]
        field_ = "tbi" if run.title_only else "bi"
        return [(field_, f"{a}_{b}") for a, b in zip(run.folded, run.folded[1:])]

    def match(self, node) -> np.ndarray:
        if isinstance(node, Q.MatchAll):
            return self.live.copy()
        if isinstance(node, Q.Run):
            terms = self.run_terms(node)
            mask = self.term_mask(*terms[0])
            for t in terms[1:]:
                mask &= self.term_mask(*t)
            if node.quoted and not node.title_only and len(node.folded) >= 3 and mask.any():
                mask &= self._phrase_mask([t for _, t in terms])
            return mask
        if isinstance(node, Q.Words):
            mask = self.match(node.phrases[0])
            for phrase in node.phrases[1:]:
                mask |= self.match(phrase)
            if node.units:
                loose = self.live.copy()
                for spellings in node.units:
                    unit = self.match(spellings[0])
                    for other in spellings[1:]:
                        unit |= self.match(other)
                    loose &= unit
                mask |= loose
            return mask
        if isinstance(node, Q.Prefix):
            mask = np.zeros(self.n, dtype=bool)
            if node.title_only:
                terms = [t if isinstance(t, str) else t.decode() for t in self.reader.expand_prefix("tfold", node.prefix)]
            else:
                terms = self.fold_prefix(node.prefix)
                if node.accented:  # the syllables typed with these accents are never cut by the limit
                    exact = {fold(t) for t in self.exact_prefix(node)}
                    terms = sorted(terms, key=lambda t: t not in exact)
            for term in terms[:PREFIX_LIMIT]:
                mask[self.postings("tfold" if node.title_only else "fold", term)[0]] = True
            return mask
        if isinstance(node, Q.FacetClause):
            return self._facet_clause(node)
        if isinstance(node, Q.Not):
            return self.live & ~self.match(node.child)
        if isinstance(node, Q.And):
            positives = [c for c in node.children if not isinstance(c, Q.Not)]
            mask = self.match(positives[0]) if positives else self.live.copy()
            for child in positives[1:]:
                mask &= self.match(child)
            for child in node.children:
                if isinstance(child, Q.Not):
                    mask &= ~self.match(child.child)
            return mask
        if isinstance(node, Q.Or):
            mask = np.zeros(self.n, dtype=bool)
            for child in node.children:
                mask |= self.match(child)
            return mask
        raise TypeError(node)

    def _phrase_mask(self, bigrams: list[str]) -> np.ndarray:
        key = ("phrase", tuple(bigrams))
        def load():
            mask = np.zeros(self.n, dtype=bool)
            ids = list(Phrase("bi", bigrams).docs(self.searcher))
            mask[np.array(ids, dtype=np.int64)] = True
            return mask & self.live
        return self.terms.get_or(key, load)

    def _facet_clause(self, node: Q.FacetClause) -> np.ndarray:
        col = self.facets[node.facet]
        if node.facet == "year":
            lo, _, hi = node.value.partition("-")
            lo, hi = int(lo), int(hi or lo)
            wanted = [i for i, v in enumerate(col.values) if v.isdigit() and lo <= int(v) <= hi]
        else:
            needle = fold(node.value).strip()
            wanted = [i for i, v in enumerate(col.values) if needle in fold(v)]
        return col.mask(self.n, wanted)

    # --- scoring ---------------------------------------------------------

    def scores(self, items: list) -> np.ndarray:
        """BM25 of the positive Runs, Words and Prefixes (Q.positive_terms), with tiers above it:
        documents holding Words as typed above those holding only their units, and documents
        holding every typed accent above those matching only when folded."""
        score = np.zeros(self.n, dtype=np.float32)
        for item in items:
            if isinstance(item, Q.Prefix):
                if item.accented and not item.title_only:
                    exact = np.zeros(self.n, dtype=bool)
                    for term in self.exact_prefix(item):
                        exact[self.postings("exact", term)[0]] = True
                    score[exact] += EXACT_TIER
                continue
            runs = [item] if isinstance(item, Q.Run) else [*item.phrases, *(r for u in item.units for r in u)]
            terms: dict[tuple[str, str], float] = {}  # a bigram shared by a phrase and its unit counts once
            for run in runs:
                for fieldname, term, boost in self._run_weights(run):
                    terms[(fieldname, term)] = max(boost, terms.get((fieldname, term), 0.0))
            typed = item if isinstance(item, Q.Run) else item.run
            accented = [a for a, f in zip(typed.accented, typed.folded) if a != f]
            if accented:
                # a tier above every other score: documents holding all the typed accents
                exact = self.term_mask("exact", accented[0])
                for a in accented[1:]:
                    exact &= self.term_mask("exact", a)
                score[exact] += EXACT_TIER
            if isinstance(item, Q.Words) and item.units:
                phrase = self.match(item.phrases[0])
                for other in item.phrases[1:]:
                    phrase |= self.match(other)
                score[phrase] += PHRASE_TIER
            for (fieldname, term), boost in terms.items():
                ids, tf = self.postings(fieldname, term)
                if not len(ids):
                    continue
                df = len(ids)
                idf = math.log(1.0 + (self.live_count - df + 0.5) / (df + 0.5))
                lenfield = "tfold" if fieldname.startswith("t") else "fold"
                dl = self.lengths[lenfield][ids] / self.avg[lenfield]
                score[ids] += boost * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl))
        return score

    def _run_weights(self, run: Q.Run) -> list[tuple[str, str, float]]:
        terms = [(f, t, 1.0) for f, t in self.run_terms(run)]
        if not run.title_only:  # matches in the title count more
            title = Q.Run(run.folded, run.accented, run.quoted, True)
            terms += [(f, t, TITLE_BOOST) for f, t in self.run_terms(title)]
        terms += [("exact", a, EXACT_BOOST) for a, f in zip(run.accented, run.folded) if a != f]
        return terms

    # --- facets ------------------------------------------------------------

    def selection_masks(self, filters: Filters) -> dict[str, np.ndarray]:
        masks = {}
        for name, values in filters.selected.items():
            col = self.facets[name]
            index = {v: i for i, v in enumerate(col.values)}
            masks[name] = col.mask(self.n, [index[v] for v in values if v in index])
        if filters.year_from is not None or filters.year_to is not None:
            lo, hi = filters.year_from or 0, filters.year_to or 9999
            col = self.facets["year"]
            rng = col.mask(self.n, [i for i, v in enumerate(col.values) if v.isdigit() and lo <= int(v) <= hi])
            masks["year"] = masks["year"] & rng if "year" in masks else rng
        return masks

    def facet_counts(self, base: np.ndarray, masks: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        out = {}
        for name in FACETS:
            m = base
            for other, sel in masks.items():
                if other != name:
                    m = m & sel
            col = self.facets[name]
            out[name] = np.bincount(col.pair_val[m[col.pair_doc]], minlength=len(col.values))
        return out

    def stored(self, docnum: int) -> dict:
        return self.reader.stored_fields(docnum)

    def docnum(self, doc_id: str) -> int | None:
        ids = self.postings("id", doc_id)[0]
        return int(ids[0]) if len(ids) else None


class Engine:
    """Owns the open index for the app: one snapshot at a time, refreshed when the index changes."""

    def __init__(self, data_dir, refresh_s: float = REFRESH_EVERY_S):
        self.data_dir = data_dir
        self.refresh_s = refresh_s
        self._lock = threading.RLock()
        self._ix = None
        self._snap: Snapshot | None = None
        self._checked = 0.0
        self._building = False
        self._responses = LRU(256)
        # why the index on disk cannot be read (None when it can): the app then answers
        # searches from an empty index, says so on every page, and keeps serving documents
        self.problem: str | None = None

    def _open(self, keep_current: bool):
        """The index to snapshot; a broken one is replaced by an empty one (or, while a good
        snapshot is being served, by nothing: that one stays)."""
        try:
            ix = open_checked(self.data_dir)
        except IndexBroken as exc:
            self.problem = str(exc)
            if keep_current:
                return None
            from search_app.backends.whoosh.compat import RamStorage

            return RamStorage().create_index(make_schema())
        self.problem = None
        return ix

    def _stamp(self):
        path = index_dir(self.data_dir)
        # a commit writes the next .toc and then deletes the older one: when the file listed
        # vanished before the stat, the index just changed, so list it again
        for _ in range(20):
            toc = sorted(p for p in os.listdir(path) if p.endswith(".toc")) if path.exists() else []
            if not toc:
                return None
            try:
                st = os.stat(path / toc[-1])
            except FileNotFoundError:
                continue
            return (tuple(toc), st.st_ino, st.st_mtime_ns)
        return ("changing",)  # still moving after 20 looks: differs from every real stamp, so it is read again

    def refresh(self) -> None:
        """Follow the index: when it changed, build the next snapshot without holding the lock,
        so searches keep running on the current one (loading takes seconds on a big archive).
        Call without holding the lock; users of a snapshot hold the lock, so the old one is
        closed only when nobody is using it."""
        with self._lock:
            now = time.monotonic()
            if self._snap is not None and (self._building or now - self._checked < self.refresh_s):
                return
            self._checked = now
            stamp = self._stamp()
            if self._snap is not None and stamp == self._snap.stamp:
                return
            self._building = True
            first = self._snap is None
        try:
            if first:  # nothing to serve meanwhile: build under the lock
                with self._lock:
                    if self._snap is None:
                        self._snap = Snapshot(self._open(keep_current=False), self._stamp())
                return
            ix = self._open(keep_current=True)
            if ix is None:
                return
            new = Snapshot(ix, stamp)
            with self._lock:  # users hold the lock while they use a snapshot: none is using the old one now
                old, self._snap = self._snap, new
                old.close()
        finally:
            with self._lock:
                self._building = False

    def snapshot(self) -> Snapshot:
        """The current snapshot, refreshed first if the index changed."""
        self.refresh()
        with self._lock:
            return self._snap

    def cached(self, key, make):
        """A value computed once per index generation (e.g. a whole API response)."""
        self.refresh()
        with self._lock:
            full_key = (self._snap.stamp, key)
            if full_key in self._responses:
                return self._responses.get_or(full_key, make)
        value = make()  # outside the lock: snippets and store reads of other requests go on meanwhile
        with self._lock:
            return self._responses.get_or(full_key, lambda: value)

    def close(self) -> None:
        with self._lock:
            if self._snap is not None:
                self._snap.close()
                self._snap = None

    def search(self, filters: Filters, max_chars: int = 500) -> Result:
        typed = Q.parse(filters.q, max_chars)
        self.refresh()
        with self._lock:
            snap = self._snap
            key = filters.cache_key()
            return snap.results.get_or(key, lambda: self._search(snap, typed, filters))

    def _search(self, snap: Snapshot, typed, filters: Filters) -> Result:
        t0 = time.perf_counter()
        tree = Q.as_searched(typed)
        base = snap.match(tree) & snap.live
        masks = snap.selection_masks(filters)
        final = base
        for sel in masks.values():
            final = final & sel
        counts = snap.facet_counts(base, masks)
        candidates = np.flatnonzero(final)
        total = len(candidates)
        start = (filters.page - 1) * filters.per_page
        end = start + filters.per_page
        runs = Q.positive_runs(tree)
        items = Q.positive_terms(tree)
        score = None
        if filters.sort == "relevance" and items:
            score = snap.scores(items)
            key = -score[candidates].astype(np.float64) - snap.pub[candidates] * 1e-9
        elif filters.sort == "oldest":
            pub = snap.pub[candidates].astype(np.int64)
            key = np.where(pub == 0, 10**9, pub)
        else:  # newest, and relevance without words
            key = -snap.pub[candidates].astype(np.int64)
        if end < total:
            part = np.argpartition(key, end - 1)[:end]
            order = part[np.argsort(key[part], kind="stable")]
        else:
            order = np.argsort(key, kind="stable")
        page_docs = candidates[order[start:end]]
        hits = []
        for d in page_docs:
            stored = snap.stored(int(d))
            hits.append(Hit(stored["id"], stored.get("title", ""), stored.get("published") or None,
                            json.loads(stored.get("meta") or "{}"),
                            float(score[d]) if score is not None else 0.0))
        facets = {name: facet_rows(zip(snap.facets[name].values, counts[name]), filters.selected.get(name, ()))
                  for name in FACETS}
        histogram = year_histogram((r["value"], r["count"]) for r in facets["year"])
        prefixes = Q.positive_prefixes(tree)
        suggestion = suggest(snap, filters.q, Q.positive_runs(typed))
        return Result(total, hits, facets, histogram, runs, prefixes,
                      round((time.perf_counter() - t0) * 1000, 2), suggestion)


def _all_ids(snap: Snapshot) -> list[str]:
    """docnum -> document id for the snapshot, read once from stored fields (exports only)."""
    if getattr(snap, "_ids", None) is None:
        ids = [""] * snap.n
        for d in range(snap.n):
            if snap.live[d]:
                ids[d] = snap.reader.stored_fields(d)["id"]
        snap._ids = ids
    return snap._ids


def ordered_ids(engine: Engine, filters: Filters, max_chars: int = 500) -> list[str] | None:
    """Every matching id in the requested order; None when nothing narrows the archive."""
    tree = Q.searched(filters.q, max_chars)
    engine.refresh()
    with engine._lock:
        snap = engine._snap
        mask = snap.match(tree) & snap.live
        for sel in snap.selection_masks(filters).values():
            mask &= sel
        candidates = np.flatnonzero(mask)
        items = Q.positive_terms(tree)
        if filters.sort == "relevance" and items:  # newest first among equal scores, as on the page
            key = -snap.scores(items)[candidates].astype(np.float64) - snap.pub[candidates] * 1e-9
        elif filters.sort == "oldest":
            pub = snap.pub[candidates].astype(np.int64)
            key = np.where(pub == 0, 10**9, pub)
        else:
            key = -snap.pub[candidates].astype(np.int64)
        order = candidates[np.argsort(key, kind="stable")]
        ids = _all_ids(snap)
        return [ids[d] for d in order]


def similar(engine: Engine, doc_id: str, text: str, orgs: list[str], top: int = 8) -> list[dict]:
    """More-like-this: the document's most distinctive syllable bigrams (tf x idf), scored with
    the same numpy BM25 as queries; documents sharing organisations are ranked up.

    (Whoosh's own more_like scores candidates one posting at a time in Python:
    30-190 ms per page on 3,000 articles, so ten times that on the full archive.)
    """
    engine.refresh()
    with engine._lock:
        snap = engine._snap
        docnum = snap.docnum(doc_id)
        if docnum is None or not text.strip():
            return []
        counts = Counter(t for _, t in index_terms(text[:SIMILAR_SCAN_CHARS], "bigram"))
        weighted = []
        for term, tf in counts.items():
            df = snap.reader.doc_frequency("bi", term)
            if 1 < df <= max(SIMILAR_MAX_DF * snap.live_count, 5):  # shared with someone, not boilerplate
                weighted.append((tf * math.log(snap.live_count / df), term))
        weighted.sort(reverse=True)
        score = np.zeros(snap.n, dtype=np.float32)
        for weight, term in weighted[:SIMILAR_TERMS]:
            ids, tf = snap.postings("bi", term)
            dl = snap.lengths["fold"][ids] / snap.avg["fold"]
            score[ids] += weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl))
        score[docnum] = 0
        candidates = np.flatnonzero(score > 0)
        if len(candidates) > 3 * top:
            candidates = candidates[np.argpartition(-score[candidates], 3 * top)[:3 * top]]
        mine = set(orgs)
        out = []
        for d in candidates:
            stored = snap.stored(int(d))
            meta = json.loads(stored.get("meta") or "{}")
            shared = sorted(mine & set(meta.get("orgs", [])))
            out.append({"id": stored["id"], "title": stored.get("title", ""),
                        "published": stored.get("published") or None, "shared_orgs": shared,
                        "score": float(score[d]) * (1.0 + 0.5 * len(shared))})
        out.sort(key=lambda r: -r["score"])
        return out[:top]
