"""CI version of bench/load.py: a few seconds, 4 clients, the sample corpus; zero errors, no timing claims."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from robust_helpers import ROOT

pytestmark = pytest.mark.slow


def _load_module():
    spec = importlib.util.spec_from_file_location("baocao_bench_load", ROOT / "bench" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_load_smoke(archive):
    load = _load_module()
    result = load.run(archive, clients=4, seconds=5, max_requests=400, seed=3, timeout=60)
    assert result["errors"] == 0, result["error_examples"]
    assert result["requests"] > 0 and result["rss_samples"] > 0
    # every kind of request in the mix was exercised
    assert set(result["by_kind"]) == {kind for kind, _ in load.MIX}, result["by_kind"]


def test_request_budget_stops_the_run(archive):
    load = _load_module()
    result = load.run(archive, clients=3, seconds=120, max_requests=30, seed=4, timeout=60)
    assert result["requests"] == 30
    assert result["seconds"] < 120
