"""`sellerdesk outreach add|push` and `sellerdesk export outreach`: the documented exit codes,
one clear line per failure, and nothing logged is ever lost."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import EXIT_FAILED, EXIT_NEEDS_SIGN_IN, EXIT_PARTIAL, EXIT_USAGE
from tests.e2e.outreach_helpers import server_rows
from tests.helpers.fixtures import make_sandbox


def _cli(home: Path, *argv: str) -> int:
    return main(["--home", str(home), *argv])


def _signed_in_and_synced(home: Path, server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SELLERDESK_APP_SECRET", server.app_secret)
    monkeypatch.setenv("SELLERDESK_PASSWORD", server.password)
    assert _cli(home, "login", "--api-url", server.base_url, "--app-key", server.app_key,
                "--username", server.username) == 0
    assert _cli(home, "sync") == 0


def _add(home: Path, *extra: str, seller: str = "S000001") -> int:
    return _cli(home, "outreach", "add", "--seller", seller, "--channel", "call",
                "--outcome", "interested", "--occurred-at", "2026-11-19T08:00:00Z", *extra)


def _outreach_csv(home: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    capsys.readouterr()
    assert _cli(home, "export", "outreach", "--format", "csv") == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_add_validates_saves_offline_and_push_reports_refusals(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with make_sandbox() as server:
        _signed_in_and_synced(home, server, monkeypatch)
        capsys.readouterr()
        for extra, seller, words in (
            ((), "S999999", "unknown seller 's999999'"),
            (("--follow-up", "next week"), "S000001", "not a date"),
            (("--occurred-at", "yesterday"), "S000001", "not an iso date"),
            (("--program", "no_such_program"), "S000001", "unknown program"),
        ):
            assert _add(home, *extra, seller=seller) == EXIT_USAGE
            err = capsys.readouterr().err
            assert words in err.lower() and "Traceback" not in err
        assert _cli(home, "outreach", "add", "--seller", "S000001", "--channel", "fax",
                    "--outcome", "connected") == EXIT_USAGE
        assert "unknown channel 'fax'" in capsys.readouterr().err.lower()

        assert _add(home, "--summary", "pitched flash sale", "--follow-up", "2026-11-26",
                    "--program", "flash_sale") == 0
        kept = capsys.readouterr().out.strip()
        assert _add(home, "--summary", "y" * 501) == 0
        refused = capsys.readouterr().out.strip()
        pending = {row["client_id"]: row for row in _outreach_csv(home, capsys)}
        assert pending[kept]["outbox_state"] == "pending"
        assert pending[kept]["follow_up_on"] == "2026-11-26"

        assert _cli(home, "outreach", "push") == EXIT_PARTIAL
        err = capsys.readouterr().err
        assert "Sent 1; rejected 1" in err
        assert f"rejected (42201): {refused} seller S000001: summary" in err
        on_server = server_rows(server, "SELECT client_id FROM outreach WHERE client_id IN "
                                        "(?, ?)", (kept, refused))
        assert on_server == [(kept,)]
        exported = {row["client_id"]: row for row in _outreach_csv(home, capsys)}
        assert exported[kept]["outbox_state"] == "" and exported[kept]["activity_id"]
        assert exported[refused]["outbox_state"] == "rejected"
        assert "500" in exported[refused]["outbox_error"]
        # Still refused on the next push: the user has to correct it.
        assert _cli(home, "outreach", "push") == EXIT_PARTIAL


def test_push_while_the_platform_is_down_keeps_everything(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with make_sandbox() as server:
        _signed_in_and_synced(home, server, monkeypatch)
    assert _add(home) == 0 and _add(home) == 0
    capsys.readouterr()
    assert _cli(home, "outreach", "push") == EXIT_FAILED
    err = capsys.readouterr().err
    assert "cannot reach the platform" in err.lower() and "2 changes stay in the outbox" in err
    assert [row["outbox_state"] for row in _outreach_csv(home, capsys)
            if row["outbox_state"]] == ["pending", "pending"]


def test_push_with_a_revoked_sign_in_needs_sign_in(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with make_sandbox() as server:
        _signed_in_and_synced(home, server, monkeypatch)
        assert _add(home) == 0
        server.store.revoke_refresh_tokens()
        capsys.readouterr()
        assert _cli(home, "outreach", "push") == EXIT_NEEDS_SIGN_IN
        assert "sellerdesk login" in capsys.readouterr().err
        assert [row["outbox_state"] for row in _outreach_csv(home, capsys)
                if row["outbox_state"]] == ["pending"]
