"""Saved views: the current filters, search, sort, columns and unassigned toggle under a name,
kept in the user's settings (ctx.settings.saved_views) and applied in one step."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QToolButton, QWidget

from app.errors import KnownError
from app.settings import SavedView
from ui.context import AppContext

log = logging.getLogger(__name__)


def save_settings(ctx: AppContext) -> None:
    """Persist the settings; a failure is logged, never a crash of the screen."""
    try:
        ctx.save_settings()
    except (OSError, KnownError) as error:
        log.warning("cannot save settings: %s", error)


class SavedViewsButton(QToolButton):
    def __init__(self, ctx: AppContext, capture: Callable[[str], SavedView],
                 apply: Callable[[SavedView], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._capture = capture
        self._apply = apply
        self.setObjectName("savedViews")
        self.setText(self.tr("Vie&ws"))
        self.setToolTip(self.tr("Save the current filters, search, sort and columns under a "
                                "name, or go back to one (Alt+W)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMenu(QMenu(self))
        self.menu().aboutToShow.connect(self._rebuild_menu)
        self._rebuild_menu()

    def names(self) -> list[str]:
        return [v.name for v in self._ctx.settings.saved_views]

    def save_as(self, name: str) -> SavedView:
        """Save the current state as `name`, replacing a view of the same name."""
        view = self._capture(name)
        views = [v for v in self._ctx.settings.saved_views if v.name != name]
        views.append(view)
        views.sort(key=lambda v: v.name.casefold())
        self._ctx.settings.saved_views = views
        save_settings(self._ctx)
        return view

    def apply_named(self, name: str) -> bool:
        for view in self._ctx.settings.saved_views:
            if view.name == name:
                self._apply(view)
                return True
        return False

    def delete(self, name: str) -> bool:
        views = [v for v in self._ctx.settings.saved_views if v.name != name]
        if len(views) == len(self._ctx.settings.saved_views):
            return False
        self._ctx.settings.saved_views = views
        save_settings(self._ctx)
        return True

    def ask_and_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"),
                                        self.tr("Name of this view:"))
        if ok and name.strip():
            self.save_as(name.strip())

    def _rebuild_menu(self) -> None:
        menu = self.menu()
        menu.clear()
        names = self.names()
        if not names:
            menu.addAction(self.tr("No saved views yet")).setEnabled(False)
        for name in names:
            action = menu.addAction(name)
            action.setToolTip(self.tr("Apply the view “{name}”").format(name=name))
            action.triggered.connect(lambda _checked=False, n=name: self.apply_named(n))
        menu.addSeparator()
        menu.addAction(self.tr("Save current view…"), self.ask_and_save)
        delete_menu = menu.addMenu(self.tr("Delete view"))
        delete_menu.setEnabled(bool(names))
        for name in names:
            delete_menu.addAction(name).triggered.connect(
                lambda _checked=False, n=name: self.delete(n))
