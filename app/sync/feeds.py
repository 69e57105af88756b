"""What each feed's page does to the cache, beyond its own rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection

from db.repositories import feed_upserts, portfolio_daily
from db.repositories.sync_state import SUMMARIES_STALE, raise_latest_metrics_date, set_meta


def _encode(item: dict[str, Any]) -> str:
    return orjson.dumps(item).decode("utf-8")


def _store_metrics(conn: Connection, items: Sequence[dict[str, Any]]) -> None:
    feed_upserts.upsert_metrics(conn, items)
    if items:
        dates = [item["date"] for item in items]
        raise_latest_metrics_date(conn, max(dates))
        # Only the portfolio medians of days a page touched are recomputed after the sync.
        portfolio_daily.mark_dirty(conn, min(dates))


@dataclass(frozen=True)
class FeedSpec:
    name: str
    store: Callable[[Connection, Sequence[dict[str, Any]]], None]
    # Pages of these feeds change what the per-seller summaries say.
    affects_summaries: bool
    page_size: int


FEED_SPECS: tuple[FeedSpec, ...] = (
    FeedSpec("sellers", feed_upserts.upsert_sellers, True, 1000),
    FeedSpec("metrics", _store_metrics, True, 1000),
    FeedSpec("violations", feed_upserts.upsert_violations, True, 1000),
    FeedSpec("enrollments", feed_upserts.upsert_enrollments, False, 1000),
    FeedSpec("outreach", lambda conn, items: feed_upserts.upsert_outreach(conn, items, _encode),
             False, 1000),
)


def store_page(conn: Connection, spec: FeedSpec, items: Sequence[dict[str, Any]]) -> None:
    spec.store(conn, items)
    if spec.affects_summaries and items:
        # Marked in the page's own transaction: a kill before the refresh cannot lose it.
        set_meta(conn, SUMMARIES_STALE, "1")
