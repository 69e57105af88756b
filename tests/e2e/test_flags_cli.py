"""`sellerdesk flags` and `sellerdesk export flags` against a synced sandbox: the sync's hook
evaluated the rules, and the command line shows what the flags table holds."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.flags.service import FlagService
from app.sync.engine import SyncEngine
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES

EXPORT_COLUMNS = {"seller_id", "rule_id", "kind", "severity", "metric", "value", "threshold",
                  "window_days", "message", "first_seen", "status"}


@pytest.fixture
def synced(workspace: Workspace) -> Workspace:
    client = workspace.client(FAST_RETRIES)
    try:
        result = SyncEngine(client, workspace.engine).run()
    finally:
        client.close()
    assert result.flags is not None and result.flags.sellers > 0
    assert result.flags.raised == result.flags.open_risks + result.flags.open_opportunities
    return workspace


def _cli(home: Path, *args: str) -> int:
    return main(["--home", str(home), "--profile", "test", *args])


def test_flags_json_lists_the_open_flags(synced: Workspace, home: Path,
                                         capsysbinary: Any) -> None:
    assert _cli(home, "flags", "--format", "json") == 0
    listed = json.loads(capsysbinary.readouterr().out)
    stored = FlagService.for_workspace(synced).flags()
    assert len(listed) == len(stored) > 0
    assert set(listed[0]) >= EXPORT_COLUMNS
    assert [(f["seller_id"], f["rule_id"]) for f in listed] == \
        [(f.seller_id, f.rule_id) for f in stored]
    assert {f["status"] for f in listed} <= {"new", "acknowledged"}
    # Worst first: severities never get milder and then worse again.
    order = ("critical", "high", "medium", "low", "info")
    ranks = [order.index(f["severity"]) for f in listed]
    assert ranks == sorted(ranks)
    suspended = [f for f in listed if f["rule_id"] == "account_status"]
    assert all(f["severity"] == "critical" and f["message"].startswith("The account is")
               for f in suspended)


def test_flags_table_for_one_seller(synced: Workspace, home: Path, capsys: Any) -> None:
    seller = FlagService.for_workspace(synced).flags()[0].seller_id
    assert _cli(home, "flags", "--seller", seller) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["SELLER", "SEVERITY", "KIND", "RULE"]
    assert len(lines) - 1 == len(FlagService.for_workspace(synced).flags(seller_id=seller))
    assert all(line.startswith(seller) for line in lines[1:])



def test_flags_table_shows_rates_as_percentages(synced: Workspace, home: Path,
                                                capsys: Any) -> None:
    flag = next(f for f in FlagService.for_workspace(synced).flags()
                if (f.metric or "").endswith("_rate") and f.value is not None)
    assert _cli(home, "flags", "--seller", flag.seller_id) == 0
    row = next(line for line in capsys.readouterr().out.splitlines()[1:]
               if line.split()[3] == flag.rule_id)
    assert f"{flag.value * 100:.2f}%" in row.split()


def test_flags_for_an_unknown_seller_is_a_usage_error(synced: Workspace, home: Path,
                                                      capsys: Any) -> None:
    assert _cli(home, "flags", "--seller", "NOPE") == 2
    assert "No seller NOPE" in capsys.readouterr().err


def test_export_flags_csv_and_json_agree(synced: Workspace, home: Path, tmp_path: Path) -> None:
    service = FlagService.for_workspace(synced)
    first = service.flags()[0]
    assert service.dismiss([first.flag_id], "known, seller is on it") == 1
    csv_out, json_out = tmp_path / "flags.csv", tmp_path / "flags.json"
    assert _cli(home, "export", "flags", "--format", "csv", "--out", str(csv_out)) == 0
    assert _cli(home, "export", "flags", "--format", "json", "--out", str(json_out),
                "--language", "zh_CN") == 0
    with csv_out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    items = json.loads(json_out.read_text(encoding="utf-8"))
    assert set(rows[0]) >= EXPORT_COLUMNS
    assert len(rows) == len(items) == len(service.flags(statuses=None))
    dismissed = [r for r in rows if r["status"] == "dismissed"]
    assert [(r["seller_id"], r["rule_id"], r["dismissed_reason"]) for r in dismissed] == \
        [(first.seller_id, first.rule_id, "known, seller is on it")]
    assert [r["message"] for r in rows] != [i["message"] for i in items]  # Chinese in JSON
    assert any("\u4e00" <= ch <= "\u9fff" for i in items for ch in i["message"])


def test_export_flags_xlsx(synced: Workspace, home: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "flags.xlsx"
    assert _cli(home, "export", "flags", "--format", "xlsx", "--out", str(out)) == 0
    book = load_workbook(out, read_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()  # read-only books keep the file open until closed
    assert set(rows[0]) >= EXPORT_COLUMNS
    assert len(rows) - 1 == len(FlagService.for_workspace(synced).flags(statuses=None))


def test_a_bad_rules_file_never_fails_the_sync(workspace: Workspace, home: Path) -> None:
    from app.flags.service import RuleSettings, user_rules_path

    rules = user_rules_path(workspace)
    rules.parent.mkdir(parents=True, exist_ok=True)
    rules.write_text('[overrides."*".late_dispatch]\nthresholds = { high = "x" }\n',
                     encoding="utf-8")
    client = workspace.client(FAST_RETRIES)
    try:
        result = SyncEngine(client, workspace.engine).run()
    finally:
        client.close()
    assert result.flags is not None and result.flags.sellers > 0
    problems = RuleSettings.for_workspace(workspace).load_problems()
    assert problems == ["rules.toml: rule late_dispatch: field thresholds.high: must be a "
                        "number"]


def test_flags_before_any_sync_and_without_a_profile(workspace: Workspace, home: Path,
                                                     tmp_path: Path, capsys: Any) -> None:
    assert _cli(home, "flags") == 0
    captured = capsys.readouterr()
    assert captured.out == "No open flags.\n"
    assert "Evaluated 0 sellers" in captured.err
    empty = tmp_path / "elsewhere"
    empty.mkdir()
    assert main(["--home", str(empty), "flags"]) == 3  # needs sign-in
    assert "sign in first" in capsys.readouterr().err
