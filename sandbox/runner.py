"""A sandbox platform on loopback, in a background thread: for tests, benchmarks, the demo.

    with SandboxServer(GeneratorSpec(seed=1, sellers=20, days=30, end_date=...)) as sandbox:
        requests.get(sandbox.base_url + "/openapi.json")

uvicorn binds its own socket (port 0: the kernel picks a free one). A socket bound
beforehand without IPPROTO_TCP leaves Nagle on and stalls keep-alive requests by 40 ms.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import uvicorn

from sandbox import schema
from sandbox.demo import DEMO_APP_KEY, DEMO_APP_SECRET, DEMO_PASSWORD, DEMO_USERNAME
from sandbox.faults import FaultConfig
from sandbox.server import create_app
from sandbox.store import SandboxStore

if TYPE_CHECKING:
    from sandbox.generator import GeneratorSpec

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
Setup = Callable[[sqlite3.Connection], None]


class _Server(uvicorn.Server):
    """uvicorn.Server that says when it listens, so nobody has to poll for it."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list | None = None) -> None:  # type: ignore[type-arg]
        await super().startup(sockets)
        self.ready.set()

    def serve_in_thread(self) -> None:
        try:
            self.run()
        except SystemExit:
            # uvicorn exits when it cannot bind; the waiting thread reports that instead.
            return


def spec_matches(conn: sqlite3.Connection, spec: GeneratorSpec) -> bool:
    """Whether a database was generated from `spec` (and not advanced since)."""
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    wanted = {"seed": spec.seed, "sellers": spec.sellers, "days": spec.days,
              "end_date": spec.end_date}
    return all(str(meta.get(key)) == str(value) for key, value in wanted.items())


def open_database(
    path: Path, spec: GeneratorSpec | None, setup: Setup | None
) -> sqlite3.Connection:
    """Open `path`, (re)generating it unless it already holds what `spec` describes."""
    conn = schema.connect(str(path))
    filled = conn.execute("SELECT 1 FROM meta WHERE key = 'next_seq'").fetchone() is not None
    if setup is not None:
        if not filled:
            setup(conn)
        return conn
    if spec is None:
        if not filled:
            conn.close()
            raise ValueError(f"{path} holds no sandbox data and no GeneratorSpec was given")
        return conn
    if filled and spec_matches(conn, spec):
        return conn
    if filled:
        # Another spec, or advanced since: start from an empty file, not on top of it.
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        conn = schema.connect(str(path))
    # Imported only when generating: numpy and the generator cost most of a second.
    from sandbox.generator import populate

    populate(conn, spec)
    return conn


class SandboxServer:
    """The sandbox Partner API on 127.0.0.1, started on entry (or `start()`), stopped on exit.

    `db_path` None: a temporary database removed on stop. `setup` fills a new database
    instead of the generator (tests with a hand-made fixture).
    """

    def __init__(
        self,
        spec: GeneratorSpec | None = None,
        *,
        db_path: str | Path | None = None,
        faults: FaultConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        app_key: str = DEMO_APP_KEY,
        app_secret: str = DEMO_APP_SECRET,
        setup: Setup | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._tempdir: str | None = None
        if db_path is None:
            self._tempdir = tempfile.mkdtemp(prefix="sellerdesk-sandbox-")
            db_path = Path(self._tempdir) / "sandbox.sqlite3"
        self.db_path = Path(db_path)
        self.faults = faults if faults is not None else FaultConfig()
        self.host = host
        self.app_key = app_key
        self.app_secret = app_secret
        self.username = DEMO_USERNAME
        self.password = DEMO_PASSWORD
        try:
            conn = open_database(self.db_path, spec, setup)
        except BaseException:
            self._remove_tempdir()
            raise
        self.store = SandboxStore(conn, self.faults, clock=clock)
        self.app = create_app(self.store, self.faults, app_key=app_key, app_secret=app_secret)
        self._requested_port = port
        self.port = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> SandboxServer:
        if self._server is not None:
            raise RuntimeError("sandbox server already started")
        config = uvicorn.Config(self.app, host=self.host, port=self._requested_port,
                                log_level="warning", lifespan="off", access_log=False)
        server = _Server(config)
        thread = threading.Thread(target=server.serve_in_thread, name="sandbox-server",
                                  daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.ready.wait(0.05):
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"sandbox server failed to start on {self.host}:"
                                   f"{self._requested_port} (port in use?)")
        self.port = server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is not None and thread is not None:
            server.should_exit = True
            thread.join(STOP_TIMEOUT)
            if thread.is_alive():
                server.force_exit = True
                thread.join(STOP_TIMEOUT)
        self._server = self._thread = None
        self.app.state.feed_pages.close()
        self.store.close()
        self._remove_tempdir()

    def wait(self, stop: threading.Event) -> None:
        """Serve until `stop` is set or the server thread ends (the CLI's main loop)."""
        while not stop.wait(0.5):
            if self._thread is None or not self._thread.is_alive():
                return

    def _remove_tempdir(self) -> None:
        if self._tempdir is not None:
            shutil.rmtree(self._tempdir, ignore_errors=True)
            self._tempdir = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
