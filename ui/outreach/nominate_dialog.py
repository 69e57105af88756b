"""Nominate a seller for a program: who, and a note for the program team."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class NominateDialog(QDialog):
    chosen = Signal(str, str)  # seller id, note

    def __init__(self, program_name: str, sellers: list[tuple[str, str]],
                 seller_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nominateDialog")
        self.setWindowTitle(self.tr("Nominate for {program}").format(program=program_name))
        self.seller = QComboBox(self)
        self.seller.setObjectName("nominateSeller")
        self.seller.setEditable(True)
        self.seller.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for sid, label in sellers:
            self.seller.addItem(label, sid)
        completer = QCompleter(self.seller.model(), self.seller)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.seller.setCompleter(completer)
        self.seller.setCurrentIndex(self.seller.findData(seller_id) if seller_id else -1)
        self.note = QLineEdit(self)
        self.note.setObjectName("nominateNote")
        self.note.setPlaceholderText(self.tr("Why this seller (optional)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nominate"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Seller:"), self.seller)
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(self.message)
        form.addRow(box)
        (self.note if seller_id else self.seller).setFocus()
        self.resize(480, self.sizeHint().height())

    def seller_id(self) -> str | None:
        index = self.seller.currentIndex()
        if index < 0 or self.seller.currentText() != self.seller.itemText(index):
            return None
        return str(self.seller.itemData(index))

    def accept(self) -> None:
        seller_id = self.seller_id()
        if seller_id is None:
            self.message.setText(self.tr("Choose a seller from the list first."))
            return
        self.chosen.emit(seller_id, self.note.text().strip())
        super().accept()
