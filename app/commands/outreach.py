"""`sellerdesk outreach add ...` (saved locally, no network) and `sellerdesk outreach push`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from app.errors import EXIT_PARTIAL, KnownError, UsageError
from app.outreach.model import CHANNELS, DIRECTIONS, OUTCOMES, OutreachDraft
from app.workspace import Workspace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="outreach_command", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = actions.add_parser("add", help="log an entry locally; `push` sends it")
    add.add_argument("--seller", required=True, metavar="ID")
    add.add_argument("--channel", required=True, metavar="CH", help=", ".join(CHANNELS))
    add.add_argument("--outcome", required=True, metavar="OUT", help=", ".join(OUTCOMES))
    add.add_argument("--direction", default="outbound", metavar="DIR",
                     help=", ".join(DIRECTIONS))
    add.add_argument("--program", metavar="P", help="program pitched")
    add.add_argument("--summary", default="", metavar="TEXT")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--duration", type=int, metavar="SECONDS")
    add.add_argument("--follow-up", metavar="YYYY-MM-DD")
    add.add_argument("--occurred-at", metavar="ISO", help="when it happened (default: now)")
    add.set_defaults(outreach_run=_add)
    push = actions.add_parser("push", help="push the outbox to the platform now")
    push.set_defaults(outreach_run=_push)


def run(args: argparse.Namespace) -> int:
    return int(args.outreach_run(args))


def _date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--follow-up '{text}' is not a date; use YYYY-MM-DD.") from None


def _instant(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--occurred-at '{text}' is not an ISO date and time, such as "
                         "2026-11-21T07:40:00Z.") from None
    # A time without a zone is this computer's local time, as a user typing it means.
    return moment if moment.tzinfo else moment.astimezone()


def _add(args: argparse.Namespace) -> int:
    from app.outreach.service import OutreachService

    draft = OutreachDraft(
        seller_id=args.seller, channel=args.channel, outcome=args.outcome,
        direction=args.direction, occurred_at=_instant(args.occurred_at),
        duration_seconds=args.duration, program_id=args.program, summary=args.summary,
        notes=args.notes, follow_up_on=_date(args.follow_up))
    workspace = Workspace.open(args.home_path, args.profile_name)
    try:
        entry = OutreachService(workspace.engine).log(draft)
    finally:
        workspace.close()
    print(entry.client_id)
    print(f"Saved locally for {entry.seller_id}; `sellerdesk outreach push` sends it.",
          file=sys.stderr)
    return 0


def _push(args: argparse.Namespace) -> int:
    from app.outreach.service import OutreachService
    from app.platform import errors
    from app.sync.outbox import OutboxPusher

    workspace = Workspace.open(args.home_path, args.profile_name)
    try:
        client = workspace.client()
        try:
            result = OutboxPusher(client, workspace.engine).push()
        except (errors.Unreachable, errors.ServerUnavailable, errors.RateLimited,
                errors.ProtocolError) as failure:
            queued = OutreachService(workspace.engine).outbox_counts().pending
            raise KnownError(f"{failure.message}; {queued:,} changes stay in the outbox "
                             "and go with the next push.") from failure
        finally:
            client.close()
    finally:
        workspace.close()
    print(f"Sent {result.sent:,}; rejected {len(result.rejected):,}; conflicted "
          f"{len(result.conflicts):,}; still queued {result.remaining:,}.", file=sys.stderr)
    for problem in (*result.rejected, *result.conflicts):
        code = f" ({problem.code})" if problem.code else ""
        print(f"{problem.kind}{code}: {problem.client_id} seller {problem.seller_id}: "
              f"{problem.message}", file=sys.stderr)
    return EXIT_PARTIAL if result.rejected or result.conflicts else 0
