from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BAOMOI = SHARED / "corpora" / "baomoi-2017.jsonl.gz"


@pytest.fixture
def baomoi_path() -> Path:
    if not BAOMOI.exists():
        pytest.skip("../shared/corpora/baomoi-2017.jsonl.gz is absent")
    return BAOMOI
