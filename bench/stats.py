"""Percentiles and ratios over latency samples, without numpy."""
from __future__ import annotations

import math
from dataclasses import dataclass


def percentile(samples: list[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), pct in 0..100."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * pct / 100.0
    low = math.floor(pos)
    high = math.ceil(pos)
    if low == high:
        return ordered[low]
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(samples: list[float]) -> float:
    return percentile(samples, 50)


@dataclass(frozen=True, slots=True)
class Latency:
    """Latency summary in milliseconds."""

    n: int
    p50: float
    p95: float
    p99: float
    mean: float
    max: float

    @classmethod
    def of(cls, seconds: list[float]) -> "Latency":
        ms = [s * 1000.0 for s in seconds]
        if not ms:
            return cls(0, math.nan, math.nan, math.nan, math.nan, math.nan)
        return cls(
            n=len(ms),
            p50=percentile(ms, 50),
            p95=percentile(ms, 95),
            p99=percentile(ms, 99),
            mean=sum(ms) / len(ms),
            max=max(ms),
        )


def ratio(a: float, b: float) -> float:
    """a / b, NaN when b is zero or missing (never a fake infinity in the table)."""
    if b is None or a is None or b == 0 or math.isnan(a) or math.isnan(b):
        return math.nan
    return a / b
