"""Outreach rows as the outreach screens read and change them (own and teammates').

Every list is one index range: the timeline walks (seller_id, occurred_at), the recent list
(occurred_at), the outbox (outbox_seq) and the follow-up worklist its partial index, so a
cache of 200,000 entries reads like a small one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from db.repositories.sync_state import MANAGER_ID

ROW_COLUMNS = (
    "client_id", "activity_id", "seller_id", "author_id", "channel", "direction",
    "occurred_at", "duration_seconds", "outcome", "program_id", "summary", "notes",
    "follow_up_on", "deleted", "version", "remote_version", "created_at", "updated_at",
    "remote_payload", "outbox_op", "outbox_state", "idempotency_key", "outbox_error",
    "outbox_attempts", "local_updated_at", "flag_id", "snapshot", "follow_up_done_at",
    "follow_up_snoozed_until", "outbox_request", "outbox_seq", "outbox_next",
)
# What a list shows: the row, its shop name and whether it is mine (not yet pushed rows
# have no author; pushed ones carry the manager id this cache signed in as).
_SELECT = (
    "SELECT " + ", ".join(f"o.{c}" for c in ROW_COLUMNS)
    + ", coalesce(s.shop_name, ''), "
    f"(o.author_id IS NULL OR o.author_id = (SELECT value FROM cache_meta WHERE key = "
    f"'{MANAGER_ID}')) FROM outreach AS o LEFT JOIN sellers AS s ON s.seller_id = o.seller_id "
)
# Must repeat the partial index's expression and condition for SQLite to use it.
FOLLOW_UP_DUE = "coalesce(o.follow_up_snoozed_until, o.follow_up_on)"
_FOLLOW_UP_OPEN = ("o.follow_up_on IS NOT NULL AND o.follow_up_done_at IS NULL "
                   "AND o.deleted = 0")
_MINE = ("(o.author_id IS NULL OR o.author_id = (SELECT value FROM cache_meta "
         f"WHERE key = '{MANAGER_ID}'))")


def _rows(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    names = (*ROW_COLUMNS, "shop_name", "mine")
    return [dict(zip(names, row, strict=True))
            for row in conn.exec_driver_sql(_SELECT + sql, params)]


def take_write_lock(conn: Connection) -> None:
    """Start the transaction as a writer, so a read-then-write never meets a stale snapshot.

    The UI's cache thread and the pusher write the same rows; a deferred transaction that
    read first would fail with SQLITE_BUSY instead of waiting its turn.
    """
    conn.exec_driver_sql("UPDATE cache_meta SET value = value WHERE 0")


def get(conn: Connection, client_id: str) -> dict[str, Any] | None:
    rows = _rows(conn, "WHERE o.client_id = ?", (client_id,))
    return rows[0] if rows else None


def insert(conn: Connection, values: dict[str, Any]) -> None:
    names = list(values)
    conn.exec_driver_sql(
        f"INSERT INTO outreach ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        tuple(values[n] for n in names),
    )


def insert_many(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    conn.exec_driver_sql(
        f"INSERT INTO outreach ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [tuple(r[n] for n in names) for r in rows],  # type: ignore[arg-type]
    )


def update(conn: Connection, client_id: str, values: dict[str, Any],
           *, idempotency_key: str | None = None) -> bool:
    """Set `values` on the row; with `idempotency_key`, only while the row still has it."""
    sets = ", ".join(f"{name} = ?" for name in values)
    sql = f"UPDATE outreach SET {sets} WHERE client_id = ?"
    params: tuple[Any, ...] = (*values.values(), client_id)
    if idempotency_key is not None:
        sql += " AND idempotency_key = ?"
        params += (idempotency_key,)
    return bool(conn.exec_driver_sql(sql, params).rowcount)


def remove(conn: Connection, client_id: str) -> None:
    conn.exec_driver_sql("DELETE FROM outreach WHERE client_id = ?", (client_id,))


def timeline(conn: Connection, seller_id: str, limit: int) -> list[dict[str, Any]]:
    return _rows(conn, "WHERE o.seller_id = ? AND o.deleted = 0 "
                       "ORDER BY o.occurred_at DESC, o.client_id DESC LIMIT ?",
                 (seller_id, limit))


def recent(conn: Connection, limit: int) -> list[dict[str, Any]]:
    return _rows(conn, "WHERE o.deleted = 0 ORDER BY o.occurred_at DESC, o.client_id DESC "
                       "LIMIT ?", (limit,))


def outbox(conn: Connection) -> list[dict[str, Any]]:
    # seq > 0 rather than IS NOT NULL: SQLite then walks the outbox_seq index.
    return _rows(conn, "WHERE o.outbox_seq > 0 ORDER BY o.outbox_seq")


def outbox_counts(conn: Connection) -> dict[str, int]:
    counts = {"pending": 0, "rejected": 0, "conflict": 0}
    for table in ("outreach", "queued_nominations"):
        for state, count in conn.exec_driver_sql(
            f"SELECT outbox_state, count(*) FROM {table} "
            "WHERE outbox_seq > 0 GROUP BY outbox_state"
        ):
            counts[state] = counts.get(state, 0) + int(count)
    return counts


def next_outbox_seq(conn: Connection) -> int:
    row = conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT max(outbox_seq) FROM outreach), 0), "
        "coalesce((SELECT max(outbox_seq) FROM queued_nominations), 0))"
    ).scalar()
    return int(row or 0) + 1


def follow_ups(conn: Connection, first: str | None, last: str, limit: int) -> list[dict[str, Any]]:
    """My open follow-ups due between `first` and `last` (inclusive; None: no lower bound)."""
    low = f"{FOLLOW_UP_DUE} >= ? AND " if first is not None else ""
    params: tuple[Any, ...] = ((first,) if first is not None else ()) + (last, limit)
    return _rows(conn, f"WHERE {_FOLLOW_UP_OPEN} AND {low}{FOLLOW_UP_DUE} <= ? AND {_MINE} "
                       f"ORDER BY {FOLLOW_UP_DUE}, o.occurred_at LIMIT ?", params)


def follow_up_count(conn: Connection, last: str) -> int:
    return int(conn.exec_driver_sql(
        f"SELECT count(*) FROM outreach AS o WHERE {_FOLLOW_UP_OPEN} "
        f"AND {FOLLOW_UP_DUE} <= ? AND {_MINE}", (last,)
    ).scalar() or 0)


def manager_id(conn: Connection) -> str | None:
    value = conn.exec_driver_sql(
        "SELECT value FROM cache_meta WHERE key = ?", (MANAGER_ID,)
    ).scalar()
    return str(value) if value is not None else None


def program_known(conn: Connection, program_id: str) -> bool:
    """Known to the catalog in this cache; any id passes before the catalog was synced."""
    row = conn.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM programs WHERE program_id = ?), "
        "EXISTS (SELECT 1 FROM programs)", (program_id,)).one()
    return bool(row[0]) or not row[1]
