"""Secrets go to the OS keyring; the in-memory store exists only for the demo's sandbox login."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from app.errors import SecretStoreUnavailable
from app.secrets import InMemoryKeyring, Secret, SecretStore, system_keyring_available


def test_in_memory_store_is_never_chosen_by_keyring_discovery() -> None:
    assert not InMemoryKeyring.viable
    assert all(type(backend) is not InMemoryKeyring
               for backend in keyring.backend.get_all_keyring())


def test_without_a_keyring_secrets_fail_with_words_to_act_on() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not system_keyring_available()
    with pytest.raises(SecretStoreUnavailable, match="keyring") as caught:
        SecretStore("SellerDesk/test").set(Secret.APP_SECRET, "s")
    assert "Install" in caught.value.message


def test_round_trip_and_delete_all() -> None:
    store = SecretStore("SellerDesk/test")
    for secret in Secret:
        store.set(secret, f"value-{secret}")
    assert store.get(Secret.REFRESH_TOKEN) == "value-refresh_token"
    store.delete_all()
    assert all(store.get(secret) is None for secret in Secret)
    store.delete(Secret.PASSWORD)  # deleting what is gone is no error
