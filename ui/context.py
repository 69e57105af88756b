"""Everything a screen needs, passed explicitly (no global singletons)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.settings import Settings, SettingsStore
from app.workspace import Workspace
from ui.changes import ChangeBus
from ui.taskman import TaskManager


@dataclass
class AppContext:
    home: Path
    workspace: Workspace
    settings_store: SettingsStore
    settings: Settings
    taskman: TaskManager
    changes: ChangeBus
    demo: bool = False
    # The user's calendar day, asked each time: a window left open overnight moves on, and
    # tests pin it so a run that crosses midnight doesn't change what "today" means.
    today: Callable[[], dt.date] = dt.date.today

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)
