"""User settings that are not secret and not per profile: language, auto-sync, saved views."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.profiles import SETTINGS_FILE, read_json, write_json_atomically

LANGUAGES = ("en", "zh_CN")
DEFAULT_AUTO_SYNC_MINUTES = 30


@dataclass
class SavedView:
    name: str
    filters: dict[str, list[str]] = field(default_factory=dict)
    search: str = ""
    sort_column: str = "gmv_30d"
    sort_descending: bool = True
    columns: list[str] = field(default_factory=list)
    show_unassigned: bool = False


@dataclass
class Settings:
    language: str = "en"
    auto_sync_minutes: int = DEFAULT_AUTO_SYNC_MINUTES  # 0 turns auto-sync off
    visible_columns: list[str] = field(default_factory=list)
    saved_views: list[SavedView] = field(default_factory=list)


class SettingsStore:
    """Lives in <home>/settings.json beside the current profile's name, which it preserves."""

    def __init__(self, home: Path) -> None:
        self.path = home / SETTINGS_FILE

    def load(self) -> Settings:
        data = read_json(self.path)
        views = [SavedView(**_known(SavedView, v)) for v in data.get("saved_views", [])
                 if isinstance(v, dict) and isinstance(v.get("name"), str)]
        settings = Settings(**{k: v for k, v in _known(Settings, data).items()
                               if k != "saved_views"})
        settings.saved_views = views
        if settings.language not in LANGUAGES:
            settings.language = "en"
        return settings

    def save(self, settings: Settings) -> None:
        data = read_json(self.path)
        data.update(
            language=settings.language,
            auto_sync_minutes=int(settings.auto_sync_minutes),
            visible_columns=list(settings.visible_columns),
            saved_views=[vars(v) for v in settings.saved_views],
        )
        write_json_atomically(self.path, data)


def _known(kind: type, data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in kind.__dataclass_fields__}
