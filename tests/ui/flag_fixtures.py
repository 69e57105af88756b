"""Fixtures for the flags screens: one sandbox synced and evaluated once per module, and a
fresh copy of it per test (actions change flag statuses in the cache)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.flags.service import FlagItem, FlagService
from app.settings import SettingsStore
from app.workspace import Workspace
from tests.helpers.fixtures import sync_sandbox_into
from ui import formatting
from ui.changes import ChangeBus
from ui.context import AppContext
from ui.taskman import TaskManager

TIMEOUT = 20_000


@pytest.fixture(scope="module")
def flagged_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("flagged") / "home"
    home.mkdir()
    sync_sandbox_into(home, sellers=40, days=120)
    workspace = Workspace.open(home, "test")
    try:
        # The sync's own hook evaluates too; once more here so the fixture does not depend
        # on it (evaluating twice changes nothing).
        FlagService.for_workspace(workspace).evaluate()
    finally:
        workspace.close()
    return home


@pytest.fixture
def flag_ctx(flagged_home: Path, tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    home = tmp_path / "home"
    shutil.copytree(flagged_home, home)
    formatting.set_language("en")
    workspace = Workspace.open(home, "test")
    store = SettingsStore(home)
    taskman = TaskManager()
    today = dt.date.today()  # pinned: a run crossing midnight keeps one day
    yield AppContext(home, workspace, store, store.load(), taskman, ChangeBus(),
                     today=lambda: today)
    taskman.blockSignals(True)
    taskman.shutdown()
    workspace.close()


def service(ctx: AppContext) -> FlagService:
    return FlagService.for_workspace(ctx.workspace)


def flag_by_id(ctx: AppContext, flag_id: int) -> FlagItem:
    return next(f for f in service(ctx).flags(statuses=None) if f.flag_id == flag_id)
