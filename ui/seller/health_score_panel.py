"""The seller's health score 0-100, its trend against the 30 days before, and the four
weighted parts it is made of, so the number can be explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from app.flags.service import HealthView
from ui import formatting
from ui.flags.words import HEALTH_PARTS, FlagWords

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class HealthScorePanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthScorePanel")
        self.setTitle(self.tr("Health score"))
        self._words = FlagWords(self)
        grid = QGridLayout(self)
        self.score = QLabel(formatting.NO_VALUE)
        self.score.setObjectName("healthScore")
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.score.setFont(font)
        self.trend = QLabel()
        self.trend.setObjectName("healthTrend")
        grid.addWidget(self.score, 0, 0)
        grid.addWidget(self.trend, 0, 1, 1, 2)
        self.parts: dict[str, QLabel] = {}
        self.weights: dict[str, QLabel] = {}
        for row, part in enumerate(HEALTH_PARTS, start=1):
            value = QLabel(formatting.NO_VALUE)
            value.setObjectName(f"healthPart_{part}")
            value.setAlignment(_RIGHT)
            weight = QLabel()
            grid.addWidget(QLabel(self._words.health_part(part)), row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(weight, row, 2)
            self.parts[part], self.weights[part] = value, weight
        grid.setColumnStretch(2, 1)

    def set_health(self, health: HealthView | None) -> None:
        if health is None or health.score is None:
            self.score.setText(self.tr("Not enough data"))
            self.trend.setText(self.tr("too few orders to score yet"))
        else:
            self.score.setText(formatting.integer(round(health.score)))
            trend = health.trend
            if trend is None:
                self.trend.setText(self.tr("no score for the 30 days before"))
            else:
                arrow = "▲" if trend > 0.5 else "▼" if trend < -0.5 else "="
                # The arrow says up or down; the number is how far.
                self.trend.setText(self.tr("{arrow} {change} against the 30 days before").format(
                    arrow=arrow, change=formatting.integer(abs(round(trend)))))
        for part in HEALTH_PARTS:
            value = health.parts.get(part) if health is not None else None
            self.parts[part].setText(formatting.NO_VALUE if value is None
                                     else formatting.integer(round(value)))
            weight = health.weights.get(part) if health is not None else None
            self.weights[part].setText(self.tr("weight {share}").format(
                share=formatting.percent(weight, 0)) if weight is not None else "")
