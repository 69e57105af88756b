"""The flags table, its events and the health scores: every write of the rule engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

# The stored state the lifecycle compares a new verdict with.
STATE_FIELDS = ("flag_id", "seller_id", "rule_id", "status", "severity", "active",
                "snoozed_until", "dismissed_severity", "status_before_snooze", "value",
                "threshold", "signature", "last_seen", "value_at_stake", "pack_id", "window_days")
WRITE_FIELDS = ("flag_id", "seller_id", "rule_id", "kind", "severity", "metric", "value",
                "threshold", "window_days", "evidence", "message_args", "signature",
                "value_at_stake",
                "pack_id", "status", "active", "first_seen", "last_seen", "resolved_at",
                "snoozed_until", "dismissed_reason", "dismissed_severity",
                "status_before_snooze", "updated_at")
EVENT_FIELDS = ("flag_id", "at", "event", "status", "severity", "value", "note")
ITEM_FIELDS = ("f.flag_id", "f.seller_id", "coalesce(s.shop_name, f.seller_id)",
               "coalesce(s.shop_code, '')", "f.rule_id", "f.kind", "f.severity", "f.metric",
               "f.value", "f.threshold", "f.window_days", "f.status", "f.first_seen",
               "f.last_seen", "f.snoozed_until", "f.dismissed_reason", "f.value_at_stake",
               "coalesce(s.currency, '')", "f.evidence", "f.message_args", "f.pack_id")
_SEVERITY_RANK = ("CASE f.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 "
                  "WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END")


def states(conn: Connection) -> list[tuple[Any, ...]]:
    return conn.exec_driver_sql(
        f"SELECT {', '.join(STATE_FIELDS)} FROM flags").cursor.fetchall()


def next_flag_id(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT coalesce(max(flag_id), 0) + 1 FROM flags").scalar())


def insert_flags(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:
        marks = ", ".join("?" * len(WRITE_FIELDS))
        conn.exec_driver_sql(f"INSERT INTO flags ({', '.join(WRITE_FIELDS)}) VALUES ({marks})",
                             list(rows))


VERDICT_FIELDS = ("kind", "severity", "metric", "value", "threshold", "window_days",
                  "evidence", "message_args", "signature", "value_at_stake", "pack_id", "status",
                  "last_seen", "snoozed_until", "status_before_snooze", "clear_dismissal",
                  "dismissed_severity", "updated_at", "flag_id")
_VERDICT_SQL = (
    "UPDATE flags SET kind = ?, severity = ?, metric = ?, value = ?, threshold = ?, "
    "window_days = ?, evidence = ?, message_args = ?, signature = ?, value_at_stake = ?, "
    "pack_id = ?, "
    "status = ?, active = 1, last_seen = ?, resolved_at = NULL, snoozed_until = ?, "
    "status_before_snooze = ?, dismissed_reason = CASE WHEN ? THEN NULL ELSE "
    "dismissed_reason END, dismissed_severity = ?, updated_at = ? WHERE flag_id = ?")
CLEAR_FIELDS = ("status", "resolved_at", "updated_at", "flag_id")
REFRESH_FIELDS = ("value", "threshold", "evidence", "message_args", "signature",
                  "value_at_stake", "last_seen", "updated_at", "flag_id")


def record_verdicts(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Rows in VERDICT_FIELDS order: the condition holds (again) at this evaluation."""
    if rows:
        conn.exec_driver_sql(_VERDICT_SQL, list(rows))


def record_refreshes(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Rows in REFRESH_FIELDS order: the condition holds as before (same status, severity
    and pack) with new numbers. No indexed column is set, so no index is rewritten: after
    a day of new data this is most flags."""
    if rows:
        conn.exec_driver_sql(
            "UPDATE flags SET value = ?, threshold = ?, evidence = ?, message_args = ?, "
            "signature = ?, value_at_stake = ?, last_seen = ?, updated_at = ? "
            "WHERE flag_id = ?", list(rows))


def record_clears(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Rows in CLEAR_FIELDS order: the condition no longer holds."""
    if rows:
        conn.exec_driver_sql(
            "UPDATE flags SET status = ?, active = 0, resolved_at = ?, snoozed_until = NULL, "
            "status_before_snooze = NULL, updated_at = ? WHERE flag_id = ?", list(rows))


def insert_events(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    if rows:
        conn.exec_driver_sql(
            f"INSERT INTO flag_events ({', '.join(EVENT_FIELDS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            list(rows))


HEALTH_FIELDS = ("seller_id", "score", "fulfilment", "customer_experience", "compliance",
                 "growth", "previous_score", "as_of")


def replace_health(conn: Connection, rows: Sequence[tuple[Any, ...]]
                   ) -> list[tuple[Any, ...]]:
    """The scores become `rows` (HEALTH_FIELDS order); only rows that differ are written,
    and returned."""
    stored = set(conn.exec_driver_sql(
        f"SELECT {', '.join(HEALTH_FIELDS)} FROM health_scores").cursor.fetchall())
    changed = [r for r in rows if tuple(r) not in stored]
    keep = {r[0] for r in rows}
    gone = [(s[0],) for s in stored if s[0] not in keep]
    if gone:
        conn.exec_driver_sql("DELETE FROM health_scores WHERE seller_id = ?", gone)
    if changed:
        conn.exec_driver_sql(
            f"INSERT OR REPLACE INTO health_scores ({', '.join(HEALTH_FIELDS)}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", changed)
    return changed


def health(conn: Connection, seller_id: str) -> tuple[Any, ...] | None:
    return conn.exec_driver_sql(
        "SELECT h.score, h.fulfilment, h.customer_experience, h.compliance, h.growth, "
        "h.previous_score, s.marketplace, s.region FROM health_scores h "
        "JOIN sellers s ON s.seller_id = h.seller_id WHERE h.seller_id = ?",
        (seller_id,)).cursor.fetchone()


def items(conn: Connection, *, seller_id: str | None, kinds: Sequence[str] | None,
          statuses: Sequence[str] | None, flag_ids: Sequence[int] | None = None
          ) -> list[tuple[Any, ...]]:
    """Flags in ITEM_FIELDS order: worst severity first, then most money at stake."""
    where, params = [], []
    for column, values in (("f.kind", kinds), ("f.status", statuses), ("f.flag_id", flag_ids)):
        if values is not None:
            where.append(f"{column} IN ({', '.join('?' * len(values))})" if values else "0")
            params += list(values)
    if seller_id is not None:
        where.append("f.seller_id = ?")
        params.append(seller_id)
    sql = (f"SELECT {', '.join(ITEM_FIELDS)} FROM flags f "
           "LEFT JOIN sellers s ON s.seller_id = f.seller_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {_SEVERITY_RANK}, coalesce(f.value_at_stake, 0) DESC, f.flag_id"
    return conn.exec_driver_sql(sql, tuple(params)).cursor.fetchall()


def events(conn: Connection, flag_id: int) -> list[tuple[Any, ...]]:
    return conn.exec_driver_sql(
        "SELECT at, event, status, severity, value, note FROM flag_events WHERE flag_id = ? "
        "ORDER BY event_id", (flag_id,)).cursor.fetchall()


def lifecycle_rows(conn: Connection, flag_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(flag_id, status, severity, value, status_before_snooze) of the given flags."""
    if not flag_ids:
        return []
    return conn.exec_driver_sql(
        "SELECT flag_id, status, severity, value, status_before_snooze FROM flags "
        "WHERE flag_id IN "
        f"({', '.join('?' * len(flag_ids))})", tuple(flag_ids)).cursor.fetchall()


def set_status(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """(status, snoozed_until, dismissed_reason, dismissed_severity, status_before_snooze,
    updated_at, flag_id) per flag: a user's change of a flag's status."""
    conn.exec_driver_sql(
        "UPDATE flags SET status = ?, snoozed_until = ?, dismissed_reason = ?, "
        "dismissed_severity = ?, status_before_snooze = ?, updated_at = ? WHERE flag_id = ?",
        list(rows))


def open_counts(conn: Connection, statuses: Sequence[str]) -> tuple[int, int, int]:
    marks = ", ".join("?" * len(statuses))
    row = conn.exec_driver_sql(
        "SELECT count(CASE WHEN kind = 'risk' THEN 1 END), "
        "count(CASE WHEN kind = 'opportunity' THEN 1 END), "
        "count(CASE WHEN kind = 'risk' AND severity = 'critical' THEN 1 END) "
        f"FROM flags WHERE status IN ({marks})", tuple(statuses)).one()
    return int(row[0]), int(row[1]), int(row[2])


def seller_scope(conn: Connection, seller_id: str) -> tuple[str, str] | None:
    """(marketplace, region) of a seller."""
    row = conn.exec_driver_sql("SELECT marketplace, region FROM sellers WHERE seller_id = ?",
                               (seller_id,)).first()
    return (row[0], row[1]) if row else None


def history_scores(conn: Connection, as_of: str) -> list[tuple[str, float | None]]:
    """(seller_id, score) kept for the metrics date `as_of`, by seller id."""
    return conn.exec_driver_sql(
        "SELECT seller_id, score FROM health_history WHERE as_of = ? ORDER BY seller_id",
        (as_of,)).cursor.fetchall()


def keep_history(conn: Connection, as_of: str, rows: Sequence[tuple[str, float | None]],
                 keep_from: str) -> None:
    """Scores for `as_of` (replacing any kept), and nothing older than `keep_from`."""
    conn.exec_driver_sql("DELETE FROM health_history WHERE as_of < ?", (keep_from,))
    if rows:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO health_history (seller_id, as_of, score) VALUES (?, ?, ?)",
            [(seller, as_of, score) for seller, score in rows])


def history_kept_between(conn: Connection, first: str, last: str) -> bool:
    """Whether any evaluation kept scores for a date in [first, last]."""
    return conn.exec_driver_sql(
        "SELECT 1 FROM health_history WHERE as_of BETWEEN ? AND ? LIMIT 1",
        (first, last)).first() is not None


def keep_computed_scores(conn: Connection, as_of: str,
                         rows: Sequence[tuple[str, float | None]]) -> None:
    """(seller_id, score) of `as_of` computed from the daily rows; a score kept by an
    evaluation of that date stays as it was."""
    if rows:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO health_history (as_of, seller_id, score) "
            "VALUES (?, ?, ?)", [(as_of, seller, score) for seller, score in rows])
