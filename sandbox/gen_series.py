"""The daily-series model: traffic and orders per seller per day, and the counts behind them.

Every count is drawn from the one it depends on (binomial thinning), so each row is
consistent by construction: late <= shipped <= orders, on-time <= delivered, and so on.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from sandbox.gen_profiles import REGIONS, SellerProfile
from sandbox.schema import METRIC_MONEY_FIELDS

# Monday..Sunday: weekend evenings are when social-commerce audiences shop.
WEEKLY = np.array([0.96, 0.94, 0.95, 0.98, 1.02, 1.09, 1.06])
# Share of a day's shipments delivered (and so reviewable, returnable) by lag 0, 1, ... 6;
# complete from a week on. Recent days look immature and are restated as deliveries land.
MATURITY = np.array([0.35, 0.55, 0.7, 0.8, 0.88, 0.94, 0.98, 1.0])
MONEY_FIELDS = METRIC_MONEY_FIELDS  # gmv first, then its LIVE, video and affiliate parts, ad spend
_SMALL = 100_000  # numbers below this are formatted by table lookup

Factor = tuple[float, float]  # (traffic multiplier, conversion multiplier)


def _fourth_friday_of_november(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7 + 21)


def promo_days(year: int, group: str) -> dict[dt.date, Factor]:
    """The campaign calendar: double days in South-East Asia, Black Friday in the West."""
    black_friday = _fourth_friday_of_november(year)
    days: dict[dt.date, Factor] = {}
    if group == "sea":
        doubles = {6: (1.3, 1.15), 7: (1.3, 1.15), 8: (1.35, 1.15), 9: (1.7, 1.3),
                   10: (1.8, 1.35), 11: (2.4, 1.6), 12: (2.0, 1.45)}
        for month, factor in doubles.items():
            day = dt.date(year, month, month)
            days[day - dt.timedelta(days=1)] = (1.25, 0.95)  # pre-heat: browsing, carts filled
            days[day] = factor
        days[black_friday] = (1.3, 1.1)
    else:
        days[dt.date(year, 11, 11)] = (1.3, 1.15)
        days[dt.date(year, 12, 12)] = (1.2, 1.1)
        days[black_friday - dt.timedelta(days=1)] = (1.3, 1.0)
        days[black_friday] = (2.2, 1.5)
        days[black_friday + dt.timedelta(days=1)] = (1.4, 1.15)
        days[black_friday + dt.timedelta(days=2)] = (1.4, 1.15)
        days[black_friday + dt.timedelta(days=3)] = (1.9, 1.35)  # Cyber Monday
    return days


def season(dates: np.ndarray) -> np.ndarray:
    """Q4 build-up peaking early December, and the January lull."""
    doy = (dates - dates.astype("datetime64[Y]")).astype(np.int64).astype(float)
    peak = np.minimum(np.abs(doy - 340), 365 - np.abs(doy - 340))
    lull = np.minimum(np.abs(doy - 15), 365 - np.abs(doy - 15))
    return 1.0 + 0.25 * np.exp(-((peak / 35) ** 2)) - 0.12 * np.exp(-((lull / 14) ** 2))


@dataclass(frozen=True)
class Calendar:
    """Per-day factors for the business days start .. start + days - 1."""

    start: dt.date
    days: int
    weekday: np.ndarray
    season: np.ndarray
    promo_traffic: dict[str, np.ndarray]
    promo_conv: dict[str, np.ndarray]


def build_calendar(start: dt.date, days: int) -> Calendar:
    dates = np.datetime64(start, "D") + np.arange(days)
    weekday = (dates.astype(np.int64) + 3) % 7  # 1970-01-01 was a Thursday
    traffic: dict[str, np.ndarray] = {}
    conv: dict[str, np.ndarray] = {}
    for group in ("west", "sea"):
        traffic[group] = np.ones(days)
        conv[group] = np.ones(days)
        last = start + dt.timedelta(days=days - 1)
        for year in range(start.year, last.year + 1):
            for day, (t_factor, c_factor) in promo_days(year, group).items():
                offset = (day - start).days
                if 0 <= offset < days:
                    traffic[group][offset] = t_factor
                    conv[group][offset] = c_factor
    return Calendar(start, days, weekday, season(dates), traffic, conv)


def _clip01(x: np.ndarray | float) -> np.ndarray:
    return np.clip(x, 0.0, 1.0)


def draw_counts(rng: np.random.Generator, orders: np.ndarray, visitors: np.ndarray,
                rates: Mapping[str, np.ndarray | float], maturity: np.ndarray | float,
                ) -> dict[str, np.ndarray]:
    """Every count of a metrics row from orders and visitors, by binomial thinning."""
    cancelled = rng.binomial(orders, _clip01(rates["cancel"]))
    shipped = rng.binomial(orders - cancelled, _clip01(rates["ship"]))
    delivered = rng.binomial(shipped, _clip01(np.multiply(rates["deliver"], maturity)))
    reviews = rng.binomial(delivered, _clip01(rates["review"]))
    negative_share = np.divide(rates["negative"], np.maximum(rates["review"], 1e-9))
    conversations = rng.poisson(np.multiply(visitors, rates["im"]))
    return {
        "orders": orders,
        "units": orders + rng.poisson(orders * np.maximum(np.subtract(rates["upo"], 1.0), 0.0)),
        "visitors": visitors,
        "product_views": visitors + rng.poisson(
            visitors * np.maximum(np.subtract(rates["vpv"], 1.0), 0.0)),
        "shipped_orders": shipped,
        "late_dispatched_orders": rng.binomial(shipped, _clip01(rates["late"])),
        "seller_cancelled_orders": cancelled,
        "delivered_orders": delivered,
        "on_time_deliveries": rng.binomial(delivered, _clip01(rates["ontime"])),
        "seller_fault_returns": rng.binomial(delivered, _clip01(rates["returns"])),
        "reviews": reviews,
        "negative_reviews": rng.binomial(reviews, _clip01(negative_share)),
        "im_conversations": conversations,
        "im_replied_12h": rng.binomial(conversations, _clip01(rates["reply"])),
    }


def draw_money(rng: np.random.Generator, orders: np.ndarray, aov_minor: np.ndarray | float,
               shares: np.ndarray, ad_ratio: np.ndarray | float) -> dict[str, np.ndarray]:
    """GMV and its parts in minor units; LIVE + video + affiliate never exceed GMV."""
    n = orders.shape[0]
    gmv = np.rint(orders * aov_minor * np.exp(rng.normal(0.0, 0.08, n))).astype(np.int64)
    noisy = shares * np.exp(rng.normal(0.0, 0.25, (n, 3)))
    noisy *= np.minimum(1.0, 0.95 / np.maximum(noisy.sum(axis=1), 1e-9))[:, None]
    parts = np.floor(gmv[:, None] * noisy).astype(np.int64)
    ad = np.rint(gmv * ad_ratio * np.exp(rng.normal(0.0, 0.2, n))).astype(np.int64)
    return {"gmv": gmv, "live_gmv": parts[:, 0], "video_gmv": parts[:, 1],
            "affiliate_gmv": parts[:, 2], "ad_spend": ad}


@functools.cache
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    whole = np.array([str(i) for i in range(_SMALL)], dtype="S5")
    pad3 = np.array([f"{i:03d}" for i in range(1000)], dtype="S3")
    cents = np.array([f".{i:02d}" for i in range(100)], dtype="S3")
    return whole, pad3, cents


def _digits(values: np.ndarray) -> np.ndarray:
    """Non-negative ints as ASCII decimal bytes, by table lookup (numpy's own int-to-string
    conversion goes through Python objects and costs ten times more)."""
    whole, pad3, _ = _tables()
    if values.size == 0 or values.max() < _SMALL:
        return whole[values]
    high, low = np.divmod(values, 1000)
    return np.where(high > 0, np.char.add(_digits(high), pad3[low]), whole[low])


def money_text(minor: np.ndarray, exponent: int) -> np.ndarray:
    """Money in minor units as ASCII bytes: b"1234.50", or b"125000" for VND and IDR."""
    if exponent == 0:
        return _digits(minor)
    return np.char.add(_digits(minor // 100), _tables()[2][minor % 100])


def money_strings(minor: np.ndarray, exponents: np.ndarray) -> list[str]:
    """Decimal strings for rows of mixed currencies (`exponents`: minor digits per row)."""
    text = np.where(exponents == 0, money_text(minor, 0), money_text(minor, 2))
    return text.astype("U").tolist()


def _smooth_noise(rng: np.random.Generator, n: int, sd: float) -> np.ndarray:
    """Slow drift over a few weeks: a moving sum of white noise."""
    width = 21
    return np.convolve(rng.normal(0.0, sd / np.sqrt(width), n + width - 1), np.ones(width),
                       mode="valid")


def _spell_slice(t0: int, t1: int, a: int, b: int) -> slice:
    return slice(min(max(t0, a), b) - a, min(max(t1, a), b) - a)


def simulate(p: SellerProfile, cal: Calendar, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """The seller's rows from first_t to last_t: counts, money (minor units), revision and
    `updated_day` (day offset of the row's last restatement)."""
    a, b = p.first_t, p.last_t + 1
    n = b - a
    t = np.arange(a, b)
    end_t = cal.days - 1
    group = REGIONS[p.region].group
    promo_t = cal.promo_traffic[group][a:b] ** p.promo_sens
    promo_c = cal.promo_conv[group][a:b] ** p.promo_sens
    level = (p.base_orders / p.conversion) * np.exp(p.growth * (t - end_t) / 365.0)
    level *= cal.season[a:b] ** p.season_amp * WEEKLY[cal.weekday[a:b]] ** p.weekly_amp * promo_t
    level *= np.exp(_smooth_noise(rng, n, 0.06) + rng.normal(0.0, p.noise_sd, n))
    stopped = np.zeros(n, dtype=bool)
    for kind, t0, t1, factor in p.traffic:
        part = _spell_slice(t0, t1, a, b)
        if kind == "ramp":
            progress = np.clip((t[part] - t0) / max(end_t - t0, 1), 0.0, 1.0)
            level[part] *= 1.0 + (factor - 1.0) * progress
        else:
            level[part] *= factor
            if kind in ("dormant", "stop"):
                stopped[part] = True
    visitors = rng.poisson(level)
    conv = np.minimum(p.conversion * promo_c * np.exp(rng.normal(0.0, 0.05, n)), 0.9)
    orders = rng.binomial(visitors, conv)
    for day, multiple in p.spikes:
        if a <= day < b:  # fake orders: many more orders, no more visitors
            orders[day - a] += rng.poisson(level[day - a] * conv[day - a] * (multiple - 1.0))
    orders[stopped] = 0

    rates: dict[str, np.ndarray | float] = dict(p.rates)
    late = np.full(n, p.rates["late"])
    for t0, t1, value in p.late_spells:
        late[_spell_slice(t0, t1, a, b)] = value
    rates["late"] = late
    for name, (t0, t1, value) in p.rate_spells.items():
        series = np.full(n, p.rates[name])
        part = _spell_slice(t0, t1, a, b)
        if name == "returns":  # refund creep: returns rise steadily, not in one step
            progress = np.clip((t[part] - t0) / max(end_t - t0, 1), 0.0, 1.0)
            series[part] += (value - p.rates[name]) * progress
        else:
            series[part] = value
        rates[name] = series
    rates["ontime"] = np.clip(rates["ontime"] - 0.9 * (late - p.rates["late"]), 0.3, 1.0)
    lag = end_t - t
    counts = draw_counts(rng, orders, visitors, rates, MATURITY[np.minimum(lag, 7)])

    aov_minor = p.aov * 10**p.exponent * np.where(promo_c > 1.0, 0.92, 1.0)
    money = draw_money(rng, orders, aov_minor, np.array(p.shares), p.ad_ratio)
    restated = np.where(lag < 7, rng.binomial(np.clip(lag, 0, 6), 0.25),
                        (rng.random(n) < 0.15).astype(np.int64) + (rng.random(n) < 0.03))
    revision = 1 + restated
    return {**counts, **money, "revision": revision,
            "updated_day": np.minimum(t + revision, end_t + 1)}
