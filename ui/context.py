"""Everything a screen needs, passed explicitly (no global singletons)."""

from __future__ import annotations

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

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)
