"""Rule packs: TOML files of thresholds, validated on load, chosen per seller.

A pack names its scope (marketplace, region, effective_from) and either carries every rule
(the fallback pack) or a `base` pack whose rules it overrides field by field. Problems are
reported as "file: rule id: field: what is wrong"; a pack with problems is not used.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

RULES_DIR = Path(__file__).resolve().parents[2] / "resources" / "rules"
RISK_SEVERITIES = ("critical", "high", "medium", "low")


class Level(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    severity: Literal["critical", "high", "medium", "low", "info"]
    op: Literal[">", ">=", "<", "<="]
    value: float


class Texts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: str = Field(min_length=1)
    zh_CN: str = Field(min_length=1)  # noqa: N815 - the locale's name, as in the files


class RulePatch(BaseModel):
    """A rule as a file gives it: every field optional, so a pack can override a few."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["risk", "opportunity"] | None = None
    metric: str | None = None
    window_days: int | None = Field(default=None, ge=1, le=730)
    min_volume: float | None = Field(default=None, ge=0)
    levels: tuple[Level, ...] | None = None
    enabled: bool | None = None
    source: str | None = Field(default=None, min_length=1)
    title: Texts | None = None
    message: Texts | None = None
    action: Texts | None = None
    unit: Texts | None = None
    # Rule-specific parameters.
    statuses: tuple[str, ...] | None = None
    visitors_z_below: float | None = None
    test_days: int | None = Field(default=None, ge=1, le=7)
    tolerance: float | None = Field(default=None, gt=0, lt=1)
    program: str | None = None
    visitors_below_quantile: float | None = Field(default=None, gt=0, lt=1)
    category_median_above: float | None = None
    tiers: tuple[str, ...] | None = None

    @field_validator("levels")
    @classmethod
    def _levels(cls, levels: tuple[Level, ...] | None) -> tuple[Level, ...] | None:
        if levels is not None:
            if not levels:
                raise ValueError("at least one level is needed")
            names = [level.severity for level in levels]
            if len(set(names)) != len(names):
                raise ValueError("a severity appears twice")
        return levels


REQUIRED = ("kind", "levels", "source", "title", "message")


@dataclass(frozen=True)
class Rule:
    """A rule in force: the base pack's fields with a pack's overrides applied."""

    rule_id: str
    kind: str
    metric: str | None
    window_days: int | None
    min_volume: float | None
    levels: tuple[Level, ...]
    enabled: bool
    source: str
    title: Texts
    message: Texts
    action: Texts | None
    unit: Texts | None
    params: dict[str, Any]

    def param(self, name: str, default: Any = None) -> Any:
        value = self.params.get(name)
        return default if value is None else value

    @property
    def severity(self) -> str:
        return self.levels[0].severity


class PackHeader(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    marketplace: str = Field(min_length=1)
    region: str = Field(min_length=1)
    effective_from: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str = Field(min_length=1)
    base: str | None = None
    fallback: bool = False


class HealthSection(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    weights: dict[Literal["fulfilment", "customer_experience", "compliance", "growth"],
                  float] = Field(default_factory=dict)

    @field_validator("weights")
    @classmethod
    def _weights(cls, weights: dict[str, float]) -> dict[str, float]:
        if any(w < 0 for w in weights.values()):
            raise ValueError("weights cannot be negative")
        if weights and not sum(weights.values()) > 0:
            raise ValueError("weights must add up to more than 0")
        return weights


@dataclass(frozen=True)
class Pack:
    pack_id: str
    marketplace: str
    region: str
    effective_from: str
    source: str
    fallback: bool
    rules: dict[str, Rule]
    health_weights: dict[str, float]
    path: Path


@dataclass
class RawPack:
    header: PackHeader
    patches: dict[str, RulePatch]
    weights: dict[str, float]
    path: Path


def _location(error: dict[str, Any]) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(file)"


def parse_pack(path: Path) -> RawPack | list[str]:
    """The file's header and rules, or its problems (each naming file, rule and field)."""
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        return [f"{name}: cannot be read: {error}"]
    except tomllib.TOMLDecodeError as error:
        return [f"{name}: not valid TOML: {error}"]
    problems: list[str] = []
    unknown = set(data) - {"pack", "health", "rules"}
    problems += [f"{name}: field {key}: unknown section" for key in sorted(unknown)]
    try:
        header = PackHeader.model_validate(data.get("pack", {}))
    except ValidationError as error:
        problems += [f"{name}: pack: field {_location(e)}: {e['msg']}" for e in error.errors()]
        header = None
    try:
        weights = HealthSection.model_validate(data.get("health", {})).weights
    except ValidationError as error:
        problems += [f"{name}: health: field {_location(e)}: {e['msg']}" for e in error.errors()]
        weights = {}
    patches: dict[str, RulePatch] = {}
    rules = data.get("rules", {})
    if not isinstance(rules, dict):
        return [*problems, f"{name}: field rules: must be a table of rules"]
    for rule_id, body in rules.items():
        try:
            patches[rule_id] = RulePatch.model_validate(body)
        except ValidationError as error:
            problems += [f"{name}: rule {rule_id}: field {_location(e)}: {e['msg']}"
                         for e in error.errors()]
    if problems or header is None:
        return problems
    return RawPack(header, patches, dict(weights), path)


def merge_rule(rule_id: str, patches: list[RulePatch], where: str) -> Rule | list[str]:
    """Patches applied in order (base first); the result must have every required field."""
    merged: dict[str, Any] = {}
    for patch in patches:
        merged.update({k: v for k, v in patch.model_dump(exclude_none=True).items()})
        # model_dump turns nested models into dicts; keep the models themselves.
        for key in ("levels", "title", "message", "action", "unit"):
            if getattr(patch, key) is not None:
                merged[key] = getattr(patch, key)
    missing = [key for key in REQUIRED if key not in merged]
    if missing:
        return [f"{where}: rule {rule_id}: field {key}: required" for key in missing]
    levels: tuple[Level, ...] = merged["levels"]
    if merged["kind"] == "risk" and any(lv.severity not in RISK_SEVERITIES for lv in levels):
        return [f"{where}: rule {rule_id}: field levels: a risk's severities are "
                f"{', '.join(RISK_SEVERITIES)}"]
    if merged["kind"] == "opportunity" and any(lv.severity != "info" for lv in levels):
        return [f"{where}: rule {rule_id}: field levels: an opportunity's severity is info"]
    ordered = tuple(sorted(levels, key=lambda lv: _RANK[lv.severity]))  # worst first
    known = {"kind", "metric", "window_days", "min_volume", "levels", "enabled", "source",
             "title", "message", "action", "unit"}
    return Rule(rule_id, merged["kind"], merged.get("metric"), merged.get("window_days"),
                merged.get("min_volume"), ordered, merged.get("enabled", True),
                merged["source"], merged["title"], merged["message"], merged.get("action"),
                merged.get("unit"), {k: v for k, v in merged.items() if k not in known})


_RANK = {name: rank for rank, name in
         enumerate(("critical", "high", "medium", "low", "info"))}
