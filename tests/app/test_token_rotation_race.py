"""Two clients of one profile refreshing at once (the window's push beside a command): the
one that read the refresh token just before the other rotated it still gets through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.errors import NeedsSignIn
from app.platform.client import PartnerClient
from app.platform.tokens import TokenManager
from app.platform.transport import Transport
from app.secrets import Secret, SecretStore
from sandbox.runner import SandboxServer
from tests.helpers.fixtures import make_sandbox


class _ReadBeforeRotation(SecretStore):
    """The keyring as seen by a client that read the token a moment before another client
    rotated it: the first read gives the older value, later reads the keyring's own."""

    def __init__(self, service: str, older: str) -> None:
        super().__init__(service)
        self._older: str | None = older

    def get(self, secret: Secret) -> str | None:
        if secret is Secret.REFRESH_TOKEN and self._older is not None:
            older, self._older = self._older, None
            return older
        return super().get(secret)


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with make_sandbox(sellers=4, days=5) as running:
        yield running


def _transport(server: SandboxServer) -> Transport:
    return Transport(server.base_url, server.app_key, server.app_secret)


def test_a_refresh_racing_another_clients_rotation_succeeds(server: SandboxServer) -> None:
    secrets = SecretStore("race")
    first = TokenManager(_transport(server), secrets)
    first.sign_in(server.username, server.password)
    stale = secrets.get(Secret.REFRESH_TOKEN)
    assert stale
    # The other client rotates and uses the new pair: the stale token is dead now.
    other = TokenManager(_transport(server), secrets)
    other.refresh()
    PartnerClient(_transport(server), other).me()
    racing = TokenManager(_transport(server), _ReadBeforeRotation("race", stale))
    assert PartnerClient(_transport(server), racing).me()["manager_id"] == "M0001"


def test_a_revoked_sign_in_still_ends_the_session(server: SandboxServer) -> None:
    secrets = SecretStore("revoked")
    TokenManager(_transport(server), secrets).sign_in(server.username, server.password)
    server.store.revoke_refresh_tokens()
    with pytest.raises(NeedsSignIn, match="sellerdesk login"):
        PartnerClient(_transport(server), TokenManager(_transport(server), secrets)).me()
