"""A real slice of ../shared: the first 300 articles of the baomoi 2017 archive."""
import gzip
import itertools
import json

import pytest


@pytest.mark.shared
def test_first_300_baomoi_lines(tmp_path, baomoi_path, store, run):
    with gzip.open(baomoi_path, "rt", encoding="utf-8") as lines:
        head = list(itertools.islice(lines, 300))
    sample = tmp_path / "baomoi-300.jsonl"
    sample.write_text("".join(head), encoding="utf-8")
    summary = run(sample)
    # every line is accounted for: stored, or an exact duplicate of one stored
    assert summary.counts["ok"] + summary.counts["duplicate"] == 300
    assert summary.counts["error"] == 0
    assert store.count_documents() == summary.counts["ok"]
    first = json.loads(head[0])
    doc = next(d for d in store.iter_documents() if d.sources[0].endswith("#1"))
    assert doc.title == first["title"]
    assert doc.years == [2017]  # "Kết quả xổ số điện toán Vietlott ngày 6/2/2017"
    docs = list(store.iter_documents())
    # the archive has no dates; a year in the title is always among the years
    titled = [d for d in docs if "2017" in d.title and "/2017" not in d.title]
    assert len(titled) > 5 and all(2017 in d.years for d in titled)
    assert sum(bool(d.years) for d in docs) > 150
    # no anchor, no flood: a history piece listing models from 1925 on is not filed under the 1930s
    phantom = next(d for d in docs if d.title == "Rolls-Royce Phantom thay đổi như thế nào qua 7 thế hệ")
    assert min(phantom.years) >= 2002
    assert sum(bool(d.provinces) for d in docs) > 100
    # stored text is NFC with the traditional tone placement
    assert not any("hoà " in d.text or "Uỷ" in d.text for d in docs)
