"""Plain values the outreach screens and the command line share (no Qt, no SQL)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

CHANNELS = ("call", "email", "chat", "im", "meeting", "sms")
DIRECTIONS = ("outbound", "inbound")
OUTCOMES = ("connected", "no_answer", "voicemail", "interested", "not_interested",
            "enrolled", "follow_up", "escalated")
STAGES = ("eligible", "pitched", "interested", "applied", "enrolled", "declined")
# Fields a PATCH may change (contract section 5); everything else is fixed once created.
EDITABLE_FIELDS = ("summary", "notes", "outcome", "follow_up_on", "program_id")
# The key metrics snapshotted at the time of contact and compared 30 days later.
KEY_METRICS = ("gmv_30d", "orders_30d", "late_dispatch_rate", "cancellation_rate",
               "negative_review_rate", "violation_points", "sps", "ahr")
IMPACT_DAYS = 30


@dataclass(frozen=True)
class OutreachDraft:
    """What the quick log (or `sellerdesk outreach add`) produces."""

    seller_id: str
    channel: str
    outcome: str
    direction: str = "outbound"
    occurred_at: datetime.datetime | None = None  # None: now (UTC)
    duration_seconds: int | None = None
    program_id: str | None = None
    summary: str = ""
    notes: str = ""
    follow_up_on: datetime.date | None = None
    flag_id: int | None = None  # logged from a flag: linked to it


@dataclass(frozen=True)
class OutreachEntry:
    client_id: str
    activity_id: str | None
    seller_id: str
    shop_name: str
    author_id: str | None
    mine: bool
    channel: str
    direction: str
    occurred_at: str
    duration_seconds: int | None
    outcome: str
    program_id: str | None
    summary: str
    notes: str
    follow_up_on: str | None
    follow_up_done: bool
    follow_up_snoozed_until: str | None
    deleted: bool
    outbox_state: str | None  # None (in sync) | "pending" | "rejected" | "conflict"
    outbox_error: str | None  # the platform's message for a rejection
    outbox_attempts: int
    flag_id: int | None
    snapshot: dict[str, Any] = field(default_factory=dict)  # key metrics at contact time


@dataclass(frozen=True)
class MetricMove:
    """One key metric at the time of an entry vs over the 30 days after it."""

    metric: str
    before: float | None
    after: float | None
    days_after: int  # days of data after the entry (<30 while still running)


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    rejected: int
    conflicts: int

    @property
    def total(self) -> int:
        return self.pending + self.rejected + self.conflicts


@dataclass(frozen=True)
class Conflict:
    client_id: str
    mine: dict[str, Any]  # the editable fields as I have them
    theirs: dict[str, Any]  # the same fields as the platform has them now


@dataclass(frozen=True)
class FunnelStage:
    stage: str
    count: int
    conversion: float | None  # share of the previous stage reaching this one
    seller_ids: tuple[str, ...]  # the sellers counted: reached at least this stage
    at_stage: tuple[str, ...] = ()  # the sellers whose current stage this is


@dataclass(frozen=True)
class Funnel:
    program_id: str
    program_name: str
    period_days: int | None
    stages: tuple[FunnelStage, ...]
