"""Follow-up lists from hand-made dates: overdue, due today, upcoming; snooze and done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.errors import UsageError
from app.outreach.followups import FollowUpService
from app.outreach.model import OutreachDraft
from app.outreach.service import OutreachService
from tests.app.outreach_cache import ME, activity, feed_outreach, small_cache

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = small_cache(tmp_path)
    feed_outreach(made, [
        activity("overdue-old", "S1", author=ME, follow_up_on="2026-11-01"),
        activity("overdue", "S2", author=ME, follow_up_on="2026-11-19"),
        activity("today", "S1", author=ME, follow_up_on="2026-11-20"),
        activity("soon", "S3", author=ME, follow_up_on="2026-11-27"),
        activity("later", "S3", author=ME, follow_up_on="2026-11-28"),
        activity("teammates", "S1", follow_up_on="2026-11-20"),
        activity("deleted", "S1", author=ME, follow_up_on="2026-11-20", deleted=True),
        activity("none", "S1", author=ME),
    ])
    yield made
    made.dispose()


def _ids(entries: list) -> list[str]:
    return [e.client_id for e in entries]


def test_lists_split_my_open_follow_ups_by_day(engine: Engine) -> None:
    service = FollowUpService(engine, today=TODAY)
    lists = service.lists(upcoming_days=7)
    assert _ids(lists.overdue) == ["overdue-old", "overdue"]
    assert _ids(lists.due_today) == ["today"]
    assert _ids(lists.upcoming) == ["soon"]
    assert service.due_count() == 3
    assert _ids(service.lists(upcoming_days=8).upcoming) == ["soon", "later"]


def test_snooze_moves_a_follow_up_and_done_closes_it(engine: Engine) -> None:
    service = FollowUpService(engine, today=TODAY)
    service.snooze("overdue", dt.date(2026, 11, 22))
    lists = service.lists()
    assert _ids(lists.overdue) == ["overdue-old"]
    assert _ids(lists.upcoming) == ["overdue", "soon"]
    assert lists.upcoming[0].follow_up_snoozed_until == "2026-11-22"
    with pytest.raises(UsageError):
        service.snooze("today", TODAY)
    service.done("today")
    assert service.lists().due_today == [] and service.due_count() == 1
    # Local worklist state only: nothing goes to the outbox for snooze or done.
    assert OutreachService(engine).outbox_counts().total == 0


def test_done_with_an_outcome_logs_it_as_a_new_entry(engine: Engine) -> None:
    service = FollowUpService(engine, today=TODAY)
    service.done("overdue-old", OutreachDraft(seller_id="S1", channel="call",
                                              outcome="enrolled", summary="signed up"))
    assert "overdue-old" not in _ids(service.lists().overdue)
    logged = OutreachService(engine).outbox()
    assert [(e.seller_id, e.outcome, e.outbox_state) for e in logged] == [
        ("S1", "enrolled", "pending")]
    # A refused outcome leaves the follow-up open.
    with pytest.raises(UsageError):
        service.done("overdue", OutreachDraft(seller_id="S1", channel="fax",
                                              outcome="connected"))
    assert "overdue" in _ids(service.lists().overdue)


def test_a_follow_up_set_on_a_new_entry_shows_at_once(engine: Engine) -> None:
    OutreachService(engine).log(OutreachDraft(
        seller_id="S2", channel="call", outcome="follow_up",
        follow_up_on=dt.date(2026, 11, 20)))
    assert len(FollowUpService(engine, today=TODAY).lists().due_today) == 2
