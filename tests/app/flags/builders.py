"""Hand-made portfolios written into a real SQLite cache through the feed upserts, so the
rule engine reads exactly what a sync would have stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.flags.service import FlagItem, FlagService
from db.cache import open_cache
from db.repositories import feed_upserts, summaries, sync_state
from db.repositories.feed_upserts import METRIC_FIELDS, MONEY_FIELDS

LATEST = dt.date(2026, 11, 20)  # the latest metrics date of every fixture
TODAY = dt.date(2026, 11, 21)
STAMP = "2026-11-21T00:00:00Z"


def day(offset: int) -> str:
    """LATEST minus `offset` days, as ISO text (0 is the latest day)."""
    return (LATEST - dt.timedelta(days=offset)).isoformat()


class Cache:
    def __init__(self, tmp_path: Path) -> None:
        self.engine: Engine = open_cache(tmp_path / "cache.sqlite3")
        self.user_rules = tmp_path / "rules.toml"
        with self.engine.begin() as conn:
            sync_state.raise_latest_metrics_date(conn, LATEST.isoformat())

    def service(self, today: dt.date = TODAY) -> FlagService:
        return FlagService(self.engine, user_rules=self.user_rules, today=today)

    def seller(self, seller_id: str, *, marketplace: str = "tiktok", region: str = "US",
               category: str = "Home", tier: str = "B", status: str = "active",
               sps: str | None = "4.5", ahr: int | None = 500, assigned: bool = True,
               version: int = 1, currency: str = "USD") -> None:
        item = {"seller_id": seller_id, "shop_name": f"Shop {seller_id}",
                "shop_code": f"C-{seller_id}", "marketplace": marketplace, "region": region,
                "category": category, "tier": tier, "status": status, "currency": currency,
                "timezone": "UTC", "onboarded_on": "2024-01-01", "contact": {},
                "health": {"sps": sps, "ahr": ahr, "violation_points": None},
                "assigned": assigned, "version": version, "updated_at": STAMP}
        with self.engine.begin() as conn:
            feed_upserts.upsert_sellers(conn, [item])

    def metric(self, seller_id: str, offset: int, *, revision: int = 1,
               currency: str = "USD", **counts: int | str) -> None:
        """One day's row; every count not given is 0, money in currency units."""
        item: dict[str, Any] = {f: ("0" if f in MONEY_FIELDS else 0) for f in METRIC_FIELDS}
        item |= {"seller_id": seller_id, "date": day(offset), "currency": currency,
                 "revision": revision, "updated_at": STAMP}
        item |= {k: str(v) if k in MONEY_FIELDS else v for k, v in counts.items()}
        with self.engine.begin() as conn:
            feed_upserts.upsert_metrics(conn, [item])

    def days(self, seller_id: str, offsets: range, **counts: int | str) -> None:
        """The same counts on each of the days `offsets` (0 = latest)."""
        for offset in offsets:
            self.metric(seller_id, offset, **counts)

    def violation(self, violation_id: str, seller_id: str, *, points: int = 0,
                  policy: str = "other", status: str = "active",
                  created_days_ago: int = 5, version: int = 1) -> None:
        created = f"{day(created_days_ago)}T08:00:00Z"
        item = {"violation_id": violation_id, "seller_id": seller_id, "policy": policy,
                "severity": "medium", "points": points, "status": status,
                "listing_id": None, "description": None, "created_at": created,
                "expires_at": None, "version": version, "updated_at": STAMP}
        with self.engine.begin() as conn:
            feed_upserts.upsert_violations(conn, [item])

    def enrollment(self, seller_id: str, program_id: str, status: str, version: int = 1
                   ) -> None:
        with self.engine.begin() as conn:
            feed_upserts.upsert_enrollments(conn, [{
                "seller_id": seller_id, "program_id": program_id, "status": status,
                "version": version, "updated_at": STAMP}])

    def programs(self, *programs: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            feed_upserts.replace_programs(conn, programs)

    def outreach(self, client_id: str, seller_id: str, occurred_days_ago: int) -> None:
        item = {"client_id": client_id, "activity_id": f"A-{client_id}",
                "seller_id": seller_id, "author_id": "M1", "channel": "call",
                "direction": "outbound", "occurred_at": f"{day(occurred_days_ago)}T09:00:00Z",
                "outcome": "connected", "version": 1, "created_at": STAMP,
                "updated_at": STAMP}
        with self.engine.begin() as conn:
            feed_upserts.upsert_outreach(conn, [item], encode=lambda i: "{}")

    def refresh_summaries(self) -> None:
        with self.engine.begin() as conn:
            summaries.refresh_summaries(conn, LATEST.isoformat(), STAMP)

    def evaluate(self, today: dt.date = TODAY) -> dict[tuple[str, str], FlagItem]:
        """Evaluates and returns every flag (any status) by (seller, rule)."""
        service = self.service(today)
        service.evaluate()
        return {(f.seller_id, f.rule_id): f for f in service.flags(statuses=None)}

    def open_flags(self, today: dt.date = TODAY) -> dict[tuple[str, str], FlagItem]:
        return {k: f for k, f in self.evaluate(today).items()
                if f.status in ("new", "acknowledged")}
