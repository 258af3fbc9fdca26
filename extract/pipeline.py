"""The extraction pipeline (contract in docs/contracts.md): a Vietnamese spaCy Language with our
syllable tokenizer and the baocao components. Loaded once per process; nothing is downloaded."""
from __future__ import annotations

from functools import cache
from typing import Iterable

import spacy
from spacy.language import Language

from extract import components  # registers the factories; RECORDS_ONLY
from extract import tokenizer  # noqa: F401 - registers the tokenizer
from extract.records import Extraction

# Bump when the output changes: `baocao reextract` redoes documents extracted by older versions.
VERSION = 21

PIPES = ("baocao_sentences", "baocao_places", "baocao_orgs", "baocao_people", "baocao_figures",
         "baocao_tables", "baocao_activity", "baocao_attribution", "baocao_programmes", "baocao_kinds")


@cache
def load() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "baocao.syllable_tokenizer.v1"}}})
    for name in PIPES:
        nlp.add_pipe(name)
    # no parser or statistical NER here: memory grows linearly, so long reports are fine
    nlp.max_length = 100_000_000
    return nlp


def extract_text(text: str, *, title: str = "", years: Iterable[int] = (), published: str | None = None) -> Extraction:
    """The records of one text. Runs the pipeline's components on a Doc that holds the text but
    no tokens, marked records-only: every finder works on the text itself, and the token-level
    results (sentence starts, doc.spans, doc.ents) would be thrown away with the Doc here, while
    tokenising and writing them cost about a seventh of the time per document. For the
    token-level Doc with entities, call the Language itself: `load()(text)`."""
    nlp = load()
    doc = nlp.make_doc("")
    doc.user_data["baocao_text"] = text or ""
    doc.user_data[components.RECORDS_ONLY] = True
    doc._.meta = {"title": title or "", "years": list(years or ()), "published": published}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return Extraction(
        version=VERSION,
        organizations=list(doc._.organizations or []),
        people=list(doc._.people or []),
        places=list(doc._.places or []),
        figures=list(doc._.figures or []),
        programmes=list(doc._.programmes or []),
    )


def extract_document(doc) -> Extraction:
    """doc: ingest.document.Document."""
    return extract_text(doc.text, title=doc.title, years=doc.years, published=doc.published)
