"""Push the outbox: local outreach changes and nominations, one at a time, oldest first.

Each change is claimed (attempts + 1) and committed before its request goes out with the
idempotency key stored beside it, so a process killed mid-request sends the same key and
body again after a restart and the platform answers with the original result: nothing is
created twice. The answer is stored, and the outbox columns cleared, in one transaction.

Transient failures (5xx, 429, network) are retried by the transport with its own policy;
if they persist the push stops and raises, leaving the change pending. A 409 keeps both
versions (mine in the row, theirs in remote_payload) as a conflict; 422/403/404 leave the
change refused with the platform's message, visible until the user corrects and resends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

from app.errors import Cancelled
from app.outreach import queue
from app.platform import errors
from db.engine import known_cache_errors
from db.repositories import outbox_queue
from db.repositories import outreach_log as rows

if TYPE_CHECKING:
    from app.platform.client import PartnerClient

log = logging.getLogger(__name__)

# Answers that refuse this one change (the user must act); anything else stops the push.
_REFUSALS = (errors.ValidationRejected, errors.NotInPortfolio, errors.NotFound,
             errors.IdempotencyMisuse, errors.InvalidParameter)


@dataclass(frozen=True)
class PushProblem:
    client_id: str  # an outreach entry, or "nomination:<id>"
    seller_id: str
    kind: str  # "rejected" | "conflict"
    code: int | None
    message: str


@dataclass(frozen=True)
class PushResult:
    """`sent` counts this push; rejected/conflicts list every change in the outbox that
    waits for the user after it (refused now or earlier)."""

    sent: int
    rejected: tuple[PushProblem, ...]
    conflicts: tuple[PushProblem, ...]
    remaining: int


def _with_request(conn: Connection, row: dict[str, Any] | None) -> dict[str, Any] | None:
    """Store the request and key of a change queued without them, before it is sent."""
    if row is None or (row["outbox_request"] and row["idempotency_key"]):
        return row
    values = {"outbox_request": row["outbox_request"]
              or queue.dumps(queue.rebuilt_request(row)),
              "idempotency_key": row["idempotency_key"] or queue.new_key()}
    rows.update(conn, row["client_id"], values)
    return {**row, **values}


def refusal_message(error: errors.PlatformError) -> str:
    if isinstance(error, errors.ValidationRejected) and error.field_errors:
        return "; ".join(f"{e.get('field') or 'body'}: {e.get('message', '')}"
                         for e in error.field_errors)
    return str(error)


class OutboxPusher:
    def __init__(self, client: PartnerClient, engine: Engine, *,
                 on_progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self.client = client
        self.engine = engine
        self.on_progress = on_progress
        self.cancel = cancel or threading.Event()
        self._codes: dict[str, int | None] = {}

    def push(self) -> PushResult:
        """Send every pending change; raises app.platform errors for network/auth failures."""
        with known_cache_errors(), self.engine.connect() as conn:
            total = outbox_queue.pending_count(conn)
        done = sent = 0
        while True:
            if self.cancel.is_set():
                raise Cancelled("Push cancelled; unsent changes stay in the outbox.")
            with known_cache_errors(), self.engine.begin() as conn:
                rows.take_write_lock(conn)
                found = outbox_queue.next_pending(conn)
                if found is None:
                    break
                kind, ident = found
                if kind == "outreach":
                    outbox_queue.claim_outreach(conn, ident)
                    item = _with_request(conn, rows.get(conn, ident))
                else:
                    item = outbox_queue.claim_nomination(conn, ident)
            if item is not None:
                sent += (self._push_entry(item) if kind == "outreach"
                         else self._push_nomination(item))
            done += 1
            total = max(total, done)
            if self.on_progress is not None:
                self.on_progress(done, total)
        return self._result(sent)

    # -- outreach ----------------------------------------------------------------------

    def _send(self, row: dict[str, Any]) -> Any:
        request = queue.loads(row["outbox_request"])
        key = row["idempotency_key"]
        op = row["outbox_op"]
        if op == "create":
            return self.client.create_outreach(request["body"], key)
        if op == "update":
            return self.client.update_outreach(row["activity_id"], request["if_match"],
                                               request["changes"], key)
        return self.client.delete_outreach(row["activity_id"], request["if_match"], key)

    def _push_entry(self, row: dict[str, Any]) -> bool:
        key = row["idempotency_key"]
        try:
            answer = self._send(row)
        except errors.VersionConflict as conflict:
            theirs = conflict.data if isinstance(conflict.data, dict) else {}
            marked = {"outbox_state": "conflict", "outbox_error": str(conflict),
                      "remote_payload": queue.dumps(theirs),
                      "remote_version": theirs.get("version")}
            self._store(row["client_id"], key, lambda _row: marked)
            self._codes[row["client_id"]] = conflict.code
            return False
        except _REFUSALS as refusal:
            log.warning("outbox: %s refused: %s", row["client_id"], refusal)
            refused = {"outbox_state": "rejected", "outbox_error": refusal_message(refusal)}
            self._store(row["client_id"], key, lambda _row: refused)
            self._codes[row["client_id"]] = refusal.code
            return False
        self._store(row["client_id"], key, lambda current: {
            "activity_id": answer["activity_id"], "author_id": answer.get("author_id"),
            "version": answer["version"], "remote_version": answer["version"],
            "created_at": answer.get("created_at"), "updated_at": answer.get("updated_at"),
            "remote_payload": queue.dumps(answer), "deleted": bool(answer.get("deleted")),
            **queue.after_success(current, answer["version"])})
        return True

    def _store(self, client_id: str, key: str,
               values: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            current = rows.get(conn, client_id)
            # The key is frozen once claimed, so a mismatch means the row went another way
            # (removed, resolved): the answer is only a record of the platform's copy then.
            if current is not None and current["idempotency_key"] == key:
                rows.update(conn, client_id, values(current), idempotency_key=key)

    # -- nominations -------------------------------------------------------------------

    def _push_nomination(self, item: dict[str, Any]) -> bool:
        ident = item["nomination_id"]
        try:
            self.client.nominate(item["seller_id"], item["program_id"], item["note"],
                                 item["idempotency_key"])
        except _REFUSALS as refusal:
            with known_cache_errors(), self.engine.begin() as conn:
                outbox_queue.nomination_refused(conn, ident, refusal_message(refusal))
            self._codes[f"nomination:{ident}"] = refusal.code
            return False
        with known_cache_errors(), self.engine.begin() as conn:
            outbox_queue.nomination_sent(conn, ident)
        return True

    # -- result ------------------------------------------------------------------------

    def _result(self, sent: int) -> PushResult:
        with known_cache_errors(), self.engine.connect() as conn:
            remaining = outbox_queue.pending_count(conn)
            found = outbox_queue.problems(conn)
        problems = [PushProblem(ident, seller_id, "conflict" if state == "conflict"
                                else "rejected", self._codes.get(ident), error or "")
                    for ident, seller_id, state, error in found]
        return PushResult(sent, tuple(p for p in problems if p.kind == "rejected"),
                          tuple(p for p in problems if p.kind == "conflict"), remaining)
