"""The Ctrl+K palette: type part of a seller's name, shop code or contact (Chinese or
English), pick with the arrow keys and Enter, and the seller page opens.

Matches come from the portfolio service on the cache worker; each keystroke restarts a short
debounce, and answers to older queries are dropped, so typing never waits for the database.
The result list is a child of the window (not a popup window): it never takes the keyboard
focus away from the search field.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.portfolio import PortfolioService
from ui.context import AppContext

log = logging.getLogger(__name__)
DEBOUNCE_MS = 120
RESULT_LIMIT = 12
MIN_WIDTH = 520
ROW_HEIGHT = 28
VISIBLE_ROWS = 10
SELLER_ID_ROLE = Qt.ItemDataRole.UserRole


class SellerSearch(QObject):
    seller_chosen = Signal(str)

    def __init__(self, ctx: AppContext, field: QLineEdit, host: QWidget) -> None:
        super().__init__(host)
        self._ctx = ctx
        self._field = field
        self._host = host
        self._query_id = 0
        self._open_first = False  # Enter came before the answer: open the best match on arrival
        self.panel = QFrame(host)
        self.panel.setObjectName("sellerSearchPanel")
        self.panel.setFrameShape(QFrame.Shape.Box)
        self.panel.setFrameShadow(QFrame.Shadow.Plain)
        self.panel.setForegroundRole(QPalette.ColorRole.Mid)  # the border's colour
        self.panel.setAutoFillBackground(True)
        self.panel.setBackgroundRole(QPalette.ColorRole.Base)
        shadow = QGraphicsDropShadowEffect(self.panel)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.panel.setGraphicsEffect(shadow)
        self.results = QListWidget(self.panel)
        self.results.setObjectName("sellerSearchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemClicked.connect(self._activate_item)
        self.hint = QLabel(self.tr("↑ ↓ to choose · Enter to open · Esc to close"), self.panel)
        self.hint.setObjectName("sellerSearchHint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setContentsMargins(8, 3, 8, 4)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.panel.hide()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._query)
        field.textEdited.connect(lambda _text: self._debounce.start())
        field.returnPressed.connect(self.activate_current)
        field.installEventFilter(self)

    def focus(self) -> None:
        self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._field.selectAll()
        if self._field.text().strip():
            self._debounce.start()

    def close(self) -> None:
        self._debounce.stop()
        self._open_first = False
        self._query_id += 1  # whatever is still running answers nobody
        self.panel.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._field:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event.key())
            if event.type() == QEvent.Type.FocusOut:
                self.close()
        return False

    def _key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape and (self.results.isVisible() or self._field.text()):
            self._field.clear()
            self.close()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return False

    def _query(self) -> None:
        text = self._field.text().strip()
        self._query_id += 1
        query_id = self._query_id
        if not text:
            self.panel.hide()
            return
        engine = self._ctx.workspace.engine
        self._ctx.taskman.run_in_background(
            lambda: PortfolioService(engine).search(text, RESULT_LIMIT),
            lambda future: self._show(query_id, text, future))

    def _show(self, query_id: int, text: str, future: Future[list[Any]]) -> None:
        if query_id != self._query_id:
            return  # the user has typed on since
        error = future.exception()
        self.results.clear()
        if error is not None:
            log.warning("seller search failed: %s", error)
            self._add_note(self.tr("Search is not available right now: {error}").format(
                error=getattr(error, "message", str(error))))
        elif not future.result():
            self._add_note(self.tr("No seller matches “{text}”. Try part of the shop name, "
                                   "shop code or contact name.").format(text=text))
        for match in [] if error is not None else future.result():
            self._add_match(match)
        if self.results.count() and self.results.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
            self.results.setCurrentRow(0)
            if self._open_first:
                self._open_first = False
                self._activate_item(self.results.item(0))
                return
        self._open_first = False
        self._place()
        self.panel.show()
        self.panel.raise_()

    def _add_match(self, match: Any) -> None:
        parts = [match.shop_name, match.shop_code]
        if getattr(match, "contact_name", None):
            parts.append(match.contact_name)
        text = "  ·  ".join(parts)
        if not getattr(match, "assigned", True):
            text += "  " + self.tr("(not in your portfolio)")
        item = QListWidgetItem(text, self.results)
        item.setSizeHint(QSize(0, ROW_HEIGHT))
        item.setData(SELLER_ID_ROLE, match.seller_id)
        item.setToolTip(self.tr("Open {name} (Enter)").format(name=match.shop_name))

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text, self.results)
        item.setSizeHint(QSize(0, ROW_HEIGHT))
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _place(self) -> None:
        origin = self._field.mapTo(self._host, QPoint(0, self._field.height() + 2))
        width = max(self._field.width(), MIN_WIDTH)
        width = min(width, self._host.width() - origin.x() - 8)
        rows = max(1, min(self.results.count(), VISIBLE_ROWS))
        # A few pixels more than the rows, or the list scrolls for a single match.
        list_height = ROW_HEIGHT * rows + 4
        self.results.setFixedHeight(list_height)
        height = list_height + self.hint.sizeHint().height() + 2
        self.panel.setGeometry(origin.x(), origin.y(), width, height)

    def activate_current(self) -> None:
        if self._debounce.isActive() or not self.results.isVisible():
            if self._field.text().strip():
                self._debounce.stop()
                self._open_first = True
                self._query()
            return
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._activate_item(item)

    def _activate_item(self, item: QListWidgetItem) -> None:
        seller_id = item.data(SELLER_ID_ROLE)
        if not seller_id:
            return
        self._field.clear()
        self.close()
        self.seller_chosen.emit(str(seller_id))
