"""The write operations of contract section 5 on an open sandbox database.

Functions here run inside a transaction the store opened under its lock; they raise
ApiError for answers the client must see (4xx) and leave the commit to the caller.
Every change takes a fresh seq from the shared counter, so it shows up again in its feed.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import orjson

from sandbox import errors, validation

ACTIVITY_ORDER = (
    "activity_id", "client_id", "seller_id", "author_id", "channel", "direction",
    "occurred_at", "duration_seconds", "outcome", "program_id", "summary", "notes",
    "follow_up_on", "version", "deleted", "created_at", "updated_at",
)
# A teammate may change what an author may change, and may delete.
TEAMMATE_FIELDS = frozenset(validation.PATCHABLE) | {"deleted"}
_OPEN_ENROLLMENT = frozenset({"invited", "applied", "enrolled"})


class _Exists:
    """`x in _Exists(conn, table, column)`: a Container the validators can ask."""

    def __init__(self, conn: sqlite3.Connection, table: str, column: str) -> None:
        self._conn = conn
        self._sql = f"SELECT 1 FROM {table} WHERE {column} = ?"  # noqa: S608 (fixed names)

    def __contains__(self, value: object) -> bool:
        return self._conn.execute(self._sql, (value,)).fetchone() is not None


def sellers(conn: sqlite3.Connection) -> _Exists:
    return _Exists(conn, "sellers", "seller_id")


def programs(conn: sqlite3.Connection) -> _Exists:
    return _Exists(conn, "programs", "program_id")


def next_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'next_seq' "
        "RETURNING CAST(value AS INTEGER) - 1"
    ).fetchone()
    if row is None:
        raise RuntimeError("sandbox database has no meta.next_seq")
    return int(row[0])


def require_portfolio(conn: sqlite3.Connection, seller_id: str) -> None:
    row = conn.execute("SELECT assigned FROM sellers WHERE seller_id = ?", (seller_id,)).fetchone()
    if row is None or not row[0]:
        raise errors.ApiError(errors.NOT_IN_PORTFOLIO,
                              f"seller {seller_id} is not in your portfolio")


def _dumps(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")


def _ordered(activity: dict[str, Any]) -> dict[str, Any]:
    known = {name: activity.get(name) for name in ACTIVITY_ORDER}
    return known | {k: v for k, v in activity.items() if k not in known}


def create_outreach(
    conn: sqlite3.Connection, body: dict[str, Any], author_id: str, now: str
) -> dict[str, Any]:
    problems = validation.outreach_create(body, sellers(conn), programs(conn))
    if problems:
        raise errors.validation_failed(problems)
    require_portfolio(conn, body["seller_id"])
    taken = conn.execute(
        "SELECT activity_id FROM outreach WHERE client_id = ?", (body["client_id"],)
    ).fetchone()
    if taken is not None:
        raise errors.validation_failed([{
            "field": "client_id", "message": f"already used by activity {taken[0]}",
        }])
    activity = _ordered({
        **{name: body.get(name) for name in validation.OUTREACH_FIELDS},
        "activity_id": f"A-{uuid.uuid4().hex[:20]}",
        "author_id": author_id,
        "version": 1,
        "deleted": False,
        "created_at": now,
        "updated_at": now,
    })
    conn.execute(
        "INSERT INTO outreach (activity_id, client_id, seller_id, seq, version, deleted, "
        "updated_at, body) VALUES (?, ?, ?, ?, 1, 0, ?, ?)",
        (activity["activity_id"], activity["client_id"], activity["seller_id"], next_seq(conn),
         now, _dumps(activity)),
    )
    return activity


def load_activity(conn: sqlite3.Connection, activity_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT body FROM outreach WHERE activity_id = ?", (activity_id,)).fetchone()
    if row is None:
        raise errors.ApiError(errors.NOT_FOUND, f"activity {activity_id} not found")
    return orjson.loads(row[0])


def _save_activity(
    conn: sqlite3.Connection, activity: dict[str, Any], changes: dict[str, Any], now: str
) -> dict[str, Any]:
    updated = _ordered({
        **activity, **changes, "version": int(activity["version"]) + 1, "updated_at": now,
    })
    conn.execute(
        "UPDATE outreach SET seq = ?, version = ?, deleted = ?, updated_at = ?, body = ? "
        "WHERE activity_id = ?",
        (next_seq(conn), updated["version"], int(bool(updated.get("deleted"))), now,
         _dumps(updated), updated["activity_id"]),
    )
    return updated


def _check_version(activity: dict[str, Any], if_match: int) -> None:
    if int(activity["version"]) != if_match:
        raise errors.ApiError(
            errors.VERSION_CONFLICT,
            f"version conflict: If-Match {if_match}, current version {activity['version']}",
            activity,
        )
    if activity.get("deleted"):
        raise errors.ApiError(errors.NOT_FOUND, f"activity {activity['activity_id']} was deleted")


def patch_outreach(
    conn: sqlite3.Connection, activity_id: str, if_match: int, body: dict[str, Any], now: str
) -> dict[str, Any]:
    activity = load_activity(conn, activity_id)
    problems = validation.outreach_patch(body, programs(conn))
    if problems:
        raise errors.validation_failed(problems)
    require_portfolio(conn, activity["seller_id"])
    _check_version(activity, if_match)
    return _save_activity(conn, activity, body, now)


def delete_outreach(
    conn: sqlite3.Connection, activity_id: str, if_match: int, now: str
) -> dict[str, Any]:
    activity = load_activity(conn, activity_id)
    require_portfolio(conn, activity["seller_id"])
    _check_version(activity, if_match)
    return _save_activity(conn, activity, {"deleted": True}, now)


def teammate_edit(
    conn: sqlite3.Connection, activity_id: str, changes: dict[str, Any], now: str
) -> dict[str, Any]:
    unknown = sorted(set(changes) - TEAMMATE_FIELDS)
    if unknown:
        raise ValueError(f"a teammate cannot change: {', '.join(unknown)}")
    activity = load_activity(conn, activity_id)
    return _save_activity(conn, activity, changes, now)


def create_enrollment(conn: sqlite3.Connection, body: dict[str, Any], now: str) -> dict[str, Any]:
    problems = validation.enrollment_create(body, sellers(conn), programs(conn))
    if problems:
        raise errors.validation_failed(problems)
    seller_id, program_id = body["seller_id"], body["program_id"]
    require_portfolio(conn, seller_id)
    row = conn.execute(
        "SELECT version, body FROM enrollments WHERE seller_id = ? AND program_id = ?",
        (seller_id, program_id),
    ).fetchone()
    version = 1
    if row is not None:
        status = orjson.loads(row[1]).get("status")
        if status in _OPEN_ENROLLMENT:
            raise errors.validation_failed([{
                "field": "program_id",
                "message": f"seller {seller_id} is already {status} in {program_id}",
            }])
        version = int(row[0]) + 1
    item = {"seller_id": seller_id, "program_id": program_id, "status": "invited",
            "version": version, "updated_at": now}
    conn.execute(
        "INSERT INTO enrollments (seller_id, program_id, seq, version, updated_at, body) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (seller_id, program_id) DO UPDATE SET "
        "seq = excluded.seq, version = excluded.version, updated_at = excluded.updated_at, "
        "body = excluded.body",
        (seller_id, program_id, next_seq(conn), version, now, _dumps(item)),
    )
    return item


def canonical_body(body: Any) -> str:
    """The body as a JSON value: key order and white space do not make a request different."""
    return orjson.dumps(body, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def idempotent_lookup(
    conn: sqlite3.Connection, key: str, method: str, path: str, canonical: str
) -> tuple[int, dict[str, Any]] | None:
    """The stored (status, answer) of an earlier use of `key`; 42202 if it was another request."""
    row = conn.execute(
        "SELECT method, path, body_canonical, status, response FROM idempotency WHERE key = ?",
        (key,),
    ).fetchone()
    if row is None:
        return None
    if (row[0], row[1], row[2]) != (method, path, canonical):
        raise errors.ApiError(
            errors.IDEMPOTENCY_MISMATCH,
            f"Idempotency-Key {key} was already used with a different request",
        )
    return int(row[3]), orjson.loads(row[4])


def idempotent_save(
    conn: sqlite3.Connection, key: str, method: str, path: str, canonical: str,
    status: int, answer: dict[str, Any], now: str,
) -> None:
    conn.execute(
        "INSERT INTO idempotency (key, method, path, body_canonical, status, response, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (key, method, path, canonical, status, _dumps(answer), now),
    )


def set_assigned(conn: sqlite3.Connection, seller_id: str, assigned: bool,
                 now: str) -> dict[str, Any]:
    row = conn.execute("SELECT body FROM sellers WHERE seller_id = ?", (seller_id,)).fetchone()
    if row is None:
        raise errors.ApiError(errors.NOT_FOUND, f"seller {seller_id} not found")
    seller = orjson.loads(row[0])
    seller.update(assigned=assigned, version=seller["version"] + 1, updated_at=now)
    conn.execute(
        "UPDATE sellers SET seq = ?, version = ?, assigned = ?, updated_at = ?, body = ? "
        "WHERE seller_id = ?",
        (next_seq(conn), seller["version"], int(assigned), now, _dumps(seller), seller_id))
    return seller
