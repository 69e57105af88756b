"""health history clustered by date

Revision ID: 0005_health_history_by_date
Revises: 0004_outreach_local
Create Date: 2026-11-23 00:30:00

Hand-written. Every evaluation reads the scores of one date and deletes dates older than
40 days; keyed (seller_id, as_of) both scanned the whole table. The table is rebuilt
keyed (as_of, seller_id) WITHOUT ROWID, its rows copied.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_health_history_by_date"
down_revision = "0004_outreach_local"
branch_labels = None
depends_on = None


def _create(name: str, key: tuple[str, str], without_rowid: bool) -> None:
    op.create_table(
        name,
        sa.Column("seller_id", sa.String(), nullable=False),
        sa.Column("as_of", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint(*key, name=op.f("pk_health_history")),
        sqlite_with_rowid=not without_rowid,
    )


def _rebuild(key: tuple[str, str], without_rowid: bool) -> None:
    op.rename_table("health_history", "health_history_old")
    _create("health_history", key, without_rowid)
    op.execute("INSERT INTO health_history (seller_id, as_of, score) "
                "SELECT seller_id, as_of, score FROM health_history_old")
    op.drop_table("health_history_old")


def upgrade() -> None:
    _rebuild(("as_of", "seller_id"), without_rowid=True)


def downgrade() -> None:
    _rebuild(("seller_id", "as_of"), without_rowid=False)
