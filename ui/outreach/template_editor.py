"""Edit the quick log's templates: names and summaries in both languages, the channel,
outcome, program and follow-up they fill in. Saved to the profile's own copy; Reset brings
back the shipped defaults.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from concurrent.futures import Future

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.outreach.model import CHANNELS, OUTCOMES
from app.outreach.templates import Template
from ui.context import AppContext
from ui.outreach.words import OutreachWords
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
LANGUAGES = ("en", "zh_CN")


def _read(ctx: AppContext, reset: bool) -> tuple[list[Template], list[tuple[str, str]]]:
    from app.outreach.pipeline import PipelineService
    from app.outreach.templates import TemplateStore

    store = TemplateStore.for_workspace(ctx.workspace)
    if reset:
        store.reset()
    return store.templates(), PipelineService(ctx.workspace.engine).programs()


class TemplateEditor(QDialog):
    saved = Signal(list)  # the templates as saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Quick-log templates"))
        self.ctx = ctx
        self.items: list[Template] = []
        self._shown = -1
        words = OutreachWords(self)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.currentRowChanged.connect(self._show)
        self.names = {lang: QLineEdit(self) for lang in LANGUAGES}
        self.summaries = {lang: QLineEdit(self) for lang in LANGUAGES}
        self.channel = QComboBox(self)
        for code in CHANNELS:
            self.channel.addItem(words.channel(code), code)
        self.outcome = QComboBox(self)
        for code in OUTCOMES:
            self.outcome.addItem(words.outcome(code), code)
        self.program = QComboBox(self)
        self.program.addItem(self.tr("None"), None)
        self.follow_up = QSpinBox(self)
        self.follow_up.setRange(0, 90)
        self.follow_up.setSpecialValueText(self.tr("no follow-up"))
        self.follow_up.setSuffix(self.tr(" days"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("templateMessage")
        self._lay_out()
        self.setEnabled(False)
        self._load(reset=False)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name (English):"), self.names["en"])
        form.addRow(self.tr("Name (Chinese):"), self.names["zh_CN"])
        form.addRow(self.tr("Summary (English):"), self.summaries["en"])
        form.addRow(self.tr("Summary (Chinese):"), self.summaries["zh_CN"])
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Program:"), self.program)
        form.addRow(self.tr("Follow up after:"), self.follow_up)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&New"), "Ctrl+N", self.add)
        self.remove_button = self._button(self.tr("&Remove"), "Ctrl+Backspace", self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        row.addLayout(left, 1)
        row.addLayout(form, 2)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        box.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        reset = box.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        reset.setObjectName("resetTemplates")
        reset.setText(self.tr("Reset to defaults"))
        reset.clicked.connect(lambda: self._load(reset=True))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.resize(760, 360)

    def _button(self, text: str, key: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setShortcut(QKeySequence(key))
        button.setToolTip(shortcut_text(key))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _load(self, *, reset: bool) -> None:
        ctx = self.ctx
        ctx.taskman.run_in_background(lambda: _read(ctx, reset), self._on_read)

    def _on_read(self, future: Future[tuple[list[Template], list[tuple[str, str]]]]) -> None:
        self.setEnabled(True)
        error = future.exception()
        if error is not None:
            log.warning("templates: cannot read", exc_info=error)
            self.message.setText(self.tr("The templates could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            return
        templates, programs = future.result()
        current = self.program.currentData()
        self.program.clear()
        self.program.addItem(self.tr("None"), None)
        for program_id, name in programs:
            self.program.addItem(name or program_id, program_id)
        self.program.setCurrentIndex(max(0, self.program.findData(current)))
        self.set_items(templates)

    def set_items(self, templates: list[Template]) -> None:
        self.items = list(templates)
        self._shown = -1
        self.list.clear()
        for template in self.items:
            self.list.addItem(self._name(template))
        self.list.setCurrentRow(0 if self.items else -1)

    def _name(self, template: Template) -> str:
        language = self.ctx.settings.language
        return template.name.get(language) or template.name.get("en") or template.template_id

    def _show(self, row: int) -> None:
        self._keep()
        self._shown = row
        if not 0 <= row < len(self.items):
            return
        template = self.items[row]
        for lang in LANGUAGES:
            self.names[lang].setText(template.name.get(lang, ""))
            self.summaries[lang].setText(template.summary.get(lang, ""))
        for combo, data in ((self.channel, template.channel), (self.outcome, template.outcome),
                            (self.program, template.program_id)):
            combo.setCurrentIndex(max(0, combo.findData(data)))
        self.follow_up.setValue(template.follow_up_days or 0)

    def _keep(self) -> None:
        """The fields back into the template they show, before showing another."""
        row = self._shown
        if not 0 <= row < len(self.items):
            return
        self.items[row] = dataclasses.replace(
            self.items[row],
            name={lang: self.names[lang].text().strip() for lang in LANGUAGES},
            summary={lang: self.summaries[lang].text().strip() for lang in LANGUAGES},
            channel=self.channel.currentData(), outcome=self.outcome.currentData(),
            program_id=self.program.currentData(),
            follow_up_days=self.follow_up.value() or None)
        self.list.item(row).setText(self._name(self.items[row]))

    def add(self) -> None:
        self._keep()
        self.items.append(Template(f"custom-{uuid.uuid4().hex[:8]}",
                                   {"en": self.tr("New template"), "zh_CN": ""}, "call",
                                   "connected", None, {"en": "", "zh_CN": ""}, None))
        self.list.addItem(self._name(self.items[-1]))
        self.list.setCurrentRow(len(self.items) - 1)
        self.names["en"].setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        self._shown = -1
        del self.items[row]
        self.list.takeItem(row)

    def save(self) -> None:
        from app.outreach.templates import TemplateStore

        self._keep()
        unnamed = [i for i, t in enumerate(self.items) if not any(t.name.values())]
        if unnamed:
            self.list.setCurrentRow(unnamed[0])
            self.message.setText(self.tr("Every template needs a name in at least one "
                                         "language."))
            return
        templates, workspace = list(self.items), self.ctx.workspace
        self.setEnabled(False)
        self.ctx.taskman.run_in_background(
            lambda: TemplateStore.for_workspace(workspace).save(templates),
            lambda future: self._on_saved(future, templates))

    def _on_saved(self, future: Future[None], templates: list[Template]) -> None:
        self.setEnabled(True)
        error = future.exception()
        if error is not None:
            reason = error.message if isinstance(error, KnownError) else str(error)
            self.message.setText(self.tr("Not saved: {reason}").format(reason=reason))
            return
        self.saved.emit(templates)
        self.accept()
