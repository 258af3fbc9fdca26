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


class SyllableTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for match in TOKEN_RE.finditer(text):
            start = match.start()
            if start > pos:
                self._add_gap(text[pos:start], words, spaces)
            words.append(match.group())
            spaces.append(False)
            pos = match.end()
        if pos < len(text):
            self._add_gap(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        # One plain space after a token is that token's trailing space; any other
        # whitespace (newlines, runs of spaces) becomes a whitespace token, as in spaCy.
        if words and not spaces[-1] and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

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
