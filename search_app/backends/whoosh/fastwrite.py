"""A Whoosh segment writer that buffers the text postings itself and writes them term by term.

Whoosh's own path costs ~15-25 us of Python per posting: the tokenizer yields a
Token object per syllable, the format counts them in dicts, every posting is a
tuple pickled into the posting pool, the pool is sorted at commit, and the
codec is then called once per posting (type asserts, length lookups). A
document has ~650 postings (accented syllables + bigrams), so that was most of
the ~15-25 ms CPU per document indexing cost.

Here the fields analysed by VnTokenizer ("text fields") skip all that:
- add_document takes each field analysed (fastwrite.analyse: one regex findall,
  translate and Counter per text, values encoded as the codec stores them), either
  done here or ahead of time in an ingest worker process, and appends
  (docnum, weight, value) to a per-field dict of term -> arrays, in document order
  (so every list is already sorted);
- at flush time, each field's terms are sorted once and each posting list is
  handed to the W3 codec a block at a time (or inlined), producing the same
  files Whoosh would have written.
The other fields (id, stored fields, facet values, numeric columns) still go
through SegmentWriter.add_document unchanged. Postings of segments merged into
this one go into the same buffers (text fields) or the pool (the others).
"""
from __future__ import annotations

from array import array
from itertools import groupby
from operator import itemgetter

from whoosh.formats import Positions

from ingest.faults import crash_point
from search_app.analysis import VnTokenizer, encode_positions, index_counts, index_positions
from search_app.backends.whoosh.compat import SegmentWriter, write_field

_ONE_POSITION: dict[int, bytes] = {}  # position -> encoded value of a single occurrence there


class Analysed:
    """One text field of one document, analysed: its terms with their weights and encoded values.

    Built by analyse(), which an ingest worker process can run (it is plain data, cheap to
    pickle), so the index writer in the main process only appends postings."""

    __slots__ = ("terms", "weights", "values")

    def __init__(self, terms: list[str], weights: list[int], values: list[bytes]):
        self.terms = terms
        self.weights = weights
        self.values = values

    def __getstate__(self):
        return self.terms, self.weights, self.values

    def __setstate__(self, state):
        self.terms, self.weights, self.values = state


def analyse(text: str, mode: str, positions: bool) -> Analysed:
    """The postings one field of one document contributes, as the W3 codec encodes their values."""
    if not positions:
        counts = index_counts(text, mode)
        weights = list(counts.values())
        # analysis.Counts: the count is the weight, nothing else is stored per posting
        return Analysed(list(counts), weights, [b""] * len(weights))
    found = index_positions(text, mode)
    weights = []
    values = []
    for lst in found.values():
        n = len(lst)
        weights.append(n)
        # analysis.PositionGaps.encode
        if n == 1:
            value = _ONE_POSITION.get(lst[0])
            if value is None:
                value = _ONE_POSITION[lst[0]] = encode_positions(lst)
        else:
            value = encode_positions(lst)
        values.append(value)
    return Analysed(list(found), weights, values)


class _Postings:
    """One text field's buffered postings: term -> (doc ids, weights, values)."""

    __slots__ = ("terms", "positions", "unsorted")

    def __init__(self, positions: bool):
        self.terms: dict[str, tuple[array, array, list]] = {}
        self.positions = positions
        self.unsorted: set[str] = set()  # terms that received postings out of doc order (merges)

    def add(self, docnum: int, analysed: "Analysed") -> None:
        terms = self.terms
        get = terms.get
        for term, weight, value in zip(analysed.terms, analysed.weights, analysed.values):
            entry = get(term)
            if entry is None:
                entry = terms[term] = (array("I"), array("f"), [])
            entry[0].append(docnum)
            entry[1].append(weight)
            entry[2].append(value)

    def add_posting(self, term: str, docnum: int, weight: float, value: bytes) -> None:
        entry = self.terms.get(term)
        if entry is None:
            entry = self.terms[term] = (array("I"), array("f"), [])
        if len(entry[0]) and entry[0][-1] >= docnum:
            self.unsorted.add(term)
        entry[0].append(docnum)
        entry[1].append(weight)
        entry[2].append(value)

    def sorted_entry(self, term: str):
        ids, weights, values = self.terms[term]
        if term in self.unsorted:
            order = sorted(range(len(ids)), key=ids.__getitem__)
            ids = array("I", (ids[i] for i in order))
            weights = array("f", (weights[i] for i in order))
            values = [values[i] for i in order]
        return ids, weights, values


class FastSegmentWriter(SegmentWriter):
    """SegmentWriter with the text fields' postings buffered and written in bulk (see module doc)."""

    def __init__(self, ix, **kwargs):
        super().__init__(ix, **kwargs)
        self._text_fields = {name: _Postings(isinstance(field.format, Positions))
                             for name, field in self.schema.items()
                             if field.indexed and isinstance(field.analyzer, VnTokenizer)}
        self._modes = {name: self.schema[name].analyzer.mode for name in self._text_fields}

    def add_document(self, **fields):
        docnum = self.docnum
        texts = {name: fields.pop(name) for name in self._text_fields if name in fields}
        super().add_document(**fields)  # raises before we buffer anything when a field is bogus
        for name, value in texts.items():
            if value is None:
                continue
            postings = self._text_fields[name]
            if not isinstance(value, Analysed):
                value = analyse(value, self._modes[name], postings.positions)
            postings.add(docnum, value)

    def add_postings_to_pool(self, reader, startdoc, docmap):
        # (a SegmentWriter hook of 2.7.5, see whoosh_compat) Segments merged into this one (merge policies call this through add_reader).
        # Text-field postings go straight into our buffers. Whoosh-Reloaded 2.7.5 reads the
        # empty value of an Existence posting back as "" (str), which its own pool then
        # rejects (AssertionError "vbytes=''"): any merge of our segments failed that way.
        add_post = self.pool.add
        texts = self._text_fields
        for fieldname, btext, docnum, weight, value in self._process_posts(reader.iter_postings(), startdoc, docmap):
            text = texts.get(fieldname)
            if text is not None:
                text.add_posting(btext.decode("utf-8"), docnum, weight, value or b"")
            else:
                add_post((fieldname, btext, docnum, weight, value or b""))

    def _commit_toc(self, segments):
        # (SegmentWriter's private last step of commit, 2.7.5) the segment files are written and
        # not yet named by a TOC: a crash here must leave the previous generation intact
        crash_point("index.toc")
        super()._commit_toc(segments)

    def _flush_segment(self):
        # SegmentWriter's private flush of 2.7.5 (see whoosh_compat), rewritten for our buffers
        self.perdocwriter.close()
        pdr = self.per_document_reader() if self.codec.length_stats else None
        fw = self.fieldwriter
        light: dict[str, list] = {}
        for fieldname, items in groupby(self.pool.iter_postings(), key=itemgetter(0)):
            text = self._text_fields.get(fieldname)
            if text is None:
                light[fieldname] = list(items)
            else:  # not expected (add_postings_to_pool routes them), but keep them if they come
                for _, btext, docnum, weight, value in items:
                    text.add_posting(btext.decode("utf-8"), docnum, weight, value)
        names = sorted(set(light) | {n for n, p in self._text_fields.items() if p.terms})
        for name in names:
            if name in light:
                fw.add_postings(self.schema, pdr, iter(light[name]))
            else:
                write_field(fw, name, self.schema[name], self._text_fields[name])
        fw.close()
        if pdr:
            pdr.close()
