"""Tables of the rule engine: flags with their lifecycle, their history, health scores.

A flag is keyed by (seller_id, rule_id): one row per rule per seller, kept across
evaluations so its lifecycle (acknowledged, snoozed, dismissed) and first-seen date survive
the condition coming and going. `active` says whether the condition holds at the latest
evaluation; `status` is what the user sees.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class Flag(Base):
    __tablename__ = "flags"
    __table_args__ = (
        UniqueConstraint("seller_id", "rule_id"),
        Index("ix_flags_status_severity", "status", "severity"),
    )

    flag_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seller_id: Mapped[str] = mapped_column(String, index=True)
    # "late_dispatch", "program_eligible:flash_sale", ...
    rule_id: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)  # risk | opportunity
    severity: Mapped[str] = mapped_column(String)  # critical | high | medium | low | info
    metric: Mapped[str | None] = mapped_column(String)
    value: Mapped[float | None] = mapped_column(Float)
    threshold: Mapped[float | None] = mapped_column(Float)
    window_days: Mapped[int | None] = mapped_column(Integer)
    # JSON: the sums behind a ratio, the violations behind points, the anomaly's days.
    evidence: Mapped[str | None] = mapped_column(Text)
    # JSON: the values the rule pack's message templates are filled with.
    message_args: Mapped[str | None] = mapped_column(Text)
    # CRC-32 of evidence and message_args: an evaluation compares it instead of reading
    # every flag's JSON back (35,000 flags on a large portfolio).
    signature: Mapped[int | None] = mapped_column(Integer)
    # Money at stake in ten-thousandths (gmv of the window), for ordering the worklist.
    value_at_stake: Mapped[int | None] = mapped_column(Integer)
    pack_id: Mapped[str | None] = mapped_column(String)
    # new | acknowledged | snoozed | dismissed | resolved
    status: Mapped[str] = mapped_column(String)
    active: Mapped[bool] = mapped_column(Boolean)
    first_seen: Mapped[str] = mapped_column(String)
    last_seen: Mapped[str] = mapped_column(String)
    resolved_at: Mapped[str | None] = mapped_column(String)
    snoozed_until: Mapped[str | None] = mapped_column(String)
    # The open status (new or acknowledged) a snoozed flag returns to when its date passes.
    status_before_snooze: Mapped[str | None] = mapped_column(String)
    dismissed_reason: Mapped[str | None] = mapped_column(Text)
    dismissed_severity: Mapped[str | None] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String)


class FlagEvent(Base):
    """One change in a flag's life: raised, acknowledged, snoozed, dismissed, resolved..."""

    __tablename__ = "flag_events"

    event_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    flag_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("flags.flag_id", ondelete="CASCADE"), index=True)
    at: Mapped[str] = mapped_column(String)
    event: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    severity: Mapped[str | None] = mapped_column(String)
    value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)


class HealthScore(Base):
    """The 0-100 score per seller, its weighted parts, and the previous 30 days' score."""

    __tablename__ = "health_scores"

    seller_id: Mapped[str] = mapped_column(String, primary_key=True)
    score: Mapped[float | None] = mapped_column(Float)
    fulfilment: Mapped[float | None] = mapped_column(Float)
    customer_experience: Mapped[float | None] = mapped_column(Float)
    compliance: Mapped[float | None] = mapped_column(Float)
    growth: Mapped[float | None] = mapped_column(Float)
    previous_score: Mapped[float | None] = mapped_column(Float)
    as_of: Mapped[str | None] = mapped_column(String)


class HealthHistory(Base):
    """Scores by the metrics date they were computed for: the trend compares today's score
    with the one of 30 days before (computed from the daily rows when not kept)."""

    __tablename__ = "health_history"
    # Clustered by date: each evaluation reads one date's scores and drops the oldest dates,
    # both one contiguous range rather than a scan of 40 days x every seller.
    __table_args__ = (PrimaryKeyConstraint("as_of", "seller_id"), {"sqlite_with_rowid": False})

    seller_id: Mapped[str] = mapped_column(String)
    as_of: Mapped[str] = mapped_column(String)
    score: Mapped[float | None] = mapped_column(Float)
