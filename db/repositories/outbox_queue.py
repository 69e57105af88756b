"""The outbox as the pusher walks it: outreach changes and nominations in one order.

`outbox_seq` is shared by both tables (see outreach_log.next_outbox_seq), so the oldest
local change goes first whatever its kind. A row is claimed (attempts + 1) in its own
transaction before its request goes out: from then on its key and body are frozen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

NOMINATION_COLUMNS = ("nomination_id", "seller_id", "program_id", "note", "idempotency_key",
                      "outbox_state", "outbox_error", "outbox_attempts", "outbox_seq",
                      "created_at")


def next_pending(conn: Connection) -> tuple[str, Any] | None:
    """("outreach", client_id) or ("nomination", nomination_id) of the oldest pending change."""
    found = []
    outreach = conn.exec_driver_sql(
        "SELECT outbox_seq, client_id FROM outreach WHERE outbox_seq > 0 "
        "AND outbox_state = 'pending' ORDER BY outbox_seq LIMIT 1").first()
    if outreach is not None:
        found.append((outreach[0], "outreach", outreach[1]))
    nomination = conn.exec_driver_sql(
        "SELECT outbox_seq, nomination_id FROM queued_nominations "
        "WHERE outbox_state = 'pending' ORDER BY outbox_seq LIMIT 1").first()
    if nomination is not None:
        found.append((nomination[0], "nomination", nomination[1]))
    if not found:
        return None
    _seq, kind, ident = min(found)
    return kind, ident


def pending_count(conn: Connection) -> int:
    return int(conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM outreach WHERE outbox_seq > 0 AND "
        "outbox_state = 'pending') + (SELECT count(*) FROM queued_nominations WHERE "
        "outbox_state = 'pending')").scalar() or 0)


def claim_outreach(conn: Connection, client_id: str) -> None:
    conn.exec_driver_sql(
        "UPDATE outreach SET outbox_attempts = outbox_attempts + 1 WHERE client_id = ?",
        (client_id,))


def claim_nomination(conn: Connection, nomination_id: int) -> dict[str, Any] | None:
    row = conn.exec_driver_sql(
        "UPDATE queued_nominations SET outbox_attempts = outbox_attempts + 1 "
        f"WHERE nomination_id = ? RETURNING {', '.join(NOMINATION_COLUMNS)}",
        (nomination_id,)).first()
    return dict(zip(NOMINATION_COLUMNS, row, strict=True)) if row else None


def insert_nomination(conn: Connection, values: dict[str, Any]) -> None:
    names = list(values)
    conn.exec_driver_sql(
        f"INSERT INTO queued_nominations ({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))})", tuple(values.values()))


def nomination_sent(conn: Connection, nomination_id: int) -> None:
    conn.exec_driver_sql("DELETE FROM queued_nominations WHERE nomination_id = ?",
                         (nomination_id,))


def nomination_refused(conn: Connection, nomination_id: int, message: str) -> None:
    conn.exec_driver_sql(
        "UPDATE queued_nominations SET outbox_state = 'rejected', outbox_error = ? "
        "WHERE nomination_id = ?", (message, nomination_id))


def nominations(conn: Connection, program_id: str | None = None) -> list[dict[str, Any]]:
    where = "WHERE program_id = ? " if program_id else ""
    params: tuple[Any, ...] = (program_id,) if program_id else ()
    return [dict(zip(NOMINATION_COLUMNS, r, strict=True)) for r in conn.exec_driver_sql(
        f"SELECT {', '.join(NOMINATION_COLUMNS)} FROM queued_nominations {where}"
        "ORDER BY outbox_seq", params)]


def problems(conn: Connection) -> list[tuple[str, str, str, str | None]]:
    """(ident, seller_id, state, error) of every refused or conflicting change, oldest first."""
    rows = conn.exec_driver_sql(
        "SELECT client_id, seller_id, outbox_state, outbox_error, outbox_seq FROM outreach "
        "WHERE outbox_seq > 0 AND outbox_state IN ('rejected', 'conflict') "
        "UNION ALL SELECT 'nomination:' || nomination_id, seller_id, outbox_state, "
        "outbox_error, outbox_seq FROM queued_nominations WHERE outbox_state = 'rejected' "
        "ORDER BY 5").all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]
