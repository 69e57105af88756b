"""The quick log: Ctrl+L anywhere, type what happened, Ctrl+Enter saves.

Defaults make the common case two keystrokes and a sentence: a call, connected, now, for the
seller on screen. The same dialog corrects an entry (edit, resend after a rejection) and
closes a follow-up with its outcome. Saving runs on the cache worker; an error keeps the
dialog open with everything typed, so nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.outreach.model import OutreachEntry
from app.outreach.templates import Template
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.outreach.quick_log_form import QuickLogForm
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
TEMPLATE_KEYS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4")


class Mode(Enum):
    NEW = "new"        # a new entry
    EDIT = "edit"      # correct one of my entries
    RESEND = "resend"  # correct a rejected entry and queue it again
    DONE = "done"      # close a follow-up, logging what came of it


@dataclass
class Choices:
    """What the form offers, read in the background when the dialog opens."""

    programs: list[tuple[str, str]] = field(default_factory=list)
    templates: list[Template] = field(default_factory=list)
    sellers: list[tuple[str, str]] | None = None


def read_choices(ctx: AppContext, with_sellers: bool) -> Choices:
    from app.outreach.pipeline import PipelineService
    from app.outreach.templates import TemplateStore
    from app.portfolio import PortfolioService

    engine = ctx.workspace.engine
    choices = Choices(PipelineService(engine).programs(),
                      TemplateStore.for_workspace(ctx.workspace).templates())
    if with_sellers:
        choices.sellers = [(row.seller_id, f"{row.shop_name} · {row.shop_code}")
                           for row in PortfolioService(engine).rows()]
    return choices


class QuickLogDialog(QDialog):
    saved = Signal(object)   # the OutreachEntry saved (None for a follow-up closed)
    ready = Signal()         # the programs, templates and sellers are in the form

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 seller_id: str | None = None, seller_label: str | None = None,
                 program_id: str | None = None, flag_id: int | None = None,
                 entry: OutreachEntry | None = None, mode: Mode = Mode.NEW) -> None:
        super().__init__(parent)
        self.setObjectName("quickLogDialog")
        self.ctx, self.mode, self.entry, self.flag_id = ctx, mode, entry, flag_id
        self._program_id = program_id
        self.templates_list: list[Template] = []
        self.saving = False
        self.setWindowTitle({
            Mode.NEW: self.tr("Log outreach"), Mode.EDIT: self.tr("Edit outreach"),
            Mode.RESEND: self.tr("Correct and send again"),
            Mode.DONE: self.tr("Follow-up done: what happened?")}[mode])
        self.form = QuickLogForm(self)
        self.templates = QComboBox(self)
        self.templates.setObjectName("quickLogTemplates")
        self.templates.setToolTip(self.tr("Fill the form from a template ({first} to {last})")
                                  .format(first=shortcut_text(TEMPLATE_KEYS[0]),
                                          last=shortcut_text(TEMPLATE_KEYS[-1])))
        self.templates.activated.connect(self._template_chosen)
        self.edit_templates = QPushButton(self.tr("Edit templates…"), self)
        self.edit_templates.setObjectName("editTemplatesButton")
        self.edit_templates.setToolTip(shortcut_text("Ctrl+T"))
        self.edit_templates.setShortcut(QKeySequence("Ctrl+T"))
        self.edit_templates.setAutoDefault(False)
        self.edit_templates.clicked.connect(self.open_template_editor)
        self.context = QLabel(self._context_text(), self)
        self.context.setObjectName("quickLogContext")
        self.context.setWordWrap(True)
        self.context.setVisible(bool(self.context.text()))
        self.message = QLabel(self)
        self.message.setObjectName("quickLogMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.addButton(
            self.tr("Save ({key})").format(key=shortcut_text(SAVE_KEYS[0])),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("quickLogSave")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for key in SAVE_KEYS:
            QShortcut(QKeySequence(key), self, self.save)
        for index, key in enumerate(TEMPLATE_KEYS):
            QShortcut(QKeySequence(key), self, lambda i=index: self.apply_template(i))
        self._prefill(seller_id, seller_label)
        self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # Its keys (Ctrl+Enter, Alt+1..4, Alt+M/T) work only in the active window: take it
        # at once, not whenever the window system gets round to it.
        self.activateWindow()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:"), self))
        top.addWidget(self.templates, 1)
        top.addWidget(self.edit_templates)
        layout.addLayout(top)
        layout.addWidget(self.context)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _context_text(self) -> str:
        """What the dialog is about, when it is about an existing entry."""
        entry = self.entry
        if entry is None:
            return ""
        if self.mode is Mode.RESEND:
            return self.tr("The platform refused this entry: {reason}. Correct it and save; "
                           "it is sent again.").format(
                reason=(entry.outbox_error or self.tr("no reason given")).rstrip("."))
        if self.mode is Mode.DONE:
            return self.tr("Closing the follow-up planned for {date}: {summary}").format(
                date=formatting.date(entry.follow_up_snoozed_until or entry.follow_up_on),
                summary=entry.summary or "—")
        return ""

    def _prefill(self, seller_id: str | None, seller_label: str | None) -> None:
        if self.entry is not None and self.mode in (Mode.EDIT, Mode.RESEND):
            self.form.fill_from(self.entry)
            self.templates.setEnabled(False)
        elif self.entry is not None:  # DONE: a new entry for the follow-up's seller
            self.form.fix_seller(self.entry.seller_id,
                                 self.entry.shop_name or self.entry.seller_id)
        elif seller_id:
            self.form.fix_seller(seller_id, seller_label or seller_id)
        focus = self.form.summary if self.form.seller_id() else self.form.seller
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self) -> None:
        with_sellers = self.form.seller.isEnabled()
        ctx = self.ctx
        ctx.taskman.run_in_background(lambda: read_choices(ctx, with_sellers), self._on_loaded)

    def _on_loaded(self, future: Future[Choices]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        error = future.exception()
        if error is not None:
            log.warning("quick log: cannot read its choices", exc_info=error)
            self._say(self.tr("Programs and templates could not be read; you can still log "
                              "the entry."))
            return
        choices = future.result()
        if choices.sellers is not None:
            self.form.set_sellers(choices.sellers)
        self.form.set_programs(choices.programs)
        if self.entry is not None and self.mode in (Mode.EDIT, Mode.RESEND):
            self.form.fill_from(self.entry)
        elif self._program_id:
            self.form.set_program(self._program_id)
        self.set_templates(choices.templates)
        self.ready.emit()

    def set_templates(self, templates: list[Template]) -> None:
        self.templates_list = list(templates)
        self.templates.clear()
        self.templates.addItem(self.tr("No template"), None)
        for index, template in enumerate(self.templates_list):
            name = self.template_name(template)
            if index < len(TEMPLATE_KEYS):
                name = f"{name} ({shortcut_text(TEMPLATE_KEYS[index])})"
            self.templates.addItem(name, template.template_id)

    def template_name(self, template: Template) -> str:
        language = self.ctx.settings.language
        return template.name.get(language) or template.name.get("en") or template.template_id

    def _template_chosen(self, index: int) -> None:
        if index > 0:
            self.apply_template(index - 1)

    def apply_template(self, index: int) -> None:
        if not self.templates.isEnabled() or index >= len(self.templates_list):
            return
        self.form.apply_template(self.templates_list[index], self.ctx.settings.language)
        self.templates.setCurrentIndex(index + 1)
        self.form.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_template_editor(self) -> QDialog:
        from ui.outreach.template_editor import TemplateEditor

        editor = TemplateEditor(self.ctx, self)
        editor.saved.connect(self.set_templates)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        if self.saving:
            return
        task = self._save_task()
        if task is None:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self._say(self.tr("Saving…"))
        self.ctx.taskman.run_in_background(task, self._on_saved)

    def _save_task(self) -> Callable[[], Any] | None:
        from app.outreach.followups import FollowUpService
        from app.outreach.service import OutreachService

        engine, entry = self.ctx.workspace.engine, self.entry
        if entry is not None and self.mode in (Mode.EDIT, Mode.RESEND):
            changes = self.form.changes_from(entry)
            if self.mode is Mode.EDIT:
                if not changes:
                    self.reject()  # nothing changed: nothing to send
                    return None
                return lambda: OutreachService(engine).edit(entry.client_id, **changes)
            return lambda: OutreachService(engine).resend(entry.client_id, **changes)
        draft = self.form.draft(self.flag_id)
        if draft is None:
            self._say(self.tr("Choose the seller first: type part of the shop's name and pick "
                              "it from the list."))
            self.form.seller.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        if entry is not None:  # Mode.DONE
            return lambda: FollowUpService(engine, today=self.ctx.today()).done(
                entry.client_id, draft)
        return lambda: OutreachService(engine).log(draft)

    def _on_saved(self, future: Future[Any]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        self.saving = False
        self.save_button.setEnabled(True)
        error = future.exception()
        if error is not None:
            if isinstance(error, KnownError):
                message = error.message
            else:
                log.error("saving an outreach entry failed", exc_info=error)
                message = self.tr("an unexpected error (details are in the log)")
            self._say(self.tr("Not saved: {reason}. Everything you typed is still here; "
                              "correct it and save again.").format(reason=message.rstrip(".")))
            return
        self.ctx.changes.announce(Changes(outreach=True, outreach_outbox=True,
                                          source="quick_log"))
        result = future.result()
        self.saved.emit(result if isinstance(result, OutreachEntry) else None)
        self.accept()
