"""Bulk upserts of feed pages: the only place feed rows are written.

Pages arrive as validated dicts. The large feed (metrics) binds them by name straight
into `executemany`, with money turned into fixed-point integers by SQLite itself, which
keeps the bulk path at the speed of raw sqlite3 (ORM objects per row run at 3% of it).
Every upsert keeps the newest row: an older or equal revision/version changes nothing.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from db.units import MONEY_SCALE

MONEY_FIELDS = ("gmv", "live_gmv", "video_gmv", "affiliate_gmv", "ad_spend")
METRIC_FIELDS = (
    "seller_id", "date", "currency", "gmv", "orders", "units", "visitors", "product_views",
    "shipped_orders", "late_dispatched_orders", "seller_cancelled_orders", "delivered_orders",
    "on_time_deliveries", "seller_fault_returns", "reviews", "negative_reviews",
    "im_conversations", "im_replied_12h", "live_gmv", "video_gmv", "affiliate_gmv", "ad_spend",
    "revision", "updated_at",
)
SELLER_COLUMNS = (
    "seller_id", "shop_name", "shop_code", "marketplace", "region", "category", "tier",
    "status", "currency", "timezone", "onboarded_on", "contact_name", "contact_phone",
    "contact_email", "contact_im_handle", "contact_preferred_channel", "contact_language",
    "health_sps", "health_ahr", "health_violation_points", "assigned", "version", "updated_at",
)
VIOLATION_COLUMNS = (
    "violation_id", "seller_id", "policy", "severity", "points", "status", "listing_id",
    "description", "created_at", "expires_at", "version", "updated_at",
)
ENROLLMENT_COLUMNS = ("seller_id", "program_id", "status", "version", "updated_at")
OUTREACH_FIELDS = (
    "client_id", "activity_id", "seller_id", "author_id", "channel", "direction", "occurred_at",
    "duration_seconds", "outcome", "program_id", "summary", "notes", "follow_up_on", "deleted",
    "version", "created_at", "updated_at",
)


def _upsert_sql(table: str, columns: Sequence[str], key: Sequence[str], newer: str,
                values: Sequence[str] | None = None) -> str:
    names = ", ".join(columns)
    placeholders = ", ".join(values or [f":{c}" for c in columns])
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    return (
        f"INSERT INTO {table} ({names}) VALUES ({placeholders}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates} "
        f"WHERE excluded.{newer} > {table}.{newer}"
    )


_METRICS_SQL = _upsert_sql(
    "daily_metrics", METRIC_FIELDS, ("seller_id", "date"), "revision",
    values=[
        f"CAST(ROUND(? * {MONEY_SCALE}) AS INTEGER)" if c in MONEY_FIELDS else "?"
        for c in METRIC_FIELDS
    ],
)
# Tuples built in C bind faster than sqlite3 can look names up in each dict.
_METRIC_TUPLE = operator.itemgetter(*METRIC_FIELDS)
# Sellers arrive nested (contact, health) and are flattened into tuples, so bind by position.
_SELLERS_SQL = _upsert_sql("sellers", SELLER_COLUMNS, ("seller_id",), "version",
                           values=["?"] * len(SELLER_COLUMNS))
_VIOLATIONS_SQL = _upsert_sql("violations", VIOLATION_COLUMNS, ("violation_id",), "version")
_ENROLLMENTS_SQL = _upsert_sql(
    "enrollments", ENROLLMENT_COLUMNS, ("seller_id", "program_id"), "version"
)


def _execute_many(conn: Connection, sql: str, rows: Sequence[Any]) -> None:
    if rows:
        # exec_driver_sql hands the rows to sqlite3's executemany inside our transaction.
        conn.exec_driver_sql(sql, rows)  # type: ignore[arg-type]


def upsert_metrics(conn: Connection, items: Sequence[dict[str, Any]]) -> None:
    _execute_many(conn, _METRICS_SQL, list(map(_METRIC_TUPLE, items)))


def _flatten_seller(item: dict[str, Any]) -> tuple[Any, ...]:
    contact = item.get("contact") or {}
    health = item.get("health") or {}
    return (
        item["seller_id"], item["shop_name"], item["shop_code"], item["marketplace"],
        item["region"], item["category"], item["tier"], item["status"], item["currency"],
        item["timezone"], item.get("onboarded_on"), contact.get("name"), contact.get("phone"),
        contact.get("email"), contact.get("im_handle"), contact.get("preferred_channel"),
        contact.get("language"), health.get("sps"), health.get("ahr"),
        health.get("violation_points"), item["assigned"], item["version"], item["updated_at"],
    )


def upsert_sellers(conn: Connection, items: Sequence[dict[str, Any]]) -> None:
    _execute_many(conn, _SELLERS_SQL, [_flatten_seller(i) for i in items])


def upsert_violations(conn: Connection, items: Sequence[dict[str, Any]]) -> None:
    rows = [{c: item.get(c) for c in VIOLATION_COLUMNS} for item in items]
    _execute_many(conn, _VIOLATIONS_SQL, rows)


def upsert_enrollments(conn: Connection, items: Sequence[dict[str, Any]]) -> None:
    _execute_many(conn, _ENROLLMENTS_SQL, items)


# A row with a local change waiting in the outbox keeps its fields and its If-Match base;
# only the record of the platform's copy moves forward, for the conflict view.
_OUTREACH_SQL = (
    f"INSERT INTO outreach ({', '.join(OUTREACH_FIELDS)}, remote_version, remote_payload, "
    "outbox_attempts) VALUES ("
    + ", ".join(f":{c}" for c in OUTREACH_FIELDS)
    + ", :version, :remote_payload, 0) "
    "ON CONFLICT (client_id) DO UPDATE SET "
    "remote_version = excluded.remote_version, remote_payload = excluded.remote_payload, "
    "activity_id = coalesce(outreach.activity_id, excluded.activity_id), "
    + ", ".join(
        f"{c} = CASE WHEN outreach.outbox_op IS NULL THEN excluded.{c} ELSE outreach.{c} END"
        for c in OUTREACH_FIELDS if c not in ("client_id", "activity_id")
    )
    + " WHERE excluded.version > coalesce(outreach.remote_version, -1)"
)


def upsert_outreach(conn: Connection, items: Sequence[dict[str, Any]],
                    encode: Callable[[dict[str, Any]], str]) -> None:
    rows = []
    for item in items:
        row = {c: item.get(c) for c in OUTREACH_FIELDS}
        row["deleted"] = bool(item.get("deleted", False))
        row["remote_payload"] = encode(item)
        rows.append(row)
    _execute_many(conn, _OUTREACH_SQL, rows)


def replace_programs(conn: Connection, programs: Iterable[dict[str, Any]]) -> int:
    """The catalog is not paged: the platform's list replaces ours in one transaction."""
    conn.exec_driver_sql("DELETE FROM program_criteria")
    conn.exec_driver_sql("DELETE FROM programs")
    program_rows = []
    criterion_rows = []
    for position, program in enumerate(programs):
        program_rows.append((program["program_id"], position, program["marketplace"],
                             program["name"], program.get("description"), program["active"]))
        for index, criterion in enumerate(program["criteria"]):
            criterion_rows.append((program["program_id"], index, criterion["metric"],
                                   criterion["op"], criterion["value"],
                                   criterion.get("window_days")))
    _execute_many(conn, "INSERT INTO programs (program_id, position, marketplace, name, "
                  "description, active) VALUES (?, ?, ?, ?, ?, ?)", program_rows)
    _execute_many(conn, "INSERT INTO program_criteria (program_id, position, metric, op, "
                  "value, window_days) VALUES (?, ?, ?, ?, ?, ?)", criterion_rows)
    return len(program_rows)
