"""A seller's key metrics around an outreach entry: before (snapshot) and the 30 days after.

Both windows are cut from the daily rows by the contact's UTC day d: before is the 30 days
d-30 .. d-1, after is d+1 .. d+30 clipped to the latest metrics date in the cache. Rates are
ratios of sums (never averages of daily rates); a zero denominator gives None. Violation
points, SPS and AHR have no history in the cache: before is the value when the entry was
logged, after the value now.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection

from app.outreach.model import IMPACT_DAYS, KEY_METRICS, MetricMove
from db.repositories import seller_detail
from db.units import MONEY_SCALE

_RATES = {
    "late_dispatch_rate": ("late_dispatched_orders", "shipped_orders"),
    "cancellation_rate": ("seller_cancelled_orders", "orders"),
    "negative_review_rate": ("negative_reviews", "delivered_orders"),
}


def contact_day(occurred_at: str) -> dt.date:
    return dt.datetime.fromisoformat(occurred_at.replace("Z", "+00:00")).astimezone(dt.UTC).date()


def _window_metrics(conn: Connection, seller_id: str, first: dt.date,
                    last: dt.date) -> dict[str, float | None]:
    sums = seller_detail.window_sums(conn, seller_id, first.isoformat(), last.isoformat())
    found: dict[str, float | None] = {
        "gmv_30d": sums["gmv"] / MONEY_SCALE,
        "orders_30d": float(sums["orders"]),
    }
    for name, (numerator, denominator) in _RATES.items():
        found[name] = sums[numerator] / sums[denominator] if sums[denominator] else None
    return found


def _health_now(conn: Connection, seller_id: str) -> dict[str, float | None]:
    seller = seller_detail.seller(conn, seller_id) or {}
    sps = seller.get("health_sps")
    ahr = seller.get("health_ahr")
    return {
        "violation_points": float(seller_detail.active_violation_points(conn, seller_id)),
        "sps": float(sps) if sps not in (None, "") else None,
        "ahr": float(ahr) if ahr is not None else None,
    }


def take_snapshot(conn: Connection, seller_id: str, occurred_at: str) -> dict[str, Any]:
    """The key metrics at the time of contact, stored with the entry."""
    day = contact_day(occurred_at)
    found = _window_metrics(conn, seller_id, day - dt.timedelta(days=IMPACT_DAYS),
                            day - dt.timedelta(days=1))
    found.update(_health_now(conn, seller_id))
    return {"as_of": (day - dt.timedelta(days=1)).isoformat(), **found}


def impact(conn: Connection, seller_id: str, occurred_at: str,
           snapshot: dict[str, Any] | None) -> list[MetricMove]:
    """Each key metric before the contact and over the days of data after it (up to 30)."""
    day = contact_day(occurred_at)
    before = snapshot if snapshot else take_snapshot(conn, seller_id, occurred_at)
    latest = seller_detail.latest_date(conn)
    last = day + dt.timedelta(days=IMPACT_DAYS)
    if latest is not None:
        last = min(last, dt.date.fromisoformat(latest))
    days_after = max(0, (last - day).days)
    after: dict[str, float | None] = dict.fromkeys(KEY_METRICS)
    if days_after:
        after = _window_metrics(conn, seller_id, day + dt.timedelta(days=1), last)
        after.update(_health_now(conn, seller_id))
    return [MetricMove(name, _number(before.get(name)), after.get(name), days_after)
            for name in KEY_METRICS]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None
