"""The Columns button: tick the columns to show; the shop name always stays."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget

from ui.portfolio.columns import COLUMNS, KEYS, visible_keys
from ui.portfolio.menus import StickyMenu


class ColumnChooser(QToolButton):
    columns_changed = Signal(list)  # the visible column keys, in table order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnChooser")
        self.setText(self.tr("&Columns"))
        self.setToolTip(self.tr("Choose the columns to show (Alt+C; Space ticks)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = StickyMenu(self)
        self.actions_by_key: dict[str, QAction] = {}
        for column in COLUMNS:
            action = QAction(column.header, menu)
            action.setCheckable(True)
            action.setChecked(True)
            action.setData(column.key)
            if not column.hideable:
                action.setEnabled(False)
                action.setToolTip(self.tr("Always shown"))
            action.toggled.connect(self._on_toggled)
            menu.addAction(action)
            self.actions_by_key[column.key] = action
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show all columns"))
        show_all.setObjectName("showAllColumns")
        show_all.triggered.connect(lambda: self.set_visible(KEYS, announce=True))
        self.setMenu(menu)

    def visible(self) -> list[str]:
        return [k for k, a in self.actions_by_key.items() if a.isChecked()]

    def set_visible(self, keys: Sequence[str], *, announce: bool = False) -> None:
        wanted = set(visible_keys(list(keys)))
        for key, action in self.actions_by_key.items():
            action.blockSignals(True)
            action.setChecked(key in wanted)
            action.blockSignals(False)
        if announce:
            self.columns_changed.emit(self.visible())

    def _on_toggled(self, _checked: bool) -> None:
        self.columns_changed.emit(self.visible())
