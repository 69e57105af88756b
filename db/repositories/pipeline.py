"""What the enrollment funnel is computed from: eligibility flags, outreach about a
program, enrollments and queued nominations, each aggregated per seller in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection


def programs(conn: Connection) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in conn.exec_driver_sql(
        "SELECT program_id, name FROM programs ORDER BY position")]


def program_name(conn: Connection, program_id: str) -> str | None:
    value = conn.exec_driver_sql(
        "SELECT name FROM programs WHERE program_id = ?", (program_id,)).scalar()
    return str(value) if value is not None else None


def eligible_sellers(conn: Connection, program_id: str) -> list[str]:
    """Open `program_eligible:<id>` flags (empty until the flags engine has run)."""
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT seller_id FROM flags WHERE rule_id = ? AND status IN ('new', 'acknowledged')",
        (f"program_eligible:{program_id}",))]


def outreach_signals(conn: Connection, program_id: str,
                     since: str | None) -> list[tuple[str, bool, bool, str | None, str | None]]:
    """Per seller: (seller_id, any interested, any enrolled, last decline, last positive)."""
    period = " AND occurred_at >= ?" if since else ""
    params: tuple[Any, ...] = (program_id, since) if since else (program_id,)
    return [(r[0], bool(r[1]), bool(r[2]), r[3], r[4]) for r in conn.exec_driver_sql(
        "SELECT seller_id, max(outcome = 'interested'), max(outcome = 'enrolled'), "
        "max(CASE WHEN outcome = 'not_interested' THEN occurred_at END), "
        "max(CASE WHEN outcome IN ('interested', 'enrolled') THEN occurred_at END) "
        f"FROM outreach WHERE program_id = ? AND deleted = 0{period} GROUP BY seller_id",
        params)]


def enrollment_statuses(conn: Connection, program_id: str,
                        since: str | None) -> list[tuple[str, str]]:
    period = " AND updated_at >= ?" if since else ""
    params: tuple[Any, ...] = (program_id, since) if since else (program_id,)
    return [(r[0], r[1]) for r in conn.exec_driver_sql(
        f"SELECT seller_id, status FROM enrollments WHERE program_id = ?{period}", params)]


def nominated_sellers(conn: Connection, program_id: str) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT DISTINCT seller_id FROM queued_nominations WHERE program_id = ? "
        "AND outbox_state = 'pending'", (program_id,))]


def pending_nomination(conn: Connection, seller_id: str, program_id: str) -> bool:
    return conn.exec_driver_sql(
        "SELECT 1 FROM queued_nominations WHERE seller_id = ? AND program_id = ? "
        "AND outbox_state = 'pending'", (seller_id, program_id)).first() is not None
