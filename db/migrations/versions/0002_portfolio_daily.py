"""portfolio daily medians

Revision ID: 0002_portfolio_daily
Revises: 0001_initial
Create Date: 2026-11-22 20:30:00

Hand-written: a new table only, so nothing existing is copied or rebuilt. The medians are
derived data; marking the summaries stale makes the next sync compute them, even when that
sync brings nothing new.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_portfolio_daily"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portfolio_daily",
        sa.Column("date", sa.String(), nullable=False),
        sa.Column("currency", sa.String(), nullable=False),
        sa.Column("sellers", sa.Integer(), nullable=False),
        sa.Column("gmv", sa.Integer(), nullable=True),
        sa.Column("orders", sa.Float(), nullable=True),
        sa.Column("late_dispatch_rate", sa.Float(), nullable=True),
        sa.Column("cancellation_rate", sa.Float(), nullable=True),
        sa.Column("return_rate", sa.Float(), nullable=True),
        sa.Column("negative_review_rate", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("date", "currency", name=op.f("pk_portfolio_daily")),
    )
    op.execute(
        "INSERT INTO cache_meta (key, value) VALUES ('summaries_stale', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = '1'"
    )


def downgrade() -> None:
    # Only the derived table goes; the refresh bookkeeping it left in cache_meta is harmless
    # to 0001 and is dropped so a later upgrade starts from a full refresh.
    op.execute("DELETE FROM cache_meta WHERE key LIKE 'portfolio_daily_%'")
    op.drop_table("portfolio_daily")
