"""The packs in force: shipped packs resolved against their bases, the user's overrides on
top, and the choice of pack for a seller by marketplace, region and date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

from app.flags.overrides import (
    ALL_PACKS,
    KNOWN_RULES,
    Override,
    last_good_path,
    parse_overrides,
)
from app.flags.pack import (
    RULES_DIR,
    Level,
    Pack,
    RawPack,
    Rule,
    merge_rule,
    parse_pack,
)

LAST_GOOD_DIR = "rules-last-good"


def load_shipped(directory: Path = RULES_DIR, keep: Path | None = None
                 ) -> tuple[dict[str, Pack], list[str]]:
    """The packs in `directory`. With `keep`, a folder of the last copies that loaded
    cleanly: a pack file with problems is replaced by its last good copy, so a broken edit
    leaves the previous thresholds in force (and its problems are still reported)."""
    packs, problems = _load_directory(directory)
    if keep is None:
        return packs, problems
    if not problems:
        _keep_copies(directory, keep)
        return packs, problems
    broken = {problem.split(":", 1)[0] for problem in problems}
    kept, _ = _load_directory(keep) if keep.is_dir() else ({}, [])
    for pack_id, pack in kept.items():
        name = pack.path.name
        if name in broken or pack_id not in packs:
            packs[pack_id] = pack
            problems.append(f"{name}: the last good copy stays in force")
    return packs, problems


def _keep_copies(directory: Path, keep: Path) -> None:
    keep.mkdir(parents=True, exist_ok=True)
    for path in directory.glob("*.toml"):
        copy = keep / path.name
        if not copy.exists() or copy.read_bytes() != path.read_bytes():
            shutil.copyfile(path, copy)


def _load_directory(directory: Path) -> tuple[dict[str, Pack], list[str]]:
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
        keep = user_file.parent / LAST_GOOD_DIR if user_file is not None else None
        self.shipped, self.problems = load_shipped(directory, keep)
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
