"""The quick log's fields: who, how, when, what came of it, and the follow-up.

The form only holds values: it turns them into an OutreachDraft (or the changed fields of an
existing entry) and fills itself from a template or an entry. Saving is the dialog's job.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.outreach.model import (
    CHANNELS,
    DIRECTIONS,
    EDITABLE_FIELDS,
    OUTCOMES,
    OutreachDraft,
    OutreachEntry,
)
from app.outreach.templates import Template
from ui.outreach.words import OutreachWords
from ui.seller.words import shortcut_text

SUMMARY_LIMIT = 500  # the platform's limit (contract: summary at most 500 characters)
# (days ahead, shortcut) for the follow-up's quick choices.
FOLLOW_UP_CHOICES = ((1, "Ctrl+1"), (3, "Ctrl+3"), (7, "Ctrl+7"))


def _combo(parent: QWidget, name: str, items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


class QuickLogForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickLogForm")
        words = OutreachWords(self)
        self.seller = QComboBox(self)
        self.seller.setObjectName("quickLogSeller")
        self.seller.setEditable(True)
        self.seller.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.seller.lineEdit().setPlaceholderText(self.tr("Type a shop name, code or id"))
        completer = QCompleter(self.seller.model(), self.seller)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.seller.setCompleter(completer)
        self.channel = _combo(self, "quickLogChannel", [(words.channel(c), c) for c in CHANNELS])
        self.direction = _combo(self, "quickLogDirection",
                                [(words.direction(d), d) for d in DIRECTIONS])
        self.outcome = _combo(self, "quickLogOutcome", [(words.outcome(o), o) for o in OUTCOMES])
        self.program = _combo(self, "quickLogProgram", [(self.tr("None"), None)])
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setObjectName("quickLogWhen")
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("quickLogDuration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSpecialValueText(self.tr("not noted"))
        self.duration.setSuffix(self.tr(" min"))
        self.summary = QLineEdit(self)
        self.summary.setObjectName("quickLogSummary")
        self.summary.setPlaceholderText(self.tr("What happened, in one sentence"))
        self.summary.setMaxLength(SUMMARY_LIMIT)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("quickLogNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)
        self.follow_up = QCheckBox(self.tr("Follow up on"), self)
        self.follow_up.setObjectName("quickLogFollowUp")
        self.follow_up_date = QDateEdit(QDate.currentDate().addDays(1), self)
        self.follow_up_date.setObjectName("quickLogFollowUpDate")
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Seller:"), self.seller)
        how = QHBoxLayout()
        how.addWidget(self.channel, 1)
        how.addWidget(self.direction, 1)
        form.addRow(self._label(self.tr("&Channel:"), self.channel), how)
        when = QHBoxLayout()
        when.addWidget(self.when, 2)
        when.addWidget(self.duration, 1)
        form.addRow(self._label(self.tr("W&hen:"), self.when), when)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Program pitched:"), self.program)
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow(self.tr("&Notes:"), self.notes)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_date, 1)
        self.quick_choices: list[QToolButton] = []
        for days, key in FOLLOW_UP_CHOICES:
            button = QToolButton(self)
            button.setObjectName(f"followUpIn{days}")
            button.setText(self.tr("+{days} d").format(days=days))
            button.setToolTip(self.tr("Follow up in {days} days ({key})").format(
                days=days, key=shortcut_text(key)))
            button.setShortcut(key)
            button.clicked.connect(lambda _c=False, d=days: self.follow_up_in(d))
            self.quick_choices.append(button)
            follow.addWidget(button)
        form.addRow(self._label(self.tr("&Follow-up:"), self.follow_up), follow)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        # A row holding a layout gets no buddy from QFormLayout: without one the "&" shows.
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # Choices filled once the background read answers.
    def set_sellers(self, sellers: list[tuple[str, str]]) -> None:
        """(seller_id, label) pairs, for the searchable seller field."""
        current = self.seller_id()
        self.seller.clear()
        for seller_id, label in sellers:
            self.seller.addItem(label, seller_id)
        if current:
            _select(self.seller, current)
        else:
            self.seller.setCurrentIndex(-1)

    def set_programs(self, programs: list[tuple[str, str]]) -> None:
        current = self.program.currentData()
        self.program.clear()
        self.program.addItem(self.tr("None"), None)
        for program_id, name in programs:
            self.program.addItem(name or program_id, program_id)
        _select(self.program, current)

    def set_program(self, program_id: str | None) -> None:
        _select(self.program, program_id)

    def fix_seller(self, seller_id: str, label: str) -> None:
        """The seller is known (seller page, flag, entry): shown, not chosen."""
        if self.seller.findData(seller_id) < 0:
            self.seller.addItem(label, seller_id)
        _select(self.seller, seller_id)
        self.seller.setEnabled(False)

    def seller_id(self) -> str | None:
        index = self.seller.currentIndex()
        if index < 0:
            return None
        # The typed text must still be the chosen item's: a half-typed name is no choice.
        if self.seller.isEnabled() and self.seller.currentText() != self.seller.itemText(index):
            return None
        data = self.seller.itemData(index)
        return str(data) if data else None

    def follow_up_in(self, days: int) -> None:
        self.follow_up.setChecked(True)
        self.follow_up_date.setDate(QDate.currentDate().addDays(days))

    def follow_up_on(self) -> dt.date | None:
        if not self.follow_up.isChecked():
            return None
        return self.follow_up_date.date().toPython()

    def apply_template(self, template: Template, language: str) -> None:
        _select(self.channel, template.channel)
        _select(self.outcome, template.outcome)
        _select(self.program, template.program_id)
        self.summary.setText(template.summary.get(language) or template.summary.get("en", ""))
        if template.follow_up_days:
            self.follow_up_in(template.follow_up_days)
        else:
            self.follow_up.setChecked(False)

    def draft(self, flag_id: int | None = None) -> OutreachDraft | None:
        seller_id = self.seller_id()
        if seller_id is None:
            return None
        when = self.when.dateTime().toUTC().toPython().replace(tzinfo=dt.UTC)
        minutes = self.duration.value()
        return OutreachDraft(
            seller_id=seller_id, channel=self.channel.currentData(),
            outcome=self.outcome.currentData(), direction=self.direction.currentData(),
            occurred_at=when, duration_seconds=minutes * 60 if minutes else None,
            program_id=self.program.currentData(), summary=self.summary.text().strip(),
            notes=self.notes.toPlainText().strip(), follow_up_on=self.follow_up_on(),
            flag_id=flag_id)

    def fill_from(self, entry: OutreachEntry) -> None:
        """An existing entry, to correct it: only EDITABLE_FIELDS stay open."""
        self.fix_seller(entry.seller_id, entry.shop_name or entry.seller_id)
        _select(self.channel, entry.channel)
        _select(self.direction, entry.direction)
        _select(self.outcome, entry.outcome)
        if entry.program_id and self.program.findData(entry.program_id) < 0:
            self.program.addItem(entry.program_id, entry.program_id)
        _select(self.program, entry.program_id)
        moment = QDateTime.fromString(entry.occurred_at, Qt.DateFormat.ISODate)
        if moment.isValid():
            self.when.setDateTime(moment.toLocalTime())
        self.duration.setValue((entry.duration_seconds or 0) // 60)
        # A refused summary may be longer than the field allows: shown whole, to correct.
        self.summary.setMaxLength(max(SUMMARY_LIMIT, len(entry.summary)))
        self.summary.setText(entry.summary)
        self.notes.setPlainText(entry.notes)
        self.follow_up.setChecked(bool(entry.follow_up_on))
        if entry.follow_up_on:
            self.follow_up_date.setDate(QDate.fromString(entry.follow_up_on[:10],
                                                         Qt.DateFormat.ISODate))
        for widget in (self.channel, self.direction, self.when, self.duration):
            widget.setEnabled(False)

    def changes_from(self, entry: OutreachEntry) -> dict[str, Any]:
        """The EDITABLE_FIELDS that differ from `entry`, as OutreachService.edit takes them."""
        follow_up = self.follow_up_on()
        now = {"outcome": self.outcome.currentData(), "program_id": self.program.currentData(),
               "summary": self.summary.text().strip(), "notes": self.notes.toPlainText().strip(),
               "follow_up_on": follow_up}
        before = {"outcome": entry.outcome, "program_id": entry.program_id,
                  "summary": entry.summary, "notes": entry.notes,
                  "follow_up_on": (dt.date.fromisoformat(entry.follow_up_on[:10])
                                   if entry.follow_up_on else None)}
        return {key: now[key] for key in EDITABLE_FIELDS if now[key] != before[key]}
