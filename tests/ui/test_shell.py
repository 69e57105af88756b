"""The shell: window layout, menus and shortcuts, navigation in place, the Ctrl+K palette,
first sign-in, profile switch and removal, the demo session, and the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from app.cli import main
from app.errors import EXIT_USAGE
from app.portfolio import PortfolioService
from app.profiles import ProfileStore
from app.settings import SettingsStore
from app.signin import sign_in
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES, TEST_END_DATE, credentials_for, make_sandbox
from tests.ui.conftest import synced
from ui.demo_session import DemoSession
from ui.main_window import MainWindow
from ui.nav_rail import RailButton
from ui.portfolio.view import PortfolioPage
from ui.seller.view import SellerPage
from ui.sync_controller import Outcome


def _shortcuts(window: MainWindow, name: str) -> tuple[str, list[str]]:
    action = window.findChild(type(window.sync_action), name)
    text, _, hint = action.text().partition("\t")
    keys = [s.toString() for s in action.shortcuts()] or ([hint] if hint else [])
    return text, keys


def _type(field: Any, text: str) -> None:
    # Chinese arrives through the input method, not as key presses: commit it the same way.
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def test_layout_menus_and_shortcuts(window: MainWindow) -> None:
    rail = [b.label.text() for b in window.rail.findChildren(RailButton)]
    assert rail == ["Portfolio", "Risks & Opportunities", "Follow-ups", "Pipeline", "Outbox",
                    "Settings"], "later screens come with their issues"
    assert isinstance(window.stack.widget(0), PortfolioPage)
    assert isinstance(window.stack.widget(1), SellerPage)
    assert window.stack.currentWidget() is window.portfolio
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Outreach"]
    esc = QKeySequence("Esc").toString(QKeySequence.SequenceFormat.NativeText)
    alt_left = QKeySequence("Alt+Left").toString(QKeySequence.SequenceFormat.NativeText)
    assert _shortcuts(window, "syncAction") == ("&Sync now", ["F5", "Ctrl+R"])
    assert _shortcuts(window, "cancelSyncAction") == ("&Cancel sync", [esc])
    assert _shortcuts(window, "settingsAction") == ("S&ettings…", ["Ctrl+,"])
    assert _shortcuts(window, "quitAction") == ("&Quit", ["Ctrl+Q"])
    assert _shortcuts(window, "portfolioAction") == ("&Portfolio", ["Ctrl+1"])
    assert _shortcuts(window, "flagsAction") == ("&Risks && Opportunities", ["Ctrl+2"])
    assert _shortcuts(window, "flagRulesMenuAction") == ("Flag &rules…", ["Ctrl+Shift+E"])
    assert _shortcuts(window, "findSellerAction") == ("&Find seller…", ["Ctrl+K"])
    assert _shortcuts(window, "backAction") == ("&Back", [alt_left])
    assert _shortcuts(window, "followUpsAction") == ("F&ollow-ups", ["Ctrl+3"])
    assert _shortcuts(window, "pipelineAction") == ("P&ipeline", ["Ctrl+4"])
    assert _shortcuts(window, "outboxAction") == ("&Outbox", ["Ctrl+6"])
    assert _shortcuts(window, "quickLogAction") == ("&Log outreach…", ["Ctrl+L"])
    assert _shortcuts(window, "pushOutboxAction") == ("&Send outbox now", ["Ctrl+Shift+P"])
    assert window.top.profile.text() == "Profile: test"
    assert window.status_line.last_sync.text() in (
        "Reading local data…", "Not synced yet: press F5 to fetch your portfolio")


def test_seller_opens_in_place_and_back_keeps_the_list(window: MainWindow,
                                                       qtbot: Any) -> None:
    assert synced(qtbot, window.sync).kind is Outcome.DONE
    rows = PortfolioService(window.ctx.workspace.engine).rows()
    seller_id = rows[3].seller_id
    window.portfolio.seller_activated.emit(seller_id)
    assert window.stack.currentWidget() is window.seller
    assert window.back_action.isEnabled()
    selected_before = window.portfolio.selected_seller_id()
    with qtbot.waitSignal(window.seller.back_requested, timeout=1000, raising=False):
        window.seller.back_requested.emit()
    assert window.stack.currentWidget() is window.portfolio
    assert window.portfolio.selected_seller_id() == selected_before
    window.open_seller(seller_id)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.portfolio


@pytest.mark.parametrize("pick", ["shop_code", "shop_name"])
def test_ctrl_k_jumps_to_a_seller(window: MainWindow, qtbot: Any, pick: str) -> None:
    assert synced(qtbot, window.sync).kind is Outcome.DONE
    rows = PortfolioService(window.ctx.workspace.engine).rows()
    target = rows[len(rows) // 2]
    needle = getattr(target, pick)
    needle = needle if pick == "shop_code" else needle[1:4]
    window.find_action.trigger()
    assert window.focusWidget() is window.top.search
    _type(window.top.search, needle)
    results = window.search.results
    qtbot.waitUntil(lambda: results.isVisible() and results.count() > 0, timeout=5000)
    ids = [results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(results.count())]
    assert target.seller_id in ids
    results.setCurrentRow(ids.index(target.seller_id))
    qtbot.keyClick(window.top.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.seller
    assert not results.isVisible() and window.top.search.text() == ""


def test_palette_says_when_nothing_matches(window: MainWindow, qtbot: Any) -> None:
    window.find_action.trigger()
    qtbot.keyClicks(window.top.search, "zzzz-no-such-seller")
    results = window.search.results
    qtbot.waitUntil(results.isVisible, timeout=5000)
    assert results.count() == 1 and "No seller matches" in results.item(0).text()
    qtbot.keyClick(window.top.search, Qt.Key.Key_Escape)
    assert not results.isVisible()


def test_first_run_signs_in_then_opens_the_window(home: Path, qtbot: Any, tmp_path: Path,
                                                  qapp: Any) -> None:
    from ui.i18n import Translations
    from ui.shell import Shell

    with make_sandbox(sellers=5, days=10) as server:
        shell = Shell(home, Translations(qapp, source_dir=tmp_path / "none"),
                      policy=FAST_RETRIES)
        try:
            shell.start(None)
            dialog = shell.signin
            assert shell.window is None and dialog is not None and dialog.isVisible()
            assert dialog.profile.text() == "default"
            for edit, value in ((dialog.api_url, server.base_url),
                                (dialog.app_key, server.app_key),
                                (dialog.app_secret, server.app_secret),
                                (dialog.username, server.username),
                                (dialog.password, server.password)):
                edit.setText(value)
            dialog.submit()
            qtbot.waitUntil(lambda: shell.window is not None, timeout=20_000)
            assert shell.window.isVisible()
            assert shell.sync is not None and shell.sync.is_running, "syncs right away"
            with qtbot.waitSignal(shell.sync.finished, timeout=60_000) as done:
                pass
            assert done.args[0].kind is Outcome.DONE
        finally:
            shell.shutdown()


def test_switch_and_remove_profiles(shell_factory: Any, home: Path, sandbox: Any,
                                    qtbot: Any) -> None:
    sign_in(home, "other", credentials_for(sandbox), policy=FAST_RETRIES)
    shell = shell_factory()
    shell.start("test")
    first = shell.window
    assert first.ctx.workspace.profile.name == "test"
    shell.switch_profile("other")
    qtbot.waitUntil(lambda: shell.window is not first and shell.window is not None)
    assert shell.window.ctx.workspace.profile.name == "other"
    assert ProfileStore(home).current_name() == "other"
    with qtbot.waitSignal(shell.sync.finished, timeout=60_000):
        pass  # a switch syncs the profile it opens
    second = shell.window
    shell.remove_profile("other")  # the open one: its sync, cache and window go with it
    qtbot.waitUntil(lambda: shell.window is not second and shell.window is not None)
    assert shell.window.ctx.workspace.profile.name == "test"
    assert ProfileStore(home).names() == ["test"]
    assert not (home / "profiles" / "other").exists()


def test_demo_session_starts_and_stops(home: Path, qtbot: Any) -> None:
    session = DemoSession(home, sellers=4, days=6, end_date=TEST_END_DATE,
                          policy=FAST_RETRIES)
    result = session.start()
    try:
        assert session.running and result.profile.name == "demo"
        assert session.db_path.parent == home / "sandbox" and session.db_path.is_file()
        workspace = Workspace.open(home, "demo")
        assert workspace.profile.api_url == session.server.base_url
        workspace.close()
    finally:
        session.stop()
    assert not session.running
    generated = session.db_path.stat().st_mtime_ns
    again = DemoSession(home, sellers=4, days=6, end_date=TEST_END_DATE, policy=FAST_RETRIES)
    again.start()
    again.stop()
    assert session.db_path.stat().st_mtime_ns >= generated
    assert ProfileStore(home).names() == ["demo"], "signed in afresh, not duplicated"


def test_demo_window_syncs_at_once(home: Path, qtbot: Any, tmp_path: Path, qapp: Any) -> None:
    from ui.i18n import Translations
    from ui.shell import Shell

    store = SettingsStore(home)
    settings = store.load()
    settings.auto_sync_minutes = 0
    store.save(settings)
    shell = Shell(home, Translations(qapp, source_dir=tmp_path / "none"), policy=FAST_RETRIES)
    session = DemoSession(home, sellers=4, days=6, end_date=TEST_END_DATE, policy=FAST_RETRIES)
    try:
        shell.start_demo(session)
        assert shell.splash is not None and shell.splash.isVisible()
        qtbot.waitUntil(lambda: shell.window is not None, timeout=30_000)
        assert "demo" in shell.window.windowTitle()
        with qtbot.waitSignal(shell.sync.finished, timeout=60_000) as done:
            pass
        assert done.args[0].kind is Outcome.DONE
    finally:
        shell.shutdown()
    assert not session.running


def test_command_line_opens_the_window(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.app

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(ui.app, "run_window", lambda *args: calls.append(args) or 0)
    assert main(["--home", str(home)]) == 0
    assert main(["--home", str(home), "--demo", "--profile", "show"]) == 0
    assert calls == [(home, None, False), (home, "show", True)]
    assert main(["--home", str(home), "--demo", "sync"]) == EXIT_USAGE
    assert main(["--home", str(home), "demo"]) == EXIT_USAGE, "the headless demo is gone"


def test_add_profile_from_settings_opens_it(shell_factory: Any, home: Path, sandbox: Any,
                                            qtbot: Any) -> None:
    shell = shell_factory()
    shell.start("test")
    first = shell.window
    settings = first.open_settings()
    with qtbot.waitSignal(settings.add_profile_requested):
        qtbot.mouseClick(settings.add_button, Qt.MouseButton.LeftButton)
    dialog = first.signin_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.profile.isReadOnly()
    for edit, value in ((dialog.profile, "second"), (dialog.api_url, sandbox.base_url),
                        (dialog.app_key, sandbox.app_key),
                        (dialog.app_secret, sandbox.app_secret),
                        (dialog.username, sandbox.username),
                        (dialog.password, sandbox.password)):
        edit.setText(value)
    dialog.submit()
    qtbot.waitUntil(lambda: shell.window is not first and shell.window is not None,
                    timeout=20_000)
    assert shell.window.ctx.workspace.profile.name == "second"
    assert ProfileStore(home).names() == ["second", "test"]
    with qtbot.waitSignal(shell.sync.finished, timeout=60_000) as done:
        pass
    assert done.args[0].kind is Outcome.DONE


def test_start_syncs_when_the_last_sync_is_overdue(shell_factory: Any, home: Path,
                                                   qtbot: Any) -> None:
    shell = shell_factory()
    shell.settings.auto_sync_minutes = 30  # never synced: overdue
    shell.start("test")
    qtbot.waitUntil(lambda: shell.sync.is_running or shell.sync.last_outcome is not None,
                    timeout=10_000)
    if shell.sync.is_running:
        with qtbot.waitSignal(shell.sync.finished, timeout=60_000):
            pass
    assert shell.sync.last_outcome.kind is Outcome.DONE
    assert shell.window.status_line.next_sync.text().startswith("Next auto-sync at ")


def test_demo_starts_without_a_system_keyring(home: Path) -> None:
    import keyring.backends.fail

    from app.secrets import InMemoryKeyring

    keyring.set_keyring(keyring.backends.fail.Keyring())
    session = DemoSession(home, sellers=3, days=5, end_date=TEST_END_DATE, policy=FAST_RETRIES)
    try:
        result = session.start()
        assert result.profile.name == "demo"
        assert isinstance(keyring.get_keyring(), InMemoryKeyring)
    finally:
        session.stop()
