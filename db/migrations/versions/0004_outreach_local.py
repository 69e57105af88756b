"""outreach log: local-only state (snapshots, follow-ups, outbox requests, nominations)

Revision ID: 0004_outreach_local
Revises: 0003_flags
Create Date: 2026-11-22 22:00:00

Hand-written. Columns are appended to `outreach` (SQLite's ADD COLUMN keeps the rows), so
a cache with unsent outreach keeps it through the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_outreach_local"
down_revision = "0003_flags"
branch_labels = None
depends_on = None

_NEW_COLUMNS: tuple[tuple[str, type[sa.types.TypeEngine[object]]], ...] = (
    ("flag_id", sa.Integer),
    ("snapshot", sa.Text),
    ("follow_up_done_at", sa.String),
    ("follow_up_snoozed_until", sa.String),
    ("outbox_request", sa.Text),
    ("outbox_seq", sa.Integer),
    ("outbox_next", sa.Text),
)
_FOLLOW_UP_INDEX = (
    "CREATE INDEX ix_outreach_follow_up_open ON outreach "
    "(coalesce(follow_up_snoozed_until, follow_up_on), author_id) "
    "WHERE follow_up_on IS NOT NULL AND follow_up_done_at IS NULL AND deleted = 0"
)


def upgrade() -> None:
    for name, kind in _NEW_COLUMNS:
        op.add_column("outreach", sa.Column(name, kind(), nullable=True))
    op.create_index(op.f("ix_outreach_outbox_seq"), "outreach", ["outbox_seq"])
    # Changes queued before 0004 keep their place in the outbox (the pusher stores their
    # request before the first attempt).
    op.execute("UPDATE outreach SET outbox_seq = rowid, "
               "outbox_state = coalesce(outbox_state, 'pending') WHERE outbox_op IS NOT NULL")
    op.create_index("ix_outreach_occurred", "outreach", ["occurred_at"])
    op.create_index("ix_outreach_program", "outreach",
                    ["program_id", "seller_id", "outcome", "occurred_at", "deleted"])
    op.execute(_FOLLOW_UP_INDEX)
    op.create_table(
        "queued_nominations",
        sa.Column("nomination_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("program_id", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("idempotency_key", sa.String(), nullable=False),
        sa.Column("outbox_state", sa.String(), nullable=False),
        sa.Column("outbox_error", sa.Text(), nullable=True),
        sa.Column("outbox_attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("outbox_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("nomination_id", name=op.f("pk_queued_nominations")),
    )
    op.create_index(op.f("ix_queued_nominations_program_id"), "queued_nominations",
                    ["program_id"])
    op.create_index(op.f("ix_queued_nominations_outbox_seq"), "queued_nominations",
                    ["outbox_seq"])


def downgrade() -> None:
    op.drop_table("queued_nominations")
    op.drop_index("ix_outreach_follow_up_open", table_name="outreach")
    op.drop_index("ix_outreach_program", table_name="outreach")
    op.drop_index("ix_outreach_occurred", table_name="outreach")
    op.drop_index(op.f("ix_outreach_outbox_seq"), table_name="outreach")
    with op.batch_alter_table("outreach") as batch:
        for name, _kind in reversed(_NEW_COLUMNS):
            batch.drop_column(name)
