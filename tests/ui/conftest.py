"""A ready AppContext against the sandbox, a sync controller, and the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from app.settings import SettingsStore
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES
from ui.changes import ChangeBus
from ui.context import AppContext
from ui.taskman import TaskManager

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>文件(&amp;F)</translation></message>
<message><source>&amp;View</source><translation>视图(&amp;V)</translation></message>
</context>
<context><name>NavRail</name>
<message><source>Portfolio</source><translation>客户组合</translation></message>
</context>
<context><name>SettingsDialog</name>
<message><source>Settings</source><translation>设置</translation></message>
</context>
</TS>
"""


# The offscreen platform says this of every top-level window shown; it is not our warning.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    # The app sets its language's locale at start; tests that build screens directly get
    # English, and a test that switches to Chinese must not leave its locale behind it.
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def taskman(qapp: Any) -> Iterator[TaskManager]:
    manager = TaskManager()
    yield manager
    manager.blockSignals(True)  # cancelled reads must not call back into closed screens
    manager.shutdown()


@pytest.fixture
def ctx(home: Path, workspace: Workspace, taskman: TaskManager) -> AppContext:
    store = SettingsStore(home)
    return AppContext(home, workspace, store, store.load(), taskman, ChangeBus())


@pytest.fixture
def sync(ctx: AppContext, qtbot: Any) -> Iterator[Any]:
    from ui.sync_controller import SyncController

    controller = SyncController(ctx, policy=FAST_RETRIES)
    yield controller
    controller.shutdown()
    if controller.is_running:
        qtbot.waitSignal(controller.finished, timeout=30_000).wait()


@pytest.fixture
def window(ctx: AppContext, sync: Any, qtbot: Any) -> Any:
    from ui.main_window import MainWindow

    main = MainWindow(ctx, sync)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def tiny_translations(tmp_path: Path) -> Path:
    """A minimal Chinese catalog, for testing the mechanism before the real one exists."""
    source = tmp_path / "ts"
    source.mkdir()
    (source / "sellerdesk_zh_CN.ts").write_text(TINY_TS, encoding="utf-8")
    return source


def synced(qtbot: Any, controller: Any, timeout: int = 60_000) -> Any:
    """Run one sync to its end and return its outcome."""
    with qtbot.waitSignal(controller.finished, timeout=timeout) as blocker:
        assert controller.start()
    return blocker.args[0]


@pytest.fixture
def shell_factory(home: Path, workspace: Workspace, tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    """Shells on the signed-in 'test' profile, auto-sync off so nothing starts by itself."""
    from ui.i18n import Translations
    from ui.shell import Shell

    store = SettingsStore(home)
    settings = store.load()
    settings.auto_sync_minutes = 0
    store.save(settings)
    made: list[Any] = []

    def make(source_dir: Path | None = None) -> Any:
        translations = Translations(qtbot_app(), source_dir=source_dir or tmp_path / "no-ts",
                                    cache_dir=tmp_path / "qm-cache")
        shell = Shell(home, translations, policy=FAST_RETRIES)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.shutdown()
        shell.translations.apply("en")


def qtbot_app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


@pytest.fixture
def synced_ctx(home: Path, workspace: Workspace, taskman: TaskManager) -> AppContext:
    """A context on a cache synced from the test's sandbox (which stays up for pushes)."""
    from tests.ui.outreach_support import sync_workspace

    sync_workspace(workspace)
    store = SettingsStore(home)
    settings = store.load()
    settings.auto_sync_minutes = 0
    store.save(settings)
    return AppContext(home, workspace, store, settings, taskman, ChangeBus())


@pytest.fixture
def outbox(synced_ctx: AppContext, qtbot: Any) -> Iterator[Any]:
    from ui.outbox_controller import OutboxController

    controller = OutboxController(synced_ctx, policy=FAST_RETRIES)
    yield controller
    controller.shutdown()
    if controller.running:
        qtbot.waitSignal(controller.pushed, timeout=30_000).wait()


@pytest.fixture
def outreach_window(synced_ctx: AppContext, qtbot: Any) -> Iterator[Any]:
    """The main window on a synced cache, its outbox pushed with quick retries."""
    from ui.main_window import MainWindow
    from ui.outbox_controller import OutboxController
    from ui.sync_controller import SyncController

    sync_controller = SyncController(synced_ctx, policy=FAST_RETRIES)
    pusher = OutboxController(synced_ctx, sync_controller, policy=FAST_RETRIES)
    main = MainWindow(synced_ctx, sync_controller, outbox=pusher)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    pusher.shutdown()
    sync_controller.shutdown()
    if pusher.running:
        qtbot.waitSignal(pusher.pushed, timeout=30_000).wait()
    if sync_controller.is_running:
        qtbot.waitSignal(sync_controller.finished, timeout=30_000).wait()
