"""spaCy-facing results of the pipeline that the records do not show: entities and sentence starts."""
from extract.pipeline import load

TEXT = ("Bộ CHQS tỉnh Long An phối hợp với Hội LHPN tỉnh tổ chức 37 buổi tuyên truyền. "
        "Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, dự.\nTại huyện Cần Giuộc, Hội CCB trao 50 suất quà.")


def run(text):
    nlp = load()
    doc = nlp.make_doc(text)
    doc.user_data["baocao_text"] = text
    doc._.meta = {"title": "", "years": [], "published": None}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_entities_are_what_spacys_setter_gives():
    doc = run(TEXT)
    assert {e.label_ for e in doc.ents} == {"ORG", "LOC", "PER"}
    other = load().make_doc(TEXT)
    other.ents = [other.char_span(e.start_char, e.end_char, label=e.label_) for e in doc.ents]
    assert [(t.ent_iob_, t.ent_type_) for t in doc] == [(t.ent_iob_, t.ent_type_) for t in other]
    assert "Trần Văn Bình" in [e.text for e in doc.ents if e.label_ == "PER"]


def test_sentence_starts_follow_the_sentence_offsets():
    doc = run(TEXT)
    assert [s.start_char for s in doc.sents] == [start for start, _ in doc._.sentences]
    assert [s.text for s in doc.sents][-1] == "Tại huyện Cần Giuộc, Hội CCB trao 50 suất quà."


def test_empty_text():
    doc = run("")
    assert list(doc.ents) == [] and doc._.figures == []


def test_language_call_gives_entities_and_the_same_records_as_extract_text():
    """extract_text skips tokens and token-level results (records only); the Language itself
    still gives the full Doc, with the very same records."""
    from extract.pipeline import extract_text

    doc = load()(TEXT)
    assert len(doc) > 20 and {e.label_ for e in doc.ents} == {"ORG", "LOC", "PER"}
    assert [s.text for s in doc.sents][-1] == "Tại huyện Cần Giuộc, Hội CCB trao 50 suất quà."
    records = extract_text(TEXT)
    assert records.figures and records.figures == doc._.figures
    assert records.organizations == doc._.organizations and records.people == doc._.people
    assert records.places == doc._.places
