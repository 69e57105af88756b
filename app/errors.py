"""Errors of the world, apart from bugs.

A `KnownError` is something the user can act on (wrong password, disk full, host
unreachable): it carries a one-line message and the command line's exit code. Anything
else is a bug and is logged with its traceback.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NEEDS_SIGN_IN = 3
EXIT_PARTIAL = 4


class KnownError(Exception):
    exit_code = EXIT_FAILED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(KnownError):
    exit_code = EXIT_USAGE


class NeedsSignIn(KnownError):
    exit_code = EXIT_NEEDS_SIGN_IN


class CacheError(KnownError):
    """The local database cannot be used: disk full, locked by another program, corrupt."""


class SecretStoreUnavailable(KnownError):
    """No usable keyring backend on this machine."""


class Cancelled(Exception):
    """The user cancelled a long operation; everything committed so far is kept."""
