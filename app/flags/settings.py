"""The rule editor's model: the packs in force and the user's overrides, saved as TOML in
the profile folder (written by overrides.write_overrides, read back with tomllib)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UsageError
from app.flags.overrides import (
    ALL_PACKS,
    KNOWN_RULES,
    Override,
    parse_overrides,
    write_overrides,
)

if TYPE_CHECKING:
    from app.flags.packset import PackSet
    from app.workspace import Workspace


@dataclass(frozen=True)
class RuleSetting:
    rule_id: str
    kind: str
    metric: str | None
    window_days: int | None
    levels: tuple[tuple[str, float], ...]  # (severity, threshold) in force after overrides
    default_levels: tuple[tuple[str, float], ...]
    min_volume: int | None
    enabled: bool
    overridden: bool
    pack_id: str
    marketplace: str
    region: str
    effective_from: str
    source: str
    titles: dict[str, str] = field(default_factory=dict, compare=False)

    def title(self, language: str) -> str:
        key = "zh_CN" if language.replace("-", "_").lower().startswith("zh") else "en"
        return self.titles.get(key) or self.titles.get("en") or self.rule_id


class RuleSettings:
    """The rule editor's model: the packs in force and the user's overrides."""

    def __init__(self, user_rules: Path) -> None:
        self._path = user_rules
        self._loaded: PackSet | None = None

    @property
    def _packs(self) -> PackSet:
        """Loaded at first use: the packs' validation (pydantic) stays out of start-up."""
        if self._loaded is None:
            from app.flags.packset import PackSet

            self._loaded = PackSet(self._path)
        return self._loaded

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> RuleSettings:
        from app.flags.service import user_rules_path

        return cls(user_rules_path(workspace))

    def rules(self) -> list[RuleSetting]:
        """Every rule of every pack: the fallback pack first, then the others by id."""
        packs = sorted(self._packs.packs.values(), key=lambda p: (not p.fallback, p.pack_id))
        out = []
        for pack in packs:
            shipped = self._packs.shipped[pack.pack_id]
            for rule_id in KNOWN_RULES:
                rule = pack.rules.get(rule_id)
                if rule is None:
                    continue
                default = shipped.rules[rule_id]
                levels = tuple((lv.severity, lv.value) for lv in rule.levels)
                defaults = tuple((lv.severity, lv.value) for lv in default.levels)
                out.append(RuleSetting(
                    rule_id, rule.kind, rule.metric, rule.window_days, levels, defaults,
                    None if rule.min_volume is None else int(rule.min_volume), rule.enabled,
                    levels != defaults or rule.enabled != default.enabled, pack.pack_id,
                    pack.marketplace, pack.region, pack.effective_from, rule.source,
                    {"en": rule.title.en, "zh_CN": rule.title.zh_CN}))
        return out

    def set_rule(self, rule_id: str, *, enabled: bool | None = None,
                 thresholds: dict[str, float] | None = None,
                 pack_id: str | None = None) -> None:
        """Saves a change; `pack_id` None: for every pack. Bad values raise UsageError and
        change nothing."""
        scope = pack_id or ALL_PACKS
        overrides = dict(self._packs.overrides)
        current = overrides.get((scope, rule_id), Override())
        merged = dict(current.thresholds) | {k: float(v) for k, v in (thresholds or {}).items()}
        overrides[(scope, rule_id)] = Override(
            current.enabled if enabled is None else enabled, tuple(sorted(merged.items())))
        self._save(overrides)

    def reset_rule(self, rule_id: str, pack_id: str | None = None) -> None:
        overrides = dict(self._packs.overrides)
        overrides.pop((pack_id or ALL_PACKS, rule_id), None)
        self._save(overrides)

    def load_problems(self) -> list[str]:
        return list(self._packs.problems)

    def _save(self, overrides: dict[tuple[str, str], Override]) -> None:
        """Written to a scratch file and checked like any user file before it replaces it."""
        self._path.parent.mkdir(parents=True, exist_ok=True)
        scratch = self._path.with_name(self._path.name + ".new")
        write_overrides(scratch, overrides)
        checked = parse_overrides(scratch, self._packs.shipped)
        if isinstance(checked, list):
            scratch.unlink(missing_ok=True)
            raise UsageError("; ".join(p.replace(scratch.name, self._path.name)
                                       for p in checked))
        for (scope, rule_id), override in checked.items():
            _check_order(self._packs, scope, rule_id, override)
        scratch.replace(self._path)
        self._loaded = type(self._packs)(self._path)  # read back (and kept as last good)


def _check_order(packs: PackSet, scope: str, rule_id: str, override: Override) -> None:
    """A worse severity's line must stay beyond a milder one's (4% high, 10% critical)."""
    for pack in packs.shipped.values():
        if scope not in (ALL_PACKS, pack.pack_id) or rule_id not in pack.rules:
            continue
        values = dict(override.thresholds)
        levels = [(lv.op, values.get(lv.severity, lv.value), lv.severity)
                  for lv in pack.rules[rule_id].levels]  # worst first
        for (op, worse, worse_name), (_, milder, milder_name) in itertools.pairwise(levels):
            wrong = worse < milder if op in (">", ">=") else worse > milder
            if wrong:
                raise UsageError(
                    f"{rule_id}: the {worse_name} line ({worse:g}) must be beyond the "
                    f"{milder_name} line ({milder:g}).")
