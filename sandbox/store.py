"""The sandbox platform's state: its database and its tokens, behind one lock.

One sqlite connection serves every request; uvicorn's loop and a test thread calling the
control operations meet at `self.lock`. Writes run the idempotency check, the operation and
the idempotency record in one transaction, so a crash cannot keep one without the other.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sandbox import errors, store_feeds, store_writes
from sandbox.auth import TokenStore
from sandbox.faults import FaultConfig
from sandbox.store_feeds import Page

_COUNTED_TABLES = ("sellers", "metrics", "violations", "enrollments", "outreach", "programs")
Operation = Callable[[sqlite3.Connection, str], Any]
Generation = tuple[int, int]  # cursor epoch, count of changes made through the store


@dataclass(frozen=True)
class WriteResult:
    status: int  # HTTP status to answer
    code: int
    message: str
    data: Any
    replayed: bool


class SandboxStore:
    def __init__(
        self,
        conn: sqlite3.Connection,
        faults: FaultConfig,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.conn = conn
        self.faults = faults
        self.lock = threading.Lock()
        self._clock = clock
        self.tokens = TokenStore(access_ttl=lambda: faults.token_ttl, clock=clock)
        self._changes = 0
        with self.lock:
            self._epoch = self._load_epoch()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- tokens ----------------------------------------------------------------------

    def password_grant(self, username: str, password: str) -> dict[str, Any]:
        with self.lock:
            row = self.conn.execute(
                "SELECT manager_id, password FROM managers WHERE username = ?", (username,)
            ).fetchone()
        # Compare even when the user is unknown so timing does not reveal usernames.
        expected = row[1] if row else secrets.token_hex(16)
        if not hmac.compare_digest(expected.encode("utf-8"), password.encode("utf-8")) or not row:
            raise errors.ApiError(errors.TOKEN_INVALID, "invalid_grant")
        return self.tokens.issue(row[0])

    def refresh_grant(self, refresh_token: str) -> dict[str, Any]:
        return self.tokens.refresh(refresh_token)

    def authenticate(self, access_token: str) -> str:
        return self.tokens.check_access(access_token)

    def revoke_refresh_tokens(self) -> int:
        return self.tokens.revoke_refresh_tokens()

    # -- reads -----------------------------------------------------------------------

    def me(self, manager_id: str) -> bytes:
        with self.lock:
            row = self.conn.execute(
                "SELECT json_object('manager_id', manager_id, 'display_name', display_name, "
                "'email', email, 'region', region, 'timezone', timezone, 'locale', locale) "
                "FROM managers WHERE manager_id = ?",
                (manager_id,),
            ).fetchone()
        if row is None:
            raise errors.ApiError(errors.NOT_FOUND, f"manager {manager_id} not found")
        return row[0].encode("utf-8")

    def programs(self) -> bytes:
        with self.lock:
            (items,) = self.conn.execute(
                "SELECT group_concat(body, ',') FROM (SELECT body FROM programs ORDER BY position)"
            ).fetchone()
        return b'{"items":[' + (items or "").encode("utf-8") + b"]}"

    def feed_position(self, feed: str, cursor: str | None, page_size: str | None,
                      ) -> tuple[int, int]:
        """(after seq, page size) of a feed request, or 40401 / 40001 saying what is wrong."""
        if feed not in store_feeds.FEEDS:
            raise errors.ApiError(errors.NOT_FOUND, f"no feed named {feed!r}")
        size = store_feeds.parse_page_size(page_size, feed)
        if not cursor:
            return 0, size
        # Read without the lock: a read-ahead may hold it for a whole page's SQL.
        return store_feeds.decode_cursor(cursor, feed, self._epoch), size

    def render_page(self, feed: str, after: int, size: int) -> tuple[Page, Generation]:
        with self.lock:
            page = store_feeds.read_page(self.conn, feed, after, size, self._epoch)
            return page, self._generation()

    def generation(self) -> Generation:
        """Changes whenever a feed may read differently: a write or a new cursor epoch.

        Lock-free on purpose (see feed_position); changes made through the store bump it.
        """
        return self._generation()

    def page_served(self) -> None:
        """Count a served page for the cursor-expiry fault."""
        if self.faults.feed_page_served():
            with self.lock:
                self._bump_epoch()

    def feed_page(self, feed: str, cursor: str | None, page_size: str | None = None) -> Page:
        """One page, rendered in the caller's thread (the server renders through FeedPages)."""
        after, size = self.feed_position(feed, cursor, page_size)
        page, _ = self.render_page(feed, after, size)
        self.page_served()
        return page

    # -- writes ----------------------------------------------------------------------

    def create_outreach(self, key: str, body: Any, manager_id: str) -> WriteResult:
        def op(conn: sqlite3.Connection, now: str) -> Any:
            return store_writes.create_outreach(conn, _object(body), manager_id, now)

        return self._write(key, "POST", "/api/v1/outreach", body, op, created=True)

    def patch_outreach(self, key: str, activity_id: str, if_match: int, body: Any) -> WriteResult:
        def op(conn: sqlite3.Connection, now: str) -> Any:
            return store_writes.patch_outreach(conn, activity_id, if_match, _object(body), now)

        path = f"/api/v1/outreach/{activity_id}"
        return self._write(key, "PATCH", path, {"if_match": if_match, "body": body}, op)

    def delete_outreach(self, key: str, activity_id: str, if_match: int) -> WriteResult:
        def op(conn: sqlite3.Connection, now: str) -> Any:
            return store_writes.delete_outreach(conn, activity_id, if_match, now)

        path = f"/api/v1/outreach/{activity_id}"
        return self._write(key, "DELETE", path, {"if_match": if_match}, op)

    def create_enrollment(self, key: str, body: Any) -> WriteResult:
        def op(conn: sqlite3.Connection, now: str) -> Any:
            return store_writes.create_enrollment(conn, _object(body), now)

        return self._write(key, "POST", "/api/v1/enrollments", body, op, created=True)

    def _write(
        self, key: str, method: str, path: str, request: Any, op: Operation, created: bool = False
    ) -> WriteResult:
        canonical = store_writes.canonical_body(request)
        now = self.now()
        with self.lock, self._transaction():
            earlier = store_writes.idempotent_lookup(self.conn, key, method, path, canonical)
            if earlier is not None:
                status, answer = earlier
                # A replay is not a creation: 200 however the first answer was worded.
                return WriteResult(200 if status < 300 else status, answer["code"],
                                   answer["message"], answer["data"], replayed=True)
            self.conn.execute("SAVEPOINT op")
            try:
                data = op(self.conn, now)
            except errors.ApiError as exc:
                if exc.status >= 500:
                    raise
                # A refused write changes nothing, but the refusal is the key's answer.
                self.conn.execute("ROLLBACK TO op")
                result = WriteResult(exc.status, exc.code, exc.message, exc.data, replayed=False)
            else:
                result = WriteResult(201 if created else 200, errors.OK, "success", data, False)
                self._changes += 1
            self.conn.execute("RELEASE op")
            answer = {"code": result.code, "message": result.message, "data": result.data}
            store_writes.idempotent_save(
                self.conn, key, method, path, canonical, result.status, answer, now)
            return result

    # -- control (tests, benchmarks, the CLI) ------------------------------------------

    def teammate_edit(self, activity_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """A teammate changes an activity behind the client's back (version+1, new seq)."""
        with self.lock, self._transaction():
            self._changes += 1
            return store_writes.teammate_edit(self.conn, activity_id, changes, self.now())

    def set_assigned(self, seller_id: str, assigned: bool) -> dict[str, Any]:
        """Move a seller into or out of the portfolio (version+1, new seq), as a reassignment."""
        with self.lock, self._transaction():
            self._changes += 1
            return store_writes.set_assigned(self.conn, seller_id, assigned, self.now())

    def advance_day(self, days: int = 1, restate_days: int = 7,
                    restate_fraction: float = 0.25) -> dict[str, Any]:
        """Let the platform live `days` more business days.

        Returns the new end_date and the generator's counts summed over the days.
        """
        # Imported here: numpy and the generator cost a second, and only control needs them.
        from sandbox import generator

        totals: Counter[str] = Counter()
        with self.lock:
            self._changes += 1
            for _ in range(days):
                result = generator.advance_day(self.conn, restate_days=restate_days,
                                               restate_fraction=restate_fraction)
                totals.update(dataclasses.asdict(result))
            return {"end_date": self._meta("end_date"), **totals}

    def expire_cursors(self) -> None:
        with self.lock:
            self._bump_epoch()

    def state(self) -> dict[str, Any]:
        with self.lock:
            counts = {
                table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                for table in _COUNTED_TABLES
            }
            (assigned,) = self.conn.execute(
                "SELECT count(*) FROM sellers WHERE assigned").fetchone()
            meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        return {"end_date": meta.get("end_date"), "start_date": meta.get("start_date"),
                "next_seq": int(meta.get("next_seq", 0)), "cursor_epoch": self._epoch,
                "counts": counts | {"assigned_sellers": assigned}}

    # -- helpers ---------------------------------------------------------------------

    def now(self) -> str:
        stamp = dt.datetime.fromtimestamp(self._clock(), dt.UTC)
        return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _generation(self) -> Generation:
        return self._epoch, self._changes

    @property
    def cursor_epoch(self) -> int:
        return self._epoch

    def _load_epoch(self) -> int:
        # A random first epoch: cursors from another database (regenerated, or another
        # sandbox altogether) are refused as expired instead of silently skipping data.
        stored = self._meta("cursor_epoch")
        if stored is not None:
            return int(stored)
        epoch = secrets.randbelow(1 << 30)
        self.conn.execute("INSERT INTO meta (key, value) VALUES ('cursor_epoch', ?)", (str(epoch),))
        return epoch

    def _bump_epoch(self) -> None:
        self._epoch += 1
        self.conn.execute("UPDATE meta SET value = ? WHERE key = 'cursor_epoch'",
                          (str(self._epoch),))


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise errors.validation_failed([{"field": "", "message": "body must be a JSON object"}])
    return body
