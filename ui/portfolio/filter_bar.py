"""Multi-select filters (marketplace, region, category, tier, status) and the unassigned toggle.

Values picked within one filter widen it (OR); different filters narrow each other (AND).
The bar only holds the choice: the page reads it and hands it to the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QToolButton, QWidget

from app.portfolio import FilterOptions
from ui import formatting
from ui.portfolio.flag_filter import FLAGS_KIND
from ui.portfolio.menus import StickyMenu
from ui.portfolio.model import FILTER_KINDS
from ui.portfolio.texts import PortfolioTexts

_OPTION_FIELDS = {"marketplace": "marketplaces", "region": "regions", "category": "categories",
                  "tier": "tiers", "status": "statuses"}


class FilterButton(QToolButton):
    """One filter: a button whose menu holds a checkable entry per value."""

    toggled_value = Signal()

    def __init__(self, kind: str, title: str, texts: PortfolioTexts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._title = title
        self._texts = texts
        self.setObjectName(f"filter_{kind}")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._menu = StickyMenu(self)
        self.setMenu(self._menu)
        self._actions: dict[str, QAction] = {}
        self._refresh_text()

    def set_values(self, values: Sequence[str]) -> None:
        """Offer `values`; a value already picked stays offered even if no seller has it now."""
        picked = self.picked()
        self._menu.clear()
        self._actions = {}
        offered = list(dict.fromkeys([*values, *picked]))
        if self.kind != FLAGS_KIND:  # the flag filter keeps its own order: worst first
            offered.sort(key=str.casefold)
        for value in offered:
            action = QAction(self._texts.label(self.kind, value), self._menu)
            action.setCheckable(True)
            action.setChecked(value in picked)
            action.setData(value)
            action.toggled.connect(self._on_toggled)
            self._menu.addAction(action)
            self._actions[value] = action
        self._refresh_text()

    def picked(self) -> list[str]:
        return [v for v, a in self._actions.items() if a.isChecked()]

    def set_picked(self, values: Sequence[str]) -> None:
        missing = [v for v in values if v not in self._actions]
        if missing:
            self.set_values([*self._actions, *missing])
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._refresh_text()

    def action_for(self, value: str) -> QAction | None:
        return self._actions.get(value)

    def _on_toggled(self, _checked: bool) -> None:
        self._refresh_text()
        self.toggled_value.emit()

    def _refresh_text(self) -> None:
        picked = self.picked()
        if not picked:
            text = self._title
        elif len(picked) == 1:
            text = self.tr("{filter}: {value}").format(
                filter=self._title, value=self._texts.label(self.kind, picked[0]))
        else:
            text = self.tr("{filter} ({count})").format(
                filter=self._title, count=formatting.integer(len(picked)))
        self.setText(text)
        self.setToolTip(self.tr("Show only sellers with these values; pick several to widen "
                                "({filter}: Tab here, Space opens, Space ticks)").format(
                                    filter=self._title))


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, texts: PortfolioTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioFilters")
        titles = {"marketplace": self.tr("Marketplace"), "region": self.tr("Region"),
                  "category": self.tr("Category"), "tier": self.tr("Tier"),
                  "status": self.tr("Status")}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, FilterButton] = {}
        for kind in FILTER_KINDS:
            button = FilterButton(kind, titles[kind], texts, self)
            button.toggled_value.connect(self.changed)
            layout.addWidget(button)
            self.buttons[kind] = button
        flags = FilterButton(FLAGS_KIND, self.tr("Risks && opportunities"), texts, self)
        flags.toggled_value.connect(self.changed)
        layout.addWidget(flags)
        self.buttons[FLAGS_KIND] = flags
        self.unassigned = QCheckBox(self.tr("Show &unassigned"), self)
        self.unassigned.setObjectName("showUnassigned")
        self.unassigned.setToolTip(self.tr(
            "Also list sellers no longer assigned to you (Alt+U)"))
        self.unassigned.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(self.unassigned)

    def set_options(self, options: FilterOptions, flag_values: Sequence[str] = ()) -> None:
        for kind, button in self.buttons.items():
            if kind == FLAGS_KIND:
                button.set_values(flag_values)
            else:
                button.set_values(getattr(options, _OPTION_FIELDS[kind]))

    def selection(self) -> dict[str, list[str]]:
        return {kind: b.picked() for kind, b in self.buttons.items() if b.picked()}

    def set_selection(self, filters: Mapping[str, Sequence[str]], show_unassigned: bool) -> None:
        """Set every filter at once without announcing each step (a saved view)."""
        for kind, button in self.buttons.items():
            button.set_picked(list(filters.get(kind, [])))
        self.unassigned.blockSignals(True)
        self.unassigned.setChecked(show_unassigned)
        self.unassigned.blockSignals(False)

    @property
    def show_unassigned(self) -> bool:
        return self.unassigned.isChecked()

    def any_active(self) -> bool:
        return any(b.picked() for b in self.buttons.values())
