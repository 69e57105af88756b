"""The Risks & Opportunities table: one row per flag, worst first.

The service hands flags over sorted by severity, then value at stake; the model keeps that
as its default order and sorts other columns on keys prepared once per column and load
(as the portfolio model does), so a click on a header is one list.sort.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from app.flags.service import SEVERITY_ORDER, FlagItem
from ui import formatting
from ui.flags.values import evidence_text, metric_value
from ui.flags.words import FlagWords, severity_colour

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FLAG_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SELLER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
CONTEXT = "FlagColumns"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RANK = {severity: rank for rank, severity in enumerate(SEVERITY_ORDER)}

# (key, header marked for lupdate, numeric)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("severity", QT_TRANSLATE_NOOP("FlagColumns", "Severity"), False),
    ("seller", QT_TRANSLATE_NOOP("FlagColumns", "Seller"), False),
    ("rule", QT_TRANSLATE_NOOP("FlagColumns", "Rule"), False),
    ("message", QT_TRANSLATE_NOOP("FlagColumns", "What and why"), False),
    ("distance", QT_TRANSLATE_NOOP("FlagColumns", "Distance to the line"), False),
    ("value", QT_TRANSLATE_NOOP("FlagColumns", "Value"), True),
    ("threshold", QT_TRANSLATE_NOOP("FlagColumns", "Threshold"), True),
    ("window", QT_TRANSLATE_NOOP("FlagColumns", "Window"), True),
    ("first_seen", QT_TRANSLATE_NOOP("FlagColumns", "First seen"), False),
    ("status", QT_TRANSLATE_NOOP("FlagColumns", "Status"), False),
)
KEYS = tuple(c[0] for c in COLUMNS)


def default_order_key(item: FlagItem) -> tuple[int, float, str, str]:
    """Severity (critical first), then value at stake (largest first)."""
    stake = float(item.value_at_stake) if item.value_at_stake is not None else 0.0
    return (_RANK.get(item.severity, len(_RANK)), -stake, item.shop_name.casefold(),
            item.rule_id)


class FlagTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = FlagWords(self)
        self.language = "en"
        self._items: list[FlagItem] = []
        self._titles: dict[str, str] = {}
        # Display strings per row, made when first shown (a message is a template to fill:
        # thousands of them at load would hold the GUI thread), then kept for the load.
        self._texts: list[tuple[str, ...] | None] = []
        self._order: list[int] = []
        self._sort_column = -1  # -1: the default order (severity, value at stake)
        self._descending = False

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        number = self._order[index.row()]
        if role == DISPLAY:
            return self._row(number)[index.column()]
        if role == ALIGNMENT:
            return _RIGHT if COLUMNS[index.column()][2] else _LEFT
        return self._rare_role(role, number, index.column())

    def _rare_role(self, role: int, number: int, column: int) -> Any:
        item = self._items[number]
        if role == FOREGROUND:
            # Colour only where it means something: the severity word.
            return severity_colour(item.severity, QGuiApplication.palette()) \
                if column == 0 else None
        if role == TOOLTIP:
            return self._tooltip(number, column)
        if role == FLAG_ID_ROLE:
            return item.flag_id
        return item.seller_id if role == SELLER_ID_ROLE else None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == DISPLAY:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        if role == ALIGNMENT:
            return _RIGHT if COLUMNS[section][2] else _LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        numbers = [self._order[i.row()] for i in kept]
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._apply_sort()
        position = {n: p for p, n in enumerate(self._order)}
        self.changePersistentIndexList(kept, [self.index(position[n], i.column())
                                              for n, i in zip(numbers, kept, strict=True)])
        self.layoutChanged.emit()

    # -- what the page sets and reads ------------------------------------------------------
    def set_flags(self, items: Sequence[FlagItem], titles: dict[str, str], language: str) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._titles = titles
        self.language = language
        self._texts = [None] * len(self._items)
        self._apply_sort()
        self.endResetModel()

    @property
    def sort_column(self) -> int:
        """-1 while in the default order (severity, then value at stake)."""
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def item_at(self, position: int) -> FlagItem:
        return self._items[self._order[position]]

    def items(self) -> list[FlagItem]:
        """The flags in the order shown."""
        return [self._items[n] for n in self._order]

    def position_of(self, flag_id: int) -> int | None:
        for position, number in enumerate(self._order):
            if self._items[number].flag_id == flag_id:
                return position
        return None

    def title(self, rule_id: str) -> str:
        """The rule's title in the chosen language; a program rule by its family's title."""
        family = rule_id.partition(":")[0]
        return self._titles.get(rule_id) or self._titles.get(family) or rule_id

    # -- internals -------------------------------------------------------------------------
    def _row(self, number: int) -> tuple[str, ...]:
        texts = self._texts[number]
        if texts is None:
            texts = self._texts[number] = self._row_texts(self._items[number])
        return texts

    def _row_texts(self, item: FlagItem) -> tuple[str, ...]:
        language = self.language
        return (
            self.words.severity(item.severity),
            f"{item.shop_name} · {item.shop_code}",
            self.title(item.rule_id),
            item.message(language),
            item.distance(language) or "",
            metric_value(item.metric, item.value),
            metric_value(item.metric, item.threshold),
            QCoreApplication.translate("FlagColumns", "{days} d").format(
                days=formatting.integer(item.window_days)) if item.window_days else "",
            formatting.date(item.first_seen),
            self._status_text(item),
        )

    def _status_text(self, item: FlagItem) -> str:
        status = self.words.status(item.status)
        if item.status == "snoozed" and item.snoozed_until:
            return QCoreApplication.translate("FlagColumns", "{status} until {date}").format(
                status=status, date=formatting.date(item.snoozed_until))
        return status

    def _tooltip(self, number: int, column: int) -> str | None:
        item = self._items[number]
        key = KEYS[column]
        if key in ("message", "rule"):
            action = item.action(self.language)
            lines = [item.message(self.language)]
            if item.evidence:
                lines.append(evidence_text(item.evidence, self.words, item.currency))
            if action:
                lines.append(action)
            return "\n".join(lines)
        if key == "status" and item.dismissed_reason:
            return item.dismissed_reason
        if key in ("distance", "seller"):
            return self._row(number)[column] or None
        return None

    def _apply_sort(self) -> None:
        numbers = list(range(len(self._items)))
        items = self._items
        if self._sort_column < 0:
            numbers.sort(key=lambda n: default_order_key(items[n]))
            self._order = numbers
            return
        key = self._key_function(self._sort_column)
        keys = [key(item) for item in items]
        present = [n for n in numbers if keys[n] is not None]
        missing = [n for n in numbers if keys[n] is None]  # no value: last either way
        present.sort(key=keys.__getitem__, reverse=self._descending)
        self._order = present + missing

    def _key_function(self, column: int) -> Callable[[FlagItem], Any]:
        key = KEYS[column]
        if key == "severity":
            return default_order_key
        if key == "value":
            return lambda item: item.value
        if key == "threshold":
            return lambda item: item.threshold
        if key == "window":
            return lambda item: item.window_days
        if key == "first_seen":
            return lambda item: item.first_seen
        position = {id(item): n for n, item in enumerate(self._items)}
        return lambda item: self._row(position[id(item)])[column].casefold()
