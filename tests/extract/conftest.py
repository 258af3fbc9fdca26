"""Fixtures shared by the extraction tests."""
from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest


@pytest.fixture
def rules_only(monkeypatch):
    """The activity rules alone: the exact-record tests of a round pin what the rules decide, so a
    retrained classifier cannot make them pass or fail."""
    from extract import learned
    monkeypatch.setattr(learned, "WEIGHT", 0.0)


def _script(name: str) -> ModuleType:
    """scripts/<name>.py loaded as a module (scripts/ is no package): the tests call its functions."""
    from extract import learned

    spec = importlib.util.spec_from_file_location(name, learned.MODEL_DIR.parents[2] / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tm() -> ModuleType:
    """scripts/train_models.py, loaded once for each test module (its tests patch its constants)."""
    return _script("train_models")


@pytest.fixture(scope="module")
def twc() -> ModuleType:
    """scripts/train_word_clusters.py, loaded once for each test module."""
    return _script("train_word_clusters")
