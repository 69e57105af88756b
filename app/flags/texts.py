"""Flag texts in the user's language: the packs' templates filled in, and the distance to
the line in events ("2 more late dispatches in this window crosses 4%")."""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any

from app.flags.common import COMPARE, SEVERITY_RANK, number, percent
from app.flags.vocabulary import in_language

if TYPE_CHECKING:
    from app.flags.pack import Rule, Texts

LANGUAGES = ("en", "zh_CN")

_PHRASES = {
    "en": {
        "cross": "{k} more {unit} in this window crosses {line}",
        "clear": "{k} fewer {unit} in this window would bring it back within {line}",
        "above": "{label} {value}: {diff} above the {line} line",
        "below": "{label} {value}: {diff} below the {line} line",
        "then": "; ",
    },
    "zh_CN": {
        "cross": "本窗口内再多 {k} {unit}将超过 {line}",
        "clear": "本窗口内减少 {k} {unit}即可回到 {line} 以内",
        "above": "{label} {value}：高于 {line} 线 {diff}",
        "below": "{label} {value}：低于 {line} 线 {diff}",
        "then": "；",
    },
}
_UNITS_FALLBACK = {"en": "events", "zh_CN": "次"}


def language_of(language: str) -> str:
    return "zh_CN" if language.replace("-", "_").lower().startswith("zh") else "en"


@functools.lru_cache(maxsize=1)
def _shipped_rules() -> dict[str, dict[str, Rule]]:
    # The packs (and their validation, pydantic) load with the first text shown, not with
    # the import: the window imports this module at start-up.
    from app.flags.packset import load_shipped

    packs, _ = load_shipped()
    return {pack_id: pack.rules for pack_id, pack in packs.items()}


def template_rule(pack_id: str | None, rule_id: str) -> Rule | None:
    """The shipped rule a flag was raised under (texts do not change with overrides)."""
    base = rule_id.split(":", 1)[0]
    rules = _shipped_rules()
    found = rules.get(pack_id or "", {}).get(base)
    if found is None:
        found = next((r[base] for r in rules.values() if base in r), None)
    return found


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "-"


def fill(texts: Texts | None, language: str, args: dict[str, Any]) -> str | None:
    if texts is None:
        return None
    language = language_of(language)
    template = getattr(texts, language)
    shown = in_language({k: v for k, v in args.items() if k != "distance"}, language)
    return template.format_map(_Blank(shown))


def steps_to_flip(n: int, d: int, op: str, line: float, *, in_den: bool, towards: int
                  ) -> int | None:
    """Fewest events (towards=+1: more bad ones; -1: fewer) after which `n/d op line`
    changes its truth; events count in the denominator too when `in_den`. None: never."""
    holds = COMPARE[op]
    start = d > 0 and holds(n / d, line)
    denominator_step = towards if in_den else 0
    # The closed form lands within one step of the answer; walk the rest.
    if towards > 0:
        raw = (line * d - n) / (1 - line) if in_den and line < 1 else line * d - n
    else:
        raw = (n - line * d) / (1 - line) if in_den and line < 1 else n - line * d
    k = max(1, math.floor(raw) if math.isfinite(raw) else 1)
    k = max(1, k - 1)
    for _ in range(4 + n + d if d < 10_000 else 10_000):
        num, den = n + towards * k, d + denominator_step * k
        if num < 0 or den <= 0:
            return None
        if holds(num / den, line) != start:
            return k
        k += 1
    return None


def distance(rule: Rule | None, severity: str, value: float | None, threshold: float | None,
             args: dict[str, Any], language: str) -> str | None:
    info = args.get("distance")
    if rule is None or not info or value is None or threshold is None:
        return None
    from app.flags.pack import Level  # loaded with the rule passed in: no cost here

    lang = language_of(language)
    phrases = _PHRASES[lang]
    # The lines the flag was judged by (user overrides included), else the pack's.
    levels = [Level(severity=sev, op=op, value=value)
              for sev, op, value in info.get("levels", ())] or list(rule.levels)
    mildest = levels[-1]
    if info.get("type") == "ratio":
        unit = fill(rule.unit, lang, {}) or _UNITS_FALLBACK[lang]
        n, d = int(info["num"]), int(info["den"])
        lower_worse = bool(info.get("lower_worse"))
        # Lower-is-worse rates count good events: fewer failures means more good ones.
        clear = steps_to_flip(n, d, mildest.op, mildest.value, in_den=bool(info.get("in_den")),
                              towards=1 if lower_worse else -1)
        parts = []
        current = next((lv for lv in levels if lv.severity == severity), None)
        if current is not None and current is not mildest:  # out of this severity first
            out_of = steps_to_flip(n, d, current.op, current.value,
                                   in_den=bool(info.get("in_den")),
                                   towards=1 if lower_worse else -1)
            if out_of is not None:
                parts.append(phrases["clear"].format(k=out_of, unit=unit,
                                                     line=percent(current.value, 2)))
        if clear is not None:
            parts.append(phrases["clear"].format(k=clear, unit=unit,
                                                 line=percent(mildest.value, 2)))
        worse = [lv for lv in levels if _rank(lv.severity) < _rank(severity)]
        if worse:
            nxt = worse[-1]
            more = steps_to_flip(n, d, nxt.op, nxt.value, in_den=bool(info.get("in_den")),
                                 towards=-1 if lower_worse else 1)
            if more is not None:
                parts.append(phrases["cross"].format(k=more, unit=unit,
                                                     line=percent(nxt.value, 2)))
        return phrases["then"].join(parts) or None
    if info.get("type") == "value":
        label = fill(rule.title, lang, {}) or rule.rule_id
        diff = abs(value - threshold)
        key = "above" if value >= threshold else "below"
        return phrases[key].format(label=label, value=number(value), diff=number(diff),
                                   line=number(threshold))
    return None


def _rank(severity: str) -> int:
    return SEVERITY_RANK[severity]
