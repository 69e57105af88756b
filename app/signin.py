"""Sign a profile in: nothing is written anywhere unless the platform accepts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UsageError
from app.platform.endpoint import normalise_base_url
from app.platform.retry import RetryPolicy
from app.profiles import Profile, ProfileStore
from app.redaction import register_secret
from app.secrets import Secret, SecretStore
from db.cache import open_cache
from db.repositories.sync_state import MANAGER_ID, set_meta


@dataclass(frozen=True)
class Credentials:
    api_url: str
    app_key: str
    app_secret: str
    username: str
    password: str
    allow_insecure_http: bool = False


@dataclass(frozen=True)
class SignInResult:
    profile: Profile
    manager: dict[str, Any]


class _StagedSecrets(SecretStore):
    """Holds the new refresh token in memory until the whole sign-in has succeeded."""

    def __init__(self, target: SecretStore) -> None:
        super().__init__(target.service)
        self.refresh_token: str | None = None

    def get(self, secret: Secret) -> str | None:
        return self.refresh_token if secret is Secret.REFRESH_TOKEN else None

    def set(self, secret: Secret, value: str) -> None:
        if secret is Secret.REFRESH_TOKEN:
            self.refresh_token = value


def sign_in(home: Path, profile_name: str, credentials: Credentials,
            policy: RetryPolicy | None = None) -> SignInResult:
    for value in (credentials.app_secret, credentials.password):
        register_secret(value)
    base_url = normalise_base_url(credentials.api_url,
                                  allow_insecure_http=credentials.allow_insecure_http)
    profiles = ProfileStore(home)
    existing = profiles.load(profile_name)
    if existing is not None and (existing.api_url, existing.username) != (
        base_url, credentials.username
    ):
        raise UsageError(
            f"Profile '{profile_name}' belongs to {existing.username} at {existing.api_url}; "
            "choose another name with --profile, or remove that profile first."
        )
    profile = Profile(profile_name, base_url, credentials.app_key, credentials.username,
                      allow_insecure_http=credentials.allow_insecure_http)
    if existing is not None:
        profile.uid = existing.uid
    secrets = profile.secrets()
    secrets.check_available()

    # The client's stack (requests, pydantic) loads only when someone signs in.
    from app.platform.client import PartnerClient
    from app.platform.tokens import TokenManager
    from app.platform.transport import Transport

    transport = Transport(base_url, credentials.app_key, credentials.app_secret,
                          allow_insecure_http=credentials.allow_insecure_http, policy=policy)
    staged = _StagedSecrets(secrets)
    tokens = TokenManager(transport, staged)
    try:
        grant = tokens.sign_in(credentials.username, credentials.password)
        register_secret(grant["refresh_token"])
        register_secret(grant["access_token"])
        manager = PartnerClient(transport, tokens).me()
    finally:
        transport.close()

    assert staged.refresh_token is not None
    secrets.set(Secret.APP_SECRET, credentials.app_secret)
    secrets.set(Secret.PASSWORD, credentials.password)
    secrets.set(Secret.REFRESH_TOKEN, staged.refresh_token)
    profile.manager_id = manager["manager_id"]
    profiles.save(profile)
    profiles.set_current(profile_name)
    engine = open_cache(profiles.cache_path(profile_name))
    with engine.begin() as conn:
        set_meta(conn, MANAGER_ID, manager["manager_id"])
    engine.dispose()
    return SignInResult(profile, manager)
