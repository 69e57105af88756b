"""One seller's rows: profile, its key range of daily metrics, violations, programs.

Every daily read is `seller_id = ? AND date BETWEEN ? AND ?`, one contiguous range of the
clustered (seller_id, date) table, so a seller costs the same on a 7-million-row cache as on
a small one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from db.repositories.sync_state import LATEST_METRICS_DATE, get_meta

if TYPE_CHECKING:
    # numpy costs 0.06 s to import: the window's start-up reaches this module (through the
    # outreach snapshot) long before a seller's daily rows are read.
    import numpy as np

SELLER_COLUMNS = (
    "seller_id", "shop_name", "shop_code", "marketplace", "region", "category", "tier",
    "status", "currency", "timezone", "onboarded_on", "contact_name", "contact_phone",
    "contact_email", "contact_im_handle", "contact_preferred_channel", "contact_language",
    "health_sps", "health_ahr", "health_violation_points", "assigned",
)
# Summed over a window for the health numbers (the derived metrics of the contract).
SUM_COLUMNS = (
    "gmv", "orders", "visitors", "shipped_orders", "late_dispatched_orders",
    "seller_cancelled_orders", "delivered_orders", "on_time_deliveries",
    "seller_fault_returns", "negative_reviews", "im_conversations", "im_replied_12h",
    "live_gmv", "video_gmv",
)
# Read per day for the charts.
DAILY_COLUMNS = (
    "gmv", "orders", "shipped_orders", "late_dispatched_orders", "seller_cancelled_orders",
    "delivered_orders", "seller_fault_returns", "negative_reviews",
)
VIOLATION_COLUMNS = ("violation_id", "policy", "severity", "points", "status", "listing_id",
                     "description", "created_at", "expires_at")


def latest_date(conn: Connection) -> str | None:
    return get_meta(conn, LATEST_METRICS_DATE)


def seller(conn: Connection, seller_id: str) -> dict[str, Any] | None:
    row = conn.exec_driver_sql(
        f"SELECT {', '.join(SELLER_COLUMNS)} FROM sellers WHERE seller_id = ?", (seller_id,)
    ).first()
    return dict(zip(SELLER_COLUMNS, row, strict=True)) if row else None


def window_sums(conn: Connection, seller_id: str, first: str, last: str) -> dict[str, int]:
    row = conn.exec_driver_sql(
        "SELECT " + ", ".join(f"coalesce(sum({c}), 0)" for c in SUM_COLUMNS)
        + " FROM daily_metrics WHERE seller_id = ? AND date BETWEEN ? AND ?",
        (seller_id, first, last),
    ).one()
    return dict(zip(SUM_COLUMNS, row, strict=True))


def daily(conn: Connection, seller_id: str, first: str,
          last: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Day offsets from `first` of the days that have a row, and each column for them."""
    rows = conn.exec_driver_sql(
        f"SELECT CAST(julianday(date) - julianday(?) AS INTEGER), {', '.join(DAILY_COLUMNS)} "
        "FROM daily_metrics WHERE seller_id = ? AND date BETWEEN ? AND ?",
        (first, seller_id, first, last),
    ).all()
    import numpy as np

    table = np.array(rows, dtype=np.int64).reshape(len(rows), len(DAILY_COLUMNS) + 1)
    return table[:, 0], {c: table[:, i] for i, c in enumerate(DAILY_COLUMNS, start=1)}


def active_violation_points(conn: Connection, seller_id: str) -> int:
    return conn.exec_driver_sql(
        "SELECT coalesce(sum(points), 0) FROM violations WHERE seller_id = ? "
        "AND status = 'active'", (seller_id,)).scalar() or 0


def violations(conn: Connection, seller_id: str) -> list[dict[str, Any]]:
    # Active ones first: they are what the manager has to act on.
    rows = conn.exec_driver_sql(
        f"SELECT {', '.join(VIOLATION_COLUMNS)} FROM violations WHERE seller_id = ? "
        "ORDER BY status != 'active', created_at DESC", (seller_id,)).all()
    return [dict(zip(VIOLATION_COLUMNS, row, strict=True)) for row in rows]


def programs(conn: Connection, seller_id: str, marketplace: str) -> list[dict[str, Any]]:
    """The seller's enrollments with their catalog entry, then the marketplace's other
    active programs (status None), in catalog order."""
    rows = conn.exec_driver_sql(
        "SELECT p.program_id, p.name, p.description, p.marketplace, p.active, e.status, "
        "e.updated_at FROM programs p LEFT JOIN enrollments e "
        "ON e.program_id = p.program_id AND e.seller_id = ? "
        "WHERE e.status IS NOT NULL OR (p.active AND p.marketplace = ?) "
        "UNION ALL "
        # An enrollment in a program the catalog no longer lists still shows, by its id.
        "SELECT e.program_id, NULL, NULL, NULL, 0, e.status, e.updated_at FROM enrollments e "
        "WHERE e.seller_id = ? AND e.program_id NOT IN (SELECT program_id FROM programs)",
        (seller_id, marketplace, seller_id),
    ).all()
    keys = ("program_id", "name", "description", "marketplace", "active", "status",
            "updated_at")
    found = [dict(zip(keys, row, strict=True)) for row in rows]
    criteria = _criteria(conn, [p["program_id"] for p in found])
    positions = dict(conn.exec_driver_sql("SELECT program_id, position FROM programs").all())
    for program in found:
        program["active"] = bool(program["active"])
        program["criteria"] = criteria.get(program["program_id"], [])
    found.sort(key=lambda p: (p["status"] is None, positions.get(p["program_id"], 1 << 30)))
    return found


def _criteria(conn: Connection, program_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    if not program_ids:
        return {}
    marks = ", ".join("?" * len(program_ids))
    rows = conn.exec_driver_sql(
        "SELECT program_id, metric, op, value, window_days FROM program_criteria "
        f"WHERE program_id IN ({marks}) ORDER BY program_id, position", tuple(program_ids),
    ).all()
    found: dict[str, list[dict[str, Any]]] = {}
    for program_id, metric, op, value, window_days in rows:
        found.setdefault(program_id, []).append(
            {"metric": metric, "op": op, "value": value, "window_days": window_days})
    return found
