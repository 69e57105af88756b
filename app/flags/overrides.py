"""The user's rule settings file (`rules.toml`): read, checked against the packs, written.

Plain Python and tomllib only, so the rule editor's model imports without the pack
validation (pydantic) behind the shipped packs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.flags.pack import Pack

KNOWN_RULES = (
    "late_dispatch", "cancellation", "on_time_delivery", "negative_reviews", "returns",
    "im_response", "violation_points", "counterfeit_ip", "sps_low", "ahr_low",
    "account_status", "order_spike", "gmv_drop", "program_eligible", "program_near",
    "fast_grower", "ads_candidate", "content_gap", "relationship_gap", "dormant",
)
ALL_PACKS = "*"


@dataclass(frozen=True)
class Override:
    enabled: bool | None = None
    thresholds: tuple[tuple[str, float], ...] = ()


def parse_overrides(path: Path, packs: dict[str, Pack]
                    ) -> dict[tuple[str, str], Override] | list[str]:
    """The user's file: `[overrides."<pack id or *>".<rule id>]` with enabled/thresholds."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        return [f"{name}: cannot be read: {error}"]
    except tomllib.TOMLDecodeError as error:
        return [f"{name}: not valid TOML: {error}"]
    problems = [f"{name}: field {k}: unknown section" for k in data if k != "overrides"]
    result: dict[tuple[str, str], Override] = {}
    for pack_id, rules in dict(data.get("overrides", {})).items():
        if pack_id != ALL_PACKS and pack_id not in packs:
            problems.append(f"{name}: pack {pack_id}: field overrides: no such pack")
            continue
        if not isinstance(rules, dict):
            problems.append(f"{name}: pack {pack_id}: field overrides: must be a table")
            continue
        for rule_id, body in rules.items():
            checked = _check_override(name, pack_id, rule_id, body, packs)
            if isinstance(checked, list):
                problems += checked
            else:
                result[(pack_id, rule_id)] = checked
    return problems or result


def _check_override(name: str, pack_id: str, rule_id: str, body: object,
                    packs: dict[str, Pack]) -> Override | list[str]:
    where = f"{name}: rule {rule_id}"
    if rule_id not in KNOWN_RULES:
        return [f"{where}: field id: unknown rule"]
    if not isinstance(body, dict):
        return [f"{where}: field {rule_id}: must be a table"]
    problems = [f"{where}: field {k}: unknown field" for k in body
                if k not in ("enabled", "thresholds")]
    enabled = body.get("enabled")
    if enabled is not None and not isinstance(enabled, bool):
        problems.append(f"{where}: field enabled: must be true or false")
    thresholds = body.get("thresholds", {})
    if not isinstance(thresholds, dict):
        return [*problems, f"{where}: field thresholds: must be a table severity = number"]
    in_scope = [p for p in packs.values() if pack_id in (ALL_PACKS, p.pack_id)
                and rule_id in p.rules]
    for severity, value in thresholds.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(f"{where}: field thresholds.{severity}: must be a number")
        elif not all(any(lv.severity == severity for lv in p.rules[rule_id].levels)
                     for p in in_scope):
            problems.append(f"{where}: field thresholds.{severity}: the rule has no "
                            f"{severity} level")
    if problems:
        return problems
    return Override(enabled, tuple(sorted((k, float(v)) for k, v in thresholds.items())))


def write_overrides(path: Path, overrides: dict[tuple[str, str], Override]) -> None:
    """A tiny TOML writer for the only shapes the user file has."""
    lines = ["# SellerDesk rule settings: your changes to the shipped rule packs.", ""]
    for (pack_id, rule_id), override in sorted(overrides.items()):
        if override.enabled is None and not override.thresholds:
            continue
        lines.append(f'[overrides."{pack_id}".{rule_id}]')
        if override.enabled is not None:
            lines.append(f"enabled = {'true' if override.enabled else 'false'}")
        if override.thresholds:
            pairs = ", ".join(f"{k} = {v!r}" for k, v in override.thresholds)
            lines.append(f"thresholds = {{ {pairs} }}")
        lines.append("")
    scratch = path.with_suffix(".tmp")
    scratch.write_text("\n".join(lines), encoding="utf-8")
    scratch.replace(path)


def last_good_path(user_file: Path) -> Path:
    return user_file.with_name(user_file.name + ".last-good")
