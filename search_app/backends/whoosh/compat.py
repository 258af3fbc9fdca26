"""Every use of Whoosh-Reloaded beyond its public API, in one place: what we import from its
internals, the bugs we patch, and the code that reads or writes its codec's structures directly.

Written against Whoosh-Reloaded 2.7.5 (pyproject pins `>=2.7.5,<2.8`;
tests/search_app/test_whoosh_compat.py fails on any other version). Before widening the
range, check each item below against the new version: the patches may no longer be needed,
the private names may have moved.

Whoosh's public API (fields, formats, index, analysis, query, searching) is imported where it
is used. Besides this module, search_app/backends/whoosh/fastwrite.py subclasses SegmentWriter and overrides
two of its internal hooks (`add_postings_to_pool`, `_flush_segment`) and reads `pool`,
`_process_posts`, `perdocwriter`, `fieldwriter`, `docnum` of the base class; those lines say so.
"""
from __future__ import annotations

import os
from array import array
from hashlib import md5
import io
import pickle
import threading

import whoosh

# The W3 codec's classes: its term info layout (packed by hand when inlining postings, below),
# leaf matcher (read a block at a time), per-document reader (patched below) and the codec
# with our block/inline settings. Module path and class names as of 2.7.5.
from whoosh.codec.whoosh3 import W3Codec, W3LeafMatcher, W3PerDocReader, W3PostingsWriter, W3TermInfo  # noqa: F401
# the codec module itself: its `dumps` is replaced below (smaller posting blocks and term infos)
from whoosh.codec import whoosh3 as _whoosh3
# FileStorage: opened with supports_mmap=False (see index._storage); not re-exported by whoosh.index.
from whoosh.filedb.filestore import FileStorage  # noqa: F401
# RamStorage: an empty in-memory index that serve searches while the one on disk is broken.
from whoosh.filedb.filestore import RamStorage  # noqa: F401
# _lengths (private struct of the hash table records) and md5_hash: add_terms writes the term
# table's records itself, byte for byte as OrderedHashWriter.add does in 2.7.5.
from whoosh.filedb.filetables import _lengths, md5_hash
# a leaf reader wraps postings of segments with deletions in a FilterMatcher; we unwrap it
# and apply deletions ourselves (engine.Snapshot.live)
from whoosh.matching.wrappers import FilterMatcher
# the encoders the codec uses for frequencies and field ids
from whoosh.system import pack_uint, pack_ushort  # noqa: F401
from whoosh.util.numeric import length_to_byte
# the base of fastwrite.FastSegmentWriter (not exported by whoosh.writing's public API docs)
from whoosh.writing import SegmentWriter  # noqa: F401
# the table of contents of an index generation and the cleaner of files no TOC names: the
# atomic swap of a rebuilt index (install_index, below) writes one itself
from whoosh.index import TOC, clean_files

from ingest.faults import crash_point

TESTED = ((2, 7, 5), (2, 8))  # [lowest tested, first untested)


def tested_version() -> bool:
    low, high = TESTED
    return low <= tuple(whoosh.__version__[:3]) < high


# -- patches, applied once when this module is imported -------------------------------

# 2.7.5: the codec calls a misspelt method (`set_inline`) when inlining postings
# (inlinelimit > 1); the reading side (is_inlined / inlined_postings) is intact.
if not hasattr(W3TermInfo, "set_inline"):
    W3TermInfo.set_inline = W3TermInfo.set_inlined


# 2.7.5: the per-document reader looks up the length column of a field for every posting it
# writes and, when the field keeps no lengths (our fields are not "scorable"), answers with a
# stat() of the missing file each time. Remember the miss.
_cached_reader = W3PerDocReader._cached_reader


def _cached_reader_remembering_misses(self, fieldname, column):
    if fieldname in self._readers:
        return self._readers[fieldname]
    reader = _cached_reader(self, fieldname, column)
    if reader is None:
        self._readers[fieldname] = None
    return reader


W3PerDocReader._cached_reader = _cached_reader_remembering_misses


# -- reading postings ------------------------------------------------------------------

def read_postings(m) -> tuple[array, array]:
    """All doc numbers and weights of a leaf's posting matcher, deletions not applied."""
    if isinstance(m, FilterMatcher):
        m = m.child
    ids, weights = array("i"), array("f")
    if isinstance(m, W3LeafMatcher):
        # whole blocks at a time (private _read_ids/_read_weights/_ids/_weights/_next_block
        # of 2.7.5) instead of one Python call per posting
        while m.is_active():
            m._read_ids()
            m._read_weights()
            ids.extend(m._ids)
            weights.extend(m._weights)
            m._next_block()
        return ids, weights
    while m.is_active():
        ids.append(m.id())
        weights.append(m.weight())
        m.next()
    return ids, weights


# -- writing postings (fastwrite) ------------------------------------------------------

class _CompactPickler:
    """pickle.dumps for the codec's small structures, in fewer bytes: protocol 3 (bytes as BINBYTES,
    not protocol 2's `_codecs.encode(..., "latin1")` call: ~25 bytes per value) without the memo
    (nothing is shared or recursive). The codec reads them back with pickle.loads, which takes any
    protocol, so indexes written before read as before. Halves the term table of the bigram field."""

    def __init__(self):
        self.buffer = io.BytesIO()
        self.pickler = pickle.Pickler(self.buffer, 3)
        self.pickler.fast = True  # no memo
        self.lock = threading.Lock()  # one buffer; the web app's writes may come from several threads

    def __call__(self, obj) -> bytes:
        with self.lock:
            buffer = self.buffer
            buffer.seek(0)
            buffer.truncate()
            self.pickler.dump(obj)
            return buffer.getvalue()


compact_pickle = _CompactPickler()


def _weights(weights) -> tuple:
    # term frequencies are whole numbers: pickled as ints (2 bytes) rather than floats (9)
    return tuple(map(int, weights)) if all(float(w).is_integer() for w in weights) else tuple(weights)


# Size, not a bug: 2.7.5's codec pickles posting blocks and inlined postings with protocol 2,
# which writes every bytes value (a posting's positions) as a call to _codecs.encode with a
# latin-1 string, ~25 bytes each, and every weight as a 9-byte float. Its module-level `dumps`
# (used for blocks, block infos and term infos) becomes compact_pickle, and a block's weights
# are ints when they are whole; the reader (pickle.loads, array("f", weights)) takes both, so
# indexes written before read unchanged. (An all-equal block keeps 2.7.5's single float:
# _read_weights tests isinstance(weights, float).)
def _compact_dumps(obj, protocol=None) -> bytes:
    return compact_pickle(obj)


_whoosh3.dumps = _compact_dumps
_mini_weights = W3PostingsWriter._mini_weights


def _mini_weights_as_ints(self):
    weights = _mini_weights(self)
    return _weights(weights) if isinstance(weights, tuple) else weights


W3PostingsWriter._mini_weights = _mini_weights_as_ints


def write_field(fieldwriter, fieldname: str, fieldobj, postings) -> None:
    """All of one field's terms, in byte order, through the codec's block writer.

    `postings`: fastwrite._Postings. Short posting lists are inlined in the term table: their
    term info is packed here exactly as W3TermInfo.to_bytes would (no length stats: our text
    fields keep none), without the per-term objects of the codec's path. Longer ones go
    through its block writer, whose private buffers (_ids, _weights, _values, _maxweight,
    _write_block) and the field writer's (_postwriter, _fieldid, _tindex, _btext) are 2.7.5's."""
    fieldwriter.start_field(fieldname, fieldobj)
    pw = fieldwriter._postwriter
    fmt = fieldobj.format
    limit = pw._blocklimit
    inline = pw._inlinelimit
    prefix = pack_ushort(fieldwriter._fieldid)
    pack_info = W3TermInfo._struct.pack
    no_length = length_to_byte(0)
    tindex = fieldwriter._tindex
    no_values = fmt.fixed_value_size() == 0  # analysis.Counts: nothing per posting, as the codec inlines it
    inlined: list[tuple[bytes, bytes]] = []
    # str order of the terms == order of their UTF-8 bytes, which Whoosh requires
    for term in sorted(postings.terms):
        ids, weights, values = postings.sorted_entry(term)
        btext = term.encode("utf-8")
        n = len(ids)
        if n < inline:
            info = pack_info(True, sum(weights), n, 0, no_length, max(weights), ids[0], ids[-1])
            inlined.append((prefix + btext, info + compact_pickle((tuple(ids), _weights(weights), None if no_values else tuple(values)))))
            continue
        add_terms(tindex, inlined)
        inlined = []
        fieldwriter._btext = btext
        pw.start_postings(fmt, W3TermInfo())
        for start in range(0, n, limit):
            if start:
                pw._write_block()
            end = start + limit
            pw._ids = ids[start:end] if n > limit else ids
            pw._weights = weights[start:end] if n > limit else weights
            pw._values = values[start:end] if n > limit else values
            pw._maxweight = max(pw._weights)
        fieldwriter.finish_term()
    add_terms(tindex, inlined)
    fieldwriter.finish_field()


def add_terms(tindex, pairs: list[tuple[bytes, bytes]]) -> None:
    """OrderedHashWriter.add for a run of (key, value) pairs in key order: the same bytes
    and hash buckets, written with one file write instead of three per key (most terms are
    inlined, so this was a third of the flush)."""
    if not pairs:
        return
    if pairs[0][0] <= tindex.lastkey:
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{pairs[0][0]!r}")
    dbfile = tindex.dbfile
    pos = dbfile.tell()
    index_append = tindex.index.append
    buckets = tindex.buckets
    hashfn = tindex.hashfn
    chunks = []
    for key, value in pairs:
        index_append(pos)
        h = _md5_low32(key) if hashfn is md5_hash else hashfn(key)
        buckets[h & 255].append((h, pos))
        record = _lengths.pack(len(key), len(value)) + key + value
        chunks.append(record)
        pos += len(record)
    dbfile.write(b"".join(chunks))
    tindex.lastkey = pairs[-1][0]


def _md5_low32(key: bytes) -> int:
    # filetables.md5_hash, without the hex round trip: the low 32 bits of the digest
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


# -- swapping in a rebuilt index ---------------------------------------------------------

INDEX_NAME = "MAIN"  # Whoosh's default index name: files _MAIN_<gen>.toc, MAIN_<segid>.seg


def install_index(src: FileStorage, dst: FileStorage) -> int:
    """Make the complete index in `src` the live index of `dst`, with one rename as the switch.

    Whoosh reads the TOC of the highest generation in a folder, and a TOC names the segments
    it uses. So: move the new segment files into dst (unnamed by any TOC there, they change
    nothing), then write a TOC of the next generation naming them (Whoosh writes it beside and
    renames it: the one atomic step), then delete the files no TOC names any more. Killed
    before the rename, dst is the old index plus unused files; after it, the new one. Open
    readers keep the old segment files they hold open. Returns the new generation.
    """
    toc = TOC.read(src, INDEX_NAME)
    names = {segment.segment_id() for segment in toc.segments}
    pattern = TOC._segment_pattern(INDEX_NAME)
    for filename in list(src):
        match = pattern.match(filename)
        if match and match.group(1) in names:
            os.replace(os.path.join(src.folder, filename), os.path.join(dst.folder, filename))
    crash_point("reindex.moved")
    generation = max(TOC._latest_generation(dst, INDEX_NAME), toc.generation) + 1
    TOC(toc.schema, toc.segments, generation).write(dst, INDEX_NAME)
    crash_point("reindex.toc")
    clean_files(dst, INDEX_NAME, generation, toc.segments)
    return generation
