"""The window imports the flags service at start-up: that import must not pull in the
rule engine's heavy libraries (numpy, pydantic, matplotlib), which load with the first
evaluation or text instead. Checked in a fresh interpreter, where nothing else loaded them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("pydantic", "numpy", "matplotlib")
PUBLIC = ("FlagItem", "FlagEventItem", "HealthView", "MetricSeries", "EvaluationSummary",
          "FlagService", "RuleSetting", "RuleSettings", "SEVERITY_ORDER", "OPEN_STATUSES",
          "PROGRAM_RULE_FAMILIES", "USER_RULES_FILE", "user_rules_path", "user_rules_beside")


def _loaded_after(code: str) -> dict[str, object]:
    script = (f"{code}\nimport json, sys\n"
              f"print(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_service_loads_no_heavy_library() -> None:
    names = ", ".join(PUBLIC)
    loaded = _loaded_after(f"import app.flags.service\nfrom app.flags.service import {names}")
    assert loaded == dict.fromkeys(HEAVY, False)


def test_the_rule_editor_model_and_texts_import_light_too(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    loaded = _loaded_after(
        "import pathlib\nimport app.flags.settings, app.flags.texts\n"
        f"app.flags.settings.RuleSettings(pathlib.Path({str(rules)!r}))")
    assert loaded == dict.fromkeys(HEAVY, False)


def test_the_heavy_parts_load_when_used(tmp_path: Path) -> None:
    """The check above is not vacuous: the same interpreter does load them on use."""
    rules = tmp_path / "rules.toml"
    loaded = _loaded_after(
        "import pathlib\nfrom app.flags.service import RuleSettings\n"
        f"assert RuleSettings(pathlib.Path({str(rules)!r})).rules()\n"
        "import app.flags.evaluate")
    assert loaded["pydantic"] and loaded["numpy"]


def test_the_window_modules_import_without_numpy_or_matplotlib() -> None:
    """Everything the window imports before it is shown: numpy and matplotlib come with the
    first chart (or the background warm-up), not with the first paint."""
    loaded = _loaded_after("import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
                           "import ui.app, ui.shell, ui.main_window")
    assert not loaded["numpy"] and not loaded["matplotlib"]
