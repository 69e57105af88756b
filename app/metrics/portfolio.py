"""Derived metrics for the whole portfolio, for screens and reports: one query a window."""

from __future__ import annotations

import datetime as dt

import numpy as np
from sqlalchemy import Engine

from app.errors import UsageError
from app.metrics.benchmarks import CategoryBenchmark, category_benchmarks
from app.metrics.windows import RATIOS, WindowSums, load_window
from db.repositories import flag_inputs


def portfolio_window(engine: Engine, days: int) -> tuple[np.ndarray, WindowSums] | None:
    """(active sellers' (category, marketplace) columns, their window sums), or None before
    the first metrics arrive."""
    with engine.connect() as conn:
        latest = flag_inputs.latest_metrics_date(conn)
        rows = flag_inputs.active_sellers(conn)
        if latest is None or not rows:
            return None
        ids = np.array([r[0] for r in rows], dtype=str)
        scope = np.array([(r[5], r[3]) for r in rows], dtype=str)
        return scope, load_window(conn, ids, dt.date.fromisoformat(latest), days)


def metric_benchmarks(engine: Engine, metric: str, days: int = 30, min_volume: float = 1
                      ) -> list[CategoryBenchmark]:
    """Median and quartiles of a rate per category and marketplace, over active sellers
    with at least `min_volume` in its denominator."""
    if metric not in RATIOS:
        raise UsageError(f"No benchmark for {metric}; one of: {', '.join(RATIOS)}.")
    loaded = portfolio_window(engine, days)
    if loaded is None:
        return []
    scope, window = loaded
    return category_benchmarks((scope[:, 0], scope[:, 1]), window.rate(metric, min_volume))
