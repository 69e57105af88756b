"""outreach log: local-only state (snapshots, follow-ups, templates)

Revision ID: 0004_outreach_local
Revises: 0003_flags
Create Date: 2026-11-22 22:00:00
"""

from __future__ import annotations

revision = "0004_outreach_local"
down_revision = "0003_flags"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Filled in with the outreach log's columns and tables."""


def downgrade() -> None:
    """Mirror of upgrade."""
