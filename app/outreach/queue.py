"""How a local change to an entry becomes (or joins) the request waiting in the outbox.

Idempotency keys: the platform replays a key's first answer, and refuses the key with any
other body (42202). So a key is generated once per request body and stored with that body
(`outbox_request`) before the first attempt; every retry sends the stored body verbatim.

An entry's pending request is either never sent (`outbox_attempts == 0`, or refused, whose
key is spent on the refusal) or possibly at the platform already (attempts > 0: a request
went out and no answer was stored, e.g. the process died or the network dropped mid-call).
- Never sent: a new change folds into the request (an edit of a pending create changes
  the create's body), and the request gets a new key, since the body changed.
- Possibly sent: the request and its key are frozen (changing either could create the
  activity twice or trip 42202); the change is applied locally and parked in
  `outbox_next`, which becomes a PATCH/DELETE with its own key once the request lands.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from app.errors import UsageError
from app.outreach.model import EDITABLE_FIELDS

CREATE_FIELDS = ("client_id", "seller_id", "channel", "direction", "occurred_at",
                 "duration_seconds", "outcome", "program_id", "summary", "notes",
                 "follow_up_on")
_OPTIONAL = frozenset({"duration_seconds", "program_id", "follow_up_on"})


def new_key() -> str:
    return str(uuid.uuid4())


def dumps(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")


def loads(value: str | None) -> Any:
    return orjson.loads(value) if value else None


def create_body(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in CREATE_FIELDS
            if not (name in _OPTIONAL and row[name] is None)}


def rebuilt_request(row: dict[str, Any]) -> dict[str, Any]:
    """The request of a change queued without one (before migration 0004 stored them)."""
    if row["outbox_op"] == "create":
        return {"body": create_body(row)}
    if row["outbox_op"] == "update":
        return {"if_match": row["version"],
                "changes": {name: row[name] for name in EDITABLE_FIELDS}}
    return {"if_match": row["version"]}


def queued(op: str, request: dict[str, Any], seq: int) -> dict[str, Any]:
    """Columns of a fresh, never-sent request."""
    return {"outbox_op": op, "outbox_state": "pending", "outbox_request": dumps(request),
            "idempotency_key": new_key(), "outbox_attempts": 0, "outbox_error": None,
            "outbox_seq": seq, "outbox_next": None}


CLEARED = {"outbox_op": None, "outbox_state": None, "outbox_request": None,
           "idempotency_key": None, "outbox_attempts": 0, "outbox_error": None,
           "outbox_seq": None, "outbox_next": None}


def _in_flight(row: dict[str, Any]) -> bool:
    return row["outbox_state"] == "pending" and row["outbox_attempts"] > 0


def _park(row: dict[str, Any], changes: dict[str, Any] | None, delete: bool) -> str:
    parked = loads(row["outbox_next"]) or {"changes": {}, "delete": False}
    parked["changes"].update(changes or {})
    parked["delete"] = parked["delete"] or delete
    return dumps(parked)


def plan_edit(row: dict[str, Any], changes: dict[str, Any], seq: int) -> dict[str, Any]:
    """Column values for `row` after the user changes `changes` (already validated)."""
    _refuse_if_blocked(row, "edit")
    updated = {**row, **changes}
    values: dict[str, Any] = dict(changes)
    op = row["outbox_op"]
    if op is None:
        values.update(queued("update", {"if_match": row["version"], "changes": changes}, seq))
    elif _in_flight(row):
        values["outbox_next"] = _park(row, changes, delete=False)
    elif op == "create":
        values.update(queued("create", {"body": create_body(updated)}, row["outbox_seq"]))
    else:  # an update never sent, or refused: its changes grow and it goes again
        request = loads(row["outbox_request"])
        request["changes"].update((loads(row["outbox_next"]) or {}).get("changes", {}))
        request["changes"].update(changes)
        values.update(queued("update", request, row["outbox_seq"]))
    return values


def plan_delete(row: dict[str, Any], seq: int) -> dict[str, Any] | None:
    """Column values for a deleted `row`; None: remove the row (the platform never saw it)."""
    _refuse_if_blocked(row, "delete")
    op = row["outbox_op"]
    if op is None:
        return {"deleted": True, **queued("delete", {"if_match": row["version"]}, seq)}
    if _in_flight(row):
        return {"deleted": True, "outbox_next": _park(row, None, delete=True)}
    if op == "create":
        return None
    request = loads(row["outbox_request"])
    return {"deleted": True,
            **queued("delete", {"if_match": request["if_match"]}, row["outbox_seq"])}


def _refuse_if_blocked(row: dict[str, Any], what: str) -> None:
    if row["outbox_state"] == "conflict":
        raise UsageError(f"This entry has a conflict with a teammate's edit; choose which "
                         f"version to keep before you {what} it.")
    if row["deleted"] or row["outbox_op"] == "delete":
        raise UsageError(f"This entry was deleted; there is nothing to {what}.")


def after_success(row: dict[str, Any], version: int) -> dict[str, Any]:
    """Outbox columns once the request landed: clear, or queue the parked change."""
    parked = loads(row["outbox_next"])
    if not parked:
        return dict(CLEARED)
    if parked["delete"]:
        return queued("delete", {"if_match": version}, row["outbox_seq"])
    return queued("update", {"if_match": version, "changes": parked["changes"]},
                  row["outbox_seq"])


def requeue_corrected(row: dict[str, Any], corrections: dict[str, Any]) -> dict[str, Any]:
    """A refused request, corrected by the user, sent again under a new key."""
    updated = {**row, **corrections}
    parked = loads(row["outbox_next"]) or {"changes": {}, "delete": False}
    op = row["outbox_op"]
    request = loads(row["outbox_request"])
    if op == "create":
        request = {"body": create_body(updated)}
    elif op == "update":
        request["changes"].update(parked["changes"])
        request["changes"].update(corrections)
    if parked["delete"] and op != "delete":
        op, request = "delete", {"if_match": request.get("if_match", row["version"])}
    return {**corrections, **queued(op, request, row["outbox_seq"])}
