"""CSV and Excel exports carry the same items as JSON, with dotted columns for nested fields."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.sync.engine import SyncEngine
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES
from tests.helpers.truth import sandbox_truth


def _synced(workspace: Workspace) -> None:
    client = workspace.client(FAST_RETRIES)
    try:
        SyncEngine(client, workspace.engine).run()
    finally:
        client.close()


def _unflatten(row: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for column, value in row.items():
        head, _, tail = column.partition(".")
        if tail:
            item.setdefault(head, {})[tail] = value
        else:
            item[column] = value
    return item


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def test_csv_sellers_flatten_contact_and_health(workspace: Workspace, sandbox: Any, home: Path,
                                                tmp_path: Path) -> None:
    _synced(workspace)
    out = tmp_path / "sellers.csv"
    assert main(["--home", str(home), "--profile", "test", "export", "sellers",
                 "--format", "csv", "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert "contact.name" in rows[0] and "health.sps" in rows[0]
    truth = sandbox_truth(sandbox.db_path)["sellers"]
    assert len(rows) == len(truth)
    for row in rows:
        item = _unflatten(row)
        expected = truth[(item["seller_id"],)]
        for field, value in item.items():
            if isinstance(value, dict):
                for sub, text in value.items():
                    assert text == _text(expected[field][sub]), (field, sub)
            else:
                assert value == _text(expected[field]), field


def test_csv_and_xlsx_metrics_money_is_exact(workspace: Workspace, sandbox: Any, home: Path,
                                             tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _synced(workspace)
    truth = sandbox_truth(sandbox.db_path)["metrics"]
    csv_out, xlsx_out = tmp_path / "m.csv", tmp_path / "m.xlsx"
    base = ["--home", str(home), "--profile", "test", "export", "metrics"]
    assert main([*base, "--format", "csv", "--out", str(csv_out)]) == 0
    assert main([*base, "--format", "xlsx", "--out", str(xlsx_out)]) == 0
    with csv_out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    book = load_workbook(xlsx_out, read_only=True)
    try:
        header, *cells = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    assert list(header) == list(rows[0])
    assert len(rows) == len(cells) == len(truth)
    for row, cell_row in zip(rows, cells, strict=True):
        expected = truth[(row["seller_id"], row["date"])]
        assert Decimal(row["gmv"]) == Decimal(expected["gmv"])
        assert int(row["orders"]) == expected["orders"]
        by_name = dict(zip(header, cell_row, strict=True))
        assert Decimal(str(by_name["gmv"])) == Decimal(expected["gmv"])
        assert by_name["late_dispatched_orders"] == expected["late_dispatched_orders"]


def test_json_to_stdout(workspace: Workspace, home: Path,
                        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    _synced(workspace)
    assert main(["--home", str(home), "--profile", "test", "export", "programs",
                 "--format", "json"]) == 0
    programs = json.loads(capsysbinary.readouterr().out)
    assert programs and all(isinstance(p["criteria"], list) for p in programs)


def test_xlsx_needs_a_file(workspace: Workspace, home: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--home", str(home), "--profile", "test", "export", "sellers",
                 "--format", "xlsx"]) == 2
    assert "--out" in capsys.readouterr().err


def test_a_reader_that_stops_early_is_not_an_error(workspace: Workspace, home: Path) -> None:
    _synced(workspace)
    root = Path(__file__).resolve().parents[2]
    export = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--home", str(home), "export", "metrics",
         "--format", "csv"],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert export.stdout is not None and export.stderr is not None
    header = export.stdout.readline()
    export.stdout.close()  # as `| head -1` does
    code = export.wait(timeout=60)
    with export.stderr:
        errors = export.stderr.read()
    assert header.startswith(b"seller_id,date,")
    assert (code, errors) == (0, b"")
