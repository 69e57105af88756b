"""Where the worklist sits: the table, or a message saying what is happening and what to do
(loading, nothing synced yet, nothing open, the flags cannot be read); and a notice line
for an action that failed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


def _key(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class WorklistStates(QWidget):
    retry_requested = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistStates")
        self.notice = QLabel(self)
        self.notice.setObjectName("worklistNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.stack = QStackedWidget(self)
        self.content = content
        message = QWidget(self)
        column = QVBoxLayout(message)
        column.addStretch(1)
        self.headline = QLabel(message)
        self.headline.setObjectName("worklistHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.headline.setFont(font)
        self.detail = QLabel(message)
        self.detail.setObjectName("worklistDetail")
        self.detail.setWordWrap(True)
        for label in (self.headline, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        self.retry = QPushButton(self.tr("Try again"), message)
        self.retry.clicked.connect(self.retry_requested)
        self.retry.hide()
        column.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.stack.addWidget(content)
        self.stack.addWidget(message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.state = "loading"

    def show_table(self) -> None:
        self.state = "table"
        self.stack.setCurrentWidget(self.content)

    def show_loading(self) -> None:
        self._say("loading", self.tr("Loading risks and opportunities…"))

    def show_not_synced(self) -> None:
        self._say("not_synced", self.tr("No data yet — the rules run after the first sync"),
                  self.tr("Press Sync in the top bar ({shortcut}); flags appear here as soon "
                          "as it finishes.").format(shortcut=_key("F5")))

    def show_empty(self, kind: str, status: str) -> None:
        if status == "open" and kind == "risk":
            self._say("empty", self.tr("No open risks — everything is within the rules"),
                      self.tr("New risks appear here after each sync."))
        elif status == "open" and kind == "opportunity":
            self._say("empty", self.tr("No open opportunities right now"),
                      self.tr("Program eligibility and growth signals are checked after "
                              "each sync."))
        else:
            self._say("empty", self.tr("No flags with this kind and status"),
                      self.tr("Pick another kind or status above."))

    def show_error(self, message: str) -> None:
        self._say("error", self.tr("The flags cannot be read"), message, retry=True)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _say(self, state: str, headline: str, detail: str = "", *, retry: bool = False) -> None:
        self.state = state
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.retry.setVisible(retry)
        self.stack.setCurrentIndex(1)
