"""The seller's 30-day derived metrics and platform scores.

Three states look different on purpose: a value (possibly 0%), "not enough data" (below
the metric's minimum volume, in italics with what is missing) and "no score" (the platform
has not scored the seller yet).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from app.seller_detail import HEALTH_METRICS, NOT_ENOUGH_DATA, HealthNumbers, SellerProfile
from ui import formatting
from ui.seller import levels
from ui.seller.words import SellerWords

NOT_ENOUGH = "not-enough-data"
NO_SCORE = "no-score"


class HealthPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self._words = SellerWords(self)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(2, 1)
        self.values: dict[str, QLabel] = {}
        self.details: dict[str, QLabel] = {}
        keys = ("gmv", "orders", *HEALTH_METRICS, "violation_points", "sps", "ahr")
        for row, key in enumerate(keys):
            caption = QLabel(self._words.metric(key))
            value = QLabel()
            value.setObjectName(f"health_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            detail = QLabel()
            detail.setObjectName(f"health_{key}_detail")
            detail.setWordWrap(True)
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(value, row, 1)
            self._grid.addWidget(detail, row, 2)
            self.values[key], self.details[key] = value, detail
        self.setTitle(self.tr("Health"))

    def set_health(self, health: HealthNumbers, profile: SellerProfile) -> None:
        self.setTitle(self.tr("Health, last {days} days to {date}").format(
            days=health.window_days, date=formatting.date(health.as_of)))
        self._show("gmv", formatting.money(health.gmv, profile.currency, 0))
        self._show("orders", formatting.integer(health.orders))
        for metric, ratio in health.ratios.items():
            volume = self._words.volume(HEALTH_METRICS[metric][1])
            if ratio.value is NOT_ENOUGH_DATA:
                self._show(metric, self.tr("Not enough data"), state=NOT_ENOUGH,
                           detail=self.tr("{count} {volume}; needs {minimum}").format(
                               count=formatting.integer(ratio.denominator), volume=volume,
                               minimum=formatting.integer(ratio.minimum)))
                continue
            assert isinstance(ratio.value, float)
            if metric == "content_share":
                detail = self.tr("{part} of {total} from LIVE and video").format(
                    part=formatting.money(ratio.numerator, profile.currency, 0),
                    total=formatting.money(ratio.denominator, profile.currency, 0))
            else:
                detail = self.tr("{count} of {total} {volume}").format(
                    count=formatting.integer(ratio.numerator),
                    total=formatting.integer(ratio.denominator), volume=volume)
            self._show(metric, formatting.percent(ratio.value, 2), detail=detail,
                       level=levels.ratio_level(metric, ratio.value))
        self._show("violation_points", formatting.integer(health.violation_points),
                   detail=self.tr("active violations"),
                   level=levels.points_level(health.violation_points))
        scores = profile.health
        for key, text, level in (
                ("sps", None if scores.sps is None else formatting.decimal(scores.sps, 1),
                 levels.sps_level(scores.sps)),
                ("ahr", None if scores.ahr is None else formatting.integer(scores.ahr),
                 levels.ahr_level(scores.ahr))):
            if text is None:
                self._show(key, self.tr("No score"), state=NO_SCORE,
                           detail=self.tr("the platform has not scored this seller yet"))
            else:
                self._show(key, text, detail=self.tr("platform score"), level=level)

    def state(self, key: str) -> str:
        """"value", NOT_ENOUGH or NO_SCORE: what the row is showing (tests, screen readers)."""
        return str(self.values[key].property("state") or "value")

    def _show(self, key: str, text: str, *, detail: str = "", state: str = "value",
              level: str | None = None) -> None:
        value = self.values[key]
        value.setText(text)
        value.setProperty("state", state)
        font = QFont(value.font())
        font.setItalic(state != "value")
        font.setBold(level is not None)
        value.setFont(font)
        colour = levels.colour(level, self.palette())
        if state != "value":
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        value.setStyleSheet(f"color: {colour};" if colour else "")
        value.setAccessibleName(f"{self._words.metric(key)}: {text}")
        self.details[key].setText(detail)
