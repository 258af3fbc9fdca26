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


class SyllableTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
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
