"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def rules_only(monkeypatch):
    """The activity rules alone: the exact-record tests of a round pin what the rules decide, so a
    retrained classifier cannot make them pass or fail."""
    from extract import learned
    monkeypatch.setattr(learned, "WEIGHT", 0.0)
