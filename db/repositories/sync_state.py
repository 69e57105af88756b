"""Per-feed cursors and results, and the cache's small facts (cache_meta)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

LATEST_METRICS_DATE = "metrics_latest_date"
SUMMARIES_STALE = "summaries_stale"
MANAGER_ID = "manager_id"
LAST_SYNC_AT = "last_sync_at"


@dataclass(frozen=True)
class FeedState:
    feed: str
    cursor: str | None
    items_total: int
    last_success_at: str | None
    last_error: str | None
    last_error_at: str | None


def get_cursor(conn: Connection, feed: str) -> str | None:
    row = conn.exec_driver_sql("SELECT cursor FROM sync_state WHERE feed = ?", (feed,)).first()
    return row[0] if row else None


def save_cursor(conn: Connection, feed: str, cursor: str | None, items: int) -> None:
    """Called in the same transaction as the page's rows: both land or neither does."""
    conn.exec_driver_sql(
        "INSERT INTO sync_state (feed, cursor, items_total) VALUES (?, ?, ?) "
        "ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor, "
        "items_total = sync_state.items_total + excluded.items_total",
        (feed, cursor, items),
    )


def record_success(conn: Connection, feed: str, at: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_state (feed, last_success_at, items_total) VALUES (?, ?, 0) "
        "ON CONFLICT (feed) DO UPDATE SET last_success_at = excluded.last_success_at, "
        "last_error = NULL, last_error_at = NULL",
        (feed, at),
    )


def record_error(conn: Connection, feed: str, message: str, at: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_state (feed, last_error, last_error_at, items_total) "
        "VALUES (?, ?, ?, 0) ON CONFLICT (feed) DO UPDATE SET "
        "last_error = excluded.last_error, last_error_at = excluded.last_error_at",
        (feed, message, at),
    )


def feed_states(conn: Connection) -> list[FeedState]:
    rows = conn.exec_driver_sql(
        "SELECT feed, cursor, items_total, last_success_at, last_error, last_error_at "
        "FROM sync_state ORDER BY feed"
    ).all()
    return [FeedState(*row) for row in rows]


def get_meta(conn: Connection, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM cache_meta WHERE key = ?", (key,)).first()
    return row[0] if row else None


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO cache_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def raise_latest_metrics_date(conn: Connection, date: str) -> None:
    # Tracked as pages land so nothing ever has to scan the daily rows for max(date).
    conn.exec_driver_sql(
        "INSERT INTO cache_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)",
        (LATEST_METRICS_DATE, date),
    )
