"""The packs in force: shipped packs resolved against their bases, the user's overrides on
top, and the choice of pack for a seller by marketplace, region and date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from app.flags.pack import (
    RULES_DIR,
    Level,
    Pack,
    RawPack,
    Rule,
    merge_rule,
    parse_pack,
)

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


def load_shipped(directory: Path = RULES_DIR) -> tuple[dict[str, Pack], list[str]]:
    raws: dict[str, RawPack] = {}
    problems: list[str] = []
    for path in sorted(directory.glob("*.toml")):
        parsed = parse_pack(path)
        if isinstance(parsed, list):
            problems += parsed
        elif parsed.header.id in raws:
            problems.append(f"{path.name}: pack: field id: {parsed.header.id} is used twice")
        else:
            raws[parsed.header.id] = parsed
    packs: dict[str, Pack] = {}
    for pack_id, raw in raws.items():
        resolved = _resolve(raw, raws)
        if isinstance(resolved, list):
            problems += resolved
        else:
            packs[pack_id] = resolved
    if not any(p.fallback for p in packs.values()):
        problems.append(f"{directory.name}: no fallback pack (pack.fallback = true) loaded")
    return packs, problems


def _resolve(raw: RawPack, raws: dict[str, RawPack]) -> Pack | list[str]:
    chain = [raw]
    while chain[-1].header.base:
        base = raws.get(chain[-1].header.base)
        if base is None or base in chain:
            return [f"{chain[-1].path.name}: pack: field base: no pack "
                    f"{chain[-1].header.base} to build on"]
        chain.append(base)
    chain.reverse()  # base first
    name = raw.path.name
    unknown = [r for r in raw.patches if r not in KNOWN_RULES]
    if unknown:
        return [f"{name}: rule {r}: field id: unknown rule (known: {', '.join(KNOWN_RULES)})"
                for r in unknown]
    rules: dict[str, Rule] = {}
    problems: list[str] = []
    for rule_id in KNOWN_RULES:
        patches = [p.patches[rule_id] for p in chain if rule_id in p.patches]
        if not patches:
            continue
        merged = merge_rule(rule_id, patches, name)
        if isinstance(merged, list):
            problems += merged
        else:
            rules[rule_id] = merged
    if problems:
        return problems
    weights: dict[str, float] = {}
    for link in chain:
        weights.update(link.weights)
    header = raw.header
    return Pack(header.id, header.marketplace, header.region, header.effective_from,
                header.source, header.fallback, rules, weights, raw.path)


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


def apply_overrides(pack: Pack, overrides: dict[tuple[str, str], Override]) -> Pack:
    rules = dict(pack.rules)
    for rule_id in pack.rules:
        for scope in (ALL_PACKS, pack.pack_id):  # the pack's own override wins
            override = overrides.get((scope, rule_id))
            if override is None:
                continue
            values = dict(override.thresholds)
            levels = tuple(Level(severity=lv.severity, op=lv.op,
                                 value=values.get(lv.severity, lv.value))
                           for lv in rules[rule_id].levels)
            rules[rule_id] = dataclasses.replace(
                rules[rule_id], levels=levels, enabled=rules[rule_id].enabled
                if override.enabled is None else override.enabled)
    return dataclasses.replace(pack, rules=rules)


class PackSet:
    """Shipped packs plus the user's overrides; a bad user file leaves the last good one."""

    def __init__(self, user_file: Path | None = None, directory: Path = RULES_DIR) -> None:
        self.shipped, self.problems = load_shipped(directory)
        self.user_file = user_file
        self.overrides: dict[tuple[str, str], Override] = {}
        if user_file is not None and user_file.exists():
            self._load_user(user_file)
        self.packs = {pid: apply_overrides(p, self.overrides) for pid, p in self.shipped.items()}

    def _load_user(self, user_file: Path) -> None:
        good = last_good_path(user_file)
        parsed = parse_overrides(user_file, self.shipped)
        if isinstance(parsed, dict):
            self.overrides = parsed
            shutil.copyfile(user_file, good)
            return
        self.problems += parsed
        if good.exists():
            kept = parse_overrides(good, self.shipped)
            if isinstance(kept, dict):
                self.overrides = kept
                self.problems.append(f"{user_file.name}: the last good settings stay in force")

    @property
    def fallback(self) -> Pack:
        return next(p for p in self.packs.values() if p.fallback)

    def select(self, marketplace: str, region: str, on: dt.date) -> Pack:
        """The most specific pack for the scope in force on the date, else the fallback."""
        day = on.isoformat()
        matching = [p for p in self.packs.values() if p.marketplace == marketplace
                    and p.region in (region, ALL_PACKS) and p.effective_from <= day]
        if not matching:
            return self.fallback
        return max(matching, key=lambda p: (p.region == region, p.effective_from))


def last_good_path(user_file: Path) -> Path:
    return user_file.with_name(user_file.name + ".last-good")


