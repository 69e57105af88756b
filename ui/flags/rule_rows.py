"""The rule editor's table: one row per rule and pack, thresholds as the user types them
(rates in percent), and reading the edits back with a clear message for bad input.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem

from app.flags.common import FLOOR_CURRENCY, MONEY_FLOOR_METRICS
from app.flags.service import RuleSetting
from ui import formatting
from ui.flags.values import is_rate
from ui.flags.words import FlagWords

LEVELS = ("critical", "high", "medium", "low")
ON, TITLE, METRIC, WINDOW = 0, 1, 2, 3
FIRST_LEVEL = 4
MIN_VOLUME, PACK, CHANGED, SOURCE = 8, 9, 10, 11
SOURCE_CHARS = 60  # a longer note is cut with "…"; the tooltip has it all
RULE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
_FIXED = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class RuleEdit:
    rule: RuleSetting
    enabled: bool | None  # None: unchanged
    thresholds: dict[str, float] | None  # every level of the rule, when any changed


class BadInput(ValueError):
    pass


def threshold_text(metric: str | None, value: float) -> str:
    """"4%" for a rate (shown and typed in percent), "12" for points, "3.5" for a score."""
    locale = QLocale()
    if is_rate(metric):
        return locale.toString(value * 100.0, "g", 6) + locale.percent()
    return locale.toString(float(value), "g", 6)


def parse_threshold(metric: str | None, text: str) -> float | None:
    """The typed value in the engine's unit; None when the text is not a number."""
    locale = QLocale()
    cleaned = text.strip().replace(locale.percent(), "").replace("%", "").strip()
    number, ok = locale.toDouble(cleaned)
    if not ok:
        number, ok = QLocale.c().toDouble(cleaned)  # "4.5" works in every language
    if not ok:
        return None
    return number / 100.0 if is_rate(metric) else number


class RuleRows(QObject):
    """Fills a QTableWidget with rules and reads the user's edits back."""

    def __init__(self, table: QTableWidget, language: str) -> None:
        super().__init__(table)
        self.table = table
        self.language = language
        self.words = FlagWords(self)
        self.rules: list[RuleSetting] = []

    def headers(self) -> list[str]:
        return [self.tr("On"), self.tr("Rule"), self.tr("Metric"), self.tr("Window"),
                *(self.words.severity(level) for level in LEVELS), self.tr("Min. volume"),
                self.tr("Pack"), self.tr("Changed"), self.tr("Source")]

    def fill(self, rules: list[RuleSetting]) -> None:
        self.rules = list(rules)
        table = self.table
        table.setRowCount(len(rules))
        muted = table.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, rule in enumerate(rules):
            on = QTableWidgetItem()
            on.setFlags(_FIXED | Qt.ItemFlag.ItemIsUserCheckable)
            on.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            on.setData(RULE_ROLE, row)
            on.setToolTip(self.tr("Space turns the rule on or off"))
            table.setItem(row, ON, on)
            self._fixed(row, TITLE, rule.title(self.language), tip=rule.rule_id)
            self._fixed(row, METRIC, self.words.metric(rule.metric) if rule.metric else "",
                        tip=rule.metric or "")
            self._fixed(row, WINDOW, self.tr("{days} d").format(
                days=formatting.integer(rule.window_days)) if rule.window_days else "",
                right=True)
            levels = dict(rule.levels)
            defaults = dict(rule.default_levels)
            for offset, level in enumerate(LEVELS):
                if level in levels:
                    item = QTableWidgetItem(threshold_text(rule.metric, levels[level]))
                    item.setFlags(_EDITABLE)
                    if level in defaults:
                        item.setToolTip(self.tr("Default: {value}").format(
                            value=threshold_text(rule.metric, defaults[level])))
                else:
                    item = QTableWidgetItem(formatting.NO_VALUE)
                    item.setFlags(_FIXED)
                    item.setForeground(muted)
                item.setTextAlignment(_RIGHT)
                table.setItem(row, FIRST_LEVEL + offset, item)
            self._fixed(row, MIN_VOLUME, self._min_volume(rule), right=True,
                        tip=self._min_volume_tip(rule))
            self._fixed(row, PACK, self.tr("{marketplace}/{region} from {date}").format(
                marketplace=rule.marketplace, region=rule.region,
                date=formatting.date(rule.effective_from)), tip=rule.pack_id)
            table.setCellWidget(row, SOURCE, self._source(rule.source))
            self._fixed(row, CHANGED, self.tr("overridden") if rule.overridden else "")

    def _fixed(self, row: int, column: int, text: str, *, tip: str = "",
               right: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(_FIXED)
        if tip:
            item.setToolTip(tip)
        if right:
            item.setTextAlignment(_RIGHT)
        self.table.setItem(row, column, item)

    @staticmethod
    def _min_volume(rule: RuleSetting) -> str:
        if rule.min_volume is None:
            return ""
        amount = formatting.integer(rule.min_volume)
        return f"{amount} {FLOOR_CURRENCY}" if rule.metric in MONEY_FLOOR_METRICS else amount

    def _min_volume_tip(self, rule: RuleSetting) -> str:
        if rule.min_volume is None or rule.metric not in MONEY_FLOOR_METRICS:
            return ""
        return self.tr("In US dollars; each seller's floor is about this much in the "
                       "seller's own currency.")

    def _source(self, source: str) -> QLabel:
        label = QLabel()
        if source.startswith(("http://", "https://")):
            link = self.tr("source")
            label.setText(f'<a href="{html.escape(source)}">{html.escape(link)}</a>')
            label.setToolTip(source)
            label.setOpenExternalLinks(True)
        else:
            label.setText(source if len(source) <= SOURCE_CHARS
                          else source[:SOURCE_CHARS - 1].rstrip() + "…")
            label.setToolTip(source)
        label.setContentsMargins(4, 0, 4, 0)
        return label

    def edits(self) -> list[RuleEdit]:
        """The rows the user changed; BadInput names the first cell that is not a number."""
        found = []
        for row, rule in enumerate(self.rules):
            enabled = self.table.item(row, ON).checkState() == Qt.CheckState.Checked
            levels = dict(rule.levels)
            typed: dict[str, float] = {}
            for offset, level in enumerate(LEVELS):
                if level not in levels:
                    continue
                text = self.table.item(row, FIRST_LEVEL + offset).text()
                value = parse_threshold(rule.metric, text)
                if value is None:
                    raise BadInput(self.tr(
                        "{rule}, {level}: “{text}” is not a number. Type a threshold such "
                        "as {example}.").format(
                            rule=rule.title(self.language), level=self.words.severity(level),
                            text=text, example=threshold_text(rule.metric, levels[level])))
                typed[level] = value
            changed = any(abs(typed[k] - levels[k]) > 1e-9 for k in typed)
            if enabled != rule.enabled or changed:
                found.append(RuleEdit(rule, enabled if enabled != rule.enabled else None,
                                      typed if changed else None))
        return found

    def rule_at(self, row: int) -> RuleSetting | None:
        return self.rules[row] if 0 <= row < len(self.rules) else None
