"""The house rules a parser can check: the core never imports Qt; the UI never does SQL/HTTP."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", ["app", "db"])
def test_core_never_imports_qt(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in _imports(path) if n.startswith(QT_MODULES))
        for path in _python_files(package)
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert _python_files(package), f"{package}/ has no Python files to check"


def test_ui_never_does_sql_or_http() -> None:
    forbidden = ("sqlite3", "sqlalchemy", "requests", "urllib3", "http.client")
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in _imports(path) if n.startswith(forbidden))
        for path in _python_files("ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_nothing_reads_the_shared_design_folder() -> None:
    hits = [
        str(path.relative_to(ROOT))
        for package in ("app", "db", "ui", "sandbox", "benchmarks", "tests")
        for path in _python_files(package)
        if "/".join(("..", "shared")) in path.read_text(encoding="utf-8")
        and path.name != "test_boundaries.py"
    ]
    assert hits == []


def _calls_date_today(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "today" and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "date"):
            return True
    return False


def test_screens_take_the_calendar_day_from_the_context() -> None:
    """`ctx.today()` is the user's day, one for the whole window and pinned by the tests; a
    screen calling `date.today()` itself could disagree with it across midnight."""
    assert [str(p.relative_to(ROOT)) for p in _python_files("ui") if _calls_date_today(p)] == []
    assert _calls_date_today(ROOT / "app" / "flags" / "service.py"), "the check finds calls"
