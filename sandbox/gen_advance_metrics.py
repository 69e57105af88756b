"""advance_day's metrics: the new day's rows, and restatements of the last days.

A new row continues the seller's recent level (mean of the last 14 de-seasonalised days,
fake-order spikes capped) and its habits (ratios of 14-day sums), so dormant sellers stay
dormant and a late-dispatch spell carries on.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np

from sandbox.gen_profiles import REGIONS
from sandbox.gen_series import (
    MATURITY,
    MONEY_FIELDS,
    WEEKLY,
    Calendar,
    build_calendar,
    draw_counts,
    draw_money,
    money_strings,
)
from sandbox.schema import METRIC_COUNT_FIELDS

LOOKBACK = 14
DELIVER = 0.96  # mature share of shipments delivered; fixed so restatements cannot drift it
EXPONENT = {region.currency: region.exponent for region in REGIONS.values()}
ROW_COLUMNS = ("seller_id", "date", "currency", "gmv", *METRIC_COUNT_FIELDS, "live_gmv",
               "video_gmv", "affiliate_gmv", "ad_spend", "revision")
RESTATED_COLUMNS = ("delivered_orders", "on_time_deliveries", "seller_fault_returns", "reviews",
                    "negative_reviews", "gmv", "live_gmv", "video_gmv", "affiliate_gmv",
                    "revision")
SUMMED = ("orders", "units", "visitors", "product_views", "shipped_orders",
          "late_dispatched_orders", "seller_cancelled_orders", "delivered_orders",
          "on_time_deliveries", "seller_fault_returns", "reviews", "negative_reviews",
          "im_conversations", "im_replied_12h", *MONEY_FIELDS)
JOIN = ("FROM sellers AS s CROSS JOIN metrics AS m "  # CROSS JOIN: walk sellers, seek metrics
        "ON m.seller_id = s.seller_id AND m.date BETWEEN ? AND ?")


@dataclass
class Recent:
    """Each live seller's habits over the lookback, aligned with the `live` list."""

    pos: dict[str, int]
    rates: dict[str, np.ndarray]


def ratio(num: np.ndarray, den: np.ndarray, default: float) -> np.ndarray:
    return np.where(den > 0, num / np.maximum(den, 1e-9), default)


def row_tuples(sids: list[str], dates: list[str], currencies: list[str],
               series: dict[str, np.ndarray]) -> list[tuple[Any, ...]]:
    """Metrics rows in ROW_COLUMNS order from column arrays (counts, money in minor units)."""
    exponents = np.array([EXPONENT[c] for c in currencies])
    text = {f: money_strings(series[f], exponents) for f in MONEY_FIELDS}
    return list(zip(sids, dates, currencies, text["gmv"],
                    *(series[f].tolist() for f in METRIC_COUNT_FIELDS),
                    *(text[f] for f in MONEY_FIELDS[1:]), series["revision"].tolist(),
                    strict=True))


def _recent(conn: sqlite3.Connection, pos: dict[str, int], first: dt.date,
            last: dt.date) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sums per seller and SUMMED column, daily orders, daily visitors; NaN where no row)."""
    bounds = (first.isoformat(), last.isoformat())
    sums = np.zeros((len(pos), len(SUMMED)))
    # sum() reads the money text as numbers: only the ratios of these sums are used.
    select = ", ".join(f"sum(m.{c})" for c in SUMMED)
    for sid, *values in conn.execute(
            f"SELECT s.seller_id, {select} {JOIN} GROUP BY s.seller_id", bounds):
        if sid in pos:
            sums[pos[sid]] = values
    days = (last - first).days + 1
    day_pos = {(first + dt.timedelta(days=j)).isoformat(): j for j in range(days)}
    orders = np.full((len(pos), days), np.nan)
    visitors = np.full((len(pos), days), np.nan)
    for sid, day, n_orders, n_visitors in conn.execute(
            f"SELECT m.seller_id, m.date, m.orders, m.visitors {JOIN}", bounds):
        i = pos.get(sid)
        if i is not None:
            orders[i, day_pos[day]] = n_orders
            visitors[i, day_pos[day]] = n_visitors
    return sums, orders, visitors


def _level(values: np.ndarray, factor: np.ndarray, clip_spikes: bool) -> np.ndarray:
    """Mean of the de-seasonalised days present; a spike counts as 3x the median at most."""
    norm = values / factor
    present = ~np.isnan(norm)
    if clip_spikes:
        has = present.any(axis=1)
        median = np.zeros(len(norm))
        median[has] = np.nanmedian(norm[has], axis=1)
        norm = np.minimum(norm, 3.0 * median[:, None] + 3.0)
    total = np.where(present, norm, 0.0).sum(axis=1)
    return total / np.maximum(present.sum(axis=1), 1)


def _factors(cal: Calendar, sea: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(visitor, order) multipliers per seller and day: weekday and campaign days."""
    weekly = WEEKLY[cal.weekday][None, :]
    traffic = np.where(sea[:, None], cal.promo_traffic["sea"], cal.promo_traffic["west"])
    conv = np.where(sea[:, None], cal.promo_conv["sea"], cal.promo_conv["west"])
    return weekly * traffic, weekly * traffic * conv


def new_day_rows(conn: sqlite3.Connection, live: list[dict[str, Any]], day: dt.date,
                 rng: np.random.Generator) -> tuple[list[tuple[Any, ...]], Recent]:
    """One row per live seller for `day` (ROW_COLUMNS order), and their recent habits."""
    pos = {b["seller_id"]: i for i, b in enumerate(live)}
    first = day - dt.timedelta(days=LOOKBACK)
    sums, orders_hist, visitors_hist = _recent(conn, pos, first, day - dt.timedelta(days=1))
    s = {name: sums[:, i] for i, name in enumerate(SUMMED)}
    sea = np.array([REGIONS[b["region"]].group == "sea" for b in live], dtype=bool)
    hist_v, hist_o = _factors(build_calendar(first, LOOKBACK), sea)
    new_v, new_o = (f[:, 0] for f in _factors(build_calendar(day, 1), sea))
    level_v = _level(visitors_hist, hist_v, clip_spikes=False)
    level_o = _level(orders_hist, hist_o, clip_spikes=True)
    n = len(live)
    visitors = rng.poisson(level_v * new_v * np.exp(rng.normal(0.0, 0.1, n)))
    orders = rng.binomial(visitors, np.clip(ratio(level_o * new_o / new_v, level_v, 0.0), 0, 0.9))
    delivered = s["delivered_orders"]
    rates: dict[str, np.ndarray | float] = {
        "cancel": ratio(s["seller_cancelled_orders"], s["orders"], 0.005),
        "ship": ratio(s["shipped_orders"], s["orders"] - s["seller_cancelled_orders"], 0.99),
        "late": ratio(s["late_dispatched_orders"], s["shipped_orders"], 0.01),
        "deliver": DELIVER,
        "ontime": ratio(s["on_time_deliveries"], delivered, 0.97),
        "returns": ratio(s["seller_fault_returns"], delivered, 0.005),
        "review": ratio(s["reviews"], delivered, 0.2),
        "negative": ratio(s["negative_reviews"], delivered, 0.002),
        "im": ratio(s["im_conversations"], s["visitors"], 0.006),
        "reply": ratio(s["im_replied_12h"], s["im_conversations"], 0.9),
        "upo": ratio(s["units"], s["orders"], 1.4),
        "vpv": ratio(s["product_views"], s["visitors"], 2.2),
    }
    series = draw_counts(rng, orders, visitors, rates, MATURITY[0])
    currencies = [b["currency"] for b in live]
    scale = np.array([10.0 ** EXPONENT[c] for c in currencies])
    shares = np.stack([ratio(s[f], s["gmv"], 0.0) for f in MONEY_FIELDS[1:4]], axis=1)
    series |= draw_money(rng, orders, ratio(s["gmv"], s["orders"], 0.0) * scale, shares,
                         ratio(s["ad_spend"], s["gmv"], 0.0))
    series["revision"] = np.ones(n, dtype=np.int64)
    rows = row_tuples(list(pos), [day.isoformat()] * n, currencies, series)
    habits = ("late", "ontime", "returns", "review", "negative")
    return rows, Recent(pos, {name: np.broadcast_to(rates[name], (n,)) for name in habits})


def _minor(text: str, exponent: int) -> int:
    return int(text.replace(".", "")) if exponent else int(text.partition(".")[0])


def restate_rows(conn: sqlite3.Connection, end: dt.date, restate_days: int, fraction: float,
                 recent: Recent, rng: np.random.Generator) -> list[tuple[Any, ...]]:
    """Late deliveries, reviews and refunds land on about `fraction` of the last days' rows.

    Returns (seller_id, date, *RESTATED_COLUMNS) per restated row, in key order.
    """
    first = end - dt.timedelta(days=restate_days - 1)
    columns = ("seller_id", "date", "currency", "orders", "shipped_orders",
               *RESTATED_COLUMNS)
    rows = conn.execute(f"SELECT {', '.join('m.' + c for c in columns)} {JOIN} "
                        "ORDER BY s.seller_id, m.date",
                        (first.isoformat(), end.isoformat())).fetchall()
    chosen = [r for r, hit in zip(rows, rng.random(len(rows)) < fraction, strict=True) if hit]
    if not chosen:
        return []
    c = {name: [r[i] for r in chosen] for i, name in enumerate(columns)}
    exponents = np.array([EXPONENT[cur] for cur in c["currency"]])
    money = {f: np.array([_minor(v, int(e)) for v, e in zip(c[f], exponents, strict=True)],
                         dtype=np.int64) for f in MONEY_FIELDS[:4]}
    n = {name: np.array(c[name], dtype=np.int64) for name in (
        "orders", "shipped_orders", *RESTATED_COLUMNS[:5], "revision")}
    idx = np.array([recent.pos.get(sid, -1) for sid in c["seller_id"]])

    def rate(name: str, default: float) -> np.ndarray:
        if not recent.pos:
            return np.full(len(chosen), default)
        return np.where(idx >= 0, recent.rates[name][np.maximum(idx, 0)], default)

    lag = np.array([(end - dt.date.fromisoformat(d)).days + 1 for d in c["date"]])
    shipped, delivered = n["shipped_orders"], n["delivered_orders"]
    target = np.rint(shipped * DELIVER * MATURITY[np.minimum(lag, 7)])
    pending = shipped - delivered
    landed = rng.binomial(pending, np.clip((target - delivered) / np.maximum(pending, 1), 0, 1))
    ret_r, review_r = rate("returns", 0.005), rate("review", 0.2)
    returns, reviews = n["seller_fault_returns"], n["reviews"]
    new_returns = rng.binomial(landed, ret_r) + rng.binomial(delivered - returns, ret_r * 0.1)
    new_reviews = (rng.binomial(landed, review_r)
                   + rng.binomial(np.maximum(delivered - reviews, 0), review_r * 0.05))
    negative_share = np.clip(rate("negative", 0.002) / np.maximum(review_r, 1e-9), 0, 1)
    refund = np.rint(new_returns * ratio(money["gmv"], n["orders"], 0.0)).astype(np.int64)
    gmv = np.maximum(money["gmv"] - refund, 0)
    keep = ratio(gmv, money["gmv"], 0.0)
    updated: dict[str, Any] = {
        "delivered_orders": (delivered + landed).tolist(),
        "on_time_deliveries": (n["on_time_deliveries"]
                               + rng.binomial(landed, rate("ontime", 0.97))).tolist(),
        "seller_fault_returns": (returns + new_returns).tolist(),
        "reviews": (reviews + new_reviews).tolist(),
        "negative_reviews": (n["negative_reviews"]
                             + rng.binomial(new_reviews, negative_share)).tolist(),
        "gmv": money_strings(gmv, exponents),
        "revision": (n["revision"] + 1).tolist(),
    }
    for f in MONEY_FIELDS[1:4]:  # attributed parts shrink with GMV so they never exceed it
        updated[f] = money_strings(np.floor(money[f] * keep).astype(np.int64), exponents)
    return list(zip(c["seller_id"], c["date"], *(updated[f] for f in RESTATED_COLUMNS),
                    strict=True))
