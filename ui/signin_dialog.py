"""Sign in to the platform: API URL, app key and secret, username and password.

The connection is tested in the background (app.signin.sign_in); nothing is saved unless
the platform accepts. Failures stay inside the dialog in the platform's plain words, next
to the fields, so the user can fix one value and try again.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from pathlib import Path
from urllib.parse import urlsplit

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.platform.retry import RetryPolicy
from app.profiles import DEFAULT_PROFILE, Profile
from app.signin import Credentials, SignInResult, sign_in
from ui.error_words import error_text
from ui.status_line import meaning_colour
from ui.taskman import TaskManager

log = logging.getLogger(__name__)
ERROR_COLOURS = ("#b91c1c", "#f87171")  # red on light, on dark


class SignInDialog(QDialog):
    signed_in = Signal(object)  # SignInResult

    def __init__(self, home: Path, taskman: TaskManager, *, profile_name: str | None = None,
                 prefill: Profile | None = None, reason: str = "",
                 policy: RetryPolicy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to the platform"))
        self.setMinimumWidth(520)
        self._home = home
        self._taskman = taskman
        self._policy = policy
        self.busy = False
        self.result_value: SignInResult | None = None

        intro = QLabel(reason or self.tr(
            "SellerDesk reads your portfolio from the platform's Partner API. Your app "
            "secret and password are kept in the system keyring, never in a file."), self)
        intro.setObjectName("signInIntro")
        intro.setWordWrap(True)
        self.profile = self._field("profileEdit", self.tr("e.g. production"))
        self.api_url = self._field("apiUrlEdit", "https://partner.example.com")
        self.app_key = self._field("appKeyEdit", "")
        self.app_secret = self._field("appSecretEdit", "", secret=True)
        self.username = self._field("usernameEdit", "")
        self.password = self._field("passwordEdit", "", secret=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Profile name:"), self.profile)
        form.addRow(self.tr("&API URL:"), self.api_url)
        form.addRow(self.tr("App &key:"), self.app_key)
        form.addRow(self.tr("App &secret:"), self.app_secret)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("Pass&word:"), self.password)

        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("signInCancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._prefill(profile_name, prefill)

    def _field(self, name: str, placeholder: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textEdited.connect(lambda _text: self.message.hide() if not self.busy else None)
        return edit

    def _prefill(self, profile_name: str | None, prefill: Profile | None) -> None:
        self.profile.setText(prefill.name if prefill else profile_name or DEFAULT_PROFILE)
        if prefill is not None:
            # Signing an existing profile in again: it stays the same account.
            self.profile.setReadOnly(True)
            self.api_url.setText(prefill.api_url)
            self.app_key.setText(prefill.app_key)
            self.username.setText(prefill.username)
            self.app_secret.setFocus()
        else:
            self.api_url.setFocus()

    def credentials(self) -> Credentials:
        return Credentials(self.api_url.text().strip(), self.app_key.text().strip(),
                           self.app_secret.text(), self.username.text().strip(),
                           self.password.text())

    def _missing(self) -> str | None:
        fields = ((self.profile, self.tr("profile name")), (self.api_url, self.tr("API URL")),
                  (self.app_key, self.tr("app key")), (self.app_secret, self.tr("app secret")),
                  (self.username, self.tr("username")), (self.password, self.tr("password")))
        for edit, label in fields:
            if not edit.text().strip():
                edit.setFocus()
                return label
        return None

    def submit(self) -> None:
        if self.busy:
            return
        missing = self._missing()
        if missing is not None:
            self.show_error(self.tr("Fill in the {field}.").format(field=missing))
            return
        credentials = self.credentials()
        name = self.profile.text().strip()
        home, policy = self._home, self._policy
        self._set_busy(True)
        host = urlsplit(credentials.api_url).hostname or credentials.api_url
        self.show_note(self.tr("Connecting to {host}…").format(host=host))
        self._taskman.run_in_background(
            lambda: sign_in(home, name, credentials, policy), self._on_done, network=True)

    def _on_done(self, future: Future[SignInResult]) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            return  # closed while the platform was answering: the user moved on
        self._set_busy(False)
        error = future.exception()
        if error is None:
            self.result_value = future.result()
            self.password.clear()
            self.app_secret.clear()
            self.signed_in.emit(self.result_value)
            self.accept()
            return
        if isinstance(error, KnownError):
            self.show_error(error_text(error))
        else:
            log.error("unexpected error while signing in", exc_info=error)
            self.show_error(self.tr("Something unexpected went wrong; details are in the log "
                                    "file. Check the values and try again."))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for edit in (self.api_url, self.app_key, self.app_secret, self.username, self.password,
                     self.profile):
            edit.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def show_error(self, text: str) -> None:
        self._show_message(text, meaning_colour(self, ERROR_COLOURS))

    def show_note(self, text: str) -> None:
        self._show_message(text, self.palette().color(QPalette.ColorRole.WindowText))

    def _show_message(self, text: str, colour: QColor) -> None:
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.show()
