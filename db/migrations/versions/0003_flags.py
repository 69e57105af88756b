"""flags, flag events and health scores

Revision ID: 0003_flags
Revises: 0002_portfolio_daily
Create Date: 2026-11-22 22:00:00

Hand-written: new tables only. Everything in them is derived from the synced data except
the lifecycle the user gave each flag, so a downgrade drops them whole.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_flags"
down_revision = "0002_portfolio_daily"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "flags",
        sa.Column("flag_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("rule_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=False),
        sa.Column("metric", sa.String(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("threshold", sa.Float(), nullable=True),
        sa.Column("window_days", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("message_args", sa.Text(), nullable=True),
        sa.Column("signature", sa.Integer(), nullable=True),
        sa.Column("value_at_stake", sa.Integer(), nullable=True),
        sa.Column("pack_id", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("first_seen", sa.String(), nullable=False),
        sa.Column("last_seen", sa.String(), nullable=False),
        sa.Column("resolved_at", sa.String(), nullable=True),
        sa.Column("snoozed_until", sa.String(), nullable=True),
        sa.Column("status_before_snooze", sa.String(), nullable=True),
        sa.Column("dismissed_reason", sa.Text(), nullable=True),
        sa.Column("dismissed_severity", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("flag_id", name=op.f("pk_flags")),
        sa.UniqueConstraint("seller_id", "rule_id", name=op.f("uq_flags_seller_id")),
    )
    op.create_index("ix_flags_status_severity", "flags", ["status", "severity"])
    op.create_index(op.f("ix_flags_seller_id"), "flags", ["seller_id"])
    op.create_table(
        "flag_events",
        sa.Column("event_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("flag_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(), nullable=False),
        sa.Column("event", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["flag_id"], ["flags.flag_id"], ondelete="CASCADE",
                                name=op.f("fk_flag_events_flag_id_flags")),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_flag_events")),
    )
    op.create_index(op.f("ix_flag_events_flag_id"), "flag_events", ["flag_id"])
    op.create_table(
        "health_scores",
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("fulfilment", sa.Float(), nullable=True),
        sa.Column("customer_experience", sa.Float(), nullable=True),
        sa.Column("compliance", sa.Float(), nullable=True),
        sa.Column("growth", sa.Float(), nullable=True),
        sa.Column("previous_score", sa.Float(), nullable=True),
        sa.Column("as_of", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("seller_id", name=op.f("pk_health_scores")),
    )
    op.create_table(
        "health_history",
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("as_of", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("seller_id", "as_of", name=op.f("pk_health_history")),
    )


def downgrade() -> None:
    op.drop_table("health_history")
    op.drop_table("health_scores")
    op.drop_table("flag_events")
    op.drop_table("flags")
