"""A profile opened for work: its cache, its secrets, and a client signed in as it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from app.errors import CacheError, NeedsSignIn
from app.platform.retry import RetryPolicy
from app.profiles import Profile, ProfileStore
from app.redaction import register_secret
from app.secrets import Secret
from db.cache import open_cache

if TYPE_CHECKING:
    from app.platform.client import PartnerClient


@dataclass
class Workspace:
    home: Path
    profiles: ProfileStore
    profile: Profile
    _engine: Engine | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    @classmethod
    def open(cls, home: Path, profile_name: str | None = None) -> Workspace:
        profiles = ProfileStore(home)
        name = profile_name or profiles.current_name()
        profile = profiles.load(name)
        if profile is None:
            raise NeedsSignIn(
                f"No profile '{name}' in {home}; sign in first with "
                "`sellerdesk login --api-url URL --app-key KEY --username USER`."
            )
        return cls(home, profiles, profile)

    @property
    def cache_path(self) -> Path:
        return self.profiles.cache_path(self.profile.name)

    @property
    def engine(self) -> Engine:
        if self._closed:
            # Work still in flight for a profile the user closed or removed must not open
            # (and so recreate) its cache again.
            raise CacheError(f"The profile '{self.profile.name}' was closed; its work stopped.")
        if self._engine is None:
            self._engine = open_cache(self.cache_path)
        return self._engine

    def client(self, policy: RetryPolicy | None = None) -> PartnerClient:
        return build_client(self.profile, policy)

    def close(self) -> None:
        self._closed = True
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def build_client(profile: Profile, policy: RetryPolicy | None = None) -> PartnerClient:
    # The client's stack (requests, pydantic) loads when first needed, not at window start.
    from app.platform.client import PartnerClient
    from app.platform.tokens import TokenManager
    from app.platform.transport import Transport

    secrets = profile.secrets()
    app_secret = secrets.get(Secret.APP_SECRET)
    if not app_secret:
        raise NeedsSignIn(
            f"The app secret of profile '{profile.name}' is not in the keyring; "
            "run `sellerdesk login` again."
        )
    register_secret(app_secret)
    transport = Transport(profile.api_url, profile.app_key, app_secret,
                          allow_insecure_http=profile.allow_insecure_http, policy=policy)
    return PartnerClient(transport, TokenManager(transport, secrets))
