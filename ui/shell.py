"""The shell: which profile is open, in which language, and the window showing it.

One shell per application run. It owns the task manager and change bus for the whole run,
and per open profile an AppContext and a SyncController; switching language rebuilds only
the window (a running sync carries on), switching or removing profiles replaces the context.
Dialogs are opened with `open()` and answer by signal: no nested event loops.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from app.errors import KnownError, NeedsSignIn
from app.platform.retry import RetryPolicy
from app.profiles import DEFAULT_PROFILE, ProfileStore
from app.settings import SettingsStore
from app.sync_status import CacheStatus
from app.workspace import Workspace
from ui.changes import ChangeBus, Changes
from ui.context import AppContext
from ui.error_words import error_text
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.signin_dialog import SignInDialog
from ui.sync_controller import SyncController
from ui.taskman import TaskManager

if TYPE_CHECKING:
    from ui.demo_session import DemoSession

log = logging.getLogger(__name__)


class Shell(QObject):
    def __init__(self, home: Path, translations: Translations, *,
                 policy: RetryPolicy | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.translations = translations
        self.policy = policy
        self.settings_store = SettingsStore(home)
        self.settings = self.settings_store.load()
        self.taskman = TaskManager(self)
        self.changes = ChangeBus(self)
        self.ctx: AppContext | None = None
        self.sync: SyncController | None = None
        self.window: MainWindow | None = None
        self.signin: SignInDialog | None = None
        self.demo: DemoSession | None = None
        self.splash: QLabel | None = None
        self.exit_code = 0
        translations.apply(self.settings.language)

    # Opening a profile
    def start(self, profile_name: str | None = None, *, sync_now: bool = False) -> None:
        try:
            workspace = Workspace.open(self.home, profile_name)
            workspace.engine  # noqa: B018 opened (and migrated) here, before any thread uses it
        except NeedsSignIn:
            self.ask_first_sign_in(profile_name)
            return
        except KnownError as error:
            self.fail(error_text(error))
            return
        ProfileStore(self.home).set_current(workspace.profile.name)
        self.ctx = AppContext(self.home, workspace, self.settings_store, self.settings,
                              self.taskman, self.changes, demo=self.demo is not None)
        self.sync = SyncController(self.ctx, policy=self.policy, parent=self)
        self.sync.status_changed.connect(self._first_status)
        self.build_window()
        if sync_now:
            self.sync.start()

    def _first_status(self, status: CacheStatus) -> None:
        """At start-up, sync at once when auto-sync is on and the last one is overdue."""
        sync = self.sender()
        if not isinstance(sync, SyncController):
            return
        sync.status_changed.disconnect(self._first_status)
        minutes = self.settings.auto_sync_minutes
        due = status.last_sync_at is None or (
            dt.datetime.now(dt.UTC) - status.last_sync_at >= dt.timedelta(minutes=minutes))
        if minutes > 0 and due and sync is self.sync:
            sync.start()

    def build_window(self, *, reopen_settings: bool = False) -> MainWindow:
        assert self.ctx is not None and self.sync is not None
        old = self.window
        window = MainWindow(self.ctx, self.sync)
        window.language_requested.connect(self.set_language)
        window.switch_profile_requested.connect(self.switch_profile)
        window.profile_added.connect(self.switch_profile)
        window.remove_profile_requested.connect(self.remove_profile)
        if old is not None:
            window.setGeometry(old.geometry())
        self.window = window
        window.show()
        self._close_window(old)
        if reopen_settings:
            window.open_settings()
        window.installEventFilter(self)
        return window

    def _close_window(self, window: QWidget | None) -> None:
        if window is not None and shiboken6.isValid(window):
            window.removeEventFilter(self)
            window.close()
            window.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # The user closing the main window ends the run; the shell replacing it does not
        # (it removes this filter first). Quitting is explicit: see run_window.
        if watched is self.window and event.type() == QEvent.Type.Close:
            QApplication.quit()
        return False

    def ask_first_sign_in(self, profile_name: str | None, reason: str = "") -> SignInDialog:
        self._close_window(self.window)
        self.window = None
        dialog = SignInDialog(self.home, self.taskman, policy=self.policy, reason=reason,
                              profile_name=profile_name or ProfileStore(self.home).current_name())
        dialog.signed_in.connect(lambda result: self.start(result.profile.name, sync_now=True))
        dialog.rejected.connect(QApplication.quit)
        dialog.finished.connect(dialog.deleteLater)
        self.signin = dialog
        dialog.show()
        return dialog

    def fail(self, message: str) -> None:
        log.warning("cannot open the window: %s", message)
        self.exit_code = 1
        QMessageBox.critical(None, self.tr("SellerDesk"), message)
        QApplication.quit()

    # Changes asked for in the settings dialog
    def set_language(self, language: str) -> None:
        self.settings.language = language
        self.translations.apply(language)
        self.build_window(reopen_settings=True)
        self.changes.announce(Changes(settings=True, source="language"))

    def switch_profile(self, name: str) -> None:
        self.retire(lambda: self.start(name, sync_now=True))

    def remove_profile(self, name: str) -> None:
        if self.ctx is None or name != self.ctx.workspace.profile.name:
            ProfileStore(self.home).remove(name)
            if self.window is not None and self.window.settings_dialog is not None:
                self.window.settings_dialog.refresh_profiles()
            return

        def then() -> None:
            store = ProfileStore(self.home)
            store.remove(name)
            remaining = store.names()
            if remaining:
                self.start(remaining[0])
            else:
                self.ask_first_sign_in(DEFAULT_PROFILE)

        self.retire(then)

    def retire(self, then: Callable[[], None]) -> None:
        """Stop the open profile's sync, close its cache, then `then()`."""
        sync, ctx = self.sync, self.ctx
        self.sync = self.ctx = None
        if sync is None or ctx is None:
            then()
            return

        def finish() -> None:
            sync.deleteLater()
            self._when_idle(lambda: (ctx.workspace.close(), then()))

        sync.shutdown()
        if sync.is_running:
            sync.running_changed.connect(lambda running: None if running else finish())
        else:
            finish()

    def _when_idle(self, action: Callable[[], object]) -> None:
        """Run `action` once no background work is left: reads the old window queued on the
        cache worker would otherwise reopen (and recreate) a cache just closed or removed."""
        def check(_done: object = None) -> None:
            if self.taskman.pending > 0:
                self.taskman.run_in_background(lambda: None, check)
            else:
                action()

        self.taskman.run_in_background(lambda: None, check)

    # Demo mode
    def start_demo(self, session: DemoSession) -> None:
        self.demo = session
        self.splash = QLabel(self.tr("Starting the demo platform with a generated portfolio "
                                     "of {sellers} sellers…").format(sellers=session.sellers))
        self.splash.setObjectName("demoSplash")
        self.splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splash.setMinimumSize(480, 120)
        self.splash.setWindowTitle(self.tr("SellerDesk demo"))
        self.splash.show()
        self.taskman.run_in_background(session.start, self._demo_ready, network=True)

    def _demo_ready(self, future: Future[object]) -> None:
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None
        error = future.exception()
        if error is not None:
            log.error("the demo could not start", exc_info=error)
            message = error_text(error)
            self.fail(self.tr("The demo could not start: {reason}").format(reason=message))
            return
        assert self.demo is not None
        self.start(self.demo.profile_name, sync_now=True)

    def shutdown(self) -> None:
        """Cancel what runs, wait for the worker threads, close the cache, stop the demo."""
        if self.sync is not None:
            self.sync.shutdown()
        self._close_window(self.window)
        self.window = None
        # Work cancelled by the shutdown must not call back into screens being torn down.
        self.taskman.blockSignals(True)
        self.taskman.shutdown()
        if self.ctx is not None:
            self.ctx.workspace.close()
        if self.demo is not None:
            self.demo.stop()
