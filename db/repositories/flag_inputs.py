"""Reads behind the rule engine, each one statement for the whole portfolio.

Window sums are plain SUM ... GROUP BY over the clustered (seller_id, date) key, joined from
the sellers in scope so each seller's own key range is walked; the caller turns the tuples
into numpy columns. Nothing here loops over sellers or days in Python.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from db.repositories import sync_state

# The daily columns a window can sum; content_gmv is live + video.
WINDOW_COLUMNS = {
    "gmv": "m.gmv", "orders": "m.orders", "visitors": "m.visitors",
    "shipped_orders": "m.shipped_orders", "late_dispatched_orders": "m.late_dispatched_orders",
    "seller_cancelled_orders": "m.seller_cancelled_orders",
    "delivered_orders": "m.delivered_orders", "on_time_deliveries": "m.on_time_deliveries",
    "seller_fault_returns": "m.seller_fault_returns", "negative_reviews": "m.negative_reviews",
    "im_conversations": "m.im_conversations", "im_replied_12h": "m.im_replied_12h",
    "content_gmv": "m.live_gmv + m.video_gmv",
}

# The same sums as the 30-day summary holds them, refreshed after each sync.
SUMMARY_COLUMNS = {
    "gmv": "gmv_30d", "orders": "orders_30d", "visitors": "visitors_30d",
    "shipped_orders": "shipped_30d", "late_dispatched_orders": "late_dispatched_30d",
    "seller_cancelled_orders": "seller_cancelled_30d", "delivered_orders": "delivered_30d",
    "on_time_deliveries": "on_time_30d", "seller_fault_returns": "returns_30d",
    "negative_reviews": "negative_reviews_30d", "im_conversations": "im_conversations_30d",
    "im_replied_12h": "im_replied_30d", "content_gmv": "content_gmv_30d",
}
SUMMARY_WINDOW_DAYS = 30
SEPARATOR = "\x1f"  # between seller ids in a packed result (ids may hold commas)

SELLER_FIELDS = ("seller_id", "shop_name", "shop_code", "marketplace", "region", "category",
                 "tier", "status", "currency", "health_sps", "health_ahr")


def latest_metrics_date(conn: Connection) -> str | None:
    return sync_state.get_meta(conn, sync_state.LATEST_METRICS_DATE)


def active_sellers(conn: Connection) -> list[tuple[Any, ...]]:
    """Assigned sellers not closed, by seller id, in SELLER_FIELDS order."""
    return conn.exec_driver_sql(
        f"SELECT {', '.join(SELLER_FIELDS)} FROM sellers WHERE assigned AND status != 'closed' "
        "ORDER BY seller_id").cursor.fetchall()


SUMMARY_NUMBERS = (*SUMMARY_COLUMNS.values(), "gmv_prev_30d", "active_violation_points")


def summary_rows(conn: Connection, as_of: str) -> tuple[str, ...] | None:
    """Active sellers' summaries packed in one row (as window_sums): seller ids and last
    order dates ("" for none) joined by SEPARATOR, and each of SUMMARY_NUMBERS
    comma-joined (0 for none), all in one order. None when the summary was not built on
    `as_of` or is stale, or no seller has one."""
    built_on = conn.exec_driver_sql("SELECT max(as_of) FROM seller_summary").scalar()
    # Rows stored since the last refresh (an interrupted sync) make the summary stale.
    if built_on != as_of or sync_state.get_meta(conn, sync_state.SUMMARIES_STALE) == "1":
        return None
    inner = ", ".join(f"CAST(coalesce(m.{c}, 0) AS INTEGER) AS c{i}"
                      for i, c in enumerate(SUMMARY_NUMBERS))
    outer = ", ".join(f"group_concat(c{i})" for i in range(len(SUMMARY_NUMBERS)))
    row = conn.exec_driver_sql(
        "SELECT group_concat(seller_id, char(31)), group_concat(last_order, char(31)), "
        f"{outer} FROM (SELECT s.seller_id, coalesce(m.last_order_date, '') AS last_order, "
        f"{inner} FROM sellers s JOIN seller_summary m ON m.seller_id = s.seller_id "
        "WHERE s.assigned AND s.status != 'closed' ORDER BY s.seller_id)").cursor.fetchone()
    return None if row is None or row[0] is None else row


def window_sums(conn: Connection, start: str, end: str, columns: Sequence[str],
                seller_ids: Sequence[str] | None = None) -> tuple[str, ...] | None:
    """The sums of each column over start < date <= end for active sellers with a row in
    the window (or only `seller_ids`), packed in one row like daily_series: seller ids
    joined by SEPARATOR, then each column's sums comma-joined in the same order. None
    without a row."""
    sums = ", ".join(f"CAST(coalesce(sum({WINDOW_COLUMNS[c]}), 0) AS INTEGER) AS c{i}"
                     for i, c in enumerate(columns))
    outer = ", ".join(f"group_concat(c{i})" for i in range(len(columns)))
    scope = "s.assigned AND s.status != 'closed'"
    params: list[Any] = [start, end]
    if seller_ids is not None:
        scope += " AND s.seller_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(seller_ids)))
    row = conn.exec_driver_sql(
        f"SELECT group_concat(seller_id, char(31)), {outer} FROM (SELECT s.seller_id, {sums} "
        "FROM sellers s JOIN daily_metrics m ON m.seller_id = s.seller_id AND m.date > ? "
        f"AND m.date <= ? WHERE {scope} GROUP BY s.seller_id ORDER BY s.seller_id)",
        tuple(params)).cursor.fetchone()
    return None if row is None or row[0] is None else row


def last_order_dates(conn: Connection, end: str) -> list[tuple[str, str | None]]:
    """Each active seller's latest date with orders on or before `end`."""
    return conn.exec_driver_sql(
        "SELECT s.seller_id, (SELECT max(date) FROM daily_metrics o WHERE o.seller_id = "
        "s.seller_id AND o.date <= ? AND o.orders > 0) FROM sellers s "
        "WHERE s.assigned AND s.status != 'closed' ORDER BY s.seller_id", (end,)
    ).cursor.fetchall()


def daily_series(conn: Connection, start: str, end: str, columns: Sequence[str],
                 seller_ids: Sequence[str] | None = None
                 ) -> tuple[str, str, str, *tuple[str, ...]] | None:
    """The active sellers' (or only `seller_ids`') days in start < date <= end, packed in
    one row: seller ids (joined by SEPARATOR), each seller's number of days, then the day
    offsets from `start` and each column's values, all sellers' days one after another,
    comma-joined. None without a row.

    One row, not one a seller: the statement then runs in one step with the GIL released,
    where 10,000 rows would each wait for the GIL while the rules run on another thread.
    The outer aggregates see the sellers' rows in one order, so the columns stay aligned.
    """
    values = ", ".join(f"group_concat({WINDOW_COLUMNS[c]}) AS c{i}"
                       for i, c in enumerate(columns))
    outer = ", ".join(f"group_concat(c{i})" for i in range(len(columns)))
    scope = "s.assigned AND s.status != 'closed'"
    params: list[Any] = [start, start, end]
    if seller_ids is not None:
        scope += " AND s.seller_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(seller_ids)))
    row = conn.exec_driver_sql(
        f"SELECT group_concat(seller_id, char(31)), group_concat(n), group_concat(days), "
        f"{outer} FROM (SELECT s.seller_id, count(*) AS n, "
        "group_concat(CAST(julianday(m.date) - julianday(?) AS INTEGER)) AS days, "
        f"{values} FROM sellers s JOIN daily_metrics m ON m.seller_id = s.seller_id "
        f"AND m.date > ? AND m.date <= ? WHERE {scope} "
        "GROUP BY s.seller_id ORDER BY s.seller_id)", tuple(params)
    ).cursor.fetchone()
    return None if row is None or row[0] is None else row


def seller_days(conn: Connection, seller_id: str, start: str, end: str,
                columns: Sequence[str]) -> list[tuple[Any, ...]]:
    """One seller's (date, columns...) with start < date <= end, oldest first."""
    values = ", ".join(WINDOW_COLUMNS[c] for c in columns)
    return conn.exec_driver_sql(
        f"SELECT m.date, {values} FROM daily_metrics m WHERE m.seller_id = ? "
        "AND m.date > ? AND m.date <= ? ORDER BY m.date", (seller_id, start, end)
    ).cursor.fetchall()


def active_points(conn: Connection) -> list[tuple[str, int]]:
    return conn.exec_driver_sql(
        "SELECT seller_id, sum(points) FROM violations WHERE status = 'active' "
        "GROUP BY seller_id ORDER BY seller_id").cursor.fetchall()


def recent_violations(conn: Connection, policies: Sequence[str], since: str
                      ) -> list[tuple[str, str]]:
    """(seller_id, violation ids joined by commas) of active violations of the policies
    created on or after `since`."""
    marks = ", ".join("?" * len(policies))
    return conn.exec_driver_sql(
        "SELECT seller_id, group_concat(violation_id) FROM (SELECT seller_id, violation_id "
        f"FROM violations WHERE status = 'active' AND policy IN ({marks}) AND created_at >= ? "
        "ORDER BY violation_id) GROUP BY seller_id", (*policies, since)).cursor.fetchall()


def enrollments_in(conn: Connection, statuses: Sequence[str]) -> list[tuple[str, str]]:
    marks = ", ".join("?" * len(statuses))
    return conn.exec_driver_sql(
        f"SELECT seller_id, program_id FROM enrollments WHERE status IN ({marks})",
        tuple(statuses)).cursor.fetchall()


def program_criteria(conn: Connection) -> list[tuple[Any, ...]]:
    """(program_id, marketplace, name, metric, op, value, window_days) of active programs."""
    return conn.exec_driver_sql(
        "SELECT p.program_id, p.marketplace, p.name, c.metric, c.op, c.value, c.window_days "
        "FROM programs p JOIN program_criteria c ON c.program_id = p.program_id "
        "WHERE p.active ORDER BY p.position, c.position").cursor.fetchall()


def last_contacts(conn: Connection, tiers: Sequence[str]) -> list[tuple[str, str | None]]:
    """Latest outreach (not deleted) of each active seller of the tiers, through the
    (seller_id, occurred_at) index: one probe a seller."""
    marks = ", ".join("?" * len(tiers))
    return conn.exec_driver_sql(
        "SELECT s.seller_id, (SELECT o.occurred_at FROM outreach o WHERE o.seller_id = "
        "s.seller_id AND NOT o.deleted ORDER BY o.occurred_at DESC LIMIT 1) FROM sellers s "
        f"WHERE s.assigned AND s.status != 'closed' AND s.tier IN ({marks}) "
        "ORDER BY s.seller_id", tuple(tiers)).cursor.fetchall()
