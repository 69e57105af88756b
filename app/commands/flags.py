"""`sellerdesk flags [--seller ID] [--format table|json]`: the open risks and opportunities,
worst first. Flags are evaluated after every sync; `--evaluate` runs the rules now (and they
run anyway when this cache has never been evaluated)."""

from __future__ import annotations

import argparse
import sys

import orjson

from app.errors import UsageError
from app.export.flag_rows import flag_rows
from app.flags.service import OPEN_STATUSES, FlagItem, FlagService
from app.flags.texts import LANGUAGES
from app.workspace import Workspace
from db.repositories import sync_state

TABLE_COLUMNS = (("seller_id", "SELLER"), ("severity", "SEVERITY"), ("kind", "KIND"),
                 ("rule_id", "RULE"), ("value", "VALUE"), ("threshold", "THRESHOLD"),
                 ("window_days", "DAYS"), ("status", "STATUS"), ("first_seen", "SINCE"),
                 ("message", "MESSAGE"))
NUMERIC = frozenset({"value", "threshold", "window_days"})
# Fractions shown as percentages in the table (JSON and exports keep the fraction).
RATIO_METRICS = frozenset({"content_share", "gmv_growth"})


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seller", metavar="ID", help="only this seller's flags")
    parser.add_argument("--format", dest="fmt", choices=("table", "json"), default="table")
    parser.add_argument("--all", action="store_true",
                        help="every status (snoozed, dismissed, resolved too), not only open")
    parser.add_argument("--evaluate", action="store_true", help="run the rules first")
    parser.add_argument("--language", choices=LANGUAGES, default="en",
                        help="language of the messages (default en)")


def run(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.home_path, args.profile_name)
    try:
        service = FlagService.for_workspace(workspace)
        if args.evaluate or _never_evaluated(workspace):
            summary = service.evaluate()
            print(f"Evaluated {summary.sellers:,} sellers: {summary.raised:,} raised, "
                  f"{summary.resolved:,} resolved, {summary.reopened:,} reopened.",
                  file=sys.stderr)
        if args.seller is not None and not _seller_exists(workspace, args.seller):
            raise UsageError(f"No seller {args.seller} in this profile's cache.")
        items = service.flags(seller_id=args.seller,
                              statuses=None if args.all else OPEN_STATUSES)
    finally:
        workspace.close()
    if args.fmt == "json":
        sys.stdout.buffer.write(orjson.dumps(list(flag_rows(items, args.language)),
                                             option=orjson.OPT_INDENT_2) + b"\n")
    else:
        sys.stdout.write(render_table(items, args.language))
    return 0


def _never_evaluated(workspace: Workspace) -> bool:
    with workspace.engine.connect() as conn:
        return sync_state.get_meta(conn, "flags_evaluated_at") is None


def _seller_exists(workspace: Workspace, seller_id: str) -> bool:
    with workspace.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT 1 FROM sellers WHERE seller_id = ?",
                                    (seller_id,)).first() is not None


def _cell(item: FlagItem, column: str, language: str) -> str:
    if column == "message":
        return item.message(language)
    value = getattr(item, column)
    if value is None:
        return "-"
    if column in ("value", "threshold") and isinstance(value, float):
        if _is_ratio(item.metric):
            return f"{value * 100:.2f}%"  # a person reads 11.53%, not 0.1153
        return f"{value:.4g}"
    return str(value)


def _is_ratio(metric: str | None) -> bool:
    return metric is not None and (metric.endswith("_rate") or metric in RATIO_METRICS)


def render_table(items: list[FlagItem], language: str = "en") -> str:
    """Aligned columns, numbers right-aligned; the message last, never cut."""
    if not items:
        return "No open flags.\n"
    rows = [[_cell(item, c, language) for c, _ in TABLE_COLUMNS] for item in items]
    headers = [h for _, h in TABLE_COLUMNS]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:-1])]
    lines = []
    for row in [headers, *rows]:
        cells = [row[i].rjust(w) if TABLE_COLUMNS[i][0] in NUMERIC and row is not headers
                 else row[i].ljust(w) for i, w in enumerate(widths)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines) + "\n"
