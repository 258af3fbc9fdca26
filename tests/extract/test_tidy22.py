"""tidy22: the data files hold each word once, and activity.py's cue data are typed records."""
from __future__ import annotations

import tomllib
import unicodedata
from collections import Counter

import pytest

from extract.resources import DATA_DIR


def _duplicates(node, where: str):
    """(where, duplicated strings) of every list below `node` that holds a string twice. Strings are
    compared as the code reads them (NFC), in their case: case-sensitive lists hold both cases on purpose."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _duplicates(value, f"{where}.{key}")
    elif isinstance(node, list):
        counts = Counter(unicodedata.normalize("NFC", x) for x in node if isinstance(x, str))
        twice = sorted(word for word, n in counts.items() if n > 1)
        if twice:
            yield where, twice
        for i, item in enumerate(node):
            yield from _duplicates(item, f"{where}[{i}]")


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("*.toml")), ids=lambda p: p.name)
def test_no_data_list_holds_a_string_twice(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert list(_duplicates(data, path.stem)) == []


def test_the_walk_finds_a_duplicate_at_any_depth():
    data = {"heads": {"words": ["căn hộ", "xe lăn", "căn hộ"]}, "org": [{"forms": ["Hội", "hội", "Hội"]}]}
    assert list(_duplicates(data, "units")) == [("units.heads.words", ["căn hộ"]), ("units.org[0].forms", ["Hội"])]
