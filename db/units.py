"""How the cache stores quantities (no SQLAlchemy import: the window reads this at start)."""

from __future__ import annotations

# Money columns hold fixed-point integers in ten-thousandths of the currency unit: ISO 4217
# has no currency with more than four minor digits, and integer sums stay exact in SQL.
MONEY_SCALE = 10_000
