"""Tables of the outreach log beyond the synced `outreach` rows (added with migration 0004)."""

from __future__ import annotations
