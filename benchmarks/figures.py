"""A measured figure, its goal, and how it is printed and saved."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    limit: float | None = None   # the bare-floor figure measured in the same run
    ratio: float | None = None   # value against limit, oriented so that higher is better
    goal: str = ""               # e.g. ">= 0.7 of limit", "< 2 s"
    ok: bool | None = None


def table(figures: list[Figure]) -> str:
    lines = [f"{'figure':<38} {'value':>14} {'limit':>14} {'ratio':>7}  goal"]
    for f in figures:
        limit = f"{f.limit:,.1f}" if f.limit is not None else ""
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else ""
        verdict = "" if f.ok is None else ("ok" if f.ok else "MISSED")
        lines.append(f"{f.name:<38} {f.value:>10,.2f} {f.unit:<3} {limit:>14} {ratio:>7}  "
                     f"{f.goal} {verdict}")
    return "\n".join(lines)


def write_json(figures: list[Figure], path: Path) -> None:
    path.write_text(json.dumps([asdict(f) for f in figures], indent=2), encoding="utf-8")


def write_markdown(figures: list[Figure], path: Path, context: str) -> None:
    rows = ["| figure | value | limit | ratio | goal | ok |", "|---|---:|---:|---:|---|---|"]
    for f in figures:
        rows.append(
            f"| {f.name} | {f.value:,.2f} {f.unit} | "
            f"{'' if f.limit is None else f'{f.limit:,.1f}'} | "
            f"{'' if f.ratio is None else f'{f.ratio:.2f}'} | {f.goal} | "
            f"{'' if f.ok is None else ('yes' if f.ok else 'no')} |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# Benchmark report\n\n{context}\n\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
