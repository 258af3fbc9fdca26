"""A syllable tokenizer for Vietnamese that keeps numbers and codes whole.

spaCy's "vi" language splits on spaces only (punctuation stays glued) unless pyvi is
installed. We split off punctuation but keep "4.200", "1,5", "12-NQ/TW", "TP.HCM",
"LĐ-TB&XH" as single tokens: inner punctuation followed by a word character stays.
doc.text always equals the input, so character offsets hold.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

TOKEN_RE = re.compile(r"\w+(?:[.,\-/&]\w+)*|\S")
# a token and the one plain space after it (spaCy's trailing whitespace); other whitespace runs
# (newlines, double spaces) become whitespace tokens, as in spaCy's own tokenizers
TOKEN_SPACE_RE = re.compile(r"(\w+(?:[.,\-/&]\w+)*|\S)( (?! ))?|(\s+)")
# Chunks cached per tokenizer: enough for the syllables and punctuated words of a long run, bounded
# so that hostile input (millions of distinct chunks) cannot grow it without end.
CHUNK_CACHE_MAX = 100_000


class SyllableTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        # chunk -> the string ids (orths) of its tokens: a Doc built from ids skips hashing every
        # token's text again, which was most of the cost of building it
        self._chunks: dict[str, tuple[int, ...]] = {}

    def __call__(self, text: str) -> Doc:
        # When every space sits between two non-space characters (normalised text always), it ends
        # the token before it, so tokenising the space-separated chunks one by one gives the same
        # tokens as TOKEN_SPACE_RE over the whole text; most chunks are one plain syllable, cached.
        # A chunk that is empty or starts or ends with whitespace (a space next to other whitespace,
        # or at either end of the text) is never cached and sends the text to TOKEN_SPACE_RE.
        if not text:
            return Doc(self.vocab, words=[], spaces=[])
        orths: list[int] = []
        extend = orths.extend
        ends: list[int] = []  # index of each chunk's last token: it carries the space
        append_end = ends.append
        chunks = self._chunks
        for chunk in text.split(" "):
            ids = chunks.get(chunk)
            if ids is None:
                ids = self._chunk_orths(chunk)
                if ids is None:
                    return self._by_regex(text)
            extend(ids)
            append_end(len(orths) - 1)
        spaces = [False] * len(orths)
        for i in ends[:-1]:
            spaces[i] = True
        return Doc(self.vocab, words=orths, spaces=spaces)

    def _chunk_orths(self, chunk: str) -> tuple[int, ...] | None:
        if not chunk or chunk[0].isspace() or chunk[-1].isspace():
            return None
        add = self.vocab.strings.add
        ids = tuple(add(word or gap) for word, _, gap in TOKEN_SPACE_RE.findall(chunk))
        if len(self._chunks) < CHUNK_CACHE_MAX:
            self._chunks[chunk] = ids
        return ids

    def _by_regex(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        append_word = words.append
        append_space = spaces.append
        # one pass: a token with its single trailing space, or a run of other whitespace
        for word, space, gap in TOKEN_SPACE_RE.findall(text):
            if word:
                append_word(word)
                append_space(bool(space))
            else:
                append_word(gap)
                append_space(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy calls these when saving/loading a pipeline; the tokenizer has no state.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "SyllableTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "SyllableTokenizer":
        return self


@registry.tokenizers("baocao.syllable_tokenizer.v1")
def create_syllable_tokenizer():
    def make(nlp):
        return SyllableTokenizer(nlp.vocab)

    return make
