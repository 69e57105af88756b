"""The portfolio table's columns: header, alignment, formatting kind, sort key, and where
colour means something.

Headers are marked with QT_TRANSLATE_NOOP (context "PortfolioColumns") so lupdate collects
them; they are translated when shown. Colour thresholds are the default rule pack's
(product.md) until the rule engine supplies them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.portfolio import PortfolioRow


class Kind(StrEnum):
    """How a value is written on screen."""

    TEXT = "text"
    LABEL = "label"  # a code shown through a translated label (status, marketplace)
    MONEY = "money"
    GROWTH = "growth"  # signed percent
    RATE = "rate"  # percent, one decimal
    INTEGER = "integer"
    SCORE = "score"  # SPS: one decimal
    DATE = "date"
    INSTANT = "instant"  # RFC 3339, shown as the local date
    HEALTH = "health"  # a 0-100 score with its trend against the 30 days before


class Missing(StrEnum):
    """What a None means: each is its own thing on screen, and none of them is zero."""

    NOT_ENOUGH = "not_enough"  # below the metric's minimum volume
    NO_SCORE = "no_score"  # the platform has not scored the seller
    NONE = "none"  # nothing to show (no earlier sales, no outreach, no follow-up)


class Level(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    GROWTH = "growth"
    MUTED = "muted"


CONTEXT = "PortfolioColumns"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NUMERIC = frozenset({Kind.MONEY, Kind.GROWTH, Kind.RATE, Kind.INTEGER, Kind.SCORE,
                      Kind.HEALTH})


@dataclass(frozen=True)
class Column:
    key: str
    kind: Kind
    value: Callable[[PortfolioRow], Any]  # None when missing; see `missing`
    width: int  # in digit widths
    header_source: str = ""  # English, marked for lupdate; `header` translates it
    tip_source: str = ""
    missing: Missing = Missing.NONE
    level: Callable[[PortfolioRow], Level | None] | None = None
    hideable: bool = True
    # A cheaper or finer sort key than the value (risks: worst severity, then how many).
    sort_value: Callable[[PortfolioRow], Any] | None = None

    @property
    def numeric(self) -> bool:
        return self.kind in _NUMERIC

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        return _RIGHT if self.numeric else _LEFT

    @property
    def header(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header_source)

    @property
    def tip(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.tip_source)

    @property
    def folds_case(self) -> bool:
        """Text sorts by its casefolded form; labels by their translation (the model's)."""
        return self.kind is Kind.TEXT


def _above(value: float | None, *steps: tuple[float, Level]) -> Level | None:
    """The level of the first (threshold, level) step `value` exceeds; steps worst first."""
    if value is None:
        return None
    for threshold, level in steps:
        if value > threshold:
            return level
    return None


def _at_least(value: float | None, *steps: tuple[float, Level]) -> Level | None:
    if value is None:
        return None
    for threshold, level in steps:
        if value >= threshold:
            return level
    return None


def _below(value: float | None, *steps: tuple[float, Level]) -> Level | None:
    if value is None:
        return None
    for threshold, level in steps:
        if value < threshold:
            return level
    return None


def _status_level(row: PortfolioRow) -> Level | None:
    if row.status in ("restricted", "suspended"):
        return Level.CRITICAL
    return Level.MUTED if row.status == "closed" else None


def _growth_level(row: PortfolioRow) -> Level | None:
    # fast_grower (> 30%) is an opportunity, gmv_drop (down > 25%) a medium risk.
    if row.gmv_growth is None:
        return None
    if row.gmv_growth > 0.30:
        return Level.GROWTH
    return Level.MEDIUM if row.gmv_growth < -0.25 else None


def _points_level(row: PortfolioRow) -> Level | None:
    return _at_least(row.violation_points, (36, Level.CRITICAL), (24, Level.HIGH),
                     (12, Level.MEDIUM))


def _late_level(row: PortfolioRow) -> Level | None:
    rate = row.late_dispatch_rate
    return _at_least(rate, (0.10, Level.CRITICAL)) or _above(rate, (0.04, Level.HIGH))


def _cancellation_level(row: PortfolioRow) -> Level | None:
    rate = row.cancellation_rate
    return _at_least(rate, (0.10, Level.CRITICAL)) or _above(rate, (0.025, Level.HIGH))


_RISK_LEVELS = {"critical": Level.CRITICAL, "high": Level.HIGH, "medium": Level.MEDIUM}
_RISK_RANK = {"critical": 4, "high": 3, "medium": 2, "low": 1}


def _risks_level(row: PortfolioRow) -> Level | None:
    return _RISK_LEVELS.get(row.top_risk_severity or "") if row.open_risks else None


def _risks_sort(row: PortfolioRow) -> tuple[int, int]:
    return (_RISK_RANK.get(row.top_risk_severity or "", 0), row.open_risks)


COLUMNS: tuple[Column, ...] = (
    Column(
        "name", Kind.TEXT, lambda r: r.shop_name, 24,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Shop name"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "The shop's name on the marketplace"),
        hideable=False,
    ),
    Column(
        "shop_code", Kind.TEXT, lambda r: r.shop_code, 12,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Shop code"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "The shop's code: country, city, number"),
    ),
    Column(
        "marketplace", Kind.LABEL, lambda r: r.marketplace, 10,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Marketplace"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Where the shop sells"),
    ),
    Column(
        "region", Kind.TEXT, lambda r: r.region, 6,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Region"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "The market the shop sells in"),
    ),
    Column(
        "category", Kind.TEXT, lambda r: r.category, 19,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Category"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "The shop's main category"),
    ),
    Column(
        "tier", Kind.TEXT, lambda r: r.tier, 4,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Tier"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Account tier, A (largest) to C"),
    ),
    Column(
        "status", Kind.LABEL, lambda r: r.status, 10,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Status"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Account status on the platform; restricted and suspended in red"),
        level=_status_level,
    ),
    Column(
        "gmv_30d", Kind.MONEY, lambda r: r.gmv_30d, 18,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "GMV 30d"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Gross merchandise value of the last 30 days, in the seller's currency; "
            "sorted within each currency, the currency of most sellers first"),
    ),
    Column(
        "gmv_growth", Kind.GROWTH, lambda r: r.gmv_growth, 8,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Growth"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "GMV of the last 30 days against the 30 days before; above 30% "
            "green, down more than 25% amber; — when the seller sold nothing before"),
        level=_growth_level,
    ),
    Column(
        "orders_30d", Kind.INTEGER, lambda r: r.orders_30d, 8,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Orders 30d"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Orders of the last 30 days"),
    ),
    Column(
        "late_dispatch_rate", Kind.RATE, lambda r: r.late_dispatch_rate, 9,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Late dispatch"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Late-dispatched / shipped orders, last 30 days (needs 30 "
            "shipped); above 4% orange, from 10% red"),
        missing=Missing.NOT_ENOUGH,
        level=_late_level,
    ),
    Column(
        "cancellation_rate", Kind.RATE, lambda r: r.cancellation_rate, 9,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Cancellations"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Seller-cancelled orders / orders, last 30 days (needs 30 "
            "orders); above 2.5% orange, from 10% red"),
        missing=Missing.NOT_ENOUGH,
        level=_cancellation_level,
    ),
    Column(
        "return_rate", Kind.RATE, lambda r: r.return_rate, 9,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Returns"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Seller-fault returns / delivered orders, last 30 days (needs "
            "100 delivered); above 1.5% amber"),
        missing=Missing.NOT_ENOUGH,
        level=lambda r: _above(r.return_rate, (0.015, Level.MEDIUM)),
    ),
    Column(
        "negative_review_rate", Kind.RATE, lambda r: r.negative_review_rate, 9,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Neg. reviews"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Negative reviews / delivered orders, last 30 days (needs 100 "
            "delivered); above 0.5% amber"),
        missing=Missing.NOT_ENOUGH,
        level=lambda r: _above(r.negative_review_rate, (0.005, Level.MEDIUM)),
    ),
    Column(
        "violation_points", Kind.INTEGER, lambda r: r.violation_points, 7,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Points"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Active violation points: from 12 amber, 24 orange, 36 red "
            "(48 deactivates)"),
        level=_points_level,
    ),
    Column(
        "sps", Kind.SCORE, lambda r: r.sps, 6,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "SPS"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Shop performance score; below 3.5 amber, below 2.5 orange; "
            "\"no score\" when the platform has none yet"),
        missing=Missing.NO_SCORE,
        level=lambda r: _below(r.sps, (2.5, Level.HIGH), (3.5, Level.MEDIUM)),
    ),
    Column(
        "ahr", Kind.INTEGER, lambda r: r.ahr, 6,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "AHR"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Account health rating; below 200 orange, below 100 red; "
            "\"no score\" when the platform has none yet"),
        missing=Missing.NO_SCORE,
        level=lambda r: _below(r.ahr, (100, Level.CRITICAL), (200, Level.HIGH)),
    ),
    Column(
        "open_risks", Kind.INTEGER, lambda r: r.open_risks, 6,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Risks"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Open risk flags (new or acknowledged), coloured by the worst: critical red, "
            "high orange, medium amber; sorts by the worst, then by how many"),
        level=_risks_level,
        sort_value=_risks_sort,
    ),
    Column(
        "open_opportunities", Kind.INTEGER, lambda r: r.open_opportunities, 6,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Opportunities"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Open growth opportunities: programs the seller is eligible for or close to, "
            "fast growth, content or ads potential"),
        level=lambda r: Level.GROWTH if r.open_opportunities else None,
    ),
    Column(
        "health_score", Kind.HEALTH, lambda r: r.health_score, 8,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Health"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "Health score 0-100 from fulfilment, customer experience, compliance and "
            "growth, with its change against the 30 days before"),
        missing=Missing.NOT_ENOUGH,
    ),
    Column(
        "last_contact", Kind.INSTANT, lambda r: r.last_contact, 12,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Last contact"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "The latest outreach logged with the seller"),
    ),
    Column(
        "next_follow_up", Kind.DATE, lambda r: r.next_follow_up, 12,
        header_source=QT_TRANSLATE_NOOP("PortfolioColumns", "Next follow-up"),
        tip_source=QT_TRANSLATE_NOOP("PortfolioColumns",
            "The earliest follow-up due from today on"),
    ),
)

KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
INDEX: dict[str, int] = {c.key: i for i, c in enumerate(COLUMNS)}
DEFAULT_SORT = "gmv_30d"


def visible_keys(saved: list[str]) -> list[str]:
    """Columns to show from a saved list: unknown keys dropped, the name always kept.

    An empty list (nothing chosen yet) shows every column.
    """
    known = [k for k in saved if k in INDEX]
    if not known:
        return list(KEYS)
    return [k for k in KEYS if k in known or not COLUMNS[INDEX[k]].hideable]
