"""Keyring backends for tests, loaded through keyring's own PYTHON_KEYRING_BACKEND.

MemoryKeyring serves a single process. FileKeyring lets a subprocess (a sync killed with
SIGKILL, the command line) share secrets with the test; its file lives outside --home, as
an OS keyring would, so "no secret under --home" stays a meaningful check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.secrets import InMemoryKeyring

FILE_ENV = "SELLERDESK_TEST_KEYRING_FILE"


class MemoryKeyring(InMemoryKeyring):
    priority = 1  # type: ignore[assignment]


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(entries), encoding="utf-8")
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}\n{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)
