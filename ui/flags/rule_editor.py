"""The rule editor: every rule of the packs in force with its thresholds and on/off, the
user's overrides marked, Reset to default per rule. Apply saves the overrides and
re-evaluates every flag at once (on the cache worker), then announces Changes(flags=True)
so the portfolio, the worklist and the seller page show the new verdicts.

Bad input gets a message naming the cell; nothing typed is lost, nothing half-valid saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.flags.service import EvaluationSummary, FlagService, RuleSetting, RuleSettings
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.flags.rule_rows import BadInput, RuleEdit, RuleRows
from ui.flags.words import severity_colour

log = logging.getLogger(__name__)
APPLY_SHORTCUT = "Ctrl+S"
RESET_SHORTCUT = "Ctrl+Shift+Backspace"


def _key(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class RuleEditorDialog(QDialog):
    applied = Signal(object)  # EvaluationSummary, once saved and re-evaluated
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setWindowTitle(self.tr("Risk and opportunity rules"))
        self.resize(1320, 640)
        self._ctx = ctx
        self._busy = False
        layout = QVBoxLayout(self)
        self.problems = QLabel(self)
        self.problems.setObjectName("ruleProblems")
        self.problems.setWordWrap(True)
        # A warning, in the medium-severity amber: the user's own file has a mistake.
        colour = severity_colour("medium", self.palette())
        self.problems.setStyleSheet(
            f"color: {colour.name()}; font-weight: bold;" if colour is not None else "")
        self.problems.hide()
        layout.addWidget(self.problems)
        intro = QLabel(self.tr("Rates are typed in percent. A rule turned off raises no flags; "
                               "its open flags resolve at the next evaluation."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 12, self)
        self.table.setObjectName("ruleTable")
        self.rows = RuleRows(self.table, ctx.settings.language)
        self.table.setHorizontalHeaderLabels(self.rows.headers())
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        # Every column as wide as its content, so pack, source and the "overridden" marker
        # stay on screen next to the thresholds.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("ruleMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        self.reset_button = QPushButton(self.tr("&Reset to default"), self)
        self.reset_button.setObjectName("resetRuleButton")
        self.reset_button.setToolTip(self.tr("Drop your changes to the selected rule ({key})")
                                     .format(key=_key(RESET_SHORTCUT)))
        self.reset_button.clicked.connect(self.reset_selected)
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setObjectName("applyRulesButton")
        self.apply_button.setToolTip(self.tr("Save and re-evaluate every flag now ({key})")
                                     .format(key=_key(APPLY_SHORTCUT)))
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"), self)
        close.setToolTip(_key("Esc"))
        close.clicked.connect(self.reject)
        for sequence, slot in ((APPLY_SHORTCUT, self.apply), (RESET_SHORTCUT, self.reset_selected)):
            QShortcut(QKeySequence(sequence), self).activated.connect(slot)
        row = QHBoxLayout()
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        row.addWidget(close)
        return row

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        workspace = self._ctx.workspace

        def read() -> tuple[list[RuleSetting], list[str]]:
            settings = RuleSettings.for_workspace(workspace)
            return settings.rules(), settings.load_problems()

        self._set_busy(True, self.tr("Reading the rules…"))
        self._ctx.taskman.run_in_background(read, self._on_read)

    def _on_read(self, future: Future[tuple[list[RuleSetting], list[str]]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        error = future.exception()
        if error is not None:
            log.error("cannot read the rules", exc_info=error)
            self.message.setText(self.tr("The rules cannot be read: {reason}").format(
                reason=error.message if isinstance(error, KnownError) else str(error)))
            return
        rules, problems = future.result()
        if self.message.text() == self.tr("Reading the rules…"):
            self.message.clear()
        selected = self.table.currentRow()
        self.rows.fill(rules)
        if 0 <= selected < len(rules):
            self.table.selectRow(selected)
        self.problems.setText(self.tr("Some of your rule changes could not be used and the "
                                      "defaults apply instead:\n{problems}").format(
                                          problems="\n".join(problems)))
        self.problems.setVisible(bool(problems))
        self._update_buttons()
        self.loaded.emit()

    # -- saving ----------------------------------------------------------------------------
    def apply(self) -> None:
        if self._busy:
            return
        try:
            edits = self.rows.edits()
        except BadInput as bad:
            self.message.setText(str(bad))
            return
        if not edits:
            self.message.setText(self.tr("Nothing changed."))
            return
        self._run(lambda settings: _save(settings, edits),
                  self.tr("Saving and re-evaluating every flag…"))

    def reset_selected(self) -> None:
        rule = self.rows.rule_at(self.table.currentRow())
        if rule is None or self._busy:
            return
        self._run(lambda settings: _reset(settings, rule),
                  self.tr("Resetting {rule} and re-evaluating…").format(
                      rule=rule.title(self._ctx.settings.language)))

    def _run(self, change: Callable[[RuleSettings], list[str]], busy_text: str) -> None:
        workspace = self._ctx.workspace

        def task() -> tuple[EvaluationSummary, list[str]]:
            # What was accepted is evaluated even when another rule's change was refused.
            refused = change(RuleSettings.for_workspace(workspace))
            return FlagService.for_workspace(workspace).evaluate(), refused

        self._set_busy(True, busy_text)
        self._ctx.taskman.run_in_background(task, self._on_saved)

    def _on_saved(self, future: Future[tuple[EvaluationSummary, list[str]]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        error = future.exception()
        if error is not None:
            if not isinstance(error, KnownError):
                log.error("saving the rules failed", exc_info=error)
            # The table keeps what was typed: fix the cell and apply again.
            self.message.setText(self.tr("Not saved: {reason}").format(
                reason=error.message if isinstance(error, KnownError) else self.tr(
                    "an unexpected error (details are in the log)")))
            return
        summary, refused = future.result()
        self._ctx.changes.announce(Changes(flags=True, source="rules"))
        self.applied.emit(summary)
        if refused:
            # Keep the table as typed (no reload): the refused cells are still there to fix.
            self.message.setText(self.tr("Not saved: {reason}. Your other changes were saved "
                                         "and every flag re-evaluated.").format(
                                             reason="; ".join(refused)))
            return
        self.message.setText(self.tr(
            "Saved and re-evaluated: {raised} raised, {resolved} resolved; {risks} open "
            "risks, {opportunities} opportunities.").format(
                raised=formatting.integer(summary.raised),
                resolved=formatting.integer(summary.resolved),
                risks=formatting.integer(summary.open_risks),
                opportunities=formatting.integer(summary.open_opportunities)))
        self.reload()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.message.setText(text)
        self.apply_button.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        rule = self.rows.rule_at(self.table.currentRow())
        self.reset_button.setEnabled(not self._busy and rule is not None and rule.overridden)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Enter in the table edits a cell; it must not close the dialog with changes unsaved.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def _save(settings: RuleSettings, edits: list[RuleEdit]) -> list[str]:
    """Save each rule's change; the messages of those the settings refused."""
    refused = []
    for edit in edits:
        try:
            settings.set_rule(edit.rule.rule_id, enabled=edit.enabled,
                              thresholds=edit.thresholds, pack_id=edit.rule.pack_id)
        except KnownError as error:
            refused.append(error.message.rstrip("."))
    return refused


def _reset(settings: RuleSettings, rule: RuleSetting) -> list[str]:
    settings.reset_rule(rule.rule_id, pack_id=rule.pack_id)
    return []
