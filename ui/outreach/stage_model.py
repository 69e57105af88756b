"""The sellers of a funnel, one row per seller and stage, for the pipeline's table."""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.outreach.model import Funnel
from ui.outreach.words import OutreachWords

Index = QModelIndex | QPersistentModelIndex


class StageRow(NamedTuple):
    stage: str
    seller_id: str
    shop_name: str
    shop_code: str


class StageTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StageRow] = []
        self.words = OutreachWords(self)

    def set_funnel(self, funnel: Funnel, names: dict[str, tuple[str, str]]) -> None:
        """`names`: seller id to (shop name, shop code); a seller not in it shows its id."""
        self.beginResetModel()
        self.rows = [StageRow(stage.stage, seller_id, *names.get(seller_id, (seller_id, "")))
                     for stage in funnel.stages for seller_id in stage.seller_ids]
        self.endResetModel()

    def seller_id(self, row: int) -> str | None:
        return self.rows[row].seller_id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < 4):
            return None
        return (self.tr("Stage"), self.tr("Shop"), self.tr("Shop code"),
                self.tr("Seller id"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self.words.stage(row.stage), row.shop_name, row.shop_code,
                    row.seller_id)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.seller_id
        return None
