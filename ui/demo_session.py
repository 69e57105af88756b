"""`sellerdesk --demo`: the sandbox platform in a process of its own, on loopback, with a
generated portfolio, and the "demo" profile signed in to it. In its own process the server
never competes with the window for the GIL while the demo syncs.

The sandbox database lives under <home>/sandbox/ and is reused while its spec (seed, size,
end date) is the same, so only the first start of the day pays for generating it. The
sandbox listens on a new port each run, so the demo profile is removed and signed in afresh.
Nothing here touches Qt: the shell calls `start` on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import keyring

from app.platform.retry import RetryPolicy
from app.profiles import ProfileStore
from app.secrets import InMemoryKeyring, system_keyring_available
from app.signin import Credentials, SignInResult, sign_in

if TYPE_CHECKING:
    from sandbox.process import SandboxProcess

log = logging.getLogger(__name__)
DEMO_PROFILE = "demo"
DEMO_SELLERS = 300
DEMO_DAYS = 400
DEMO_SEED = 7
DB_PREFIX = "demo-"


def yesterday_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)


@dataclass
class DemoSession:
    home: Path
    profile_name: str = DEMO_PROFILE
    sellers: int = DEMO_SELLERS
    days: int = DEMO_DAYS
    seed: int = DEMO_SEED
    end_date: dt.date = field(default_factory=yesterday_utc)
    policy: RetryPolicy | None = None
    server: SandboxProcess | None = field(default=None, init=False)

    @property
    def db_path(self) -> Path:
        name = f"{DB_PREFIX}{self.seed}-{self.sellers}x{self.days}-{self.end_date}.sqlite3"
        return self.home / "sandbox" / name

    def start(self) -> SignInResult:
        """Serve the sandbox and sign the demo profile in to it (seconds the first time)."""
        from sandbox.process import SandboxProcess

        if self.server is not None:
            raise RuntimeError("the demo session is already started")
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._remove_stale_databases()
        # The demo shows the product, not the platform's rate limit: no limit, no faults.
        server = SandboxProcess(self.db_path, self.sellers, self.days, self.seed,
                                self.end_date.isoformat(), rate_limit=0).start()
        self.server = server
        try:
            log.info("demo sandbox at %s", server.base_url)
            if not system_keyring_available():
                # The sandbox's published login is no secret: with no system keyring the
                # demo keeps it in memory rather than not starting at all.
                log.warning("no system keyring: the demo keeps its sandbox login in memory")
                keyring.set_keyring(InMemoryKeyring())
            ProfileStore(self.home).remove(self.profile_name)
            credentials = Credentials(server.base_url, server.app_key, server.app_secret,
                                      server.username, server.password)
            return sign_in(self.home, self.profile_name, credentials, self.policy)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()

    @property
    def running(self) -> bool:
        return self.server is not None

    def _remove_stale_databases(self) -> None:
        # Yesterday's portfolio is regenerated today under a new name; keep only the current.
        for path in self.db_path.parent.glob(f"{DB_PREFIX}*.sqlite3*"):
            if not path.name.startswith(self.db_path.name):
                path.unlink(missing_ok=True)
