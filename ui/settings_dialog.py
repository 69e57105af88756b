"""Settings: profiles (add, switch, remove), language, auto-sync interval.

Auto-sync is saved and applied at once. Language, switching and removing profiles change
the whole window, so the dialog asks the shell for them by signal and the shell rebuilds.
Light and dark follow the system; there is deliberately no theme setting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.profiles import ProfileStore
from app.sync_status import cache_size
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext

LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}  # each in its own language, on purpose
MAX_AUTO_SYNC_MINUTES = 24 * 60
NAME_ROLE = Qt.ItemDataRole.UserRole


class SettingsDialog(QDialog):
    language_requested = Signal(str)
    switch_profile_requested = Signal(str)
    add_profile_requested = Signal()
    remove_profile_requested = Signal(str)
    auto_sync_changed = Signal(int)
    rules_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(self._profiles_box())
        layout.addWidget(self._general_box())
        rules = QPushButton(self.tr("Risk && opportunity &rules…"), self)
        rules.setObjectName("flagRulesButton")
        rules.setToolTip(self.tr("Thresholds and on/off of the rules that raise flags "
                                 "({shortcut})").format(shortcut=QKeySequence(
                                     "Ctrl+Shift+E").toString(
                                         QKeySequence.SequenceFormat.NativeText)))
        rules.clicked.connect(self.rules_requested)
        layout.addWidget(rules, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh_profiles()

    def _profiles_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Profiles"), self)
        self.profiles = QListWidget(box)
        self.profiles.setObjectName("profileList")
        self.profiles.setMaximumHeight(130)
        self.profiles.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.profiles.itemActivated.connect(lambda _item: self._switch())
        self.add_button = QPushButton(self.tr("&Add…"), box)
        self.add_button.setObjectName("addProfileButton")
        self.add_button.setToolTip(self.tr("Sign in to another platform account"))
        self.add_button.clicked.connect(self.add_profile_requested)
        self.switch_button = QPushButton(self.tr("&Switch to"), box)
        self.switch_button.setObjectName("switchProfileButton")
        self.switch_button.clicked.connect(self._switch)
        self.remove_button = QPushButton(self.tr("&Remove…"), box)
        self.remove_button.setObjectName("removeProfileButton")
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.switch_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(self.profiles, 1)
        row.addLayout(buttons)
        return box

    def _general_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("General"), self)
        self.language = QComboBox(box)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._ctx.settings.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.auto_sync = QSpinBox(box)
        self.auto_sync.setObjectName("autoSyncSpin")
        self.auto_sync.setRange(0, MAX_AUTO_SYNC_MINUTES)
        self.auto_sync.setSpecialValueText(self.tr("Off"))
        self.auto_sync.setSuffix(self.tr(" min"))
        self.auto_sync.setValue(self._ctx.settings.auto_sync_minutes)
        self.auto_sync.setToolTip(self.tr("How often to sync in the background; 0 turns it off"))
        self.auto_sync.valueChanged.connect(self._auto_sync_chosen)
        for field in (self.language, self.auto_sync):
            field.setMaximumWidth(220)
        form = QFormLayout(box)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Auto-&sync every:"), self.auto_sync)
        theme = QLabel(self.tr("Light and dark follow your system's setting."), box)
        theme.setWordWrap(True)
        form.addRow(theme)
        return box

    def refresh_profiles(self) -> None:
        current = self._ctx.workspace.profile.name
        self.profiles.clear()
        store = ProfileStore(self._ctx.home)
        for name in store.names():
            label = self.tr("{name} (open now)").format(name=name) if name == current else name
            item = QListWidgetItem(label, self.profiles)
            item.setData(NAME_ROLE, name)
            profile = store.load(name)
            if profile is not None:
                item.setToolTip(self.tr("{username} at {url}").format(
                    username=profile.username, url=profile.api_url))
            if name == current:
                self.profiles.setCurrentItem(item)
        self._update_buttons()

    def selected_profile(self) -> str | None:
        item = self.profiles.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        name = self.selected_profile()
        self.switch_button.setEnabled(name is not None
                                      and name != self._ctx.workspace.profile.name)
        self.remove_button.setEnabled(name is not None)

    def _switch(self) -> None:
        name = self.selected_profile()
        if name is not None and name != self._ctx.workspace.profile.name:
            self.switch_profile_requested.emit(name)

    def removal_question(self, name: str) -> str:
        size = cache_size(self._ctx.home, name)
        return self.tr(
            "Remove the profile “{name}” from this computer?\n\n"
            "Its local data ({size} MB: sellers, metrics and everything synced) and its "
            "sign-in saved in the system keyring will be deleted. Nothing on the platform "
            "changes; you can sign in again later and sync everything back."
        ).format(name=name, size=formatting.decimal(size / 1_000_000, 1))

    def confirm_removal(self, name: str) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Remove profile"), self.removal_question(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _remove(self) -> None:
        name = self.selected_profile()
        if name is not None and self.confirm_removal(name):
            self.remove_profile_requested.emit(name)

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language.currentData())
        if code != self._ctx.settings.language:
            self._ctx.settings.language = code
            self._ctx.save_settings()
            self.language_requested.emit(code)

    def _auto_sync_chosen(self, minutes: int) -> None:
        self._ctx.settings.auto_sync_minutes = minutes
        self._ctx.save_settings()
        self._ctx.changes.announce(Changes(settings=True, source="settings"))
        self.auto_sync_changed.emit(minutes)
