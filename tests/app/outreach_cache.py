"""A small hand-made cache for the outreach services, filled through the feed upserts with
numbers simple enough to check by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine

from db.cache import open_cache
from db.repositories.feed_upserts import (
    replace_programs,
    upsert_enrollments,
    upsert_metrics,
    upsert_outreach,
    upsert_sellers,
    upsert_violations,
)
from db.repositories.sync_state import LATEST_METRICS_DATE, MANAGER_ID, set_meta

ME = "M-me"
TEAMMATE = "M-teammate"
LATEST = dt.date(2026, 11, 20)
CONTACT_DAY = dt.date(2026, 11, 1)
STAMP = "2026-11-20T00:00:00Z"


def _seller(seller_id: str, name: str) -> dict[str, Any]:
    return {"seller_id": seller_id, "shop_name": name, "shop_code": f"C-{seller_id}",
            "marketplace": "tiktok", "region": "US", "category": "Food", "tier": "A",
            "status": "active", "currency": "USD", "timezone": "UTC",
            "onboarded_on": "2024-01-01", "contact": {}, "health": {
                "sps": "4.2", "ahr": 180, "violation_points": 6},
            "assigned": True, "version": 1, "updated_at": STAMP}


def _day(seller_id: str, day: dt.date) -> dict[str, Any]:
    """S1 sells 100.00 a day with 10 orders and 1 late dispatch before CONTACT_DAY, then
    200.00 with 20 orders, no late dispatch, 1 cancellation and 1 negative review a day."""
    after = day > CONTACT_DAY
    orders = 20 if after else 10
    return {"seller_id": seller_id, "date": day.isoformat(), "currency": "USD",
            "gmv": "200.00" if after else "100.00", "orders": orders, "units": orders,
            "visitors": 100, "product_views": 200, "shipped_orders": orders,
            "late_dispatched_orders": 0 if after else 1,
            "seller_cancelled_orders": 1 if after else 0, "delivered_orders": orders,
            "on_time_deliveries": orders, "seller_fault_returns": 0, "reviews": 5,
            "negative_reviews": 1 if after else 0, "im_conversations": 3, "im_replied_12h": 3,
            "live_gmv": "0.00", "video_gmv": "0.00", "affiliate_gmv": "0.00",
            "ad_spend": "0.00", "revision": 1, "updated_at": STAMP}


def activity(client_id: str, seller_id: str, *, author: str = TEAMMATE, version: int = 1,
             **fields: Any) -> dict[str, Any]:
    item = {"client_id": client_id, "activity_id": f"A-{client_id}", "seller_id": seller_id,
            "author_id": author, "channel": "call", "direction": "outbound",
            "occurred_at": "2026-11-10T10:00:00Z", "duration_seconds": None,
            "outcome": "connected", "program_id": None, "summary": "", "notes": "",
            "follow_up_on": None, "deleted": False, "version": version,
            "created_at": STAMP, "updated_at": STAMP}
    item.update(fields)
    return item


def feed_outreach(engine: Engine, items: list[dict[str, Any]]) -> None:
    with engine.begin() as conn:
        upsert_outreach(conn, items, lambda item: orjson.dumps(item).decode())


def small_cache(tmp_path: Path) -> Engine:
    engine = open_cache(tmp_path / "cache.sqlite3")
    first = CONTACT_DAY - dt.timedelta(days=40)
    days = [first + dt.timedelta(days=k) for k in range((LATEST - first).days + 1)]
    with engine.begin() as conn:
        upsert_sellers(conn, [_seller("S1", "川味小厨旗舰店"), _seller("S2", "Green Leaf"),
                              _seller("S3", "Blue Tide")])
        upsert_metrics(conn, [_day("S1", day) for day in days])
        upsert_violations(conn, [
            {"violation_id": f"V{n}", "seller_id": "S1", "policy": "late_dispatch",
             "severity": "low", "points": points, "status": status, "listing_id": None,
             "description": None, "created_at": STAMP, "expires_at": None, "version": 1,
             "updated_at": STAMP}
            for n, (points, status) in enumerate(((6, "active"), (12, "expired")))])
        replace_programs(conn, [
            {"program_id": pid, "marketplace": "tiktok", "name": name, "active": True,
             "criteria": []}
            for pid, name in (("flash_sale", "Flash Sale"), ("affiliate", "Affiliate"))])
        upsert_enrollments(conn, [])
        set_meta(conn, MANAGER_ID, ME)
        set_meta(conn, LATEST_METRICS_DATE, LATEST.isoformat())
    return engine
