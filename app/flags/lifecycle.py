"""A new verdict merged with the stored flags: what is raised, kept, resolved, reopened.

- new condition: a flag with status new (event "raised");
- condition holds again after being resolved: status new again (event "reopened");
- dismissed: stays dismissed unless the severity is worse by a level than when dismissed
  (then new, event "reopened" with a note);
- snoozed: back to the open status it had once the snooze date is reached ("unsnoozed");
- condition gone: resolved (event "resolved"); a dismissed flag stays dismissed, inactive.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from app.flags.candidates import Candidate
from app.flags.common import SEVERITY_RANK


@dataclass
class Changes:
    inserts: list[tuple[Any, ...]] = field(default_factory=list)  # flag_repo.WRITE_FIELDS
    verdicts: list[tuple[Any, ...]] = field(default_factory=list)  # flag_repo.VERDICT_FIELDS
    refreshes: list[tuple[Any, ...]] = field(default_factory=list)  # flag_repo.REFRESH_FIELDS
    clears: list[tuple[Any, ...]] = field(default_factory=list)  # flag_repo.CLEAR_FIELDS
    events: list[tuple[Any, ...]] = field(default_factory=list)  # flag_repo.EVENT_FIELDS
    raised: int = 0
    resolved: int = 0
    reopened: int = 0


_OPEN = ("new", "acknowledged")


def _json(value: dict[str, Any]) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_SERIALIZE_NUMPY
                        ).decode()


def merge(states: Iterable[tuple[Any, ...]], candidates: Iterable[Candidate], *,
          today: str, now: str, next_id: int) -> Changes:
    """`states` in flag_repo.STATE_FIELDS order; `today` the evaluation's date."""
    stored = {(s[1], s[2]): s for s in states}  # what is left at the end was not found
    changes = Changes()
    shared: dict[int, str] = {}  # args dicts candidates share are encoded once
    for c in candidates:
        evidence = c.evidence_json or _json(c.evidence)
        args = shared.get(id(c.message_args))
        if args is None:
            args = shared[id(c.message_args)] = _json(c.message_args)
        signature = zlib.crc32(args.encode(), zlib.crc32(evidence.encode()))
        state = stored.pop((c.seller_id, c.rule_id), None)
        if state is not None and state[3] in _OPEN and state[5] and state[4] == c.severity \
                and state[9] == c.value and state[10] == c.threshold \
                and state[11] == signature and state[12] == today:
            continue  # open, and nothing new since the last evaluation today
        if state is None:
            changes.inserts.append((
                next_id, c.seller_id, c.rule_id, c.kind, c.severity, c.metric, c.value,
                c.threshold, c.window_days, evidence, args, signature, c.value_at_stake,
                c.pack_id,
                "new", True, today, today, None, None, None, None, None, now))
            changes.events.append((next_id, now, "raised", "new", c.severity, c.value, None))
            changes.raised += 1
            next_id += 1
            continue
        _verdict(changes, state, c, (evidence, args, signature), today, now)
    for state in stored.values():
        if state[5]:
            _clear(changes, state, today, now)
    return changes


def _verdict(changes: Changes, state: tuple[Any, ...], c: Candidate,
             encoded: tuple[str, str, int], today: str, now: str) -> None:
    (flag_id, _, _, status, severity, active, snoozed_until, dismissed_severity,
     before_snooze, value, threshold, old_signature, last_seen, _stake, pack_id,
     window_days) = state
    evidence, args, signature = encoded
    event, note, clear_dismissal = None, None, False
    if status == "resolved":
        status, event = "new", "reopened"
    elif status == "dismissed" and dismissed_severity is not None and \
            SEVERITY_RANK[c.severity] < SEVERITY_RANK[dismissed_severity]:
        status, event, clear_dismissal = "new", "reopened", True
        note = f"worsened from {dismissed_severity} to {c.severity}"
    elif status == "snoozed" and (snoozed_until is None or snoozed_until <= today):
        status, event = before_snooze or "new", "unsnoozed"
    elif severity != c.severity and status != "dismissed":
        worse = SEVERITY_RANK[c.severity] < SEVERITY_RANK[severity]
        event, note = ("worsened" if worse else "improved"), f"{severity} to {c.severity}"
    if (event is None and active and severity == c.severity and value == c.value
            and threshold == c.threshold and old_signature == signature
            and last_seen == today):
        return  # nothing new: no write
    if event is None and active and severity == c.severity and pack_id == c.pack_id \
            and window_days == c.window_days:
        changes.refreshes.append((c.value, c.threshold, evidence, args, signature,
                                  c.value_at_stake, today, now, flag_id))
        return  # the same verdict with new numbers
    if event == "reopened":
        changes.reopened += 1
    if event is not None:
        changes.events.append((flag_id, now, event, status, c.severity, c.value, note))
    snoozed = status == "snoozed"
    changes.verdicts.append((
        c.kind, c.severity, c.metric, c.value, c.threshold, c.window_days, evidence, args,
        signature, c.value_at_stake, c.pack_id, status, today, snoozed_until if snoozed else None,
        before_snooze if snoozed else None, clear_dismissal,
        dismissed_severity if status == "dismissed" else None, now, flag_id))


def _clear(changes: Changes, state: tuple[Any, ...], today: str, now: str) -> None:
    """The condition is gone: resolved, except a dismissed flag, which stays dismissed."""
    flag_id, status, severity, value = state[0], state[3], state[4], state[9]
    new_status = "dismissed" if status == "dismissed" else "resolved"
    if new_status == "resolved":
        changes.events.append((flag_id, now, "resolved", "resolved", severity, value,
                               "the condition cleared"))
        changes.resolved += 1
    changes.clears.append((new_status, today if new_status == "resolved" else None, now,
                           flag_id))
