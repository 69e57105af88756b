"""Everything the seller page shows, read from the cache (no Qt, no network).

Windows end on the portfolio's latest metrics date, not on today: a cache synced yesterday
still shows full windows. Derived metrics are ratios of sums, never averages of daily
rates; below a metric's minimum volume the value is NOT_ENOUGH_DATA, which is not zero.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, Engine

from app.promotions import Promotion, promotion_days
from db.engine import known_cache_errors
from db.repositories import portfolio_daily, seller_detail
from db.repositories.portfolio_daily import RATE_WINDOW_DAYS, RATES
from db.units import MONEY_SCALE

if TYPE_CHECKING:
    # numpy costs 0.1 s to import: loaded when a seller is opened or medians refreshed.
    import numpy as np

HEALTH_WINDOW_DAYS = 30
CHART_RANGES = (7, 30, 90, 365)
CHART_RATES = tuple(name for name, _num, _den in RATES)


class NotEnoughData(enum.Enum):
    """Below the metric's minimum volume: shown and treated differently from zero."""

    NOT_ENOUGH_DATA = "not_enough_data"


NOT_ENOUGH_DATA: Final = NotEnoughData.NOT_ENOUGH_DATA

# metric -> (numerator columns, denominator column, minimum denominator). The minimums are
# the default rule pack's; conversion and content share only need something to divide by.
HEALTH_METRICS: dict[str, tuple[tuple[str, ...], str, int]] = {
    "late_dispatch_rate": (("late_dispatched_orders",), "shipped_orders", 30),
    "cancellation_rate": (("seller_cancelled_orders",), "orders", 30),
    "on_time_delivery_rate": (("on_time_deliveries",), "delivered_orders", 30),
    "return_rate": (("seller_fault_returns",), "delivered_orders", 100),
    "negative_review_rate": (("negative_reviews",), "delivered_orders", 100),
    "im_response_rate": (("im_replied_12h",), "im_conversations", 20),
    "conversion_rate": (("orders",), "visitors", 1),
    "content_share": (("live_gmv", "video_gmv"), "gmv", 1),
}


@dataclass(frozen=True)
class Contact:
    name: str | None
    phone: str | None
    email: str | None
    im_handle: str | None
    preferred_channel: str | None
    language: str | None


@dataclass(frozen=True)
class Health:
    """The platform's scores; None is "no score yet", not a low score."""

    sps: Decimal | None
    ahr: int | None
    violation_points: int | None


@dataclass(frozen=True)
class SellerProfile:
    seller_id: str
    shop_name: str
    shop_code: str
    marketplace: str
    region: str
    category: str
    tier: str
    status: str
    currency: str
    timezone: str
    onboarded_on: str | None
    assigned: bool
    contact: Contact
    health: Health


@dataclass(frozen=True)
class Ratio:
    metric: str
    value: float | NotEnoughData
    numerator: int
    denominator: int
    minimum: int  # of the denominator


@dataclass(frozen=True)
class HealthNumbers:
    as_of: str | None
    window_days: int
    ratios: dict[str, Ratio]  # in HEALTH_METRICS order
    violation_points: int  # active violations' points, from the violations feed
    gmv: int  # ten-thousandths over the window
    orders: int


@dataclass(frozen=True)
class ChartSeries:
    """One value per day of the window; rates are trailing ratios of sums over
    `rate_window_days` (NaN where there was nothing to divide)."""

    seller_id: str
    currency: str
    dates: list[dt.date]
    gmv: np.ndarray  # currency units
    orders: np.ndarray
    rates: dict[str, np.ndarray]
    rate_window_days: int = RATE_WINDOW_DAYS
    promotions: list[Promotion] = field(default_factory=list)

    def last(self, days: int) -> ChartSeries:
        """The same series cut to its last `days` days."""
        cut = slice(max(0, len(self.dates) - days), None)
        first = self.dates[cut][0] if self.dates[cut] else None
        return ChartSeries(
            self.seller_id, self.currency, self.dates[cut], self.gmv[cut], self.orders[cut],
            {k: v[cut] for k, v in self.rates.items()}, self.rate_window_days,
            [p for p in self.promotions if first is not None and p.day >= first])


@dataclass(frozen=True)
class MedianSeries:
    """Portfolio medians on the same days (NaN where none was computed)."""

    dates: list[dt.date]
    gmv: np.ndarray  # currency units, among sellers of the asked currency
    orders: np.ndarray
    rates: dict[str, np.ndarray]

    def last(self, days: int) -> MedianSeries:
        cut = slice(max(0, len(self.dates) - days), None)
        return MedianSeries(self.dates[cut], self.gmv[cut], self.orders[cut],
                            {k: v[cut] for k, v in self.rates.items()})


@dataclass(frozen=True)
class ProgramItem:
    program_id: str
    name: str | None  # None: no longer in the catalog
    description: str | None
    active: bool
    status: str | None  # invited | applied | enrolled | rejected | withdrawn; None: not yet
    criteria: list[dict[str, Any]]


@dataclass(frozen=True)
class SellerDetail:
    profile: SellerProfile
    health: HealthNumbers
    series: ChartSeries
    median: MedianSeries
    violations: list[dict[str, Any]]
    programs: list[ProgramItem]
    as_of: str | None


def _window(as_of: str | None, days: int) -> tuple[str, str] | None:
    if as_of is None:
        return None
    last = dt.date.fromisoformat(as_of)
    return (last - dt.timedelta(days=days - 1)).isoformat(), as_of


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text is not None else None
    except InvalidOperation:
        return None


def _trailing(values: np.ndarray, window: int) -> np.ndarray:
    import numpy as np
    sums = np.cumsum(values)
    sums[window:] = sums[window:] - sums[:-window]
    return sums


class SellerDetailService:
    """Each public method opens its own short read; `load` does all of them in one."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def load(self, seller_id: str, days: int = max(CHART_RANGES)) -> SellerDetail | None:
        """The whole page from one read transaction (one snapshot); None if unknown."""
        with known_cache_errors(), self.engine.connect() as conn:
            profile = self._profile(conn, seller_id)
            if profile is None:
                return None
            return SellerDetail(
                profile, self._health_numbers(conn, seller_id, HEALTH_WINDOW_DAYS),
                self._series(conn, seller_id, days),
                self._portfolio_median(conn, days, profile.currency),
                seller_detail.violations(conn, seller_id), self._programs(conn, seller_id),
                seller_detail.latest_date(conn))

    def profile(self, seller_id: str) -> SellerProfile | None:
        with self.engine.connect() as conn:
            return self._profile(conn, seller_id)

    def health_numbers(self, seller_id: str,
                       window_days: int = HEALTH_WINDOW_DAYS) -> HealthNumbers:
        with self.engine.connect() as conn:
            return self._health_numbers(conn, seller_id, window_days)

    def series(self, seller_id: str, days: int) -> ChartSeries:
        with self.engine.connect() as conn:
            return self._series(conn, seller_id, days)

    def portfolio_median(self, days: int, currency: str | None = None) -> MedianSeries:
        """Medians per day of the window; GMV only among `currency`'s sellers."""
        with self.engine.connect() as conn:
            return self._portfolio_median(conn, days, currency)

    def violations(self, seller_id: str) -> list[dict[str, Any]]:
        """Active first, then newest first."""
        with self.engine.connect() as conn:
            return seller_detail.violations(conn, seller_id)

    def programs(self, seller_id: str) -> list[ProgramItem]:
        with self.engine.connect() as conn:
            return self._programs(conn, seller_id)

    @staticmethod
    def _profile(conn: Connection, seller_id: str) -> SellerProfile | None:
        row = seller_detail.seller(conn, seller_id)
        if row is None:
            return None
        contact = Contact(row["contact_name"], row["contact_phone"], row["contact_email"],
                          row["contact_im_handle"], row["contact_preferred_channel"],
                          row["contact_language"])
        health = Health(_decimal(row["health_sps"]), row["health_ahr"],
                        row["health_violation_points"])
        return SellerProfile(
            row["seller_id"], row["shop_name"], row["shop_code"], row["marketplace"],
            row["region"], row["category"], row["tier"], row["status"], row["currency"],
            row["timezone"], row["onboarded_on"], bool(row["assigned"]), contact, health)

    @staticmethod
    def _health_numbers(conn: Connection, seller_id: str, window_days: int) -> HealthNumbers:
        as_of = seller_detail.latest_date(conn)
        window = _window(as_of, window_days)
        sums = (seller_detail.window_sums(conn, seller_id, *window) if window
                else dict.fromkeys(seller_detail.SUM_COLUMNS, 0))
        ratios = {}
        for metric, (numerators, denominator, minimum) in HEALTH_METRICS.items():
            num = sum(sums[c] for c in numerators)
            den = sums[denominator]
            value = num / den if den >= minimum and den > 0 else NOT_ENOUGH_DATA
            ratios[metric] = Ratio(metric, value, num, den, minimum)
        return HealthNumbers(as_of, window_days, ratios,
                             seller_detail.active_violation_points(conn, seller_id),
                             sums["gmv"], sums["orders"])

    @staticmethod
    def _series(conn: Connection, seller_id: str, days: int) -> ChartSeries:
        import numpy as np
        seller = seller_detail.seller(conn, seller_id)
        window = _window(seller_detail.latest_date(conn), days)
        if window is None or seller is None:
            return ChartSeries(seller_id, seller["currency"] if seller else "", [],
                               np.zeros(0), np.zeros(0, np.int64),
                               {name: np.zeros(0) for name in CHART_RATES})
        lead = RATE_WINDOW_DAYS - 1
        first = dt.date.fromisoformat(window[0])
        read_from = (first - dt.timedelta(days=lead)).isoformat()
        offsets, columns = seller_detail.daily(conn, seller_id, read_from, window[1])
        dense: dict[str, np.ndarray] = {}
        for name, values in columns.items():
            dense[name] = np.zeros(days + lead, dtype=np.int64)  # no row counts as zero
            dense[name][offsets] = values
        rates = {}
        for name, numerator, denominator in RATES:
            num = _trailing(dense[numerator], RATE_WINDOW_DAYS)[lead:]
            den = _trailing(dense[denominator], RATE_WINDOW_DAYS)[lead:]
            rates[name] = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)
        dates = [first + dt.timedelta(days=k) for k in range(days)]
        return ChartSeries(seller_id, seller["currency"], dates,
                           dense["gmv"][lead:] / MONEY_SCALE, dense["orders"][lead:], rates,
                           RATE_WINDOW_DAYS,
                           promotion_days(dates[0], dates[-1], seller["region"]))

    @staticmethod
    def _portfolio_median(conn: Connection, days: int, currency: str | None) -> MedianSeries:
        import numpy as np
        window = _window(seller_detail.latest_date(conn), days)
        if window is None:
            return MedianSeries([], np.zeros(0), np.zeros(0),
                                {name: np.zeros(0) for name in CHART_RATES})
        rows = portfolio_daily.read(conn, *window, currency or "")
        first = dt.date.fromisoformat(window[0])
        dates = [first + dt.timedelta(days=k) for k in range(days)]
        columns = {name: np.full(days, np.nan) for name in ("gmv", "orders", *CHART_RATES)}
        for row in rows:
            k = (dt.date.fromisoformat(row.date) - first).days
            for name, array in columns.items():
                value = getattr(row, name)
                if value is not None:
                    array[k] = value / MONEY_SCALE if name == "gmv" else value
        return MedianSeries(dates, columns["gmv"], columns["orders"],
                            {name: columns[name] for name in CHART_RATES})

    @staticmethod
    def _programs(conn: Connection, seller_id: str) -> list[ProgramItem]:
        row = seller_detail.seller(conn, seller_id)
        if row is None:
            return []
        return [ProgramItem(p["program_id"], p["name"], p["description"], p["active"],
                            p["status"], p["criteria"])
                for p in seller_detail.programs(conn, seller_id, row["marketplace"])]
