"""How the seller charts look: fonts that cover Chinese, colours from the Qt palette, axis
labels in the user's locale. matplotlib is imported by the caller, lazily.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QColor, QPalette

from ui import formatting

# A list in font.family falls back glyph by glyph (a list in font.sans-serif does not):
# Latin from DejaVu, Chinese from the first CJK family installed on this machine.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei")
# Promotions are the one extra colour: amber reads on light and dark backgrounds alike.
PROMOTION_COLOUR = "#f0a020"
_configured = False
# As ui.formatting picks its date patterns: per language, not from a translation.
# "M/d" in Chinese: "10月1日10月15日" runs together on a 90-day axis.
_SHORT_DATE_PATTERNS = {"zh": "M/d"}
_COMPACT_STEPS = {"zh": ((1e8, "{number}亿"), (1e4, "{number}万"))}


def configure_fonts() -> list[str]:
    """Set matplotlib's font.family once per process; returns the families in use."""
    global _configured  # noqa: PLW0603 (rcParams are process-wide anyway)
    import matplotlib
    from matplotlib import font_manager

    if not _configured:
        installed = {font.name for font in font_manager.fontManager.ttflist}
        cjk = [name for name in CJK_FAMILIES if name in installed]
        matplotlib.rcParams["font.family"] = ["DejaVu Sans", *cjk]
        _configured = True
    return list(matplotlib.rcParams["font.family"])


@dataclass(frozen=True)
class Colours:
    face: str
    text: str
    muted: str
    grid: str
    seller: str
    median: str
    promotion: str = PROMOTION_COLOUR

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        def name(role: QPalette.ColorRole) -> str:
            return palette.color(role).name()

        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        # Halfway between text and background: visible in both modes, quieter than data.
        muted = QColor((window.red() + text.red()) // 2, (window.green() + text.green()) // 2,
                       (window.blue() + text.blue()) // 2).name()
        return cls(face=window.name(), text=text.name(), muted=muted,
                   grid=name(QPalette.ColorRole.Mid), seller=name(QPalette.ColorRole.Highlight),
                   median=muted)


def _short_number(locale: QLocale, value: float) -> str:
    """Three significant digits, never an exponent: 9,500 and 9999 stay whole numbers."""
    if abs(value) >= 100:
        return locale.toString(float(value), "f", 0)
    return locale.toString(float(value), "g", 3)


class AxisText(QObject):
    """Tick labels in the chosen language: dates, compact amounts, percentages."""

    @staticmethod
    def date(value: dt.date) -> str:
        """Month and day as the language writes them on an axis ("Nov 20", "11月20日")."""
        locale = QLocale()
        pattern = _SHORT_DATE_PATTERNS.get(locale.name().split("_")[0], "MMM d")
        return locale.toString(QDate(value.year, value.month, value.day), pattern)

    def compact(self, value: float) -> str:
        locale = QLocale()
        # Chinese groups large amounts by ten thousands (万) and hundred millions (亿), not
        # thousands: "120万" reads at a glance where "1.2百万" does not.
        steps = _COMPACT_STEPS.get(locale.name().split("_")[0]) or (
            (1e9, self.tr("{number}B")), (1e6, self.tr("{number}M")),
            (1e3, self.tr("{number}K")))
        for limit, pattern in steps:
            if abs(value) >= limit:
                return pattern.format(number=_short_number(locale, value / limit))
        return _short_number(locale, value)

    @staticmethod
    def percent(value: float, places: int) -> str:
        return formatting.percent(value, places)


def date_formatter(axis_text: AxisText) -> Any:
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: axis_text.date(num2date(x).date()))


def compact_formatter(axis_text: AxisText) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda y, _pos: axis_text.compact(y))


def percent_formatter(axis_text: AxisText, top: float) -> Any:
    from matplotlib.ticker import FuncFormatter

    # Enough decimals to tell ticks apart on a 0-0.5% axis, none wasted on a 0-40% one.
    places = 2 if top < 0.01 else (1 if top < 0.1 else 0)
    return FuncFormatter(lambda y, _pos: axis_text.percent(y, places))
