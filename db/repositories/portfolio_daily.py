"""Per-day portfolio medians (portfolio_daily): refreshed after a sync, read by the charts.

A median cannot be summed, so the window is read into numpy: one row per seller with each
column as a `group_concat` string (row by row, Python objects alone cost ~5 s for a year of
10,000 sellers). Measured on 10,000 sellers x 730 days, 2 cores: a full year ~6 s, which
only a first or a full sync needs; a daily sync recomputes just the dates its metric pages
touched (`mark_dirty`, called by the metrics page store), ~0.4 s for a new day and a
restated week.

A day's median counts every seller in the cache with a row that day, whether or not it is
still assigned: the portfolio's past stays what it was when a seller moves to a colleague
(about one a day in a large portfolio), and a daily sync never has to redo a whole year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from db.repositories.sync_state import get_meta, set_meta

if TYPE_CHECKING:
    # numpy costs 0.1 s to import: loaded when a seller is opened or medians refreshed.
    import numpy as np

MEDIAN_DAYS = 365
# Rates are trailing ratios of sums over this many days, as the seller charts draw them.
RATE_WINDOW_DAYS = 7
ALL_CURRENCIES = "*"
CHUNK_DAYS = 92
AS_OF_KEY = "portfolio_daily_as_of"
# Earliest metrics date stored since the last refresh; "" once refreshed. Absent means no
# one tracks pages, and only a full refresh is safe.
DIRTY_FROM_KEY = "portfolio_daily_dirty_from"

# (column of portfolio_daily, numerator, denominator) in daily_metrics.
RATES: tuple[tuple[str, str, str], ...] = (
    ("late_dispatch_rate", "late_dispatched_orders", "shipped_orders"),
    ("cancellation_rate", "seller_cancelled_orders", "orders"),
    ("return_rate", "seller_fault_returns", "delivered_orders"),
    ("negative_review_rate", "negative_reviews", "delivered_orders"),
)
_COUNTS = ("gmv", "orders", "shipped_orders", "late_dispatched_orders",
           "seller_cancelled_orders", "delivered_orders", "seller_fault_returns",
           "negative_reviews")
MEDIAN_COLUMNS = ("sellers", "gmv", "orders", *(rate for rate, _n, _d in RATES))

_LOAD_SQL = (
    "SELECT s.currency, count(*), group_concat(CAST(julianday(m.date) - julianday(:first) "
    "AS INTEGER)), " + ", ".join(f"group_concat(m.{c})" for c in _COUNTS) + " "
    "FROM sellers s JOIN daily_metrics m ON m.seller_id = s.seller_id "
    "AND m.date >= :first AND m.date <= :last GROUP BY s.seller_id"
)
_INSERT_SQL = (
    f"INSERT OR REPLACE INTO portfolio_daily (date, currency, {', '.join(MEDIAN_COLUMNS)}) "
    f"VALUES (?, ?, {', '.join('?' * len(MEDIAN_COLUMNS))})"
)


@dataclass(frozen=True)
class RefreshStats:
    first: str | None  # first recomputed date; None when nothing needed it
    last: str
    full: bool
    rows: int


def mark_dirty(conn: Connection, earliest_date: str) -> None:
    """Call in a metrics page's transaction with the page's earliest date."""
    conn.exec_driver_sql(
        "INSERT INTO cache_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
        "value = CASE WHEN cache_meta.value = '' THEN excluded.value "
        "ELSE min(cache_meta.value, excluded.value) END",
        (DIRTY_FROM_KEY, earliest_date),
    )


def _day(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def refresh(conn: Connection, as_of: str) -> RefreshStats:
    """Bring the medians of the MEDIAN_DAYS ending on `as_of` up to date."""
    start = _day(as_of, -(MEDIAN_DAYS - 1))
    previous = get_meta(conn, AS_OF_KEY)
    dirty = get_meta(conn, DIRTY_FROM_KEY)
    full = previous is None or previous > as_of or dirty is None
    # Days after the last refresh are new whether or not a page named them.
    first = start if full else max(
        start, min(dirty or _day(as_of, 1), _day(previous or as_of, 1)))
    conn.exec_driver_sql(
        "DELETE FROM portfolio_daily WHERE date < ? OR date > ? OR date >= ?",
        (start, as_of, first))
    rows = compute(conn, first, as_of) if first <= as_of else []
    if rows:
        conn.exec_driver_sql(_INSERT_SQL, rows)  # type: ignore[arg-type]
    set_meta(conn, AS_OF_KEY, as_of)
    if dirty is not None:
        set_meta(conn, DIRTY_FROM_KEY, "")
    return RefreshStats(first if first <= as_of else None, as_of, full, len(rows))


class _Window:
    """One (seller x day) window of daily rows, parsed column by column to bound memory."""

    def __init__(self, conn: Connection, first: str, last: str) -> None:
        import numpy as np
        self.days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
        self._groups = conn.exec_driver_sql(_LOAD_SQL, {"first": first, "last": last}).all()
        self.currencies = np.array([g[0] for g in self._groups], dtype=object)
        counts = np.array([g[1] for g in self._groups], dtype=np.int64)
        self._seller = np.repeat(np.arange(len(self._groups)), counts)
        self._offset = self._column(2)
        self.present = np.zeros((len(self._groups), self.days), dtype=bool)
        self.present[self._seller, self._offset] = True

    def _column(self, index: int) -> np.ndarray:
        import numpy as np
        text = ",".join(g[index] for g in self._groups)
        return np.fromstring(text, dtype=np.int64, sep=",") if text else np.empty(0, np.int64)

    def dense(self, name: str) -> np.ndarray:
        # Days without a row stay zero, as the contract counts them.
        import numpy as np
        values = np.zeros((len(self._groups), self.days), dtype=np.int64)
        values[self._seller, self._offset] = self._column(3 + _COUNTS.index(name))
        return values


def _trailing(values: np.ndarray, window: int) -> np.ndarray:
    import numpy as np
    sums = np.cumsum(values, axis=1)
    sums[:, window:] -= sums[:, :-window].copy()
    return sums


def _median(values: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Median per day (column) over the rows where `keep`; NaN for a day with none."""
    import numpy as np
    masked = np.where(keep, values, np.nan).T.copy()  # rows contiguous: nanmedian is faster
    out = np.full(values.shape[1], np.nan)
    has_any = keep.any(axis=0)
    if has_any.any():
        out[has_any] = np.nanmedian(masked[has_any], axis=1)
    return out


def compute(conn: Connection, first: str, last: str) -> list[tuple[object, ...]]:
    """Rows of portfolio_daily for the dates first..last (nothing is written).

    A quarter at a time: a year of 10,000 sellers at once would hold ~400 MB of strings and
    arrays, a quarter a fourth of that, for the same total time.
    """
    rows: list[tuple[object, ...]] = []
    start = first
    while start <= last:
        end = min(last, _day(start, CHUNK_DAYS - 1))
        rows += _compute_chunk(conn, start, end)
        start = _day(end, 1)
    return rows


def _compute_chunk(conn: Connection, first: str, last: str) -> list[tuple[object, ...]]:
    import numpy as np
    lead = RATE_WINDOW_DAYS - 1
    window = _Window(conn, _day(first, -lead), last)
    if not len(window.currencies):
        return []
    present = window.present[:, lead:]
    everyone: dict[str, np.ndarray] = {
        "gmv": np.full(present.shape[1], np.nan),
        "orders": _median(window.dense("orders")[:, lead:], present),
    }
    for name, numerator, denominator in RATES:
        den = _trailing(window.dense(denominator), RATE_WINDOW_DAYS)[:, lead:]
        num = _trailing(window.dense(numerator), RATE_WINDOW_DAYS)[:, lead:]
        defined = den > 0
        everyone[name] = _median(num / np.where(defined, den, 1), present & defined)
        del num, den
    groups: list[tuple[str, np.ndarray, dict[str, np.ndarray]]] = [
        (ALL_CURRENCIES, present.sum(axis=0), everyone)]
    gmv = window.dense("gmv")[:, lead:]
    for currency in sorted(set(window.currencies.tolist())):
        members = window.currencies == currency
        here = present[members]
        groups.append((str(currency), here.sum(axis=0), {"gmv": _median(gmv[members], here)}))
    dates = [_day(first, k) for k in range(present.shape[1])]
    rows: list[tuple[object, ...]] = []
    for currency, sellers, medians in groups:
        for k, date in enumerate(dates):
            if sellers[k]:
                rows.append((date, currency, int(sellers[k]), *(
                    _plain(medians[c][k], integer=c == "gmv") if c in medians else None
                    for c in MEDIAN_COLUMNS[1:])))
    return rows


def _plain(value: float, *, integer: bool = False) -> float | int | None:
    import numpy as np
    if np.isnan(value):
        return None
    return round(float(value)) if integer else float(value)


@dataclass(frozen=True)
class MedianRow:
    date: str
    sellers: int
    gmv: int | None  # of the asked currency's sellers
    orders: float | None
    late_dispatch_rate: float | None
    cancellation_rate: float | None
    return_rate: float | None
    negative_review_rate: float | None


def read(conn: Connection, first: str, last: str, currency: str) -> list[MedianRow]:
    """Medians per date: GMV among `currency`'s sellers, the rest over all sellers."""
    rows = conn.exec_driver_sql(
        "SELECT a.date, a.sellers, c.gmv, a.orders, a.late_dispatch_rate, "
        "a.cancellation_rate, a.return_rate, a.negative_review_rate FROM portfolio_daily a "
        "LEFT JOIN portfolio_daily c ON c.date = a.date AND c.currency = ? "
        "WHERE a.currency = ? AND a.date >= ? AND a.date <= ? ORDER BY a.date",
        (currency, ALL_CURRENCIES, first, last)).all()
    return [MedianRow(*row) for row in rows]
