"""Severity colours for the seller screen's numbers.

The thresholds are the default rule pack's (product design, "Default rule pack"), as the
portfolio table uses them; when the flags engine lands they should come from the pack.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QPalette

CRITICAL, HIGH, MEDIUM, GROWTH = "critical", "high", "medium", "growth"

# (on a light background, on a dark one), the same pairs the portfolio table uses.
_COLOURS = {
    CRITICAL: ("#c62828", "#ef6b6b"),
    HIGH: ("#d84315", "#ff9a5c"),
    MEDIUM: ("#a66a00", "#f2c14e"),
    GROWTH: ("#2e7d32", "#7bd389"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(level: str | None, palette: QPalette) -> str | None:
    if level not in _COLOURS:
        return None
    light, dark = _COLOURS[level]
    return dark if is_dark(palette) else light


def ratio_level(metric: str, value: float) -> str | None:
    """The default pack's compliance thresholds for a 30-day derived metric."""
    if metric == "late_dispatch_rate":
        return CRITICAL if value >= 0.10 else HIGH if value > 0.04 else None
    if metric == "cancellation_rate":
        return CRITICAL if value >= 0.10 else HIGH if value > 0.025 else None
    if metric == "on_time_delivery_rate":
        return MEDIUM if value < 0.95 else None
    if metric == "negative_review_rate":
        return MEDIUM if value > 0.005 else None
    if metric == "return_rate":
        return MEDIUM if value > 0.015 else None
    return None


def points_level(points: int) -> str | None:
    return CRITICAL if points >= 36 else HIGH if points >= 24 else MEDIUM if points >= 12 \
        else None


def sps_level(sps: Decimal | None) -> str | None:
    # A null score is "no score yet", never low.
    if sps is None:
        return None
    return HIGH if sps < Decimal("2.5") else MEDIUM if sps < Decimal("3.5") else None


def ahr_level(ahr: int | None) -> str | None:
    if ahr is None:
        return None
    return CRITICAL if ahr < 100 else HIGH if ahr < 200 else None


def status_level(status: str) -> str | None:
    return CRITICAL if status in ("restricted", "suspended") else None


def severity_level(severity: str) -> str | None:
    """A violation's own severity; low stays uncoloured."""
    return severity if severity in (CRITICAL, HIGH, MEDIUM) else None
