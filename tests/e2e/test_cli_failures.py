"""Each way sign-in or sync can fail: one clear line, the documented exit code, no traceback,
and the cached data untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import keyring.core
import pytest

from app.cli import main
from app.errors import EXIT_FAILED, EXIT_NEEDS_SIGN_IN, EXIT_USAGE
from tests.helpers.fixtures import make_sandbox

DATA_TABLES = ("sellers", "daily_metrics", "violations", "enrollments", "outreach", "programs",
               "program_criteria", "seller_summary")


def _login(home: Path, server: Any, monkeypatch: pytest.MonkeyPatch, *, secret: str | None = None,
           password: str | None = None, url: str | None = None) -> int:
    monkeypatch.setenv("SELLERDESK_APP_SECRET", secret or server.app_secret)
    monkeypatch.setenv("SELLERDESK_PASSWORD", password or server.password)
    return main(["--home", str(home), "login", "--api-url", url or server.base_url,
                 "--app-key", server.app_key, "--username", server.username])


def _one_clear_line(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
    return lines[0]


def _data_fingerprint(home: Path) -> str:
    import sqlite3

    cache = home / "profiles" / "default" / "cache.sqlite3"
    conn = sqlite3.connect(cache)
    digest = hashlib.sha256()
    for table in DATA_TABLES:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    for row in conn.execute("SELECT feed, cursor FROM sync_state ORDER BY feed"):
        digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


def _profile_files(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*")
                  if p.is_file() and "logs" not in p.parts)


def test_wrong_app_secret(home: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    with make_sandbox(sellers=3, days=5) as server:
        code = _login(home, server, monkeypatch, secret="not-the-secret")
    assert code == EXIT_FAILED
    _one_clear_line(capsys, "app secret")
    assert _profile_files(home) == []


def test_wrong_password(home: Path, monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    with make_sandbox(sellers=3, days=5) as server:
        code = _login(home, server, monkeypatch, password="wrong")
    assert code == EXIT_FAILED
    _one_clear_line(capsys, "username or password")
    assert _profile_files(home) == []


def test_plain_http_to_another_host(home: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    with make_sandbox(sellers=3, days=5) as server:
        code = _login(home, server, monkeypatch, url="http://partner.example.com")
    assert code == EXIT_USAGE
    _one_clear_line(capsys, "https://")
    assert _profile_files(home) == []


def test_no_keyring_backend(home: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with make_sandbox(sellers=3, days=5) as server:
        code = _login(home, server, monkeypatch)
        requests_served = server.store.state()
    assert code == EXIT_FAILED
    _one_clear_line(capsys, "keyring", "install")
    assert _profile_files(home) == []
    assert requests_served is not None


def test_a_keyring_backend_that_cannot_be_loaded(
        home: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.missing.Backend")
    # keyring reads the variable when it picks its backend: make it pick again.
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    with make_sandbox(sellers=3, days=5) as server:
        code = _login(home, server, monkeypatch)
    assert code == EXIT_FAILED
    _one_clear_line(capsys, "PYTHON_KEYRING_BACKEND", "keyrings.missing.Backend", "unset")
    assert _profile_files(home) == []


def test_revoked_refresh_token_and_unreachable_host(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with make_sandbox(sellers=6, days=20) as server:
        assert _login(home, server, monkeypatch) == 0
        assert main(["--home", str(home), "sync"]) == 0
        capsys.readouterr()
        before = _data_fingerprint(home)

        server.store.revoke_refresh_tokens()
        assert main(["--home", str(home), "sync"]) == EXIT_NEEDS_SIGN_IN
        _one_clear_line(capsys, "sign", "login")
        assert _data_fingerprint(home) == before

        assert _login(home, server, monkeypatch) == 0
        capsys.readouterr()
    # The platform is gone now: the next sync cannot reach it.
    assert main(["--home", str(home), "sync"]) == EXIT_FAILED
    _one_clear_line(capsys, "cannot reach", "offline")
    assert _data_fingerprint(home) == before


def test_sync_without_a_profile_asks_for_sign_in(home: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "sync"]) == EXIT_NEEDS_SIGN_IN
    _one_clear_line(capsys, "sellerdesk login")


def test_usage_errors_exit_2(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "export", "nonsense"]) == EXIT_USAGE
    assert "invalid choice" in capsys.readouterr().err
