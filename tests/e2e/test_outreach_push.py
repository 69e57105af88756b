"""The outbox against the real sandbox over HTTP: offline logging, faults, conflicts,
refusals, and what the platform ends up holding."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import orjson
import pytest

from app.outreach.model import CHANNELS, OUTCOMES, OutreachDraft
from app.outreach.pipeline import PipelineService
from app.outreach.service import OutreachService
from app.platform import errors
from app.sync.outbox import OutboxPusher, PushResult
from app.workspace import Workspace
from db.repositories import outbox_queue
from tests.e2e.outreach_helpers import (
    PATIENT,
    closed_port_client,
    seller_ids,
    server_activity,
    server_rows,
    sync,
)

WHEN = dt.datetime(2026, 11, 19, 9, 30, tzinfo=dt.UTC)


def _push(workspace: Workspace) -> PushResult:
    client = workspace.client(PATIENT)
    try:
        return OutboxPusher(client, workspace.engine).push()
    finally:
        client.close()


def _push_until_done(workspace: Workspace, rounds: int = 6) -> PushResult:
    """Push as the app does: a push that gives up on a flaky platform is run again later."""
    for _ in range(rounds):
        try:
            result = _push(workspace)
        except (errors.ServerUnavailable, errors.RateLimited):
            continue
        if result.remaining == 0:
            return result
    raise AssertionError("the outbox never emptied")


@pytest.fixture
def synced(workspace: Workspace) -> Workspace:
    sync(workspace)
    return workspace


def _local(workspace: Workspace, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    with workspace.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).all()


def test_thousand_entries_logged_offline_arrive_exactly_once_through_faults(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    sellers = seller_ids(synced)
    logged = [service.log(OutreachDraft(
        seller_id=sellers[i % len(sellers)], channel=CHANNELS[i % len(CHANNELS)],
        outcome=OUTCOMES[i % len(OUTCOMES)], occurred_at=WHEN + dt.timedelta(minutes=i),
        summary=f"call {i}")) for i in range(1000)]
    keys = {r[0]: r[1] for r in _local(
        synced, "SELECT client_id, idempotency_key FROM outreach WHERE outbox_op = 'create'")}
    assert len(keys) == 1000 and len(set(keys.values())) == 1000

    down = closed_port_client(synced, sandbox)
    try:
        with pytest.raises(errors.Unreachable):
            OutboxPusher(down, synced.engine).push()
    finally:
        down.close()
    assert service.outbox_counts().pending == 1000, "nothing may be lost while offline"

    sandbox.faults.update(fail_rate=0.3, storm_every=40, storm_length=3, retry_after=0)
    result = _push_until_done(synced)
    assert result.remaining == 0 and not result.rejected and not result.conflicts

    ours = set(keys)
    on_server = server_rows(sandbox, "SELECT client_id, count(*) FROM outreach GROUP BY 1")
    counts = {client_id: n for client_id, n in on_server if client_id in ours}
    assert len(counts) == 1000 and set(counts.values()) == {1}, "each entry exactly once"
    # The key generated when the entry was logged is the one the platform recorded: every
    # retry reused it (a new key per attempt would leave extra records, or other keys).
    recorded = {r[0] for r in server_rows(
        sandbox, "SELECT key FROM idempotency WHERE path = '/api/v1/outreach'")}
    assert recorded == set(keys.values())
    local = {r[0]: r[1:] for r in _local(
        synced, "SELECT client_id, outbox_op, activity_id, version, idempotency_key "
                "FROM outreach")}
    server_ids = dict(server_rows(sandbox, "SELECT client_id, activity_id FROM outreach"))
    for client_id in keys:
        op, activity_id, version, key = local[client_id]
        assert (op, version, key) == (None, 1, None)
        assert activity_id == server_ids[client_id]
    assert service.outbox_counts().total == 0
    first = service.entry(logged[0].client_id)
    assert first.activity_id and server_activity(sandbox, first.activity_id)["summary"] == "call 0"


def test_edits_and_deletes_reach_the_platform_and_a_sync_changes_nothing(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[0]
    kept = service.log(OutreachDraft(seller_id=seller, channel="call", outcome="no_answer",
                                     occurred_at=WHEN))
    folded = service.edit(kept.client_id, outcome="connected", summary="picked up later")
    assert folded.outbox_state == "pending"
    gone = service.log(OutreachDraft(seller_id=seller, channel="im", outcome="connected",
                                     occurred_at=WHEN))
    _push_until_done(synced)
    # The edit of an unsent entry went as part of its create: one version on the platform.
    activity = server_activity(sandbox, service.entry(kept.client_id).activity_id or "")
    assert (activity["outcome"], activity["summary"], activity["version"]) == (
        "connected", "picked up later", 1)

    service.edit(kept.client_id, notes="wants the flash sale deck",
                 follow_up_on=dt.date(2026, 11, 27))
    service.delete(gone.client_id)
    ours = {kept.client_id, gone.client_id}
    assert [e.client_id for e in service.timeline(seller) if e.client_id in ours] == [
        kept.client_id]
    assert service.outbox_counts().pending == 2
    _push_until_done(synced)
    activity = server_activity(sandbox, service.entry(kept.client_id).activity_id or "")
    assert (activity["notes"], activity["follow_up_on"], activity["version"]) == (
        "wants the flash sale deck", "2026-11-27", 2)
    tombstone = server_activity(sandbox, service.entry(gone.client_id).activity_id or "")
    assert tombstone["deleted"] is True
    sync(synced)
    assert [e.client_id for e in service.timeline(seller) if e.client_id in ours] == [
        kept.client_id]
    assert service.entry(kept.client_id).notes == "wants the flash sale deck"


def test_a_teammates_conflicting_edit_keeps_both_versions_until_the_user_chooses(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[1]
    mine = service.log(OutreachDraft(seller_id=seller, channel="call", outcome="interested",
                                     summary="pitched flash sale", occurred_at=WHEN))
    other = service.log(OutreachDraft(seller_id=seller, channel="email", outcome="connected",
                                      summary="sent the deck", occurred_at=WHEN))
    _push_until_done(synced)
    for entry in (mine, other):
        activity_id = service.entry(entry.client_id).activity_id or ""
        sandbox.store.teammate_edit(activity_id, {"summary": "teammate: seller called back"})
        service.edit(entry.client_id, summary="mine: seller wants a callback")

    result = _push(synced)
    assert {p.client_id for p in result.conflicts} == {mine.client_id, other.client_id}
    assert all(p.code == 40901 for p in result.conflicts)
    conflict = service.conflict(mine.client_id)
    assert conflict is not None
    assert conflict.mine["summary"] == "mine: seller wants a callback"
    assert conflict.theirs["summary"] == "teammate: seller called back"
    assert service.outbox_counts().conflicts == 2
    # A sync meanwhile must not overwrite my version either.
    sync(synced)
    assert service.entry(mine.client_id).summary == "mine: seller wants a callback"

    service.resolve_conflict(mine.client_id, "mine")
    service.resolve_conflict(other.client_id, "theirs")
    assert service.entry(other.client_id).summary == "teammate: seller called back"
    result = _push_until_done(synced)
    assert not result.conflicts
    kept = server_activity(sandbox, service.entry(mine.client_id).activity_id or "")
    assert (kept["summary"], kept["version"]) == ("mine: seller wants a callback", 3)
    theirs = server_activity(sandbox, service.entry(other.client_id).activity_id or "")
    assert (theirs["summary"], theirs["version"]) == ("teammate: seller called back", 2)
    assert service.outbox_counts().total == 0


def test_refusals_stay_visible_with_the_platforms_message_and_can_be_resent(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    sellers = seller_ids(synced)
    too_long = service.log(OutreachDraft(seller_id=sellers[0], channel="call",
                                         outcome="connected", summary="x" * 600,
                                         occurred_at=WHEN))
    moved = service.log(OutreachDraft(seller_id=sellers[2], channel="sms",
                                      outcome="no_answer", occurred_at=WHEN))
    fine = service.log(OutreachDraft(seller_id=sellers[3], channel="call",
                                     outcome="connected", occurred_at=WHEN))
    sandbox.store.set_assigned(sellers[2], False)

    result = _push(synced)
    assert result.sent == 1 and result.remaining == 0
    refused = {p.client_id: p for p in result.rejected}
    assert set(refused) == {too_long.client_id, moved.client_id}
    assert refused[too_long.client_id].code == 42201
    assert "summary" in refused[too_long.client_id].message
    assert "500" in refused[too_long.client_id].message
    assert refused[moved.client_id].code == 40301
    assert sellers[2] in refused[moved.client_id].message
    entry = service.entry(too_long.client_id)
    assert entry.outbox_state == "rejected" and "summary" in (entry.outbox_error or "")
    assert service.entry(fine.client_id).outbox_state is None
    # Still listed on the next push, though nothing new was refused.
    again = _push(synced)
    assert {p.client_id for p in again.rejected} == set(refused)

    service.resend(too_long.client_id, summary="shortened")
    sandbox.store.set_assigned(sellers[2], True)
    service.resend(moved.client_id)
    result = _push_until_done(synced)
    assert result.sent == 2 and not result.rejected
    stored = server_activity(sandbox, service.entry(too_long.client_id).activity_id or "")
    assert stored["summary"] == "shortened"
    assert service.outbox_counts().total == 0


def test_tombstones_from_the_feed_hide_a_teammates_deleted_entry(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[4]
    entry = service.log(OutreachDraft(seller_id=seller, channel="call", outcome="connected",
                                      occurred_at=WHEN))
    _push_until_done(synced)
    sync(synced)
    assert entry.client_id in [e.client_id for e in service.timeline(seller)]
    sandbox.store.teammate_edit(service.entry(entry.client_id).activity_id or "",
                                {"deleted": True})
    sync(synced)
    assert entry.client_id not in [e.client_id for e in service.timeline(seller)]
    assert service.entry(entry.client_id).deleted


def test_an_edit_made_while_the_create_was_in_flight_follows_it_as_a_patch(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[5]
    entry = service.log(OutreachDraft(seller_id=seller, channel="call", outcome="voicemail",
                                      summary="first words", occurred_at=WHEN))
    # The create went out once (claimed) and its answer never came back...
    with synced.engine.begin() as conn:
        outbox_queue.claim_outreach(conn, entry.client_id)
    client = synced.client(PATIENT)
    try:
        key = _local(synced, "SELECT idempotency_key, outbox_request FROM outreach "
                             "WHERE client_id = ?", (entry.client_id,))[0]
        client.create_outreach(orjson.loads(key[1])["body"], key[0])
    finally:
        client.close()
    # ...and meanwhile the user edited the entry.
    service.edit(entry.client_id, summary="second thoughts", outcome="connected")
    result = _push_until_done(synced)
    assert result.sent == 2  # the replayed create, then the parked change as a PATCH
    activity_id = service.entry(entry.client_id).activity_id or ""
    stored = server_activity(sandbox, activity_id)
    assert (stored["summary"], stored["outcome"], stored["version"]) == (
        "second thoughts", "connected", 2)
    assert server_rows(sandbox, "SELECT count(*) FROM outreach WHERE client_id = ?",
                       (entry.client_id,)) == [(1,)]
    assert service.entry(entry.client_id).outbox_state is None


def test_nominations_are_pushed_once_and_come_back_through_the_feed(
    synced: Workspace, sandbox: Any
) -> None:
    pipeline = PipelineService(synced.engine)
    program_id = pipeline.programs()[0][0]
    enrolled = {r[0] for r in _local(synced, "SELECT seller_id FROM enrollments "
                                             "WHERE program_id = ?", (program_id,))}
    seller = next(s for s in seller_ids(synced) if s not in enrolled)
    pipeline.nominate(seller, program_id, "ready for it")
    result = _push_until_done(synced)
    assert result.sent == 1 and not result.rejected
    assert server_rows(sandbox, "SELECT count(*) FROM enrollments WHERE seller_id = ? AND "
                                "program_id = ?", (seller, program_id)) == [(1,)]
    sync(synced)
    assert _local(synced, "SELECT status FROM enrollments WHERE seller_id = ? AND "
                          "program_id = ?", (seller, program_id)) == [("invited",)]
    stages = {s.stage: s for s in pipeline.funnel(program_id).stages}
    assert seller in stages["pitched"].at_stage
    # Nominating again while invited is refused by the platform, and stays visible.
    pipeline.nominate(seller, program_id)
    refused = _push(synced)
    assert [(p.seller_id, p.code) for p in refused.rejected] == [(seller, 42201)]
    assert "already invited" in refused.rejected[0].message


def test_keeping_my_edit_over_a_teammates_delete_logs_it_again(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[6]
    entry = service.log(OutreachDraft(seller_id=seller, channel="meeting", outcome="connected",
                                      summary="quarterly review", occurred_at=WHEN))
    _push_until_done(synced)
    old_activity = service.entry(entry.client_id).activity_id or ""
    sandbox.store.teammate_edit(old_activity, {"deleted": True})
    service.edit(entry.client_id, notes="agreed on Q1 targets")
    result = _push(synced)
    assert [p.client_id for p in result.conflicts] == [entry.client_id]
    conflict = service.conflict(entry.client_id)
    assert conflict is not None and conflict.theirs["deleted"] and not conflict.mine["deleted"]

    kept = service.resolve_conflict(entry.client_id, "mine")
    assert kept != entry.client_id
    _push_until_done(synced)
    revived = server_activity(sandbox, service.entry(kept).activity_id or "")
    assert (revived["client_id"], revived["summary"], revived["notes"]) == (
        kept, "quarterly review", "agreed on Q1 targets")
    assert server_activity(sandbox, old_activity)["deleted"] is True
    sync(synced)
    timeline = [e.client_id for e in service.timeline(seller)]
    assert kept in timeline and entry.client_id not in timeline


def test_discarding_a_refused_change_brings_the_platforms_copy_back(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[7]
    entry = service.log(OutreachDraft(seller_id=seller, channel="call", outcome="connected",
                                      summary="before", occurred_at=WHEN))
    _push_until_done(synced)
    service.edit(entry.client_id, summary="after")
    sandbox.store.set_assigned(seller, False)
    result = _push(synced)
    assert [(p.client_id, p.code) for p in result.rejected] == [(entry.client_id, 40301)]
    service.discard(entry.client_id)
    restored = service.entry(entry.client_id)
    assert (restored.summary, restored.outbox_state) == ("before", None)
    assert service.outbox_counts().total == 0


def test_a_key_the_platform_saw_with_another_body_is_reported_not_retried(
    synced: Workspace, sandbox: Any
) -> None:
    service = OutreachService(synced.engine)
    seller = seller_ids(synced)[8]
    entry = service.log(OutreachDraft(seller_id=seller, channel="call", outcome="connected",
                                      summary="ours", occurred_at=WHEN))
    key, request = _local(synced, "SELECT idempotency_key, outbox_request FROM outreach "
                                  "WHERE client_id = ?", (entry.client_id,))[0]
    other = orjson.loads(request)["body"] | {"summary": "someone else's body"}
    client = synced.client(PATIENT)
    try:
        client.create_outreach(other, key)
    finally:
        client.close()
    result = _push(synced)
    assert [(p.client_id, p.code) for p in result.rejected] == [(entry.client_id, 42202)]
    assert "idempotency key" in service.entry(entry.client_id).outbox_error.lower()


def test_a_change_queued_without_its_request_is_completed_and_sent(
    synced: Workspace, sandbox: Any
) -> None:
    """Rows queued before 0004 stored requests: the pusher stores one before sending."""
    seller = seller_ids(synced)[9]
    client_id = "7b0f3a52-61c4-4f5e-9c1a-3d2e8f9b0a11"
    with synced.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO outreach (client_id, seller_id, channel, direction, occurred_at, "
            "outcome, summary, notes, deleted, outbox_op, outbox_state, outbox_attempts, "
            "outbox_seq) VALUES (?, ?, 'call', 'outbound', '2026-11-19T08:00:00Z', "
            "'connected', 'old queue', '', 0, 'create', 'pending', 0, 1)", (client_id, seller))
    result = _push_until_done(synced)
    assert result.sent == 1
    stored = server_rows(sandbox, "SELECT body FROM outreach WHERE client_id = ?", (client_id,))
    assert orjson.loads(stored[0][0])["summary"] == "old queue"


def test_two_pushers_at_once_send_each_entry_once(synced: Workspace, sandbox: Any) -> None:
    service = OutreachService(synced.engine)
    sellers = seller_ids(synced)
    logged = {service.log(OutreachDraft(seller_id=sellers[i % len(sellers)], channel="im",
                                        outcome="connected", summary=f"twice {i}",
                                        occurred_at=WHEN)).client_id for i in range(150)}
    sandbox.faults.update(latency_ms=2)
    results: list[PushResult] = []
    failures: list[BaseException] = []

    def run() -> None:
        try:
            results.append(_push(synced))
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures and len(results) == 2
    counts = dict(server_rows(sandbox, "SELECT client_id, count(*) FROM outreach GROUP BY 1"))
    assert all(counts.get(client_id) == 1 for client_id in logged)
    assert service.outbox_counts().total == 0
