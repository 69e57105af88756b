"""The sign-in dialog tests the connection in the background and shows failures inside
itself, in the platform's words; nothing is saved unless the platform accepts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.profiles import ProfileStore
from app.secrets import Secret
from tests.helpers.fixtures import FAST_RETRIES, make_sandbox
from ui.signin_dialog import SignInDialog
from ui.taskman import TaskManager


@pytest.fixture
def server() -> Any:
    with make_sandbox(sellers=3, days=5) as running:
        yield running


def _dialog(qtbot: Any, home: Path, taskman: TaskManager) -> SignInDialog:
    dialog = SignInDialog(home, taskman, policy=FAST_RETRIES)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(qtbot: Any, dialog: SignInDialog, server: Any, **overrides: str) -> None:
    values = {"apiUrlEdit": server.base_url, "appKeyEdit": server.app_key,
              "appSecretEdit": server.app_secret, "usernameEdit": server.username,
              "passwordEdit": server.password} | overrides
    for name, value in values.items():
        edit = dialog.findChild(type(dialog.api_url), name)
        edit.clear()
        qtbot.keyClicks(edit, value)


def _submit_and_wait(qtbot: Any, dialog: SignInDialog) -> str:
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.isVisible(), "a failed sign-in keeps the dialog open"
    assert dialog.message.isVisible()
    return dialog.message.text()


@pytest.mark.parametrize(("field", "value", "words"), [
    ("passwordEdit", "not-the-password", "username or password"),
    ("appSecretEdit", "not-the-secret", "app secret"),
])
def test_refused_credentials_are_explained_in_the_dialog(
        qtbot: Any, home: Path, taskman: TaskManager, server: Any,
        field: str, value: str, words: str) -> None:
    dialog = _dialog(qtbot, home, taskman)
    _fill(qtbot, dialog, server, **{field: value})
    assert words in _submit_and_wait(qtbot, dialog).lower()
    assert ProfileStore(home).names() == []
    assert dialog.sign_in_button.isEnabled(), "the user can correct the value and retry"


def test_unreachable_platform(qtbot: Any, home: Path, taskman: TaskManager,
                              server: Any) -> None:
    dialog = _dialog(qtbot, home, taskman)
    _fill(qtbot, dialog, server, apiUrlEdit="http://127.0.0.1:9")
    text = _submit_and_wait(qtbot, dialog)
    assert "cannot reach the platform" in text.lower()
    assert ProfileStore(home).names() == []


def test_plain_http_to_another_computer_is_refused(qtbot: Any, home: Path,
                                                   taskman: TaskManager, server: Any) -> None:
    dialog = _dialog(qtbot, home, taskman)
    _fill(qtbot, dialog, server, apiUrlEdit="http://partner.example.com")
    text = _submit_and_wait(qtbot, dialog)
    assert "refusing plain http://" in text.lower()
    assert ProfileStore(home).names() == []


def test_missing_field_is_named_without_a_network_call(qtbot: Any, home: Path,
                                                       taskman: TaskManager,
                                                       server: Any) -> None:
    dialog = _dialog(qtbot, home, taskman)
    _fill(qtbot, dialog, server, passwordEdit="")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy
    assert "password" in dialog.message.text()
    assert dialog.focusWidget() is dialog.password


def test_successful_sign_in_saves_the_profile_and_closes(
        qtbot: Any, home: Path, taskman: TaskManager, server: Any,
        memory_keyring: Any) -> None:
    dialog = _dialog(qtbot, home, taskman)
    dialog.profile.setText("work")
    _fill(qtbot, dialog, server)
    with qtbot.waitSignal(dialog.signed_in, timeout=20_000) as signed:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    result = signed.args[0]
    assert result.profile.name == "work"
    assert result.manager["manager_id"]
    assert not dialog.isVisible()
    store = ProfileStore(home)
    assert store.names() == ["work"]
    assert store.current_name() == "work"
    assert result.profile.secrets().get(Secret.APP_SECRET) == server.app_secret
    assert dialog.password.text() == "", "secrets do not linger in the widgets"
