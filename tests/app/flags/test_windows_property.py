"""For any daily rows, a windowed rate is the sum over the sum of the raw rows in the window
(never an average of daily rates), with days outside the window and missing days ignored."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.metrics.windows import RATIOS, load_window
from tests.app.flags.builders import LATEST, Cache

DAY_ROWS = st.dictionaries(
    keys=st.tuples(st.sampled_from(["S1", "S2", "S3"]), st.integers(0, 45)),
    values=st.tuples(st.integers(0, 500), st.integers(0, 500)),
    max_size=40)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=DAY_ROWS, window=st.sampled_from([1, 7, 30, 40]),
       metric=st.sampled_from(sorted(RATIOS)), minimum=st.integers(1, 300))
def test_window_rate_is_sum_over_sum(rows: dict[tuple[str, int], tuple[int, int]],
                                     window: int, metric: str, minimum: int) -> None:
    numerator, denominator = RATIOS[metric]
    with tempfile.TemporaryDirectory() as scratch:
        cache = Cache(Path(scratch))
        try:
            for seller in ("S1", "S2", "S3"):
                cache.seller(seller)
            for (seller, offset), (num, den) in rows.items():
                counts = {"gmv": str(den)} if denominator == "gmv" else {denominator: den}
                if numerator == "content_gmv":
                    counts["live_gmv"] = str(num)
                elif numerator == "orders" and denominator != "orders":
                    counts["orders"] = num
                else:
                    counts[numerator] = num
                cache.metric(seller, offset, **counts)
            ids = np.array(["S1", "S2", "S3"])
            with cache.engine.connect() as conn:
                sums = load_window(conn, ids, LATEST, window)
            rates = sums.rate(metric, minimum)
        finally:
            cache.engine.dispose()
    for index, seller in enumerate(ids.tolist()):
        inside = [v for (s, offset), v in rows.items() if s == seller and offset < window]
        num_total = sum(v[0] for v in inside)
        den_total = sum(v[1] for v in inside)
        assert sums[numerator][index] == num_total * (10_000 if numerator == "content_gmv"
                                                      else 1)
        stored = den_total * (10_000 if denominator == "gmv" else 1)  # money: 1/10,000ths
        if stored < minimum or den_total == 0:
            assert np.isnan(rates[index])
        else:
            assert rates[index] == num_total / den_total


def test_window_bounds() -> None:
    """(end - days, end]: the window's first day is days - 1 before its end."""
    from app.metrics.windows import window_start

    assert window_start(dt.date(2026, 11, 20), 30) == dt.date(2026, 10, 21)
