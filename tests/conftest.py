"""Session-wide test settings: Qt offscreen, an in-memory keyring, no real home folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SELLERDESK_HOME", None)

import keyring
import pytest

from tests.helpers.keyring_backends import MemoryKeyring

pytest_plugins = ["tests.helpers.fixtures"]


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
