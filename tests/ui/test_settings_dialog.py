"""Settings: auto-sync interval, profile removal, and the language switch that rebuilds the
window with the new translator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.profiles import ProfileStore
from app.secrets import Secret
from app.settings import SettingsStore
from app.signin import sign_in
from tests.helpers.fixtures import FAST_RETRIES, credentials_for
from ui.context import AppContext
from ui.i18n import Translations
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(ctx: AppContext, qtbot: Any) -> SettingsDialog:
    shown = SettingsDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_auto_sync_interval_is_saved(dialog: SettingsDialog, ctx: AppContext, home: Path,
                                     qtbot: Any) -> None:
    with qtbot.waitSignal(ctx.changes.changed) as announced:
        dialog.auto_sync.setValue(15)
    assert announced.args[0].settings
    assert SettingsStore(home).load().auto_sync_minutes == 15
    with qtbot.waitSignal(dialog.auto_sync_changed) as changed:
        dialog.auto_sync.setValue(0)
    assert changed.args == [0]
    assert SettingsStore(home).load().auto_sync_minutes == 0
    assert dialog.auto_sync.text() == "Off"


def test_auto_sync_interval_reaches_the_window(window: Any, qtbot: Any) -> None:
    dialog = window.open_settings()
    dialog.auto_sync.setValue(0)
    assert window.sync.next_auto_sync is None
    assert window.status_line.next_sync.text() == "Auto-sync off"
    dialog.auto_sync.setValue(20)
    assert window.sync.next_auto_sync is not None
    assert window.status_line.next_sync.text().startswith("Next auto-sync at ")


def test_removal_names_what_is_lost(dialog: SettingsDialog, ctx: AppContext) -> None:
    question = dialog.removal_question(ctx.workspace.profile.name)
    assert "“test”" in question
    assert "local data" in question and "keyring" in question
    assert "Nothing on the platform changes" in question


def test_removing_another_profile(dialog: SettingsDialog, ctx: AppContext, home: Path,
                                  sandbox: Any, qtbot: Any,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    other = sign_in(home, "other", credentials_for(sandbox), policy=FAST_RETRIES).profile
    ProfileStore(home).set_current("test")
    dialog.refresh_profiles()
    names = [dialog.profiles.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(dialog.profiles.count())]
    assert names == ["other", "test"]
    assert not dialog.remove_button.isEnabled() or dialog.selected_profile() == "test"
    dialog.profiles.setCurrentRow(0)
    assert dialog.switch_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_removal", lambda name: asked.append(name) or True)
    with qtbot.waitSignal(dialog.remove_profile_requested) as requested:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["other"] and requested.args == ["other"]
    # What the shell does with the request (tests/ui/test_shell.py covers the whole path).
    ProfileStore(home).remove("other")
    dialog.refresh_profiles()
    assert dialog.profiles.count() == 1
    assert other.secrets().get(Secret.APP_SECRET) is None
    assert not (home / "profiles" / "other").exists()


def test_declining_removal_keeps_the_profile(dialog: SettingsDialog, qtbot: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "confirm_removal", lambda _name: False)
    with qtbot.assertNotEmitted(dialog.remove_profile_requested):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)


def test_translations_compile_and_load(qapp: Any, tiny_translations: Path,
                                       tmp_path: Path) -> None:
    translations = Translations(qapp, source_dir=tiny_translations,
                                cache_dir=tmp_path / "cache")
    try:
        assert translations.apply("zh_CN")
        assert (tmp_path / "cache" / "sellerdesk_zh_CN.qm").is_file()
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        # Qt's own catalog for standard buttons comes with it.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert not translations.apply("en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        translations.apply("en")


def test_no_catalog_means_english_silently(qapp: Any, tmp_path: Path) -> None:
    translations = Translations(qapp, source_dir=tmp_path / "none", cache_dir=tmp_path / "c")
    try:
        assert not translations.apply("zh_CN")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        translations.apply("en")


def test_language_switch_rebuilds_the_window(shell_factory: Any, tiny_translations: Path,
                                             home: Path, qtbot: Any) -> None:
    # The tiny catalog, not the shipped one: this checks the mechanism, whatever the state
    # of the translation work.
    shell = shell_factory(source_dir=tiny_translations)
    shell.start("test")
    old = shell.window
    assert old.menuBar().actions()[0].text() == "&File"
    settings = old.open_settings()
    with qtbot.waitSignal(settings.language_requested):
        settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    new = shell.window
    assert new is not old
    assert new.menuBar().actions()[0].text() != "&File"
    assert "文件" in new.menuBar().actions()[0].text()
    assert new.rail.portfolio.label.text() != "Portfolio"
    assert new.settings_dialog is not None and new.settings_dialog.isVisible()
    assert new.settings_dialog.windowTitle() == "设置"
    assert SettingsStore(home).load().language == "zh_CN"
    shell.set_language("en")
    assert shell.window.menuBar().actions()[0].text() == "&File"
