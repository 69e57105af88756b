"""Writes: outreach and enrollments, idempotency keys and If-Match (contract section 5)."""

from __future__ import annotations

import json
import uuid

from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import OUTSIDER, Api, activity_body, error, ok


def create(api: Api, **changes: object) -> dict[str, object]:
    return ok(api.write("POST", "/api/v1/outreach", activity_body(**changes)))


def test_created_activity_is_the_body_plus_server_fields(api: Api) -> None:
    body = activity_body()
    response = api.write("POST", "/api/v1/outreach", body)
    assert response.status_code == 201
    activity = ok(response)
    assert {k: activity[k] for k in body} == body
    assert activity["author_id"] == "M0001" and activity["version"] == 1
    assert activity["deleted"] is False
    assert activity["created_at"] == activity["updated_at"]
    assert activity["created_at"].endswith("Z")
    feed, _ = api.read_all("outreach")
    assert feed[-1] == activity


def test_replay_answers_the_original_result_with_200(api: Api) -> None:
    key, body = str(uuid.uuid4()), activity_body()
    first = api.write("POST", "/api/v1/outreach", body, key=key)
    assert first.status_code == 201
    # Same JSON value, other key order and white space.
    reordered = json.dumps(dict(reversed(list(body.items()))), indent=2).encode()
    replay = api.request("POST", "/api/v1/outreach", raw_body=reordered,
                         headers={"Idempotency-Key": key})
    assert replay.status_code == 200
    assert ok(replay) == ok(first)
    assert len(api.read_all("outreach")[0]) == 2  # the fixture's activity and this one
    changed = api.write("POST", "/api/v1/outreach", body | {"summary": "other"}, key=key)
    assert "Idempotency-Key" in error(changed, 42202)["message"]
    elsewhere = api.write("POST", "/api/v1/enrollments", body, key=key)
    error(elsewhere, 42202)


def test_writes_need_an_idempotency_key(api: Api) -> None:
    response = api.request("POST", "/api/v1/outreach", body=activity_body())
    assert "Idempotency-Key" in error(response, 40001)["message"]
    response = api.request("DELETE", "/api/v1/outreach/A-1", headers={"If-Match": "1"})
    error(response, 40001)


def test_results_of_5xx_are_not_stored(sandbox: SandboxServer, api: Api) -> None:
    key, body = str(uuid.uuid4()), activity_body()
    sandbox.faults.update(fail_rate=1.0)
    failed = api.write("POST", "/api/v1/outreach", body, key=key)
    assert failed.status_code in (500, 503)
    sandbox.faults.update(fail_rate=0.0)
    retried = api.write("POST", "/api/v1/outreach", body, key=key)
    assert retried.status_code == 201  # processed afresh, not a replay
    assert len(api.read_all("outreach")[0]) == 2


def test_refusals_are_stored_like_results(api: Api) -> None:
    key, body = str(uuid.uuid4()), activity_body(seller_id=OUTSIDER)
    first = api.write("POST", "/api/v1/outreach", body, key=key)
    again = api.write("POST", "/api/v1/outreach", body, key=key)
    assert error(again, 40301)["message"] == error(first, 40301)["message"]
    assert again.headers["X-Request-Id"] != first.headers["X-Request-Id"]


def test_every_invalid_field_is_reported(api: Api) -> None:
    body = activity_body(client_id="not-a-uuid", channel="fax", direction="sideways",
                         occurred_at="2026-11-21 07:40", duration_seconds=-5, outcome="maybe",
                         program_id="no_such_program", summary="x" * 501,
                         follow_up_on="2026-02-30", colour="blue")
    data = error(api.write("POST", "/api/v1/outreach", body), 42201)["data"]
    fields = {entry["field"] for entry in data["errors"]}
    assert fields == {"client_id", "channel", "direction", "occurred_at", "duration_seconds",
                      "outcome", "program_id", "summary", "follow_up_on", "colour"}
    assert all(entry["message"] for entry in data["errors"])
    missing = error(api.write("POST", "/api/v1/outreach", {"seller_id": "S0001"}), 42201)
    assert {e["field"] for e in missing["data"]["errors"]} == {
        "client_id", "channel", "direction", "occurred_at", "outcome"}
    unknown = error(api.write("POST", "/api/v1/outreach", activity_body(seller_id="S9999")),
                    42201)
    assert unknown["data"]["errors"][0]["field"] == "seller_id"
    error(api.write("POST", "/api/v1/outreach", ["not", "an", "object"]), 42201)
    error(api.request("POST", "/api/v1/outreach", raw_body=b"{oops",
                      headers={"Idempotency-Key": str(uuid.uuid4())}), 40001)


def test_optional_fields_may_be_left_out(api: Api) -> None:
    body = {k: v for k, v in activity_body().items()
            if k not in ("duration_seconds", "program_id", "summary", "notes", "follow_up_on")}
    activity = ok(api.write("POST", "/api/v1/outreach", body))
    assert activity["summary"] is None and activity["follow_up_on"] is None
    error(api.write("POST", "/api/v1/outreach", activity_body(client_id=body["client_id"])),
          42201)  # a client_id names one activity only


def test_seller_outside_the_portfolio_is_40301(api: Api) -> None:
    response = api.write("POST", "/api/v1/outreach", activity_body(seller_id=OUTSIDER))
    assert OUTSIDER in error(response, 40301)["message"]


def test_patch_with_if_match(api: Api) -> None:
    activity = create(api)
    path = f"/api/v1/outreach/{activity['activity_id']}"
    key = str(uuid.uuid4())
    changes = {"summary": "agreed to join", "outcome": "enrolled", "follow_up_on": None}
    updated = ok(api.write("PATCH", path, changes, key=key, if_match=1))
    assert updated["version"] == 2 and updated["outcome"] == "enrolled"
    assert updated["follow_up_on"] is None and updated["channel"] == "call"
    assert updated["created_at"] == activity["created_at"]
    # A replay answers the original result even though the version moved on.
    assert ok(api.write("PATCH", path, changes, key=key, if_match=1)) == updated
    stale = error(api.write("PATCH", path, {"notes": "late"}, if_match=1), 40901)
    assert stale["data"] == updated
    error(api.write("PATCH", path, {"notes": "x"}), 40001)  # no If-Match
    error(api.write("PATCH", path, {"notes": "x"}, key=None, if_match=0), 40001)
    response = api.request("PATCH", path, body={"notes": "x"},
                           headers={"Idempotency-Key": str(uuid.uuid4()), "If-Match": "two"})
    error(response, 40001)
    refused = error(api.write("PATCH", path, {"channel": "email", "outcome": "maybe"},
                              if_match=2), 42201)
    assert {e["field"] for e in refused["data"]["errors"]} == {"channel", "outcome"}
    error(api.write("PATCH", path, {}, if_match=2), 42201)
    error(api.write("PATCH", "/api/v1/outreach/A-nope", {"notes": "x"}, if_match=1), 40401)
    quoted = api.request("PATCH", path, body={"notes": "quoted"},
                         headers={"Idempotency-Key": str(uuid.uuid4()), "If-Match": '"2"'})
    assert ok(quoted)["version"] == 3


def test_teammate_edit_makes_my_change_conflict(sandbox: SandboxServer, api: Api) -> None:
    theirs = sandbox.store.teammate_edit("A-1", {"notes": "teammate was here"})
    assert theirs["version"] == 2
    conflict = error(api.write("PATCH", "/api/v1/outreach/A-1", {"notes": "mine"},
                               if_match=1), 40901)
    assert conflict["data"]["notes"] == "teammate was here"
    assert ok(api.write("PATCH", "/api/v1/outreach/A-1", {"notes": "mine"},
                        if_match=2))["notes"] == "mine"


def test_delete_leaves_a_tombstone_in_the_feed(api: Api) -> None:
    activity = create(api)
    path = f"/api/v1/outreach/{activity['activity_id']}"
    _, cursor = api.read_all("outreach")
    error(api.write("DELETE", path, if_match=5), 40901)
    tombstone = ok(api.write("DELETE", path, if_match=1))
    assert tombstone["deleted"] is True and tombstone["version"] == 2
    assert ok(api.feed("outreach", cursor))["items"] == [tombstone]
    error(api.write("DELETE", path, if_match=2), 40401)
    error(api.write("PATCH", path, {"notes": "x"}, if_match=2), 40401)
    assert error(api.write("PATCH", path, {"notes": "x"}, if_match=1), 40901)["data"] == tombstone


def test_nominating_a_seller_adds_an_invited_enrollment(api: Api) -> None:
    _, cursor = api.read_all("enrollments")
    key = str(uuid.uuid4())
    body = {"seller_id": "S0003", "program_id": "affiliate", "note": "strong content"}
    response = api.write("POST", "/api/v1/enrollments", body, key=key)
    assert response.status_code == 201
    enrollment = ok(response)
    assert enrollment["status"] == "invited" and enrollment["version"] == 1
    assert ok(api.feed("enrollments", cursor))["items"] == [enrollment]
    replay = api.write("POST", "/api/v1/enrollments", body, key=key)
    assert replay.status_code == 200 and ok(replay) == enrollment
    again = error(api.write("POST", "/api/v1/enrollments", body), 42201)
    assert "invited" in again["data"]["errors"][0]["message"]
    unknown = error(api.write("POST", "/api/v1/enrollments",
                              body | {"program_id": "nope", "seller_id": "S0004"}), 42201)
    assert unknown["data"]["errors"][0]["field"] == "program_id"
    error(api.write("POST", "/api/v1/enrollments", body | {"seller_id": OUTSIDER}), 40301)
    error(api.write("POST", "/api/v1/enrollments", {"seller_id": "S0004"}), 42201)
