"""Log, edit and delete outreach entries locally and queue them for the outbox."""

from __future__ import annotations

import datetime
from typing import Any

from sqlalchemy import Engine

from app.outreach.model import (
    Conflict,
    MetricMove,
    OutboxCounts,
    OutreachDraft,
    OutreachEntry,
)


class OutreachService:
    def __init__(self, engine: Engine, *, today: datetime.date | None = None) -> None:
        self.engine = engine
        self._today = today

    def log(self, draft: OutreachDraft) -> OutreachEntry:
        raise NotImplementedError

    def edit(self, client_id: str, **changes: Any) -> OutreachEntry:
        raise NotImplementedError

    def delete(self, client_id: str) -> None:
        raise NotImplementedError

    def timeline(self, seller_id: str, limit: int = 200) -> list[OutreachEntry]:
        raise NotImplementedError

    def impact(self, client_id: str) -> list[MetricMove]:
        raise NotImplementedError

    def recent(self, limit: int = 200) -> list[OutreachEntry]:
        raise NotImplementedError

    def outbox(self) -> list[OutreachEntry]:
        raise NotImplementedError

    def outbox_counts(self) -> OutboxCounts:
        raise NotImplementedError

    def conflict(self, client_id: str) -> Conflict | None:
        raise NotImplementedError

    def resolve_conflict(self, client_id: str, keep: str) -> None:
        raise NotImplementedError

    def resend(self, client_id: str, **corrections: Any) -> OutreachEntry:
        raise NotImplementedError
