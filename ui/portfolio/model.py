"""The portfolio table model: all rows in memory, filtered and sorted by lists of indexes.

A stock QSortFilterProxyModel calls data() for every comparison (seconds at 10,000 rows);
here each column's sort keys are prepared once per load in Python, a sort is one list.sort
of row numbers followed by layoutChanged, and a filter is one pass over precomputed,
casefolded haystacks followed by a model reset. Roles are compared as ints in data().
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.portfolio import PortfolioRow
from ui import formatting
from ui.portfolio.columns import COLUMNS, DEFAULT_SORT, INDEX, Column, Kind, Level, Missing
from ui.portfolio.flag_filter import FLAGS_KIND, row_test
from ui.portfolio.menus import shortcut_text
from ui.portfolio.texts import PortfolioTexts

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
SELLER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
FILTER_KINDS = ("marketplace", "region", "category", "tier", "status")
_HORIZONTAL = Qt.Orientation.Horizontal

# (light palette, dark palette): readable text colours on either background.
_LEVEL_COLOURS = {
    Level.CRITICAL: ("#c62828", "#ef6b6b"),
    Level.HIGH: ("#d84315", "#ff9a5c"),
    Level.MEDIUM: ("#a66a00", "#f2c14e"),
    Level.GROWTH: ("#2e7d32", "#7bd389"),
}

# How each kind of value is written; numbers, money and dates in the language's QLocale.
_FORMATTERS: dict[Kind, Callable[[Any, PortfolioRow], str]] = {
    Kind.TEXT: lambda value, _row: value,
    Kind.MONEY: lambda value, row: formatting.money(value, row.currency, 0),
    Kind.RATE: lambda value, _row: formatting.percent(value, 1),
    Kind.GROWTH: lambda value, _row: formatting.percent(value, 1, signed=True),
    Kind.INTEGER: lambda value, _row: formatting.integer(value),
    Kind.SCORE: lambda value, _row: formatting.decimal(value, 1),
    Kind.DATE: lambda value, _row: formatting.date(value),
    Kind.INSTANT: lambda value, _row: formatting.date(_local_date(value)),
    Kind.HEALTH: lambda value, row: _health_text(value, row.health_trend),
}


def _health_text(score: float, trend: float | None) -> str:
    """"▲4  72": how far the score moved against the 30 days before, then the score, last so
    that scores line up in the right-aligned column."""
    text = formatting.integer(round(score))
    if trend is None or round(trend) == 0:
        return text
    arrow = "▲" if trend > 0 else "▼"
    return f"{arrow}{formatting.integer(abs(round(trend)))}  {text}"


def _local_date(instant: str) -> dt.date | None:
    moment = formatting.parse_instant(instant)
    return moment.astimezone().date() if moment is not None else None


def _is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class PortfolioModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = PortfolioTexts(self)
        self._rows: list[PortfolioRow] = []
        self._assigned_count = 0
        self._by_name: list[int] = []  # every row number, in name order (the tie-breaker)
        self._filtered: list[int] = []  # rows passing the filters, in name order
        self._visible: list[int] = []  # the filtered rows in the chosen sort order
        self._keys: dict[int, list[Any]] = {}
        self._filters: dict[str, frozenset[str]] = {}
        self._flag_test: Callable[[PortfolioRow], bool] | None = None
        self._needle = ""
        self._show_unassigned = False
        self._sort_column = INDEX[DEFAULT_SORT]
        self._descending = True
        self._colours: dict[str, QColor] = {}
        self.update_palette()

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == DISPLAY:
            return self._display(column, row)
        if role == ALIGNMENT:
            return column.alignment
        if role == FOREGROUND:
            return self._foreground(column, row)
        return self._rare_role(role, index, column, row)

    def _rare_role(self, role: int, index: QModelIndex, column: Column, row: PortfolioRow) -> Any:
        if role == TOOLTIP:
            return self.texts.cell_tip(column.key, row)
        if role == SELLER_ID_ROLE:
            return row.seller_id
        if role == SORT_KEY_ROLE:
            return self._sort_keys(index.column())[self._visible[index.row()]]
        return None

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation != _HORIZONTAL or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == DISPLAY:
            return column.header
        if role == TOOLTIP:
            return self.tr("{explanation}\nClick to sort; {shortcut} sorts by the current "
                           "column, again to reverse").format(
                               explanation=column.tip, shortcut=shortcut_text("Ctrl+Shift+S"))
        if role == ALIGNMENT:
            return column.alignment
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        rows = [self._visible[i.row()] for i in kept]
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._apply_sort()
        position = {r: p for p, r in enumerate(self._visible)}
        self.changePersistentIndexList(
            kept, [self.index(position[r], i.column()) for r, i in zip(rows, kept, strict=True)])
        self.layoutChanged.emit()

    # -- what the page sets ----------------------------------------------------------------
    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._assigned_count = sum(1 for r in self._rows if r.assigned)
        self._keys.clear()
        self._by_name = sorted(range(len(self._rows)),
                               key=lambda i: (self._rows[i].shop_name.casefold(),
                                              self._rows[i].seller_id))
        self._apply_filter()
        self.endResetModel()

    def set_query(self, filters: Mapping[str, Sequence[str]], search: str,
                  show_unassigned: bool) -> None:
        """Filters combine with AND across kinds and OR within one; search is a substring."""
        self.beginResetModel()
        self._filters = {k: frozenset(v) for k, v in filters.items() if v and k in FILTER_KINDS}
        flags = filters.get(FLAGS_KIND)
        self._flag_test = row_test(frozenset(flags)) if flags else None
        self._needle = search.strip().casefold()
        self._show_unassigned = show_unassigned
        self._apply_filter()
        self.endResetModel()

    def sort_by_key(self, key: str, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.sort(INDEX.get(key, INDEX[DEFAULT_SORT]), order)

    def update_palette(self) -> None:
        dark = _is_dark()
        self._colours = {level: QColor(pair[1] if dark else pair[0])
                         for level, pair in _LEVEL_COLOURS.items()}
        muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        self._colours[Level.MUTED] = muted

    # -- what the page reads ---------------------------------------------------------------
    @property
    def sort_key(self) -> str:
        return COLUMNS[self._sort_column].key

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def colour(self, level: Level) -> QColor:
        return self._colours[level]

    def numeric(self, column_number: int) -> bool:
        return COLUMNS[column_number].numeric

    @property
    def loaded_count(self) -> int:
        return len(self._rows)

    def row_at(self, position: int) -> PortfolioRow:
        return self._rows[self._visible[position]]

    def position_of(self, seller_id: str) -> int | None:
        for position, number in enumerate(self._visible):
            if self._rows[number].seller_id == seller_id:
                return position
        return None

    def visible_rows(self) -> list[PortfolioRow]:
        rows = self._rows
        return [rows[i] for i in self._filtered]

    def in_scope_count(self) -> int:
        """Rows the unassigned toggle lets in, before filters and search."""
        return len(self._rows) if self._show_unassigned else self._assigned_count

    # -- internals -------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        rows, needle, everyone = self._rows, self._needle, self._show_unassigned
        tests = [(attrgetter(kind), values) for kind, values in self._filters.items()]
        flag_test = self._flag_test
        kept = []
        for number in self._by_name:
            row = rows[number]
            if not everyone and not row.assigned:
                continue
            if needle and needle not in row.search_text:
                continue
            if tests and not all(get(row) in values for get, values in tests):
                continue
            if flag_test is not None and not flag_test(row):
                continue
            kept.append(number)
        self._filtered = kept
        self._apply_sort()

    def _apply_sort(self) -> None:
        keys = self._sort_keys(self._sort_column)
        present = [i for i in self._filtered if keys[i] is not None]
        # Rows without a value (not enough data, no score) come after real values either way.
        missing = [i for i in self._filtered if keys[i] is None]
        present.sort(key=keys.__getitem__, reverse=self._descending)
        self._visible = present + missing

    def _sort_keys(self, column_number: int) -> list[Any]:
        keys = self._keys.get(column_number)
        if keys is None:
            column = COLUMNS[column_number]
            values = [column.value(r) for r in self._rows]
            if column.sort_value is not None:
                keys = [column.sort_value(r) for r in self._rows]
            elif column.kind is Kind.MONEY:
                # Without exchange rates 1,000,000 IDR is not "more" than 100 USD: amounts
                # sort within their currency, the currency of most sellers first (descending).
                counts = Counter(r.currency for r in self._rows)
                keys = [(counts[r.currency], r.currency, v) for r, v in zip(self._rows, values,
                                                                           strict=True)]
            elif column.kind is Kind.TEXT:
                keys = [None if v is None else v.casefold() for v in values]
            elif column.kind is Kind.LABEL:
                labels = {v: self.texts.label(column.key, v).casefold() for v in set(values)}
                keys = [labels[v] for v in values]
            else:
                keys = values
            self._keys[column_number] = keys
        return keys

    def _display(self, column: Column, row: PortfolioRow) -> str:
        value = column.value(row)
        if value is None:
            return self.texts.missing(column.missing)
        if column.kind is Kind.LABEL:
            return self.texts.label(column.key, value)
        return _FORMATTERS[column.kind](value, row)

    def _foreground(self, column: Column, row: PortfolioRow) -> QColor | None:
        if column.missing is not Missing.NONE and column.value(row) is None:
            return self._colours[Level.MUTED]
        level = column.level(row) if column.level is not None else None
        return self._colours[level] if level is not None else None
