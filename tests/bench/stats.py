"""Small, dependency-free statistics for benchmark samples: median, quartiles, percentiles."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile(samples: Sequence[float], pct: float) -> float:
    """Linear-interpolated percentile (pct in 0..100) of a non-empty sample."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(samples: Sequence[float]) -> dict[str, float]:
    """Median, interquartile range, min and max of a sample (the 'median and spread' of every table)."""
    return {
        "median": statistics.median(samples),
        "p25": percentile(samples, 25),
        "p75": percentile(samples, 75),
        "min": min(samples),
        "max": max(samples),
        "n": float(len(samples)),
    }
