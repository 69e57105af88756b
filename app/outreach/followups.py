"""Follow-ups of my own entries: overdue, due today, upcoming; snooze and done.

A follow-up is due on its snooze date if snoozed, else on the entry's follow_up_on.
Snooze and done are my worklist's state and stay local: the platform's follow_up_on is
the date agreed with the seller, which a teammate reading the feed should keep seeing.
Done may log the outcome as a new entry, which is pushed like any other.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import Engine

from app.clock import now_rfc3339
from app.errors import UsageError
from app.outreach.entries import to_entry
from app.outreach.model import OutreachDraft, OutreachEntry
from app.outreach.service import OutreachService
from db.engine import known_cache_errors
from db.repositories import outreach_log as rows

LIST_LIMIT = 500


@dataclass(frozen=True)
class FollowUps:
    overdue: list[OutreachEntry]
    due_today: list[OutreachEntry]
    upcoming: list[OutreachEntry]


class FollowUpService:
    def __init__(self, engine: Engine, *, today: datetime.date | None = None) -> None:
        self.engine = engine
        self._today = today

    @property
    def today(self) -> datetime.date:
        # The manager's own calendar day: a follow-up agreed for Tuesday is due on their
        # Tuesday, whatever the date in UTC (the window passes the same local day).
        return self._today or datetime.date.today()

    def lists(self, upcoming_days: int = 7) -> FollowUps:
        today = self.today
        yesterday = (today - datetime.timedelta(days=1)).isoformat()
        last = (today + datetime.timedelta(days=upcoming_days)).isoformat()
        with known_cache_errors(), self.engine.connect() as conn:
            overdue = rows.follow_ups(conn, None, yesterday, LIST_LIMIT)
            due = rows.follow_ups(conn, today.isoformat(), today.isoformat(), LIST_LIMIT)
            upcoming = rows.follow_ups(conn, (today + datetime.timedelta(days=1)).isoformat(),
                                       last, LIST_LIMIT)
        return FollowUps([to_entry(r) for r in overdue], [to_entry(r) for r in due],
                         [to_entry(r) for r in upcoming])

    def due_count(self) -> int:
        """Overdue plus due today: the rail's badge."""
        with known_cache_errors(), self.engine.connect() as conn:
            return rows.follow_up_count(conn, self.today.isoformat())

    def snooze(self, client_id: str, until: datetime.date) -> None:
        if until <= self.today:
            raise UsageError("Snooze a follow-up to a day after today.")
        self._set(client_id, {"follow_up_snoozed_until": until.isoformat()})

    def done(self, client_id: str, outcome: OutreachDraft | None = None) -> None:
        """Mark the follow-up done; with `outcome`, log what happened as a new entry."""
        if outcome is not None:
            # Logged first: a draft the service refuses leaves the follow-up open.
            OutreachService(self.engine, today=self._today).log(outcome)
        self._set(client_id, {"follow_up_done_at": now_rfc3339()})

    def _set(self, client_id: str, values: dict[str, str]) -> None:
        with known_cache_errors(), self.engine.begin() as conn:
            rows.take_write_lock(conn)
            row = rows.get(conn, client_id)
            if row is None or not row["follow_up_on"]:
                raise UsageError("That entry has no follow-up.")
            rows.update(conn, client_id, values)
