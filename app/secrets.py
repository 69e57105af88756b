"""Secrets (app secret, password, refresh token) live only in the OS keyring."""

from __future__ import annotations

import os
from enum import StrEnum

import keyring
import keyring.errors
from jaraco.classes import properties
from keyring.backend import KeyringBackend

from app.errors import SecretStoreUnavailable

NO_BACKEND_MESSAGE = (
    "No system keyring is available to keep your app secret and sign-in safely. "
    "Install and unlock one (GNOME Keyring or KWallet on Linux; macOS Keychain and Windows "
    "Credential Manager work out of the box), or name a backend with PYTHON_KEYRING_BACKEND."
)


class Secret(StrEnum):
    APP_SECRET = "app_secret"
    PASSWORD = "password"
    REFRESH_TOKEN = "refresh_token"


BACKEND_VARIABLE = "PYTHON_KEYRING_BACKEND"
# keyring loads the backend named in PYTHON_KEYRING_BACKEND on first use: a misspelt or
# missing one surfaces as an import or attribute error from any keyring call.
_KEYRING_FAILURES = (keyring.errors.KeyringError, RuntimeError, ImportError, AttributeError)


class SecretStore:
    """The secrets of one profile, under a keyring service name unique to that profile."""

    def __init__(self, service: str) -> None:
        self.service = service

    def get(self, secret: Secret) -> str | None:
        try:
            return keyring.get_password(self.service, secret.value)
        except _KEYRING_FAILURES as error:
            raise SecretStoreUnavailable(_describe(error)) from error

    def set(self, secret: Secret, value: str) -> None:
        try:
            keyring.set_password(self.service, secret.value, value)
        except _KEYRING_FAILURES as error:
            raise SecretStoreUnavailable(_describe(error)) from error

    def delete(self, secret: Secret) -> None:
        try:
            keyring.delete_password(self.service, secret.value)
        except keyring.errors.PasswordDeleteError:
            return
        except _KEYRING_FAILURES as error:
            raise SecretStoreUnavailable(_describe(error)) from error

    def delete_all(self) -> None:
        for secret in Secret:
            self.delete(secret)

    def check_available(self) -> None:
        """Fail early, before anything is sent or written, when there is no keyring."""
        self.get(Secret.APP_SECRET)


def _describe(error: BaseException) -> str:
    if isinstance(error, ImportError | AttributeError):
        return (f"The keyring backend named in {BACKEND_VARIABLE} "
                f"({os.environ.get(BACKEND_VARIABLE, '')}) cannot be loaded: {error}. Install "
                f"it, or unset {BACKEND_VARIABLE} to use the system keyring.")
    if isinstance(error, keyring.errors.NoKeyringError):
        return NO_BACKEND_MESSAGE
    if isinstance(error, keyring.errors.KeyringLocked):
        return "The system keyring is locked; unlock it and try again."
    return f"The system keyring failed: {error}. {NO_BACKEND_MESSAGE}"


class InMemoryKeyring(KeyringBackend):
    """Secrets held by this process alone, gone when it exits.

    Only for the demo's sandbox login (published, printed on start) on a machine without a
    system keyring; a real platform's secrets always go to the OS keyring.
    """

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property
        # Never chosen by keyring's own discovery (a raising priority marks a backend not
        # viable): only the demo installs it, on purpose, with keyring.set_keyring.
        raise RuntimeError("installed explicitly, for the demo's sandbox login only")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def system_keyring_available() -> bool:
    try:
        keyring.get_password("SellerDesk/probe", "probe")
    except _KEYRING_FAILURES:
        return False
    return True
