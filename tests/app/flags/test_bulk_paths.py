"""The rule engine's bulk shortcuts give what the plain per-flag code gives: evidence
encoded a metric at a time, reads packed in one row, the collector paused only meanwhile."""

from __future__ import annotations

import gc
import math

import numpy as np

from app.flags.eligibility import evidence_texts
from app.flags.lifecycle import _json
from tests.app.flags.builders import Cache, day


def _one_by_one(metrics: list[str], columns: np.ndarray) -> list[str]:
    return [_json({m: (None if math.isnan(v) else v) for m, v in zip(metrics, row, strict=True)})
            for row in columns.T.tolist()]


def test_evidence_encoded_by_metric_matches_the_encoding_of_each_flag() -> None:
    metrics = ["sps", "late_dispatch_rate", "violation_points", "gmv_growth"]
    columns = np.array([[4.0, 3.5, np.nan, 1e-5, 2.0],
                        [0.04, 0.1 + 0.2, 0.0, 1 / 3, np.nan],
                        [0.0, 12.0, 3.0, 48.0, 1e17],
                        [-0.0, 0.3, -0.25, 123456.789, 0.5]])
    assert evidence_texts(metrics, columns) == _one_by_one(metrics, columns)
    # A metric named by two criteria keeps its last value, as a dict does.
    assert evidence_texts(["sps", "sps"], columns[:2]) == _one_by_one(["sps", "sps"],
                                                                    columns[:2])
    assert evidence_texts(metrics, columns[:, :0]) == []


def test_sellers_whose_ids_hold_commas_keep_their_sums_and_series(cache: Cache) -> None:
    """The packed reads separate seller ids by a control character, not a comma."""
    for seller in ("A,1", "B"):
        cache.seller(seller)
        cache.days(seller, range(29), orders=10, visitors=500, shipped_orders=10)
    cache.metric("A,1", 0, revision=2, orders=60, visitors=500, shipped_orders=10,
                 late_dispatched_orders=29)
    flags = cache.evaluate()
    assert flags[("A,1", "order_spike")].evidence["days"] == [day(0)]
    assert flags[("A,1", "late_dispatch")].evidence == {"late_dispatched_orders": 29,
                                                        "shipped_orders": 290}
    assert ("B", "order_spike") not in flags and ("B", "late_dispatch") not in flags


def test_the_collector_is_paused_only_during_the_run(cache: Cache) -> None:
    cache.seller("S1")
    cache.days("S1", range(30), orders=5, shipped_orders=5)
    assert gc.isenabled()
    cache.service().evaluate()
    assert gc.isenabled()
    gc.disable()
    try:
        cache.service().evaluate()
        assert not gc.isenabled()  # a caller's own choice is left as it was
    finally:
        gc.enable()
