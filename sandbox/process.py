"""The sandbox platform in a process of its own, for demo mode and benchmarks.

In its own process the server never competes with the client for the GIL: the window's
event loop stays responsive while it syncs, and benchmark figures measure the client.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

import requests

from sandbox.demo import DEMO_APP_KEY, DEMO_APP_SECRET, DEMO_PASSWORD, DEMO_USERNAME

_URL = re.compile(r"base_url: (http://127\.0\.0\.1:\d+)")
START_TIMEOUT_SECONDS = 600  # generating 10,000 sellers x 730 days takes about a minute


class SandboxProcess:
    app_key = DEMO_APP_KEY
    app_secret = DEMO_APP_SECRET
    username = DEMO_USERNAME
    password = DEMO_PASSWORD

    def __init__(self, db: Path, sellers: int, days: int, seed: int, end_date: str,
                 *, rate_limit: int = 0) -> None:
        self.command = [
            sys.executable, "-m", "sandbox", "serve", "--db", str(db), "--sellers", str(sellers),
            "--days", str(days), "--seed", str(seed), "--end-date", end_date, "--port", "0",
            "--rate-limit", str(rate_limit),
        ]
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None
        self._drain: threading.Thread | None = None

    def start(self) -> SandboxProcess:
        self._process = subprocess.Popen(  # noqa: S603 - our interpreter, our module
            self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert self._process.stdout is not None
        said: list[str] = []
        timer = threading.Timer(START_TIMEOUT_SECONDS, self._process.kill)
        timer.start()
        try:
            for line in self._process.stdout:
                said.append(line)
                match = _URL.search(line)
                if match:
                    self.base_url = match.group(1)
                    break
        finally:
            timer.cancel()
        if not self.base_url:
            self.stop()
            raise RuntimeError("the sandbox did not start: " + "".join(said[-5:]).strip())
        # Keep draining its output so a chatty server never blocks on a full pipe.
        self._drain = threading.Thread(target=self._process.stdout.read, daemon=True)
        self._drain.start()
        return self

    def advance(self, days: int = 1) -> dict:
        response = requests.post(f"{self.base_url}/sandbox/v1/advance", json={"days": days},
                                 timeout=120)
        response.raise_for_status()
        return response.json()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._drain is not None:
            self._drain.join(timeout=10)  # the pipe ends with the process
            self._drain = None
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
