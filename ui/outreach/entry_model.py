"""A table of outreach entries, with the columns each screen picks (outbox, follow-ups)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.outreach.model import OutreachEntry
from ui import formatting
from ui.outreach.words import OutreachWords

Index = QModelIndex | QPersistentModelIndex
# State colours: rejected and conflicts need the user (high); waiting is just information.
STATE_COLOURS = {"rejected": ("#d84315", "#ff9a5c"), "conflict": ("#a66a00", "#f2c14e")}


class EntryTableModel(QAbstractTableModel):
    COLUMNS = ("state", "seller", "when", "channel", "outcome", "program", "summary",
               "follow_up", "author", "message")

    def __init__(self, columns: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        unknown = set(columns) - set(self.COLUMNS)
        if unknown:
            raise ValueError(f"unknown columns: {sorted(unknown)}")
        self.columns = columns
        self.entries: list[OutreachEntry] = []
        self.program_names: dict[str, str] = {}
        self.dark = False
        self.words = OutreachWords(self)

    def set_entries(self, entries: list[OutreachEntry],
                    program_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        if program_names is not None:
            self.program_names = dict(program_names)
        self.endResetModel()

    def entry(self, row: int) -> OutreachEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, client_id: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.client_id == client_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(self.columns)):
            return None
        return {
            "state": self.tr("State"), "seller": self.tr("Seller"), "when": self.tr("When"),
            "channel": self.tr("Channel"), "outcome": self.tr("Outcome"),
            "program": self.tr("Program"), "summary": self.tr("Summary"),
            "follow_up": self.tr("Follow-up"), "author": self.tr("By"),
            "message": self.tr("Platform's message"),
        }[self.columns[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            colours = STATE_COLOURS.get(entry.outbox_state or "")
            return QColor(colours[1] if self.dark else colours[0]) if colours else None
        if role == Qt.ItemDataRole.UserRole:
            return entry.client_id
        return None

    def text(self, entry: OutreachEntry, column: str) -> str:
        words = self.words
        texts: dict[str, Callable[[], str]] = {
            "state": lambda: words.state(entry.outbox_state),
            "seller": lambda: entry.shop_name or entry.seller_id,
            "when": lambda: formatting.date_time(formatting.parse_instant(entry.occurred_at)),
            "channel": lambda: words.channel(entry.channel),
            "outcome": lambda: words.outcome(entry.outcome),
            "program": lambda: self.program_names.get(entry.program_id, entry.program_id)
            if entry.program_id else "",
            "summary": lambda: entry.summary,
            "follow_up": lambda: formatting.date(entry.follow_up_snoozed_until
                                                 or entry.follow_up_on),
            "author": lambda: self.tr("Me") if entry.mine
            else (entry.author_id or self.tr("A teammate")),
            "message": lambda: entry.outbox_error or "",
        }
        return texts[column]()
