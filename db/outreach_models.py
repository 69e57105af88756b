"""Tables of the outreach log beyond the synced `outreach` rows (added with migration 0004)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class QueuedNomination(Base):
    """A nomination (POST /enrollments) made locally, waiting in the outbox or refused.

    Pushed ones are deleted: the enrollment then arrives through its feed as `invited`.
    """

    __tablename__ = "queued_nominations"

    nomination_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seller_id: Mapped[str] = mapped_column(String)
    program_id: Mapped[str] = mapped_column(String, index=True)
    note: Mapped[str] = mapped_column(Text, server_default=text("''"))
    idempotency_key: Mapped[str] = mapped_column(String)
    outbox_state: Mapped[str] = mapped_column(String)  # pending | rejected
    outbox_error: Mapped[str | None] = mapped_column(Text)
    outbox_attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    outbox_seq: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[str] = mapped_column(String)
