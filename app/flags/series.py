"""One seller's trailing-window metric per day, for the seller page's chart with its
threshold lines: numpy over that seller's own rows only."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import Engine

from app.errors import UsageError
from app.flags.packset import PackSet
from app.metrics.windows import LOWER_IS_WORSE, RATIOS
from db.repositories import flag_inputs
from db.repositories import flags as flag_repo

if TYPE_CHECKING:
    from app.flags.service import MetricSeries


def trailing_sums(values: np.ndarray, window_days: int) -> np.ndarray:
    """Sum of each day and the window_days - 1 days before it (the first window_days - 1
    entries of `values` are history only and are dropped)."""
    cumulative = np.concatenate(([0], np.cumsum(values)))
    return cumulative[window_days:] - cumulative[:-window_days]


def series_for(engine: Engine, packs: PackSet, seller_id: str, metric: str,
               window_days: int, days: int, today: dt.date) -> MetricSeries:
    from app.flags.service import MetricSeries

    if metric not in RATIOS:
        raise UsageError(f"No daily series for {metric}; one of: {', '.join(RATIOS)}.")
    if window_days < 1 or days < 1:
        raise UsageError("The window and the number of days must be at least 1.")
    numerator, denominator = RATIOS[metric]
    with engine.connect() as conn:
        latest_text = flag_inputs.latest_metrics_date(conn)
        scope = flag_repo.seller_scope(conn, seller_id)
        if latest_text is None or scope is None:
            return MetricSeries(metric, window_days, [], [], {}, metric not in LOWER_IS_WORSE)
        latest = dt.date.fromisoformat(latest_text)
        span = days + window_days - 1
        start = latest - dt.timedelta(days=span)
        rows = flag_inputs.seller_days(conn, seller_id, start.isoformat(), latest_text,
                                       (numerator, denominator))
    pack = packs.select(*scope, today)
    rule = next((r for r in pack.rules.values() if r.metric == metric and r.enabled), None)
    minimum = max(rule.min_volume or 1, 1) if rule else 1
    daily = np.zeros((2, span), dtype=np.int64)
    if rows:
        offsets = (np.array([r[0] for r in rows], dtype="datetime64[D]")
                   - np.datetime64(start.isoformat(), "D")).astype(np.int64) - 1
        daily[:, offsets] = np.array([r[1:] for r in rows], dtype=np.int64).T
    num, den = trailing_sums(daily[0], window_days), trailing_sums(daily[1], window_days)
    values = [None if d < minimum else n / d for n, d in zip(num.tolist(), den.tolist(),
                                                             strict=True)]
    dates = [(latest - dt.timedelta(days=days - 1 - i)).isoformat() for i in range(days)]
    thresholds = {lv.severity: lv.value for lv in rule.levels} if rule else {}
    return MetricSeries(metric, window_days, dates, values, thresholds,
                        metric not in LOWER_IS_WORSE)
