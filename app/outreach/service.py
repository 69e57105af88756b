"""Log, edit and delete outreach entries locally and queue them for the outbox.

Every change is committed to the cache at once (the outbox pushes it later, see
app/sync/outbox.py); nothing here needs the network. Rules for folding a change into a
request that is already queued are in app/outreach/queue.py.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from sqlalchemy import Connection, Engine

from app.clock import now_rfc3339, rfc3339, utc_now
from app.errors import UsageError
from app.outreach import queue, snapshot
from app.outreach.entries import (
    check_choice,
    check_duration,
    date_text,
    editable,
    normalise_changes,
    to_entry,
)
from app.outreach.model import (
    CHANNELS,
    DIRECTIONS,
    OUTCOMES,
    Conflict,
    MetricMove,
    OutboxCounts,
    OutreachDraft,
    OutreachEntry,
)
from db.engine import known_cache_errors
from db.repositories import outreach_log as rows
from db.repositories import seller_detail


class OutreachService:
    def __init__(self, engine: Engine, *, today: datetime.date | None = None) -> None:
        self.engine = engine
        self._today = today

    # -- writes ------------------------------------------------------------------------

    def log(self, draft: OutreachDraft) -> OutreachEntry:
        """Save the entry locally at once and queue its create for the outbox."""
        check_choice("channel", draft.channel, CHANNELS)
        check_choice("direction", draft.direction, DIRECTIONS)
        check_choice("outcome", draft.outcome, OUTCOMES)
        check_duration(draft.duration_seconds)
        occurred = rfc3339(draft.occurred_at or utc_now())
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            self._check_refs(conn, draft.seller_id, draft.program_id)
            client_id = str(uuid.uuid4())
            row: dict[str, Any] = {
                "client_id": client_id, "seller_id": draft.seller_id, "author_id": None,
                "channel": draft.channel, "direction": draft.direction,
                "occurred_at": occurred, "duration_seconds": draft.duration_seconds,
                "outcome": draft.outcome, "program_id": draft.program_id or None,
                "summary": draft.summary, "notes": draft.notes,
                "follow_up_on": date_text(draft.follow_up_on), "deleted": False,
                "local_updated_at": now_rfc3339(), "flag_id": draft.flag_id,
                "snapshot": queue.dumps(snapshot.take_snapshot(conn, draft.seller_id,
                                                               occurred)),
            }
            row.update(queue.queued("create", {"body": queue.create_body(row)},
                                    rows.next_outbox_seq(conn)))
            rows.insert(conn, row)
            entry = to_entry(self._row(conn, client_id))
        if draft.flag_id is not None:
            # The flags engine is loaded only for entries logged from a flag.
            from app.flags.service import FlagService
            FlagService(self.engine).acknowledge_contacted([draft.flag_id])
        return entry

    def edit(self, client_id: str, **changes: Any) -> OutreachEntry:
        """Change summary/notes/outcome/follow_up_on/program_id; queued as PATCH or folded."""
        changes = normalise_changes(changes)
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            row = self._row(conn, client_id)
            if "program_id" in changes:
                self._check_refs(conn, row["seller_id"], changes["program_id"])
            changes = {k: v for k, v in changes.items() if row[k] != v}
            if changes:
                values = queue.plan_edit(row, changes, rows.next_outbox_seq(conn))
                rows.update(conn, client_id, {**values, "local_updated_at": now_rfc3339()})
            return to_entry(self._row(conn, client_id))

    def delete(self, client_id: str) -> None:
        """Hide the entry now; the platform gets a tombstone (DELETE with If-Match)."""
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            row = self._row(conn, client_id)
            values = queue.plan_delete(row, rows.next_outbox_seq(conn))
            if values is None:
                rows.remove(conn, client_id)
            else:
                rows.update(conn, client_id, {**values, "local_updated_at": now_rfc3339()})

    def resolve_conflict(self, client_id: str, keep: str) -> str:
        """"mine": send my version again over theirs; "theirs": take the platform's.

        Returns the entry's client id, which is new in one case: keeping my version of an
        entry a teammate deleted logs it again as a new activity (the platform does not
        revive tombstones), and the old one stays deleted.
        """
        if keep not in ("mine", "theirs"):
            raise UsageError(f"keep must be 'mine' or 'theirs', not '{keep}'.")
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            row = self._row(conn, client_id)
            theirs = queue.loads(row["remote_payload"])
            if row["outbox_state"] != "conflict" or not theirs:
                raise UsageError("This entry has no conflict to resolve.")
            version = theirs["version"]
            mine_deleted = bool(row["deleted"] or row["outbox_op"] == "delete"
                                or _parked_delete(row))
            if keep == "theirs" or (mine_deleted and theirs.get("deleted")):
                values = _platform_copy(theirs)
            elif theirs.get("deleted"):
                return self._log_again(conn, row)
            elif mine_deleted:
                values = queue.queued("delete", {"if_match": version}, row["outbox_seq"])
                values.update(version=version, deleted=True)
            else:
                changes = {k: v for k, v in editable(row).items() if theirs.get(k) != v}
                values = (queue.queued("update", {"if_match": version, "changes": changes},
                                       row["outbox_seq"]) if changes else dict(queue.CLEARED))
                values.update(version=version, deleted=False)
            rows.update(conn, client_id, {**values, "local_updated_at": now_rfc3339()})
            return client_id

    def discard(self, client_id: str) -> None:
        """Give up my unsent change: the platform's copy comes back (a create never taken
        by the platform is removed). Refused while a request may be on its way."""
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            row = self._row(conn, client_id)
            if row["outbox_state"] is None:
                raise UsageError("This entry has no unsent change to discard.")
            if row["outbox_state"] == "pending" and row["outbox_attempts"] > 0:
                raise UsageError("This change is being sent; wait for the push to finish.")
            theirs = queue.loads(row["remote_payload"])
            if row["outbox_op"] == "create" or not theirs:
                rows.remove(conn, client_id)
                return
            rows.update(conn, client_id, {**_platform_copy(theirs),
                                          "local_updated_at": now_rfc3339()})

    def _log_again(self, conn: Connection, row: dict[str, Any]) -> str:
        fresh = str(uuid.uuid4())
        values = {"client_id": fresh, "activity_id": None, "author_id": None,
                  "version": None, "remote_version": None, "remote_payload": None,
                  "created_at": None, "updated_at": None, "deleted": False,
                  "local_updated_at": now_rfc3339()}
        values.update(queue.queued("create", {"body": queue.create_body({**row, **values})},
                                   row["outbox_seq"]))
        rows.update(conn, row["client_id"], values)
        return fresh

    def resend(self, client_id: str, **corrections: Any) -> OutreachEntry:
        """Send a refused (422/403) entry again, corrected, under a new idempotency key."""
        corrections = normalise_changes(corrections)
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            row = self._row(conn, client_id)
            if row["outbox_state"] != "rejected":
                raise UsageError("Only an entry the platform refused can be sent again.")
            if "program_id" in corrections:
                self._check_refs(conn, row["seller_id"], corrections["program_id"])
            if row["outbox_op"] == "create" and _parked_delete(row):
                rows.remove(conn, client_id)  # deleted before the platform ever took it
                return to_entry({**row, "deleted": True, **queue.CLEARED})
            values = queue.requeue_corrected(row, corrections)
            rows.update(conn, client_id, {**values, "local_updated_at": now_rfc3339()})
            return to_entry(self._row(conn, client_id))

    # -- reads -------------------------------------------------------------------------

    def entry(self, client_id: str) -> OutreachEntry:
        with known_cache_errors(), self.engine.connect() as conn:
            return to_entry(self._row(conn, client_id))

    def timeline(self, seller_id: str, limit: int = 200) -> list[OutreachEntry]:
        """The seller's entries, mine and teammates', newest first; tombstones hidden."""
        with known_cache_errors(), self.engine.connect() as conn:
            return [to_entry(r) for r in rows.timeline(conn, seller_id, limit)]

    def recent(self, limit: int = 200) -> list[OutreachEntry]:
        with known_cache_errors(), self.engine.connect() as conn:
            return [to_entry(r) for r in rows.recent(conn, limit)]

    def impact(self, client_id: str) -> list[MetricMove]:
        with known_cache_errors(), self.engine.connect() as conn:
            row = self._row(conn, client_id)
            return snapshot.impact(conn, row["seller_id"], row["occurred_at"],
                                   queue.loads(row["snapshot"]))

    def outbox(self) -> list[OutreachEntry]:
        """Every entry with a change not yet at the platform, oldest change first."""
        with known_cache_errors(), self.engine.connect() as conn:
            return [to_entry(r) for r in rows.outbox(conn)]

    def outbox_counts(self) -> OutboxCounts:
        with known_cache_errors(), self.engine.connect() as conn:
            counts = rows.outbox_counts(conn)
        return OutboxCounts(counts["pending"], counts["rejected"], counts["conflict"])

    def conflict(self, client_id: str) -> Conflict | None:
        with known_cache_errors(), self.engine.connect() as conn:
            row = self._row(conn, client_id)
        theirs = queue.loads(row["remote_payload"])
        if row["outbox_state"] != "conflict" or not theirs:
            return None
        mine = {**editable(row), "deleted": bool(row["deleted"])}
        return Conflict(client_id, mine,
                        {**editable(theirs), "deleted": bool(theirs.get("deleted"))})

    # -- helpers -----------------------------------------------------------------------

    @staticmethod
    def _row(conn: Connection, client_id: str) -> dict[str, Any]:
        row = rows.get(conn, client_id)
        if row is None:
            raise UsageError(f"No outreach entry {client_id} in this cache.")
        return row

    @staticmethod
    def _check_refs(conn: Connection, seller_id: str, program_id: str | None) -> None:
        if seller_detail.seller(conn, seller_id) is None:
            raise UsageError(f"Unknown seller '{seller_id}': it is not in this cache "
                             "(sync first, or check the seller id).")
        if program_id and not rows.program_known(conn, program_id):
            raise UsageError(f"Unknown program '{program_id}': it is not in the platform's "
                             "catalog in this cache.")


def _platform_copy(theirs: dict[str, Any]) -> dict[str, Any]:
    return {**editable(theirs), "deleted": bool(theirs.get("deleted")),
            "version": theirs["version"], "updated_at": theirs.get("updated_at"),
            **queue.CLEARED}


def _parked_delete(row: dict[str, Any]) -> bool:
    return bool((queue.loads(row["outbox_next"]) or {}).get("delete"))
