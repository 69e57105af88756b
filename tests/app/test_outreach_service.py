"""The outreach service on a hand-made cache: snapshots and impact checked by hand, the
rules that fold a change into a queued request, and the timeline's view of the feed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from sqlalchemy import Engine

from app.errors import UsageError
from app.outreach.model import OutreachDraft
from app.outreach.service import OutreachService
from db.repositories import outbox_queue
from tests.app.outreach_cache import ME, activity, feed_outreach, small_cache

CONTACT = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = small_cache(tmp_path)
    yield made
    made.dispose()


def _columns(engine: Engine, client_id: str) -> dict[str, object]:
    with engine.connect() as conn:
        result = conn.exec_driver_sql("SELECT * FROM outreach WHERE client_id = ?", (client_id,))
        return dict(zip(result.keys(), result.one(), strict=True))


def _claim(engine: Engine, client_id: str) -> None:
    """What the pusher does before sending: from here the request may be at the platform."""
    with engine.begin() as conn:
        outbox_queue.claim_outreach(conn, client_id)


def test_log_snapshots_the_30_days_before_and_impact_measures_the_days_after(
    engine: Engine,
) -> None:
    service = OutreachService(engine)
    entry = service.log(OutreachDraft(seller_id="S1", channel="call", outcome="interested",
                                      occurred_at=CONTACT, summary="pitched flash sale",
                                      program_id="flash_sale", flag_id=7,
                                      follow_up_on=dt.date(2026, 11, 8)))
    assert (entry.shop_name, entry.mine, entry.outbox_state, entry.flag_id) == (
        "川味小厨旗舰店", True, "pending", 7)
    # 2026-10-02 .. 2026-10-31: 30 days of 100.00, 10 orders, 1 late dispatch.
    assert entry.snapshot == {
        "as_of": "2026-10-31", "gmv_30d": 3000.0, "orders_30d": 300.0,
        "late_dispatch_rate": 0.1, "cancellation_rate": 0.0, "negative_review_rate": 0.0,
        "violation_points": 6.0, "sps": 4.2, "ahr": 180.0}
    moves = {m.metric: m for m in service.impact(entry.client_id)}
    # 2026-11-02 .. 2026-11-20 (the latest day): 19 days of 200.00, 20 orders, 1 cancel.
    assert {m.days_after for m in moves.values()} == {19}
    assert (moves["gmv_30d"].before, moves["gmv_30d"].after) == (3000.0, 3800.0)
    assert (moves["orders_30d"].before, moves["orders_30d"].after) == (300.0, 380.0)
    assert (moves["late_dispatch_rate"].before, moves["late_dispatch_rate"].after) == (0.1, 0.0)
    assert moves["cancellation_rate"].after == pytest.approx(19 / 380)
    assert moves["negative_review_rate"].after == pytest.approx(19 / 380)
    assert (moves["sps"].before, moves["sps"].after) == (4.2, 4.2)
    request = orjson.loads(_columns(engine, entry.client_id)["outbox_request"])
    assert request == {"body": {
        "client_id": entry.client_id, "seller_id": "S1", "channel": "call",
        "direction": "outbound", "occurred_at": "2026-11-01T09:00:00Z",
        "outcome": "interested", "program_id": "flash_sale", "summary": "pitched flash sale",
        "notes": "", "follow_up_on": "2026-11-08"}}


def test_an_entry_logged_today_has_no_days_after_yet(engine: Engine) -> None:
    entry = OutreachService(engine).log(OutreachDraft(
        seller_id="S1", channel="im", outcome="connected",
        occurred_at=dt.datetime(2026, 11, 20, 15, tzinfo=dt.UTC)))
    moves = OutreachService(engine).impact(entry.client_id)
    assert {(m.days_after, m.after) for m in moves} == {(0, None)}
    # 2026-10-21 .. 2026-11-19: 12 days at 100.00, then 18 at 200.00.
    assert next(m for m in moves if m.metric == "gmv_30d").before == 12 * 100.0 + 18 * 200.0


@pytest.mark.parametrize(("draft", "words"), [
    (OutreachDraft(seller_id="S9", channel="call", outcome="connected"), "unknown seller"),
    (OutreachDraft(seller_id="S1", channel="fax", outcome="connected"), "unknown channel"),
    (OutreachDraft(seller_id="S1", channel="call", outcome="happy"), "unknown outcome"),
    (OutreachDraft(seller_id="S1", channel="call", outcome="connected", direction="sideways"),
     "unknown direction"),
    (OutreachDraft(seller_id="S1", channel="call", outcome="connected", program_id="ads"),
     "unknown program"),
    (OutreachDraft(seller_id="S1", channel="call", outcome="connected", duration_seconds=-1),
     "duration"),
])
def test_bad_drafts_are_refused_with_a_clear_message_and_nothing_saved(
    engine: Engine, draft: OutreachDraft, words: str
) -> None:
    with pytest.raises(UsageError, match=f"(?i){words}"):
        OutreachService(engine).log(draft)
    assert OutreachService(engine).outbox_counts().total == 0


def test_an_edit_of_an_unsent_create_folds_into_it_under_a_new_key(engine: Engine) -> None:
    service = OutreachService(engine)
    entry = service.log(OutreachDraft(seller_id="S1", channel="call", outcome="no_answer",
                                      occurred_at=CONTACT))
    before = _columns(engine, entry.client_id)
    service.edit(entry.client_id, outcome="connected", summary="called back")
    after = _columns(engine, entry.client_id)
    assert after["outbox_op"] == "create" and after["outbox_seq"] == before["outbox_seq"]
    assert after["idempotency_key"] != before["idempotency_key"]
    body = orjson.loads(after["outbox_request"])["body"]
    assert (body["outcome"], body["summary"]) == ("connected", "called back")
    # An edit that changes nothing keeps the key: the body is the same.
    service.edit(entry.client_id, summary="called back")
    assert _columns(engine, entry.client_id)["idempotency_key"] == after["idempotency_key"]


def test_an_edit_while_the_create_may_be_at_the_platform_waits_behind_it(
    engine: Engine,
) -> None:
    service = OutreachService(engine)
    entry = service.log(OutreachDraft(seller_id="S1", channel="call", outcome="no_answer",
                                      occurred_at=CONTACT))
    _claim(engine, entry.client_id)
    sent = _columns(engine, entry.client_id)
    edited = service.edit(entry.client_id, summary="left a message")
    assert edited.summary == "left a message"
    after = _columns(engine, entry.client_id)
    # Key and body frozen: a retry must be the very request that may have landed.
    assert (after["idempotency_key"], after["outbox_request"]) == (
        sent["idempotency_key"], sent["outbox_request"])
    assert orjson.loads(after["outbox_next"]) == {"changes": {"summary": "left a message"},
                                                  "delete": False}
    service.delete(entry.client_id)
    assert orjson.loads(_columns(engine, entry.client_id)["outbox_next"])["delete"] is True
    assert entry.client_id not in [e.client_id for e in service.timeline("S1")]
    assert [e.client_id for e in service.outbox()] == [entry.client_id]


def test_deleting_an_entry_the_platform_never_saw_removes_it(engine: Engine) -> None:
    service = OutreachService(engine)
    entry = service.log(OutreachDraft(seller_id="S1", channel="call", outcome="connected"))
    service.delete(entry.client_id)
    assert service.outbox_counts().total == 0 and service.timeline("S1") == []


def test_edits_and_deletes_of_synced_entries_queue_patch_and_tombstone(engine: Engine) -> None:
    feed_outreach(engine, [activity("c1", "S2", author=ME, version=3),
                           activity("c2", "S2", author=ME, version=5)])
    service = OutreachService(engine)
    service.edit("c1", notes="send the deck", follow_up_on=dt.date(2026, 11, 25))
    service.edit("c1", outcome="interested")
    columns = _columns(engine, "c1")
    assert columns["outbox_op"] == "update"
    assert orjson.loads(columns["outbox_request"]) == {"if_match": 3, "changes": {
        "notes": "send the deck", "follow_up_on": "2026-11-25", "outcome": "interested"}}
    service.delete("c2")
    assert orjson.loads(_columns(engine, "c2")["outbox_request"]) == {"if_match": 5}
    assert [e.client_id for e in service.timeline("S2")] == ["c1"]
    with pytest.raises(UsageError, match="deleted"):
        service.edit("c2", notes="too late")
    with pytest.raises(UsageError, match="Cannot change channel"):
        service.edit("c1", channel="sms")
    # The feed does not overwrite a row with a pending change...
    feed_outreach(engine, [activity("c1", "S2", author=ME, version=4, notes="theirs")])
    assert service.entry("c1").notes == "send the deck"
    assert _columns(engine, "c1")["remote_version"] == 4


def test_timeline_shows_teammates_entries_newest_first_and_hides_tombstones(
    engine: Engine,
) -> None:
    feed_outreach(engine, [
        activity("t1", "S3", occurred_at="2026-11-05T10:00:00Z", summary="teammate call"),
        activity("t2", "S3", occurred_at="2026-11-07T10:00:00Z"),
        activity("t3", "S3", occurred_at="2026-11-06T10:00:00Z", author=ME),
    ])
    mine = OutreachService(engine).log(OutreachDraft(seller_id="S3", channel="chat",
                                                     outcome="connected", occurred_at=CONTACT))
    timeline = OutreachService(engine).timeline("S3")
    assert [(e.client_id, e.mine) for e in timeline] == [
        ("t2", False), ("t3", True), ("t1", False), (mine.client_id, True)]
    feed_outreach(engine, [activity("t2", "S3", version=2, deleted=True,
                                    occurred_at="2026-11-07T10:00:00Z")])
    assert [e.client_id for e in OutreachService(engine).timeline("S3")] == [
        "t3", "t1", mine.client_id]
    assert [e.client_id for e in OutreachService(engine).recent(limit=2)] == ["t3", "t1"]
