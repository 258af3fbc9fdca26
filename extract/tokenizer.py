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
# A plain space next to other whitespace (or at either end of the text): then the space is not
# simply the trailing space of the token before it, and the chunk shortcut below does not apply.
_SPACE_NEAR_WHITESPACE = re.compile(r"\s | \s|\A | \Z")
# Tokens of the space-free chunks that are not a single word (cached: "4.200", "đồng,", "(trên").
_CHUNKS: dict[str, list[str]] = {}
_CHUNKS_MAX = 100_000


class SyllableTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if _SPACE_NEAR_WHITESPACE.search(text):
            return self._by_regex(text)
        # Every space sits between two non-space characters (normalised text always): it ends the
        # token before it, so tokenising the space-separated chunks one by one gives the same
        # tokens as TOKEN_SPACE_RE over the whole text, and most chunks are one plain syllable.
        words: list[str] = []
        append_word = words.append
        ends: list[int] = []  # index of each chunk's last token: it carries the space
        for chunk in text.split(" "):
            if chunk.isalnum():  # \w+ without "_": one token
                append_word(chunk)
            else:
                tokens = _CHUNKS.get(chunk)
                if tokens is None:
                    tokens = _chunk_tokens(chunk)
                words.extend(tokens)
            ends.append(len(words) - 1)
        spaces = [False] * len(words)
        for i in ends[:-1]:
            spaces[i] = True
        return Doc(self.vocab, words=words, spaces=spaces)

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


def _chunk_tokens(chunk: str) -> list[str]:
    tokens = [word or gap for word, _, gap in TOKEN_SPACE_RE.findall(chunk)]
    if len(_CHUNKS) < _CHUNKS_MAX:  # bounded: hostile input must not grow it without end
        _CHUNKS[chunk] = tokens
    return tokens


@registry.tokenizers("baocao.syllable_tokenizer.v1")
def create_syllable_tokenizer():
    def make(nlp):
        return SyllableTokenizer(nlp.vocab)

    return make
