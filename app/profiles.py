"""Profiles: one platform account each (sandbox, production), each with its own cache.

A profile's file holds only what is not secret; its secrets sit in the keyring under a
service name built from the profile's random uid, so two homes never share secrets.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.errors import KnownError, UsageError
from app.secrets import SecretStore

SETTINGS_FILE = "settings.json"
PROFILE_FILE = "profile.json"
CACHE_FILE = "cache.sqlite3"
DEFAULT_PROFILE = "default"
_VALID_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass
class Profile:
    name: str
    api_url: str
    app_key: str
    username: str
    manager_id: str | None = None
    allow_insecure_http: bool = False
    uid: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def keyring_service(self) -> str:
        return f"SellerDesk/{self.uid}"

    def secrets(self) -> SecretStore:
        return SecretStore(self.keyring_service)


def write_json_atomically(path: Path, payload: object) -> None:
    # Written beside and renamed over, so a crash never leaves half a settings file.
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise KnownError(f"Cannot read {path}: {error}. Fix or remove the file.") from error
    if not isinstance(data, dict):
        raise KnownError(f"{path} does not hold a JSON object. Fix or remove the file.")
    return data


class ProfileStore:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.root = home / "profiles"

    def directory(self, name: str) -> Path:
        if not _VALID_NAME.match(name):
            raise UsageError(
                f"'{name}' is not a usable profile name: use letters, digits, '.', '_' or '-'."
            )
        return self.root / name

    def cache_path(self, name: str) -> Path:
        path = self.directory(name)
        path.mkdir(parents=True, exist_ok=True)
        return path / CACHE_FILE

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / PROFILE_FILE).is_file())

    def load(self, name: str) -> Profile | None:
        data = read_json(self.directory(name) / PROFILE_FILE)
        if not data:
            return None
        known = {k: v for k, v in data.items() if k in Profile.__dataclass_fields__}
        try:
            return Profile(**known)  # type: ignore[arg-type]
        except TypeError as error:
            raise KnownError(f"Profile '{name}' is incomplete ({error}); sign in again.") from error

    def save(self, profile: Profile) -> None:
        directory = self.directory(profile.name)
        directory.mkdir(parents=True, exist_ok=True)
        write_json_atomically(directory / PROFILE_FILE, asdict(profile))

    def current_name(self) -> str:
        name = read_json(self.home / SETTINGS_FILE).get("current_profile")
        return name if isinstance(name, str) and name else DEFAULT_PROFILE

    def set_current(self, name: str) -> None:
        settings = read_json(self.home / SETTINGS_FILE)
        settings["current_profile"] = name
        write_json_atomically(self.home / SETTINGS_FILE, settings)

    def remove(self, name: str) -> None:
        """Delete a profile with its cache and its keyring secrets."""
        profile = self.load(name)
        if profile is not None:
            profile.secrets().delete_all()
        shutil.rmtree(self.directory(name), ignore_errors=True)
