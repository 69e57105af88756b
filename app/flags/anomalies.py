"""Order spikes without traffic: robust z-scores of the latest days against a baseline.

z = (x - median) / (1.4826 * MAD) over the `window_days` days before the tested days, per
seller, on a sellers x days matrix built from one query (days without a row are zeros). A
spike is orders z above the threshold while visitors' z stays below `visitors_z_below`:
more orders without more shoppers is the fake-order pattern.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection

from app.flags.candidates import Candidate, grade
from app.flags.common import number
from app.flags.inputs import Inputs
from app.flags.rules import groups
from app.metrics import windows

MAD_SCALE = 1.4826
MIN_SPREAD = 1.0  # a flat baseline (MAD 0) still needs a real jump, not +1 order


def day_matrix(conn: Connection, inputs: Inputs, start: dt.date, days: int,
               columns: tuple[str, ...]) -> dict[str, np.ndarray]:
    """column -> (sellers, days) int64 for start < date <= start + days."""
    return windows.day_matrix(conn, inputs.seller_ids, start, days, columns)


def robust_z(series: np.ndarray, baseline_days: int) -> tuple[np.ndarray, np.ndarray]:
    """z of the days after the baseline against it, and the baseline medians."""
    baseline = series[:, :baseline_days].astype(np.float64)
    tested = series[:, baseline_days:].astype(np.float64)
    median = np.median(baseline, axis=1)
    mad = np.median(np.abs(baseline - median[:, None]), axis=1)
    spread = np.maximum(MAD_SCALE * mad, MIN_SPREAD)
    return (tested - median[:, None]) / spread[:, None], median


@dataclass(frozen=True)
class SeriesPlan:
    start: dt.date
    baseline: int
    tested: int


def plan(inputs: Inputs) -> SeriesPlan | None:
    """The days the spike rules need, or None when no pack in force has one."""
    rules = list(groups(inputs, "order_spike"))
    if not rules or not len(inputs):
        return None
    baseline = max(rule.window_days or 28 for _, rule, _ in rules)
    tested = max(int(rule.param("test_days", 1)) for _, rule, _ in rules)
    return SeriesPlan(inputs.latest - dt.timedelta(days=baseline + tested), baseline, tested)


def read_series(conn: Connection, inputs: Inputs, series: SeriesPlan) -> dict[str, np.ndarray]:
    return day_matrix(conn, inputs, series.start, series.baseline + series.tested,
                      ("orders", "visitors"))


def order_spikes(inputs: Inputs, series: SeriesPlan | None,
                 matrix: dict[str, np.ndarray] | None) -> list[Candidate]:
    if series is None or matrix is None:
        return []
    rules = list(groups(inputs, "order_spike"))
    start, baseline = series.start, series.baseline
    orders_z, median = robust_z(matrix["orders"], baseline)
    visitors_z, _ = robust_z(matrix["visitors"], baseline)
    out: list[Candidate] = []
    for pack, rule, members in rules:
        calm = visitors_z[members] < float(rule.param("visitors_z_below", 2.0))
        z = np.where(calm, orders_z[members], -np.inf)
        worst = z.max(axis=1)
        worst[~np.isfinite(worst)] = np.nan
        history = matrix["orders"][members, :baseline].sum(axis=1)
        # No baseline to judge against: too few orders, or a shop that sells on fewer than
        # half of its days (a median of 0), where any busy day looks like a jump.
        worst[(history < (rule.min_volume or 0)) | (median[members] < 1)] = np.nan
        hit, threshold = grade(worst, rule.levels)
        for i in np.nonzero(hit >= 0)[0].tolist():
            pos = int(members[i])
            days = [(start + dt.timedelta(days=baseline + d + 1)).isoformat()
                    for d in np.nonzero(z[i] > threshold[i])[0].tolist()]
            last = matrix["orders"][pos, baseline:]
            out.append(Candidate(
                str(inputs.seller_ids[pos]), "order_spike", rule.kind,
                rule.levels[int(hit[i])].severity, "orders_robust_z", round(float(worst[i]), 2),
                float(threshold[i]), rule.window_days, pack.pack_id,
                evidence={"days": days, "orders": last.tolist(),
                          "visitors": matrix["visitors"][pos, baseline:].tolist(),
                          "baseline_median_orders": float(median[pos])},
                message_args={"days": ", ".join(days), "value_z": f"{worst[i]:.1f}",
                              "visitors_z": f"{visitors_z[pos].max():.1f}",
                              "median": number(float(median[pos])),
                              "window_days": rule.window_days},
                value_at_stake=int(inputs.window(30)["gmv"][pos])))
    return out
