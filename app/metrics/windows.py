"""Derived metrics (the contract's section 6) over any window, for the whole portfolio.

A window of N days ends on the latest date present in the portfolio's metrics; days without
a row count as zero. Every rate is a ratio of sums of the daily rows, and a denominator
below the metric's minimum volume is "not enough data" (NaN here, None for callers), which
is not zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection

from db.repositories import flag_inputs

# metric -> (numerator column, denominator column)
RATIOS: dict[str, tuple[str, str]] = {
    "late_dispatch_rate": ("late_dispatched_orders", "shipped_orders"),
    "cancellation_rate": ("seller_cancelled_orders", "orders"),
    "on_time_delivery_rate": ("on_time_deliveries", "delivered_orders"),
    "return_rate": ("seller_fault_returns", "delivered_orders"),
    "negative_review_rate": ("negative_reviews", "delivered_orders"),
    "im_response_rate": ("im_replied_12h", "im_conversations"),
    "conversion_rate": ("orders", "visitors"),
    "content_share": ("content_gmv", "gmv"),
}
# Rates for which the event counted above is also counted below (a late dispatch is a
# shipped order); "how many more" then grows both sides.
NUMERATOR_IN_DENOMINATOR = frozenset({"late_dispatch_rate", "cancellation_rate",
                                      "conversion_rate"})
# Rates where a lower value is the worse one; "how many more" then counts failures.
LOWER_IS_WORSE = frozenset({"on_time_delivery_rate", "im_response_rate"})
COLUMNS = tuple(flag_inputs.WINDOW_COLUMNS)


def window_start(end: dt.date, days: int) -> dt.date:
    """The exclusive start: the window is start < date <= end."""
    return end - dt.timedelta(days=days)


@dataclass(frozen=True)
class WindowSums:
    """Sums of the daily columns over one window, aligned with `seller_ids`."""

    end: dt.date
    days: int
    seller_ids: np.ndarray  # sorted str array
    sums: dict[str, np.ndarray]  # column -> int64 per seller (0 without rows)

    def __getitem__(self, column: str) -> np.ndarray:
        return self.sums[column]

    def rate(self, metric: str, min_volume: float = 1) -> np.ndarray:
        """numerator / denominator per seller; NaN below `min_volume` (or a zero
        denominator): not enough data."""
        numerator, denominator = RATIOS[metric]
        num = self.sums[numerator].astype(np.float64)
        den = self.sums[denominator].astype(np.float64)
        enough = den >= max(min_volume, 1)
        out = np.full(num.shape, np.nan)
        np.divide(num, den, out=out, where=enough)
        return out


def align(seller_ids: np.ndarray, records: Sequence[tuple[Any, ...]], width: int
          ) -> np.ndarray:
    """Records (seller_id, v1..vwidth) sorted by id, as a (sellers, width) int64 matrix with
    zeros for sellers without a record."""
    out = np.zeros((len(seller_ids), width), dtype=np.int64)
    if not records:
        return out
    ids = np.array([r[0] for r in records])
    values = np.array([r[1:] for r in records], dtype=object)
    values[values == None] = 0  # noqa: E711 - elementwise comparison on an object array
    positions = np.searchsorted(seller_ids, ids)
    found = (positions < len(seller_ids))
    found[found] = seller_ids[positions[found]] == ids[found]
    out[positions[found]] = values[found].astype(np.int64)
    return out


def load_window(conn: Connection, seller_ids: np.ndarray, end: dt.date, days: int,
                columns: Sequence[str] = COLUMNS,
                subset: Sequence[str] | None = None) -> WindowSums:
    """Sums over (end - days, end] by one GROUP BY over the daily rows."""
    packed = flag_inputs.window_sums(conn, window_start(end, days).isoformat(),
                                     end.isoformat(), columns, subset)
    sums = {c: np.zeros(len(seller_ids), dtype=np.int64) for c in columns}
    if packed is not None:
        ids = np.array(packed[0].split(flag_inputs.SEPARATOR))
        positions = np.searchsorted(seller_ids, ids)
        found = positions < len(seller_ids)
        found[found] = seller_ids[positions[found]] == ids[found]
        for column, text in zip(columns, packed[1:], strict=True):
            sums[column][positions[found]] = np.fromstring(text, dtype=np.int64,
                                                           sep=",")[found]
    return WindowSums(end, days, seller_ids, sums)


def day_matrix(conn: Connection, seller_ids: np.ndarray, start: dt.date, days: int,
               columns: Sequence[str], subset: Sequence[str] | None = None
               ) -> dict[str, np.ndarray]:
    """column -> (sellers, days) int64 for start < date <= start + days, rows aligned with
    `seller_ids` (all active sellers, or only `subset`: both sorted); 0 for a day without
    a row."""
    end = start + dt.timedelta(days=days)
    packed = flag_inputs.daily_series(conn, start.isoformat(), end.isoformat(), columns,
                                      subset)
    out = {c: np.zeros((len(seller_ids), days), dtype=np.int64) for c in columns}
    if packed is None:
        return out
    ids = np.array(packed[0].split(flag_inputs.SEPARATOR))
    rows = np.searchsorted(seller_ids, ids)
    row_of_value = np.repeat(rows, _integers(packed[1]))
    offsets = _integers(packed[2]) - 1
    for j, column in enumerate(columns, start=3):
        out[column][row_of_value, offsets] = _integers(packed[j])
    return out


def _integers(text: str) -> np.ndarray:
    """Comma-separated integers, parsed in C (ten times faster than split and convert)."""
    return np.fromstring(text, dtype=np.int64, sep=",")


def growth(current: np.ndarray, previous: np.ndarray) -> np.ndarray:
    """current / previous - 1, NaN when the earlier sum is 0; computed as
    (current - previous) / previous, which is exact where the subtraction after a division
    is not (3,900 against 3,000 gives 0.3, not 0.30000000000000004)."""
    out = np.full(current.shape, np.nan)
    np.divide((current - previous).astype(np.float64), previous, out=out,
              where=previous != 0)
    return out
