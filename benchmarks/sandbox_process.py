"""The sandbox platform in a process of its own, so it never competes for our GIL."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

import requests

from tests.helpers.keyring_backends import FILE_ENV

_URL = re.compile(r"(http://127\.0\.0\.1:\d+)")


class SandboxProcess:
    def __init__(self, db: Path, sellers: int, days: int, seed: int, end_date: str) -> None:
        self.command = [
            sys.executable, "-m", "sandbox", "serve", "--db", str(db), "--sellers", str(sellers),
            "--days", str(days), "--seed", str(seed), "--end-date", end_date, "--port", "0",
            "--rate-limit", "0",
        ]
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> SandboxProcess:
        self._process = subprocess.Popen(self.command, stdout=subprocess.PIPE, text=True,
                                         env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert self._process.stdout is not None
        for line in self._process.stdout:
            match = _URL.search(line)
            if match:
                self.base_url = match.group(1)
                break
        if not self.base_url:
            raise RuntimeError("the sandbox did not start; see its output above")
        # Keep draining its output so a chatty server never blocks on a full pipe.
        threading.Thread(target=self._process.stdout.read, daemon=True).start()
        return self

    def advance(self, days: int = 1) -> dict:
        response = requests.post(f"{self.base_url}/sandbox/v1/advance", json={"days": days},
                                 timeout=120)
        response.raise_for_status()
        return response.json()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=30)


def child_env(keyring_file: Path) -> dict[str, str]:
    root = Path(__file__).resolve().parents[1]
    return {**os.environ, "PYTHONPATH": str(root), FILE_ENV: str(keyring_file),
            "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring"}
