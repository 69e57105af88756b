"""Follow-ups of my own entries: overdue, due today, upcoming; snooze and done."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import Engine

from app.outreach.model import OutreachDraft, OutreachEntry


@dataclass(frozen=True)
class FollowUps:
    overdue: list[OutreachEntry]
    due_today: list[OutreachEntry]
    upcoming: list[OutreachEntry]


class FollowUpService:
    def __init__(self, engine: Engine, *, today: datetime.date | None = None) -> None:
        self.engine = engine
        self._today = today

    def lists(self, upcoming_days: int = 7) -> FollowUps:
        raise NotImplementedError

    def snooze(self, client_id: str, until: datetime.date) -> None:
        raise NotImplementedError

    def done(self, client_id: str, outcome: OutreachDraft | None = None) -> None:
        raise NotImplementedError

    def due_count(self) -> int:
        raise NotImplementedError
