"""Where the table sits: the table itself, or a message saying what is happening and what to
do (loading, nothing synced yet, nothing matches, the cache cannot be read)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.portfolio.menus import shortcut_text


class _Message(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.headline = QLabel(self)
        self.headline.setObjectName(f"{name}Headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.headline.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.hide()
        for widget in (self.headline, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def say(self, headline: str, detail: str = "", button: str = "") -> None:
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.button.setText(button)
        self.button.setVisible(bool(button))


class StatePanel(QStackedWidget):
    clear_requested = Signal()
    retry_requested = Signal()

    def __init__(self, table: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioStates")
        self.table = table
        self.message = _Message("portfolioMessage", self)
        self.message.button.clicked.connect(self._button_clicked)
        self._button_action = ""
        self._state = "table"
        self.addWidget(table)
        self.addWidget(self.message)

    @property
    def state(self) -> str:
        """"table", "loading", "empty", "first_sync", "no_match" or "error" (tests read it)."""
        return "table" if self.currentWidget() is self.table else self._state

    def show_table(self) -> None:
        self.setCurrentWidget(self.table)

    def show_loading(self) -> None:
        self._show("loading", self.tr("Loading portfolio…"))

    def show_empty(self) -> None:
        self._show("empty", self.tr("No sellers yet — sync to fetch your portfolio"),
                   self.tr("Press Sync in the top bar ({shortcut}) to download your sellers and "
                           "their figures; they appear here as soon as it finishes.").format(
                               shortcut=shortcut_text("F5")))

    def show_first_sync(self) -> None:
        self._show("first_sync", self.tr("Fetching your portfolio…"),
                   self.tr("Your sellers appear here as soon as the first sync ends; its "
                           "progress is in the top bar."))

    def show_no_match(self) -> None:
        self._show("no_match", self.tr("No sellers match the search and filters"),
                   self.tr("Try fewer filters or another search, or tick “Show unassigned”."),
                   self.tr("Clear search and filters ({shortcut})").format(
                       shortcut=shortcut_text("Ctrl+Shift+X")), "clear")

    def show_error(self, message: str) -> None:
        self._show("error", self.tr("The portfolio cannot be read"), message,
                   self.tr("Try again"), "retry")

    def _show(self, state: str, headline: str, detail: str = "", button: str = "",
              action: str = "") -> None:
        self._state = state
        self._button_action = action
        self.message.say(headline, detail, button)
        self.setCurrentWidget(self.message)

    def _button_clicked(self) -> None:
        if self._button_action == "clear":
            self.clear_requested.emit()
        elif self._button_action == "retry":
            self.retry_requested.emit()
