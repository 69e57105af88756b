"""Default quick-log templates shipped with the app (the user edits a copy)."""
