"""The sandbox in its own process (sandbox.process) and the environment of benchmark children."""

from __future__ import annotations

import os
from pathlib import Path

from sandbox.process import SandboxProcess
from tests.helpers.keyring_backends import FILE_ENV

__all__ = ["SandboxProcess", "child_env"]


def child_env(keyring_file: Path) -> dict[str, str]:
    root = Path(__file__).resolve().parents[1]
    return {**os.environ, "PYTHONPATH": str(root), FILE_ENV: str(keyring_file),
            "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring"}
